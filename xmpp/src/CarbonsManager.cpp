#include "sotto/xmpp/CarbonsManager.h"

#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/Logging.h"
#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

CarbonsManager::CarbonsManager(Client *client, QObject *parent) : QObject(parent), client_(client) {
  connect(client, &Client::stanzaReceived, this, &CarbonsManager::handleStanza);
  connect(client, &Client::connected, this, [this](bool resumed) {
    if (!resumed) {
      active_ = false;
      if (wanted_)
        sendEnable(true);
    }
  });
}

void CarbonsManager::setEnabled(bool enabled) {
  wanted_ = enabled;
  if (client_->state() == Client::State::Connected)
    sendEnable(enabled);
}

void CarbonsManager::sendEnable(bool enable) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  iq.addChild(
      Element(enable ? QStringLiteral("enable") : QStringLiteral("disable"), ns::kCarbons.toString()));
  client_->sendIq(iq, this, [this, enable](const IqResult &result) {
    const bool active = result ? enable : active_;
    if (active != active_) {
      active_ = active;
      Q_EMIT activeChanged(active_);
    }
  });
}

void CarbonsManager::handleStanza(const Element &stanza) {
  if (stanza.name() != u"message")
    return;
  const Element *wrapper = stanza.firstChild(u"received", ns::kCarbons);
  const bool sent = wrapper == nullptr;
  if (!wrapper)
    wrapper = stanza.firstChild(u"sent", ns::kCarbons);
  if (!wrapper)
    return;
  const auto from = Jid::parse(stanza.attribute(u"from"));
  if (!from || *from != client_->accountJid()) {
    qCWarning(lcXmpp) << "dropped a carbon that does not come from our own account";
    Q_EMIT forgedCarbonDropped(from.value_or(Jid()));
    return;
  }
  const Element *forwarded = wrapper->firstChild(u"forwarded", ns::kForward);
  const Element *inner = forwarded ? forwarded->firstChild(u"message", ns::kClient) : nullptr;
  if (!inner)
    return;
  auto message = Message::fromStanza(*inner);
  if (message)
    Q_EMIT carbonReceived(*message, sent);
}

} // namespace sotto::xmpp
