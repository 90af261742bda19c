#include "sotto/storage/MessageRepository.h"

#include "Rows.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/Transaction.h"

#include <QRegularExpression>

#include <algorithm>

namespace sotto::storage {

namespace {
#define SOTTO_MESSAGE_COLUMNS                                                                                \
  "m.id, m.conversation_id, m.stanza_id, m.origin_id, m.direction, m.sender_jid, m.sender_device, m.body, "  \
  "m.timestamp, m.received_at, m.state, m.error, m.encrypted, m.trusted"

Message readMessage(const Statement &row) {
  Message message;
  message.id = row.int64At(0);
  message.conversationId = row.int64At(1);
  message.stanzaId = row.textAt(2);
  message.originId = row.textAt(3);
  message.direction = static_cast<Direction>(row.intAt(4));
  message.senderJid = row.textAt(5);
  if (!row.isNull(6))
    message.senderDevice = static_cast<std::int32_t>(row.int64At(6));
  message.body = row.textAt(7);
  message.timestamp = row.int64At(8);
  message.receivedAt = row.int64At(9);
  message.state = static_cast<MessageState>(row.intAt(10));
  message.error = row.textAt(11);
  message.encrypted = row.intAt(12) != 0;
  message.trusted = row.intAt(13) != 0;
  return message;
}

QString nullIfEmpty(const QString &text) {
  return text.isEmpty() ? QString() : text;
}

Result<QList<Message>> pageQuery(Database &db, const char *sql, std::int64_t conversationId,
                                 std::optional<std::int64_t> anchorId, int limit, bool reverse) {
  auto select = db.cached(sql);
  if (select) {
    select->bind(1, conversationId).bind(2, limit);
    if (anchorId)
      select->bind(3, *anchorId);
  }
  auto page = detail::collectRows<Message>(std::move(select), readMessage);
  if (page && reverse)
    std::reverse(page->begin(), page->end());
  return page;
}

// User text to an FTS4 query: every word a quoted token, so operators and quotes typed by
// the user are plain text and a malformed query cannot happen.
QString ftsQuery(const QString &text) {
  static const QRegularExpression words(QStringLiteral("[\\w]+"),
                                        QRegularExpression::UseUnicodePropertiesOption);
  QStringList terms;
  auto it = words.globalMatch(text);
  while (it.hasNext())
    terms << QLatin1Char('"') + it.next().captured(0) + QLatin1Char('"');
  return terms.join(QLatin1Char(' '));
}
constexpr int kInsertColumns = 13;
// 13 parameters a row and SQLite 3.15's limit of 999 parameters a statement.
constexpr int kRowsPerInsert = 64;

std::string insertSql(int rows) {
  std::string sql = "INSERT INTO messages (conversation_id, stanza_id, origin_id, direction, sender_jid, "
                    "sender_device, body, timestamp, received_at, state, error, encrypted, trusted) VALUES ";
  for (int row = 0; row < rows; ++row) {
    sql += row == 0 ? "(" : ",(";
    for (int column = 0; column < kInsertColumns; ++column)
      sql += (column == 0 ? "?" : ",?") + std::to_string(row * kInsertColumns + column + 1);
    sql += ')';
  }
  return sql;
}

void bindMessage(Statement &insert, int row, const Message &message) {
  const int base = row * kInsertColumns;
  insert.bind(base + 1, message.conversationId)
      .bind(base + 2, nullIfEmpty(message.stanzaId))
      .bind(base + 3, nullIfEmpty(message.originId))
      .bind(base + 4, static_cast<int>(message.direction))
      .bind(base + 5, message.senderJid)
      .bind(base + 6, message.senderDevice)
      .bind(base + 7, message.body)
      .bind(base + 8, message.timestamp)
      .bind(base + 9, message.receivedAt)
      .bind(base + 10, static_cast<int>(message.state))
      .bind(base + 11, nullIfEmpty(message.error))
      .bind(base + 12, message.encrypted)
      .bind(base + 13, message.trusted);
}
} // namespace

Result<std::int64_t> MessageRepository::insert(const Message &message) {
  static const std::string sql = insertSql(1);
  auto insert = db_.cached(sql);
  if (!insert)
    return tl::unexpected(insert.error());
  bindMessage(*insert, 0, message);
  if (auto done = insert->run(); !done)
    return tl::unexpected(done.error());
  return db_.lastInsertRowId();
}

Result<QList<std::int64_t>> MessageRepository::insertMany(const QList<Message> &messages) {
  auto transaction = Transaction::begin(db_);
  if (!transaction)
    return tl::unexpected(transaction.error());
  QList<std::int64_t> ids;
  ids.reserve(messages.size());
  for (qsizetype start = 0; start < messages.size(); start += kRowsPerInsert) {
    const int rows = static_cast<int>(std::min<qsizetype>(kRowsPerInsert, messages.size() - start));
    auto insert = db_.cached(insertSql(rows));
    if (!insert)
      return tl::unexpected(insert.error());
    for (int row = 0; row < rows; ++row)
      bindMessage(*insert, row, messages.at(start + row));
    if (auto done = insert->run(); !done)
      return tl::unexpected(done.error());
    // One statement's rows get consecutive rowids (max + 1 each; nothing else writes).
    const std::int64_t last = db_.lastInsertRowId();
    for (int row = 0; row < rows; ++row)
      ids << last - rows + 1 + row;
  }
  if (auto committed = transaction->commit(); !committed)
    return tl::unexpected(committed.error());
  return ids;
}

Result<std::optional<std::int64_t>> MessageRepository::findDuplicate(const Message &message) {
  if (!message.stanzaId.isEmpty()) {
    auto select = db_.cached("SELECT id FROM messages WHERE conversation_id = ?1 AND stanza_id = ?2");
    if (select)
      select->bind(1, message.conversationId).bind(2, message.stanzaId);
    auto found = detail::firstRow<std::int64_t>(std::move(select),
                                                [](const Statement &row) { return row.int64At(0); });
    if (!found || found->has_value())
      return found;
  }
  if (!message.originId.isEmpty()) {
    auto select = db_.cached("SELECT id FROM messages WHERE conversation_id = ?1 AND origin_id = ?2 "
                             "AND sender_jid = ?3");
    if (select)
      select->bind(1, message.conversationId).bind(2, message.originId).bind(3, message.senderJid);
    return detail::firstRow<std::int64_t>(std::move(select),
                                          [](const Statement &row) { return row.int64At(0); });
  }
  return std::optional<std::int64_t>();
}

Result<MessageRepository::Insertion> MessageRepository::insertIfNew(const Message &message) {
  auto duplicate = findDuplicate(message);
  if (!duplicate)
    return tl::unexpected(duplicate.error());
  if (duplicate->has_value()) {
    // Our own message echoed back by the archive: learn its stanza id for later dedupe.
    if (!message.stanzaId.isEmpty()) {
      auto update = db_.cached("UPDATE messages SET stanza_id = ?2 WHERE id = ?1 AND stanza_id IS NULL");
      if (!update)
        return tl::unexpected(update.error());
      if (auto done = update->bind(1, **duplicate).bind(2, message.stanzaId).run(); !done)
        return tl::unexpected(done.error());
    }
    return Insertion{**duplicate, false};
  }
  auto id = insert(message);
  if (!id)
    return tl::unexpected(id.error());
  return Insertion{*id, true};
}

Result<std::optional<Message>> MessageRepository::find(std::int64_t id) {
  auto select = db_.cached("SELECT " SOTTO_MESSAGE_COLUMNS " FROM messages m WHERE m.id = ?1");
  if (select)
    select->bind(1, id);
  return detail::firstRow<Message>(std::move(select), readMessage);
}

Result<std::optional<Message>> MessageRepository::findByOriginId(std::int64_t conversationId,
                                                                 const QString &originId) {
  auto select = db_.cached("SELECT " SOTTO_MESSAGE_COLUMNS
                           " FROM messages m WHERE m.conversation_id = ?1 AND m.origin_id = ?2 LIMIT 1");
  if (select)
    select->bind(1, conversationId).bind(2, originId);
  return detail::firstRow<Message>(std::move(select), readMessage);
}

Result<QList<Message>> MessageRepository::newest(std::int64_t conversationId, int limit) {
  return pageQuery(db_,
                   "SELECT " SOTTO_MESSAGE_COLUMNS " FROM messages m WHERE m.conversation_id = ?1 "
                   "ORDER BY m.timestamp DESC, m.id DESC LIMIT ?2",
                   conversationId, std::nullopt, limit, true);
}

Result<QList<Message>> MessageRepository::before(std::int64_t conversationId, std::int64_t anchorId,
                                                 int limit) {
  // Row values (SQLite 3.15+) make "older than the anchor" one index range.
  return pageQuery(db_,
                   "SELECT " SOTTO_MESSAGE_COLUMNS " FROM messages m WHERE m.conversation_id = ?1 "
                   "AND (m.timestamp, m.id) < ((SELECT timestamp FROM messages WHERE id = ?3), ?3) "
                   "ORDER BY m.timestamp DESC, m.id DESC LIMIT ?2",
                   conversationId, anchorId, limit, true);
}

Result<QList<Message>> MessageRepository::after(std::int64_t conversationId, std::int64_t anchorId,
                                                int limit) {
  return pageQuery(db_,
                   "SELECT " SOTTO_MESSAGE_COLUMNS " FROM messages m WHERE m.conversation_id = ?1 "
                   "AND (m.timestamp, m.id) > ((SELECT timestamp FROM messages WHERE id = ?3), ?3) "
                   "ORDER BY m.timestamp ASC, m.id ASC LIMIT ?2",
                   conversationId, anchorId, limit, false);
}

Status MessageRepository::updateState(std::int64_t id, MessageState state, const QString &error) {
  auto update = db_.cached("UPDATE messages SET state = ?2, error = ?3 WHERE id = ?1");
  if (update)
    update->bind(1, id).bind(2, static_cast<int>(state)).bind(3, nullIfEmpty(error));
  return detail::runExpectingChange(std::move(update), db_);
}

Status MessageRepository::updateBody(std::int64_t id, const QString &body) {
  auto update = db_.cached("UPDATE messages SET body = ?2 WHERE id = ?1");
  if (update)
    update->bind(1, id).bind(2, body);
  return detail::runExpectingChange(std::move(update), db_);
}

Status MessageRepository::remove(std::int64_t id) {
  auto remove = db_.cached("DELETE FROM messages WHERE id = ?1");
  if (remove)
    remove->bind(1, id);
  return detail::runExpectingChange(std::move(remove), db_);
}

Result<QList<Message>> MessageRepository::search(const QString &text, int limit,
                                                 std::optional<std::int64_t> conversationId) {
  const QString query = ftsQuery(text);
  if (query.isEmpty())
    return QList<Message>();
  // The FTS doclists are stored newest first (order=DESC): walking them in docid order
  // and stopping at LIMIT keeps common words as cheap as rare ones.
  auto select = conversationId ? db_.cached("SELECT " SOTTO_MESSAGE_COLUMNS
                                            " FROM messages_fts f JOIN messages m ON m.id = f.docid "
                                            "WHERE f.messages_fts MATCH ?1 AND m.conversation_id = ?3 "
                                            "ORDER BY f.docid DESC LIMIT ?2")
                               : db_.cached("SELECT " SOTTO_MESSAGE_COLUMNS
                                            " FROM messages_fts f JOIN messages m ON m.id = f.docid "
                                            "WHERE f.messages_fts MATCH ?1 ORDER BY f.docid DESC LIMIT ?2");
  if (select) {
    select->bind(1, query).bind(2, limit);
    if (conversationId)
      select->bind(3, *conversationId);
  }
  return detail::collectRows<Message>(std::move(select), readMessage);
}

} // namespace sotto::storage
