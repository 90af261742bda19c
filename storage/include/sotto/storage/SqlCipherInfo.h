#pragma once

#include <QByteArray>
#include <QList>
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

  // Pragmas to run right after the key, before the first read. Sotto's file format is
  // SQLCipher 3's (HMAC-SHA1; 3.4.1 cannot choose another HMAC) with 4096-byte pages (3's
  // default is 1024, slow on big histories). SQLCipher 4 reads it only when told to use
  // the version 3 settings, so a profile moves freely between 3.4.1 and 4.x machines.
  [[nodiscard]] QList<QByteArray> cipherSettingsPragmas() const;

  // The SQLCipher and SQLite of this process, asked once.
  static const SqlCipherInfo &current();
  // Asks the library (an in-memory connection); current() caches this.
  static SqlCipherInfo probe();
};

} // namespace sotto::storage
