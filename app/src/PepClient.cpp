#include "PepClient.h"

#include "sotto/app/Logging.h"
#include "sotto/xmpp/Namespaces.h"

namespace sotto::app {

namespace {

xmpp::Element dataForm(const QString &formType, const QString &accessModel) {
  xmpp::Element form(QStringLiteral("x"), xmpp::ns::kDataForms.toString());
  form.setAttribute(QStringLiteral("type"), QStringLiteral("submit"));
  auto field = [&form](const QString &var, const QString &value, bool hidden) {
    xmpp::Element f(QStringLiteral("field"), xmpp::ns::kDataForms.toString());
    f.setAttribute(QStringLiteral("var"), var);
    if (hidden)
      f.setAttribute(QStringLiteral("type"), QStringLiteral("hidden"));
    f.addTextChild(QStringLiteral("value"), xmpp::ns::kDataForms.toString(), value);
    form.addChild(std::move(f));
  };
  field(QStringLiteral("FORM_TYPE"), formType, true);
  // Only access_model: ejabberd fails the whole publish on fields it does not know.
  field(QStringLiteral("pubsub#access_model"), accessModel, false);
  return form;
}

const xmpp::Element *firstPayload(const xmpp::Element &items) {
  // Servers return the newest item last for PEP nodes with max_items=1 there is only one.
  const auto all = items.childrenNamed(u"item");
  if (all.empty() || all.back()->children().empty())
    return nullptr;
  return &all.back()->children().front();
}

} // namespace

PepClient::PepClient(xmpp::Client *client, QObject *parent) : QObject(parent), client_(client) {
  connect(client_, &xmpp::Client::stanzaReceived, this, &PepClient::handleStanza);
}

xmpp::Element PepClient::publishIq(const QString &node, const QString &itemId, const xmpp::Element &payload,
                                   bool withOptions) const {
  xmpp::Element iq(QStringLiteral("iq"), xmpp::ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  xmpp::Element pubsub(QStringLiteral("pubsub"), xmpp::ns::kPubSub.toString());
  xmpp::Element publish(QStringLiteral("publish"), xmpp::ns::kPubSub.toString());
  publish.setAttribute(QStringLiteral("node"), node);
  xmpp::Element item(QStringLiteral("item"), xmpp::ns::kPubSub.toString());
  item.setAttribute(QStringLiteral("id"), itemId);
  item.addChild(payload);
  publish.addChild(std::move(item));
  pubsub.addChild(std::move(publish));
  if (withOptions) {
    xmpp::Element options(QStringLiteral("publish-options"), xmpp::ns::kPubSub.toString());
    options.addChild(dataForm(QStringLiteral("http://jabber.org/protocol/pubsub#publish-options"),
                              QStringLiteral("open")));
    pubsub.addChild(std::move(options));
  }
  iq.addChild(std::move(pubsub));
  return iq;
}

void PepClient::publish(const QString &node, const QString &itemId, const xmpp::Element &payload,
                        PublishCallback callback) {
  client_->sendIq(
      publishIq(node, itemId, payload, true), this,
      [this, node, itemId, payload, callback](const xmpp::IqResult &result) {
        if (result)
          return callback(true);
        const bool preconditionFailed = result.error().applicationCondition.name() == u"precondition-not-met";
        if (!preconditionFailed) {
          qCWarning(lcApp) << "publish to" << node << "failed:" << result.error().conditionName();
          return callback(false);
        }
        // The node exists with another access model: make it open, then publish.
        configureOpen(node, [this, node, itemId, payload, callback](bool configured) {
          if (!configured)
            return callback(false);
          client_->sendIq(publishIq(node, itemId, payload, false), this,
                          [callback](const xmpp::IqResult &again) { callback(again.has_value()); });
        });
      });
}

void PepClient::configureOpen(const QString &node, PublishCallback callback) {
  xmpp::Element iq(QStringLiteral("iq"), xmpp::ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  xmpp::Element pubsub(QStringLiteral("pubsub"), xmpp::ns::kPubSubOwner.toString());
  xmpp::Element configure(QStringLiteral("configure"), xmpp::ns::kPubSubOwner.toString());
  configure.setAttribute(QStringLiteral("node"), node);
  configure.addChild(
      dataForm(QStringLiteral("http://jabber.org/protocol/pubsub#node_config"), QStringLiteral("open")));
  pubsub.addChild(std::move(configure));
  iq.addChild(std::move(pubsub));
  client_->sendIq(iq, this, [callback](const xmpp::IqResult &result) { callback(result.has_value()); });
}

void PepClient::fetch(const xmpp::Jid &jid, const QString &node, FetchCallback callback) {
  xmpp::Element iq(QStringLiteral("iq"), xmpp::ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
  iq.setAttribute(QStringLiteral("to"), jid.bareString());
  xmpp::Element pubsub(QStringLiteral("pubsub"), xmpp::ns::kPubSub.toString());
  xmpp::Element items(QStringLiteral("items"), xmpp::ns::kPubSub.toString());
  items.setAttribute(QStringLiteral("node"), node);
  pubsub.addChild(std::move(items));
  iq.addChild(std::move(pubsub));
  client_->sendIq(iq, this, [callback](const xmpp::IqResult &result) {
    if (!result) {
      if (result.error().condition == xmpp::StanzaErrorCondition::ItemNotFound)
        return callback(xmpp::Element());
      return callback(tl::unexpected(result.error()));
    }
    const xmpp::Element *found = result->firstChild(u"items", xmpp::ns::kPubSub);
    const xmpp::Element *payload = found ? firstPayload(*found) : nullptr;
    callback(payload ? *payload : xmpp::Element());
  });
}

void PepClient::handleStanza(const xmpp::Element &stanza) {
  if (stanza.name() != u"message")
    return;
  const xmpp::Element *event = stanza.firstChild(u"event", xmpp::ns::kPubSubEvent);
  if (!event)
    return;
  const xmpp::Element *items = event->firstChild(u"items", xmpp::ns::kPubSubEvent);
  if (!items)
    return;
  const xmpp::Element *payload = firstPayload(*items);
  if (!payload)
    return;
  QString from = client_->accountJid().bareString();
  if (stanza.hasAttribute(u"from")) {
    const auto jid = xmpp::Jid::parse(stanza.attribute(u"from"));
    if (!jid)
      return;
    from = jid->bareString();
  }
  Q_EMIT itemPublished(from, items->attribute(u"node"), *payload);
}

} // namespace sotto::app
