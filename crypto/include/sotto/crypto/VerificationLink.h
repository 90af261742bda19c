#pragma once

#include "sotto/crypto/CryptoError.h"

#include <tl/expected.hpp>

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace sotto::crypto {

// The link Conversations shows as a QR code to verify OMEMO devices:
//   xmpp:JID?omemo-sid-DEVICEID=HEX64;omemo-sid-DEVICEID2=HEX64
// where HEX64 is the device's identity key without the 0x05 type byte.
struct VerificationLink {
  struct Device {
    std::int32_t deviceId = 0;
    QByteArray identityKey; // 33 bytes, 0x05 ‖ key
    friend bool operator==(const Device &, const Device &) = default;
  };

  QString jid; // bare JID
  QList<Device> devices;

  [[nodiscard]] tl::expected<QString, CryptoError> toString() const;

  // Scanned text from anywhere: anything that is not such a link (wrong scheme, no JID,
  // bad device id, bad hex, absurd size) is InvalidArgument, never a crash. Query
  // parameters other than omemo-sid-* are ignored (Conversations may add some).
  static tl::expected<VerificationLink, CryptoError> parse(const QString &text);

  friend bool operator==(const VerificationLink &, const VerificationLink &) = default;
};

} // namespace sotto::crypto
