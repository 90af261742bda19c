#include "sotto/crypto/OmemoPayloadCipher.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>

namespace sotto::crypto {

namespace {

constexpr int kKeySize = 16;
constexpr int kTagSize = 16;
constexpr int kIvSize = 12;

struct CipherCtxFree {
  void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char *uchar(const QByteArray &array) {
  return reinterpret_cast<const unsigned char *>(array.constData());
}

bool validIv(const QByteArray &iv) {
  return iv.size() == 12 || iv.size() == 16;
}

// The IV length must be set before the IV itself: GCM's default is 12 bytes and a
// 16-byte IV would otherwise be cut silently.
bool init(EVP_CIPHER_CTX *ctx, bool encrypt, const unsigned char *key, const QByteArray &iv) {
  return EVP_CipherInit_ex(ctx, EVP_aes_128_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) == 1 &&
         EVP_CipherInit_ex(ctx, nullptr, nullptr, key, uchar(iv), encrypt ? 1 : 0) == 1;
}

} // namespace

tl::expected<OmemoPayloadCipher::Sealed, CryptoError> OmemoPayloadCipher::seal(const SecureBytes &plaintext) {
  SecureBytes key(kKeySize);
  QByteArray iv(kIvSize, '\0');
  if (RAND_bytes(key.data(), kKeySize) != 1 ||
      RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), kIvSize) != 1)
    return tl::unexpected(CryptoError::Internal);
  return sealWith(key, iv, plaintext);
}

tl::expected<OmemoPayloadCipher::Sealed, CryptoError>
OmemoPayloadCipher::sealWith(const SecureBytes &key, const QByteArray &iv, const SecureBytes &plaintext) {
  if (key.size() != kKeySize || !validIv(iv) || plaintext.size() > INT_MAX)
    return tl::unexpected(CryptoError::InvalidArgument);
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  if (!ctx)
    return tl::unexpected(CryptoError::OutOfMemory);
  Sealed sealed;
  sealed.iv = iv;
  sealed.payload.resize(static_cast<qsizetype>(plaintext.size()));
  sealed.keyAndTag = SecureBytes(kKeySize + kTagSize);
  auto *payload = reinterpret_cast<unsigned char *>(sealed.payload.data());
  int written = 0;
  int finalLen = 0;
  if (!init(ctx.get(), true, key.data(), iv) ||
      (!plaintext.isEmpty() && EVP_EncryptUpdate(ctx.get(), payload, &written, plaintext.data(),
                                                 static_cast<int>(plaintext.size())) != 1) ||
      EVP_EncryptFinal_ex(ctx.get(), payload + written, &finalLen) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, sealed.keyAndTag.data() + kKeySize) != 1)
    return tl::unexpected(CryptoError::Internal);
  std::copy_n(key.data(), kKeySize, sealed.keyAndTag.data());
  return sealed;
}

tl::expected<SecureBytes, CryptoError>
OmemoPayloadCipher::open(const SecureBytes &keyMaterial, const QByteArray &iv, const QByteArray &payload) {
  if (!validIv(iv))
    return tl::unexpected(CryptoError::InvalidMessage);
  const unsigned char *tag = nullptr;
  qsizetype ciphertextSize = payload.size();
  if (keyMaterial.size() >= static_cast<std::size_t>(kKeySize + kTagSize)) {
    tag = keyMaterial.data() + kKeySize;
  } else if (keyMaterial.size() == static_cast<std::size_t>(kKeySize) && payload.size() >= kTagSize) {
    ciphertextSize -= kTagSize; // legacy: tag appended to the payload
    tag = uchar(payload) + ciphertextSize;
  } else {
    return tl::unexpected(CryptoError::InvalidMessage);
  }
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  if (!ctx)
    return tl::unexpected(CryptoError::OutOfMemory);
  SecureBytes plaintext(static_cast<std::size_t>(ciphertextSize));
  int written = 0;
  int finalLen = 0;
  unsigned char tagCopy[kTagSize];
  std::copy_n(tag, kTagSize, tagCopy);
  if (!init(ctx.get(), false, keyMaterial.data(), iv) ||
      (ciphertextSize > 0 && EVP_DecryptUpdate(ctx.get(), plaintext.data(), &written, uchar(payload),
                                               static_cast<int>(ciphertextSize)) != 1) ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tagCopy) != 1)
    return tl::unexpected(CryptoError::Internal);
  // An empty SecureBytes has no buffer; GCM still needs a valid output pointer.
  unsigned char sink[1];
  if (EVP_DecryptFinal_ex(ctx.get(), ciphertextSize > 0 ? plaintext.data() + written : sink, &finalLen) != 1)
    return tl::unexpected(CryptoError::InvalidMessage); // tag mismatch; `plaintext` is wiped on return
  return plaintext;
}

} // namespace sotto::crypto
