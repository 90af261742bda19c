#pragma once

// Helpers shared by the storage tests: test keys and fingerprints of files on disk, so a
// test can prove that a failed operation left everything exactly as it was.
#include "sotto/crypto/SecureBytes.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/Schema.h"
#include "sotto/storage/StorageError.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QString>

#include <sys/stat.h>

namespace sotto::storage::test {

inline crypto::SecureBytes makeKey(unsigned char seed) {
  crypto::SecureBytes key(32);
  for (std::size_t i = 0; i < key.size(); ++i)
    key.data()[i] = static_cast<unsigned char>(seed + i * 7);
  return key;
}

// For QVERIFY2, which evaluates its message even on success: never touch error() of a value.
template <typename R> QByteArray describe(const R &result) {
  return result ? QByteArray("ok") : result.error().toString().toUtf8();
}

// The permission bits of a file or directory (e.g. 0600), -1 when it does not exist.
inline int unixMode(const QString &path) {
  struct stat info {};
  if (::stat(QFile::encodeName(path).constData(), &info) != 0)
    return -1;
  return static_cast<int>(info.st_mode & 07777);
}

inline QByteArray fileHash(const QString &path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return QByteArrayLiteral("<missing>");
  QCryptographicHash hash(QCryptographicHash::Sha256);
  hash.addData(&file);
  return hash.result().toHex();
}

// Every file under `dir` (recursively) with its hash: equal maps mean nothing changed,
// nothing appeared and nothing vanished.
inline QMap<QString, QByteArray> directoryState(const QString &dir) {
  QMap<QString, QByteArray> state;
  QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    state.insert(QDir(dir).relativeFilePath(path), fileHash(path));
  }
  return state;
}

// True when `needle` occurs in any file under `dir`.
inline bool directoryContains(const QString &dir, const QByteArray &needle) {
  QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    QFile file(it.next());
    if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
      return true;
  }
  return false;
}

// A fresh database at the latest schema in `dir`, or a failed QVERIFY-style abort.
inline Database migratedDatabase(const QString &dir, const QString &name = QStringLiteral("sotto.db")) {
  auto db = Database::open(dir + QLatin1Char('/') + name, makeKey(42), Database::OpenMode::CreateIfMissing);
  if (!db)
    qFatal("cannot open test database: %s", qPrintable(db.error().toString()));
  if (auto migrated = Schema::migrate(*db); !migrated)
    qFatal("cannot migrate test database: %s", qPrintable(migrated.error().toString()));
  return std::move(*db);
}

} // namespace sotto::storage::test
