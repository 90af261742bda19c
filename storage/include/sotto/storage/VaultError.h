#pragma once

#include <QMetaType>
#include <QString>

#include <tl/expected.hpp>

namespace sotto::storage {

// Why the database key could not be made or unlocked. Each value is a situation the app
// shows differently; none of them ever deletes or overwrites the database.
struct VaultError {
  Q_GADGET
public:
  enum class Code {
    NoVault,                // the profile has no key vault yet (create one)
    AlreadyExists,          // create() on a profile that already has a vault or database
    NoKeychainBackend,      // no OS keychain reachable: use a passphrase instead
    KeyMissingFromKeychain, // the vault says "keychain" but the entry is gone: restore with the
                            // recovery code or a backup
    KeychainFailed,         // the keychain answered with another error
    PassphraseRequired,     // passphrase mode: ask the user (unlockWithPassphrase)
    WrongPassphrase,        // the passphrase does not unwrap the key
    WrongRecoveryCode,      // the recovery code does not unwrap the key (or is malformed)
    InvalidPassphrase,      // empty passphrase refused at creation
    VaultCorrupt,           // the vault file cannot be parsed
    Io,                     // the vault file cannot be written or read
    KeychainAccessDenied,   // the entry is there but the keychain is locked or refused access:
                            // unlock it / allow Sotto and retry; else the recovery code or a backup
  };
  Q_ENUM(Code)

  Code code = Code::Io;
  QString message;

  [[nodiscard]] QString toString() const;
};

template <typename T> using VaultResult = tl::expected<T, VaultError>;

} // namespace sotto::storage
