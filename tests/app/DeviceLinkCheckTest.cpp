// The rules for reading a verification link, without a server: which devices a link
// verifies, and that a tampered or unrelated link records nothing. Plus the text form of
// the safety-number QR code.
#include "DeviceLinkCheck.h"
#include "SafetyNumberCode.h"

#include "sotto/crypto/VerificationLink.h"

#include <QTest>

using namespace sotto::app;
using sotto::crypto::VerificationLink;
using Outcome = DeviceLinkCheck::Outcome;

namespace {
const QByteArray kKey1 =
    QByteArray::fromHex("0506863bc66d02b40d27b8d49ca7c09e9239236f9d7d25d6fcca5ce13c7064d868");
const QByteArray kKey2 =
    QByteArray::fromHex("05f781b6fb32fed9ba1cf2de978d4d5da28dc34046ae814402b5c0dbd96fda907b");

QList<Outcome> outcomes(const QList<DeviceLinkCheck::Device> &devices) {
  QList<Outcome> result;
  for (const auto &device : devices)
    result.append(device.outcome);
  return result;
}
} // namespace

class DeviceLinkCheckTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void matchingKeysVerify() {
    const VerificationLink link{QStringLiteral("alice@example.org"), {{11, kKey1}, {22, kKey2}}};
    const QHash<std::int32_t, DeviceLinkCheck::Known> known{{11, {kKey1, false}}, {22, {kKey2, true}}};
    const auto checks = DeviceLinkCheck::check(link, known);
    QCOMPARE(outcomes(checks), (QList<Outcome>{Outcome::Verified, Outcome::AlreadyVerified}));
    QCOMPARE(checks.first().deviceId, 11);
    QVERIFY(DeviceLinkCheck::mayRecord(checks));
  }

  void oneWrongKeyRecordsNothing() {
    const VerificationLink link{QStringLiteral("alice@example.org"), {{11, kKey1}, {22, kKey1}}};
    const QHash<std::int32_t, DeviceLinkCheck::Known> known{{11, {kKey1, false}}, {22, {kKey2, false}}};
    const auto checks = DeviceLinkCheck::check(link, known);
    QCOMPARE(outcomes(checks), (QList<Outcome>{Outcome::Verified, Outcome::FingerprintMismatch}));
    QVERIFY(!DeviceLinkCheck::mayRecord(checks));
  }

  void unknownDevicesAreSkipped() {
    const VerificationLink link{QStringLiteral("alice@example.org"), {{11, kKey1}, {33, kKey2}}};
    const QHash<std::int32_t, DeviceLinkCheck::Known> known{{11, {kKey1, false}},
                                                            {33, {QByteArray(), false}}};
    const auto checks = DeviceLinkCheck::check(link, known);
    QCOMPARE(outcomes(checks), (QList<Outcome>{Outcome::Verified, Outcome::UnknownDevice}));
    QVERIFY(DeviceLinkCheck::mayRecord(checks));
    // Nothing known at all: nothing to record.
    QVERIFY(!DeviceLinkCheck::mayRecord(DeviceLinkCheck::check(link, {})));
  }

  void parsedLinkFeedsTheCheck() {
    // As Conversations writes it (uppercase hex, an action before the fingerprints).
    auto link = VerificationLink::parse(QStringLiteral("xmpp:alice@example.org?message;omemo-sid-11=") +
                                        QString::fromLatin1(kKey1.mid(1).toHex().toUpper()));
    QVERIFY(link.has_value());
    QCOMPARE(outcomes(DeviceLinkCheck::check(*link, {{11, {kKey1, false}}})),
             QList<Outcome>{Outcome::Verified});
  }

  void safetyNumberCodeRoundTrips() {
    const QByteArray scannable = QByteArray::fromHex("0800121e0a1c") + QByteArray(60, '\xfe');
    const QString code = SafetyNumberCode::encode(scannable);
    QVERIFY(code.startsWith(QStringLiteral("sotto-safety-number:")));
    QVERIFY(!code.contains(QLatin1Char('+')) && !code.contains(QLatin1Char('/')) &&
            !code.contains(QLatin1Char('=')));
    QCOMPARE(SafetyNumberCode::decode(code).value(), scannable);
    QCOMPARE(SafetyNumberCode::decode(QStringLiteral("  ") + code + QStringLiteral("\n")).value(), scannable);
  }

  void safetyNumberCodeRefusesJunk_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix only") << QStringLiteral("sotto-safety-number:");
    QTest::newRow("other prefix") << QStringLiteral("signal:CAASAA");
    QTest::newRow("bad base64") << QStringLiteral("sotto-safety-number:ab*cd");
    QTest::newRow("standard base64 chars") << QStringLiteral("sotto-safety-number:ab+/cd");
    QTest::newRow("huge") << QStringLiteral("sotto-safety-number:") + QString(100000, QLatin1Char('A'));
    QTest::newRow("xmpp link") << QStringLiteral("xmpp:a@b?omemo-sid-1=00");
  }
  void safetyNumberCodeRefusesJunk() {
    QFETCH(QString, text);
    QVERIFY(!SafetyNumberCode::decode(text).has_value());
  }
};

QTEST_GUILESS_MAIN(DeviceLinkCheckTest)
#include "DeviceLinkCheckTest.moc"
