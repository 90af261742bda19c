#include "sotto/xmpp/MamManager.h"

#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

namespace {
Element field(const QString &var, const QString &value, const QString &type = {}) {
  Element element(QStringLiteral("field"), ns::kDataForms.toString());
  element.setAttribute(QStringLiteral("var"), var);
  if (!type.isEmpty())
    element.setAttribute(QStringLiteral("type"), type);
  element.addTextChild(QStringLiteral("value"), ns::kDataForms.toString(), value);
  return element;
}
} // namespace

MamManager::MamManager(Client *client, QObject *parent) : QObject(parent), client_(client) {
  connect(client, &Client::stanzaReceived, this, &MamManager::handleStanza);
}

void MamManager::query(const MamQuery &query, QObject *context, Callback callback) {
  const QString queryId = client_->nextId();
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  Element &q = iq.addChild(Element(QStringLiteral("query"), ns::kMam.toString()));
  q.setAttribute(QStringLiteral("queryid"), queryId);
  Element form(QStringLiteral("x"), ns::kDataForms.toString());
  form.setAttribute(QStringLiteral("type"), QStringLiteral("submit"));
  form.addChild(field(QStringLiteral("FORM_TYPE"), ns::kMam.toString(), QStringLiteral("hidden")));
  if (query.with)
    form.addChild(field(QStringLiteral("with"), query.with->toString()));
  if (query.start)
    form.addChild(field(QStringLiteral("start"), query.start->toUTC().toString(Qt::ISODate)));
  q.addChild(std::move(form));
  Element &set = q.addChild(Element(QStringLiteral("set"), ns::kRsm.toString()));
  set.addTextChild(QStringLiteral("max"), ns::kRsm.toString(), QString::number(query.max));
  if (!query.afterId.isEmpty())
    set.addTextChild(QStringLiteral("after"), ns::kRsm.toString(), query.afterId);
  else if (query.backwards)
    set.addTextChild(QStringLiteral("before"), ns::kRsm.toString(), query.beforeId);

  collecting_.insert(queryId, {});
  client_->sendIq(iq, context, [this, queryId, callback](const IqResult &result) {
    std::vector<ArchivedMessage> messages = collecting_.take(queryId);
    if (!result) {
      callback(tl::unexpected(result.error()));
      return;
    }
    MamPage page;
    page.messages = std::move(messages);
    page.complete = result->attribute(u"complete") == u"true" || result->attribute(u"complete") == u"1";
    if (const Element *rsm = result->firstChild(u"set", ns::kRsm)) {
      page.first = rsm->childText(u"first", ns::kRsm);
      page.last = rsm->childText(u"last", ns::kRsm);
    }
    callback(page);
  });
  // Drop what was collected if the requester disappears before the answer.
  if (context)
    connect(context, &QObject::destroyed, this, [this, queryId] { collecting_.remove(queryId); });
}

void MamManager::handleStanza(const Element &stanza) {
  if (stanza.name() != u"message")
    return;
  const Element *result = stanza.firstChild(u"result", ns::kMam);
  if (!result)
    return;
  const auto it = collecting_.find(result->attribute(u"queryid"));
  if (it == collecting_.end())
    return; // not a query of ours (or one that already ended)
  const QString from = stanza.attribute(u"from");
  if (!from.isEmpty() && Jid::parse(from) != client_->accountJid())
    return; // only our own archive answers our queries
  if (it->size() >= 10000)
    return; // a server flooding one query cannot make us hold unbounded results
  const Element *forwarded = result->firstChild(u"forwarded", ns::kForward);
  const Element *inner = forwarded ? forwarded->firstChild(u"message", ns::kClient) : nullptr;
  if (!inner)
    return;
  auto message = Message::fromStanza(*inner);
  if (!message)
    return;
  ArchivedMessage archived;
  archived.archiveId = result->attribute(u"id");
  if (const Element *delay = forwarded->firstChild(u"delay", ns::kDelay)) {
    const QDateTime stamp = QDateTime::fromString(delay->attribute(u"stamp"), Qt::ISODateWithMs);
    if (stamp.isValid())
      archived.timestamp = stamp;
  }
  archived.message = std::move(*message);
  it->push_back(std::move(archived));
}

} // namespace sotto::xmpp
