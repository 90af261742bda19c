#pragma once

#include "sotto/crypto/Bundle.h"
#include "sotto/crypto/CryptoError.h"
#include "sotto/crypto/ProtocolAddress.h"
#include "sotto/crypto/SecureBytes.h"

#include <tl/expected.hpp>

#include <functional>
#include <optional>

namespace sotto::crypto {

class SignalEngine;

// One Signal message for one device, as OMEMO's <key> element carries it.
struct EncryptedKey {
  QByteArray data;       // serialized (PreKey)SignalMessage
  bool isPreKey = false; // <key prekey='true'>
};

// Signal sessions with remote devices: set-up from a bundle, encrypt, decrypt.
//
// Every operation is all-or-nothing: on any error the ProtocolStore is exactly as it
// was before the call (see StoreBridge), so a hostile or damaged message cannot destroy
// a working session or plant an identity key.
class SessionCipher {
public:
  explicit SessionCipher(SignalEngine &engine) : engine_(engine) {}

  // Builds a session from a device's published bundle. `preKeyId` picks the one-time
  // prekey to use; by default one is chosen at random (as OMEMO asks), and a bundle
  // without one-time prekeys is accepted. Fails with InvalidSignature for a bad signed
  // prekey signature and UntrustedIdentity when a known device's identity key changed.
  tl::expected<void, CryptoError> buildSession(const ProtocolAddress &address, const Bundle &bundle,
                                               std::optional<std::uint32_t> preKeyId = std::nullopt);

  [[nodiscard]] tl::expected<bool, CryptoError> hasSession(const ProtocolAddress &address) const;

  // Until the peer answers, the result is a PreKey message (isPreKey).
  tl::expected<EncryptedKey, CryptoError> encrypt(const ProtocolAddress &address,
                                                  const SecureBytes &plaintext);

  // Decrypts a message from `address`. A PreKey message builds (or refreshes) the session
  // and consumes our one-time prekey; the engine then replenishes and asks for a bundle
  // publish. Distinct errors: DuplicateMessage, TooFarInFuture, NoSession, InvalidKeyId,
  // UntrustedIdentity, InvalidMessage, …
  //
  // `accept`, if given, sees the plaintext before anything is stored; an error from it
  // fails the whole decrypt and leaves the store unchanged (the OMEMO decryptor checks
  // the payload's GCM tag there, so a tampered payload cannot advance the ratchet).
  using Acceptor = std::function<tl::expected<void, CryptoError>(const SecureBytes &)>;
  tl::expected<SecureBytes, CryptoError> decrypt(const ProtocolAddress &address, const QByteArray &message,
                                                 bool isPreKey, const Acceptor &accept = {});

private:
  SignalEngine &engine_;
};

} // namespace sotto::crypto
