#pragma once

#include <QMetaType>
#include <QString>

#include <tl/expected.hpp>

namespace sotto::storage {

// What went wrong in storage, as a value: the category the app acts on, the SQLite result
// code when SQLite produced it (extended code, 0 otherwise) and a readable sentence. The
// message never contains bound values, keys or message text.
struct StorageError {
  Q_GADGET
public:
  enum class Code {
    Sqlite,                 // any other SQLite failure; see sqliteCode
    WrongKeyOrNotADatabase, // the key does not open the file, or the file is not a database
    Corrupt,                // the file is damaged (truncated, overwritten pages)
    Busy,                   // another connection holds a lock
    Constraint,             // a UNIQUE / FOREIGN KEY / NOT NULL rule refused the change
    Io,                     // the disk refused: missing file, permissions, disk full
    NotFound,               // the row or file asked for does not exist
    ProfileLocked,          // another process has this profile open
    SchemaTooNew,           // the database was written by a newer Sotto
    InvalidArgument,        // the caller passed something unusable (e.g. a key of the wrong size)
  };
  Q_ENUM(Code)

  Code code = Code::Sqlite;
  int sqliteCode = 0;
  QString message;

  [[nodiscard]] QString toString() const;
};

template <typename T> using Result = tl::expected<T, StorageError>;
using Status = tl::expected<void, StorageError>;

[[nodiscard]] inline tl::unexpected<StorageError> fail(StorageError::Code code, QString message,
                                                       int sqliteCode = 0) {
  return tl::unexpected(StorageError{code, sqliteCode, std::move(message)});
}

} // namespace sotto::storage
