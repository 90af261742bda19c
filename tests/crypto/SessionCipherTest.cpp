#include "support/TestDevice.h"

#include <QTest>

using namespace sotto::crypto;
using sotto::crypto::testing::TestDevice;

namespace {

SecureBytes text(const char *value) {
  return SecureBytes(reinterpret_cast<const unsigned char *>(value), std::strlen(value));
}

QByteArray plain(const SecureBytes &bytes) {
  return bytes.toByteArrayUnsafe();
}

QByteArray flipBit(QByteArray data, qsizetype index) {
  if (index < 0)
    index += data.size();
  data[index] = static_cast<char>(data[index] ^ 0x04);
  return data;
}

// Alice and Bob with an established session in both directions.
struct Pair {
  TestDevice alice{QStringLiteral("alice@example.org")};
  TestDevice bob{QStringLiteral("bob@example.org")};
  Pair() {
    if (!alice.sessions->buildSession(bob.address(), bob.bundle()))
      qFatal("build failed");
    auto first = alice.sessions->encrypt(bob.address(), text("hello"));
    if (!first || !bob.sessions->decrypt(alice.address(), first->data, true))
      qFatal("first message failed");
    auto reply = bob.sessions->encrypt(alice.address(), text("hi"));
    if (!reply || !alice.sessions->decrypt(bob.address(), reply->data, reply->isPreKey))
      qFatal("reply failed");
  }
};

} // namespace

class SessionCipherTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void roundTripTurnsFromPreKeyToNormal() {
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    QVERIFY(!alice.sessions->hasSession(bob.address()).value());
    QVERIFY(alice.sessions->buildSession(bob.address(), bob.bundle()).has_value());
    QVERIFY(alice.sessions->hasSession(bob.address()).value());

    auto first = alice.sessions->encrypt(bob.address(), text("hello bob"));
    QVERIFY(first.has_value());
    QVERIFY(first->isPreKey);
    auto second = alice.sessions->encrypt(bob.address(), text("still there?"));
    QVERIFY(second->isPreKey); // no answer yet
    QCOMPARE(plain(bob.sessions->decrypt(alice.address(), first->data, true).value()),
             QByteArray("hello bob"));
    QCOMPARE(plain(bob.sessions->decrypt(alice.address(), second->data, true).value()),
             QByteArray("still there?"));
    QCOMPARE(bob.store->loadIdentity(alice.address()).value()->identityKey, alice.bundle().identityKey);

    auto reply = bob.sessions->encrypt(alice.address(), text("hi alice"));
    QVERIFY(!reply->isPreKey);
    QCOMPARE(plain(alice.sessions->decrypt(bob.address(), reply->data, false).value()),
             QByteArray("hi alice"));
    auto third = alice.sessions->encrypt(bob.address(), text("great"));
    QVERIFY(!third->isPreKey);
    QCOMPARE(plain(bob.sessions->decrypt(alice.address(), third->data, false).value()), QByteArray("great"));
  }

  void emptyAndBinaryPlaintexts() {
    Pair pair;
    const unsigned char binary[] = {0, 1, 2, 0xff, 0};
    for (const SecureBytes &input : {SecureBytes(), SecureBytes(binary, sizeof binary)}) {
      auto message = pair.alice.sessions->encrypt(pair.bob.address(), input);
      QVERIFY(message.has_value());
      auto output = pair.bob.sessions->decrypt(pair.alice.address(), message->data, false);
      QVERIFY(output.has_value());
      QVERIFY(output->equals(input));
    }
  }

  void encryptWithoutSessionIsNoSession() {
    TestDevice alice(QStringLiteral("alice@example.org"));
    QCOMPARE(alice.sessions->encrypt({QStringLiteral("x@y"), 5}, text("a")).error(), CryptoError::NoSession);
    QCOMPARE(alice.sessions->encrypt({QString(), 5}, text("a")).error(), CryptoError::InvalidArgument);
    QCOMPARE(alice.sessions->encrypt({QStringLiteral("x@y"), 0}, text("a")).error(),
             CryptoError::InvalidArgument);
  }

  // Every hostile normal message: a typed error, and Bob's store exactly as before.
  void badNormalMessageLeavesStoreUnchanged_data() {
    QTest::addColumn<int>("mutation");
    QTest::addColumn<int>("expected");
    const auto row = [](const char *name, int mutation, CryptoError error) {
      QTest::newRow(name) << mutation << static_cast<int>(error);
    };
    row("empty", 0, CryptoError::InvalidMessage);
    row("truncated by one byte", 1, CryptoError::InvalidMessage);
    row("only the version byte", 2, CryptoError::InvalidMessage);
    row("flipped bit in mac", 3, CryptoError::InvalidMessage);
    row("flipped bit in ciphertext", 4, CryptoError::InvalidMessage);
    row("flipped bit in ratchet key", 5, CryptoError::InvalidMessage);
    row("old version byte", 6, CryptoError::LegacyMessage);
    row("replayed", 7, CryptoError::DuplicateMessage);
    row("from a device without session", 8, CryptoError::NoSession);
    row("sent as prekey message", 9, CryptoError::InvalidMessage);
    row("random bytes", 10, CryptoError::InvalidMessage);
  }
  void badNormalMessageLeavesStoreUnchanged() {
    QFETCH(int, mutation);
    QFETCH(int, expected);
    Pair pair;
    auto sent = pair.alice.sessions->encrypt(pair.bob.address(), text("secret"));
    QVERIFY(sent.has_value() && !sent->isPreKey);
    QByteArray data = sent->data;
    ProtocolAddress from = pair.alice.address();
    bool asPreKey = false;
    switch (mutation) {
    case 0:
      data.clear();
      break;
    case 1:
      data.chop(1);
      break;
    case 2:
      data = data.left(1);
      break;
    case 3:
      data = flipBit(data, -1);
      break;
    case 4:
      data = flipBit(data, data.size() - 12);
      break;
    case 5:
      data = flipBit(data, 5);
      break;
    case 6:
      data[0] = '\x11';
      break;
    case 7:
      QVERIFY(pair.bob.sessions->decrypt(from, data, false).has_value());
      break;
    case 8:
      from.deviceId = from.deviceId == 1 ? 2 : from.deviceId - 1;
      break;
    case 9:
      asPreKey = true;
      break;
    case 10:
      data = QByteArray::fromHex("33080012210500ff00ff00ff");
      break;
    default:
      QFAIL("unknown mutation");
    }
    const auto before = pair.bob.store->state();
    auto result = pair.bob.sessions->decrypt(from, data, asPreKey);
    QVERIFY(!result.has_value());
    QCOMPARE(static_cast<int>(result.error()), expected);
    QVERIFY(pair.bob.store->state() == before);
    // The session still works afterwards.
    auto next = pair.alice.sessions->encrypt(pair.bob.address(), text("after"));
    QCOMPARE(plain(pair.bob.sessions->decrypt(pair.alice.address(), next->data, false).value()),
             QByteArray("after"));
  }

  // Hostile PreKey messages to a fresh Bob: nothing of them may stick (no identity, no
  // session, no consumed prekey).
  void badPreKeyMessageLeavesStoreUnchanged_data() {
    QTest::addColumn<int>("mutation");
    QTest::addColumn<int>("expected");
    const auto row = [](const char *name, int mutation, CryptoError error) {
      QTest::newRow(name) << mutation << static_cast<int>(error);
    };
    row("truncated", 0, CryptoError::InvalidMessage);
    row("flipped bit in signed prekey id", 1, CryptoError::InvalidKeyId);
    row("flipped bit in identity key", 8, CryptoError::InvalidMessage);
    row("flipped bit in base key", 2, CryptoError::InvalidMessage);
    row("unknown one-time prekey id", 3, CryptoError::InvalidKeyId);
    row("unknown signed prekey id", 4, CryptoError::InvalidKeyId);
    row("to the wrong device", 5, CryptoError::InvalidMessage);
    row("changed identity of a known device", 6, CryptoError::UntrustedIdentity);
    row("bogus identity key", 7, CryptoError::InvalidMessage);
  }
  void badPreKeyMessageLeavesStoreUnchanged() {
    QFETCH(int, mutation);
    QFETCH(int, expected);
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    Bundle bundle = bob.bundle();
    TestDevice *recipient = &bob;
    std::unique_ptr<TestDevice> otherBob;
    ProtocolAddress from = alice.address();
    if (mutation == 3) {
      bundle.preKeys = {{0xABCDE, bundle.preKeys.first().publicKey}};
    } else if (mutation == 4) {
      bundle.signedPreKeyId += 77;
    } else if (mutation == 5) {
      otherBob = std::make_unique<TestDevice>(QStringLiteral("bob@example.org"));
      recipient = otherBob.get();
    } else if (mutation == 6) {
      QVERIFY(bob.store->saveIdentity(from, QByteArray(1, '\x05') + QByteArray(32, '\x42')).has_value());
    }
    QVERIFY(alice.sessions->buildSession(bob.address(), bundle).has_value());
    QByteArray data = alice.sessions->encrypt(bob.address(), text("secret")).value().data;
    if (mutation == 0)
      data.chop(10);
    else if (mutation == 1)
      data = flipBit(data, -1);
    else if (mutation == 2)
      data = flipBit(data, data.indexOf(QByteArray("\x12\x21\x05", 3)) + 4); // baseKey, field 2
    else if (mutation == 8)
      data = flipBit(data, data.indexOf(QByteArray("\x1a\x21\x05", 3)) + 4); // identityKey, field 3
    else if (mutation == 7) {
      // The identity key field (field 3: tag 0x1a, length 33) with a wrong type byte.
      const auto at = data.indexOf(QByteArray("\x1a\x21\x05", 3));
      QVERIFY(at > 0);
      data[at + 2] = '\x07';
    }
    const auto before = recipient->store->state();
    auto result = recipient->sessions->decrypt(from, data, true);
    QVERIFY(!result.has_value());
    QCOMPARE(static_cast<int>(result.error()), expected);
    QVERIFY(recipient->store->state() == before);
    QCOMPARE(recipient->bundleChanges, 0);
  }

  void tooManySkippedMessagesIsItsOwnError() {
    Pair pair;
    QByteArray last;
    for (int i = 0; i < 2002; ++i)
      last = pair.alice.sessions->encrypt(pair.bob.address(), text("x")).value().data;
    const auto before = pair.bob.store->state();
    QCOMPARE(pair.bob.sessions->decrypt(pair.alice.address(), last, false).error(),
             CryptoError::TooFarInFuture);
    QVERIFY(pair.bob.store->state() == before);
  }

  void badBundlesAreRejected_data() {
    QTest::addColumn<int>("mutation");
    QTest::addColumn<int>("expected");
    QTest::newRow("bad signature") << 0 << static_cast<int>(CryptoError::InvalidSignature);
    QTest::newRow("32-byte identity key") << 1 << static_cast<int>(CryptoError::InvalidKey);
    QTest::newRow("wrong key type byte") << 2 << static_cast<int>(CryptoError::InvalidKey);
    QTest::newRow("empty prekey") << 3 << static_cast<int>(CryptoError::InvalidKey);
    QTest::newRow("device id mismatch") << 4 << static_cast<int>(CryptoError::InvalidArgument);
    QTest::newRow("changed identity") << 5 << static_cast<int>(CryptoError::UntrustedIdentity);
  }
  void badBundlesAreRejected() {
    QFETCH(int, mutation);
    QFETCH(int, expected);
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    Bundle bundle = bob.bundle();
    ProtocolAddress to = bob.address();
    switch (mutation) {
    case 0:
      bundle.signedPreKeySignature = flipBit(bundle.signedPreKeySignature, 3);
      break;
    case 1:
      bundle.identityKey = bundle.identityKey.mid(1);
      break;
    case 2:
      bundle.identityKey[0] = '\x06';
      break;
    case 3:
      bundle.preKeys = {{1, QByteArray()}};
      break;
    case 4:
      to.deviceId += 1;
      break;
    case 5:
      QVERIFY(alice.store->saveIdentity(to, QByteArray(1, '\x05') + QByteArray(32, '\x01')).has_value());
      break;
    }
    const auto before = alice.store->state();
    auto result = alice.sessions->buildSession(
        to, bundle, mutation == 3 ? std::optional<std::uint32_t>(1) : std::nullopt);
    QVERIFY(!result.has_value());
    QCOMPARE(static_cast<int>(result.error()), expected);
    QVERIFY(alice.store->state() == before);
  }

  void failingStoreIsStoreFailureAndChangesNothing() {
    Pair pair;
    auto sent = pair.alice.sessions->encrypt(pair.bob.address(), text("x")).value();
    pair.bob.store->setFailing(true);
    QCOMPARE(pair.bob.sessions->decrypt(pair.alice.address(), sent.data, false).error(),
             CryptoError::StoreFailure);
    pair.bob.store->setFailing(false);
    QCOMPARE(plain(pair.bob.sessions->decrypt(pair.alice.address(), sent.data, false).value()),
             QByteArray("x"));
  }
};

QTEST_GUILESS_MAIN(SessionCipherTest)
#include "SessionCipherTest.moc"
