#pragma once

#include "sotto/app/MessageEntry.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::app {

class MessagingController;

// One conversation's history on the controller's open profile, read a page at a time:
// each call returns at most `limit` messages, oldest first, and is an index range scan at
// any depth (pages are keyed by timestamp and id), so the UI never loads a whole history.
// Reads happen on the calling thread (the controller's). When the profile closes, every
// read returns nothing.
class MessageHistory {
public:
  // The stored conversation with `peerJid`; isValid() is false while there is none.
  MessageHistory(MessagingController &controller, const QString &peerJid);
  // The stored conversation with this id (ConversationEntry::id), for a reader that has
  // already looked the conversation up: no second lookup.
  MessageHistory(MessagingController &controller, std::int64_t conversationId);

  [[nodiscard]] bool isValid() const { return conversationId_ != 0; }
  [[nodiscard]] std::int64_t conversationId() const { return conversationId_; }

  [[nodiscard]] QList<MessageEntry> newest(int limit) const;
  [[nodiscard]] QList<MessageEntry> before(std::int64_t anchorId, int limit) const;
  [[nodiscard]] QList<MessageEntry> after(std::int64_t anchorId, int limit) const;
  // The message if it belongs to this conversation.
  [[nodiscard]] std::optional<MessageEntry> find(std::int64_t id) const;

private:
  // The controller may go away before a model that holds this history does.
  QPointer<MessagingController> controller_;
  std::int64_t conversationId_ = 0;
};

} // namespace sotto::app
