#include "KeyWrap.h"

#include <QJsonValue>

#include <sodium.h>

namespace sotto::storage::detail {

namespace {
const QString kKdfName = QStringLiteral("argon2id13");
const QString kCipherName = QStringLiteral("xchacha20poly1305-ietf");
// A vault file is data from disk: refuse limits that would make unwrapping hang or exhaust
// memory (4 GiB, 64 passes are far above anything Sotto writes).
constexpr std::uint64_t kMaxMemLimit = 4ULL << 30;
constexpr std::uint64_t kMaxOpsLimit = 64;

std::optional<crypto::SecureBytes> deriveKey(const crypto::SecureBytes &secret, const QByteArray &salt,
                                             std::uint64_t opsLimit, std::uint64_t memLimit) {
  if (salt.size() != crypto_pwhash_SALTBYTES || opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
      opsLimit > kMaxOpsLimit || memLimit < crypto_pwhash_MEMLIMIT_MIN || memLimit > kMaxMemLimit)
    return std::nullopt;
  crypto::SecureBytes derived(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
  if (crypto_pwhash(derived.data(), derived.size(), reinterpret_cast<const char *>(secret.data()),
                    secret.size(), reinterpret_cast<const unsigned char *>(salt.constData()), opsLimit,
                    static_cast<std::size_t>(memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
    return std::nullopt;
  return derived;
}

const unsigned char *bytes(const QByteArray &array) {
  return reinterpret_cast<const unsigned char *>(array.constData());
}
} // namespace

QJsonObject WrappedKey::toJson() const {
  return QJsonObject{
      {QStringLiteral("kdf"), kKdfName},
      {QStringLiteral("cipher"), kCipherName},
      {QStringLiteral("opslimit"), QString::number(opsLimit)},
      {QStringLiteral("memlimit"), QString::number(memLimit)},
      {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
      {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
      {QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64())},
  };
}

std::optional<WrappedKey> WrappedKey::fromJson(const QJsonObject &object) {
  if (object.value(QStringLiteral("kdf")).toString() != kKdfName ||
      object.value(QStringLiteral("cipher")).toString() != kCipherName)
    return std::nullopt;
  WrappedKey wrapped;
  bool opsOk = false;
  bool memOk = false;
  wrapped.opsLimit = object.value(QStringLiteral("opslimit")).toString().toULongLong(&opsOk);
  wrapped.memLimit = object.value(QStringLiteral("memlimit")).toString().toULongLong(&memOk);
  wrapped.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
  wrapped.nonce = QByteArray::fromBase64(object.value(QStringLiteral("nonce")).toString().toLatin1());
  wrapped.ciphertext =
      QByteArray::fromBase64(object.value(QStringLiteral("ciphertext")).toString().toLatin1());
  if (!opsOk || !memOk || wrapped.opsLimit < crypto_pwhash_OPSLIMIT_MIN || wrapped.opsLimit > kMaxOpsLimit ||
      wrapped.memLimit < crypto_pwhash_MEMLIMIT_MIN || wrapped.memLimit > kMaxMemLimit ||
      wrapped.salt.size() != crypto_pwhash_SALTBYTES ||
      wrapped.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
      wrapped.ciphertext.size() <= static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES))
    return std::nullopt;
  return wrapped;
}

std::optional<WrappedKey> wrapKey(const crypto::SecureBytes &key, const crypto::SecureBytes &secret,
                                  std::uint64_t opsLimit, std::uint64_t memLimit,
                                  const QByteArray &associatedData) {
  if (sodium_init() < 0)
    return std::nullopt;
  WrappedKey wrapped;
  wrapped.opsLimit = opsLimit;
  wrapped.memLimit = memLimit;
  wrapped.salt.resize(crypto_pwhash_SALTBYTES);
  randombytes_buf(wrapped.salt.data(), static_cast<std::size_t>(wrapped.salt.size()));
  wrapped.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  randombytes_buf(wrapped.nonce.data(), static_cast<std::size_t>(wrapped.nonce.size()));

  const auto derived = deriveKey(secret, wrapped.salt, opsLimit, memLimit);
  if (!derived)
    return std::nullopt;
  wrapped.ciphertext.resize(static_cast<qsizetype>(key.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(wrapped.ciphertext.data()),
                                             &written, key.data(), key.size(), bytes(associatedData),
                                             static_cast<unsigned long long>(associatedData.size()), nullptr,
                                             bytes(wrapped.nonce), derived->data());
  wrapped.ciphertext.resize(static_cast<qsizetype>(written));
  return wrapped;
}

std::optional<crypto::SecureBytes> unwrapKey(const WrappedKey &wrapped, const crypto::SecureBytes &secret,
                                             const QByteArray &associatedData) {
  if (sodium_init() < 0)
    return std::nullopt;
  const auto derived = deriveKey(secret, wrapped.salt, wrapped.opsLimit, wrapped.memLimit);
  if (!derived)
    return std::nullopt;
  crypto::SecureBytes key(static_cast<std::size_t>(wrapped.ciphertext.size()) -
                          crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          key.data(), &written, nullptr, bytes(wrapped.ciphertext),
          static_cast<unsigned long long>(wrapped.ciphertext.size()), bytes(associatedData),
          static_cast<unsigned long long>(associatedData.size()), bytes(wrapped.nonce), derived->data()) != 0)
    return std::nullopt;
  return key;
}

} // namespace sotto::storage::detail
