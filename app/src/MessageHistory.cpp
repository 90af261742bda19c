#include "sotto/app/MessageHistory.h"

#include "sotto/app/MessagingController.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"

namespace sotto::app {

namespace {

MessageEntry toEntry(const storage::Message &message) {
  MessageEntry entry;
  entry.id = message.id;
  entry.outgoing = message.direction == storage::Direction::Outgoing;
  entry.senderJid = message.senderJid;
  entry.timestamp = message.timestamp;
  entry.state = static_cast<MessageEntry::State>(message.state);
  entry.error = message.error;
  entry.encrypted = message.encrypted;
  entry.trusted = message.trusted;
  // An incoming message that carried OMEMO but could not be decrypted is stored with an
  // error and a body we must not show (the sender's fallback text).
  entry.undecryptable = !entry.outgoing && !message.error.isEmpty();
  entry.body = entry.undecryptable ? QString() : message.body;
  return entry;
}

QList<MessageEntry> toEntries(const storage::Result<QList<storage::Message>> &result) {
  QList<MessageEntry> entries;
  if (!result)
    return entries;
  entries.reserve(result->size());
  for (const storage::Message &message : *result)
    entries.append(toEntry(message));
  return entries;
}

} // namespace

MessageHistory::MessageHistory(MessagingController &controller, const QString &peerJid)
    : controller_(&controller) {
  if (controller.database() == nullptr || controller.accountId() <= 0 || peerJid.isEmpty())
    return;
  auto found =
      storage::ConversationRepository(*controller.database()).findByPeer(controller.accountId(), peerJid);
  if (found && found->has_value())
    conversationId_ = (*found)->id;
}

MessageHistory::MessageHistory(MessagingController &controller, std::int64_t conversationId)
    : controller_(&controller), conversationId_(conversationId > 0 ? conversationId : 0) {
}

QList<MessageEntry> MessageHistory::newest(int limit) const {
  if (!isValid() || !controller_ || controller_->database() == nullptr)
    return {};
  return toEntries(storage::MessageRepository(*controller_->database()).newest(conversationId_, limit));
}

QList<MessageEntry> MessageHistory::before(std::int64_t anchorId, int limit) const {
  if (!isValid() || !controller_ || controller_->database() == nullptr)
    return {};
  return toEntries(
      storage::MessageRepository(*controller_->database()).before(conversationId_, anchorId, limit));
}

QList<MessageEntry> MessageHistory::after(std::int64_t anchorId, int limit) const {
  if (!isValid() || !controller_ || controller_->database() == nullptr)
    return {};
  return toEntries(
      storage::MessageRepository(*controller_->database()).after(conversationId_, anchorId, limit));
}

std::optional<MessageEntry> MessageHistory::find(std::int64_t id) const {
  if (!isValid() || !controller_ || controller_->database() == nullptr)
    return std::nullopt;
  auto found = storage::MessageRepository(*controller_->database()).find(id);
  if (!found || !found->has_value() || (*found)->conversationId != conversationId_)
    return std::nullopt;
  return toEntry(**found);
}

} // namespace sotto::app
