#pragma once

#include <QString>

#include <cstdint>

namespace sotto::app {

// One row of the conversation list as a reader outside app sees it.
struct ConversationEntry {
  std::int64_t id = 0; // the stored conversation (MessageMatch::conversationId refers to it)
  QString peerJid;
  QString peerName; // the roster's name for the peer (cleaned); empty when none is known
  QString lastBody;
  bool lastOutgoing = false;
  int lastState = 0;             // MessageEntry::State of the last message
  std::int64_t lastActivity = 0; // ms since epoch
  int unread = 0;
  bool pinned = false;
  bool muted = false;
  bool archived = false;
  bool request = false; // a message request from a stranger, not yet accepted
  QString draft;
};

// A message found by full-text search.
struct MessageMatch {
  std::int64_t conversationId = 0;
  std::int64_t messageId = 0;
  QString body;
  std::int64_t timestamp = 0; // ms since epoch
};

} // namespace sotto::app
