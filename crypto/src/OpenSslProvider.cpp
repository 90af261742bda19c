#include "OpenSslProvider.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>

namespace sotto::crypto::detail {

namespace {

struct CipherCtxFree {
  void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

struct BufferFree {
  void operator()(signal_buffer *buffer) const { signal_buffer_bzero_free(buffer); }
};
using Buffer = std::unique_ptr<signal_buffer, BufferFree>;

// EVP_MAC_fetch walks the provider tables; do it once. The fetched object is immutable
// and may be shared between threads.
EVP_MAC *hmacAlgorithm() {
  static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  return mac;
}

int randomBytes(std::uint8_t *data, std::size_t len, void *) {
  if (len > INT_MAX)
    return SG_ERR_INVAL;
  return RAND_bytes(data, static_cast<int>(len)) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int hmacInit(void **context, const std::uint8_t *key, std::size_t keyLen, void *) {
  EVP_MAC *mac = hmacAlgorithm();
  if (mac == nullptr)
    return SG_ERR_UNKNOWN;
  EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
  if (ctx == nullptr)
    return SG_ERR_NOMEM;
  char digest[] = "SHA256";
  const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                               OSSL_PARAM_construct_end()};
  // OpenSSL treats a null key as "keep the previous key"; an empty HMAC key must be a
  // non-null pointer with length 0.
  static const std::uint8_t emptyKey = 0;
  if (EVP_MAC_init(ctx, key != nullptr ? key : &emptyKey, keyLen, params) != 1) {
    EVP_MAC_CTX_free(ctx);
    return SG_ERR_UNKNOWN;
  }
  *context = ctx;
  return SG_SUCCESS;
}

int hmacUpdate(void *context, const std::uint8_t *data, std::size_t len, void *) {
  return EVP_MAC_update(static_cast<EVP_MAC_CTX *>(context), data, len) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int hmacFinal(void *context, signal_buffer **output, void *) {
  std::uint8_t mac[EVP_MAX_MD_SIZE];
  std::size_t len = 0;
  if (EVP_MAC_final(static_cast<EVP_MAC_CTX *>(context), mac, &len, sizeof mac) != 1)
    return SG_ERR_UNKNOWN;
  signal_buffer *buffer = signal_buffer_create(mac, len);
  OPENSSL_cleanse(mac, sizeof mac);
  if (buffer == nullptr)
    return SG_ERR_NOMEM;
  *output = buffer;
  return SG_SUCCESS;
}

void hmacCleanup(void *context, void *) {
  EVP_MAC_CTX_free(static_cast<EVP_MAC_CTX *>(context));
}

int sha512Init(void **context, void *) {
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  if (ctx == nullptr)
    return SG_ERR_NOMEM;
  if (EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1) {
    EVP_MD_CTX_free(ctx);
    return SG_ERR_UNKNOWN;
  }
  *context = ctx;
  return SG_SUCCESS;
}

int sha512Update(void *context, const std::uint8_t *data, std::size_t len, void *) {
  return EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(context), data, len) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

// The fingerprint generator calls final and then keeps hashing on the same context
// (5200 iterations), so final must leave the context ready for a new digest.
int sha512Final(void *context, signal_buffer **output, void *) {
  auto *ctx = static_cast<EVP_MD_CTX *>(context);
  std::uint8_t digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx, digest, &len) != 1 || EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1)
    return SG_ERR_UNKNOWN;
  signal_buffer *buffer = signal_buffer_create(digest, len);
  if (buffer == nullptr)
    return SG_ERR_NOMEM;
  *output = buffer;
  return SG_SUCCESS;
}

void sha512Cleanup(void *context, void *) {
  EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(context));
}

const EVP_CIPHER *aesCipher(int cipher, std::size_t keyLen) {
  const bool cbc = cipher == SG_CIPHER_AES_CBC_PKCS5;
  if (!cbc && cipher != SG_CIPHER_AES_CTR_NOPADDING)
    return nullptr;
  switch (keyLen) {
  case 16:
    return cbc ? EVP_aes_128_cbc() : EVP_aes_128_ctr();
  case 24:
    return cbc ? EVP_aes_192_cbc() : EVP_aes_192_ctr();
  case 32:
    return cbc ? EVP_aes_256_cbc() : EVP_aes_256_ctr();
  default:
    return nullptr;
  }
}

int aesCrypt(bool encrypt, signal_buffer **output, int cipher, const std::uint8_t *key, std::size_t keyLen,
             const std::uint8_t *iv, std::size_t ivLen, const std::uint8_t *input, std::size_t inputLen) {
  const EVP_CIPHER *evpCipher = aesCipher(cipher, keyLen);
  if (evpCipher == nullptr || iv == nullptr || ivLen != 16 || inputLen > INT_MAX - 32)
    return SG_ERR_INVAL;
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  if (!ctx)
    return SG_ERR_NOMEM;
  if (EVP_CipherInit_ex(ctx.get(), evpCipher, nullptr, key, iv, encrypt ? 1 : 0) != 1)
    return SG_ERR_UNKNOWN;
  // Room for the input plus one block of padding; written straight into the result so
  // no plaintext copy is left behind in a temporary.
  Buffer buffer(signal_buffer_alloc(inputLen + 16));
  if (!buffer)
    return SG_ERR_NOMEM;
  std::uint8_t *data = signal_buffer_data(buffer.get());
  int written = 0;
  int finalLen = 0;
  if (EVP_CipherUpdate(ctx.get(), data, &written, input, static_cast<int>(inputLen)) != 1 ||
      EVP_CipherFinal_ex(ctx.get(), data + written, &finalLen) != 1)
    return SG_ERR_UNKNOWN; // wrong padding on decrypt lands here
  Buffer result(signal_buffer_create(data, static_cast<std::size_t>(written + finalLen)));
  if (!result)
    return SG_ERR_NOMEM;
  *output = result.release();
  return SG_SUCCESS;
}

int aesEncrypt(signal_buffer **output, int cipher, const std::uint8_t *key, std::size_t keyLen,
               const std::uint8_t *iv, std::size_t ivLen, const std::uint8_t *plaintext, std::size_t len,
               void *) {
  return aesCrypt(true, output, cipher, key, keyLen, iv, ivLen, plaintext, len);
}

int aesDecrypt(signal_buffer **output, int cipher, const std::uint8_t *key, std::size_t keyLen,
               const std::uint8_t *iv, std::size_t ivLen, const std::uint8_t *ciphertext, std::size_t len,
               void *) {
  return aesCrypt(false, output, cipher, key, keyLen, iv, ivLen, ciphertext, len);
}

} // namespace

const signal_crypto_provider &openSslProvider() {
  static const signal_crypto_provider provider = [] {
    signal_crypto_provider p{};
    p.random_func = randomBytes;
    p.hmac_sha256_init_func = hmacInit;
    p.hmac_sha256_update_func = hmacUpdate;
    p.hmac_sha256_final_func = hmacFinal;
    p.hmac_sha256_cleanup_func = hmacCleanup;
    p.sha512_digest_init_func = sha512Init;
    p.sha512_digest_update_func = sha512Update;
    p.sha512_digest_final_func = sha512Final;
    p.sha512_digest_cleanup_func = sha512Cleanup;
    p.encrypt_func = aesEncrypt;
    p.decrypt_func = aesDecrypt;
    p.user_data = nullptr;
    return p;
  }();
  return provider;
}

} // namespace sotto::crypto::detail
