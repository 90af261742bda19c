// Safety numbers and per-device fingerprints.
//
// Known answers: the first vector is libsignal's own (test_fingerprint.c / Java's
// NumericFingerprintGeneratorTest: these two keys and phone numbers, 5200 iterations,
// give 300354477692869396892869876765458257569162576843440918079131). The list vector
// was computed independently in Python from the algorithm's description (per side:
// h = 0x0000 ‖ sorted keys ‖ id, 5200 × h = SHA-512(h ‖ keys), six 5-byte chunks mod
// 100000; the two 30-digit halves ordered ascending).
#include "support/TestDevice.h"

#include <sotto/crypto/DeviceFingerprint.h>
#include <sotto/crypto/SafetyNumber.h>

#include <QTest>

using namespace sotto::crypto;

namespace {
const QByteArray kAlice =
    QByteArray::fromHex("0506863bc66d02b40d27b8d49ca7c09e9239236f9d7d25d6fcca5ce13c7064d868");
const QByteArray kBob =
    QByteArray::fromHex("05f781b6fb32fed9ba1cf2de978d4d5da28dc34046ae814402b5c0dbd96fda907b");
} // namespace

class SafetyNumberTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void matchesLibsignalsPublishedVector() {
    auto number = SafetyNumber::compute({QStringLiteral("+14152222222"), {kAlice}},
                                        {QStringLiteral("+14153333333"), {kBob}});
    QVERIFY(number.has_value());
    QCOMPARE(number->digits(),
             QStringLiteral("300354477692869396892869876765458257569162576843440918079131"));
    QCOMPARE(number->groups().size(), 12);
    QCOMPARE(number->groups().first(), QStringLiteral("30035"));
  }

  void keyListKnownAnswer() {
    QByteArray second = kAlice.left(32) + QByteArray(1, '\x01');
    auto number = SafetyNumber::compute({QStringLiteral("alice@example.org"), {kAlice}},
                                        {QStringLiteral("bob@example.org"), {second, kBob}});
    QVERIFY(number.has_value());
    QCOMPARE(number->digits(),
             QStringLiteral("335322553606021271071388141195922998155182335836580843170682"));
  }

  void bothSidesAgreeAndScanningMatches() {
    using sotto::crypto::testing::TestDevice;
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice alice2(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    const SafetyNumber::Side aliceSide{alice.jid, {alice.bundle().identityKey, alice2.bundle().identityKey}};
    const SafetyNumber::Side bobSide{bob.jid, {bob.bundle().identityKey}};
    auto atAlice = SafetyNumber::compute(aliceSide, bobSide).value();
    auto atBob = SafetyNumber::compute(bobSide, aliceSide).value();
    QCOMPARE(atAlice.digits(), atBob.digits());
    QCOMPARE(atAlice.digits().size(), 60);
    QCOMPARE(atAlice.matchesScanned(atBob.scannable()).value(), true);
    QCOMPARE(atBob.matchesScanned(atAlice.scannable()).value(), true);
    // Key order does not matter.
    const SafetyNumber::Side reordered{alice.jid, {alice2.bundle().identityKey, alice.bundle().identityKey}};
    QCOMPARE(SafetyNumber::compute(reordered, bobSide)->digits(), atAlice.digits());

    // A changed identity key changes the number and fails the scan.
    TestDevice mallory(QStringLiteral("bob@example.org"));
    const SafetyNumber::Side fakeBob{bob.jid, {mallory.bundle().identityKey}};
    auto fake = SafetyNumber::compute(fakeBob, aliceSide).value();
    QVERIFY(fake.digits() != atBob.digits());
    QCOMPARE(atAlice.matchesScanned(fake.scannable()).value(), false);
    // An added device changes it too.
    const SafetyNumber::Side aliceOne{alice.jid, {alice.bundle().identityKey}};
    QVERIFY(SafetyNumber::compute(aliceOne, bobSide)->digits() != atAlice.digits());
  }

  void scanningGarbageOrOtherPeopleIsAnError() {
    auto ours =
        SafetyNumber::compute({QStringLiteral("a@x"), {kAlice}}, {QStringLiteral("b@x"), {kBob}}).value();
    auto others =
        SafetyNumber::compute({QStringLiteral("c@x"), {kAlice}}, {QStringLiteral("b@x"), {kBob}}).value();
    // Scannable version 1 carries no JIDs, only the per-side hashes (which do cover them).
    QCOMPARE(ours.matchesScanned(others.scannable()).value(), false);
    QCOMPARE(ours.matchesScanned(QByteArray()).error(), CryptoError::InvalidMessage);
    QVERIFY(!ours.matchesScanned(QByteArray("\x08\x01\x12\x00", 4)).has_value());
    QVERIFY(!ours.matchesScanned(QByteArray(40, '\xff')).has_value());
  }

  void badInputsAreErrors() {
    QCOMPARE(SafetyNumber::compute({QString(), {kAlice}}, {QStringLiteral("b"), {kBob}}).error(),
             CryptoError::InvalidArgument);
    QCOMPARE(SafetyNumber::compute({QStringLiteral("a"), {}}, {QStringLiteral("b"), {kBob}}).error(),
             CryptoError::InvalidArgument);
    QCOMPARE(SafetyNumber::compute({QStringLiteral("a"), {kAlice.left(32)}}, {QStringLiteral("b"), {kBob}})
                 .error(),
             CryptoError::InvalidKey);
  }

  void deviceFingerprint() {
    QCOMPARE(DeviceFingerprint::hex(kAlice).value(),
             QStringLiteral("06863bc66d02b40d27b8d49ca7c09e9239236f9d7d25d6fcca5ce13c7064d868"));
    QCOMPARE(DeviceFingerprint::display(kAlice).value(),
             QStringLiteral("06863bc6 6d02b40d 27b8d49c a7c09e92 39236f9d 7d25d6fc ca5ce13c 7064d868"));
    QCOMPARE(DeviceFingerprint::keyFromHex(DeviceFingerprint::display(kAlice).value().toUpper()).value(),
             kAlice);
    QCOMPARE(DeviceFingerprint::hex(kAlice.mid(1)).error(), CryptoError::InvalidKey);
    QByteArray wrongType = kAlice;
    wrongType[0] = '\x06';
    QCOMPARE(DeviceFingerprint::hex(wrongType).error(), CryptoError::InvalidKey);
    QCOMPARE(DeviceFingerprint::keyFromHex(QStringLiteral("zz")).error(), CryptoError::InvalidKey);
    QCOMPARE(DeviceFingerprint::keyFromHex(QString(64, QLatin1Char('g'))).error(), CryptoError::InvalidKey);
  }
};

QTEST_GUILESS_MAIN(SafetyNumberTest)
#include "SafetyNumberTest.moc"
