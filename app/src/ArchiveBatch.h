#pragma once

#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/Transaction.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <QElapsedTimer>

#include <cstdint>
#include <memory>
#include <optional>

namespace sotto::storage {
class Database;
}

namespace sotto::app {

// Several slices of a catch-up in one SQLCipher transaction (MessageService).
//
// Why: a commit writes and encrypts every page the transaction touched, and a statement
// inside a transaction copies each page it first touches into an encrypted sub-journal
// (a savepoint per message, and every message insert, whose trigger makes it need one);
// these were most of a message's cost. A batch spans slices (the event loop runs between
// them); the ratchet steps are written as messages are decrypted, the messages themselves
// are held and inserted many rows a statement at the end of each slice. The batch is
// committed when it is old or large enough, or before the catch-up waits on the network,
// together with the newest archive id it holds. A crash loses at most one batch, which
// the next run reads again and stores once.
//
// The messages are reported (messageAdded) only after the commit, so the UI never shows a
// row that a rollback could take back, and the conversation list changes once a batch.
class ArchiveBatch {
public:
  // Committed once it is this old or holds this many messages.
  static constexpr qint64 kMaxAgeMs = 100;
  static constexpr int kMaxMessages = 500;

  // Null when the database cannot start a transaction.
  [[nodiscard]] static std::unique_ptr<ArchiveBatch> begin(storage::Database &database);

  [[nodiscard]] bool isDue() const { return age_.hasExpired(kMaxAgeMs) || handled_ >= kMaxMessages; }
  void noteHandled() { ++handled_; }
  // A message to insert at the end of the slice, in this order.
  void add(const QString &conversation, const storage::Message &message);
  // True when a message waiting to be inserted is this one (same stanza id, or same
  // origin id from the same sender, in the same conversation): the duplicate check's
  // other half (MessageRepository::findDuplicate sees the inserted ones).
  [[nodiscard]] bool holds(const storage::Message &message) const;
  [[nodiscard]] const QList<storage::Message> &pending() const { return pending_; }
  // The pending messages were inserted with these ids (index for index): reported at
  // the commit.
  void notePendingInserted(const QList<std::int64_t> &ids);
  void noteArchiveId(const QString &archiveId) { lastArchiveId_ = archiveId; }
  // A write failed: the whole batch is rolled back and read again next time.
  void markFailed() { failed_ = true; }
  [[nodiscard]] bool failed() const { return failed_; }

  // Conversations looked up in this batch (the peer's conversation id): one SELECT per
  // peer and batch instead of two per message.
  [[nodiscard]] std::optional<std::int64_t> conversationId(const QString &peer) const;
  void rememberConversation(const QString &peer, std::int64_t id) { conversations_.insert(peer, id); }

  [[nodiscard]] const QString &lastArchiveId() const { return lastArchiveId_; }
  // The inserted messages to report after the commit: conversation (peer JID) and id.
  [[nodiscard]] const QList<QPair<QString, std::int64_t>> &stored() const { return stored_; }
  [[nodiscard]] storage::Transaction &transaction() { return transaction_; }

private:
  explicit ArchiveBatch(storage::Transaction transaction);

  storage::Transaction transaction_;
  QElapsedTimer age_;
  int handled_ = 0;
  bool failed_ = false;
  QString lastArchiveId_;
  QList<storage::Message> pending_;
  QStringList pendingPeers_;
  QSet<QString> pendingKeys_; // dedupe keys of pending_
  QList<QPair<QString, std::int64_t>> stored_;
  QHash<QString, std::int64_t> conversations_;
};

} // namespace sotto::app
