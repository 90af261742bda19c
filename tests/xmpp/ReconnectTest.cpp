// Reconnection with backoff after the server restarts: the old stream cannot be resumed
// (the server forgot it), so a new session is bound and queued stanzas go out on it.
#include "XmppTestSupport.h"
#include "sotto/xmpp/MessageManager.h"

using namespace sotto::xmpp;
using namespace sotto::xmpp::test;

class ReconnectTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();

private Q_SLOTS:
  void reconnectsAfterServerRestart() {
    const QString user = uniqueUser(QStringLiteral("restart"));
    QVERIFY(registerAccount(server_, user, QStringLiteral("pw")));
    Client client;
    MessageManager messages(&client);
    auto settings = settingsFor(server_, user, QStringLiteral("pw"));
    settings.reconnectInitialDelayMs = 200;
    settings.reconnectMaxDelayMs = 2000;
    settings.resource = QStringLiteral("desk");
    QVERIFY(connectAndWait(client, settings));

    QSignalSpy disconnected(&client, &Client::disconnected);
    QSignalSpy connected(&client, &Client::connected);
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("restart")}));
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 20000);

    // Sent while the server is away: queued, then delivered on the new session.
    QSignalSpy received(&messages, &MessageManager::messageReceived);
    Message note;
    note.to = settings.jid.withResource(settings.resource);
    note.body = QStringLiteral("written while offline");
    messages.sendMessage(note);

    QVERIFY(connected.wait(30000));
    QCOMPARE(connected.first().first().toBool(), false); // a new session, not a resumption
    QCOMPARE(client.state(), Client::State::Connected);
    QVERIFY(received.wait(10000)); // to our own full JID: it comes back to us
    QCOMPARE(received.first().first().value<Message>().body, note.body);
    client.disconnectFromServer();
  }
};

SOTTO_TEST_MAIN_REQUIRING(ReconnectTest,
                          sotto::test::xmppServer().has_value() &&
                              !sotto::test::xmppServer()->controlScript.isEmpty(),
                          "no controllable XMPP server: run through scripts/test")
#include "ReconnectTest.moc"
