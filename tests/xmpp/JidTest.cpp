#include "sotto/xmpp/Jid.h"

#include <QtTest>

using sotto::xmpp::Jid;

class JidTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void parsesParts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("resource");
    QTest::newRow("full") << "alice@example.org/laptop"
                          << "alice"
                          << "example.org"
                          << "laptop";
    QTest::newRow("bare") << "alice@example.org"
                          << "alice"
                          << "example.org"
                          << "";
    QTest::newRow("domain only") << "example.org"
                                 << ""
                                 << "example.org"
                                 << "";
    QTest::newRow("resource with @ and /") << "a@b.c/x@y/z"
                                           << "a"
                                           << "b.c"
                                           << "x@y/z";
    QTest::newRow("domain case folded") << "a@Example.ORG."
                                        << "a"
                                        << "example.org"
                                        << "";
  }
  void parsesParts() {
    QFETCH(QString, text);
    const auto jid = Jid::parse(text);
    QVERIFY(jid.has_value());
    QFETCH(QString, local);
    QFETCH(QString, domain);
    QFETCH(QString, resource);
    QCOMPARE(jid->local(), local);
    QCOMPARE(jid->domain(), domain);
    QCOMPARE(jid->resource(), resource);
    QCOMPARE(Jid::parse(jid->toString()), jid);
  }

  void rejectsMalformed_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("empty local") << "@example.org";
    QTest::newRow("empty resource") << "a@example.org/";
    QTest::newRow("space in local") << "a b@example.org";
    QTest::newRow("two @") << "a@b@example.org";
    QTest::newRow("oversized local") << QString(1024, u'a') + "@example.org";
  }
  void rejectsMalformed() {
    QFETCH(QString, text);
    QVERIFY(!Jid::parse(text).has_value());
  }

  void bareDropsTheResource() {
    const Jid jid = *Jid::parse(QStringLiteral("alice@example.org/phone"));
    QCOMPARE(jid.bareString(), QStringLiteral("alice@example.org"));
    QVERIFY(jid.bare().isBare());
    QCOMPARE(jid.bare().withResource(QStringLiteral("phone")), jid);
  }
};

QTEST_GUILESS_MAIN(JidTest)
#include "JidTest.moc"
