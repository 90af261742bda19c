#include "sotto/storage/OutboxRepository.h"

#include "Rows.h"
#include "sotto/storage/Database.h"

namespace sotto::storage {

Result<std::int64_t> OutboxRepository::enqueue(const OutboxEntry &entry) {
  auto insert = db_.cached("INSERT INTO outbox (account_id, message_id, stanza_id, payload, created_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!insert)
    return tl::unexpected(insert.error());
  insert->bind(1, entry.accountId)
      .bind(2, entry.messageId)
      .bind(3, entry.stanzaId)
      .bind(4, entry.payload.isNull() ? QByteArray("") : entry.payload)
      .bind(5, entry.createdAt);
  if (auto done = insert->run(); !done)
    return tl::unexpected(done.error());
  return db_.lastInsertRowId();
}

Result<QList<OutboxEntry>> OutboxRepository::pending(std::int64_t accountId) {
  auto select = db_.cached("SELECT id, account_id, message_id, stanza_id, payload, created_at, attempts, "
                           "last_attempt_at FROM outbox WHERE account_id = ?1 ORDER BY id");
  if (select)
    select->bind(1, accountId);
  return detail::collectRows<OutboxEntry>(std::move(select), [](const Statement &row) {
    OutboxEntry entry;
    entry.id = row.int64At(0);
    entry.accountId = row.int64At(1);
    entry.messageId = row.optionalInt64At(2);
    entry.stanzaId = row.textAt(3);
    entry.payload = row.blobAt(4);
    entry.createdAt = row.int64At(5);
    entry.attempts = row.intAt(6);
    entry.lastAttemptAt = row.optionalInt64At(7);
    return entry;
  });
}

Status OutboxRepository::recordAttempt(std::int64_t id, std::int64_t at) {
  auto update = db_.cached("UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?2 WHERE id = ?1");
  if (update)
    update->bind(1, id).bind(2, at);
  return detail::runExpectingChange(std::move(update), db_);
}

Result<bool> OutboxRepository::acknowledge(std::int64_t accountId, const QString &stanzaId) {
  auto remove = db_.cached("DELETE FROM outbox WHERE account_id = ?1 AND stanza_id = ?2");
  if (!remove)
    return tl::unexpected(remove.error());
  if (auto done = remove->bind(1, accountId).bind(2, stanzaId).run(); !done)
    return tl::unexpected(done.error());
  return db_.changes() > 0;
}

} // namespace sotto::storage
