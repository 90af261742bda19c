#pragma once

#include "sotto/xmpp/Client.h"

#include <QObject>
#include <QSet>

namespace sotto::xmpp {

enum class ReportReason { Spam, Abuse };

// The evidence a user chooses to disclose with a report: archive ids of the messages.
struct ReportedStanza {
  QString stanzaId;
  Jid by; // who assigned the id (our own account for our archive)
};

// Blocking command (XEP-0191): the server drops everything from a blocked JID. Spam and
// abuse reports (XEP-0377) ride on a block request, as the XEP defines.
class BlockingManager : public QObject {
  Q_OBJECT
public:
  explicit BlockingManager(Client *client, QObject *parent = nullptr);

  using Callback = std::function<void(const tl::expected<void, StanzaError> &)>;
  // Fetches the list (pushes keep it current afterwards); blocklistReceived() follows.
  // Called on every new session.
  void requestBlocklist();
  [[nodiscard]] QSet<QString> blocked() const { return blocked_; }
  [[nodiscard]] bool isBlocked(const Jid &jid) const { return blocked_.contains(jid.toString()); }

  void block(const QList<Jid> &jids, QObject *context, Callback callback);
  void unblock(const QList<Jid> &jids, QObject *context, Callback callback); // empty: unblock all
  void report(const Jid &jid, ReportReason reason, const QList<ReportedStanza> &evidence, const QString &text,
              QObject *context, Callback callback);

Q_SIGNALS:
  void blocklistReceived();
  void blockedChanged(const QList<sotto::xmpp::Jid> &jids, bool blocked); // from pushes

private:
  bool handleIq(const Element &iq);

  Client *client_;
  QSet<QString> blocked_;
};

} // namespace sotto::xmpp
