// app/gui's choice of scene graph: Qt Quick's software renderer where there is no GPU
// render node and the user named no backend, and that renderer drawing a real window.
#include "GraphicsBackend.h"

#include <QFile>
#include <QQuickView>
#include <QTemporaryDir>
#include <QtTest>

using sotto::gui::GraphicsBackend;

class GraphicsBackendTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void init() {
    qunsetenv("QT_QUICK_BACKEND");
    qunsetenv("QSG_RHI_BACKEND");
  }

  void withoutARenderNodeSoftwareIsBetter() {
#ifndef Q_OS_LINUX
    QSKIP("the render-node rule is Linux's");
#endif
    QTemporaryDir dri;
    QVERIFY(GraphicsBackend::softwareIsBetter(dri.path()));
    // A display controller alone (card0) renders nothing itself.
    touch(dri.filePath(QStringLiteral("card0")));
    QVERIFY(GraphicsBackend::softwareIsBetter(dri.path()));
    QVERIFY(GraphicsBackend::softwareIsBetter(dri.filePath(QStringLiteral("missing"))));
  }

  void aRenderNodeKeepsOpenGl() {
    QTemporaryDir dri;
    touch(dri.filePath(QStringLiteral("card0")));
    touch(dri.filePath(QStringLiteral("renderD128")));
    QVERIFY(!GraphicsBackend::softwareIsBetter(dri.path()));
  }

  void theUsersChoiceStands() {
    QTemporaryDir dri; // no render node: software unless the user said otherwise
    qputenv("QT_QUICK_BACKEND", "opengl");
    QVERIFY(!GraphicsBackend::softwareIsBetter(dri.path()));
    qunsetenv("QT_QUICK_BACKEND");
    qputenv("QSG_RHI_BACKEND", "opengl");
    QVERIFY(!GraphicsBackend::softwareIsBetter(dri.path()));
  }

  // Last: the choice is process-wide and must come before the first window.
  void theSoftwareRendererDrawsAWindow() {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QTemporaryDir dir;
    const QString qml = dir.filePath(QStringLiteral("Probe.qml"));
    QFile file(qml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("import QtQuick\nRectangle { width: 64; height: 48; color: \"#d02030\"\n"
               "  Rectangle { x: 32; width: 32; height: 48; radius: 8; color: \"#2050d0\" } }\n");
    file.close();
    QQuickView view(QUrl::fromLocalFile(qml));
    QCOMPARE(view.status(), QQuickView::Ready);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage frame = view.grabWindow();
    QCOMPARE(QQuickWindow::sceneGraphBackend(), QStringLiteral("software"));
    QVERIFY(!frame.isNull());
    QCOMPARE(frame.pixelColor(8, 24), QColor(0xd0, 0x20, 0x30));
    QCOMPARE(frame.pixelColor(48, 24), QColor(0x20, 0x50, 0xd0));
  }

private:
  static void touch(const QString &path) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
  }
};

QTEST_MAIN(GraphicsBackendTest)
#include "GraphicsBackendTest.moc"
