#pragma once

#include "sotto/crypto/SecureBytes.h"
#include "sotto/storage/VaultError.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace sotto::storage {

class Profile;

// The database key of one profile: made at creation (32 bytes from the CSPRNG), kept in
// the OS keychain (QtKeychain, service "Sotto", one entry per profile) or, where there is
// no keychain, wrapped under a passphrase (Argon2id). Either way a recovery code wraps it
// too. The profile's vault file (keyvault.json) holds only wrapped keys, salts and limits:
// never the key, a passphrase or the code. Nothing here ever touches the database file.
//
// Calls block on a local event loop while the keychain answers: call them at startup
// before the UI shows, or from a worker thread.
class KeyVault {
public:
  struct KdfLimits {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;
    static KdfLimits moderate();    // production: libsodium MODERATE (256 MiB, 3 passes)
    static KdfLimits interactive(); // tests only: libsodium INTERACTIVE (64 MiB, 2 passes)
  };
  struct Options {
    QString service = QStringLiteral("Sotto");
    KdfLimits limits = KdfLimits::moderate();
    int keychainTimeoutMs = 20000;
  };
  enum class Protection { Keychain, Passphrase };
  enum class UnlockMethod { Keychain, Passphrase, RecoveryCode };

  struct Created {
    crypto::SecureBytes key;
    Protection protection = Protection::Keychain;
    QString recoveryCode; // show it to the user once; it is not stored anywhere
  };
  struct Unlocked {
    crypto::SecureBytes key;
    UnlockMethod method = UnlockMethod::Keychain;
    bool keychainRestored = false; // recover() put the key back into the keychain
  };

  explicit KeyVault(const Profile &profile); // service "Sotto", moderate limits
  KeyVault(const Profile &profile, Options options);

  [[nodiscard]] bool exists() const;
  [[nodiscard]] VaultResult<Protection> protection() const;

  // A new key in the keychain. NoKeychainBackend: there is none, ask for a passphrase and
  // call createWithPassphrase(). Nothing is written to disk when it fails.
  [[nodiscard]] VaultResult<Created> createWithKeychain();
  // A new key wrapped under the passphrase (passphrase mode, no keychain involved).
  [[nodiscard]] VaultResult<Created> createWithPassphrase(const QString &passphrase);

  // Keychain mode: the key, or KeyMissingFromKeychain / KeychainAccessDenied (locked or
  // refused: the entry is still there) / NoKeychainBackend.
  // Passphrase mode: PassphraseRequired.
  [[nodiscard]] VaultResult<Unlocked> unlock() const;
  [[nodiscard]] VaultResult<Unlocked> unlockWithPassphrase(const QString &passphrase) const;
  // The key from the recovery code; in keychain mode the keychain entry is written back.
  [[nodiscard]] VaultResult<Unlocked> recover(const QString &recoveryCode) const;

  // Protects the key with a (new) passphrase from now on: passphrase mode, the keychain
  // no longer consulted; the recovery wrap stays. For a lost keychain on a machine without
  // one (recover(), then this) and for changing the passphrase. Call it only with a key
  // that has just opened the database: the vault cannot tell a wrong key from a right one.
  [[nodiscard]] VaultResult<void> protectWithPassphrase(const crypto::SecureBytes &key,
                                                        const QString &passphrase);

  // Deletes this profile's keychain entry (profile removal; tests simulating a lost entry).
  [[nodiscard]] VaultResult<void> removeKeychainEntry() const;
  // The keychain entry's name ("profile-<uuid>"), empty when there is no vault.
  [[nodiscard]] QString keychainAccount() const;

private:
  [[nodiscard]] VaultResult<QJsonObject> readFile() const;
  [[nodiscard]] VaultResult<void> writeFile(const QJsonObject &vault) const;
  [[nodiscard]] VaultResult<Created> create(Protection protection, const QString &passphrase);

  QString vaultPath_;
  QString databasePath_;
  Options options_;
};

} // namespace sotto::storage
