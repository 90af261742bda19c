#include "sotto/app/MessagingController.h"

#include "Session.h"

#include "sotto/app/Logging.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/SettingsRepository.h"
#include "sotto/xmpp/Client.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sotto::app {

namespace {

using ClientCode = xmpp::ClientErrors::Code;

AppError::Code fromClient(const xmpp::ClientError &error) {
  switch (error.code) {
  case ClientCode::DnsFailed:
  case ClientCode::ConnectionFailed:
    return AppError::Code::ServerUnreachable;
  case ClientCode::ConnectionLost:
    return AppError::Code::ConnectionLost;
  case ClientCode::CertificateUntrusted:
    return AppError::Code::CertificateUntrusted;
  case ClientCode::TlsFailed:
  case ClientCode::EncryptionUnavailable:
    return AppError::Code::TlsFailed;
  case ClientCode::AuthenticationFailed:
  case ClientCode::NoSupportedMechanism:
  case ClientCode::ServerSignatureInvalid:
    return AppError::Code::AuthenticationFailed;
  case ClientCode::RegistrationConflict:
    return AppError::Code::UsernameTaken;
  case ClientCode::RegistrationFailed:
    return AppError::Code::RegistrationFailed;
  case ClientCode::BindFailed:
  case ClientCode::StreamError:
  case ClientCode::ProtocolViolation:
    return AppError::Code::ProtocolError;
  }
  return AppError::Code::ProtocolError;
}

const QString kServerHost = QStringLiteral("server.host");
const QString kServerPort = QStringLiteral("server.port");
const QString kServerPin = QStringLiteral("server.pin");
const QString kServerDirectTls = QStringLiteral("server.directTls");

} // namespace

MessagingController::MessagingController(QObject *parent) : QObject(parent) {
}

MessagingController::~MessagingController() {
  if (session_ && session_->client)
    session_->client->disconnectFromServer();
}

bool MessagingController::openProfile(const ProfileOptions &options) {
  if (session_) {
    signOut();
    session_.reset();
  }
  auto opened = ProfileLoader::load(options);
  if (!opened) {
    reportError(opened.error());
    return false;
  }
  auto session = std::make_unique<Session>();
  session->options = options;
  session->opened = std::move(*opened);
  session->passwords =
      std::make_unique<PasswordStore>(session->opened.database, session->opened.keychain,
                                      options.keychainService, session->opened.keychainEntry);
  storage::AccountRepository accounts(session->opened.database);
  auto all = accounts.all();
  if (!all) {
    reportError(Error::StorageFailed);
    return false;
  }
  if (!all->isEmpty()) {
    session->accountId = all->first().id;
    session->accountJid = all->first().jid;
  }
  session_ = std::move(session);
  Q_EMIT profileChanged();
  Q_EMIT accountChanged();
  return true;
}

bool MessagingController::isProfileOpen() const {
  return session_ != nullptr;
}

QString MessagingController::accountJid() const {
  return session_ ? session_->accountJid : QString();
}

bool MessagingController::hasAccount() const {
  return session_ && session_->accountId != 0;
}

int MessagingController::ownDeviceId() const {
  return 0;
}

storage::Database *MessagingController::database() const {
  return session_ ? &session_->opened.database : nullptr;
}

std::int64_t MessagingController::accountId() const {
  return session_ ? session_->accountId : 0;
}

void MessagingController::createAccount(const QString &server, const QString &user, const QString &password) {
  startSession(user.trimmed() + QLatin1Char('@') + server.trimmed(), password, true);
}

void MessagingController::signIn(const QString &jid, const QString &password) {
  startSession(jid.trimmed(), password, false);
}

void MessagingController::connectAccount() {
  if (!session_)
    return reportError(Error::NoProfile);
  if (session_->accountId == 0)
    return reportError(Error::NoAccount);
  auto password = session_->passwords->load(session_->accountId, session_->accountJid);
  if (!password)
    return reportError(Error::PasswordUnavailable);
  startSession(session_->accountJid, *password, false);
}

void MessagingController::startSession(const QString &jidText, const QString &password,
                                       bool registerAccount) {
  if (!session_)
    return reportError(Error::NoProfile);
  const auto jid = xmpp::Jid::parse(jidText);
  if (!jid || jid->local().isEmpty() || !jid->isBare())
    return reportError(Error::InvalidJid);
  if (session_->accountId != 0 && jid->bareString() != session_->accountJid)
    return reportError(Error::AccountExists);

  // Settings given now (command line, login screen) win; otherwise what the account used.
  const auto &options = session_->options;
  storage::SettingsRepository settings(session_->opened.database);
  const std::int64_t scope = session_->accountId;
  xmpp::ClientSettings clientSettings;
  clientSettings.jid = *jid;
  clientSettings.password = password;
  clientSettings.registerAccount = registerAccount;
  clientSettings.host = options.serverHost;
  clientSettings.port = options.serverPort;
  clientSettings.pinnedCertificateSha256 = options.pinnedCertificateSha256;
  bool directTls = options.directTls;
  if (clientSettings.host.isEmpty() && scope != 0) {
    clientSettings.host = settings.string(kServerHost, {}, scope).value_or(QString());
    clientSettings.port = settings.string(kServerPort, {}, scope).value_or(QString()).toUShort();
    directTls = settings.string(kServerDirectTls, {}, scope).value_or(QString()) == QLatin1String("1");
  }
  if (clientSettings.pinnedCertificateSha256.isEmpty() && scope != 0)
    clientSettings.pinnedCertificateSha256 = settings.string(kServerPin, {}, scope).value_or(QString());
  if (!clientSettings.host.isEmpty())
    clientSettings.tlsMode = directTls ? xmpp::TlsMode::DirectTls : xmpp::TlsMode::StartTls;

  if (session_->client) {
    // May run inside one of the old client's signals: let it finish first.
    session_->client->disconnect(this);
    session_->client->disconnectFromServer();
    session_->client.release()->deleteLater();
  }
  session_->pendingJid = jid->bareString();
  session_->pendingPassword = password;
  session_->registering = registerAccount;
  auto *client = new xmpp::Client();
  session_->client.reset(client);

  connect(client, &xmpp::Client::stateChanged, this, [this](xmpp::Client::State state) {
    switch (state) {
    case xmpp::Client::State::Disconnected:
      return setState(ConnectionState::Offline);
    case xmpp::Client::State::WaitingToReconnect:
      return setState(ConnectionState::Reconnecting);
    case xmpp::Client::State::Connected:
      return; // `connected` decides: the account may first need storing
    default:
      if (state_ != ConnectionState::Reconnecting)
        setState(ConnectionState::Connecting);
    }
  });
  connect(client, &xmpp::Client::errorOccurred, this,
          [this](const xmpp::ClientError &error) { reportError(fromClient(error)); });
  connect(client, &xmpp::Client::connected, this, [this, clientSettings, directTls](bool) {
    if (!session_->pendingJid.isEmpty() && !rememberAccount(clientSettings, directTls)) {
      session_->client->disconnectFromServer();
      return;
    }
    if (session_->registering) {
      // Registered and signed in. Reconnect once without the registration flag, or every
      // automatic reconnect would try to register the name again and fail as a conflict.
      session_->registering = false;
      QMetaObject::invokeMethod(
          this,
          [this, account = clientSettings.jid.bareString(), secret = clientSettings.password] {
            startSession(account, secret, false);
          },
          Qt::QueuedConnection);
      return;
    }
    setState(ConnectionState::Online);
  });
  client->connectToServer(clientSettings);
}

bool MessagingController::rememberAccount(const xmpp::ClientSettings &clientSettings, bool directTls) {
  // The server accepted the credentials: now the account belongs to this profile.
  const QString jid = session_->pendingJid;
  const QString password = session_->pendingPassword;
  session_->pendingJid.clear();
  session_->pendingPassword.clear();
  if (session_->accountId == 0) {
    storage::AccountRepository accounts(session_->opened.database);
    storage::Account account;
    account.jid = jid;
    account.createdAt = QDateTime::currentMSecsSinceEpoch();
    auto id = accounts.add(account);
    if (!id) {
      reportError(Error::StorageFailed);
      return false;
    }
    session_->accountId = *id;
    session_->accountJid = jid;
  }
  storage::SettingsRepository settings(session_->opened.database);
  const std::int64_t scope = session_->accountId;
  bool ok = settings.setString(kServerHost, clientSettings.host, scope).has_value() &&
            settings.setString(kServerPort, QString::number(clientSettings.port), scope).has_value() &&
            settings.setString(kServerDirectTls, directTls ? QStringLiteral("1") : QStringLiteral("0"), scope)
                .has_value() &&
            settings.setString(kServerPin, clientSettings.pinnedCertificateSha256, scope).has_value();
  if (!ok || !session_->passwords->store(scope, jid, password)) {
    reportError(ok ? Error::PasswordUnavailable : Error::StorageFailed);
    return false;
  }
  Q_EMIT accountChanged();
  return true;
}

void MessagingController::signOut() {
  if (session_ && session_->client)
    session_->client->disconnectFromServer();
  setState(ConnectionState::Offline);
}

void MessagingController::setState(ConnectionState state) {
  if (state_ == state)
    return;
  state_ = state;
  Q_EMIT connectionStateChanged();
}

void MessagingController::reportError(Error error) {
  Q_EMIT errorOccurred(error, errorText(error));
}

} // namespace sotto::app
