#include "ProfileLoader.h"

#include "sotto/app/Logging.h"
#include "sotto/storage/KeyVault.h"
#include "sotto/storage/Schema.h"

namespace sotto::app {

namespace {

using VaultCode = storage::VaultError::Code;

AppError::Code fromVault(const storage::VaultError &error) {
  switch (error.code) {
  case VaultCode::NoKeychainBackend:
    return AppError::Code::NoKeychain;
  case VaultCode::KeyMissingFromKeychain:
  case VaultCode::KeychainAccessDenied: // locked keychain: same recovery screen until the app has its own
    return AppError::Code::KeyMissingFromKeychain;
  case VaultCode::PassphraseRequired:
  case VaultCode::InvalidPassphrase:
    return AppError::Code::PassphraseRequired;
  case VaultCode::WrongPassphrase:
    return AppError::Code::WrongPassphrase;
  default:
    return AppError::Code::StorageFailed;
  }
}

AppError::Code fromStorage(const storage::StorageError &error) {
  if (error.code == storage::StorageError::Code::ProfileLocked)
    return AppError::Code::ProfileLocked;
  return AppError::Code::StorageFailed;
}

} // namespace

tl::expected<OpenedProfile, AppError::Code> ProfileLoader::load(const ProfileOptions &options) {
  const QString directory =
      options.directory.isEmpty() ? storage::Profile::defaultDirectory() : options.directory;
  auto profile = storage::Profile::open(directory);
  if (!profile) {
    qCWarning(lcApp) << "cannot open profile:" << profile.error().toString();
    return tl::unexpected(fromStorage(profile.error()));
  }

  storage::KeyVault::Options vaultOptions;
  vaultOptions.service = options.keychainService;
  if (options.fastKdfForTests)
    vaultOptions.limits = storage::KeyVault::KdfLimits::interactive();
  storage::KeyVault vault(*profile, vaultOptions);

  OpenedProfile opened;
  crypto::SecureBytes key;
  auto mode = storage::Database::OpenMode::OpenExisting;
  if (!vault.exists()) {
    tl::expected<storage::KeyVault::Created, storage::VaultError> created =
        tl::unexpected(storage::VaultError{VaultCode::NoKeychainBackend, QString()});
    if (options.preferKeychain)
      created = vault.createWithKeychain();
    if (!created && created.error().code == VaultCode::NoKeychainBackend) {
      // Never a plaintext fallback: without a keychain a passphrase must wrap the key.
      if (options.passphrase.isEmpty())
        return tl::unexpected(AppError::Code::NoKeychain);
      created = vault.createWithPassphrase(options.passphrase);
    }
    if (!created) {
      qCWarning(lcApp) << "cannot create key vault:" << created.error().toString();
      return tl::unexpected(fromVault(created.error()));
    }
    key = std::move(created->key);
    opened.keychain = created->protection == storage::KeyVault::Protection::Keychain;
    opened.recoveryCode = created->recoveryCode;
    mode = storage::Database::OpenMode::CreateIfMissing;
  } else {
    auto protection = vault.protection();
    if (!protection)
      return tl::unexpected(fromVault(protection.error()));
    opened.keychain = *protection == storage::KeyVault::Protection::Keychain;
    auto unlocked = opened.keychain ? vault.unlock()
                    : options.passphrase.isEmpty()
                        ? tl::expected<storage::KeyVault::Unlocked, storage::VaultError>(
                              tl::unexpected(storage::VaultError{VaultCode::PassphraseRequired, QString()}))
                        : vault.unlockWithPassphrase(options.passphrase);
    if (!unlocked) {
      qCWarning(lcApp) << "cannot unlock profile:" << unlocked.error().toString();
      return tl::unexpected(fromVault(unlocked.error()));
    }
    key = std::move(unlocked->key);
    // A vault without database: creation was interrupted after the key was made.
    if (!profile->hasDatabase())
      mode = storage::Database::OpenMode::CreateIfMissing;
  }
  opened.keychainEntry = vault.keychainAccount();

  auto database = storage::Database::open(profile->databasePath(), key, mode);
  if (!database) {
    qCWarning(lcApp) << "cannot open database:" << database.error().toString();
    return tl::unexpected(database.error().code == storage::StorageError::Code::WrongKeyOrNotADatabase
                              ? AppError::Code::WrongPassphrase
                              : fromStorage(database.error()));
  }
  if (auto migrated = storage::Schema::migrate(*database); !migrated) {
    qCWarning(lcApp) << "cannot migrate database:" << migrated.error().toString();
    return tl::unexpected(AppError::Code::StorageFailed);
  }
  (void)profile->enforcePermissions();
  opened.profile = std::move(*profile);
  opened.database = std::move(*database);
  return opened;
}

} // namespace sotto::app
