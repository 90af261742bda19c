#pragma once

#include "sotto/app/BackupResult.h"
#include "sotto/crypto/SecureBytes.h"

#include <QString>

#include <tl/expected.hpp>

namespace sotto::storage {
class Database;
}

namespace sotto::app {

// Where the passphrase of automatic backups is kept so that they can run unattended:
// next to the database key, in this machine's keychain (entry "<vault entry>/backup" in
// the profile's keychain service); a passphrase-mode profile has no keychain, so there it
// lives in the encrypted database (setting backup.auto.passphrase, which backups never
// carry). Never in a plain file. Calls block briefly on the keychain.
class BackupPassphraseStore {
public:
  BackupPassphraseStore(storage::Database &database, bool keychain, QString service, QString entryPrefix);

  tl::expected<void, BackupFailure> store(const crypto::SecureBytes &passphrase);
  // PassphraseUnavailable: the keychain is locked, refused, or lost the entry.
  [[nodiscard]] tl::expected<crypto::SecureBytes, BackupFailure> load() const;
  void remove();

private:
  storage::Database &database_;
  bool keychain_;
  QString service_;
  QString entry_;
};

} // namespace sotto::app
