// PEP publish reaching a subscribed contact as an event (through +notify in our caps),
// node reconfiguration on precondition-not-met, and blocking that stops delivery.
#include "XmppTestSupport.h"
#include "sotto/xmpp/BlockingManager.h"
#include "sotto/xmpp/DiscoManager.h"
#include "sotto/xmpp/MessageManager.h"
#include "sotto/xmpp/PepManager.h"
#include "sotto/xmpp/PresenceManager.h"
#include "sotto/xmpp/RosterManager.h"

using namespace sotto::xmpp;
using namespace sotto::xmpp::test;

namespace {
const QString kDeviceListNode = QStringLiteral("eu.siacs.conversations.axolotl.devicelist");

struct Account {
  Client client;
  DiscoManager disco{&client};
  RosterManager roster{&client};
  PresenceManager presence{&client, &disco};
  MessageManager messages{&client};
  PepManager pep{&client, &disco};
  BlockingManager blocking{&client};
  Jid jid;
};

Element deviceList(std::initializer_list<int> ids) {
  Element list(QStringLiteral("list"), QStringLiteral("eu.siacs.conversations.axolotl"));
  for (int id : ids)
    list.addChild(Element(QStringLiteral("device"), QStringLiteral("eu.siacs.conversations.axolotl")))
        .setAttribute(QStringLiteral("id"), QString::number(id));
  return list;
}

template <typename T> bool waitFor(std::optional<T> &value) {
  QDeadlineTimer deadline(10000);
  while (!value.has_value() && !deadline.hasExpired())
    QTest::qWait(10);
  return value.has_value();
}
} // namespace

class PepBlockingTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  Account alice_;
  Account bob_;

  void befriend() {
    QSignalSpy bobAsked(&bob_.roster, &RosterManager::subscriptionRequested);
    QSignalSpy aliceAsked(&alice_.roster, &RosterManager::subscriptionRequested);
    alice_.roster.subscribe(bob_.jid);
    QVERIFY(bobAsked.wait(10000));
    bob_.roster.acceptSubscription(alice_.jid);
    bob_.roster.subscribe(alice_.jid);
    QVERIFY(aliceAsked.wait(10000));
    alice_.roster.acceptSubscription(bob_.jid);
    QTRY_COMPARE_WITH_TIMEOUT(bob_.roster.item(alice_.jid).value_or(RosterItem()).subscription,
                              QStringLiteral("both"), 10000);
  }

private Q_SLOTS:
  void initTestCase() {
    for (Account *account : {&alice_, &bob_}) {
      const QString user = uniqueUser(account == &alice_ ? QStringLiteral("alice") : QStringLiteral("bob"));
      auto settings = settingsFor(server_, user, QStringLiteral("pw"));
      settings.registerAccount = true;
      account->jid = settings.jid;
      account->pep.subscribeToNode(kDeviceListNode); // before the first presence
      QVERIFY(connectAndWait(account->client, settings));
      account->presence.sendAvailable();
    }
    befriend();
  }

  void publishedDeviceListReachesContactAsEvent() {
    QSignalSpy bobEvents(&bob_.pep, &PepManager::itemsPublished);
    QSignalSpy aliceOwnEvents(&alice_.pep, &PepManager::itemsPublished);
    std::optional<bool> published;
    alice_.pep.publish(kDeviceListNode, {QStringLiteral("current"), deviceList({12345, 4223})}, {}, this,
                       [&](const auto &result) {
                         QVERIFY2(result, qPrintable(result ? QString() : result.error().conditionName()));
                         published = bool(result);
                       });
    QVERIFY(waitFor(published));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(bobEvents.begin(), bobEvents.end(),
                                         [&](const QList<QVariant> &args) {
                                           return args.at(0).value<Jid>() == alice_.jid &&
                                                  args.at(1).toString() == kDeviceListNode;
                                         }),
                             10000);
    for (const auto &args : bobEvents) {
      if (args.at(0).value<Jid>() != alice_.jid)
        continue;
      const auto items = args.at(2).value<QList<PepItem>>();
      QCOMPARE(items.size(), 1);
      QCOMPARE(items.first().id, QStringLiteral("current"));
      QCOMPARE(items.first().payload, deviceList({12345, 4223}));
    }
    // Our own devices hear about our own list too, from our own bare JID.
    QTRY_VERIFY_WITH_TIMEOUT(!aliceOwnEvents.isEmpty(), 10000);
    QCOMPARE(aliceOwnEvents.first().at(0).value<Jid>(), alice_.jid);

    // Readable by anyone (access_model=open): bob fetches it explicitly too.
    std::optional<QList<PepItem>> items;
    bob_.pep.retrieveItems(alice_.jid, kDeviceListNode, 0, this, [&](const auto &result) {
      QVERIFY(result);
      items = *result;
    });
    QVERIFY(waitFor(items));
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().payload, deviceList({12345, 4223}));
  }

  void preconditionNotMetReconfiguresTheNode() {
    const QString node = QStringLiteral("urn:sotto:test:precondition");
    // First created with the default access model (presence), as an older client would.
    std::optional<bool> created;
    PublishOptions presenceOnly;
    presenceOnly.accessModel = QStringLiteral("presence");
    alice_.pep.publish(node,
                       {QStringLiteral("current"), Element(QStringLiteral("x"), QStringLiteral("urn:t"))},
                       presenceOnly, this, [&](const auto &result) { created = bool(result); });
    QVERIFY(waitFor(created));
    QVERIFY(*created);
    // Now open: the server answers precondition-not-met, we reconfigure and publish again.
    std::optional<bool> republished;
    alice_.pep.publish(node,
                       {QStringLiteral("current"), Element(QStringLiteral("y"), QStringLiteral("urn:t"))}, {},
                       this, [&](const auto &result) {
                         QVERIFY2(result, qPrintable(result ? QString() : result.error().conditionName()));
                         republished = bool(result);
                       });
    QVERIFY(waitFor(republished));
    // A stranger (no subscription) can read it now: the node is open.
    Account stranger;
    const QString strangerUser = uniqueUser(QStringLiteral("stranger"));
    auto settings = settingsFor(server_, strangerUser, QStringLiteral("pw"));
    settings.registerAccount = true;
    QVERIFY(connectAndWait(stranger.client, settings));
    std::optional<QList<PepItem>> items;
    stranger.pep.retrieveItems(alice_.jid, node, 0, this, [&](const auto &result) {
      QVERIFY2(result, qPrintable(result ? QString() : result.error().conditionName()));
      items = *result;
    });
    QVERIFY(waitFor(items));
    QCOMPARE(items->first().payload.name(), QStringLiteral("y"));
    stranger.client.disconnectFromServer();
  }

  void blockingStopsDelivery() {
    QSignalSpy pushes(&alice_.blocking, &BlockingManager::blockedChanged);
    std::optional<bool> blocked;
    alice_.blocking.block({bob_.jid}, this, [&](const auto &result) { blocked = bool(result); });
    QVERIFY(waitFor(blocked));
    QVERIFY(*blocked);
    // The server pushes the change to all our resources.
    QTRY_VERIFY_WITH_TIMEOUT(!pushes.isEmpty(), 10000);
    QVERIFY(alice_.blocking.isBlocked(bob_.jid));
    QSignalSpy listed(&alice_.blocking, &BlockingManager::blocklistReceived);
    alice_.blocking.requestBlocklist();
    QVERIFY(listed.wait(10000));
    QVERIFY(alice_.blocking.blocked().contains(bob_.jid.toString()));

    QSignalSpy aliceGot(&alice_.messages, &MessageManager::messageReceived);
    Message message;
    message.to = alice_.client.boundJid();
    message.body = QStringLiteral("can you hear me?");
    bob_.messages.sendMessage(message);
    // Prosody drops it silently. Bob's stream is ordered: once the server has acked it,
    // it has been handled (dropped) before anything bob sends later.
    QSignalSpy bobAcked(&bob_.client, &Client::stanzaAcknowledged);
    QVERIFY(bobAcked.wait(10000));

    std::optional<bool> unblocked;
    alice_.blocking.unblock({bob_.jid}, this, [&](const auto &result) { unblocked = bool(result); });
    QVERIFY(waitFor(unblocked));
    QTRY_VERIFY_WITH_TIMEOUT(!alice_.blocking.isBlocked(bob_.jid), 10000);
    message.body = QStringLiteral("and now?");
    bob_.messages.sendMessage(message);
    QVERIFY(aliceGot.wait(10000));
    QCOMPARE(aliceGot.size(), 1); // only the message sent after unblocking arrived
    QCOMPARE(aliceGot.first().first().value<Message>().body, message.body);
  }

  void spamReportBlocks() {
    const QString spammer = QStringLiteral("spammer@") + server_.domain;
    std::optional<bool> reported;
    alice_.blocking.report(*Jid::parse(spammer), ReportReason::Spam,
                           {{QStringLiteral("some-id"), alice_.jid}}, QStringLiteral("unsolicited"), this,
                           [&](const auto &result) { reported = bool(result); });
    QVERIFY(waitFor(reported));
    QVERIFY(*reported);
    QTRY_VERIFY_WITH_TIMEOUT(alice_.blocking.isBlocked(*Jid::parse(spammer)), 10000);
  }

  void cleanupTestCase() {
    alice_.client.disconnectFromServer();
    bob_.client.disconnectFromServer();
  }
};

SOTTO_TEST_MAIN_REQUIRING(PepBlockingTest, sotto::test::xmppServer().has_value(),
                          "no XMPP server: run through scripts/test")
#include "PepBlockingTest.moc"
