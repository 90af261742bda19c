// Verification by QR code against the real Prosody: bob reads the link alice's device
// shows (what Conversations scans) and her device becomes verified; a tampered, unrelated
// or foreign link changes nothing and says why. The safety-number code both sides show
// compares equal.
#include "AppTestSupport.h"

using namespace sotto::app;
using namespace sotto::app::test;
using LinkResult = MessagingController::LinkResult;
using DeviceCheck = MessagingController::DeviceCheck;
using CodeComparison = MessagingController::CodeComparison;

namespace {

int trustOf(const MessagingController &controller, const QString &jid, int deviceId) {
  for (const QVariant &entry : controller.devices(jid)) {
    const QVariantMap device = entry.toMap();
    if (device.value(QStringLiteral("deviceId")).toInt() == deviceId)
      return device.value(QStringLiteral("trust")).toInt();
  }
  return -1;
}

LinkResult resultOf(const QVariantMap &answer) {
  return answer.value(QStringLiteral("result")).value<LinkResult>();
}

DeviceCheck firstCheck(const QVariantMap &answer) {
  return answer.value(QStringLiteral("devices"))
      .toList()
      .value(0)
      .toMap()
      .value(QStringLiteral("check"))
      .value<DeviceCheck>();
}

// The link with one hex digit of the first fingerprint changed.
QString tampered(QString link) {
  const qsizetype at = link.indexOf(QLatin1Char('=')) + 10;
  link[at] = link[at] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
  return link;
}

} // namespace

class VerificationIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  Peer alice_;
  Peer bob_;

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(alice_.start(server_, QStringLiteral("alice")));
    QVERIFY(bob_.start(server_, QStringLiteral("bob")));
    // bob learns alice's device key from her first message.
    QVERIFY(sendWhenReady(*alice_.controller, bob_.jid, QStringLiteral("hello")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!bob_.history(alice_.jid).isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(trustOf(*bob_.controller, alice_.jid, alice_.controller->ownDeviceId()) >= 0,
                             15000);
  }

  void ownLinkNamesThisDevice() {
    const QString link = alice_.controller->verificationLink(alice_.jid, alice_.controller->ownDeviceId());
    const QString hex = alice_.controller->ownFingerprint().remove(QLatin1Char(' '));
    QCOMPARE(link, QStringLiteral("xmpp:%1?omemo-sid-%2=%3")
                       .arg(alice_.jid)
                       .arg(alice_.controller->ownDeviceId())
                       .arg(hex));
    // All active devices (0): only this one exists.
    QCOMPARE(alice_.controller->verificationLink(alice_.jid), link);
    // bob builds the same link from the key he received.
    QCOMPARE(bob_.controller->verificationLink(alice_.jid, alice_.controller->ownDeviceId()), link);
    QVERIFY(bob_.controller->verificationLink(alice_.jid, 12345).isEmpty());
    // Reading our own link: this device is ours, nothing to record.
    const QVariantMap own = alice_.controller->verifyFromLink(link);
    QCOMPARE(resultOf(own), LinkResult::Verified);
    QCOMPARE(firstCheck(own), DeviceCheck::AlreadyVerified);
  }

  void hostileLinksChangeNothing() {
    const int device = alice_.controller->ownDeviceId();
    const QString link = alice_.controller->verificationLink(alice_.jid);
    const int before = trustOf(*bob_.controller, alice_.jid, device);
    QVERIFY(before != int(MessagingController::Trust::Verified));
    QSignalSpy changed(bob_.controller.get(), &MessagingController::devicesChanged);

    const QVariantMap wrongKey = bob_.controller->verifyFromLink(tampered(link), alice_.jid);
    QCOMPARE(resultOf(wrongKey), LinkResult::Mismatch);
    QCOMPARE(firstCheck(wrongKey), DeviceCheck::FingerprintMismatch);

    const QVariantMap otherContact =
        bob_.controller->verifyFromLink(link, QStringLiteral("carol@") + server_.domain);
    QCOMPARE(resultOf(otherContact), LinkResult::OtherContact);
    QCOMPARE(otherContact.value(QStringLiteral("jid")).toString(), alice_.jid);

    const QString unknown =
        QStringLiteral("xmpp:%1?omemo-sid-12345=%2").arg(alice_.jid, QString(64, QLatin1Char('a')));
    const QVariantMap nothingKnown = bob_.controller->verifyFromLink(unknown, alice_.jid);
    QCOMPARE(resultOf(nothingKnown), LinkResult::NothingKnown);
    QCOMPARE(firstCheck(nothingKnown), DeviceCheck::UnknownDevice);

    for (const QString &junk : {QString(), QStringLiteral("https://example.org"), link.left(link.size() - 1),
                                link + QStringLiteral(";omemo-sid-%1=").arg(device) + link.section(u'=', 1),
                                QStringLiteral("xmpp:a@b?") + QString(200000, QLatin1Char(';'))})
      QCOMPARE(resultOf(bob_.controller->verifyFromLink(junk, alice_.jid)), LinkResult::Malformed);

    QCOMPARE(trustOf(*bob_.controller, alice_.jid, device), before);
    QVERIFY(changed.isEmpty());
  }

  void readingTheLinkVerifiesTheDevice() {
    const int device = alice_.controller->ownDeviceId();
    QSignalSpy changed(bob_.controller.get(), &MessagingController::devicesChanged);
    // Scanners may hand back another case for the scheme and the hex.
    const QString link = alice_.controller->verificationLink(alice_.jid);
    const QString scanned = QStringLiteral("XMPP:") + link.mid(5, link.indexOf(u'?') - 4) +
                            link.mid(link.indexOf(u'?') + 1)
                                .toUpper()
                                .replace(QStringLiteral("OMEMO-SID-"), QStringLiteral("omemo-sid-"));
    const QVariantMap answer = bob_.controller->verifyFromLink(scanned, alice_.jid);
    QCOMPARE(resultOf(answer), LinkResult::Verified);
    QCOMPARE(answer.value(QStringLiteral("devices")).toList().size(), 1);
    QCOMPARE(firstCheck(answer), DeviceCheck::Verified);
    QCOMPARE(trustOf(*bob_.controller, alice_.jid, device), int(MessagingController::Trust::Verified));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().first().toString(), alice_.jid);
    // Read again: already verified.
    QCOMPARE(firstCheck(bob_.controller->verifyFromLink(link, alice_.jid)), DeviceCheck::AlreadyVerified);
    // The trust decision lasts: a tampered link afterwards does not undo it either.
    QCOMPARE(resultOf(bob_.controller->verifyFromLink(tampered(link), alice_.jid)), LinkResult::Mismatch);
    QCOMPARE(trustOf(*bob_.controller, alice_.jid, device), int(MessagingController::Trust::Verified));
  }

  void safetyNumberCodesCompare() {
    // alice knows bob's key once he answers.
    QVERIFY(sendWhenReady(*bob_.controller, alice_.jid, QStringLiteral("hi")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!alice_.controller->safetyNumber(bob_.jid).isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(alice_.controller->safetyNumber(bob_.jid),
                              bob_.controller->safetyNumber(alice_.jid), 15000);
    const QString aliceCode = alice_.controller->safetyNumberCode(bob_.jid);
    QVERIFY(aliceCode.startsWith(QStringLiteral("sotto-safety-number:")));
    QCOMPARE(bob_.controller->compareSafetyNumberCode(alice_.jid, aliceCode), CodeComparison::Match);
    // Our own code is not theirs: the two halves are swapped.
    QCOMPARE(
        bob_.controller->compareSafetyNumberCode(alice_.jid, bob_.controller->safetyNumberCode(alice_.jid)),
        CodeComparison::Mismatch);
    QCOMPARE(bob_.controller->compareSafetyNumberCode(alice_.jid, QStringLiteral("hello")),
             CodeComparison::NotASafetyNumber);
    QCOMPARE(bob_.controller->compareSafetyNumberCode(QStringLiteral("nobody@") + server_.domain, aliceCode),
             CodeComparison::Unavailable);
  }
};

SOTTO_TEST_MAIN_REQUIRING(VerificationIntegrationTest, sotto::test::xmppServer().has_value(),
                          "needs the test XMPP server (scripts/test starts one)")
#include "VerificationIntegrationTest.moc"
