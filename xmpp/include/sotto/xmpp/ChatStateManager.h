#pragma once

#include "sotto/xmpp/ChatState.h"
#include "sotto/xmpp/Jid.h"

#include <QObject>

namespace sotto::xmpp {

class Client;

// XEP-0085 on the wire: standalone notifications out, the peer's state in. Whether a
// notification may go to someone (privacy settings, requests, blocks) is the app's
// decision, not this class's.
class ChatStateManager : public QObject {
  Q_OBJECT
public:
  explicit ChatStateManager(Client *client, QObject *parent = nullptr);

  // A <message type='chat'/> that carries only the state (and a no-store hint: nobody
  // needs an archived "composing").
  void send(const Jid &to, ChatState state);

Q_SIGNALS:
  // A one-to-one message (not a carbon, archive result or PubSub event) announced a state.
  // A message with content but without a state counts as Active: its sender stopped typing.
  void chatStateReceived(const sotto::xmpp::Jid &from, sotto::xmpp::ChatState state);

private:
  void handleStanza(const Element &stanza);

  Client *client_;
};

} // namespace sotto::xmpp
