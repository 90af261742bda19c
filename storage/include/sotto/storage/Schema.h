#pragma once

#include "sotto/storage/StorageError.h"

#include <QStringList>

namespace sotto::storage {

class Database;

// The schema version lives in PRAGMA user_version. Migrations form one ordered table
// (src/Schema.cpp, one file per migration in src/migrations/); each runs in its own
// transaction together with the version bump, so a crash leaves either the old or the
// new version, never half of one.
class Schema {
public:
  [[nodiscard]] static int latestVersion();
  [[nodiscard]] static Result<int> version(Database &database);
  // Up to `target` (latest by default; tests stop earlier). SchemaTooNew when the file
  // was written by a newer Sotto: it is left alone.
  [[nodiscard]] static Status migrate(Database &database, int target = -1);
  // Every table, index, trigger and view as SQLite stores it, sorted: equal lists mean
  // equal schemas (used to prove that a migrated database equals a fresh one).
  [[nodiscard]] static Result<QStringList> describe(Database &database);
};

} // namespace sotto::storage
