#include "support/InMemoryProtocolStore.h"
#include "support/TestDevice.h"

#include "KeyCodec.h"

#include <QSet>
#include <QTest>

using namespace sotto::crypto;
using sotto::crypto::testing::InMemoryProtocolStore;
using sotto::crypto::testing::TestDevice;

class KeyManagerTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void freshProfileGetsIdentityAndFullBundle() {
    TestDevice device(QStringLiteral("alice@example.org"));
    QVERIFY(device.deviceId >= 1);
    const Bundle bundle = device.bundle();
    QCOMPARE(bundle.deviceId, device.deviceId);
    QCOMPARE(bundle.identityKey.size(), 33);
    QCOMPARE(bundle.identityKey.at(0), '\x05');
    QCOMPARE(bundle.signedPreKeyPublic.size(), 33);
    QCOMPARE(bundle.signedPreKeySignature.size(), 64);
    QCOMPARE(bundle.preKeys.size(), 100);
    QSet<std::uint32_t> ids;
    for (const auto &preKey : bundle.preKeys) {
      QCOMPARE(preKey.publicKey.size(), 33);
      ids.insert(preKey.id);
    }
    QCOMPARE(ids.size(), 100);
    const auto local = device.store->state().local;
    QVERIFY(local.has_value());
    QVERIFY(local->registrationId >= 1 && local->registrationId <= 16380);
  }

  void existingIdentityIsKept() {
    InMemoryProtocolStore store;
    std::int32_t firstId = 0;
    QByteArray firstKey;
    {
      auto engine = SignalEngine::create(store).value();
      KeyManager keys(*engine);
      QCOMPARE(keys.ensureIdentity().value(), true);
      firstId = keys.deviceId().value();
      firstKey = keys.identityPublicKey().value();
    }
    auto engine = SignalEngine::create(store).value();
    KeyManager keys(*engine);
    QCOMPARE(keys.ensureIdentity().value(), false);
    QCOMPARE(keys.deviceId().value(), firstId);
    QCOMPARE(keys.identityPublicKey().value(), firstKey);
  }

  void deviceIdsAreRandomAndInRange() {
    QSet<std::int32_t> seen;
    for (int i = 0; i < 8; ++i) {
      KeyPolicy policy;
      policy.preKeyCount = 1; // keep it quick
      TestDevice device(QStringLiteral("a@b"), policy);
      QVERIFY(device.deviceId >= 1);
      seen.insert(device.deviceId);
    }
    QCOMPARE(seen.size(), 8);
  }

  void preKeyIdsWrap() {
    using sotto::crypto::detail::nextWrappingId;
    QCOMPARE(nextWrappingId({}), 1u);
    QCOMPARE(nextWrappingId({1, 2, 3}), 4u);
    QCOMPARE(nextWrappingId({0xFFFFFD, 0xFFFFFE}), 1u);
    QCOMPARE(nextWrappingId({0xFFFFFE, 1, 2}), 3u);
    QCOMPARE(nextWrappingId({5, 9, 100}), 101u); // used ones removed in between
  }

  void replenishingAfterWrapContinuesFromTheNewest() {
    InMemoryProtocolStore store;
    auto engine = SignalEngine::create(store).value();
    KeyPolicy policy;
    policy.preKeyCount = 3;
    KeyManager keys(*engine, policy);
    QVERIFY(keys.ensureIdentity().has_value());
    // Pretend the ids have reached the end of the range.
    const QByteArray record = store.loadPreKey(1).value().value();
    const auto existing = store.preKeyIds().value();
    for (std::uint32_t id : existing)
      QVERIFY(store.removePreKey(id).has_value());
    QVERIFY(store.storePreKey(0xFFFFFE, record).has_value());
    QCOMPARE(keys.replenishPreKeys().value(), true);
    auto ids = store.preKeyIds().value();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<std::uint32_t>{1, 2, 0xFFFFFE}));
    QCOMPARE(keys.replenishPreKeys().value(), false); // full
  }

  void signedPreKeyRotatesWeeklyAndKeepsThePreviousForGrace() {
    InMemoryProtocolStore store;
    auto engine = SignalEngine::create(store).value();
    KeyPolicy policy;
    policy.preKeyCount = 1;
    KeyManager keys(*engine, policy);
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    QVERIFY(keys.ensureIdentity(start).has_value());
    const auto first = keys.bundle().value();

    QCOMPARE(keys.rotateSignedPreKey(start.addDays(6)).value(), false);
    QCOMPARE(keys.bundle().value().signedPreKeyId, first.signedPreKeyId);

    QCOMPARE(keys.rotateSignedPreKey(start.addDays(7)).value(), true);
    const auto second = keys.bundle().value();
    QVERIFY(second.signedPreKeyId != first.signedPreKeyId);
    QVERIFY(second.signedPreKeyPublic != first.signedPreKeyPublic);
    QCOMPARE(store.signedPreKeyIds().value().size(), 2); // previous kept

    // 29 days after the second appeared: the first is still kept (and a third made).
    QCOMPARE(keys.rotateSignedPreKey(start.addDays(7 + 29)).value(), true);
    QVERIFY(store.containsSignedPreKey(first.signedPreKeyId).value());
    // 30 days after its successor appeared, the first goes.
    QCOMPARE(keys.rotateSignedPreKey(start.addDays(7 + 30)).value(), false);
    QVERIFY(!store.containsSignedPreKey(first.signedPreKeyId).value());
    QVERIFY(store.containsSignedPreKey(second.signedPreKeyId).value());
  }

  void usedPreKeyIsRemovedReplacedAndBundlePublishRequested() {
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    const Bundle bobBundle = bob.bundle();
    const std::uint32_t used = bobBundle.preKeys.at(5).id;
    QVERIFY(alice.sessions->buildSession(bob.address(), bobBundle, used).has_value());
    const auto message =
        alice.sessions->encrypt(bob.address(), SecureBytes(reinterpret_cast<const unsigned char *>("hi"), 2));
    QVERIFY(message.has_value() && message->isPreKey);
    QVERIFY(bob.sessions->decrypt(alice.address(), message->data, true).has_value());
    QVERIFY(!bob.store->containsPreKey(used).value());
    QCOMPARE(bob.store->preKeyIds().value().size(), 100);
    QCOMPARE(bob.bundleChanges, 1);
  }

  void deferredRemovalKeepsPreKeyUntilCatchUpEnds() {
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    const Bundle bobBundle = bob.bundle();
    const std::uint32_t used = bobBundle.preKeys.at(0).id;
    QVERIFY(alice.sessions->buildSession(bob.address(), bobBundle, used).has_value());
    const auto message =
        alice.sessions->encrypt(bob.address(), SecureBytes(reinterpret_cast<const unsigned char *>("hi"), 2));
    QVERIFY(bob.engine->setDeferPreKeyRemoval(true).has_value());
    QVERIFY(bob.sessions->decrypt(alice.address(), message->data, true).has_value());
    QVERIFY(bob.store->containsPreKey(used).value());
    QCOMPARE(bob.bundleChanges, 0);
    QVERIFY(bob.engine->setDeferPreKeyRemoval(false).has_value());
    QVERIFY(!bob.store->containsPreKey(used).value());
    QCOMPARE(bob.store->preKeyIds().value().size(), 100);
    QCOMPARE(bob.bundleChanges, 1);
  }
  void twoSendersOnTheSamePreKey() {
    // Two devices that fetched the same bundle may pick the same one-time prekey. Once
    // the first PreKey message consumed it, the second fails with InvalidKeyId; while
    // removal is deferred (catch-up), both decrypt.
    for (const bool deferred : {false, true}) {
      TestDevice bob(QStringLiteral("bob@example.org"));
      TestDevice alice(QStringLiteral("alice@example.org"));
      TestDevice carol(QStringLiteral("carol@example.org"));
      const Bundle bundle = bob.bundle();
      const std::uint32_t shared = bundle.preKeys.at(3).id;
      QVERIFY(alice.sessions->buildSession(bob.address(), bundle, shared).has_value());
      QVERIFY(carol.sessions->buildSession(bob.address(), bundle, shared).has_value());
      const SecureBytes hi(reinterpret_cast<const unsigned char *>("hi"), 2);
      const auto fromAlice = alice.sessions->encrypt(bob.address(), hi).value();
      const auto fromCarol = carol.sessions->encrypt(bob.address(), hi).value();
      QVERIFY(bob.engine->setDeferPreKeyRemoval(deferred).has_value());
      QVERIFY(bob.sessions->decrypt(alice.address(), fromAlice.data, true).has_value());
      auto second = bob.sessions->decrypt(carol.address(), fromCarol.data, true);
      if (deferred) {
        QVERIFY(second.has_value());
        QVERIFY(bob.engine->setDeferPreKeyRemoval(false).has_value());
        QVERIFY(!bob.store->containsPreKey(shared).value());
        QCOMPARE(bob.bundleChanges, 1);
      } else {
        QCOMPARE(second.error(), CryptoError::InvalidKeyId);
      }
    }
  }
};

QTEST_GUILESS_MAIN(KeyManagerTest)
#include "KeyManagerTest.moc"
