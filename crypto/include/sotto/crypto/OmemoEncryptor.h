#pragma once

#include "sotto/crypto/CryptoError.h"
#include "sotto/crypto/OmemoMessage.h"
#include "sotto/crypto/ProtocolAddress.h"
#include "sotto/crypto/SecureBytes.h"

#include <tl/expected.hpp>

#include <QPair>

namespace sotto::crypto {

class SignalEngine;

// Makes OMEMO messages: the text is encrypted once with AES-128-GCM, its key ‖ tag once
// per recipient device through that device's Signal session.
class OmemoEncryptor {
public:
  struct Outcome {
    OmemoMessage message;
    // Devices that could not get a key (no session, store failure…); the message is
    // still good for the others. The app decides whether that is acceptable.
    QList<QPair<ProtocolAddress, CryptoError>> failed;
  };

  explicit OmemoEncryptor(SignalEngine &engine) : engine_(engine) {}

  // `recipients`: every device to read it, theirs and our own other devices. Fails only
  // if no device at all could get a key (with the first device's error).
  tl::expected<Outcome, CryptoError> encrypt(const QString &text, const QList<ProtocolAddress> &recipients);
  tl::expected<Outcome, CryptoError> encrypt(const SecureBytes &plaintext,
                                             const QList<ProtocolAddress> &recipients);

  // A key-transport message (header only, no payload): completes a session after a
  // PreKey message, or repairs one. The transported key is random and means nothing.
  tl::expected<Outcome, CryptoError> keyTransport(const QList<ProtocolAddress> &recipients);

private:
  tl::expected<Outcome, CryptoError> encryptKey(const SecureBytes &keyMaterial,
                                                const QList<ProtocolAddress> &recipients);

  SignalEngine &engine_;
};

} // namespace sotto::crypto
