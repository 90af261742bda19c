#pragma once

#include "sotto/storage/StorageError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::storage {

class Database;

struct OutboxEntry {
  std::int64_t id = 0;
  std::int64_t accountId = 0;
  std::optional<std::int64_t> messageId; // the message this stanza carries, if any
  QString stanzaId;
  QByteArray payload; // the serialized stanza, already encrypted
  std::int64_t createdAt = 0;
  int attempts = 0;
  std::optional<std::int64_t> lastAttemptAt;
};

// Stanzas that must survive a crash until the server acknowledged them (XEP-0198): written
// with the pending message, replayed in order after a reconnect, deleted on the ack.
class OutboxRepository {
public:
  explicit OutboxRepository(Database &database) : db_(database) {}

  [[nodiscard]] Result<std::int64_t> enqueue(const OutboxEntry &entry);
  // Oldest first, the order they must be resent in.
  [[nodiscard]] Result<QList<OutboxEntry>> pending(std::int64_t accountId);
  [[nodiscard]] Status recordAttempt(std::int64_t id, std::int64_t at);
  // True when the stanza was queued (and is now gone); false for an unknown id.
  [[nodiscard]] Result<bool> acknowledge(std::int64_t accountId, const QString &stanzaId);

private:
  Database &db_;
};

} // namespace sotto::storage
