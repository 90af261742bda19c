// The OMEMO store over SQLCipher: crypto's ProtocolStore contract (the same checks the
// in-memory store passes), persistence across reopen, first/last seen and trust, device
// lists, and a decrypted message committed in one transaction with its ratchet state.
#include "sotto/storage/OmemoStore.h"
#include "ProtocolStoreContract.h"
#include "StorageTestSupport.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/Transaction.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;
using sotto::crypto::ProtocolAddress;
using sotto::crypto::TrustState;

class OmemoStoreTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int next_ = 0;
  std::int64_t clock_ = 1000;

  struct Fixture {
    QString name;
    std::optional<Database> db;
    std::int64_t account = 0;
  };

  Fixture fixture() {
    Fixture f;
    f.name = QStringLiteral("omemo%1.db").arg(++next_);
    f.db.emplace(sotto::storage::test::migratedDatabase(dir_.path(), f.name));
    f.account =
        AccountRepository(*f.db).add({0, QStringLiteral("me@example.org"), {}, {}, {}, true, 1}).value();
    return f;
  }

private Q_SLOTS:
  void meetsTheProtocolStoreContract() {
    Fixture f = fixture();
    OmemoStore store(*f.db, f.account);
    sotto::crypto::testing::checkProtocolStoreContract(store);
  }

  void accountsAreSeparate() {
    Fixture f = fixture();
    const auto other =
        AccountRepository(*f.db).add({0, QStringLiteral("work@example.org"), {}, {}, {}, true, 1}).value();
    OmemoStore mine(*f.db, f.account);
    OmemoStore theirs(*f.db, other);
    const ProtocolAddress bob{QStringLiteral("bob@example.org"), 7};
    QVERIFY(mine.storeSession(bob, QByteArrayLiteral("session")));
    QVERIFY(mine.storePreKey(1, QByteArrayLiteral("pk")));
    QVERIFY(!theirs.containsSession(bob).value());
    QVERIFY(!theirs.containsPreKey(1).value());
  }

  void survivesReopen() {
    Fixture f = fixture();
    sotto::crypto::LocalIdentity identity;
    identity.identityPublicKey = QByteArray(33, '\x05');
    identity.identityPrivateKey = sotto::crypto::SecureBytes(32);
    identity.identityPrivateKey.data()[0] = 9;
    identity.registrationId = 4242;
    identity.deviceId = 123456;
    {
      OmemoStore store(*f.db, f.account);
      QVERIFY(store.saveLocalIdentity(identity));
      QVERIFY(store.storeSignedPreKey(3, QByteArrayLiteral("spk")));
    }
    f.db.reset();
    auto db = Database::open(dir_.filePath(f.name), sotto::storage::test::makeKey(42));
    QVERIFY(db);
    OmemoStore store(*db, f.account);
    const auto loaded = store.loadLocalIdentity().value();
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->deviceId, identity.deviceId);
    QCOMPARE(loaded->registrationId, identity.registrationId);
    QCOMPARE(loaded->identityPublicKey, identity.identityPublicKey);
    QVERIFY(loaded->identityPrivateKey.equals(identity.identityPrivateKey));
    QCOMPARE(store.signedPreKeyIds().value(), (QList<std::uint32_t>{3}));
  }

  void identitiesRememberWhenAndTrust() {
    Fixture f = fixture();
    OmemoStore store(*f.db, f.account, [this] { return clock_; });
    const ProtocolAddress bob{QStringLiteral("bob@example.org"), 7};
    clock_ = 1000;
    QVERIFY(store.saveIdentity(bob, QByteArrayLiteral("key-1")));
    QVERIFY(store.setIdentityTrust(bob, TrustState::Verified).value());
    clock_ = 2000;
    QVERIFY(store.saveIdentity(bob, QByteArrayLiteral("key-1")));
    auto records = store.identities(bob.name).value();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).firstSeen, 1000);
    QCOMPARE(records.at(0).lastSeen, 2000);
    QCOMPARE(records.at(0).trust, TrustState::Verified);
    // A changed key is a new identity: trust and first seen start over.
    clock_ = 3000;
    QVERIFY(store.saveIdentity(bob, QByteArrayLiteral("key-2")));
    records = store.identities(bob.name).value();
    QCOMPARE(records.at(0).identityKey, QByteArrayLiteral("key-2"));
    QCOMPARE(records.at(0).trust, TrustState::Undecided);
    QCOMPARE(records.at(0).firstSeen, 3000);
  }

  void deviceListsTrackActiveAndInactive() {
    Fixture f = fixture();
    OmemoStore store(*f.db, f.account, [this] { return clock_; });
    const QString bob = QStringLiteral("bob@example.org");
    clock_ = 100;
    QVERIFY(store.updateDeviceList(bob, {1, 2}));
    clock_ = 200;
    QVERIFY(store.updateDeviceList(bob, {2, 3}));
    const auto devices = store.devices(bob).value();
    QCOMPARE(devices.size(), 3);
    QCOMPARE(devices.at(0).deviceId, 1);
    QVERIFY(!devices.at(0).active);
    QCOMPARE(devices.at(0).lastSeen, 100);
    QVERIFY(devices.at(1).active);
    QCOMPARE(devices.at(1).firstSeen, 100);
    QCOMPARE(devices.at(1).lastSeen, 100); // seen again within the day: not rewritten
    QVERIFY(devices.at(2).active);
    QCOMPARE(devices.at(2).firstSeen, 200);
    QVERIFY(store.devices(QStringLiteral("nobody@example.org")).value().isEmpty());
    // A day later the listed devices' lastSeen moves on (the 90-day staleness rule).
    clock_ = 200 + OmemoStore::kLastSeenGranularityMs;
    QVERIFY(store.updateDeviceList(bob, {2, 3}));
    QCOMPARE(store.devices(bob).value().at(1).lastSeen, clock_);
    QCOMPARE(store.devices(bob).value().at(0).lastSeen, 100); // not listed: stays
  }

  void unchangedDeviceListWritesNothing() {
    Fixture f = fixture();
    OmemoStore store(*f.db, f.account, [this] { return clock_; });
    const QString bob = QStringLiteral("bob@example.org");
    QVERIFY(store.updateDeviceList(bob, {1, 2, 3}));
    // Count every row written to omemo_devices from here on.
    QVERIFY(f.db->exec("CREATE TEMP TABLE writes (n INTEGER);"
                       "CREATE TEMP TRIGGER count_updates AFTER UPDATE ON main.omemo_devices "
                       "BEGIN INSERT INTO writes VALUES (1); END;"
                       "CREATE TEMP TRIGGER count_inserts AFTER INSERT ON main.omemo_devices "
                       "BEGIN INSERT INTO writes VALUES (1); END;"));
    const auto writes = [&f] {
      auto count = f.db->prepare("SELECT count(*) FROM writes");
      return count && count->step().value_or(false) ? count->int64At(0) : -1;
    };
    for (int i = 0; i < 5; ++i) {
      clock_ += 1000;
      QVERIFY(store.updateDeviceList(bob, {3, 1, 2}));
    }
    QCOMPARE(writes(), 0);
    QVERIFY(store.updateDeviceList(bob, {1, 2, 4})); // 3 leaves, 4 arrives: two rows
    QCOMPARE(writes(), 2);
  }

  void ratchetStateAndMessageCommitTogether() {
    Fixture f = fixture();
    OmemoStore store(*f.db, f.account);
    MessageRepository messages(*f.db);
    const auto conversation =
        ConversationRepository(*f.db).obtain(f.account, QStringLiteral("bob@example.org")).value();
    const ProtocolAddress bob{QStringLiteral("bob@example.org"), 7};
    Message message;
    message.conversationId = conversation;
    message.senderJid = bob.name;
    message.body = QStringLiteral("decrypted");
    message.timestamp = 1;
    message.receivedAt = 1;

    {
      auto transaction = Transaction::begin(*f.db);
      QVERIFY(transaction);
      QVERIFY(store.storeSession(bob, QByteArrayLiteral("ratchet-1")));
      QVERIFY(messages.insert(message));
      // no commit: e.g. the app failed afterwards; neither may remain
    }
    QVERIFY(!store.containsSession(bob).value());
    QCOMPARE(f.db->queryInt("SELECT count(*) FROM messages").value(), 0);

    auto transaction = Transaction::begin(*f.db);
    QVERIFY(transaction);
    QVERIFY(store.storeSession(bob, QByteArrayLiteral("ratchet-2")));
    QVERIFY(messages.insert(message));
    QVERIFY(transaction->commit());
    QCOMPARE(store.loadSession(bob).value().value(), QByteArrayLiteral("ratchet-2"));
    QCOMPARE(f.db->queryInt("SELECT count(*) FROM messages").value(), 1);
  }

  void closedDatabaseIsUnavailable() {
    Fixture f = fixture();
    OmemoStore store(*f.db, f.account);
    f.db->close();
    const auto loaded = store.loadSession({QStringLiteral("bob@example.org"), 1});
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(), sotto::crypto::StoreError::Unavailable);
  }
};

QTEST_GUILESS_MAIN(OmemoStoreTest)
#include "OmemoStoreTest.moc"
