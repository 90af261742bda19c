#include "sotto/storage/SqlCipherInfo.h"

#include <QVersionNumber>

#include <sqlcipher/sqlite3.h>

namespace sotto::storage {

bool SqlCipherInfo::hasUpsert() const {
  return QVersionNumber::fromString(sqliteVersion) >= QVersionNumber(3, 24);
}

QList<QByteArray> SqlCipherInfo::cipherSettingsPragmas() const {
  QList<QByteArray> pragmas;
  if (hasVersion4Defaults())
    pragmas << QByteArrayLiteral("PRAGMA cipher_compatibility = 3");
  pragmas << QByteArrayLiteral("PRAGMA cipher_page_size = 4096");
  return pragmas;
}

const SqlCipherInfo &SqlCipherInfo::current() {
  static const SqlCipherInfo info = probe();
  return info;
}

SqlCipherInfo SqlCipherInfo::probe() {
  SqlCipherInfo info;
  info.sqliteVersion = QString::fromLatin1(sqlite3_libversion());

  // cipher_version answers only on a keyed connection; an in-memory one is enough.
  sqlite3 *db = nullptr;
  if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      const auto *text = sqlite3_column_text(statement, 0);
      if (text != nullptr)
        info.sqlcipherVersion = QString::fromUtf8(reinterpret_cast<const char *>(text)).section(u' ', 0, 0);
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  info.sqlcipherMajor = QVersionNumber::fromString(info.sqlcipherVersion).majorVersion();
  return info;
}

} // namespace sotto::storage
