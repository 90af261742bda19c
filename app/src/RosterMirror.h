#pragma once

#include <QObject>
#include <QString>

#include <cstdint>

namespace sotto::storage {
class Database;
}
namespace sotto::xmpp {
class RosterManager;
struct RosterItem;
} // namespace sotto::xmpp

namespace sotto::app {

// Keeps the profile's contacts table in step with the server's roster (RFC 6121): the
// names, subscriptions and groups of the contacts, written when the roster arrives and
// when a push changes or removes an item. So names are known offline and after a restart,
// and the UI reads them through app (ConversationList) instead of the network layer.
// The blocked flag of a row is left as it is.
class RosterMirror : public QObject {
  Q_OBJECT
public:
  // Longest name kept, in code points (a name is a label, not a message).
  static constexpr int kMaxNameLength = 64;

  RosterMirror(storage::Database &database, std::int64_t accountId, xmpp::RosterManager *roster,
               QObject *parent = nullptr);

  // A roster name is anyone's input (another client of ours, or the server, wrote it):
  // no control or format characters (bidi overrides could make it read as another
  // name, or reverse the text after it), one line, whitespace collapsed, trimmed, and at
  // most kMaxNameLength code points, cut between characters. Empty when nothing is left.
  [[nodiscard]] static QString cleanName(const QString &name);

private:
  void storeRoster();
  void storeItem(const xmpp::RosterItem &item);
  void forget(const QString &bareJid);

  storage::Database &database_;
  std::int64_t accountId_;
  xmpp::RosterManager *roster_;
};

} // namespace sotto::app
