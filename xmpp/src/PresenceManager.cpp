#include "sotto/xmpp/PresenceManager.h"

#include "sotto/xmpp/DiscoManager.h"
#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

PresenceManager::PresenceManager(Client *client, DiscoManager *disco, QObject *parent)
    : QObject(parent), client_(client), disco_(disco) {
  connect(client, &Client::stanzaReceived, this, &PresenceManager::handleStanza);
}

void PresenceManager::sendAvailable(const QString &show, const QString &status, int priority) {
  Element presence(QStringLiteral("presence"), ns::kClient.toString());
  if (!show.isEmpty())
    presence.addTextChild(QStringLiteral("show"), ns::kClient.toString(), show);
  if (!status.isEmpty())
    presence.addTextChild(QStringLiteral("status"), ns::kClient.toString(), status);
  if (priority != 0)
    presence.addTextChild(QStringLiteral("priority"), ns::kClient.toString(), QString::number(priority));
  if (disco_)
    presence.addChild(disco_->capsElement());
  available_ = presence;
  client_->send(presence);
}

void PresenceManager::sendUnavailable() {
  Element presence(QStringLiteral("presence"), ns::kClient.toString());
  presence.setAttribute(QStringLiteral("type"), QStringLiteral("unavailable"));
  available_.reset();
  client_->send(presence);
}

void PresenceManager::handleStanza(const Element &stanza) {
  if (stanza.name() != u"presence")
    return;
  const QString type = stanza.attribute(u"type");
  if (type == u"subscribed") {
    resendToNewWatcher(stanza);
    return;
  }
  if (!type.isEmpty() && type != u"unavailable")
    return; // subscriptions are RosterManager's, errors are not presence
  const auto from = Jid::parse(stanza.attribute(u"from"));
  if (!from)
    return;
  Presence presence;
  presence.from = *from;
  presence.available = type.isEmpty();
  presence.show = stanza.childText(u"show", ns::kClient);
  presence.status = stanza.childText(u"status", ns::kClient);
  presence.priority = stanza.childText(u"priority", ns::kClient).toInt();
  Q_EMIT presenceReceived(presence);
}

void PresenceManager::resendToNewWatcher(const Element &subscribed) {
  // A contact just let us see their presence. ejabberd records a contact's caps (and so
  // sends them our PEP events, OMEMO device lists included) only from an available
  // presence that arrives once the contact has approved us; the one we broadcast
  // earlier came too soon. A directed copy of our current presence fixes that; Prosody
  // simply sees our presence again.
  const auto from = Jid::parse(subscribed.attribute(u"from"));
  if (!available_ || !from || from->bare() == client_->accountJid())
    return;
  Element directed = *available_;
  directed.setAttribute(QStringLiteral("to"), from->bare().toString());
  client_->send(directed);
}

} // namespace sotto::xmpp
