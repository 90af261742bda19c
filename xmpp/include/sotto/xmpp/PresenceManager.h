#pragma once

#include "sotto/xmpp/Client.h"

#include <QObject>

#include <optional>

namespace sotto::xmpp {

class DiscoManager;

struct Presence {
  Jid from;
  bool available = true;
  QString show; // empty (online), away, chat, dnd, xa
  QString status;
  int priority = 0;
};

// Our availability (with entity capabilities from DiscoManager, which is what makes the
// server send us PEP notifications) and our contacts' presence.
class PresenceManager : public QObject {
  Q_OBJECT
public:
  PresenceManager(Client *client, DiscoManager *disco, QObject *parent = nullptr);

  void sendAvailable(const QString &show = {}, const QString &status = {}, int priority = 0);
  void sendUnavailable();

Q_SIGNALS:
  void presenceReceived(const sotto::xmpp::Presence &presence);

private:
  void handleStanza(const Element &stanza);
  void resendToNewWatcher(const Element &subscribed);

  Client *client_;
  DiscoManager *disco_;
  std::optional<Element> available_; // our last broadcast availability, for directed copies
};

} // namespace sotto::xmpp
