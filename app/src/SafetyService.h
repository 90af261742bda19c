#pragma once

#include "SafetyReportLog.h"

#include "sotto/app/AppError.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <cstdint>

namespace sotto::storage {
class Database;
struct Message;
} // namespace sotto::storage
namespace sotto::xmpp {
class BlockingManager;
class Client;
class Jid;
class RosterManager;
} // namespace sotto::xmpp

namespace sotto::app {

// Safety tools that never need to read anyone's messages on a server: message requests
// (a stranger's first message waits apart, and nothing tells the stranger it arrived or
// was read), blocking through XEP-0191 (the server enforces it on every device of the
// account) and XEP-0377 reports whose evidence the reporter picks message by message.
class SafetyService : public QObject {
  Q_OBJECT
public:
  // What happens to a message from someone we have no conversation with.
  enum class Admission {
    Conversation, // a contact (in the roster): an ordinary conversation
    Request,      // a stranger: a message request
    Drop,         // blocked, or a stranger while requests from strangers are dropped
  };
  enum class Reason { Spam, Abuse, Other };
  static constexpr int kReportableMessages = 5; // the last N from the sender

  SafetyService(storage::Database &database, std::int64_t accountId, QString accountJid, xmpp::Client *client,
                xmpp::RosterManager *roster, QObject *parent = nullptr);
  ~SafetyService() override;

  // hasConversation: a conversation with the sender exists already (then only a block drops).
  [[nodiscard]] Admission admit(const QString &senderBareJid, bool hasConversation) const;

  [[nodiscard]] QStringList requests() const;
  [[nodiscard]] bool isRequest(const QString &jid) const;
  // The conversation becomes ordinary (receipts and markers from now on) and the sender
  // is added to the roster with the subscription handshake.
  bool acceptRequest(const QString &jid);
  // The request and its messages are deleted; a later message makes a new request.
  bool deleteRequest(const QString &jid);
  [[nodiscard]] bool dropRequestsFromStrangers() const;
  bool setDropRequestsFromStrangers(bool drop);

  void block(const QString &jid);
  void unblock(const QString &jid);
  [[nodiscard]] QStringList blocked() const;
  [[nodiscard]] bool isBlocked(const QString &jid) const;

  // The sender's newest messages that a report may include, newest first.
  [[nodiscard]] QList<storage::Message> reportableMessages(const QString &jid) const;
  // Blocks the sender with a XEP-0377 report to our own server; only the chosen messages
  // (each one of reportableMessages) go with it, in plain text. False (and errorOccurred)
  // when the input is refused; reportFinished tells the server's answer.
  bool report(const QString &jid, Reason reason, const QList<qint64> &messageIds);
  [[nodiscard]] QList<SafetyReportLog::Entry> reports() const;

Q_SIGNALS:
  void requestsChanged();
  void blockedChanged();
  void dropRequestsFromStrangersChanged();
  void reportFinished(const QString &jid, bool ok);
  void errorOccurred(sotto::app::AppError::Code error);

private:
  [[nodiscard]] bool online() const;
  void onBlockedChanged(const QList<xmpp::Jid> &jids, bool blocked);
  void acceptRequestsOfContacts();

  storage::Database &database_;
  std::int64_t accountId_;
  QString accountJid_;
  xmpp::Client *client_;
  xmpp::RosterManager *roster_;
  xmpp::BlockingManager *blocking_;
  SafetyReportLog log_;
};

} // namespace sotto::app
