// Settings › Devices against the real Prosody: alice signs in on a second computer, that
// device shows up in her list; once it is gone she removes it, and the list on the server
// (read afresh by a third sign-in) no longer has it. This device cannot be removed.
#include "AppTestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sotto::app;
using namespace sotto::app::test;

namespace {

QList<int> activeDevices(const MessagingController &controller, const QString &jid) {
  QList<int> ids;
  for (const QVariant &entry : controller.devices(jid)) {
    const QVariantMap device = entry.toMap();
    if (device.value(QStringLiteral("active")).toBool())
      ids.append(device.value(QStringLiteral("deviceId")).toInt());
  }
  return ids;
}

} // namespace

class OwnDevicesIntegrationTest : public QObject {
  Q_OBJECT

  sotto::test::XmppServer server_ = *sotto::test::xmppServer();

private Q_SLOTS:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void removesAnotherDeviceOfOurs() {
    Peer alice;
    QVERIFY(alice.start(server_, QStringLiteral("alice")));
    const int thisDevice = alice.controller->ownDeviceId();

    int otherDevice = 0;
    {
      QTemporaryDir dir;
      MessagingController laptop;
      QVERIFY(signInFromAnotherProfile(laptop, dir, alice.jid, server_));
      otherDevice = laptop.ownDeviceId();
      QVERIFY(otherDevice != 0 && otherDevice != thisDevice);
      // The server tells alice's first device about the second one.
      QTRY_VERIFY_WITH_TIMEOUT(activeDevices(*alice.controller, alice.jid).contains(otherDevice), 15000);
    } // the laptop is gone (if it were still online, it would put itself back on the list)

    const QVariantList listed = alice.controller->devices(alice.jid);
    int marked = 0;
    for (const QVariant &entry : listed)
      marked += entry.toMap().value(QStringLiteral("own")).toBool() ? 1 : 0;
    QCOMPARE(marked, 1);

    QSignalSpy changed(alice.controller.get(), &MessagingController::devicesChanged);
    QSignalSpy errors(alice.controller.get(), &MessagingController::errorOccurred);
    QVERIFY(!alice.controller->removeOwnDevice(thisDevice));
    QCOMPARE(errors.count(), 1);
    QVERIFY(activeDevices(*alice.controller, alice.jid).contains(thisDevice));

    QVERIFY(alice.controller->removeOwnDevice(otherDevice));
    // The list the UI reads has changed at once …
    QVERIFY(!changed.isEmpty());
    QCOMPARE(activeDevices(*alice.controller, alice.jid), QList<int>{thisDevice});
    // … and the server's echo of the new list follows.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 15000);

    // A fresh read of the list on the server: a third sign-in fetches it at login.
    QTemporaryDir dir;
    MessagingController desktop;
    QVERIFY(signInFromAnotherProfile(desktop, dir, alice.jid, server_));
    QTRY_VERIFY_WITH_TIMEOUT(activeDevices(desktop, alice.jid).contains(thisDevice), 15000);
    QVERIFY(!activeDevices(desktop, alice.jid).contains(otherDevice));
    QTRY_VERIFY_WITH_TIMEOUT(activeDevices(*alice.controller, alice.jid).contains(desktop.ownDeviceId()),
                             15000);
    QVERIFY(!activeDevices(*alice.controller, alice.jid).contains(otherDevice));
  }
};

SOTTO_TEST_MAIN_REQUIRING(OwnDevicesIntegrationTest, sotto::test::xmppServer().has_value(),
                          "needs the test Prosody (scripts/test)")
#include "OwnDevicesIntegrationTest.moc"
