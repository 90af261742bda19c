#include "sotto/xmpp/BlockingManager.h"

#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

namespace {
Element itemFor(const Jid &jid) {
  Element item(QStringLiteral("item"), ns::kBlocking.toString());
  item.setAttribute(QStringLiteral("jid"), jid.toString());
  return item;
}
} // namespace

BlockingManager::BlockingManager(Client *client, QObject *parent) : QObject(parent), client_(client) {
  client->addIqHandler(this, [this](const Element &iq) { return handleIq(iq); });
  // Like the roster, pushes go only to resources that fetched the list (XEP-0191 §3.3).
  connect(client, &Client::connected, this, [this](bool resumed) {
    if (!resumed)
      requestBlocklist();
  });
}

void BlockingManager::requestBlocklist() {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
  iq.addChild(Element(QStringLiteral("blocklist"), ns::kBlocking.toString()));
  client_->sendIq(iq, this, [this](const IqResult &result) {
    if (!result)
      return;
    blocked_.clear();
    for (const Element *item : result->childrenNamed(u"item", ns::kBlocking)) {
      if (const auto jid = Jid::parse(item->attribute(u"jid")))
        blocked_.insert(jid->toString());
    }
    Q_EMIT blocklistReceived();
  });
}

void BlockingManager::block(const QList<Jid> &jids, QObject *context, Callback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  Element &blockElement = iq.addChild(Element(QStringLiteral("block"), ns::kBlocking.toString()));
  for (const Jid &jid : jids)
    blockElement.addChild(itemFor(jid));
  client_->sendIq(iq, context, [callback](const IqResult &result) {
    if (callback)
      callback(result ? tl::expected<void, StanzaError>() : tl::unexpected(result.error()));
  });
}

void BlockingManager::unblock(const QList<Jid> &jids, QObject *context, Callback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  Element &unblockElement = iq.addChild(Element(QStringLiteral("unblock"), ns::kBlocking.toString()));
  for (const Jid &jid : jids)
    unblockElement.addChild(itemFor(jid));
  client_->sendIq(iq, context, [callback](const IqResult &result) {
    if (callback)
      callback(result ? tl::expected<void, StanzaError>() : tl::unexpected(result.error()));
  });
}

void BlockingManager::report(const Jid &jid, ReportReason reason, const QList<ReportedStanza> &evidence,
                             const QString &text, QObject *context, Callback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  Element &item =
      iq.addChild(Element(QStringLiteral("block"), ns::kBlocking.toString())).addChild(itemFor(jid));
  Element &report = item.addChild(Element(QStringLiteral("report"), ns::kReporting.toString()));
  report.setAttribute(QStringLiteral("reason"), reason == ReportReason::Spam
                                                    ? QStringLiteral("urn:xmpp:reporting:spam")
                                                    : QStringLiteral("urn:xmpp:reporting:abuse"));
  for (const auto &stanza : evidence) {
    report.addChild(Element(QStringLiteral("stanza-id"), ns::kStanzaId.toString()))
        .setAttribute(QStringLiteral("by"), stanza.by.toString())
        .setAttribute(QStringLiteral("id"), stanza.stanzaId);
  }
  if (!text.isEmpty())
    report.addTextChild(QStringLiteral("text"), ns::kReporting.toString(), text);
  client_->sendIq(iq, context, [callback](const IqResult &result) {
    if (callback)
      callback(result ? tl::expected<void, StanzaError>() : tl::unexpected(result.error()));
  });
}

bool BlockingManager::handleIq(const Element &iq) {
  if (iq.attribute(u"type") != u"set")
    return false;
  const Element *push = iq.firstChild(u"block", ns::kBlocking);
  const bool blocking = push != nullptr;
  if (!push)
    push = iq.firstChild(u"unblock", ns::kBlocking);
  if (!push)
    return false;
  const QString from = iq.attribute(u"from");
  if (!from.isEmpty() && Jid::parse(from) != client_->accountJid()) {
    StanzaError error;
    error.condition = StanzaErrorCondition::Forbidden;
    client_->replyError(iq, error);
    return true;
  }
  QList<Jid> jids;
  for (const Element *item : push->childrenNamed(u"item", ns::kBlocking)) {
    if (const auto jid = Jid::parse(item->attribute(u"jid")))
      jids.append(*jid);
  }
  if (!blocking && jids.isEmpty()) {
    for (const QString &text : std::as_const(blocked_))
      jids.append(*Jid::parse(text));
    blocked_.clear();
  }
  for (const Jid &jid : jids) {
    if (blocking)
      blocked_.insert(jid.toString());
    else
      blocked_.remove(jid.toString());
  }
  client_->replyResult(iq);
  Q_EMIT blockedChanged(jids, blocking);
  return true;
}

} // namespace sotto::xmpp
