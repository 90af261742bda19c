#include "SqliteError.h"

#include <sqlcipher/sqlite3.h>

namespace sotto::storage::detail {

StorageError sqliteError(sqlite3 *db, int rc, const QString &what) {
  using Code = StorageError::Code;
  Code code = Code::Sqlite;
  switch (rc & 0xff) {
  case SQLITE_NOTADB:
    code = Code::WrongKeyOrNotADatabase;
    break;
  case SQLITE_CORRUPT:
    code = Code::Corrupt;
    break;
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    code = Code::Busy;
    break;
  case SQLITE_CONSTRAINT:
    code = Code::Constraint;
    break;
  case SQLITE_IOERR:
  case SQLITE_FULL:
  case SQLITE_CANTOPEN:
  case SQLITE_READONLY:
  case SQLITE_PERM:
    code = Code::Io;
    break;
  default:
    break;
  }
  QString message = what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errstr(rc));
  // errmsg names tables and columns, never bound values, so it is safe to carry along.
  if (db != nullptr && sqlite3_errcode(db) == rc) {
    const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
    if (!detail.isEmpty() && detail != QString::fromUtf8(sqlite3_errstr(rc)))
      message += QStringLiteral(" (") + detail + QStringLiteral(")");
  }
  if (code == Code::WrongKeyOrNotADatabase)
    message = what + QStringLiteral(": the key does not open this file, or it is not a Sotto database");
  return StorageError{code, rc, message};
}

} // namespace sotto::storage::detail
