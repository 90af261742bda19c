// The OMEMO payload cipher against fixed vectors.
//
// How the interop vector was derived: XEP-0384 v0.3 §4.4 says the sender encrypts the
// message with AES-128-GCM under a fresh 16-byte key and IV, puts the ciphertext in
// <payload> and the key ‖ authentication tag into each device's Signal message. We take
// the published GCM test case 3 (McGrew & Viega, "The Galois/Counter Mode of Operation",
// test case 3: AES-128, 12-byte IV, no AAD) and lay it out that way: keyAndTag = K ‖ T,
// iv = IV, payload = C. The legacy form (16-byte key, tag at the end of the payload, as
// older Conversations sent it) is the same numbers with T moved. The 16-byte-IV vector
// was computed independently with Python's `cryptography` (AESGCM(K).encrypt(iv16, m,
// None)), not with OpenSSL through our code.
#include <sotto/crypto/OmemoPayloadCipher.h>

#include <QTest>

using namespace sotto::crypto;

namespace {

SecureBytes secure(const QByteArray &bytes) {
  return SecureBytes(reinterpret_cast<const unsigned char *>(bytes.constData()),
                     static_cast<std::size_t>(bytes.size()));
}

const QByteArray kKey = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308");
const QByteArray kIv = QByteArray::fromHex("cafebabefacedbaddecaf888");
const QByteArray kPlain =
    QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                        "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
const QByteArray kCipher =
    QByteArray::fromHex("42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                        "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985");
const QByteArray kTag = QByteArray::fromHex("4d5c2af327cd64a62cf35abd2ba6fab4");

} // namespace

class OmemoPayloadCipherTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void sealMatchesTheGcmVectorInOmemoLayout() {
    auto sealed = OmemoPayloadCipher::sealWith(secure(kKey), kIv, secure(kPlain));
    QVERIFY(sealed.has_value());
    QCOMPARE(sealed->payload.toHex(), kCipher.toHex());
    QCOMPARE(sealed->keyAndTag.toByteArrayUnsafe().toHex(), (kKey + kTag).toHex());
    QCOMPARE(sealed->iv, kIv);
  }

  void openAcceptsKeyAndTag() {
    auto opened = OmemoPayloadCipher::open(secure(kKey + kTag), kIv, kCipher);
    QVERIFY(opened.has_value());
    QCOMPARE(opened->toByteArrayUnsafe(), kPlain);
  }

  void openAcceptsTheLegacyForm() {
    auto opened = OmemoPayloadCipher::open(secure(kKey), kIv, kCipher + kTag);
    QVERIFY(opened.has_value());
    QCOMPARE(opened->toByteArrayUnsafe(), kPlain);
  }

  void openAcceptsExtraKeyMaterialAndA16ByteIv() {
    const QByteArray iv16 = QByteArray::fromHex("cafebabefacedbaddecaf88800000001");
    const QByteArray sealed =
        QByteArray::fromHex("a8a6ee74ed69726266ad1f51f4604975fca244dcb29d7f41c633d6607be9"
                            "20131bd39ebb06c67661951407edadf2");
    const QByteArray ciphertext = sealed.left(sealed.size() - 16);
    const QByteArray tag = sealed.right(16);
    auto opened = OmemoPayloadCipher::open(secure(kKey + tag + QByteArray(4, 'x')), iv16, ciphertext);
    QVERIFY(opened.has_value());
    QCOMPARE(QString::fromUtf8(opened->toByteArrayUnsafe()), QStringLiteral("Sotto OMEMO interop vector ✓"));
  }

  void sealOpenRoundTripsWithFreshKeys() {
    const QByteArray text = QStringLiteral("Grüße 👋").toUtf8();
    auto first = OmemoPayloadCipher::seal(secure(text));
    auto second = OmemoPayloadCipher::seal(secure(text));
    QVERIFY(first && second);
    QCOMPARE(first->iv.size(), 12);
    QCOMPARE(first->keyAndTag.size(), 32u);
    QVERIFY(first->iv != second->iv);
    QVERIFY(!first->keyAndTag.equals(second->keyAndTag));
    QCOMPARE(OmemoPayloadCipher::open(first->keyAndTag, first->iv, first->payload)->toByteArrayUnsafe(),
             text);
    // Empty text works too.
    auto empty = OmemoPayloadCipher::seal(SecureBytes());
    QVERIFY(empty.has_value());
    QVERIFY(OmemoPayloadCipher::open(empty->keyAndTag, empty->iv, empty->payload)->isEmpty());
  }

  void tamperingIsInvalidMessage_data() {
    QTest::addColumn<QByteArray>("keyMaterial");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("payload");
    QByteArray badKey = kKey + kTag;
    badKey[0] = static_cast<char>(badKey[0] ^ 1);
    QByteArray badTag = kKey + kTag;
    badTag[31] = static_cast<char>(badTag[31] ^ 1);
    QByteArray badIv = kIv;
    badIv[11] = static_cast<char>(badIv[11] ^ 1);
    QByteArray badPayload = kCipher;
    badPayload[10] = static_cast<char>(badPayload[10] ^ 1);
    QTest::newRow("flipped key bit") << badKey << kIv << kCipher;
    QTest::newRow("flipped tag bit") << badTag << kIv << kCipher;
    QTest::newRow("flipped iv bit") << kKey + kTag << badIv << kCipher;
    QTest::newRow("flipped payload bit") << kKey + kTag << kIv << badPayload;
    QTest::newRow("truncated payload") << kKey + kTag << kIv << kCipher.left(63);
    QTest::newRow("8-byte iv") << kKey + kTag << kIv.left(8) << kCipher;
    QTest::newRow("empty iv") << kKey + kTag << QByteArray() << kCipher;
    QTest::newRow("20-byte key material") << (kKey + kTag).left(20) << kIv << kCipher;
    QTest::newRow("empty key material") << QByteArray() << kIv << kCipher;
    QTest::newRow("legacy form, payload shorter than a tag") << kKey << kIv << kTag.left(15);
  }
  void tamperingIsInvalidMessage() {
    QFETCH(QByteArray, keyMaterial);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, payload);
    auto opened = OmemoPayloadCipher::open(secure(keyMaterial), iv, payload);
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error(), CryptoError::InvalidMessage);
  }
};

QTEST_GUILESS_MAIN(OmemoPayloadCipherTest)
#include "OmemoPayloadCipherTest.moc"
