#pragma once

#include "sotto/storage/StorageError.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace sotto::storage {

// A prepared statement (RAII over sqlite3_stmt). Binds are 1-based and chainable; a bind
// that fails is remembered and reported by the next step(). Columns are 0-based.
// A statement borrowed from the connection's cache is reset instead of finalised.
class Statement {
public:
  Statement() = default;
  // `inUse` non-null: a statement borrowed from the connection's cache (reset, not finalised).
  Statement(sqlite3 *db, sqlite3_stmt *statement, bool *inUse);
  ~Statement();
  Statement(const Statement &) = delete;
  Statement &operator=(const Statement &) = delete;
  Statement(Statement &&other) noexcept;
  Statement &operator=(Statement &&other) noexcept;

  Statement &bind(int index, std::int64_t value);
  Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
  Statement &bind(int index, double value);
  Statement &bind(int index, const QString &text);                         // a null QString binds NULL
  Statement &bind(int index, const QByteArray &blob);                      // a null QByteArray binds NULL
  Statement &bind(int index, const unsigned char *data, std::size_t size); // blob, copied
  Statement &bindNull(int index);
  template <typename T> Statement &bind(int index, const std::optional<T> &value) {
    return value ? bind(index, *value) : bindNull(index);
  }

  // true: a row is available; false: the statement is done.
  [[nodiscard]] Result<bool> step();
  // Runs a statement that returns no rows (INSERT/UPDATE/DELETE) to completion.
  [[nodiscard]] Status run();
  // Ready to run again with new binds.
  void reset();

  [[nodiscard]] bool isNull(int column) const;
  [[nodiscard]] std::int64_t int64At(int column) const;
  [[nodiscard]] int intAt(int column) const;
  [[nodiscard]] double doubleAt(int column) const;
  [[nodiscard]] QString textAt(int column) const;
  [[nodiscard]] QByteArray blobAt(int column) const;
  [[nodiscard]] std::optional<std::int64_t> optionalInt64At(int column) const;
  [[nodiscard]] int columnCount() const;

  [[nodiscard]] sqlite3_stmt *handle() const { return statement_; }

private:
  void release();
  void noteBind(int rc, int index);

  sqlite3 *db_ = nullptr;
  sqlite3_stmt *statement_ = nullptr;
  bool *inUse_ = nullptr;
  int bindError_ = 0;
  int bindErrorIndex_ = 0;
};

} // namespace sotto::storage
