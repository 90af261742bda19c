#include "ProtocolStoreContract.h"

#include <QTest>

#include <algorithm>

namespace sotto::crypto::testing {

namespace {

void checkLocalIdentity(ProtocolStore &store) {
  auto empty = store.loadLocalIdentity();
  QVERIFY(empty.has_value());
  QVERIFY(!empty->has_value());

  LocalIdentity identity;
  identity.identityPublicKey = QByteArray(33, '\x05');
  const unsigned char secret[32] = {1, 2, 3};
  identity.identityPrivateKey = SecureBytes(secret, sizeof secret);
  identity.registrationId = 4242;
  identity.deviceId = 0x7fffffff;
  QVERIFY(store.saveLocalIdentity(identity).has_value());
  auto loaded = store.loadLocalIdentity();
  QVERIFY(loaded.has_value() && loaded->has_value());
  QCOMPARE((*loaded)->identityPublicKey, identity.identityPublicKey);
  QVERIFY((*loaded)->identityPrivateKey.equals(identity.identityPrivateKey));
  QCOMPARE((*loaded)->registrationId, 4242u);
  QCOMPARE((*loaded)->deviceId, 0x7fffffff);
}

void checkPreKeys(ProtocolStore &store) {
  QVERIFY(!store.loadPreKey(1).value().has_value());
  QVERIFY(!store.containsPreKey(1).value());
  QVERIFY(store.storePreKey(1, "one").has_value());
  QVERIFY(store.storePreKey(0xFFFFFE, "last").has_value());
  QVERIFY(store.storePreKey(1, "one again").has_value()); // replace
  QCOMPARE(store.loadPreKey(1).value().value(), QByteArray("one again"));
  QVERIFY(store.containsPreKey(0xFFFFFE).value());
  auto ids = store.preKeyIds().value();
  std::sort(ids.begin(), ids.end());
  QCOMPARE(ids, (QList<std::uint32_t>{1, 0xFFFFFE}));
  QVERIFY(store.removePreKey(1).has_value());
  QVERIFY(store.removePreKey(1).has_value()); // idempotent
  QVERIFY(!store.containsPreKey(1).value());
  QCOMPARE(store.preKeyIds().value().size(), 1);
}

void checkSignedPreKeys(ProtocolStore &store) {
  QVERIFY(!store.loadSignedPreKey(7).value().has_value());
  QVERIFY(store.storeSignedPreKey(7, QByteArray("\x00\x01", 2)).has_value());
  QCOMPARE(store.loadSignedPreKey(7).value().value(), QByteArray("\x00\x01", 2)); // binary-safe
  QVERIFY(store.containsSignedPreKey(7).value());
  QCOMPARE(store.signedPreKeyIds().value(), QList<std::uint32_t>{7});
  QVERIFY(store.removeSignedPreKey(7).has_value());
  QVERIFY(store.removeSignedPreKey(7).has_value());
  QVERIFY(!store.containsSignedPreKey(7).value());
  QVERIFY(store.signedPreKeyIds().value().isEmpty());
}

void checkSessions(ProtocolStore &store) {
  const ProtocolAddress alice1{QStringLiteral("alice@example.org"), 1};
  const ProtocolAddress alice2{QStringLiteral("alice@example.org"), 2};
  const ProtocolAddress bob1{QStringLiteral("bob@example.org"), 1};
  QVERIFY(!store.loadSession(alice1).value().has_value());
  QVERIFY(!store.containsSession(alice1).value());
  QVERIFY(!store.deleteSession(alice1).value());
  QVERIFY(store.storeSession(alice1, "a1").has_value());
  QVERIFY(store.storeSession(alice2, "a2").has_value());
  QVERIFY(store.storeSession(bob1, "b1").has_value());
  QVERIFY(store.storeSession(alice1, "a1'").has_value());
  QCOMPARE(store.loadSession(alice1).value().value(), QByteArray("a1'"));
  auto devices = store.subDeviceSessions(alice1.name).value();
  std::sort(devices.begin(), devices.end());
  QCOMPARE(devices, (QList<std::int32_t>{1, 2}));
  QVERIFY(store.deleteSession(alice2).value());
  QVERIFY(!store.containsSession(alice2).value());
  QCOMPARE(store.deleteAllSessions(alice1.name).value(), 1);
  QCOMPARE(store.deleteAllSessions(alice1.name).value(), 0);
  QVERIFY(store.subDeviceSessions(alice1.name).value().isEmpty());
  QVERIFY(store.containsSession(bob1).value()); // other JIDs untouched
}

void checkIdentities(ProtocolStore &store) {
  const ProtocolAddress carol{QStringLiteral("carol@example.org"), 99};
  const QByteArray key(33, '\x05');
  QByteArray otherKey = key;
  otherKey[32] = '\x06';
  QVERIFY(!store.loadIdentity(carol).value().has_value());
  QVERIFY(!store.setIdentityTrust(carol, TrustState::Verified).value()); // nothing stored
  QVERIFY(store.isTrustedIdentity(carol, key).value());                  // first use
  QVERIFY(store.saveIdentity(carol, key).has_value());
  QCOMPARE(store.loadIdentity(carol).value()->trust, TrustState::Undecided);
  QVERIFY(store.setIdentityTrust(carol, TrustState::Verified).value());
  QVERIFY(store.saveIdentity(carol, key).has_value()); // same key keeps the decision
  QCOMPARE(store.loadIdentity(carol).value()->trust, TrustState::Verified);
  QVERIFY(store.isTrustedIdentity(carol, key).value());
  QVERIFY(!store.isTrustedIdentity(carol, otherKey).value()); // changed key refused
  QVERIFY(store.saveIdentity(carol, otherKey).has_value());   // saved on purpose
  const auto replaced = store.loadIdentity(carol).value().value();
  QCOMPARE(replaced.identityKey, otherKey);
  QCOMPARE(replaced.trust, TrustState::Undecided);
}

} // namespace

void checkProtocolStoreContract(ProtocolStore &store) {
  checkLocalIdentity(store);
  if (QTest::currentTestFailed())
    return;
  checkPreKeys(store);
  if (QTest::currentTestFailed())
    return;
  checkSignedPreKeys(store);
  if (QTest::currentTestFailed())
    return;
  checkSessions(store);
  if (QTest::currentTestFailed())
    return;
  checkIdentities(store);
}

} // namespace sotto::crypto::testing
