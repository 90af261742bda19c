#include "sotto/app/ApplicationInfo.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Sotto_UiPlugin)

namespace {

// --screenshot FILE: save the first fully rendered frame and quit. Lets scripts/demo and
// the docs show the app on a machine without a screen.
void saveScreenshotAndQuit(QQuickWindow *window, const QString &path) {
  QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, path]() {
    static bool saved = false;
    if (saved)
      return;
    saved = true;
    // One more turn of the event loop so bindings that settle after the first frame show.
    QTimer::singleShot(0, window, [window, path]() {
      const bool ok = window->grabWindow().save(path);
      QCoreApplication::exit(ok ? 0 : 1);
    });
  });
}

} // namespace

int main(int argc, char *argv[]) {
  QGuiApplication application(argc, argv);
  sotto::app::ApplicationInfo::applyToApplication();

  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("sotto", "Sotto, a private messenger."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption screenshotOption(
      QStringLiteral("screenshot"),
      QCoreApplication::translate("sotto", "Save a picture of the window to <file> and quit."),
      QStringLiteral("file"));
  parser.addOption(screenshotOption);
  parser.process(application);

  QQmlApplicationEngine engine;
  QObject::connect(
      &engine, &QQmlApplicationEngine::objectCreated, &application,
      [&](QObject *root, const QUrl &) {
        if (root == nullptr) {
          QCoreApplication::exit(1);
          return;
        }
        if (auto *window = qobject_cast<QQuickWindow *>(root); window && parser.isSet(screenshotOption))
          saveScreenshotAndQuit(window, parser.value(screenshotOption));
      },
      Qt::QueuedConnection);
  // Qt 6.4 has no loadFromModule(); the module's files sit under qrc:/Sotto/Ui.
  engine.load(QUrl(QStringLiteral("qrc:/Sotto/Ui/Main.qml")));
  return QGuiApplication::exec();
}
