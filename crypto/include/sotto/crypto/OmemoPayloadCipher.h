#pragma once

#include "sotto/crypto/CryptoError.h"
#include "sotto/crypto/SecureBytes.h"

#include <tl/expected.hpp>

#include <QByteArray>

namespace sotto::crypto {

// The payload cipher of OMEMO (XEP-0384 v0.3, eu.siacs.conversations.axolotl):
// AES-128-GCM over the message text, no associated data. The 16-byte key followed by the
// 16-byte tag (32 bytes) is what each device's Signal session carries; <payload> is the
// ciphertext without the tag.
class OmemoPayloadCipher {
public:
  struct Sealed {
    SecureBytes keyAndTag; // 32 bytes: key ‖ tag
    QByteArray iv;         // 12 bytes
    QByteArray payload;    // ciphertext, same length as the plaintext
  };

  // Fresh random key and 12-byte IV.
  static tl::expected<Sealed, CryptoError> seal(const SecureBytes &plaintext);
  // With a given key (16 bytes) and IV (12 or 16 bytes): for known-answer tests.
  static tl::expected<Sealed, CryptoError> sealWith(const SecureBytes &key, const QByteArray &iv,
                                                    const SecureBytes &plaintext);

  // Accepts what OMEMO clients send: keyMaterial of 32 bytes or more is key ‖ tag (extra
  // bytes ignored, as Conversations does); 16 bytes is the legacy form with the tag at the
  // end of the payload. IVs of 12 or 16 bytes. A wrong key, tag, IV or payload is
  // InvalidMessage; nothing is returned unless the tag verified.
  static tl::expected<SecureBytes, CryptoError> open(const SecureBytes &keyMaterial, const QByteArray &iv,
                                                     const QByteArray &payload);
};

} // namespace sotto::crypto
