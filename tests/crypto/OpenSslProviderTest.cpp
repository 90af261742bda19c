// Known-answer tests for the OpenSSL provider libsignal runs on: RFC 4231 (HMAC-SHA256),
// FIPS 180-2 "abc" (SHA-512), NIST SP 800-38A F.2 (CBC) and F.5 (CTR).
#include "OpenSslProvider.h"
#include "SignalHandle.h"

#include <QTest>

using namespace sotto::crypto::detail;

namespace {

const signal_crypto_provider &p() {
  return openSslProvider();
}

QByteArray hmac(const QByteArray &key, const QByteArray &data) {
  void *ctx = nullptr;
  if (p().hmac_sha256_init_func(&ctx, bytes(key), static_cast<size_t>(key.size()), nullptr) != 0)
    return {};
  SignalBuffer result;
  const int update = p().hmac_sha256_update_func(ctx, bytes(data), static_cast<size_t>(data.size()), nullptr);
  const int final = p().hmac_sha256_final_func(ctx, out(result), nullptr);
  p().hmac_sha256_cleanup_func(ctx, nullptr);
  return update == 0 && final == 0 ? toByteArray(result.get()) : QByteArray();
}

QByteArray aes(bool encrypt, int cipher, const QByteArray &key, const QByteArray &iv, const QByteArray &input,
               int *rcOut = nullptr) {
  SignalBuffer result;
  auto fn = encrypt ? p().encrypt_func : p().decrypt_func;
  const int rc = fn(out(result), cipher, bytes(key), static_cast<size_t>(key.size()), bytes(iv),
                    static_cast<size_t>(iv.size()), bytes(input), static_cast<size_t>(input.size()), nullptr);
  if (rcOut != nullptr)
    *rcOut = rc;
  return rc == 0 ? toByteArray(result.get()) : QByteArray();
}

const QByteArray kNistPlain = QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172a"
                                                  "ae2d8a571e03ac9c9eb76fac45af8e51"
                                                  "30c81c46a35ce411e5fbc1191a0a52ef"
                                                  "f69f2445df4f9b17ad2b417be66c3710");
const QByteArray kKey128 = QByteArray::fromHex("2b7e151628aed2a6abf7158809cf4f3c");
const QByteArray kKey256 =
    QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");

} // namespace

class OpenSslProviderTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void hmacSha256MatchesRfc4231_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");
    QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                            << QByteArray::fromHex(
                                   "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                            << QByteArray::fromHex(
                                   "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("case 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                            << QByteArray::fromHex(
                                   "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("case 6") << QByteArray(131, '\xaa')
                            << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                            << QByteArray::fromHex(
                                   "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }
  void hmacSha256MatchesRfc4231() {
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    QCOMPARE(hmac(key, data).toHex(), mac.toHex());
  }

  void hmacAcceptsAnEmptyKey() {
    // HKDF with an empty salt; the value is HMAC-SHA256("", "") from any reference.
    QCOMPARE(hmac(QByteArray(), QByteArray()).toHex(),
             QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
  }

  void sha512OfAbcAndContextReuse() {
    void *ctx = nullptr;
    QCOMPARE(p().sha512_digest_init_func(&ctx, nullptr), 0);
    const QByteArray expected("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                              "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    // Twice on the same context: the fingerprint generator relies on final() resetting it.
    for (int round = 0; round < 2; ++round) {
      SignalBuffer digest;
      QCOMPARE(p().sha512_digest_update_func(ctx, bytes("abc"), 3, nullptr), 0);
      QCOMPARE(p().sha512_digest_final_func(ctx, out(digest), nullptr), 0);
      QCOMPARE(toByteArray(digest.get()).toHex(), expected);
    }
    p().sha512_digest_cleanup_func(ctx, nullptr);
  }

  void aesMatchesSp800_38a_data() {
    QTest::addColumn<int>("cipher");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("ciphertext"); // of the four NIST blocks, before padding
    const QByteArray cbcIv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    const QByteArray ctrIv = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
    QTest::newRow("F.2.1 CBC-AES128") << SG_CIPHER_AES_CBC_PKCS5 << kKey128 << cbcIv
                                      << QByteArray::fromHex("7649abac8119b246cee98e9b12e9197d"
                                                             "5086cb9b507219ee95db113a917678b2"
                                                             "73bed6b8e3c1743b7116e69e22229516"
                                                             "3ff1caa1681fac09120eca307586e1a7");
    QTest::newRow("F.2.5 CBC-AES256") << SG_CIPHER_AES_CBC_PKCS5 << kKey256 << cbcIv
                                      << QByteArray::fromHex("f58c4c04d6e5f1ba779eabfb5f7bfbd6"
                                                             "9cfc4e967edb808d679f777bc6702c7d"
                                                             "39f23369a9d9bacfa530e26304231461"
                                                             "b2eb05e2c39be9fcda6c19078c6a9d1b");
    QTest::newRow("F.5.1 CTR-AES128") << SG_CIPHER_AES_CTR_NOPADDING << kKey128 << ctrIv
                                      << QByteArray::fromHex("874d6191b620e3261bef6864990db6ce"
                                                             "9806f66b7970fdff8617187bb9fffdff"
                                                             "5ae4df3edbd5d35e5b4f09020db03eab"
                                                             "1e031dda2fbe03d1792170a0f3009cee");
    QTest::newRow("F.5.5 CTR-AES256") << SG_CIPHER_AES_CTR_NOPADDING << kKey256 << ctrIv
                                      << QByteArray::fromHex("601ec313775789a5b7a7f504bbf3d228"
                                                             "f443e3ca4d62b59aca84e990cacaf5c5"
                                                             "2b0930daa23de94ce87017ba2d84988d"
                                                             "dfc9c58db67aada613c2dd08457941a6");
  }
  void aesMatchesSp800_38a() {
    QFETCH(int, cipher);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, ciphertext);
    const QByteArray encrypted = aes(true, cipher, key, iv, kNistPlain);
    // CBC with PKCS#5 appends one block of padding to a block-aligned input.
    QCOMPARE(encrypted.size(), kNistPlain.size() + (cipher == SG_CIPHER_AES_CBC_PKCS5 ? 16 : 0));
    QCOMPARE(encrypted.left(ciphertext.size()).toHex(), ciphertext.toHex());
    QCOMPARE(aes(false, cipher, key, iv, encrypted), kNistPlain);
  }

  void aesRejectsBadInput() {
    const QByteArray iv(16, '\0');
    int rc = 0;
    aes(true, SG_CIPHER_AES_CBC_PKCS5, QByteArray(17, 'k'), iv, "x", &rc);
    QCOMPARE(rc, SG_ERR_INVAL); // no AES-136
    aes(true, SG_CIPHER_AES_CBC_PKCS5, kKey128, QByteArray(12, '\0'), "x", &rc);
    QCOMPARE(rc, SG_ERR_INVAL);
    aes(true, 99, kKey128, iv, "x", &rc);
    QCOMPARE(rc, SG_ERR_INVAL);
    // Bad padding on decrypt is an error, not garbage.
    QByteArray encrypted = aes(true, SG_CIPHER_AES_CBC_PKCS5, kKey128, iv, "sixteen bytes!!!");
    encrypted[encrypted.size() - 1] = static_cast<char>(encrypted[encrypted.size() - 1] ^ 0x01);
    aes(false, SG_CIPHER_AES_CBC_PKCS5, kKey128, iv, encrypted, &rc);
    QVERIFY(rc < 0);
    aes(false, SG_CIPHER_AES_CBC_PKCS5, kKey128, iv, QByteArray(15, 'x'), &rc);
    QVERIFY(rc < 0); // not a whole block
  }

  void randomFillsAndDiffers() {
    QByteArray a(32, '\0');
    QByteArray b(32, '\0');
    QCOMPARE(p().random_func(reinterpret_cast<uint8_t *>(a.data()), 32, nullptr), 0);
    QCOMPARE(p().random_func(reinterpret_cast<uint8_t *>(b.data()), 32, nullptr), 0);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
  }
};

QTEST_GUILESS_MAIN(OpenSslProviderTest)
#include "OpenSslProviderTest.moc"
