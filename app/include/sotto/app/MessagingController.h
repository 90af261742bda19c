#pragma once

#include "sotto/app/AppError.h"
#include "sotto/app/ProfileOptions.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace sotto::storage {
class Database;
}
namespace sotto::xmpp {
struct ClientSettings;
}

namespace sotto::app {

class Session;

// The object the UI (and sotto-cli) binds to: one profile, one XMPP account. It opens the
// profile's encrypted database, signs in or registers, keeps the OMEMO device published,
// and sends and receives end-to-end encrypted messages. Everything runs on the thread
// that owns it; results arrive as signals. A conversation is named by the peer's bare JID.
//
// Reading history and the conversation list is done through storage's repositories on
// database() (the list models in ui/ do that); this class tells when to re-read.
class MessagingController : public QObject {
  Q_OBJECT
  Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
  Q_PROPERTY(QString accountJid READ accountJid NOTIFY accountChanged)
  Q_PROPERTY(bool profileOpen READ isProfileOpen NOTIFY profileChanged)
  Q_PROPERTY(bool hasAccount READ hasAccount NOTIFY accountChanged)
  Q_PROPERTY(int ownDeviceId READ ownDeviceId NOTIFY accountChanged)
public:
  enum class ConnectionState {
    Offline,      // no account, signed out, or given up (see errorOccurred)
    Connecting,   // first connection or sign-in in progress
    Online,       // the session is up; messages flow
    Reconnecting, // the connection dropped; retrying with back-off, the outbox waits
  };
  Q_ENUM(ConnectionState)

  using Error = AppError::Code;

  explicit MessagingController(QObject *parent = nullptr);
  ~MessagingController() override;

  // Opens (or creates) the profile directory and its database. The key comes from the OS
  // keychain, or from options.passphrase when the profile uses one (or there is no
  // keychain). Signals errorOccurred and returns false on failure. C++ only: the GUI calls
  // it before loading QML, sotto-cli at start.
  bool openProfile(const ProfileOptions &options);
  [[nodiscard]] bool isProfileOpen() const;

  [[nodiscard]] ConnectionState connectionState() const { return state_; }
  [[nodiscard]] QString accountJid() const;
  [[nodiscard]] bool hasAccount() const;
  [[nodiscard]] int ownDeviceId() const;

  // Translatable sentence for an error (QCoreApplication::translate, context "AppError").
  Q_INVOKABLE static QString errorText(sotto::app::AppError::Code error);

  // Registers user@server by in-band registration (XEP-0077), then signs in. The password
  // goes to the OS keychain (or the encrypted database in passphrase mode).
  Q_INVOKABLE void createAccount(const QString &server, const QString &user, const QString &password);
  // Signs in to an existing account and remembers it in this profile.
  Q_INVOKABLE void signIn(const QString &jid, const QString &password);
  // Connects the account this profile already has, with the stored password.
  Q_INVOKABLE void connectAccount();
  // Ends the session; the account stays in the profile.
  Q_INVOKABLE void signOut();

  // C++ access for list models and sotto-cli (read-only use; same thread).
  [[nodiscard]] storage::Database *database() const;
  [[nodiscard]] std::int64_t accountId() const;

Q_SIGNALS:
  void profileChanged();
  void accountChanged();
  void connectionStateChanged();
  // A stored message appeared in a conversation (incoming, outgoing or a placeholder).
  void messageAdded(const QString &conversation, qint64 messageId);
  // Its state (sent, delivered, read, failed) or text changed.
  void messageChanged(const QString &conversation, qint64 messageId);
  void conversationsChanged();
  // A device of this contact (or of ours: our own JID) was added, removed or changed trust.
  void devicesChanged(const QString &jid);
  // A known device of this contact now has another identity key: sending to the contact
  // stops until the user decides about the new key.
  void safetyNumberChanged(const QString &jid);
  void errorOccurred(sotto::app::AppError::Code error, const QString &text);

private:
  void setState(ConnectionState state);
  void reportError(Error error);
  void startSession(const QString &jid, const QString &password, bool registerAccount);
  bool rememberAccount(const xmpp::ClientSettings &clientSettings, bool directTls);

  ConnectionState state_ = ConnectionState::Offline;
  std::unique_ptr<Session> session_;
};

} // namespace sotto::app
