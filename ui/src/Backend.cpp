#include "Backend.h"

#include "sotto/app/ApplicationInfo.h"

#include <QJSEngine>
#include <QMetaObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSettings>

namespace sotto::ui {

namespace {
QPointer<Backend> g_instance; // NOLINT: the one window's backend, set by main.cpp

// The app layer may offer recovery with the code as an invokable; the UI only uses it
// when it is there, so the keychain-lost screen never offers a path that does nothing.
constexpr const char *kRecoverMethod = "openWithRecoveryCode(QString)";
} // namespace

Backend::Backend(app::ProfileOptions options, QObject *parent)
    : QObject(parent), options_(std::move(options)), controller_(new app::MessagingController(this)) {
  connect(controller_, &app::MessagingController::errorOccurred, this,
          [this](app::AppError::Code error, const QString &) { lastError_ = error; });
  connect(controller_, &app::MessagingController::connectionStateChanged, this, [this]() {
    // Registration or sign-in finished: the conversations replace the welcome screens.
    if (stage_ == Stage::Welcome && controller_->hasAccount() &&
        controller_->connectionState() == app::MessagingController::ConnectionState::Online)
      setStage(Stage::Main);
    Q_EMIT connectionChanged();
  });
  connect(controller_, &app::MessagingController::profileOpenFinished, this, &Backend::onProfileOpenFinished);
}

Backend::Connection Backend::connection() const {
  using State = app::MessagingController::ConnectionState;
  static_assert(int(State::Offline) == int(Connection::Offline) &&
                int(State::Online) == int(Connection::Online) &&
                int(State::Connecting) == int(Connection::Connecting) &&
                int(State::Reconnecting) == int(Connection::Reconnecting));
  return static_cast<Connection>(controller_->connectionState());
}

Backend::~Backend() = default;

void Backend::setInstance(Backend *backend) {
  g_instance = backend;
}

Backend *Backend::create(QQmlEngine *, QJSEngine *) {
  if (g_instance.isNull())
    g_instance = new Backend(app::ProfileOptions{});
  // The engine must not delete it: main.cpp (or the test) owns it.
  QJSEngine::setObjectOwnership(g_instance.data(), QJSEngine::CppOwnership);
  return g_instance.data();
}

bool Backend::recoveryCodeSupported() const {
  return controller_->metaObject()->indexOfMethod(kRecoverMethod) >= 0;
}

void Backend::start() {
  open(options_);
}

void Backend::usePassphrase(const QString &passphrase) {
  if (passphrase.isEmpty()) {
    setProblem(tr("Please enter a passphrase."));
    return;
  }
  app::ProfileOptions options = options_;
  options.passphrase = passphrase;
  options.preferKeychain = stage_ != Stage::ChoosePassphrase;
  open(options);
}

void Backend::recoverWithCode(const QString &code) {
  if (!recoveryCodeSupported()) {
    setProblem(tr("This version of Sotto cannot restore with a recovery code yet. Your messages are "
                  "still on this computer; nothing was deleted."));
    return;
  }
  lastError_ = app::AppError::Code::None;
  bool ok = false;
  QMetaObject::invokeMethod(controller_, "openWithRecoveryCode", Qt::DirectConnection, Q_RETURN_ARG(bool, ok),
                            Q_ARG(QString, code.trimmed()));
  if (ok)
    afterOpened();
  else
    setProblem(lastError_ == app::AppError::Code::None ? tr("That recovery code does not open this profile.")
                                                       : app::MessagingController::errorText(lastError_));
}

void Backend::open(const app::ProfileOptions &options) {
  // The unlock runs on a worker thread: the spinner and the QML engine go on meanwhile.
  lastError_ = app::AppError::Code::None;
  if (!controller_->openProfileInBackground(options))
    return; // one is already running; its outcome decides the screen
  setBusy(true);
  setProblem(QString());
}

void Backend::onProfileOpenFinished(bool opened) {
  setBusy(false);
  if (opened) {
    afterOpened();
    return;
  }
  using Code = app::AppError::Code;
  switch (lastError_) {
  case Code::NoKeychain:
    setStage(Stage::ChoosePassphrase);
    break;
  case Code::PassphraseRequired:
    setStage(Stage::Unlock);
    break;
  case Code::WrongPassphrase:
    setStage(Stage::Unlock);
    setProblem(app::MessagingController::errorText(lastError_));
    break;
  case Code::KeyMissingFromKeychain:
    setStage(Stage::KeychainLost);
    break;
  default:
    setStage(Stage::ProfileProblem);
    setProblem(lastError_ == Code::None ? tr("The profile could not be opened.")
                                        : app::MessagingController::errorText(lastError_));
    break;
  }
}

void Backend::afterOpened() {
  // A freshly created profile hands out its recovery code once, if the app layer offers it.
  const QVariant code = controller_->property("recoveryCode");
  recoveryCode_ = code.isValid() ? code.toString() : QString();
  Q_EMIT recoveryCodeChanged();
  if (!recoveryCode_.isEmpty()) {
    setStage(Stage::ShowRecoveryCode);
    return;
  }
  if (controller_->hasAccount()) {
    controller_->connectAccount();
    setStage(Stage::Main);
  } else {
    setStage(Stage::Welcome);
  }
}

void Backend::confirmRecoveryCodeSaved() {
  recoveryCode_.clear();
  Q_EMIT recoveryCodeChanged();
  if (controller_->hasAccount()) {
    controller_->connectAccount();
    setStage(Stage::Main);
  } else {
    setStage(Stage::Welcome);
  }
}

void Backend::showMain() {
  setStage(Stage::Main);
}

void Backend::clearProblem() {
  setProblem(QString());
}

bool Backend::isSendingError(int code) {
  using Code = app::AppError::Code;
  switch (static_cast<Code>(code)) {
  case Code::NotConnected:
  case Code::NoOmemoDevice:
  case Code::NoTrustedDevice:
  case Code::SafetyNumberChanged:
  case Code::EncryptionFailed:
  case Code::UnknownMessage:
    return true;
  default:
    return false;
  }
}

bool Backend::setTrust(const QString &jid, int deviceId, int level) {
  using Trust = app::MessagingController::Trust;
  if (level < int(Trust::Undecided) || level > int(Trust::Untrusted))
    return false;
  return controller_->setTrust(jid, deviceId, static_cast<Trust>(level));
}

QVariant Backend::preference(const QString &key, const QVariant &fallback) {
  return QSettings().value(QStringLiteral("ui/") + key, fallback);
}

void Backend::setPreference(const QString &key, const QVariant &value) {
  QSettings().setValue(QStringLiteral("ui/") + key, value);
}

QString Backend::versionLine() {
  return app::ApplicationInfo::versionLine();
}

void Backend::setStageForTesting(Stage stage, const QString &problem) {
  setStage(stage);
  setProblem(problem);
}

void Backend::setStage(Stage stage) {
  if (stage_ == stage)
    return;
  stage_ = stage;
  Q_EMIT stageChanged();
}

void Backend::setProblem(const QString &problem) {
  if (problem_ == problem)
    return;
  problem_ = problem;
  Q_EMIT problemChanged();
}

void Backend::setBusy(bool busy) {
  if (busy_ == busy)
    return;
  busy_ = busy;
  Q_EMIT busyChanged();
}

} // namespace sotto::ui
