#include "support/InMemoryProtocolStore.h"
#include "support/ProtocolStoreContract.h"

#include <QTest>

using sotto::crypto::StoreError;
using sotto::crypto::testing::InMemoryProtocolStore;

class InMemoryProtocolStoreTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void meetsTheStoreContract() {
    InMemoryProtocolStore store;
    sotto::crypto::testing::checkProtocolStoreContract(store);
  }

  void failingStoreReportsUnavailable() {
    InMemoryProtocolStore store;
    store.setFailing(true);
    QCOMPARE(store.loadPreKey(1).error(), StoreError::Unavailable);
    QCOMPARE(store.storeSession({QStringLiteral("a@b"), 1}, "x").error(), StoreError::Unavailable);
    QCOMPARE(store.isTrustedIdentity({QStringLiteral("a@b"), 1}, "k").error(), StoreError::Unavailable);
    store.setFailing(false);
    QCOMPARE(store.writeCount(), 0);
  }

  void stateComparesEqualOnlyWhenUnchanged() {
    InMemoryProtocolStore store;
    const auto before = store.state();
    QVERIFY(store.state() == before);
    QVERIFY(store.storeSession({QStringLiteral("a@b"), 1}, "x").has_value());
    QVERIFY(!(store.state() == before));
  }
};

QTEST_GUILESS_MAIN(InMemoryProtocolStoreTest)
#include "InMemoryProtocolStoreTest.moc"
