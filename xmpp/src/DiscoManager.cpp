#include "sotto/xmpp/DiscoManager.h"

#include "sotto/xmpp/Namespaces.h"

#include <QCryptographicHash>

namespace sotto::xmpp {

namespace {
const QString kCategory = QStringLiteral("client");
const QString kType = QStringLiteral("pc");
const QString kName = QStringLiteral("Sotto");
} // namespace

DiscoInfo DiscoInfo::fromQuery(const Element &query) {
  DiscoInfo info;
  for (const Element *identity : query.childrenNamed(u"identity", ns::kDiscoInfo))
    info.identities.append(
        {identity->attribute(u"category"), identity->attribute(u"type"), identity->attribute(u"name")});
  for (const Element *feature : query.childrenNamed(u"feature", ns::kDiscoInfo))
    info.features.append(feature->attribute(u"var"));
  for (const Element *form : query.childrenNamed(u"x", ns::kDataForms))
    info.forms.push_back(*form);
  return info;
}

DiscoManager::DiscoManager(Client *client, QObject *parent) : QObject(parent), client_(client) {
  features_ = {ns::kDiscoInfo.toString(), ns::kCaps.toString(),    ns::kReceipts.toString(),
               ns::kMarkers.toString(),   ns::kPing.toString(),    ns::kCarbons.toString(),
               ns::kStanzaId.toString(),  ns::kBlocking.toString()};
  client->addIqHandler(this, [this](const Element &iq) { return handleIq(iq); });
}

void DiscoManager::addFeature(const QString &feature) {
  if (!features_.contains(feature))
    features_.append(feature);
}

QStringList DiscoManager::features() const {
  QStringList sorted = features_;
  sorted.sort(); // XEP-0115 orders by octet (UTF-8 byte) order; ours are ASCII
  return sorted;
}

QString DiscoManager::capsVersion() const {
  QString s = kCategory + u'/' + kType + QStringLiteral("//") + kName + u'<';
  for (const QString &feature : features())
    s += feature + u'<';
  return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha1).toBase64());
}

Element DiscoManager::capsElement() const {
  Element c(QStringLiteral("c"), ns::kCaps.toString());
  c.setAttribute(QStringLiteral("hash"), QStringLiteral("sha-1"));
  c.setAttribute(QStringLiteral("node"), capsNode());
  c.setAttribute(QStringLiteral("ver"), capsVersion());
  return c;
}

bool DiscoManager::handleIq(const Element &iq) {
  const Element *query = iq.firstChild(u"query", ns::kDiscoInfo);
  if (!query || iq.attribute(u"type") != u"get")
    return false;
  const QString node = query->attribute(u"node");
  if (!node.isEmpty() && node != capsNode() + u'#' + capsVersion()) {
    StanzaError error;
    error.condition = StanzaErrorCondition::ItemNotFound;
    client_->replyError(iq, error);
    return true;
  }
  Element answer(QStringLiteral("query"), ns::kDiscoInfo.toString());
  if (!node.isEmpty())
    answer.setAttribute(QStringLiteral("node"), node);
  answer.addChild(Element(QStringLiteral("identity"), ns::kDiscoInfo.toString()))
      .setAttribute(QStringLiteral("category"), kCategory)
      .setAttribute(QStringLiteral("type"), kType)
      .setAttribute(QStringLiteral("name"), kName);
  for (const QString &feature : features())
    answer.addChild(Element(QStringLiteral("feature"), ns::kDiscoInfo.toString()))
        .setAttribute(QStringLiteral("var"), feature);
  client_->replyResult(iq, answer);
  return true;
}

void DiscoManager::requestInfo(const Jid &jid, const QString &node, QObject *context, InfoCallback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
  iq.setAttribute(QStringLiteral("to"), jid.toString());
  Element &query = iq.addChild(Element(QStringLiteral("query"), ns::kDiscoInfo.toString()));
  if (!node.isEmpty())
    query.setAttribute(QStringLiteral("node"), node);
  client_->sendIq(iq, context, [callback](const IqResult &result) {
    if (!result)
      callback(tl::unexpected(result.error()));
    else
      callback(DiscoInfo::fromQuery(*result));
  });
}

void DiscoManager::requestItems(const Jid &jid, const QString &node, QObject *context,
                                ItemsCallback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
  iq.setAttribute(QStringLiteral("to"), jid.toString());
  Element &query = iq.addChild(Element(QStringLiteral("query"), ns::kDiscoItems.toString()));
  if (!node.isEmpty())
    query.setAttribute(QStringLiteral("node"), node);
  client_->sendIq(iq, context, [callback](const IqResult &result) {
    if (!result) {
      callback(tl::unexpected(result.error()));
      return;
    }
    QList<DiscoItem> items;
    for (const Element *item : result->childrenNamed(u"item", ns::kDiscoItems)) {
      if (auto itemJid = Jid::parse(item->attribute(u"jid")))
        items.append({*itemJid, item->attribute(u"node"), item->attribute(u"name")});
    }
    callback(items);
  });
}

} // namespace sotto::xmpp
