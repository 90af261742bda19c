#include "sotto/crypto/OmemoEncryptor.h"

#include "sotto/crypto/KeyManager.h"
#include "sotto/crypto/OmemoPayloadCipher.h"
#include "sotto/crypto/SessionCipher.h"
#include "sotto/crypto/SignalEngine.h"

#include <openssl/rand.h>

namespace sotto::crypto {

tl::expected<OmemoEncryptor::Outcome, CryptoError>
OmemoEncryptor::encrypt(const QString &text, const QList<ProtocolAddress> &recipients) {
  QByteArray utf8 = text.toUtf8();
  return encrypt(SecureBytes::fromByteArray(utf8), recipients); // fromByteArray wipes utf8
}

tl::expected<OmemoEncryptor::Outcome, CryptoError>
OmemoEncryptor::encrypt(const SecureBytes &plaintext, const QList<ProtocolAddress> &recipients) {
  auto sealed = OmemoPayloadCipher::seal(plaintext);
  if (!sealed)
    return tl::unexpected(sealed.error());
  auto outcome = encryptKey(sealed->keyAndTag, recipients);
  if (!outcome)
    return outcome;
  outcome->message.iv = sealed->iv;
  outcome->message.payload = sealed->payload;
  return outcome;
}

tl::expected<OmemoEncryptor::Outcome, CryptoError>
OmemoEncryptor::keyTransport(const QList<ProtocolAddress> &recipients) {
  SecureBytes key(32);
  QByteArray iv(12, '\0');
  if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1 ||
      RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), static_cast<int>(iv.size())) != 1)
    return tl::unexpected(CryptoError::Internal);
  auto outcome = encryptKey(key, recipients);
  if (outcome)
    outcome->message.iv = iv; // the header still carries an IV; receivers expect one
  return outcome;
}

tl::expected<OmemoEncryptor::Outcome, CryptoError>
OmemoEncryptor::encryptKey(const SecureBytes &keyMaterial, const QList<ProtocolAddress> &recipients) {
  if (recipients.isEmpty())
    return tl::unexpected(CryptoError::InvalidArgument);
  auto ourDevice = KeyManager(engine_).deviceId();
  if (!ourDevice)
    return tl::unexpected(ourDevice.error());
  Outcome outcome;
  outcome.message.senderDeviceId = *ourDevice;
  SessionCipher sessions(engine_);
  for (const auto &recipient : recipients) {
    auto encrypted = sessions.encrypt(recipient, keyMaterial);
    if (!encrypted) {
      outcome.failed.append({recipient, encrypted.error()});
      continue;
    }
    outcome.message.keys.append({recipient.name, recipient.deviceId, encrypted->data, encrypted->isPreKey});
  }
  if (outcome.message.keys.isEmpty())
    return tl::unexpected(outcome.failed.first().second);
  return outcome;
}

} // namespace sotto::crypto
