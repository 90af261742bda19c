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
  client_->send(presence);
}

void PresenceManager::sendUnavailable() {
  Element presence(QStringLiteral("presence"), ns::kClient.toString());
  presence.setAttribute(QStringLiteral("type"), QStringLiteral("unavailable"));
  client_->send(presence);
}

void PresenceManager::handleStanza(const Element &stanza) {
  if (stanza.name() != u"presence")
    return;
  const QString type = stanza.attribute(u"type");
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

} // namespace sotto::xmpp
