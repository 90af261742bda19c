#pragma once

#include "sotto/storage/StorageError.h"

#include <QString>

#include <memory>

class QLockFile;

namespace sotto::storage {

// A profile directory: the database, the key vault file and a lock file. The directory is
// owner-only (0700) and so is every file Sotto puts in it (0600). While a Profile object
// lives it holds an exclusive lock, so a second process (or a second Profile in this one)
// cannot open the same directory; a lock left by a killed process is detected and taken.
class Profile {
public:
  // <AppDataLocation>/profiles/default (the `--profile DIR` option overrides it).
  [[nodiscard]] static QString defaultDirectory();

  // Creates the directory when it does not exist, tightens its permissions and takes the
  // lock (ProfileLocked when another process holds it).
  [[nodiscard]] static Result<Profile> open(const QString &directory);

  Profile();
  ~Profile();
  Profile(Profile &&other) noexcept;
  Profile &operator=(Profile &&other) noexcept;
  Profile(const Profile &) = delete;
  Profile &operator=(const Profile &) = delete;

  [[nodiscard]] QString directory() const { return directory_; }
  [[nodiscard]] QString databasePath() const;
  [[nodiscard]] QString vaultPath() const;
  [[nodiscard]] bool hasDatabase() const;

  // Re-applies 0600 to every file in the directory (SQLite's -wal/-shm inherit the main
  // file's mode already; this is the belt to that braces).
  [[nodiscard]] Status enforcePermissions() const;

private:
  QString directory_;
  std::unique_ptr<QLockFile> lock_;
};

} // namespace sotto::storage
