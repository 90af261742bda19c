// Roster, subscriptions, presence, disco, messages with receipts and markers between two
// real accounts on the Prosody of scripts/test.
#include "XmppTestSupport.h"
#include "sotto/xmpp/DiscoManager.h"
#include "sotto/xmpp/MessageManager.h"
#include "sotto/xmpp/PresenceManager.h"
#include "sotto/xmpp/RosterManager.h"

using namespace sotto::xmpp;
using namespace sotto::xmpp::test;

namespace {
struct Account {
  Client client;
  DiscoManager disco{&client};
  RosterManager roster{&client};
  PresenceManager presence{&client, &disco};
  MessageManager messages{&client};
  ClientSettings settings;
};
} // namespace

class MessagingTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  Account alice_;
  Account bob_;

private Q_SLOTS:
  void initTestCase() {
    for (Account *account : {&alice_, &bob_}) {
      const QString user = uniqueUser(account == &alice_ ? QStringLiteral("alice") : QStringLiteral("bob"));
      account->settings = settingsFor(server_, user, QStringLiteral("pw"));
      account->settings.registerAccount = true;
      QVERIFY(connectAndWait(account->client, account->settings));
      account->presence.sendAvailable();
    }
  }

  void discoversServerFeatures() {
    std::optional<DiscoInfo> info;
    alice_.disco.requestInfo(*Jid::parse(server_.domain), {}, this, [&](const auto &result) {
      QVERIFY(result);
      info = *result;
    });
    QTRY_VERIFY(info.has_value());
    QVERIFY(info->features.contains(QStringLiteral("urn:xmpp:carbons:2")));
    QVERIFY(info->features.contains(QStringLiteral("urn:xmpp:blocking")));
  }

  void answersDiscoQueriesWithOurCaps() {
    std::optional<DiscoInfo> info;
    bob_.disco.requestInfo(alice_.client.boundJid(),
                           DiscoManager::capsNode() + u'#' + alice_.disco.capsVersion(), this,
                           [&](const auto &result) {
                             QVERIFY(result);
                             info = *result;
                           });
    QTRY_VERIFY(info.has_value());
    QCOMPARE(info->features, alice_.disco.features());
  }

  void subscriptionHandshake() {
    const Jid alice = alice_.settings.jid;
    const Jid bob = bob_.settings.jid;
    QSignalSpy bobAsked(&bob_.roster, &RosterManager::subscriptionRequested);
    QSignalSpy aliceAsked(&alice_.roster, &RosterManager::subscriptionRequested);
    bool added = false;
    alice_.roster.addItem(bob, QStringLiteral("Bob"), {QStringLiteral("Friends")}, this,
                          [&](const auto &result) {
                            QVERIFY(result);
                            added = true;
                          });
    QTRY_VERIFY(added);
    alice_.roster.subscribe(bob);
    QVERIFY(bobAsked.wait(10000));
    QCOMPARE(bobAsked.first().first().value<Jid>(), alice);
    bob_.roster.acceptSubscription(alice);
    bob_.roster.subscribe(alice);
    QVERIFY(aliceAsked.wait(10000));
    alice_.roster.acceptSubscription(bob);

    QTRY_COMPARE_WITH_TIMEOUT(alice_.roster.item(bob).value_or(RosterItem()).subscription,
                              QStringLiteral("both"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(bob_.roster.item(alice).value_or(RosterItem()).subscription,
                              QStringLiteral("both"), 10000);
    QCOMPARE(alice_.roster.item(bob)->name, QStringLiteral("Bob"));
    QCOMPARE(alice_.roster.item(bob)->groups, QStringList{QStringLiteral("Friends")});

    // A fresh roster fetch agrees with the pushes.
    QSignalSpy received(&alice_.roster, &RosterManager::rosterReceived);
    alice_.roster.requestRoster();
    QVERIFY(received.wait(10000));
    QCOMPARE(alice_.roster.item(bob)->subscription, QStringLiteral("both"));
  }

  void rosterPushFromContactIsRefused() {
    // Bob "pushes" a roster item to alice: only her own account may do that.
    QSignalSpy changed(&alice_.roster, &RosterManager::itemChanged);
    Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.setAttribute(QStringLiteral("to"), alice_.client.boundJid().toString());
    iq.addChild(Element(QStringLiteral("query"), QStringLiteral("jabber:iq:roster")))
        .addChild(Element(QStringLiteral("item"), QStringLiteral("jabber:iq:roster")))
        .setAttribute(QStringLiteral("jid"), QStringLiteral("mallory@evil.example"))
        .setAttribute(QStringLiteral("subscription"), QStringLiteral("both"));
    std::optional<StanzaError> error;
    bob_.client.sendIq(iq, this, [&](const IqResult &result) {
      QVERIFY(!result);
      error = result.error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
    QCOMPARE(error->condition, StanzaErrorCondition::Forbidden);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!alice_.roster.item(*Jid::parse(QStringLiteral("mallory@evil.example"))));
  }

  void presenceArrivesAfterSubscription() {
    QSignalSpy presence(&alice_.presence, &PresenceManager::presenceReceived);
    bob_.presence.sendAvailable(QStringLiteral("away"), QStringLiteral("lunch"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(presence.begin(), presence.end(),
                                         [&](const QList<QVariant> &args) {
                                           const auto p = args.first().value<Presence>();
                                           return p.from == bob_.client.boundJid() && p.show == u"away";
                                         }),
                             10000);
  }

  void messageRoundTripWithReceiptAndMarker() {
    QSignalSpy bobGot(&bob_.messages, &MessageManager::messageReceived);
    QSignalSpy aliceReceipt(&alice_.messages, &MessageManager::receiptReceived);
    QSignalSpy aliceMarker(&alice_.messages, &MessageManager::markerReceived);
    Message message;
    message.to = bob_.settings.jid;
    message.body = QStringLiteral("hello <bob> & \"friends\" 😀");
    const QString id = alice_.messages.sendMessage(message);
    QVERIFY(bobGot.wait(10000));
    const auto got = bobGot.first().first().value<Message>();
    QCOMPARE(got.body, message.body);
    QCOMPARE(got.id, id);
    QCOMPARE(got.originId, id);
    QCOMPARE(got.from.bare(), alice_.settings.jid);
    QVERIFY(got.receiptRequested);
    QVERIFY(got.markable);
    // Prosody's MAM stamps a stanza-id by our own account on what it archives.
    QCOMPARE(got.stanzaIdBy, bob_.settings.jid.toString());
    QVERIFY(!got.stanzaId.isEmpty());

    QVERIFY(aliceReceipt.wait(10000)); // automatic XEP-0184 receipt
    QCOMPARE(aliceReceipt.first().at(1).toString(), id);
    bob_.messages.sendMarker(got.from, got.id, ChatMarker::Displayed);
    QVERIFY(aliceMarker.wait(10000));
    QCOMPARE(aliceMarker.first().at(1).toString(), id);
    QCOMPARE(aliceMarker.first().at(2).value<ChatMarker>(), ChatMarker::Displayed);
  }

  void unansweredIqToUnknownEntityIsError() {
    std::optional<StanzaError> error;
    alice_.disco.requestInfo(*Jid::parse(QStringLiteral("nobody@") + server_.domain + QStringLiteral("/x")),
                             {}, this, [&](const auto &result) {
                               QVERIFY(!result);
                               error = result.error();
                             });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
    QCOMPARE(error->condition, StanzaErrorCondition::ServiceUnavailable);
  }

  void cleanupTestCase() {
    alice_.client.disconnectFromServer();
    bob_.client.disconnectFromServer();
  }
};

SOTTO_TEST_MAIN_REQUIRING(MessagingTest, sotto::test::xmppServer().has_value(),
                          "no XMPP server: run through scripts/test")
#include "MessagingTest.moc"
