#include "sotto/storage/ConversationRepository.h"

#include "Rows.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/Transaction.h"

namespace sotto::storage {

namespace {
#define SOTTO_CONVERSATION_COLUMNS                                                                           \
  "c.id, c.account_id, c.peer_jid, c.last_message_id, c.last_activity, c.last_read_id, c.unread_count, "     \
  "c.pinned, c.muted, c.archived, c.request_state, c.draft"

Conversation readConversation(const Statement &row) {
  Conversation conversation;
  conversation.id = row.int64At(0);
  conversation.accountId = row.int64At(1);
  conversation.peerJid = row.textAt(2);
  conversation.lastMessageId = row.optionalInt64At(3);
  conversation.lastActivity = row.int64At(4);
  conversation.lastReadId = row.optionalInt64At(5);
  conversation.unreadCount = row.intAt(6);
  conversation.pinned = row.intAt(7) != 0;
  conversation.muted = row.intAt(8) != 0;
  conversation.archived = row.intAt(9) != 0;
  conversation.requestState = static_cast<RequestState>(row.intAt(10));
  conversation.draft = row.textAt(11);
  return conversation;
}
} // namespace

Result<std::int64_t> ConversationRepository::obtain(std::int64_t accountId, const QString &peerJid,
                                                    RequestState initialState) {
  auto existing = findByPeer(accountId, peerJid);
  if (!existing)
    return tl::unexpected(existing.error());
  if (existing->has_value())
    return (*existing)->id;
  auto insert =
      db_.cached("INSERT INTO conversations (account_id, peer_jid, request_state) VALUES (?1, ?2, ?3)");
  if (!insert)
    return tl::unexpected(insert.error());
  if (auto done = insert->bind(1, accountId).bind(2, peerJid).bind(3, static_cast<int>(initialState)).run();
      !done)
    return tl::unexpected(done.error());
  return db_.lastInsertRowId();
}

Result<std::optional<Conversation>> ConversationRepository::find(std::int64_t id) {
  auto select = db_.cached("SELECT " SOTTO_CONVERSATION_COLUMNS " FROM conversations c WHERE c.id = ?1");
  if (select)
    select->bind(1, id);
  return detail::firstRow<Conversation>(std::move(select), readConversation);
}

Result<std::optional<Conversation>> ConversationRepository::findByPeer(std::int64_t accountId,
                                                                       const QString &peerJid) {
  auto select = db_.cached("SELECT " SOTTO_CONVERSATION_COLUMNS
                           " FROM conversations c WHERE c.account_id = ?1 AND c.peer_jid = ?2");
  if (select)
    select->bind(1, accountId).bind(2, peerJid);
  return detail::firstRow<Conversation>(std::move(select), readConversation);
}

Result<QList<ConversationSummary>> ConversationRepository::list(std::int64_t accountId, bool archived,
                                                                int limit) {
  auto select = db_.cached("SELECT " SOTTO_CONVERSATION_COLUMNS ", m.body, m.direction, m.state "
                           "FROM conversations c LEFT JOIN messages m ON m.id = c.last_message_id "
                           "WHERE c.account_id = ?1 AND c.archived = ?2 "
                           "ORDER BY c.pinned DESC, c.last_activity DESC LIMIT ?3");
  if (select)
    select->bind(1, accountId).bind(2, archived).bind(3, limit);
  return detail::collectRows<ConversationSummary>(std::move(select), [](const Statement &row) {
    ConversationSummary summary;
    summary.conversation = readConversation(row);
    summary.lastBody = row.textAt(12);
    summary.lastDirection = row.intAt(13);
    summary.lastState = row.intAt(14);
    return summary;
  });
}

Result<int> ConversationRepository::totalUnread(std::int64_t accountId) {
  auto select =
      db_.cached("SELECT total(unread_count) FROM conversations WHERE account_id = ?1 AND muted = 0");
  if (!select)
    return tl::unexpected(select.error());
  select->bind(1, accountId);
  auto row = select->step();
  if (!row)
    return tl::unexpected(row.error());
  return static_cast<int>(select->doubleAt(0));
}

Status ConversationRepository::setColumn(std::int64_t id, const char *sql, std::int64_t value) {
  auto update = db_.cached(sql);
  if (update)
    update->bind(1, id).bind(2, value);
  return detail::runExpectingChange(std::move(update), db_);
}

Status ConversationRepository::setPinned(std::int64_t id, bool pinned) {
  return setColumn(id, "UPDATE conversations SET pinned = ?2 WHERE id = ?1", pinned ? 1 : 0);
}

Status ConversationRepository::setMuted(std::int64_t id, bool muted) {
  return setColumn(id, "UPDATE conversations SET muted = ?2 WHERE id = ?1", muted ? 1 : 0);
}

Status ConversationRepository::setArchived(std::int64_t id, bool archived) {
  return setColumn(id, "UPDATE conversations SET archived = ?2 WHERE id = ?1", archived ? 1 : 0);
}

Status ConversationRepository::setRequestState(std::int64_t id, RequestState state) {
  return setColumn(id, "UPDATE conversations SET request_state = ?2 WHERE id = ?1", static_cast<int>(state));
}

Status ConversationRepository::setDraft(std::int64_t id, const QString &draft) {
  auto update = db_.cached("UPDATE conversations SET draft = ?2 WHERE id = ?1");
  if (update)
    update->bind(1, id).bind(2, draft.isEmpty() ? QString() : draft);
  return detail::runExpectingChange(std::move(update), db_);
}

Status ConversationRepository::markRead(std::int64_t id) {
  auto update =
      db_.cached("UPDATE conversations SET unread_count = 0, last_read_id = last_message_id WHERE id = ?1");
  if (update)
    update->bind(1, id);
  return detail::runExpectingChange(std::move(update), db_);
}

Status ConversationRepository::remove(std::int64_t id) {
  auto remove = db_.prepare("DELETE FROM conversations WHERE id = ?1");
  if (remove)
    remove->bind(1, id);
  return detail::runExpectingChange(std::move(remove), db_);
}

} // namespace sotto::storage
