#include "sotto/xmpp/ChatStateManager.h"

#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/MessageManager.h"
#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

ChatStateManager::ChatStateManager(Client *client, QObject *parent) : QObject(parent), client_(client) {
  connect(client, &Client::stanzaReceived, this, &ChatStateManager::handleStanza);
}

void ChatStateManager::send(const Jid &to, ChatState state) {
  Element message(QStringLiteral("message"), ns::kClient.toString());
  message.setAttribute(QStringLiteral("to"), to.toString());
  message.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
  message.setAttribute(QStringLiteral("id"), client_->nextId());
  message.addChild(ChatStates::element(state));
  message.addChild(Element(QStringLiteral("no-store"), ns::kHints.toString()));
  client_->send(message);
}

void ChatStateManager::handleStanza(const Element &stanza) {
  if (stanza.name() != u"message" || MessageManager::isWrapper(stanza))
    return;
  const auto from = Jid::parse(stanza.attribute(u"from"));
  if (!from || from->local().isEmpty())
    return;
  auto state = ChatStates::fromStanza(stanza);
  const QString type = stanza.attribute(u"type");
  if (!state && type != u"groupchat" && type != u"error" &&
      (stanza.hasChild(u"body", ns::kClient) || stanza.hasChild(u"encrypted", ns::kOmemo)))
    state = ChatState::Active;
  if (state)
    Q_EMIT chatStateReceived(*from, *state);
}

} // namespace sotto::xmpp
