#include "Backend.h"
#include "BenchmarkProbe.h"
#include "GraphicsBackend.h"
#include "LanguageController.h"
#include "NotificationCenter.h"
#include "QrImageProvider.h"
#ifdef SOTTO_DBUS_NOTIFICATIONS
#include "TrayIcon.h"
#endif
#ifdef SOTTO_SYSTEM_TRAY
#include "SystemTrayIcon.h"
#include "SystemTrayNotifications.h"

#include <QApplication>
#endif

#include "sotto/app/ApplicationInfo.h"
#include "sotto/app/BackupScheduler.h"
#include "sotto/app/ProfileOptions.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Sotto_UiPlugin)

namespace {

// --screenshot FILE: save the first fully rendered frame of a settled screen (not the
// start-up spinner) and quit. Lets scripts/demo and the docs show the app without a screen.
void saveScreenshotAndQuit(QQuickWindow *window, sotto::ui::Backend *backend, const QString &path) {
  auto grabSoon = [window, path]() {
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, path]() {
      static bool saved = false;
      if (saved)
        return;
      saved = true;
      // One more turn of the event loop so bindings that settle after the frame show.
      QTimer::singleShot(0, window, [window, path]() {
        const bool ok = window->grabWindow().save(path);
        QCoreApplication::exit(ok ? 0 : 1);
      });
    });
    window->requestUpdate();
  };
  if (backend->stage() != sotto::ui::Backend::Stage::Starting) {
    grabSoon();
    return;
  }
  QObject::connect(backend, &sotto::ui::Backend::stageChanged, window, grabSoon, Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[]) {
#ifdef SOTTO_SYSTEM_TRAY
  QApplication application(argc, argv); // Windows, macOS: QSystemTrayIcon's menu is a QWidget
#else
  QGuiApplication application(argc, argv);
#endif
  sotto::app::ApplicationInfo::applyToApplication();
  // No GPU: Qt Quick's software renderer instead of OpenGL on llvmpipe (GraphicsBackend.h).
  sotto::gui::GraphicsBackend::choose();
  // A desktop look on every platform unless the user picked a style (QT_QUICK_CONTROLS_STYLE).
  if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
  // The system's language (or the one chosen in Settings) before the first translated word.
  sotto::ui::LanguageController language(nullptr);
  sotto::ui::LanguageController::setInstance(&language);

  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("sotto", "Sotto, a private messenger."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption screenshotOption(
      QStringLiteral("screenshot"),
      QCoreApplication::translate("sotto", "Save a picture of the window to <file> and quit."),
      QStringLiteral("file"));
  const QCommandLineOption profileOption(
      QStringLiteral("profile"), QCoreApplication::translate("sotto", "Use the profile in <directory>."),
      QStringLiteral("directory"));
  const QCommandLineOption serverOption(
      QStringLiteral("server"),
      QCoreApplication::translate("sotto", "Connect to <host:port> instead of looking up the server."),
      QStringLiteral("host:port"));
  const QCommandLineOption directTlsOption(
      QStringLiteral("direct-tls"),
      QCoreApplication::translate("sotto", "Use TLS from the start (XEP-0368)."));
  const QCommandLineOption pinOption(
      QStringLiteral("pin-cert"),
      QCoreApplication::translate("sotto", "Trust the server certificate with this SHA-256 <fingerprint>."),
      QStringLiteral("fingerprint"));
  parser.addOptions({screenshotOption, profileOption, serverOption, directTlsOption, pinOption});
  sotto::gui::BenchmarkProbe::addOptions(parser); // hidden; scripts/bench-ui
  parser.process(application);

  sotto::app::ProfileOptions options;
  options.directory = parser.value(profileOption);
  if (parser.isSet(serverOption)) {
    const QString server = parser.value(serverOption);
    options.serverHost = server.section(QLatin1Char(':'), 0, 0);
    options.serverPort = server.section(QLatin1Char(':'), 1, 1).toUShort();
  }
  options.directTls = parser.isSet(directTlsOption);
  options.pinnedCertificateSha256 = parser.value(pinOption).toLower();
  options.passphrase = sotto::gui::BenchmarkProbe::passphraseFrom(parser);
  const sotto::gui::BenchmarkProbe::Plan benchmark = sotto::gui::BenchmarkProbe::planFrom(parser);

  sotto::ui::Backend backend(options);
  sotto::ui::Backend::setInstance(&backend);
  language.followProfile(backend.controller());
  sotto::ui::NotificationCenter notifications(nullptr);
  notifications.setController(backend.controller());
  sotto::ui::NotificationCenter::setInstance(&notifications);
#ifdef SOTTO_DBUS_NOTIFICATIONS
  sotto::ui::TrayIcon tray(nullptr);
  sotto::ui::TrayIcon::setInstance(&tray);
  QObject::connect(&tray, &sotto::ui::TrayIcon::quitRequested, &application, &QCoreApplication::quit);
#endif
#ifdef SOTTO_SYSTEM_TRAY
  sotto::ui::SystemTrayIcon tray(nullptr);
  sotto::ui::SystemTrayIcon::setInstance(&tray);
  notifications.setSink(tray.createNotificationSink());
  QObject::connect(&tray, &sotto::ui::SystemTrayIcon::quitRequested, &application, &QCoreApplication::quit);
#endif
  // Automatic backups run while the app is open (sotto-cli never starts them).
  sotto::app::BackupScheduler::of(*backend.controller())->start();

  // Unlocking (keychain or Argon2id) and opening the database run on a worker thread while
  // the engine loads the window below: on a quick unlock the first frame is the
  // conversation list, not a blank window (docs/PERFORMANCE.md "ui").
  backend.start();

  QQmlApplicationEngine engine;
  // Qt 6.4 looks for modules in qrc:/qt-project.org/imports only; ours sits under qrc:/Sotto/Ui.
  engine.addImportPath(QStringLiteral("qrc:/"));
  language.addEngine(&engine);
  engine.addImageProvider(QLatin1String(sotto::ui::QrImageProvider::kProviderId),
                          new sotto::ui::QrImageProvider);
  QObject::connect(
      &engine, &QQmlApplicationEngine::objectCreated, &application,
      [&](QObject *root, const QUrl &) {
        if (root == nullptr) {
          QCoreApplication::exit(1);
          return;
        }
        auto *window = qobject_cast<QQuickWindow *>(root);
        notifications.setWindow(window);
#if defined(SOTTO_DBUS_NOTIFICATIONS) || defined(SOTTO_SYSTEM_TRAY)
        tray.setWindow(window);
#endif
        sotto::gui::BenchmarkProbe::attachIfRequested(window, benchmark);
        if (window && parser.isSet(screenshotOption))
          saveScreenshotAndQuit(window, &backend, parser.value(screenshotOption));
      },
      Qt::QueuedConnection);
  // Qt 6.4 has no loadFromModule(); the module's files sit under qrc:/Sotto/Ui.
  engine.load(QUrl(QStringLiteral("qrc:/Sotto/Ui/Main.qml")));
  return QGuiApplication::exec();
}
