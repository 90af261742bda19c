// IQ responses are matched by id AND sender: an answer from anyone but the entity asked
// is ignored (RFC 6120 §8.1.2.1), so a contact cannot answer our server queries.
#include "IqTracker.h"

#include <QtTest>

using namespace sotto::xmpp;

namespace {
Element response(const QString &id, const QString &from, const QString &type = QStringLiteral("result")) {
  Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
  iq.setAttribute(QStringLiteral("type"), type);
  iq.setAttribute(QStringLiteral("id"), id);
  if (!from.isEmpty())
    iq.setAttribute(QStringLiteral("from"), from);
  iq.addChild(Element(QStringLiteral("query"), QStringLiteral("urn:test")));
  return iq;
}
} // namespace

class IqTrackerTest : public QObject {
  Q_OBJECT
  Jid account_ = *Jid::parse(QStringLiteral("alice@example.org"));
  Jid bound_ = *Jid::parse(QStringLiteral("alice@example.org/phone"));

private Q_SLOTS:
  void requestToServerAcceptsOnlyServerOrAccount_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no from") << QString() << true;
    QTest::newRow("bare account") << QStringLiteral("alice@example.org") << true;
    QTest::newRow("full account") << QStringLiteral("alice@example.org/phone") << true;
    QTest::newRow("domain") << QStringLiteral("example.org") << true;
    QTest::newRow("a contact") << QStringLiteral("mallory@example.org") << false;
    QTest::newRow("other domain") << QStringLiteral("evil.example") << false;
    QTest::newRow("garbage") << QStringLiteral("@@@") << false;
  }
  void requestToServerAcceptsOnlyServerOrAccount() {
    QFETCH(QString, from);
    QFETCH(bool, accepted);
    IqTracker tracker;
    int calls = 0;
    tracker.track(
        QStringLiteral("q1"), {}, nullptr, [&](const IqResult &) { ++calls; }, 10000);
    QCOMPARE(tracker.handleResponse(response(QStringLiteral("q1"), from), account_, bound_), accepted);
    QCOMPARE(calls, accepted ? 1 : 0);
  }

  void requestToContactAcceptsOnlyThatContact() {
    IqTracker tracker;
    std::optional<IqResult> result;
    tracker.track(
        QStringLiteral("q2"), QStringLiteral("bob@example.org/laptop"), nullptr,
        [&](const IqResult &r) { result = r; }, 10000);
    QVERIFY(!tracker.handleResponse(response(QStringLiteral("q2"), QStringLiteral("bob@example.org")),
                                    account_, bound_));
    QVERIFY(!tracker.handleResponse(response(QStringLiteral("q2"), QString()), account_, bound_));
    QVERIFY(!tracker.handleResponse(
        response(QStringLiteral("other"), QStringLiteral("bob@example.org/laptop")), account_, bound_));
    QVERIFY(!result);
    QVERIFY(tracker.handleResponse(
        response(QStringLiteral("q2"), QStringLiteral("bob@example.org/laptop"), QStringLiteral("error")),
        account_, bound_));
    QVERIFY(result && !*result);
    // Answered once only: a replay is not matched.
    QVERIFY(!tracker.handleResponse(response(QStringLiteral("q2"), QStringLiteral("bob@example.org/laptop")),
                                    account_, bound_));
  }

  void timesOut() {
    IqTracker tracker;
    std::optional<IqResult> result;
    tracker.track(
        QStringLiteral("q3"), {}, nullptr, [&](const IqResult &r) { result = r; }, 20);
    QTRY_VERIFY(result.has_value());
    QVERIFY(!*result);
    QCOMPARE(result->error().condition, StanzaErrorCondition::Timeout);
    QVERIFY(tracker.isEmpty());
  }

  void dropsCallbackOfDestroyedContext() {
    IqTracker tracker;
    int calls = 0;
    auto context = std::make_unique<QObject>();
    tracker.track(
        QStringLiteral("q4"), {}, context.get(), [&](const IqResult &) { ++calls; }, 10000);
    context.reset();
    QVERIFY(tracker.handleResponse(response(QStringLiteral("q4"), QString()), account_, bound_));
    QCOMPARE(calls, 0);
  }

  void failAllAnswersEveryPending() {
    IqTracker tracker;
    QList<StanzaErrorCondition> conditions;
    for (const auto *id : {"a", "b"})
      tracker.track(
          QString::fromLatin1(id), {}, nullptr,
          [&](const IqResult &r) { conditions.append(r.error().condition); }, 10000);
    tracker.failAll(StanzaErrorCondition::Disconnected);
    QCOMPARE(conditions, (QList<StanzaErrorCondition>{StanzaErrorCondition::Disconnected,
                                                      StanzaErrorCondition::Disconnected}));
  }
};

QTEST_GUILESS_MAIN(IqTrackerTest)
#include "IqTrackerTest.moc"
