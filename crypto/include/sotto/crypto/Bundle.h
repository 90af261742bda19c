#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace sotto::crypto {

// A device's published keys, as XEP-0384 v0.3 carries them in
// `eu.siacs.conversations.axolotl.bundles:DEVICEID`. Every key is the 33-byte serialized
// form (0x05 ‖ 32 bytes), which is what the XML holds in base64.
struct Bundle {
  struct PreKey {
    std::uint32_t id = 0;
    QByteArray publicKey;
    friend bool operator==(const PreKey &, const PreKey &) = default;
  };

  std::int32_t deviceId = 0;
  QByteArray identityKey;
  std::uint32_t signedPreKeyId = 0;
  QByteArray signedPreKeyPublic;
  QByteArray signedPreKeySignature; // 64 bytes, XEdDSA by the identity key
  QList<PreKey> preKeys;

  friend bool operator==(const Bundle &, const Bundle &) = default;
};

} // namespace sotto::crypto
