#include "support/TestDevice.h"

#include <sotto/crypto/OmemoDecryptor.h>
#include <sotto/crypto/OmemoEncryptor.h>

#include <QTest>

using namespace sotto::crypto;
using sotto::crypto::testing::TestDevice;

namespace {

void buildSessionTo(TestDevice &from, TestDevice &to) {
  if (!from.sessions->buildSession(to.address(), to.bundle()))
    qFatal("build failed");
}

} // namespace

class OmemoEncryptorTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void oneMessageForSeveralDevices() {
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice aliceLaptop(QStringLiteral("alice@example.org"));
    TestDevice bobPhone(QStringLiteral("bob@example.org"));
    TestDevice bobDesktop(QStringLiteral("bob@example.org"));
    for (auto *device : {&aliceLaptop, &bobPhone, &bobDesktop})
      buildSessionTo(alice, *device);

    OmemoEncryptor encryptor(*alice.engine);
    auto outcome = encryptor.encrypt(QStringLiteral("Grüße, Bob"),
                                     {bobPhone.address(), bobDesktop.address(), aliceLaptop.address()});
    QVERIFY(outcome.has_value());
    QVERIFY(outcome->failed.isEmpty());
    const OmemoMessage &message = outcome->message;
    QCOMPARE(message.senderDeviceId, alice.deviceId);
    QCOMPARE(message.keys.size(), 3);
    QCOMPARE(message.iv.size(), 12);
    QVERIFY(message.payload.has_value());
    QCOMPARE(message.keys.at(0).jid, QStringLiteral("bob@example.org"));
    QCOMPARE(message.keys.at(0).deviceId, bobPhone.deviceId);
    QVERIFY(message.keys.at(0).isPreKey);

    for (auto *device : {&bobPhone, &bobDesktop, &aliceLaptop}) {
      auto result = OmemoDecryptor(*device->engine).decrypt(alice.jid, message);
      QVERIFY(result.has_value());
      QCOMPARE(result->text(), QStringLiteral("Grüße, Bob"));
      QVERIFY(result->wasPreKey);
      QVERIFY(!result->keyTransport);
    }
  }

  void devicesWithoutSessionAreReportedNotFatal() {
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    buildSessionTo(alice, bob);
    const ProtocolAddress stranger{QStringLiteral("carol@example.org"), 77};
    auto outcome = OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("hi"), {stranger, bob.address()});
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->message.keys.size(), 1);
    QCOMPARE(outcome->failed.size(), 1);
    QCOMPARE(outcome->failed.first().first, stranger);
    QCOMPARE(outcome->failed.first().second, CryptoError::NoSession);
    QCOMPARE(OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("hi"), {stranger}).error(),
             CryptoError::NoSession);
    QCOMPARE(OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("hi"), {}).error(),
             CryptoError::InvalidArgument);
  }

  void keyTransportCompletesTheSession() {
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    buildSessionTo(alice, bob);
    auto first = OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("hello"), {bob.address()}).value();
    auto received = OmemoDecryptor(*bob.engine).decrypt(alice.jid, first.message).value();
    QVERIFY(received.wasPreKey);
    // Bob answers the PreKey message with a key transport, as Conversations does.
    auto transport = OmemoEncryptor(*bob.engine).keyTransport({alice.address()}).value();
    QVERIFY(transport.message.isKeyTransport());
    QCOMPARE(transport.message.iv.size(), 12);
    auto maintenance = OmemoDecryptor(*alice.engine).decrypt(bob.jid, transport.message);
    QVERIFY(maintenance.has_value());
    QVERIFY(maintenance->keyTransport);
    QVERIFY(!maintenance->plaintext.has_value());
    QVERIFY(maintenance->text().isEmpty());
    // Alice's next message is a normal one now.
    auto next = OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("again"), {bob.address()}).value();
    QVERIFY(!next.message.keys.first().isPreKey);
    QCOMPARE(OmemoDecryptor(*bob.engine).decrypt(alice.jid, next.message)->text(), QStringLiteral("again"));
  }

  void tamperedPayloadFailsAndLeavesTheRatchetAlone_data() {
    QTest::addColumn<int>("mutation");
    QTest::addColumn<int>("expected");
    QTest::newRow("flipped payload bit") << 0 << static_cast<int>(CryptoError::InvalidMessage);
    QTest::newRow("flipped iv bit") << 1 << static_cast<int>(CryptoError::InvalidMessage);
    QTest::newRow("truncated payload") << 2 << static_cast<int>(CryptoError::InvalidMessage);
    QTest::newRow("flipped key bit") << 3 << static_cast<int>(CryptoError::InvalidMessage);
    QTest::newRow("no key for us") << 4 << static_cast<int>(CryptoError::NoKeyForDevice);
    QTest::newRow("wrong sender device") << 5 << static_cast<int>(CryptoError::NoSession);
    QTest::newRow("wrong sender jid") << 6 << static_cast<int>(CryptoError::NoSession);
    QTest::newRow("prekey flag set on a normal key") << 7 << static_cast<int>(CryptoError::InvalidMessage);
    QTest::newRow("replayed") << 8 << static_cast<int>(CryptoError::DuplicateMessage);
  }
  void tamperedPayloadFailsAndLeavesTheRatchetAlone() {
    QFETCH(int, mutation);
    QFETCH(int, expected);
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    buildSessionTo(alice, bob);
    auto hello = OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("hello"), {bob.address()}).value();
    QVERIFY(OmemoDecryptor(*bob.engine).decrypt(alice.jid, hello.message).has_value());
    auto reply = OmemoEncryptor(*bob.engine).keyTransport({alice.address()}).value();
    QVERIFY(OmemoDecryptor(*alice.engine).decrypt(bob.jid, reply.message).has_value());

    OmemoMessage message =
        OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("secret"), {bob.address()})->message;
    QString sender = alice.jid;
    switch (mutation) {
    case 0:
      (*message.payload)[0] = static_cast<char>((*message.payload)[0] ^ 1);
      break;
    case 1:
      message.iv[0] = static_cast<char>(message.iv[0] ^ 1);
      break;
    case 2:
      message.payload->chop(1);
      break;
    case 3:
      message.keys[0].data[10] = static_cast<char>(message.keys[0].data[10] ^ 1);
      break;
    case 4:
      message.keys[0].deviceId += 1;
      break;
    case 5:
      message.senderDeviceId += 1;
      break;
    case 6:
      sender = QStringLiteral("mallory@example.org");
      break;
    case 7:
      message.keys[0].isPreKey = true;
      break;
    case 8:
      QVERIFY(OmemoDecryptor(*bob.engine).decrypt(sender, message).has_value());
      break;
    }
    const auto before = bob.store->state();
    auto result = OmemoDecryptor(*bob.engine).decrypt(sender, message);
    QVERIFY(!result.has_value());
    QCOMPARE(static_cast<int>(result.error()), expected);
    QVERIFY(bob.store->state() == before);
    if (mutation != 8) { // the untampered message still decrypts: its key was not used up
      auto clean = OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("next"), {bob.address()})->message;
      QCOMPARE(OmemoDecryptor(*bob.engine).decrypt(alice.jid, clean)->text(), QStringLiteral("next"));
    }
  }
};

QTEST_GUILESS_MAIN(OmemoEncryptorTest)
#include "OmemoEncryptorTest.moc"
