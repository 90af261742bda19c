#pragma once

#include "sotto/app/AppError.h"
#include "sotto/app/ProfileOptions.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariantList>
#include <QVariantMap>

#include <cstdint>
#include <functional>
#include <memory>

namespace sotto::storage {
class Database;
}
namespace sotto::xmpp {
struct ClientSettings;
class Element;
} // namespace sotto::xmpp

namespace sotto::app {

class Session;
struct OpenedProfile;

// The object the UI (and sotto-cli) binds to: one profile, one XMPP account. It opens the
// profile's encrypted database, signs in or registers, keeps the OMEMO device published,
// and sends and receives end-to-end encrypted messages. Everything runs on the thread
// that owns it; results arrive as signals. A conversation is named by the peer's bare JID.
//
// History and the conversation list are read through ConversationList and MessageHistory
// (plain values; the list models in ui/ use them); this class tells when to re-read.
class MessagingController : public QObject {
  Q_OBJECT
  Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
  Q_PROPERTY(QString accountJid READ accountJid NOTIFY accountChanged)
  Q_PROPERTY(bool profileOpen READ isProfileOpen NOTIFY profileChanged)
  Q_PROPERTY(bool hasAccount READ hasAccount NOTIFY accountChanged)
  Q_PROPERTY(int ownDeviceId READ ownDeviceId NOTIFY accountChanged)
  Q_PROPERTY(bool blindTrust READ blindTrust WRITE setBlindTrust NOTIFY blindTrustChanged)
  Q_PROPERTY(bool dropRequestsFromStrangers READ dropRequestsFromStrangers WRITE setDropRequestsFromStrangers
                 NOTIFY dropRequestsFromStrangersChanged)
  Q_PROPERTY(bool sendReadReceipts READ sendReadReceipts WRITE setSendReadReceipts NOTIFY privacyChanged)
  Q_PROPERTY(
      bool sendTypingIndicators READ sendTypingIndicators WRITE setSendTypingIndicators NOTIFY privacyChanged)
public:
  enum class ConnectionState {
    Offline,      // no account, signed out, or given up (see errorOccurred)
    Connecting,   // first connection or sign-in in progress
    Online,       // the session is up; messages flow
    Reconnecting, // the connection dropped; retrying with back-off, the outbox waits
  };
  Q_ENUM(ConnectionState)

  // What the user decided about one device's key (crypto::TrustState, same values).
  enum class Trust { Undecided = 0, Trusted = 1, Verified = 2, Untrusted = 3 };
  Q_ENUM(Trust)

  // Why a contact is reported (XEP-0377 knows spam and abuse; "other" goes as abuse).
  enum class ReportReason { Spam, Abuse, Other };
  Q_ENUM(ReportReason)

  // What reading a verification link did as a whole (verifyFromLink).
  enum class LinkResult {
    Verified,     // the named devices we know are verified now (or were already)
    Mismatch,     // a key differs from the one we hold: nothing recorded
    NothingKnown, // none of its devices is known to us yet: nothing recorded
    OtherContact, // the link names another JID than expected: nothing recorded
    Malformed,    // not a verification link: nothing recorded
    NotReady,     // no profile or account yet
  };
  Q_ENUM(LinkResult)
  // Per device named in a link.
  enum class DeviceCheck { Verified, AlreadyVerified, FingerprintMismatch, UnknownDevice };
  Q_ENUM(DeviceCheck)
  // A scanned safety-number code against ours.
  enum class CodeComparison { Match, Mismatch, NotASafetyNumber, Unavailable };
  Q_ENUM(CodeComparison)

  using Error = AppError::Code;

  explicit MessagingController(QObject *parent = nullptr);
  ~MessagingController() override;

  // Opens (or creates) the profile directory and its database. The key comes from the OS
  // keychain, or from options.passphrase when the profile uses one (or there is no
  // keychain). Signals errorOccurred and returns false on failure. C++ only: the GUI calls
  // it before loading QML, sotto-cli at start.
  bool openProfile(const ProfileOptions &options);
  // The same with the slow part (the keychain or Argon2id, opening and migrating the
  // database) on a worker thread, so the window keeps drawing and QML loads meanwhile.
  // profileOpenFinished follows on this object's thread, after errorOccurred on failure.
  // Returns false, and starts nothing, while another background open runs.
  bool openProfileInBackground(const ProfileOptions &options);
  [[nodiscard]] bool isOpeningInBackground() const;
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
  // Changes the account's password on the server (XEP-0077) once `currentPassword` matches
  // the one Sotto holds; only after the server agreed is the new one stored (keychain, or
  // the encrypted database in passphrase mode). Needs the account online. The outcome
  // comes as passwordChangeFinished (None: changed) and, on failure, errorOccurred:
  // WrongCurrentPassword, PasswordTooShort, NotConnected, PasswordChangeRefused,
  // PasswordChangeUnsupported, PasswordUnavailable. (AccountControllerMethods.cpp)
  Q_INVOKABLE void changePassword(const QString &currentPassword, const QString &newPassword);
  static constexpr int kMinimumPasswordLength = 8;

  // Stores the message as pending, encrypts it to every trusted device of the peer and
  // our own other devices, and sends it. Returns the message's local id (0 when it could
  // not even be stored). Failures (NoOmemoDevice, SafetyNumberChanged, …) mark the
  // message failed (messageChanged) and raise errorOccurred; nothing goes out in plain text.
  Q_INVOKABLE qint64 send(const QString &peerJid, const QString &text);
  // Tries a failed message again (after a trust decision, or when a device appeared).
  Q_INVOKABLE bool retry(qint64 messageId);
  // Everything in the conversation counts as read; the peer gets a "displayed" marker.
  Q_INVOKABLE bool markRead(const QString &conversation);

  // The roster as the server has it (online), sorted bare JIDs.
  Q_INVOKABLE QStringList contacts() const;
  // Adds the JID to the roster and asks to see its presence (which also brings its
  // OMEMO device-list notifications).
  Q_INVOKABLE void addContact(const QString &jid);

  // Devices of a JID (ours with our own JID), each a map: deviceId (int), fingerprint
  // (8 groups of 8 hex digits, empty while the key is unknown), trust (Trust), active
  // (in the published list), own (this device), lastSeen (ms since epoch).
  Q_INVOKABLE QVariantList devices(const QString &jid) const;
  // Removes a device of ours (not this one) from our published device list, so nobody
  // encrypts to it any more. False when it is not in the list.
  Q_INVOKABLE bool removeOwnDevice(int deviceId);
  // Records the decision for a device's current key; also ends a "safety number changed"
  // block on that contact. False for an unknown device or key.
  Q_INVOKABLE bool setTrust(const QString &jid, int deviceId, sotto::app::MessagingController::Trust level);
  // 60 digits in 12 groups of 5 over both accounts' active device keys; empty while no
  // key of the contact is known (before the first message either way).
  Q_INVOKABLE QString safetyNumber(const QString &jid) const;
  // Our own device's fingerprint, 8 groups of 8 hex digits.
  Q_INVOKABLE QString ownFingerprint() const;
  // Verification by QR code (VerificationControllerMethods.cpp).
  // The link Conversations shows and scans, xmpp:JID?omemo-sid-ID=HEX;…, for one device of
  // a JID (ours with our own JID), or for all its active devices with a known key when
  // deviceId is 0. Empty when no such key is known.
  Q_INVOKABLE QString verificationLink(const QString &jid, int deviceId = 0) const;
  // Reads a scanned or pasted link (hostile input) and marks the devices it names as
  // verified when their keys match ours. A map: result (LinkResult), jid (the link's),
  // devices (list of maps: deviceId, check (DeviceCheck)). With expectedJid set, a link
  // for another JID changes nothing. One mismatching key means nothing is recorded.
  Q_INVOKABLE QVariantMap verifyFromLink(const QString &link, const QString &expectedJid = QString());
  // What our safety-number QR code carries (text; empty while safetyNumber is empty).
  Q_INVOKABLE QString safetyNumberCode(const QString &jid) const;
  // Compares what the contact's safety-number QR code carried with ours. Records nothing.
  Q_INVOKABLE sotto::app::MessagingController::CodeComparison
  compareSafetyNumberCode(const QString &jid, const QString &code) const;
  [[nodiscard]] bool blindTrust() const;
  void setBlindTrust(bool enabled);

  // Tests only (a man in the middle): sees and may alter every outgoing encrypted message
  // stanza. Takes effect for the current account connection.
  void setOutgoingFilterForTests(std::function<void(xmpp::Element &)> filter);
  // Tests only: the clock (ms since the epoch) that ages contacts' device lists, so the
  // "read again after 5 minutes" rule can be tested without waiting. Current connection.
  void setDeviceListClockForTests(std::function<qint64()> nowMs);

  // Preferences that belong to the profile (kept in its encrypted database, global
  // scope), e.g. the UI language. Empty when unset or while no profile is open; setting
  // fails (false) without an open profile.
  [[nodiscard]] QString profileSetting(const QString &key) const;
  bool setProfileSetting(const QString &key, const QString &value);

  // Safety (SafetyService; the methods are in SafetyControllerMethods.cpp).
  // Message requests: bare JIDs of strangers (not in the roster) whose messages wait
  // apart; until accepted they get no receipt and no chat marker, and learn nothing.
  Q_INVOKABLE QStringList requests() const;
  Q_INVOKABLE bool isRequest(const QString &jid) const;
  // Adds the sender as a contact (subscription handshake); receipts and markers from now on.
  Q_INVOKABLE bool acceptRequest(const QString &jid);
  // Deletes the request and its messages.
  Q_INVOKABLE bool deleteRequest(const QString &jid);
  [[nodiscard]] bool dropRequestsFromStrangers() const;
  void setDropRequestsFromStrangers(bool drop);
  // Blocking (XEP-0191): the server drops everything from a blocked JID, for every device
  // of the account; blockedChanged follows the server's push (also for other devices).
  Q_INVOKABLE void block(const QString &jid);
  Q_INVOKABLE void unblock(const QString &jid);
  Q_INVOKABLE QStringList blocked() const;
  Q_INVOKABLE bool isBlocked(const QString &jid) const;
  // The sender's last messages a report may include (newest first), each a map: id,
  // body, timestamp (ms since epoch).
  Q_INVOKABLE QVariantList reportableMessages(const QString &jid) const;
  // Reports and blocks the JID (XEP-0377, to our own server). Only the listed message ids
  // (each one of reportableMessages) are attached, in plain text; none by default. False
  // when refused at once; reportFinished tells the server's answer.
  Q_INVOKABLE bool report(const QString &jid, sotto::app::MessagingController::ReportReason reason,
                          const QVariantList &messageIds = {});
  // What was reported and when, oldest first, each a map: jid, reason, at, messageIds.
  Q_INVOKABLE QVariantList reports() const;
  // Tests only: every chunk of XML this account's connection writes (see xmpp::Client).
  void setOutgoingTapForTests(std::function<void(const QByteArray &)> tap);

  // Privacy (PrivacyControllerMethods.cpp), kept in the profile. Read receipts: the
  // "displayed" chat marker (XEP-0333) when a conversation is read; delivery receipts
  // are always sent. Typing indicators: XEP-0085 chat states, never to a message request
  // or a blocked JID. Both on by default.
  [[nodiscard]] bool sendReadReceipts() const;
  void setSendReadReceipts(bool enabled);
  [[nodiscard]] bool sendTypingIndicators() const;
  void setSendTypingIndicators(bool enabled);
  // The composer's text for this conversation changed (hasText: it is not empty). Sends
  // "composing" (rate-limited), "paused" after a few idle seconds, "active" when cleared.
  Q_INVOKABLE void composerChanged(const QString &peerJid, bool hasText);
  // The peer is typing to us right now (a "composing" not yet followed by anything else).
  Q_INVOKABLE bool isTyping(const QString &peerJid) const;

  // C++ access for sotto-cli, tests and tools (same thread); the UI reads through
  // ConversationList and MessageHistory instead, and never sees storage.
  [[nodiscard]] storage::Database *database() const;
  [[nodiscard]] std::int64_t accountId() const;

Q_SIGNALS:
  void profileChanged();
  void profileOpenFinished(bool opened);
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
  void blindTrustChanged();
  void contactsChanged();
  // The archive catch-up after a (re)connection is done: history is complete.
  void catchUpFinished();
  void requestsChanged();
  void blockedChanged();
  void dropRequestsFromStrangersChanged();
  void reportFinished(const QString &jid, bool ok);
  // changePassword's outcome: None when the server and the password store have the new one.
  void passwordChangeFinished(sotto::app::AppError::Code error);
  void privacyChanged();
  // isTyping(jid) changed.
  void typingChanged(const QString &jid);

private:
  friend class BackupManager; // reads the open profile's database and password store
  void setState(ConnectionState state);
  void closeProfile();
  bool adoptProfile(const ProfileOptions &options, OpenedProfile &&opened);
  void reportError(Error error);
  void startSession(const QString &jid, const QString &password, bool registerAccount, bool remember);
  void makeClient();
  bool rememberAccount(const xmpp::ClientSettings &clientSettings, bool directTls);
  bool attachServices();
  void sessionUp(bool resumed);
  void attachSafety();
  void attachPrivacy();

  ConnectionState state_ = ConnectionState::Offline;
  std::unique_ptr<Session> session_;
  QPointer<QThread> openingThread_; // openProfileInBackground's worker while it runs
};

} // namespace sotto::app
