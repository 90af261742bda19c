#include "sotto/app/ApplicationInfo.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Sotto_UiPlugin)

class MainWindowTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() { sotto::app::ApplicationInfo::applyToApplication(); }

  void mainWindowRendersWithVersion() {
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/Sotto/Ui/Main.qml")));
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window != nullptr);
    QCOMPARE(window->title(), QStringLiteral("Sotto"));
    QVERIFY(QTest::qWaitForWindowExposed(window));

    auto *version = window->findChild<QQuickItem *>(QStringLiteral("versionLabel"));
    QVERIFY(version != nullptr);
    QVERIFY(version->property("text").toString().contains(sotto::app::ApplicationInfo::version()));

    const QImage shot = window->grabWindow();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), window->size() * window->devicePixelRatio());
    // Not a blank frame: the title text must have drawn pixels unlike the background.
    const QRgb background = shot.pixel(2, 2);
    bool drewSomething = false;
    for (int y = 0; y < shot.height() && !drewSomething; y += 2)
      for (int x = 0; x < shot.width() && !drewSomething; x += 2)
        drewSomething = shot.pixel(x, y) != background;
    QVERIFY(drewSomething);
    QDir().mkpath(QStringLiteral(SOTTO_SCREENSHOT_DIR));
    QVERIFY(shot.save(QStringLiteral(SOTTO_SCREENSHOT_DIR "/main-window.png")));
  }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
