#include "sotto/xmpp/ChatState.h"

#include "sotto/xmpp/Namespaces.h"

#include <array>

namespace sotto::xmpp {

namespace {
constexpr std::array kAllStates = {ChatState::Active, ChatState::Composing, ChatState::Paused,
                                   ChatState::Inactive, ChatState::Gone};
}

QString ChatStates::name(ChatState state) {
  switch (state) {
  case ChatState::Active:
    return QStringLiteral("active");
  case ChatState::Composing:
    return QStringLiteral("composing");
  case ChatState::Paused:
    return QStringLiteral("paused");
  case ChatState::Inactive:
    return QStringLiteral("inactive");
  case ChatState::Gone:
    return QStringLiteral("gone");
  }
  return {};
}

Element ChatStates::element(ChatState state) {
  return Element(name(state), ns::kChatStates.toString());
}

std::optional<ChatState> ChatStates::fromStanza(const Element &stanza) {
  if (stanza.name() != u"message" || stanza.xmlns() != ns::kClient)
    return std::nullopt;
  const QString type = stanza.attribute(u"type");
  // Group chats are not ours to show yet, and an error bounce says nothing about the user.
  if (type == u"groupchat" || type == u"error")
    return std::nullopt;
  std::optional<ChatState> found;
  for (const Element &child : stanza.children()) {
    if (child.xmlns() != ns::kChatStates)
      continue;
    std::optional<ChatState> state;
    for (ChatState candidate : kAllStates)
      if (child.name() == name(candidate))
        state = candidate;
    // An unknown element in the namespace, or two states at once: believe neither.
    if (!state || found)
      return std::nullopt;
    found = state;
  }
  return found;
}

} // namespace sotto::xmpp
