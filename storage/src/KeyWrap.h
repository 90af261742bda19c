#pragma once

#include "sotto/crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>

#include <cstdint>
#include <optional>

namespace sotto::storage::detail {

// The database key encrypted under a key derived from a human secret (passphrase or
// recovery code): Argon2id (libsodium crypto_pwhash) then XChaCha20-Poly1305. Salt, limits,
// nonce and ciphertext are what the vault file stores; the secret never is.
struct WrappedKey {
  QByteArray salt;
  QByteArray nonce;
  QByteArray ciphertext; // key ‖ 16-byte tag
  std::uint64_t opsLimit = 0;
  std::uint64_t memLimit = 0;

  [[nodiscard]] QJsonObject toJson() const;
  [[nodiscard]] static std::optional<WrappedKey> fromJson(const QJsonObject &object);
};

// `associatedData` binds the wrap to its profile and purpose (a passphrase wrap cannot be
// passed off as a recovery wrap, nor one profile's wrap as another's).
[[nodiscard]] std::optional<WrappedKey> wrapKey(const crypto::SecureBytes &key,
                                                const crypto::SecureBytes &secret, std::uint64_t opsLimit,
                                                std::uint64_t memLimit, const QByteArray &associatedData);
// Nothing when the secret is wrong (or the wrap was tampered with).
[[nodiscard]] std::optional<crypto::SecureBytes>
unwrapKey(const WrappedKey &wrapped, const crypto::SecureBytes &secret, const QByteArray &associatedData);

} // namespace sotto::storage::detail
