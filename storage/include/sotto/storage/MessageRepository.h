#pragma once

#include "sotto/storage/StorageError.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::storage {

class Database;

enum class Direction { Incoming = 0, Outgoing = 1 };
enum class MessageState { Pending = 0, Sent = 1, Delivered = 2, Read = 3, Failed = 4 };

struct Message {
  std::int64_t id = 0; // local id
  std::int64_t conversationId = 0;
  QString stanzaId; // XEP-0359, assigned by the archive
  QString originId; // XEP-0359, assigned by the sender
  Direction direction = Direction::Incoming;
  QString senderJid;
  std::optional<std::int32_t> senderDevice; // OMEMO device id
  QString body;
  std::int64_t timestamp = 0;  // ms since epoch, when it was sent
  std::int64_t receivedAt = 0; // ms since epoch, when it was stored here
  MessageState state = MessageState::Pending;
  QString error;
  bool encrypted = false;
  bool trusted = false;
};

// Messages of all conversations. Pages are keyed by (timestamp, id), so loading older or
// newer history is an index range scan at any depth. Every list is returned oldest first.
class MessageRepository {
public:
  explicit MessageRepository(Database &database) : db_(database) {}

  struct Insertion {
    std::int64_t id = 0;
    bool inserted = false; // false: it was a duplicate and `id` is the stored copy
  };

  // The new id; Constraint when the stanza id is already stored in this conversation.
  [[nodiscard]] Result<std::int64_t> insert(const Message &message);
  // Many messages at once (archive catch-up, import), all or nothing; their new ids in
  // order. Several rows per INSERT statement: SQLCipher encrypts every page a statement
  // journals, and with the FTS trigger each single-row INSERT journals ~4 pages, so this
  // is ~5x cheaper per message than insert() in a loop.
  [[nodiscard]] Result<QList<std::int64_t>> insertMany(const QList<Message> &messages);
  // Inserts unless the same message (same stanza id, or same origin id and sender) is
  // already there: archive catch-up, carbons and live delivery may all bring it.
  [[nodiscard]] Result<Insertion> insertIfNew(const Message &message);
  [[nodiscard]] Result<std::optional<std::int64_t>> findDuplicate(const Message &message);

  [[nodiscard]] Result<std::optional<Message>> find(std::int64_t id);
  [[nodiscard]] Result<std::optional<Message>> findByOriginId(std::int64_t conversationId,
                                                              const QString &originId);
  [[nodiscard]] Result<QList<Message>> newest(std::int64_t conversationId, int limit);
  [[nodiscard]] Result<QList<Message>> before(std::int64_t conversationId, std::int64_t anchorId, int limit);
  [[nodiscard]] Result<QList<Message>> after(std::int64_t conversationId, std::int64_t anchorId, int limit);

  [[nodiscard]] Status updateState(std::int64_t id, MessageState state, const QString &error = QString());
  // A correction (XEP-0308) replaces the text; the search index follows.
  [[nodiscard]] Status updateBody(std::int64_t id, const QString &body);
  [[nodiscard]] Status remove(std::int64_t id);

  // Full-text search (FTS4) for all words in `text`, newest first, at most `limit`
  // messages; optionally within one conversation. Words are matched as whole tokens
  // (case- and accent-insensitive); FTS query syntax in `text` is not interpreted.
  [[nodiscard]] Result<QList<Message>> search(const QString &text, int limit,
                                              std::optional<std::int64_t> conversationId = std::nullopt);

private:
  Database &db_;
};

} // namespace sotto::storage
