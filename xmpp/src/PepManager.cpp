#include "sotto/xmpp/PepManager.h"

#include "sotto/xmpp/DiscoManager.h"
#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

namespace {

Element optionsForm(const QString &formType, const PublishOptions &options) {
  Element form(QStringLiteral("x"), ns::kDataForms.toString());
  form.setAttribute(QStringLiteral("type"), QStringLiteral("submit"));
  const auto addField = [&form](const QString &var, const QString &value, const QString &type = {}) {
    Element &field = form.addChild(Element(QStringLiteral("field"), ns::kDataForms.toString()));
    field.setAttribute(QStringLiteral("var"), var);
    if (!type.isEmpty())
      field.setAttribute(QStringLiteral("type"), type);
    field.addTextChild(QStringLiteral("value"), ns::kDataForms.toString(), value);
  };
  addField(QStringLiteral("FORM_TYPE"), formType, QStringLiteral("hidden"));
  addField(QStringLiteral("pubsub#access_model"), options.accessModel);
  addField(QStringLiteral("pubsub#persist_items"),
           options.persistItems ? QStringLiteral("true") : QStringLiteral("false"));
  return form;
}

Element iqSet() {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  return iq;
}

tl::expected<void, StanzaError> toVoid(const IqResult &result) {
  if (!result)
    return tl::unexpected(result.error());
  return {};
}

QList<PepItem> readItems(const Element &items) {
  QList<PepItem> out;
  for (const Element *item : items.childrenNamed(u"item")) {
    PepItem pep;
    pep.id = item->attribute(u"id");
    if (!item->children().empty())
      pep.payload = item->children().front();
    out.append(pep);
  }
  return out;
}

} // namespace

PepManager::PepManager(Client *client, DiscoManager *disco, QObject *parent)
    : QObject(parent), client_(client), disco_(disco) {
  connect(client, &Client::stanzaReceived, this, &PepManager::handleStanza);
}

void PepManager::subscribeToNode(const QString &node) {
  disco_->addFeature(node + QStringLiteral("+notify"));
}

void PepManager::publish(const QString &node, const PepItem &item, const PublishOptions &options,
                         QObject *context, Callback callback) {
  publishOnce(node, item, options, true, context, std::move(callback));
}

void PepManager::publishOnce(const QString &node, const PepItem &item, const PublishOptions &options,
                             bool mayReconfigure, QObject *context, Callback callback) {
  Element iq = iqSet();
  Element &pubsub = iq.addChild(Element(QStringLiteral("pubsub"), ns::kPubSub.toString()));
  Element &publish = pubsub.addChild(Element(QStringLiteral("publish"), ns::kPubSub.toString()));
  publish.setAttribute(QStringLiteral("node"), node);
  Element &itemElement = publish.addChild(Element(QStringLiteral("item"), ns::kPubSub.toString()));
  if (!item.id.isEmpty())
    itemElement.setAttribute(QStringLiteral("id"), item.id);
  if (!item.payload.isNull())
    itemElement.addChild(item.payload);
  pubsub.addChild(Element(QStringLiteral("publish-options"), ns::kPubSub.toString()))
      .addChild(optionsForm(QStringLiteral("http://jabber.org/protocol/pubsub#publish-options"), options));

  QPointer<QObject> guard(context);
  client_->sendIq(iq, context, [=, this](const IqResult &result) {
    const bool preconditionFailed =
        !result && result.error().applicationCondition.is(u"precondition-not-met", ns::kPubSubErrors);
    if (!preconditionFailed || !mayReconfigure) {
      callback(toVoid(result));
      return;
    }
    // The node exists with another configuration (e.g. created by an older client with
    // access_model=presence): bring it to ours, then publish once more.
    configureNode(node, options, context, [=, this](const tl::expected<void, StanzaError> &configured) {
      if (!configured) {
        callback(configured);
        return;
      }
      if (context && !guard)
        return;
      publishOnce(node, item, options, false, context, callback);
    });
  });
}

void PepManager::configureNode(const QString &node, const PublishOptions &options, QObject *context,
                               Callback callback) {
  Element iq = iqSet();
  Element &configure = iq.addChild(Element(QStringLiteral("pubsub"), ns::kPubSubOwner.toString()))
                           .addChild(Element(QStringLiteral("configure"), ns::kPubSubOwner.toString()));
  configure.setAttribute(QStringLiteral("node"), node);
  configure.addChild(optionsForm(QStringLiteral("http://jabber.org/protocol/pubsub#node_config"), options));
  client_->sendIq(iq, context, [callback](const IqResult &result) { callback(toVoid(result)); });
}

void PepManager::retrieveItems(const Jid &jid, const QString &node, int maxItems, QObject *context,
                               ItemsCallback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
  iq.setAttribute(QStringLiteral("to"), jid.bareString());
  Element &items = iq.addChild(Element(QStringLiteral("pubsub"), ns::kPubSub.toString()))
                       .addChild(Element(QStringLiteral("items"), ns::kPubSub.toString()));
  items.setAttribute(QStringLiteral("node"), node);
  if (maxItems > 0)
    items.setAttribute(QStringLiteral("max_items"), QString::number(maxItems));
  client_->sendIq(iq, context, [callback](const IqResult &result) {
    if (!result) {
      callback(tl::unexpected(result.error()));
      return;
    }
    const Element *found = result->firstChild(u"items", ns::kPubSub);
    callback(found ? readItems(*found) : QList<PepItem>());
  });
}

void PepManager::handleStanza(const Element &stanza) {
  if (stanza.name() != u"message")
    return;
  const Element *event = stanza.firstChild(u"event", ns::kPubSubEvent);
  if (!event)
    return;
  const QString fromText = stanza.attribute(u"from");
  const auto from = fromText.isEmpty() ? std::optional<Jid>(client_->accountJid()) : Jid::parse(fromText);
  // PEP services are bare account JIDs; a full JID here is someone impersonating one.
  if (!from || !from->isBare())
    return;
  for (const Element *items : event->childrenNamed(u"items", ns::kPubSubEvent)) {
    const QString node = items->attribute(u"node");
    const QList<PepItem> published = readItems(*items);
    if (!published.isEmpty())
      Q_EMIT itemsPublished(*from, node, published);
    QStringList retracted;
    for (const Element *retract : items->childrenNamed(u"retract", ns::kPubSubEvent))
      retracted.append(retract->attribute(u"id"));
    if (!retracted.isEmpty())
      Q_EMIT itemsRetracted(*from, node, retracted);
  }
}

} // namespace sotto::xmpp
