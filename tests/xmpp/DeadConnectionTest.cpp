// XEP-0199: a server that stops answering while the TCP connection stays up (frozen with
// SIGSTOP through the control script) is noticed by the ping, reported as a lost
// connection, and the client comes back once the server does, with nothing lost and
// nothing duplicated.
#include "XmppTestSupport.h"
#include "sotto/xmpp/MessageManager.h"

using namespace sotto::xmpp;
using namespace sotto::xmpp::test;

namespace {

// Resumes the server whatever happens in the test: a frozen shared server would fail
// every test after this one.
class FrozenServer {
public:
  explicit FrozenServer(const sotto::test::XmppServer &server) : server_(server) {
    frozen_ = sotto::test::controlServer(server_, {QStringLiteral("pause")});
  }
  ~FrozenServer() { (void)thaw(); }
  FrozenServer(const FrozenServer &) = delete;
  FrozenServer &operator=(const FrozenServer &) = delete;

  [[nodiscard]] bool isFrozen() const { return frozen_; }
  bool thaw() {
    if (frozen_)
      frozen_ = !sotto::test::controlServer(server_, {QStringLiteral("resume")});
    return !frozen_;
  }

private:
  sotto::test::XmppServer server_;
  bool frozen_ = false;
};

int countBody(const QSignalSpy &spy, const QString &body) {
  int count = 0;
  for (const auto &arguments : spy)
    count += arguments.first().value<Message>().body == body ? 1 : 0;
  return count;
}

} // namespace

class DeadConnectionTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();

private Q_SLOTS:
  void frozenServerIsNoticedAndTheClientComesBack() {
    const QString alice = uniqueUser(QStringLiteral("pinger"));
    const QString bob = uniqueUser(QStringLiteral("listener"));
    QVERIFY(registerAccount(server_, alice, QStringLiteral("pw")));
    QVERIFY(registerAccount(server_, bob, QStringLiteral("pw")));

    Client aliceClient;
    MessageManager aliceMessages(&aliceClient);
    auto aliceSettings = settingsFor(server_, alice, QStringLiteral("pw"));
    aliceSettings.resource = QStringLiteral("a");
    // Short enough that the shared server stays frozen for a couple of seconds only.
    aliceSettings.pingIntervalMs = 300;
    aliceSettings.iqTimeoutMs = 1500;
    QVERIFY(connectAndWait(aliceClient, aliceSettings));
    QVERIFY(aliceClient.isStreamManagementEnabled());

    Client bobClient;
    MessageManager bobMessages(&bobClient);
    auto bobSettings = settingsFor(server_, bob, QStringLiteral("pw"));
    bobSettings.resource = QStringLiteral("b");
    bobSettings.pingIntervalMs = 0; // bob must not notice the freeze himself
    QVERIFY(connectAndWait(bobClient, bobSettings));
    const Jid bobJid = bobClient.boundJid();

    QSignalSpy errors(&aliceClient, &Client::errorOccurred);
    QSignalSpy lost(&aliceClient, &Client::disconnected);
    QSignalSpy connected(&aliceClient, &Client::connected);
    QSignalSpy received(&bobMessages, &MessageManager::messageReceived);
    const QString frozenBody = QStringLiteral("written while the server was frozen");
    {
      FrozenServer frozen(server_);
      QVERIFY(frozen.isFrozen());
      // Goes onto a socket nobody reads: only stream management can bring it through.
      Message message;
      message.to = bobJid;
      message.body = frozenBody;
      aliceMessages.sendMessage(message);

      // TCP is still up: only the unanswered ping can tell.
      QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 10000);
      QVERIFY(!errors.isEmpty());
      const auto error = errors.first().first().value<ClientError>();
      QCOMPARE(error.code, ClientErrors::Code::ConnectionLost);
      QVERIFY(aliceClient.state() != Client::State::Connected);
      QVERIFY(received.isEmpty());
      QVERIFY(frozen.thaw());
    }

    QVERIFY(connected.wait(30000));
    QCOMPARE(aliceClient.state(), Client::State::Connected);
    QCOMPARE(connected.first().first().toBool(), true); // the server kept the session: resumed
    QTRY_COMPARE_WITH_TIMEOUT(countBody(received, frozenBody), 1, 15000);

    // A later message arriving proves the earlier one had every chance to come twice.
    Message after;
    after.to = bobJid;
    after.body = QStringLiteral("after the thaw");
    aliceMessages.sendMessage(after);
    QTRY_COMPARE_WITH_TIMEOUT(countBody(received, after.body), 1, 10000);
    QCOMPARE(countBody(received, frozenBody), 1);
    QCOMPARE(bobClient.state(), Client::State::Connected);

    aliceClient.disconnectFromServer();
    bobClient.disconnectFromServer();
  }
};

SOTTO_TEST_MAIN_REQUIRING(DeadConnectionTest,
                          sotto::test::xmppServer().has_value() &&
                              !sotto::test::xmppServer()->controlScript.isEmpty(),
                          "no controllable XMPP server: run through scripts/test")
#include "DeadConnectionTest.moc"
