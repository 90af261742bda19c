#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace sotto::crypto {

// Every way a crypto operation can fail, as a value QML and the app can branch on.
// libsignal's integer codes are converted in exactly one place (SignalErrors.cpp).
class CryptoErrors {
  Q_GADGET
public:
  enum class Code {
    InvalidMessage,    // malformed, truncated or tampered (bad MAC, bad protobuf, bad tag)
    DuplicateMessage,  // already decrypted (replay, or a redelivered copy)
    TooFarInFuture,    // more skipped messages than the ratchet keeps (2000)
    NoSession,         // no session with this device: a normal message cannot be read
    InvalidKeyId,      // a PreKey message names a one-time or signed prekey we do not have
    InvalidKey,        // a key (identity, prekey, signature) is not a valid Curve25519 key
    InvalidSignature,  // a bundle's signed prekey signature does not verify
    UntrustedIdentity, // a known device now presents a different identity key
    LegacyMessage,     // a protocol version we do not speak (v2 or older)
    InvalidVersion,    // an unknown (newer) protocol version
    StaleKeyExchange,  // an old key exchange for a session that has moved on
    PayloadMissing,    // an OMEMO message without payload where text was expected
    NoKeyForDevice,    // an OMEMO message that carries no key for this device
    StoreFailure,      // the ProtocolStore could not read or write
    InvalidArgument,   // the caller passed something impossible (empty JID, device 0, …)
    OutOfMemory,
    Internal, // an unexpected failure inside libsignal or OpenSSL
  };
  Q_ENUM(Code)
};

using CryptoError = CryptoErrors::Code;

// A sentence for logs and the UI (translatable, no secrets in it).
QString errorMessage(CryptoError error);

} // namespace sotto::crypto
