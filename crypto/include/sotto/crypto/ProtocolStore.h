#pragma once

#include "sotto/crypto/ProtocolAddress.h"
#include "sotto/crypto/SecureBytes.h"

#include <tl/expected.hpp>

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::crypto {

// Why a store operation failed. "Not found" is never an error: lookups return an empty
// optional (or false) for that. These are for a store that cannot answer at all.
enum class StoreError {
  Unavailable, // the backend is closed, locked or its disk failed
  Corrupt,     // a stored value could not be read back
};

// What the user decided about a remote device's identity key. Stored next to the key;
// crypto itself only reads it through isTrustedIdentity(). The policy (blind trust before
// verification, …) lives above crypto.
enum class TrustState : std::uint8_t {
  Undecided = 0, // first seen, no decision yet (blind trust may still encrypt to it)
  Trusted = 1,   // accepted without verification
  Verified = 2,  // compared fingerprints / scanned the QR code
  Untrusted = 3, // the user refused this key
};

// Our own account on this device. Made once when the profile is created; never changes
// afterwards (a new identity is a new device id).
struct LocalIdentity {
  QByteArray identityPublicKey;     // 33 bytes: 0x05 ‖ Curve25519 public key
  SecureBytes identityPrivateKey;   // 32 bytes Curve25519 private key
  std::uint32_t registrationId = 0; // libsignal's registration id (1 … 16380)
  std::int32_t deviceId = 0;        // OMEMO device id (1 … 2^31−1)
};

// A remote device's identity key as last saved, with the user's decision about it.
struct RemoteIdentity {
  QByteArray identityKey; // 33 bytes: 0x05 ‖ Curve25519 public key
  TrustState trust = TrustState::Undecided;
};

// The persistent state the Signal protocol needs, as plain values. crypto declares it;
// storage implements it over SQLCipher; tests use an in-memory one
// (tests/crypto/support/InMemoryProtocolStore). Records are libsignal's own serialized
// protobufs, opaque to the store: keep them byte for byte.
//
// Contract for every implementation:
//  - Calls come from one thread at a time (the thread that owns the crypto Session
//    objects); an implementation needs no locking of its own for crypto's sake.
//  - A write that returns success is visible to the next read on the same object.
//  - Errors are values; nothing throws (these are called from libsignal's C callbacks).
//  - crypto stages the writes of one decrypt/encrypt and applies them only when the
//    operation succeeded, so a store never sees half of a failed operation; a storage
//    implementation may still wrap a batch in one SQL transaction.
class ProtocolStore {
public:
  template <typename T> using Result = tl::expected<T, StoreError>;

  virtual ~ProtocolStore() = default;
  ProtocolStore() = default;
  ProtocolStore(const ProtocolStore &) = delete;
  ProtocolStore &operator=(const ProtocolStore &) = delete;

  // --- own identity -------------------------------------------------------------------
  // Empty optional: no identity yet (a fresh profile); KeyManager then makes one.
  virtual Result<std::optional<LocalIdentity>> loadLocalIdentity() const = 0;
  // Called once per profile. Replacing an existing identity is allowed only for a reset.
  virtual Result<void> saveLocalIdentity(const LocalIdentity &identity) = 0;

  // --- one-time prekeys (ids 1 … 0xFFFFFE, wrap around) ----------------------------------
  // Serialized session_pre_key records. Empty optional: no such id.
  virtual Result<std::optional<QByteArray>> loadPreKey(std::uint32_t id) const = 0;
  virtual Result<void> storePreKey(std::uint32_t id, const QByteArray &record) = 0;
  virtual Result<bool> containsPreKey(std::uint32_t id) const = 0;
  // Removing an id that does not exist succeeds (idempotent).
  virtual Result<void> removePreKey(std::uint32_t id) = 0;
  // All stored ids, any order. Used to publish the bundle and to pick the next id.
  virtual Result<QList<std::uint32_t>> preKeyIds() const = 0;

  // --- signed prekeys --------------------------------------------------------------------
  // Serialized session_signed_pre_key records (they carry their own creation timestamp).
  virtual Result<std::optional<QByteArray>> loadSignedPreKey(std::uint32_t id) const = 0;
  virtual Result<void> storeSignedPreKey(std::uint32_t id, const QByteArray &record) = 0;
  virtual Result<bool> containsSignedPreKey(std::uint32_t id) const = 0;
  virtual Result<void> removeSignedPreKey(std::uint32_t id) = 0; // idempotent
  virtual Result<QList<std::uint32_t>> signedPreKeyIds() const = 0;

  // --- sessions, one per remote address ----------------------------------------------------
  // Serialized session_record. Empty optional: no session with that device.
  virtual Result<std::optional<QByteArray>> loadSession(const ProtocolAddress &address) const = 0;
  // Insert or replace.
  virtual Result<void> storeSession(const ProtocolAddress &address, const QByteArray &record) = 0;
  virtual Result<bool> containsSession(const ProtocolAddress &address) const = 0;
  // True if a session existed and was deleted; false if there was none.
  virtual Result<bool> deleteSession(const ProtocolAddress &address) = 0;
  // Deletes every device's session for this bare JID; returns how many were deleted.
  virtual Result<int> deleteAllSessions(const QString &name) = 0;
  // Device ids that have a session for this bare JID, any order.
  virtual Result<QList<std::int32_t>> subDeviceSessions(const QString &name) const = 0;

  // --- remote identities -----------------------------------------------------------------
  // Empty optional: this device's key was never saved.
  virtual Result<std::optional<RemoteIdentity>> loadIdentity(const ProtocolAddress &address) const = 0;
  // Saves the key libsignal has just accepted for this device. If a different key was
  // stored before, it is replaced and the trust state goes back to Undecided; saving the
  // same key again keeps the trust state.
  virtual Result<void> saveIdentity(const ProtocolAddress &address, const QByteArray &identityKey) = 0;
  // Records the user's decision for the key currently stored for this device. Fails with
  // no effect (returns false) when no key is stored.
  virtual Result<bool> setIdentityTrust(const ProtocolAddress &address, TrustState trust) = 0;

  // libsignal asks this before it accepts a device's key (building a session from a
  // bundle, an incoming PreKey message). The default: a device seen for the first time is
  // accepted, the key it was first seen with is accepted again, and a changed key for a
  // known device id is refused (the app must save the new key on purpose). The trust
  // state is deliberately not consulted: Untrusted/Undecided are enforced above crypto
  // (the app does not encrypt to such devices and marks their messages), as OMEMO clients
  // do. Override only to tighten it.
  virtual Result<bool> isTrustedIdentity(const ProtocolAddress &address,
                                         const QByteArray &identityKey) const {
    auto stored = loadIdentity(address);
    if (!stored)
      return tl::unexpected(stored.error());
    return !stored->has_value() || (*stored)->identityKey == identityKey;
  }
};

} // namespace sotto::crypto
