#pragma once

#include "sotto/app/ConversationEntry.h"

#include <QList>
#include <QString>

#include <optional>

namespace sotto::app {

class MessagingController;

// The conversation list of the controller's open account, and the per-conversation
// settings the list shows (draft, pinned, muted, archived), for readers outside app: the
// UI gets plain values and never sees storage. Cheap to make; each call is one query on
// the calling (controller's) thread. Without an open profile and account, reads return
// nothing and changes return false.
class ConversationList {
public:
  explicit ConversationList(MessagingController &controller) : controller_(controller) {}

  // Pinned first, then most recent activity; either the archived conversations or the
  // others, with the peers' roster names. Declined requests are left out. Read off an
  // index, at most `limit`.
  [[nodiscard]] QList<ConversationEntry> entries(bool archived, int limit = 500) const;
  // Full-text search over every conversation's messages, newest first, at most `limit`.
  [[nodiscard]] QList<MessageMatch> search(const QString &text, int limit) const;
  // The conversation with this peer, none for a declined request. One keyed read, so the
  // last message's fields (lastBody, lastOutgoing, lastState) are left empty.
  [[nodiscard]] std::optional<ConversationEntry> find(const QString &peerJid) const;
  // The name the profile stores for the peer (the roster's, kept in storage's contacts
  // table by app); empty when none.
  [[nodiscard]] QString peerName(const QString &peerJid) const;
  // What to call the peer on screen: the roster name when there is one, otherwise the bare
  // JID itself (never a name made up from it). A name is the user's (or anyone's with
  // access to the roster) word, not proof: safety screens show the JID.
  [[nodiscard]] QString displayName(const QString &peerJid) const;

  // Each is false when the peer has no stored conversation yet.
  bool setDraft(const QString &peerJid, const QString &draft);
  bool setPinned(const QString &peerJid, bool pinned);
  bool setMuted(const QString &peerJid, bool muted);
  bool setArchived(const QString &peerJid, bool archived);
  // Marks read here only (no chat marker: MessagingController::markRead sends that).
  bool markReadLocally(const QString &peerJid);

private:
  template <typename Change> bool change(const QString &peerJid, Change change);

  MessagingController &controller_;
};

} // namespace sotto::app
