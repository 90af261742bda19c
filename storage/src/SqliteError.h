#pragma once

#include "sotto/storage/StorageError.h"

struct sqlite3;

namespace sotto::storage::detail {

// The one place SQLite result codes become StorageError values: `what` says what Sotto was
// doing ("open", "prepare", …); SQLite's own text is appended. `db` may be null.
[[nodiscard]] StorageError sqliteError(sqlite3 *db, int rc, const QString &what);

[[nodiscard]] inline tl::unexpected<StorageError> sqliteFailure(sqlite3 *db, int rc, const QString &what) {
  return tl::unexpected(sqliteError(db, rc, what));
}

} // namespace sotto::storage::detail
