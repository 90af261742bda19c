#pragma once

#include "sotto/xmpp/Message.h"

#include <QObject>

namespace sotto::xmpp {

class Client;

// Message carbons (XEP-0280): copies of what our other devices send and receive. A carbon
// is accepted only from our own bare JID (§11): a forged one from a contact would
// otherwise let them put words in our mouth. Enabled on every new session.
class CarbonsManager : public QObject {
  Q_OBJECT
public:
  explicit CarbonsManager(Client *client, QObject *parent = nullptr);

  void setEnabled(bool enabled);
  [[nodiscard]] bool isActive() const { return active_; }

Q_SIGNALS:
  // sent: a copy of a message one of our other devices sent; otherwise one it received.
  void carbonReceived(const sotto::xmpp::Message &message, bool sent);
  void activeChanged(bool active);
  void forgedCarbonDropped(const sotto::xmpp::Jid &from);

private:
  void handleStanza(const Element &stanza);
  void sendEnable(bool enable);

  Client *client_;
  bool wanted_ = true;
  bool active_ = false;
};

} // namespace sotto::xmpp
