#pragma once

#include "sotto/crypto/CryptoError.h"

#include <tl/expected.hpp>

#include <QByteArray>
#include <QString>

namespace sotto::crypto {

// The per-device OMEMO fingerprint every client shows: the 32-byte Curve25519 key
// without its 0x05 type byte, in lowercase hex.
class DeviceFingerprint {
public:
  // 64 hex digits, no spaces (the form in verification links).
  static tl::expected<QString, CryptoError> hex(const QByteArray &identityKey);
  // The same in 8 groups of 8 separated by spaces, for display.
  static tl::expected<QString, CryptoError> display(const QByteArray &identityKey);
  // Back from 64 hex digits (either case, spaces allowed) to the 33-byte key.
  static tl::expected<QByteArray, CryptoError> keyFromHex(const QString &hex);
};

} // namespace sotto::crypto
