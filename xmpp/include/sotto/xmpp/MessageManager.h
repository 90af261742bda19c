#pragma once

#include "sotto/xmpp/Message.h"

#include <QObject>

namespace sotto::xmpp {

class Client;

// One-to-one chat messages (RFC 6121 §5) with ids and origin-id (XEP-0359), delivery
// receipts (XEP-0184) and chat markers (XEP-0333). Carbons, archive results and PubSub
// events are left to their own managers.
class MessageManager : public QObject {
  Q_OBJECT
public:
  explicit MessageManager(Client *client, QObject *parent = nullptr);

  // Fills id and origin-id (same value) when empty, asks for a receipt and marks the
  // message markable when it has a body or extra payload; returns the id.
  QString sendMessage(Message message);
  void sendReceipt(const Jid &to, const QString &messageId);
  void sendMarker(const Jid &to, const QString &messageId, ChatMarker marker);
  // Answer receipt requests automatically (default on).
  void setAutoReceipts(bool enabled) { autoReceipts_ = enabled; }

  // True for messages that are only a container: carbons, MAM results, PubSub events.
  static bool isWrapper(const Element &stanza);

Q_SIGNALS:
  void messageReceived(const sotto::xmpp::Message &message);
  void receiptReceived(const sotto::xmpp::Jid &from, const QString &messageId);
  void markerReceived(const sotto::xmpp::Jid &from, const QString &messageId, sotto::xmpp::ChatMarker marker);
  void messageError(const sotto::xmpp::Message &message);

private:
  void handleStanza(const Element &stanza);

  Client *client_;
  bool autoReceipts_ = true;
};

} // namespace sotto::xmpp
