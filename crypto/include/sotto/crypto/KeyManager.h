#pragma once

#include "sotto/crypto/Bundle.h"
#include "sotto/crypto/CryptoError.h"

#include <tl/expected.hpp>

#include <QDateTime>

#include <chrono>

namespace sotto::crypto {

class SignalEngine;

// How many one-time prekeys to keep and how signed prekeys rotate.
struct KeyPolicy {
  int preKeyCount = 100;
  std::chrono::hours signedPreKeyRotation{24 * 7}; // make a new signed prekey weekly
  // Keep a replaced signed prekey this long after its successor appeared: PreKey messages
  // built from the old bundle may still be in flight or in the server's archive.
  std::chrono::hours signedPreKeyGrace{24 * 30};
};

// Our own keys: identity, device id, one-time and signed prekeys, and the bundle made of
// them. Stateless apart from the engine; cheap to construct where needed.
class KeyManager {
public:
  explicit KeyManager(SignalEngine &engine, KeyPolicy policy = {});

  // Makes the identity key pair, registration id, a random device id (1 … 2^31−1), the
  // one-time prekeys and the first signed prekey when the store has none. Returns true
  // if it made a new identity, false if one existed.
  tl::expected<bool, CryptoError> ensureIdentity(const QDateTime &now = QDateTime::currentDateTimeUtc());

  [[nodiscard]] tl::expected<std::int32_t, CryptoError> deviceId() const;
  [[nodiscard]] tl::expected<QByteArray, CryptoError> identityPublicKey() const;

  // What to publish: the current (newest) signed prekey and all one-time prekeys.
  [[nodiscard]] tl::expected<Bundle, CryptoError> bundle() const;

  // Tops the one-time prekeys up to policy.preKeyCount with fresh ids (they wrap from
  // 0xFFFFFE back to 1). Returns true if it added any (the bundle changed).
  tl::expected<bool, CryptoError> replenishPreKeys();

  // Makes a new signed prekey when the newest is older than the rotation period and
  // drops replaced ones whose grace period is over. Returns true if the bundle changed.
  tl::expected<bool, CryptoError> rotateSignedPreKey(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
  SignalEngine &engine_;
  KeyPolicy policy_;
};

} // namespace sotto::crypto
