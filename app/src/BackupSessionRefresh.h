#pragma once

#include <QString>

#include <cstdint>

namespace sotto::storage {
class Database;
}

namespace sotto::app {

struct Session;

// Sessions restored from a backup may be behind the peer's: the old device may have used
// the same sending chain after the backup was made, and a message from the restored
// device would then reuse message keys the peer already consumed — dropped there as a
// duplicate, silently. So a restore marks the account, and once the first archive
// catch-up after it is done (that catch-up may still decrypt what peers sent meanwhile),
// every restored session is replaced by a fresh one built from the peer's published
// bundle and announced with a key-transport (PreKey) message, as Conversations does to
// repair a session. Messages from then on flow both ways.
class BackupSessionRefresh {
public:
  // Account setting (value: ms since epoch) written by a restore into an empty profile.
  static const QString kRestoredAtSetting;

  // Marks every account of the profile as restored (inside the restore's transaction).
  static bool markRestored(storage::Database &database, std::int64_t now);
  // Called after each archive catch-up; does something only once after a restore.
  static void afterCatchUp(Session &session);
};

} // namespace sotto::app
