#pragma once

#include <QString>

namespace sotto::storage {

// The one place that knows which SQLCipher and SQLite Sotto runs on, and what follows
// from it (3.4.1 on Debian 12: SQLite 3.15, no UPSERT, no RETURNING, no FTS5).
struct SqlCipherInfo {
  QString sqliteVersion;    // e.g. "3.15.2"
  QString sqlcipherVersion; // e.g. "3.4.1"; empty when the library is plain SQLite
  int sqlcipherMajor = 0;

  [[nodiscard]] bool isSqlCipher() const { return !sqlcipherVersion.isEmpty(); }
  // SQLCipher 4 changed its defaults (page size, KDF); raw keys avoid the KDF either way.
  [[nodiscard]] bool hasVersion4Defaults() const { return sqlcipherMajor >= 4; }
  // UPSERT and RETURNING arrived in SQLite 3.24 and 3.35.
  [[nodiscard]] bool hasUpsert() const;

  static SqlCipherInfo current();
};

} // namespace sotto::storage
