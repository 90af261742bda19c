#pragma once

#include "sotto/storage/StorageError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace sotto::storage {

class Database;

enum class Subscription { None = 0, To = 1, From = 2, Both = 3 };

struct Contact {
  std::int64_t id = 0;
  std::int64_t accountId = 0;
  QString jid;
  QString name;
  Subscription subscription = Subscription::None;
  bool askPending = false;
  QStringList groups;
  bool inRoster = true;
  bool blocked = false;
  std::int64_t updatedAt = 0;
};

// Roster entries and blocking state per account (RFC 6121, XEP-0191).
class ContactRepository {
public:
  explicit ContactRepository(Database &database) : db_(database) {}

  // Inserts, or updates the entry with the same (account, JID); returns its id.
  [[nodiscard]] Result<std::int64_t> save(const Contact &contact);
  [[nodiscard]] Result<std::optional<Contact>> find(std::int64_t accountId, const QString &jid);
  // The roster (in_roster) sorted by name, then JID.
  [[nodiscard]] Result<QList<Contact>> roster(std::int64_t accountId);
  [[nodiscard]] Result<QList<Contact>> blocked(std::int64_t accountId);
  // Creates a not-in-roster entry when the JID is unknown (blocking a stranger).
  [[nodiscard]] Status setBlocked(std::int64_t accountId, const QString &jid, bool blocked);
  [[nodiscard]] Status remove(std::int64_t accountId, const QString &jid);

private:
  Database &db_;
};

} // namespace sotto::storage
