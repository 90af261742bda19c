#include "sotto/xmpp/RosterManager.h"

#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

RosterManager::RosterManager(Client *client, QObject *parent) : QObject(parent), client_(client) {
  client->addIqHandler(this, [this](const Element &iq) { return handleIq(iq); });
  connect(client, &Client::stanzaReceived, this, &RosterManager::handleStanza);
  // The server pushes roster changes only to resources that fetched the roster (RFC 6121
  // §2.1.6), so every new session fetches it.
  connect(client, &Client::connected, this, [this](bool resumed) {
    if (!resumed)
      requestRoster();
  });
}

std::optional<RosterItem> RosterManager::item(const Jid &jid) const {
  const auto it = items_.constFind(jid.bareString());
  if (it == items_.constEnd())
    return std::nullopt;
  return *it;
}

void RosterManager::requestRoster() {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
  iq.addChild(Element(QStringLiteral("query"), ns::kRoster.toString()));
  client_->sendIq(iq, this, [this](const IqResult &result) {
    if (!result)
      return;
    items_.clear();
    for (const Element *item : result->childrenNamed(u"item", ns::kRoster))
      applyItem(*item, false);
    Q_EMIT rosterReceived();
  });
}

void RosterManager::applyItem(const Element &element, bool notify) {
  const auto jid = Jid::parse(element.attribute(u"jid"));
  if (!jid)
    return;
  const QString key = jid->bareString();
  if (element.attribute(u"subscription") == u"remove") {
    if (items_.remove(key) && notify)
      Q_EMIT itemRemoved(jid->bare());
    return;
  }
  RosterItem item;
  item.jid = jid->bare();
  item.name = element.attribute(u"name");
  item.subscription = element.attribute(u"subscription");
  if (item.subscription.isEmpty())
    item.subscription = QStringLiteral("none");
  item.askSubscribe = element.attribute(u"ask") == u"subscribe";
  for (const Element *group : element.childrenNamed(u"group", ns::kRoster))
    item.groups.append(group->text());
  items_.insert(key, item);
  if (notify)
    Q_EMIT itemChanged(item);
}

bool RosterManager::handleIq(const Element &iq) {
  const Element *query = iq.firstChild(u"query", ns::kRoster);
  if (!query || iq.attribute(u"type") != u"set")
    return false;
  const QString from = iq.attribute(u"from");
  if (!from.isEmpty() && Jid::parse(from) != client_->accountJid()) {
    StanzaError error;
    error.condition = StanzaErrorCondition::Forbidden;
    client_->replyError(iq, error);
    return true;
  }
  for (const Element *item : query->childrenNamed(u"item", ns::kRoster))
    applyItem(*item, true);
  client_->replyResult(iq);
  return true;
}

void RosterManager::handleStanza(const Element &stanza) {
  if (stanza.name() != u"presence" || stanza.attribute(u"type") != u"subscribe")
    return;
  if (const auto from = Jid::parse(stanza.attribute(u"from")))
    Q_EMIT subscriptionRequested(from->bare());
}

void RosterManager::addItem(const Jid &jid, const QString &name, const QStringList &groups, QObject *context,
                            Callback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  Element &item = iq.addChild(Element(QStringLiteral("query"), ns::kRoster.toString()))
                      .addChild(Element(QStringLiteral("item"), ns::kRoster.toString()));
  item.setAttribute(QStringLiteral("jid"), jid.bareString());
  if (!name.isEmpty())
    item.setAttribute(QStringLiteral("name"), name);
  for (const QString &group : groups)
    item.addTextChild(QStringLiteral("group"), ns::kRoster.toString(), group);
  client_->sendIq(iq, context, [callback](const IqResult &result) {
    if (callback)
      callback(result ? tl::expected<void, StanzaError>() : tl::unexpected(result.error()));
  });
}

void RosterManager::removeItem(const Jid &jid, QObject *context, Callback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  iq.addChild(Element(QStringLiteral("query"), ns::kRoster.toString()))
      .addChild(Element(QStringLiteral("item"), ns::kRoster.toString()))
      .setAttribute(QStringLiteral("jid"), jid.bareString())
      .setAttribute(QStringLiteral("subscription"), QStringLiteral("remove"));
  client_->sendIq(iq, context, [callback](const IqResult &result) {
    if (callback)
      callback(result ? tl::expected<void, StanzaError>() : tl::unexpected(result.error()));
  });
}

void RosterManager::sendPresenceType(const Jid &to, const QString &type) {
  Element presence(QStringLiteral("presence"), ns::kClient.toString());
  presence.setAttribute(QStringLiteral("to"), to.bareString());
  presence.setAttribute(QStringLiteral("type"), type);
  client_->send(presence);
}

void RosterManager::subscribe(const Jid &jid) {
  sendPresenceType(jid, QStringLiteral("subscribe"));
}
void RosterManager::acceptSubscription(const Jid &jid) {
  sendPresenceType(jid, QStringLiteral("subscribed"));
}
void RosterManager::refuseSubscription(const Jid &jid) {
  sendPresenceType(jid, QStringLiteral("unsubscribed"));
}
void RosterManager::unsubscribe(const Jid &jid) {
  sendPresenceType(jid, QStringLiteral("unsubscribe"));
}

} // namespace sotto::xmpp
