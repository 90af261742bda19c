#pragma once

#include "sotto/storage/Statement.h"
#include "sotto/storage/StorageError.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string_view>

struct sqlite3;

namespace sotto::crypto {
class SecureBytes;
}

namespace sotto::storage {

// One SQLCipher connection (RAII over sqlite3*), keyed with a raw 32-byte key, checked to
// actually decrypt the file before anything else happens, and set up the way Sotto needs:
// foreign keys on, secure_delete on, temp store in memory, WAL journal.
//
// A connection belongs to one thread at a time. Statements must not outlive it.
class Database {
public:
  enum class OpenMode {
    OpenExisting,   // a missing file is an error (NotFound), nothing is created
    CreateIfMissing // a missing file is created with owner-only permissions
  };
  static constexpr std::size_t kKeySize = 32;

  [[nodiscard]] static Result<Database> open(const QString &path, const crypto::SecureBytes &key,
                                             OpenMode mode = OpenMode::OpenExisting);

  Database();
  ~Database();
  Database(Database &&other) noexcept;
  Database &operator=(Database &&other) noexcept;
  Database(const Database &) = delete;
  Database &operator=(const Database &) = delete;

  [[nodiscard]] bool isOpen() const;
  [[nodiscard]] QString path() const;

  // A fresh statement, finalised when it goes out of scope.
  [[nodiscard]] Result<Statement> prepare(std::string_view sql);
  // A statement kept prepared by the connection for hot paths (inserts, paging). If the
  // same SQL is already borrowed (re-entrancy), a fresh statement is returned instead.
  [[nodiscard]] Result<Statement> cached(std::string_view sql);
  // Runs one or more statements without results (schema, pragmas).
  [[nodiscard]] Status exec(std::string_view sql);
  // The first column of the first row as an integer (nothing when there is no row).
  [[nodiscard]] Result<std::int64_t> queryInt(std::string_view sql);
  // One column of every row as text (pragmas that report lists, schema dumps); a negative
  // column counts from the end (-1: the last).
  [[nodiscard]] Result<QStringList> queryTexts(std::string_view sql, int column = 0);

  [[nodiscard]] std::int64_t lastInsertRowId() const;
  [[nodiscard]] int changes() const;
  [[nodiscard]] bool inTransaction() const;

  // Moves the WAL into the main file and truncates it (PRAGMA wal_checkpoint(TRUNCATE)).
  [[nodiscard]] Status checkpoint();
  // "ok" or SQLite's list of problems (PRAGMA integrity_check); slow on big files.
  [[nodiscard]] Result<QStringList> integrityCheck();

  // EXPLAIN QUERY PLAN of `sql` (parameters may stay unbound), one line per step.
  [[nodiscard]] Result<QStringList> explainQueryPlan(std::string_view sql);
  // The SQL of every statement cached so far: what the repositories actually run, so
  // tests and benchmarks can check their query plans without copying the SQL.
  [[nodiscard]] QStringList cachedSql() const;

  void close();
  [[nodiscard]] sqlite3 *handle() const;

private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

} // namespace sotto::storage
