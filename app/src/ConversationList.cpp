#include "sotto/app/ConversationList.h"

#include "sotto/app/MessagingController.h"
#include "sotto/storage/ContactRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"

#include <QHash>

namespace sotto::app {

namespace {

// The conversation's own columns; the last message's fields come from a summary.
ConversationEntry toEntry(const storage::Conversation &c) {
  ConversationEntry entry;
  entry.id = c.id;
  entry.peerJid = c.peerJid;
  entry.lastActivity = c.lastActivity;
  entry.unread = c.unreadCount;
  entry.pinned = c.pinned;
  entry.muted = c.muted;
  entry.archived = c.archived;
  entry.request = c.requestState == storage::RequestState::Pending;
  entry.draft = c.draft;
  return entry;
}

} // namespace

QList<ConversationEntry> ConversationList::entries(bool archived, int limit) const {
  QList<ConversationEntry> entries;
  if (controller_.database() == nullptr || controller_.accountId() <= 0)
    return entries;
  auto listed =
      storage::ConversationRepository(*controller_.database()).list(controller_.accountId(), archived, limit);
  if (!listed)
    return entries;
  // The names in one read: the roster is small next to a list of conversations.
  QHash<QString, QString> names;
  if (auto roster = storage::ContactRepository(*controller_.database()).roster(controller_.accountId()))
    for (const storage::Contact &contact : *roster)
      if (!contact.name.isEmpty())
        names.insert(contact.jid, contact.name);
  entries.reserve(listed->size());
  for (const storage::ConversationSummary &summary : *listed) {
    const storage::Conversation &c = summary.conversation;
    if (c.requestState == storage::RequestState::Declined)
      continue;
    ConversationEntry entry = toEntry(c);
    entry.lastBody = summary.lastBody;
    entry.lastOutgoing = summary.lastDirection == static_cast<int>(storage::Direction::Outgoing);
    entry.lastState = summary.lastState;
    entry.peerName = names.value(c.peerJid);
    entries.append(entry);
  }
  return entries;
}

QList<MessageMatch> ConversationList::search(const QString &text, int limit) const {
  QList<MessageMatch> matches;
  if (controller_.database() == nullptr || text.trimmed().isEmpty())
    return matches;
  auto found = storage::MessageRepository(*controller_.database()).search(text, limit);
  if (!found)
    return matches;
  matches.reserve(found->size());
  for (const storage::Message &message : *found) {
    // Undecryptable messages hold the sender's fallback text, which says nothing.
    if (message.direction == storage::Direction::Incoming && !message.error.isEmpty())
      continue;
    matches.append({message.conversationId, message.id, message.body, message.timestamp});
  }
  return matches;
}

std::optional<ConversationEntry> ConversationList::find(const QString &peerJid) const {
  if (controller_.database() == nullptr || controller_.accountId() <= 0 || peerJid.isEmpty())
    return std::nullopt;
  auto found =
      storage::ConversationRepository(*controller_.database()).findByPeer(controller_.accountId(), peerJid);
  if (!found || !found->has_value() || (*found)->requestState == storage::RequestState::Declined)
    return std::nullopt;
  return toEntry(**found);
}

QString ConversationList::peerName(const QString &peerJid) const {
  if (controller_.database() == nullptr || controller_.accountId() <= 0 || peerJid.isEmpty())
    return {};
  auto contact = storage::ContactRepository(*controller_.database()).find(controller_.accountId(), peerJid);
  return contact && contact->has_value() ? (*contact)->name : QString();
}

QString ConversationList::displayName(const QString &peerJid) const {
  const QString name = peerName(peerJid);
  return name.isEmpty() ? peerJid : name;
}

template <typename Change> bool ConversationList::change(const QString &peerJid, Change change) {
  if (controller_.database() == nullptr || controller_.accountId() <= 0 || peerJid.isEmpty())
    return false;
  storage::ConversationRepository conversations(*controller_.database());
  auto found = conversations.findByPeer(controller_.accountId(), peerJid);
  if (!found || !found->has_value())
    return false;
  return change(conversations, (*found)->id).has_value();
}

bool ConversationList::setDraft(const QString &peerJid, const QString &draft) {
  return change(peerJid, [&draft](storage::ConversationRepository &c, std::int64_t id) {
    return c.setDraft(id, draft);
  });
}

bool ConversationList::setPinned(const QString &peerJid, bool pinned) {
  return change(peerJid, [pinned](storage::ConversationRepository &c, std::int64_t id) {
    return c.setPinned(id, pinned);
  });
}

bool ConversationList::setMuted(const QString &peerJid, bool muted) {
  return change(peerJid, [muted](storage::ConversationRepository &c, std::int64_t id) {
    return c.setMuted(id, muted);
  });
}

bool ConversationList::setArchived(const QString &peerJid, bool archived) {
  return change(peerJid, [archived](storage::ConversationRepository &c, std::int64_t id) {
    return c.setArchived(id, archived);
  });
}

bool ConversationList::markReadLocally(const QString &peerJid) {
  return change(peerJid, [](storage::ConversationRepository &c, std::int64_t id) { return c.markRead(id); });
}

} // namespace sotto::app
