#pragma once

#include "sotto/storage/StorageError.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::storage {

class Database;

// Message requests: a first message from a stranger opens a conversation in Pending.
enum class RequestState { Accepted = 0, Pending = 1, Declined = 2 };

struct Conversation {
  std::int64_t id = 0;
  std::int64_t accountId = 0;
  QString peerJid;
  std::optional<std::int64_t> lastMessageId;
  std::int64_t lastActivity = 0;
  std::optional<std::int64_t> lastReadId;
  int unreadCount = 0;
  bool pinned = false;
  bool muted = false;
  bool archived = false;
  RequestState requestState = RequestState::Accepted;
  QString draft;
};

// One row of the conversation list: the conversation and a preview of its last message.
struct ConversationSummary {
  Conversation conversation;
  QString lastBody;
  int lastDirection = 0;
  int lastState = 0;
};

// Conversations per account. Last message, activity and unread count are kept by the
// message triggers, so they are always in step with the messages table.
class ConversationRepository {
public:
  explicit ConversationRepository(Database &database) : db_(database) {}

  // The conversation with this peer, created (in `initialState`) when there is none.
  [[nodiscard]] Result<std::int64_t> obtain(std::int64_t accountId, const QString &peerJid,
                                            RequestState initialState = RequestState::Accepted);
  [[nodiscard]] Result<std::optional<Conversation>> find(std::int64_t id);
  [[nodiscard]] Result<std::optional<Conversation>> findByPeer(std::int64_t accountId,
                                                               const QString &peerJid);
  // Pinned first, then most recent activity; read off an index (see docs/PERFORMANCE.md).
  [[nodiscard]] Result<QList<ConversationSummary>> list(std::int64_t accountId, bool archived = false,
                                                        int limit = 500);
  [[nodiscard]] Result<int> totalUnread(std::int64_t accountId);

  [[nodiscard]] Status setPinned(std::int64_t id, bool pinned);
  [[nodiscard]] Status setMuted(std::int64_t id, bool muted);
  [[nodiscard]] Status setArchived(std::int64_t id, bool archived);
  [[nodiscard]] Status setRequestState(std::int64_t id, RequestState state);
  [[nodiscard]] Status setDraft(std::int64_t id, const QString &draft); // null/empty clears it
  // Everything up to the last message counts as read.
  [[nodiscard]] Status markRead(std::int64_t id);
  // The conversation and all its messages.
  [[nodiscard]] Status remove(std::int64_t id);

private:
  [[nodiscard]] Status setColumn(std::int64_t id, const char *sql, std::int64_t value);

  Database &db_;
};

} // namespace sotto::storage
