#include "DeviceListModel.h"
#include "UiTestSupport.h"

#include "sotto/storage/OmemoStore.h"

#include <QSignalSpy>
#include <QtTest>

using sotto::ui::DeviceListModel;
using namespace sotto::ui::test;
namespace storage = sotto::storage;
using Trust = sotto::app::MessagingController::Trust;

// The devices of a contact and our own, over a real profile (offline): what the OMEMO
// store knows shows as rows with the controller's keys as role names, trust decisions go
// through the controller and show at once.
class DeviceListModelTest : public QObject {
  Q_OBJECT

  std::unique_ptr<ProfileFixture> fixture_;
  const QString bob_ = QStringLiteral("bob@example.org");

  static QByteArray identityKey(char fill) { return QByteArray(1, '\x05') + QByteArray(32, fill); }
  static QVariant value(const DeviceListModel &model, int deviceId, int role) {
    const int row = model.rowOf(deviceId);
    return row < 0 ? QVariant() : model.data(model.index(row), role);
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    fixture_ = std::make_unique<ProfileFixture>();
    storage::OmemoStore store(fixture_->db(), fixture_->accountId());
    // Bob published 111 and 222; 333 is an older device no longer in his list.
    QVERIFY(store.updateDeviceList(bob_, {111, 222, 333}));
    QVERIFY(store.updateDeviceList(bob_, {111, 222}));
    QVERIFY(store.saveIdentity({bob_, 111}, identityKey('a')));
    QVERIFY(store.saveIdentity({bob_, 333}, identityKey('c')));
  }
  void cleanupTestCase() { fixture_.reset(); }

  void listsAContactsDevicesWithTheirState() {
    DeviceListModel model;
    model.setController(fixture_->backend().controller());
    model.setJid(bob_);
    QCOMPARE(model.rowCount(), 3);
    const QHash<int, QByteArray> roles = model.roleNames();
    for (const char *name : {"deviceId", "fingerprint", "trust", "active", "own", "lastSeen"})
      QVERIFY2(roles.values().contains(name), name);
    // Published ones first, by id.
    QCOMPARE(model.data(model.index(0), DeviceListModel::DeviceIdRole).toInt(), 111);
    QCOMPARE(model.data(model.index(2), DeviceListModel::DeviceIdRole).toInt(), 333);
    QVERIFY(!value(model, 333, DeviceListModel::ActiveRole).toBool());
    QVERIFY(value(model, 111, DeviceListModel::ActiveRole).toBool());
    QVERIFY(!value(model, 111, DeviceListModel::OwnRole).toBool());
    // The key of 111 is known: 8 groups of 8 hex digits; 222's is not yet.
    const QString fingerprint = value(model, 111, DeviceListModel::FingerprintRole).toString();
    QCOMPARE(fingerprint.split(u' ').size(), 8);
    QVERIFY(value(model, 222, DeviceListModel::FingerprintRole).toString().isEmpty());
    QCOMPARE(value(model, 111, DeviceListModel::TrustRole).toInt(), static_cast<int>(Trust::Undecided));
  }

  void trustDecisionsShowAtOnce() {
    DeviceListModel model;
    model.setController(fixture_->backend().controller());
    model.setJid(bob_);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setTrust(111, static_cast<int>(Trust::Verified)));
    QVERIFY(reset.count() >= 1);
    QCOMPARE(value(model, 111, DeviceListModel::TrustRole).toInt(), static_cast<int>(Trust::Verified));
    // No key known for 222: nothing to decide about; out-of-range values are refused.
    QVERIFY(!model.setTrust(222, static_cast<int>(Trust::Trusted)));
    QVERIFY(!model.setTrust(111, 42));
    // Someone else's device is not ours to remove.
    QVERIFY(!model.removeOwnDevice(111));
  }

  void followsDeviceChangesOfItsJidOnly() {
    DeviceListModel model;
    model.setController(fixture_->backend().controller());
    model.setJid(bob_);
    QSignalSpy counted(&model, &DeviceListModel::countChanged);
    Q_EMIT fixture_->backend().controller()->devicesChanged(QStringLiteral("carol@example.org"));
    QCOMPARE(counted.count(), 0);
    storage::OmemoStore store(fixture_->db(), fixture_->accountId());
    QVERIFY(store.updateDeviceList(bob_, {111, 222, 444}));
    Q_EMIT fixture_->backend().controller()->devicesChanged(bob_);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.rowCount(), 4);
  }

  void emptyJidMeansOurOwnDevices() {
    DeviceListModel model;
    model.setController(fixture_->backend().controller());
    QCOMPARE(model.effectiveJid(), QStringLiteral("alice@example.org"));
    storage::OmemoStore store(fixture_->db(), fixture_->accountId());
    const int own = fixture_->backend().controller()->ownDeviceId();
    QVERIFY(own != 0);
    QVERIFY(store.updateDeviceList(QStringLiteral("alice@example.org"), {own, 5150}));
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    // This device first, marked, with our own fingerprint.
    QCOMPARE(model.data(model.index(0), DeviceListModel::DeviceIdRole).toInt(), own);
    QVERIFY(model.data(model.index(0), DeviceListModel::OwnRole).toBool());
    QCOMPARE(model.data(model.index(0), DeviceListModel::FingerprintRole).toString(),
             fixture_->backend().controller()->ownFingerprint());
    QVERIFY(!model.removeOwnDevice(own)); // never this one
  }
};

QTEST_MAIN(DeviceListModelTest)
#include "DeviceListModelTest.moc"
