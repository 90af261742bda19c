#include <sotto/crypto/VerificationLink.h>

#include <QTest>

using namespace sotto::crypto;

namespace {
const QByteArray kKey1 =
    QByteArray::fromHex("0506863bc66d02b40d27b8d49ca7c09e9239236f9d7d25d6fcca5ce13c7064d868");
const QByteArray kKey2 =
    QByteArray::fromHex("05f781b6fb32fed9ba1cf2de978d4d5da28dc34046ae814402b5c0dbd96fda907b");
const QString kHex1 = QStringLiteral("06863bc66d02b40d27b8d49ca7c09e9239236f9d7d25d6fcca5ce13c7064d868");
const QString kHex2 = QStringLiteral("f781b6fb32fed9ba1cf2de978d4d5da28dc34046ae814402b5c0dbd96fda907b");
} // namespace

class VerificationLinkTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void buildsConversationsFormat() {
    const VerificationLink link{QStringLiteral("alice@example.org"), {{1234, kKey1}, {2147483647, kKey2}}};
    QCOMPARE(link.toString().value(), QStringLiteral("xmpp:alice@example.org?omemo-sid-1234=") + kHex1 +
                                          QStringLiteral(";omemo-sid-2147483647=") + kHex2);
    QCOMPARE(VerificationLink::parse(link.toString().value()).value(), link);
  }

  void percentEncodesTheJid() {
    const VerificationLink link{QStringLiteral("zoë+x@example.org"), {{7, kKey1}}};
    const QString text = link.toString().value();
    QVERIFY(text.startsWith(QStringLiteral("xmpp:zo%C3%AB%2Bx@example.org?")));
    QCOMPARE(VerificationLink::parse(text).value().jid, QStringLiteral("zoë+x@example.org"));
  }

  void parsesWhatOthersSend() {
    // Uppercase hex and scheme, extra parameters, a trailing ';'.
    auto link = VerificationLink::parse(QStringLiteral("XMPP:bob@example.org?message;omemo-sid-99=") +
                                        kHex2.toUpper() + QStringLiteral(";"));
    QVERIFY(link.has_value());
    QCOMPARE(link->jid, QStringLiteral("bob@example.org"));
    QCOMPARE(link->devices.size(), 1);
    QCOMPARE(link->devices.first().deviceId, 99);
    QCOMPARE(link->devices.first().identityKey, kKey2);
  }

  void hostileInputIsAnError_data() {
    QTest::addColumn<QString>("text");
    const QString ok = QStringLiteral("=") + kHex1;
    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << QStringLiteral("https://a@b?omemo-sid-1") + ok;
    QTest::newRow("no query") << QStringLiteral("xmpp:a@b");
    QTest::newRow("no jid") << QStringLiteral("xmpp:?omemo-sid-1") + ok;
    QTest::newRow("full jid") << QStringLiteral("xmpp:a@b/res?omemo-sid-1") + ok;
    QTest::newRow("two @") << QStringLiteral("xmpp:a@b@c?omemo-sid-1") + ok;
    QTest::newRow("no devices") << QStringLiteral("xmpp:a@b?message");
    QTest::newRow("device 0") << QStringLiteral("xmpp:a@b?omemo-sid-0") + ok;
    QTest::newRow("negative device") << QStringLiteral("xmpp:a@b?omemo-sid--5") + ok;
    QTest::newRow("device 2^31") << QStringLiteral("xmpp:a@b?omemo-sid-2147483648") + ok;
    QTest::newRow("huge device") << QStringLiteral("xmpp:a@b?omemo-sid-99999999999999999999") + ok;
    QTest::newRow("device with sign") << QStringLiteral("xmpp:a@b?omemo-sid-+5") + ok;
    QTest::newRow("no equals") << QStringLiteral("xmpp:a@b?omemo-sid-5");
    QTest::newRow("short hex") << QStringLiteral("xmpp:a@b?omemo-sid-5=abcd");
    QTest::newRow("long hex") << QStringLiteral("xmpp:a@b?omemo-sid-5") + ok + QStringLiteral("00");
    QTest::newRow("non-hex") << QStringLiteral("xmpp:a@b?omemo-sid-5=") + QString(64, QLatin1Char('x'));
    QTest::newRow("same device twice")
        << QStringLiteral("xmpp:a@b?omemo-sid-5") + ok + QStringLiteral(";omemo-sid-5") + ok;
    QTest::newRow("absurdly long") << QStringLiteral("xmpp:a@b?") + QString(100000, QLatin1Char(';'));
  }
  void hostileInputIsAnError() {
    QFETCH(QString, text);
    auto link = VerificationLink::parse(text);
    QVERIFY(!link.has_value());
    QCOMPARE(link.error(), CryptoError::InvalidArgument);
  }

  void refusesToBuildNonsense() {
    const auto fails = [](const QString &jid, QList<VerificationLink::Device> devices) {
      return !VerificationLink{jid, std::move(devices)}.toString().has_value();
    };
    QVERIFY(fails(QString(), {{1, kKey1}}));
    QVERIFY(fails(QStringLiteral("a@b"), {}));
    QVERIFY(fails(QStringLiteral("a@b"), {{0, kKey1}}));
    QVERIFY(fails(QStringLiteral("a@b"), {{1, kKey1.mid(1)}}));
  }
};

QTEST_GUILESS_MAIN(VerificationLinkTest)
#include "VerificationLinkTest.moc"
