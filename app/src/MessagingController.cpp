#include "sotto/app/MessagingController.h"

#include "BackupSessionRefresh.h"
#include "Session.h"

#include "sotto/app/Logging.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"
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
  if (openingThread_) {
    // Quitting while the profile opens: let the worker finish (the keychain wait is
    // bounded) so that its lock and connection close in order.
    openingThread_->wait();
    delete openingThread_.data();
  }
  if (session_ && session_->client)
    session_->client->disconnectFromServer();
}

bool MessagingController::openProfile(const ProfileOptions &options) {
  if (isOpeningInBackground())
    return false;
  closeProfile();
  auto opened = ProfileLoader::load(options);
  if (!opened) {
    reportError(opened.error());
    return false;
  }
  return adoptProfile(options, std::move(*opened));
}

void MessagingController::closeProfile() {
  if (session_) {
    signOut();
    session_.reset();
  }
}

bool MessagingController::adoptProfile(const ProfileOptions &options, OpenedProfile &&opened) {
  auto session = std::make_unique<Session>();
  session->options = options;
  session->opened = std::move(opened);
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
  if (session_->accountId != 0) {
    // Offline use (history, devices, fingerprint) needs the OMEMO identity, not a server.
    makeClient();
    if (!attachServices())
      return false;
  }
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
  return session_ && session_->omemo ? session_->omemo->deviceId() : 0;
}

storage::Database *MessagingController::database() const {
  return session_ ? &session_->opened.database : nullptr;
}

std::int64_t MessagingController::accountId() const {
  return session_ ? session_->accountId : 0;
}

void MessagingController::createAccount(const QString &server, const QString &user, const QString &password) {
  startSession(user.trimmed() + QLatin1Char('@') + server.trimmed(), password, true, true);
}

void MessagingController::signIn(const QString &jid, const QString &password) {
  startSession(jid.trimmed(), password, false, true);
}

void MessagingController::connectAccount() {
  if (!session_)
    return reportError(Error::NoProfile);
  if (session_->accountId == 0)
    return reportError(Error::NoAccount);
  auto password = session_->passwords->load(session_->accountId, session_->accountJid);
  if (!password)
    return reportError(Error::PasswordUnavailable);
  startSession(session_->accountJid, *password, false, false);
}

void MessagingController::startSession(const QString &jidText, const QString &password, bool registerAccount,
                                       bool remember) {
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

  session_->clientSettings = clientSettings;
  session_->directTls = directTls;
  session_->pendingJid = remember ? jid->bareString() : QString();
  session_->pendingPassword = remember ? password : QString();
  session_->registering = registerAccount;
  if (!session_->client || registerAccount || session_->accountId == 0 ||
      session_->client->state() != xmpp::Client::State::Disconnected)
    makeClient();
  if (session_->accountId != 0 && !registerAccount && !attachServices())
    return;
  session_->client->connectToServer(clientSettings);
}

void MessagingController::makeClient() {
  if (session_->client) {
    session_->typing.reset();
    session_->messages.reset();
    session_->safety.reset();
    session_->omemo.reset();
    session_->pep.reset();
    session_->roster.reset();
    session_->presence.reset();
    session_->disco.reset();
    // May run inside one of the old client's signals: let it finish first.
    session_->client->disconnect(this);
    session_->client->disconnectFromServer();
    session_->client.release()->deleteLater();
  }
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
  connect(client, &xmpp::Client::connected, this, [this](bool resumed) {
    const xmpp::ClientSettings clientSettings = session_->clientSettings;
    if (!session_->pendingJid.isEmpty() && !rememberAccount(clientSettings, session_->directTls)) {
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
            startSession(account, secret, false, false);
          },
          Qt::QueuedConnection);
      return;
    }
    sessionUp(resumed);
  });
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

bool MessagingController::attachServices() {
  Session &s = *session_;
  if (s.omemo)
    return true;
  s.disco = std::make_unique<xmpp::DiscoManager>(s.client.get());
  s.presence = std::make_unique<xmpp::PresenceManager>(s.client.get(), s.disco.get());
  s.roster = std::make_unique<xmpp::RosterManager>(s.client.get());
  s.pep = std::make_unique<xmpp::PepManager>(s.client.get(), s.disco.get());
  s.omemo = std::make_unique<OmemoService>(s.opened.database, s.accountId, s.accountJid, s.client.get(),
                                           s.pep.get());
  if (!s.omemo->initialise()) {
    s.omemo.reset();
    reportError(Error::StorageFailed);
    return false;
  }
  s.messages = std::make_unique<MessageService>(s.opened.database, s.accountId, s.accountJid, s.client.get(),
                                                s.omemo.get());
  attachSafety();
  attachPrivacy();
  connect(s.omemo.get(), &OmemoService::devicesChanged, this, &MessagingController::devicesChanged);
  connect(s.omemo.get(), &OmemoService::safetyNumberChanged, this, &MessagingController::safetyNumberChanged);
  connect(s.messages.get(), &MessageService::messageAdded, this, &MessagingController::messageAdded);
  connect(s.messages.get(), &MessageService::messageChanged, this, &MessagingController::messageChanged);
  connect(s.messages.get(), &MessageService::conversationsChanged, this,
          &MessagingController::conversationsChanged);
  // After a restore: fresh sessions once the catch-up had its chance with the old ones.
  connect(s.messages.get(), &MessageService::catchUpFinished, this,
          [this] { BackupSessionRefresh::afterCatchUp(*session_); });
  connect(s.messages.get(), &MessageService::catchUpFinished, this, &MessagingController::catchUpFinished);
  connect(s.messages.get(), &MessageService::errorOccurred, this, &MessagingController::reportError);
  connect(s.roster.get(), &xmpp::RosterManager::rosterReceived, this, &MessagingController::contactsChanged);
  connect(s.roster.get(), &xmpp::RosterManager::itemChanged, this, &MessagingController::contactsChanged);
  connect(s.roster.get(), &xmpp::RosterManager::itemRemoved, this, &MessagingController::contactsChanged);
  connect(s.roster.get(), &xmpp::RosterManager::subscriptionRequested, this, [this](const xmpp::Jid &from) {
    // Someone we talk to (or asked ourselves) may see our presence and PEP notifications;
    // strangers wait for the user (message requests are the UI's business).
    storage::ConversationRepository conversations(session_->opened.database);
    auto conversation = conversations.findByPeer(session_->accountId, from.bareString());
    if (session_->roster->item(from) || (conversation && conversation->has_value() &&
                                         (*conversation)->requestState == storage::RequestState::Accepted))
      session_->roster->acceptSubscription(from);
  });
  Q_EMIT accountChanged(); // ownDeviceId is known now
  return true;
}

void MessagingController::sessionUp(bool resumed) {
  if (!attachServices()) {
    session_->client->disconnectFromServer();
    return;
  }
  if (!resumed) {
    // A fresh session: roster, our device and bundle, the outbox and carbons, the archive,
    // and presence (with caps, for PEP notifications) before the archive's last read.
    // The archive is read before presence so that the server does not also push its
    // offline store (thousands of duplicates ahead of the archive's answers, which then
    // time out); and read once more after presence, because Prosody never hands offline
    // messages to a session that has queried the archive: what arrived between the first
    // read and the presence is found by the second, what comes after arrives live.
    session_->roster->requestRoster();
    session_->omemo->publishOwnDevice();
    session_->messages->onSessionStarted();
    auto *presence = session_->presence.get();
    session_->messages->catchUp([presence] { presence->sendAvailable(); });
  }
  setState(ConnectionState::Online);
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

QString MessagingController::profileSetting(const QString &key) const {
  if (!session_)
    return {};
  storage::SettingsRepository settings(session_->opened.database);
  return settings.string(key).value_or(QString());
}

bool MessagingController::setProfileSetting(const QString &key, const QString &value) {
  if (!session_)
    return false;
  storage::SettingsRepository settings(session_->opened.database);
  return settings.setString(key, value).has_value();
}

} // namespace sotto::app
