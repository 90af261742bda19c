// XEP-0198: a socket dropped mid-conversation is resumed with nothing lost and nothing
// duplicated, in both directions; pings keep a healthy stream up.
#include "XmppTestSupport.h"
#include "sotto/xmpp/MessageManager.h"

#include <QSslSocket>

using namespace sotto::xmpp;
using namespace sotto::xmpp::test;

namespace {
struct Device {
  Client client;
  MessageManager messages{&client};
};

void sendNumbered(Device &from, const Jid &to, int first, int last) {
  for (int i = first; i <= last; ++i) {
    Message message;
    message.to = to;
    message.body = QStringLiteral("message %1").arg(i);
    from.messages.sendMessage(message);
  }
}

QStringList bodies(const QSignalSpy &spy) {
  QStringList out;
  for (const auto &args : spy)
    out.append(args.first().value<Message>().body);
  return out;
}

QStringList expected(int count) {
  QStringList out;
  for (int i = 1; i <= count; ++i)
    out.append(QStringLiteral("message %1").arg(i));
  return out;
}

// Cuts the TCP connection under the client, as a network change would.
void dropSocket(Client &client) {
  auto *socket = client.findChild<QSslSocket *>();
  QVERIFY(socket);
  socket->abort();
}
} // namespace

class StreamResumptionTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  Device alice_;
  Device bob_;
  Jid aliceJid_;
  Jid bobJid_;

private Q_SLOTS:
  void initTestCase() {
    const QString alice = uniqueUser(QStringLiteral("alice"));
    const QString bob = uniqueUser(QStringLiteral("bob"));
    QVERIFY(registerAccount(server_, alice, QStringLiteral("pw")));
    QVERIFY(registerAccount(server_, bob, QStringLiteral("pw")));
    auto aliceSettings = settingsFor(server_, alice, QStringLiteral("pw"));
    aliceSettings.resource = QStringLiteral("a");
    aliceSettings.pingIntervalMs = 200;
    QVERIFY(connectAndWait(alice_.client, aliceSettings));
    QVERIFY(connectAndWait(bob_.client, settingsFor(server_, bob, QStringLiteral("pw"))));
    aliceJid_ = alice_.client.boundJid();
    bobJid_ = bob_.client.boundJid();
    QVERIFY(alice_.client.isStreamManagementEnabled());
  }

  void incomingStanzasSurviveADroppedSocket() {
    QSignalSpy received(&alice_.messages, &MessageManager::messageReceived);
    QSignalSpy resumed(&alice_.client, &Client::connected);
    sendNumbered(bob_, aliceJid_, 1, 3);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 10000);
    dropSocket(alice_.client);
    QVERIFY(alice_.client.state() != Client::State::Connected);
    sendNumbered(bob_, aliceJid_, 4, 6); // the server holds these for the hibernating session
    QVERIFY(resumed.wait(15000));
    QCOMPARE(resumed.first().first().toBool(), true);
    QCOMPARE(alice_.client.boundJid(), aliceJid_);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 6, 10000);
    QCOMPARE(bodies(received), expected(6));
  }

  void outgoingStanzasAreResentOnceAfterResumption() {
    QSignalSpy received(&bob_.messages, &MessageManager::messageReceived);
    QSignalSpy resumed(&alice_.client, &Client::connected);
    sendNumbered(alice_, bobJid_, 1, 2);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10000);
    // Sent and immediately cut off in the same event-loop turn: these never leave the
    // socket's buffer, the server's h says so, and they go again after resumption.
    sendNumbered(alice_, bobJid_, 3, 5);
    dropSocket(alice_.client);
    // Queued while the stream is down, sent after resumption.
    sendNumbered(alice_, bobJid_, 6, 7);
    QVERIFY(resumed.wait(15000));
    QVERIFY(resumed.first().first().toBool());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 7, 10000);
    // Give a duplicate every chance to show up before checking there is none.
    QSignalSpy more(&bob_.messages, &MessageManager::messageReceived);
    QVERIFY(!more.wait(500));
    QCOMPARE(bodies(received), expected(7));
  }

  void acknowledgedStanzasAreReported() {
    QSignalSpy acked(&alice_.client, &Client::stanzaAcknowledged);
    Message message;
    message.to = bobJid_;
    message.body = QStringLiteral("ack me");
    alice_.messages.sendMessage(message);
    // Acks are requested within a second (or after a burst), not per stanza.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(acked.begin(), acked.end(),
                                         [](const QList<QVariant> &args) {
                                           return args.first().value<Element>().childText(u"body") ==
                                                  u"ack me";
                                         }),
                             10000);
  }

  void pingsKeepTheStreamUp() {
    // alice pings every 200 ms; a second of pings must neither fail nor reconnect.
    QSignalSpy errors(&alice_.client, &Client::errorOccurred);
    QSignalSpy states(&alice_.client, &Client::stateChanged);
    QVERIFY(!errors.wait(1000));
    QCOMPARE(states.size(), 0);
    QCOMPARE(alice_.client.state(), Client::State::Connected);
  }

  void cleanupTestCase() {
    alice_.client.disconnectFromServer();
    bob_.client.disconnectFromServer();
  }
};

SOTTO_TEST_MAIN_REQUIRING(StreamResumptionTest, sotto::test::xmppServer().has_value(),
                          "no XMPP server: run through scripts/test")
#include "StreamResumptionTest.moc"
