#pragma once

#include "sotto/xmpp/Client.h"

#include <QObject>

namespace sotto::xmpp {

class DiscoManager;

struct PepItem {
  QString id;
  Element payload; // the item's single child, e.g. <list xmlns='eu.siacs.conversations.axolotl'/>
};

struct PublishOptions {
  // Only the two fields every server understands (ejabberd 23.01 fails the whole publish
  // on any other, see shared/PROTOCOL-NOTES.md).
  QString accessModel = QStringLiteral("open");
  bool persistItems = true;
};

// Personal eventing (XEP-0163 on XEP-0060): publish with publish-options, reconfigure
// the node and retry once on precondition-not-met, retrieve items, and receive
// notifications for the nodes we declared interest in (`node+notify` in our caps).
class PepManager : public QObject {
  Q_OBJECT
public:
  PepManager(Client *client, DiscoManager *disco, QObject *parent = nullptr);

  using Callback = std::function<void(const tl::expected<void, StanzaError> &)>;
  using ItemsCallback = std::function<void(const tl::expected<QList<PepItem>, StanzaError> &)>;

  void publish(const QString &node, const PepItem &item, const PublishOptions &options, QObject *context,
               Callback callback);
  // `jid` is a bare account JID (ours or a contact's); maxItems 0 = all.
  void retrieveItems(const Jid &jid, const QString &node, int maxItems, QObject *context,
                     ItemsCallback callback);
  void configureNode(const QString &node, const PublishOptions &options, QObject *context, Callback callback);
  // Adds `node+notify` to our capabilities: send presence again for it to take effect.
  void subscribeToNode(const QString &node);

Q_SIGNALS:
  // `from` is the bare JID whose node changed: our own account for our own nodes (a PEP
  // event without 'from' is from our account). Never trust an event for our own node
  // that claims another sender, and vice versa.
  void itemsPublished(const sotto::xmpp::Jid &from, const QString &node,
                      const QList<sotto::xmpp::PepItem> &items);
  void itemsRetracted(const sotto::xmpp::Jid &from, const QString &node, const QStringList &itemIds);

private:
  void publishOnce(const QString &node, const PepItem &item, const PublishOptions &options,
                   bool mayReconfigure, QObject *context, Callback callback);
  void handleStanza(const Element &stanza);

  Client *client_;
  DiscoManager *disco_;
};

} // namespace sotto::xmpp
