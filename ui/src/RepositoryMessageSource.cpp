#include "RepositoryMessageSource.h"

#include "sotto/storage/MessageRepository.h"

namespace sotto::ui {

namespace {

MessageItem toItem(const storage::Message &message) {
  MessageItem item;
  item.id = message.id;
  item.outgoing = message.direction == storage::Direction::Outgoing;
  item.senderJid = message.senderJid;
  item.timestamp = message.timestamp;
  item.state = static_cast<MessageItem::State>(message.state);
  item.error = message.error;
  item.encrypted = message.encrypted;
  item.trusted = message.trusted;
  // An incoming message that carried OMEMO but could not be decrypted is stored with an
  // error and without a body we may show: the view shows a placeholder instead.
  item.undecryptable = !item.outgoing && !message.error.isEmpty();
  item.body = item.undecryptable ? QString() : message.body;
  return item;
}

QList<MessageItem> toItems(const storage::Result<QList<storage::Message>> &result) {
  QList<MessageItem> items;
  if (!result)
    return items;
  items.reserve(result->size());
  for (const storage::Message &message : *result)
    items.append(toItem(message));
  return items;
}

} // namespace

RepositoryMessageSource::RepositoryMessageSource(storage::Database &database, std::int64_t conversationId)
    : database_(database), conversationId_(conversationId) {
}

QList<MessageItem> RepositoryMessageSource::newest(int limit) {
  return toItems(storage::MessageRepository(database_).newest(conversationId_, limit));
}

QList<MessageItem> RepositoryMessageSource::before(std::int64_t anchorId, int limit) {
  return toItems(storage::MessageRepository(database_).before(conversationId_, anchorId, limit));
}

QList<MessageItem> RepositoryMessageSource::after(std::int64_t anchorId, int limit) {
  return toItems(storage::MessageRepository(database_).after(conversationId_, anchorId, limit));
}

std::optional<MessageItem> RepositoryMessageSource::find(std::int64_t id) {
  auto found = storage::MessageRepository(database_).find(id);
  if (!found || !found->has_value() || (*found)->conversationId != conversationId_)
    return std::nullopt;
  return toItem(**found);
}

} // namespace sotto::ui
