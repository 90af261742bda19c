#pragma once

#include "sotto/app/AppError.h"
#include "sotto/xmpp/MamManager.h"
#include "sotto/xmpp/Message.h"

#include <QHash>
#include <QObject>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace sotto::storage {
class Database;
class Transaction;
struct Message;
} // namespace sotto::storage
namespace sotto::xmpp {
class CarbonsManager;
class Client;
class MessageManager;
} // namespace sotto::xmpp

namespace sotto::app {

class ArchiveBatch;
class OmemoService;
class SafetyService;
class TypingService;

// Messages of one account, both ways. Sending: stored as pending first, encrypted to
// every eligible device (OmemoService), kept in the outbox until the server acks it, then
// sent → delivered (receipt) → read (marker). Receiving (live, carbons, MAM catch-up):
// deduplicated by stanza-id and origin-id before decrypting, decrypted and stored with
// the ratchet state in one transaction; undecryptable messages become placeholders and
// the session is repaired with a (rate-limited) key-transport message; plaintext is
// stored marked as unencrypted.
class MessageService : public QObject {
  Q_OBJECT
public:
  MessageService(storage::Database &database, std::int64_t accountId, QString accountJid,
                 xmpp::Client *client, OmemoService *omemo, QObject *parent = nullptr);
  ~MessageService() override;

  // The local id of the stored message (0 and errorOccurred when it could not be stored).
  qint64 send(const QString &peerJid, const QString &text);
  // Encrypts and sends a failed (or stuck pending) outgoing message again.
  bool retry(qint64 messageId);
  bool markRead(const QString &peerJid);

  // Called on every new session (not on a resumption), before initial presence: outbox
  // replay at the first one, carbons on.
  void onSessionStarted();
  // Reads the archive from the last message seen, calls goLive (initial presence), reads
  // once more from there, then emits catchUpFinished (see MessagingController::sessionUp).
  // A request while one runs queues one more run.
  void catchUp(std::function<void()> goLive = {});
  [[nodiscard]] bool isCatchingUp() const { return catchingUp_; }
  // Tests only: sees (and may alter) every encrypted message stanza before it is sent.
  void setOutgoingFilter(std::function<void(xmpp::Element &)> filter) { outgoingFilter_ = std::move(filter); }
  // Message requests and blocking: who may open a conversation, and who gets receipts.
  void setSafety(SafetyService *safety) { safety_ = safety; }
  // Typing indicators: an outgoing message carries <active/> when the peer may see them.
  void setTyping(TypingService *typing) { typing_ = typing; }

Q_SIGNALS:
  void messageAdded(const QString &conversation, qint64 messageId);
  void messageChanged(const QString &conversation, qint64 messageId);
  void conversationsChanged();
  void errorOccurred(sotto::app::AppError::Code error);
  void catchUpFinished();

private:
  void encryptAndSend(const QString &peerJid, qint64 messageId, const QString &originId);
  void fail(const QString &peerJid, qint64 messageId, AppError::Code error);
  void onAcknowledged(const xmpp::Element &stanza);
  void onReceipt(const xmpp::Jid &from, const QString &id, bool read);
  void handleIncoming(const xmpp::Message &message, bool sentByUs, const QString &archiveId);
  void repairSession(const QString &jid, std::int32_t deviceId);
  void sendReceiptIfAccepted(const xmpp::Message &message);
  void replayOutbox();
  void requestNextPage();
  void storeArchiveSlice();
  void scheduleArchiveSlice();
  void abandonCatchUp();
  void finishCatchUp();
  void rememberArchiveId(const QString &archiveId);
  // Inserts a message that is not a duplicate and reports it (messageAdded), committing
  // `transaction` in between; in a catch-up batch both wait for the batch's commit.
  // False when it could not be stored.
  bool storeNew(const QString &conversation, const storage::Message &message,
                storage::Transaction *transaction = nullptr);
  // Commits the open catch-up batch (ArchiveBatch) and reports what it stored; every
  // other write path calls it first, so nothing else joins a batch. False when the batch
  // had to be rolled back (the catch-up is then abandoned and read again next time).
  bool settleBatch();
  // Inserts the batch's messages of this slice; false (and the batch failed) if not.
  bool insertPending(ArchiveBatch &batch);

  storage::Database &database_;
  std::int64_t accountId_;
  QString accountJid_;
  xmpp::Client *client_;
  OmemoService *omemo_;
  xmpp::MessageManager *messages_;
  xmpp::CarbonsManager *carbons_;
  xmpp::MamManager *mam_;
  bool outboxReplayed_ = false;
  bool catchingUp_ = false;
  bool catchUpAgain_ = false;    // a new session began while a catch-up was running
  std::function<void()> goLive_; // called between the last two reads of the archive
  std::function<void(xmpp::Element &)> outgoingFilter_;
  SafetyService *safety_ = nullptr;
  TypingService *typing_ = nullptr;
  QHash<QString, qint64> lastRepair_; // "jid/device" → ms: key transports are rate-limited
  // Catch-up: pages read (at most one ahead of the one being stored, so the server looks
  // the next one up while this one is decrypted), the position in the front page, the
  // query for the page after them, and the batch that stores them.
  std::deque<std::shared_ptr<const xmpp::MamPage>> pages_;
  std::size_t pagePosition_ = 0;
  std::optional<xmpp::MamQuery> nextQuery_;
  bool queryInFlight_ = false;
  bool sliceScheduled_ = false;
  quint64 catchUpRun_ = 0; // answers and slices of an abandoned run are ignored
  std::unique_ptr<ArchiveBatch> batch_;
};

} // namespace sotto::app
