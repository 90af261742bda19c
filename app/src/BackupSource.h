#pragma once

#include "sotto/app/BackupResult.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/KeyVault.h"

#include <QList>
#include <QString>

#include <map>

#include <tl/expected.hpp>

namespace sotto::app {

// What a worker thread needs to reach the open profile over a database connection of its
// own (a connection belongs to one thread, and the controller keeps using its own).
// Captured on the controller's thread by BackupManager::detach(): copies only, so the
// controller may re-open or close the profile meanwhile without pulling it from under
// the worker. The database key is fetched again (keychain or profile passphrase) on the
// worker, so the slow part of passphrase mode (Argon2id) never runs on the UI thread.
struct BackupSource {
  storage::KeyVault vault;
  bool keychain = false;
  QString profilePassphrase; // passphrase mode only
  QString databasePath;
  // Create: account passwords by JID, read on the controller's thread (the keychain).
  std::map<QString, QString> accountPasswords;
  // Restore: what the importer found, stored on the controller's thread afterwards.
  QList<BackupAccountPassword> restoredPasswords;

  [[nodiscard]] tl::expected<storage::Database, BackupFailure> open() const {
    auto unlocked = keychain ? vault.unlock() : vault.unlockWithPassphrase(profilePassphrase);
    if (!unlocked)
      return tl::unexpected(BackupFailure::StorageFailed);
    auto database = storage::Database::open(databasePath, unlocked->key);
    if (!database)
      return tl::unexpected(BackupFailure::StorageFailed);
    return std::move(*database);
  }
};

} // namespace sotto::app
