#pragma once

#include "sotto/xmpp/Client.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace sotto::xmpp {

struct RosterItem {
  Jid jid;
  QString name;
  QString subscription = QStringLiteral("none"); // none, to, from, both
  bool askSubscribe = false;                     // our request is pending
  QStringList groups;
};

// Roster get/push/add/remove and presence subscriptions (RFC 6121 §2–3). Pushes are
// accepted only from our own account: anyone else "pushing" a roster is an attack.
class RosterManager : public QObject {
  Q_OBJECT
public:
  explicit RosterManager(Client *client, QObject *parent = nullptr);

  // Called on every new session; rosterReceived() follows.
  void requestRoster();
  [[nodiscard]] QList<RosterItem> items() const { return items_.values(); }
  [[nodiscard]] std::optional<RosterItem> item(const Jid &jid) const;

  using Callback = std::function<void(const tl::expected<void, StanzaError> &)>;
  void addItem(const Jid &jid, const QString &name, const QStringList &groups, QObject *context,
               Callback callback);
  void removeItem(const Jid &jid, QObject *context, Callback callback);

  void subscribe(const Jid &jid);          // ask to see their presence
  void acceptSubscription(const Jid &jid); // let them see ours
  void refuseSubscription(const Jid &jid); // also revokes an existing one
  void unsubscribe(const Jid &jid);        // stop seeing theirs

Q_SIGNALS:
  void rosterReceived();
  void itemChanged(const sotto::xmpp::RosterItem &item);
  void itemRemoved(const sotto::xmpp::Jid &jid);
  void subscriptionRequested(const sotto::xmpp::Jid &from);

private:
  bool handleIq(const Element &iq);
  void handleStanza(const Element &stanza);
  void applyItem(const Element &item, bool notify);
  void sendPresenceType(const Jid &to, const QString &type);

  Client *client_;
  QHash<QString, RosterItem> items_; // by bare JID
};

} // namespace sotto::xmpp
