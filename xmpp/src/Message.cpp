#include "sotto/xmpp/Message.h"

#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

QString chatMarkerName(ChatMarker marker) {
  switch (marker) {
  case ChatMarker::Received:
    return QStringLiteral("received");
  case ChatMarker::Displayed:
    return QStringLiteral("displayed");
  case ChatMarker::Acknowledged:
    return QStringLiteral("acknowledged");
  case ChatMarker::None:
    break;
  }
  return {};
}

std::optional<Message> Message::fromStanza(const Element &stanza) { // NOLINT
  if (stanza.name() != u"message" || stanza.xmlns() != ns::kClient)
    return std::nullopt;
  Message message;
  message.stanza = stanza;
  message.from = Jid::parse(stanza.attribute(u"from")).value_or(Jid());
  message.to = Jid::parse(stanza.attribute(u"to")).value_or(Jid());
  message.type = stanza.attribute(u"type");
  if (message.type.isEmpty())
    message.type = QStringLiteral("normal");
  message.id = stanza.attribute(u"id");
  message.body = stanza.childText(u"body", ns::kClient);
  message.thread = stanza.childText(u"thread", ns::kClient);
  if (const Element *origin = stanza.firstChild(u"origin-id", ns::kStanzaId))
    message.originId = origin->attribute(u"id");
  if (const Element *sid = stanza.firstChild(u"stanza-id", ns::kStanzaId)) {
    message.stanzaId = sid->attribute(u"id");
    message.stanzaIdBy = sid->attribute(u"by");
  }
  message.receiptRequested = stanza.hasChild(u"request", ns::kReceipts);
  if (const Element *received = stanza.firstChild(u"received", ns::kReceipts))
    message.receiptFor = received->attribute(u"id");
  message.markable = stanza.hasChild(u"markable", ns::kMarkers);
  for (ChatMarker marker : {ChatMarker::Received, ChatMarker::Displayed, ChatMarker::Acknowledged}) {
    if (const Element *element = stanza.firstChild(chatMarkerName(marker), ns::kMarkers)) {
      message.marker = marker;
      message.markerFor = element->attribute(u"id");
    }
  }
  message.storeHint = stanza.hasChild(u"store", ns::kHints);
  if (const Element *delay = stanza.firstChild(u"delay", ns::kDelay)) {
    const QDateTime stamp = QDateTime::fromString(delay->attribute(u"stamp"), Qt::ISODateWithMs);
    if (stamp.isValid())
      message.delay = stamp;
  }
  return message;
}

Element Message::toStanza() const {
  Element out(QStringLiteral("message"), ns::kClient.toString());
  if (to.isValid())
    out.setAttribute(QStringLiteral("to"), to.toString());
  if (!type.isEmpty() && type != u"normal")
    out.setAttribute(QStringLiteral("type"), type);
  if (!id.isEmpty())
    out.setAttribute(QStringLiteral("id"), id);
  if (!body.isEmpty())
    out.addTextChild(QStringLiteral("body"), ns::kClient.toString(), body);
  if (!thread.isEmpty())
    out.addTextChild(QStringLiteral("thread"), ns::kClient.toString(), thread);
  if (!originId.isEmpty())
    out.addChild(Element(QStringLiteral("origin-id"), ns::kStanzaId.toString()))
        .setAttribute(QStringLiteral("id"), originId);
  if (receiptRequested)
    out.addChild(Element(QStringLiteral("request"), ns::kReceipts.toString()));
  if (!receiptFor.isEmpty())
    out.addChild(Element(QStringLiteral("received"), ns::kReceipts.toString()))
        .setAttribute(QStringLiteral("id"), receiptFor);
  if (markable)
    out.addChild(Element(QStringLiteral("markable"), ns::kMarkers.toString()));
  if (marker != ChatMarker::None)
    out.addChild(Element(chatMarkerName(marker), ns::kMarkers.toString()))
        .setAttribute(QStringLiteral("id"), markerFor);
  for (const auto &element : extra)
    out.addChild(element);
  if (storeHint)
    out.addChild(Element(QStringLiteral("store"), ns::kHints.toString()));
  return out;
}

} // namespace sotto::xmpp
