#include "sotto/xmpp/MessageManager.h"

#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

MessageManager::MessageManager(Client *client, QObject *parent) : QObject(parent), client_(client) {
  qRegisterMetaType<Message>();
  connect(client, &Client::stanzaReceived, this, &MessageManager::handleStanza);
}

bool MessageManager::isWrapper(const Element &stanza) {
  return stanza.hasChild(u"received", ns::kCarbons) || stanza.hasChild(u"sent", ns::kCarbons) ||
         stanza.hasChild(u"result", ns::kMam) || stanza.hasChild(u"event", ns::kPubSubEvent);
}

QString MessageManager::sendMessage(Message message) {
  if (message.id.isEmpty())
    message.id = client_->nextId();
  if (message.originId.isEmpty())
    message.originId = message.id;
  if (!message.body.isEmpty() || !message.extra.empty()) {
    message.receiptRequested = true;
    message.markable = true;
  }
  client_->send(message.toStanza());
  return message.id;
}

void MessageManager::sendReceipt(const Jid &to, const QString &messageId) {
  Message receipt;
  receipt.to = to;
  receipt.id = client_->nextId();
  receipt.receiptFor = messageId;
  client_->send(receipt.toStanza());
}

void MessageManager::sendMarker(const Jid &to, const QString &messageId, ChatMarker marker) {
  Message message;
  message.to = to;
  message.id = client_->nextId();
  message.marker = marker;
  message.markerFor = messageId;
  // Markers are state worth keeping in the archive so other devices see them.
  message.storeHint = true;
  client_->send(message.toStanza());
}

void MessageManager::handleStanza(const Element &stanza) {
  if (stanza.name() != u"message" || isWrapper(stanza))
    return;
  auto message = Message::fromStanza(stanza);
  if (!message)
    return;
  if (message->type == u"error") {
    Q_EMIT messageError(*message);
    return;
  }
  if (!message->receiptFor.isEmpty())
    Q_EMIT receiptReceived(message->from, message->receiptFor);
  if (message->marker != ChatMarker::None)
    Q_EMIT markerReceived(message->from, message->markerFor, message->marker);
  const bool hasContent = !message->body.isEmpty() || stanza.hasChild(u"encrypted", ns::kOmemo);
  if (!hasContent)
    return;
  // XEP-0184 §5.4: never acknowledge a groupchat message or one without an id.
  if (autoReceipts_ && message->receiptRequested && !message->id.isEmpty() && message->type != u"groupchat" &&
      message->from.isValid())
    sendReceipt(message->from, message->id);
  Q_EMIT messageReceived(*message);
}

} // namespace sotto::xmpp
