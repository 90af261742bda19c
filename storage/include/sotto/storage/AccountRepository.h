#pragma once

#include "sotto/storage/StorageError.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::storage {

class Database;

struct Account {
  std::int64_t id = 0;
  QString jid; // bare JID
  QString displayName;
  QString resource;
  QString rosterVersion; // RFC 6121 roster versioning
  bool enabled = true;
  std::int64_t createdAt = 0; // ms since epoch
};

// The XMPP accounts of this profile; everything else hangs off an account id.
class AccountRepository {
public:
  explicit AccountRepository(Database &database) : db_(database) {}

  // The new id; Constraint when the JID is already an account.
  [[nodiscard]] Result<std::int64_t> add(const Account &account);
  [[nodiscard]] Result<std::optional<Account>> find(std::int64_t id);
  [[nodiscard]] Result<std::optional<Account>> findByJid(const QString &jid);
  [[nodiscard]] Result<QList<Account>> all();
  // Display name, resource, roster version and enabled flag (the JID never changes).
  [[nodiscard]] Status update(const Account &account);
  // The account and everything that belongs to it (conversations, messages, OMEMO state,
  // outbox, its settings).
  [[nodiscard]] Status remove(std::int64_t id);

private:
  Database &db_;
};

} // namespace sotto::storage
