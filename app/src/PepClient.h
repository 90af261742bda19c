#pragma once

#include "sotto/xmpp/Client.h"

#include <QObject>

#include <functional>

namespace sotto::app {

// The little of PEP (XEP-0163) OMEMO needs: publish one item with
// pubsub#access_model=open (reconfiguring the node on precondition-not-met, as
// Conversations does), fetch a node's items from any JID, and notifications. Lives in app
// until xmpp has a PubSub manager.
class PepClient : public QObject {
  Q_OBJECT
public:
  explicit PepClient(xmpp::Client *client, QObject *parent = nullptr);

  using PublishCallback = std::function<void(bool ok)>;
  void publish(const QString &node, const QString &itemId, const xmpp::Element &payload,
               PublishCallback callback);

  // The first payload of the newest item (null element when the node is empty or
  // missing, which is not an error for OMEMO), or the stanza error.
  using FetchCallback = std::function<void(const tl::expected<xmpp::Element, xmpp::StanzaError> &)>;
  void fetch(const xmpp::Jid &jid, const QString &node, FetchCallback callback);

Q_SIGNALS:
  // A notification: `from` is the bare JID whose node it is (our own for events without
  // a from). Only the first payload of the last item is passed.
  void itemPublished(const QString &from, const QString &node, const sotto::xmpp::Element &payload);

private:
  void handleStanza(const xmpp::Element &stanza);
  xmpp::Element publishIq(const QString &node, const QString &itemId, const xmpp::Element &payload,
                          bool withOptions) const;
  void configureOpen(const QString &node, PublishCallback callback);

  xmpp::Client *client_;
};

} // namespace sotto::app
