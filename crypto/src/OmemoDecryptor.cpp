#include "sotto/crypto/OmemoDecryptor.h"

#include "sotto/crypto/KeyManager.h"
#include "sotto/crypto/OmemoPayloadCipher.h"
#include "sotto/crypto/SessionCipher.h"
#include "sotto/crypto/SignalEngine.h"

namespace sotto::crypto {

QString OmemoDecryptor::Result::text() const {
  if (!plaintext || plaintext->isEmpty())
    return {};
  return QString::fromUtf8(reinterpret_cast<const char *>(plaintext->data()),
                           static_cast<qsizetype>(plaintext->size()));
}

tl::expected<OmemoDecryptor::Result, CryptoError> OmemoDecryptor::decrypt(const QString &senderJid,
                                                                          const OmemoMessage &message) {
  auto ourDevice = KeyManager(engine_).deviceId();
  if (!ourDevice)
    return tl::unexpected(ourDevice.error());
  if (senderJid.isEmpty() || message.senderDeviceId <= 0)
    return tl::unexpected(CryptoError::InvalidArgument);

  const ProtocolAddress sender{senderJid, message.senderDeviceId};
  SessionCipher sessions(engine_);
  std::optional<CryptoError> lastError;
  // Usually one key per device; a sender that put two (a retry) gets both tried.
  for (const auto &key : message.keys) {
    if (key.deviceId != *ourDevice)
      continue;
    Result result;
    result.keyTransport = message.isKeyTransport();
    result.wasPreKey = key.isPreKey;
    auto openPayload = [&](const SecureBytes &keyMaterial) -> tl::expected<void, CryptoError> {
      if (message.isKeyTransport())
        return {};
      auto opened = OmemoPayloadCipher::open(keyMaterial, message.iv, *message.payload);
      if (!opened)
        return tl::unexpected(opened.error());
      result.plaintext = std::move(*opened);
      return {};
    };
    auto decrypted = sessions.decrypt(sender, key.data, key.isPreKey, openPayload);
    if (decrypted)
      return result;
    lastError = decrypted.error();
  }
  return tl::unexpected(lastError.value_or(CryptoError::NoKeyForDevice));
}

} // namespace sotto::crypto
