#pragma once

#include "sotto/xmpp/Element.h"

#include <QString>

#include <optional>

namespace sotto::xmpp {

// XEP-0085 chat state notifications: what the other side's user is doing in the chat.
enum class ChatState { Active, Composing, Paused, Inactive, Gone };

// Reading and writing the one chat-state child of a <message/>. Chat states are cheap to
// forge and come from anyone, so reading is strict: a stanza that carries more than one
// of them, or one the XEP does not define, carries none.
class ChatStates {
public:
  // The state a one-to-one message announces; nothing for groupchat and error messages,
  // for other elements, and for unclear input.
  static std::optional<ChatState> fromStanza(const Element &stanza);
  // <composing xmlns='http://jabber.org/protocol/chatstates'/> and the others.
  static Element element(ChatState state);
  static QString name(ChatState state);
};

} // namespace sotto::xmpp
