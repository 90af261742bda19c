// Known-answer vectors from RFC 5802 §5 (SCRAM-SHA-1) and RFC 7677 §3 (SCRAM-SHA-256),
// plus the checks that protect against a lying server.
#include "sotto/xmpp/ScramClient.h"

#include <QtTest>

using sotto::xmpp::ScramClient;

class ScramClientTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void rfc5802Sha1() {
    ScramClient scram(QCryptographicHash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"),
                      "fyko+d2lbbFgONRv9qkxdawL");
    QCOMPARE(scram.clientFirstMessage(), QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    auto final = scram.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
    QVERIFY(final);
    QCOMPARE(
        *final,
        QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="));
    QVERIFY(scram.verifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="));
    QVERIFY(!scram.verifyServerFinal("v=smF9pqV8S7suAoZWja4dJRkFsKQ="));
    QVERIFY(!scram.verifyServerFinal("e=invalid-proof"));
  }

  void rfc7677Sha256() {
    ScramClient scram(QCryptographicHash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"),
                      "rOprNGfwEbeRWgbNEkqO");
    auto final = scram.respond(
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
    QVERIFY(final);
    QCOMPARE(*final, QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
    QVERIFY(scram.verifyServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
  }

  void sha512ProducesProofOfRightLength() {
    ScramClient scram(QCryptographicHash::Sha512, QStringLiteral("user"), QStringLiteral("pencil"), "abc");
    auto final = scram.respond("r=abcdef,s=QSXCR+Q6sek8bf92,i=4096");
    QVERIFY(final);
    const QByteArray proof = QByteArray::fromBase64(final->mid(final->indexOf(",p=") + 3));
    QCOMPARE(proof.size(), 64);
  }

  void escapesUserName() {
    ScramClient scram(QCryptographicHash::Sha1, QStringLiteral("a=b,c"), QStringLiteral("x"), "n");
    QCOMPARE(scram.clientFirstMessage(), QByteArray("n,,n=a=3Db=2Cc,r=n"));
  }

  void refusesLyingServer_data() {
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::newRow("nonce not ours") << QByteArray("r=other,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("nonce not extended") << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("no salt") << QByteArray("r=abcdef,i=4096");
    QTest::newRow("too few iterations") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=1");
    QTest::newRow("too many iterations") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=2000000000");
    QTest::newRow("mandatory extension") << QByteArray("m=ext,r=abcdef,s=QSXCR+Q6sek8bf92,i=4096");
  }
  void refusesLyingServer() {
    QFETCH(QByteArray, serverFirst);
    ScramClient scram(QCryptographicHash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"), "abc");
    QVERIFY(!scram.respond(serverFirst));
    QVERIFY(!scram.verifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="));
  }
};

QTEST_GUILESS_MAIN(ScramClientTest)
#include "ScramClientTest.moc"
