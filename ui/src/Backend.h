#pragma once

#include "sotto/app/MessagingController.h"
#include "sotto/app/ProfileOptions.h"

#include <QObject>
#include <QString>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace sotto::ui {

// The QML singleton `Backend`: owns the one MessagingController of the window and decides
// which screen the window shows (first start, passphrase, unlock, keychain lost, main).
// It is the only place where the UI asks the app layer to open the profile, so the
// screens stay free of key handling: they pass what the user typed and read `stage`.
class Backend : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
  Q_PROPERTY(sotto::app::MessagingController *controller READ controller CONSTANT)
  Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
  Q_PROPERTY(QString recoveryCode READ recoveryCode NOTIFY recoveryCodeChanged)
  Q_PROPERTY(bool recoveryCodeSupported READ recoveryCodeSupported CONSTANT)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(Connection connection READ connection NOTIFY connectionChanged)
public:
  // The controller's connection state, for QML (Backend.Online …); same values.
  enum class Connection { Offline, Connecting, Online, Reconnecting };
  Q_ENUM(Connection)

  enum class Stage {
    Starting,         // nothing decided yet
    ChoosePassphrase, // a new profile and no OS keychain: protect the key with a passphrase
    Unlock,           // the profile is protected by a passphrase
    KeychainLost,     // the keychain no longer has Sotto's key; the database is untouched
    ProfileProblem,   // locked by another Sotto, or unreadable: explain, offer retry
    ShowRecoveryCode, // a new profile: the user must confirm they saved the code
    Welcome,          // profile open, no account yet: create one or sign in
    Main,             // conversations
  };
  Q_ENUM(Stage)

  explicit Backend(app::ProfileOptions options, QObject *parent = nullptr);
  ~Backend() override;

  // main.cpp (and tests) make the instance before QML loads; QML gets it through create().
  static void setInstance(Backend *backend);
  static Backend *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

  [[nodiscard]] Stage stage() const { return stage_; }
  [[nodiscard]] app::MessagingController *controller() const { return controller_; }
  [[nodiscard]] QString problem() const { return problem_; }
  [[nodiscard]] QString recoveryCode() const { return recoveryCode_; }
  [[nodiscard]] bool recoveryCodeSupported() const;
  [[nodiscard]] bool busy() const { return busy_; }
  [[nodiscard]] Connection connection() const;

  // Opens the profile with the OS keychain (the normal start). Both this and
  // usePassphrase return at once: the unlock runs on a worker thread (busy meanwhile),
  // and stage changes when it is done.
  Q_INVOKABLE void start();
  // Creates the profile with this passphrase (no keychain) or unlocks it.
  Q_INVOKABLE void usePassphrase(const QString &passphrase);
  // The keychain-lost path: unlock with the recovery code written down at creation.
  Q_INVOKABLE void recoverWithCode(const QString &code);
  // The user confirmed they stored the recovery code; it is forgotten here.
  Q_INVOKABLE void confirmRecoveryCodeSaved();
  // Sign-in or registration finished: show the main screen.
  Q_INVOKABLE void showMain();
  Q_INVOKABLE void clearProblem();
  // Errors the chat shows next to the composer (the message was refused or not sent).
  Q_INVOKABLE static bool isSendingError(int code);
  // "Sotto 0.1.0 (Qt …, SQLCipher …, libsignal-protocol-c …)" for About.
  Q_INVOKABLE static QString versionLine();

  // Records a trust decision for one device of `jid` (level: MessagingController::Trust as
  // an int, so QML need not know the enum's type).
  Q_INVOKABLE bool setTrust(const QString &jid, int deviceId, int level);

  // UI preferences (window geometry, theme, text size) in QSettings: nothing secret.
  Q_INVOKABLE static QVariant preference(const QString &key, const QVariant &fallback = QVariant());
  Q_INVOKABLE static void setPreference(const QString &key, const QVariant &value);

  // For screenshots and tests of a single state without a profile.
  void setStageForTesting(Stage stage, const QString &problem = QString());

Q_SIGNALS:
  void stageChanged();
  void problemChanged();
  void recoveryCodeChanged();
  void busyChanged();
  void connectionChanged();

private:
  void open(const app::ProfileOptions &options);
  void onProfileOpenFinished(bool opened);
  void afterOpened();
  void setStage(Stage stage);
  void setProblem(const QString &problem);
  void setBusy(bool busy);

  app::ProfileOptions options_;
  app::MessagingController *controller_ = nullptr;
  Stage stage_ = Stage::Starting;
  QString problem_;
  QString recoveryCode_;
  bool busy_ = false;
  app::AppError::Code lastError_ = app::AppError::Code::None;
};

} // namespace sotto::ui
