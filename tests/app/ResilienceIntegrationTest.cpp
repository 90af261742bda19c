// Lost connections and restarts against the real Prosody: the outbox drains after the
// server comes back, and after alice's own restart; a catch-up cut off in the middle
// resumes at the next start; nothing is lost or duplicated.
#include "AppTestSupport.h"

#include "sotto/storage/Database.h"
#include "sotto/storage/OutboxRepository.h"

using namespace sotto::app;
using namespace sotto::app::test;

namespace {

int countBody(const QList<sotto::storage::Message> &messages, const QString &body) {
  int count = 0;
  for (const auto &message : messages)
    count += message.body == body ? 1 : 0;
  return count;
}

bool allOnce(const QList<sotto::storage::Message> &messages, const QString &prefix, int total) {
  for (int i = 0; i < total; ++i)
    if (countBody(messages, prefix + QString::number(i)) != 1)
      return false;
  return true;
}

} // namespace

class ResilienceIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();

private Q_SLOTS:
  void serverRestartMidway() {
    Peer alice;
    Peer bob;
    QVERIFY(startWithFirstMessage(alice, bob, server_, QStringLiteral("first")));

    for (int i = 0; i < 10; ++i)
      QVERIFY(alice.controller->send(bob.jid, QStringLiteral("r") + QString::number(i)) != 0);
    // The restart comes while the first ten are in flight (some acked, some not, some
    // on their way to bob); the next ten are written while the server is away.
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("restart")}));
    for (int i = 10; i < 20; ++i)
      QVERIFY(alice.controller->send(bob.jid, QStringLiteral("r") + QString::number(i)) != 0);

    QTRY_VERIFY_WITH_TIMEOUT(allOnce(bob.history(alice.jid), QStringLiteral("r"), 20), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
          for (const auto &message : alice.history(bob.jid))
            if (message.state == sotto::storage::MessageState::Pending ||
                message.state == sotto::storage::MessageState::Failed)
              return false;
          return true;
        }(),
        30000);
    sotto::storage::OutboxRepository outbox(*alice.controller->database());
    QTRY_VERIFY_WITH_TIMEOUT(outbox.pending(alice.controller->accountId())->isEmpty(), 15000);
    QCOMPARE(bob.history(alice.jid).size(), 21);
  }

  void outboxSurvivesARestartOfTheApp() {
    Peer alice;
    Peer bob;
    QVERIFY(startWithFirstMessage(alice, bob, server_, QStringLiteral("first")));

    // The server goes away; alice writes anyway and quits before it is back.
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("stop")}));
    QTRY_VERIFY_WITH_TIMEOUT(
        alice.controller->connectionState() != MessagingController::ConnectionState::Online, 15000);
    for (int i = 0; i < 5; ++i)
      QVERIFY(alice.controller->send(bob.jid, QStringLiteral("o") + QString::number(i)) != 0);
    sotto::storage::OutboxRepository outbox(*alice.controller->database());
    QTRY_COMPARE_WITH_TIMEOUT(outbox.pending(alice.controller->accountId())->size(), 5, 15000);
    const QString directory = alice.dir.path();
    alice.controller.reset();
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("start")}));

    MessagingController again;
    QVERIFY(again.openProfile(profileOptions(directory, server_)));
    again.connectAccount();
    QVERIFY(waitOnline(again));
    QTRY_VERIFY_WITH_TIMEOUT(allOnce(bob.history(alice.jid), QStringLiteral("o"), 5), 60000);
    sotto::storage::OutboxRepository after(*again.database());
    QTRY_VERIFY_WITH_TIMEOUT(after.pending(again.accountId())->isEmpty(), 15000);
  }

  void catchUpCutOffMidwayResumesWithoutLossOrDuplicates() {
    Peer alice;
    Peer bob;
    QVERIFY(startWithFirstMessage(alice, bob, server_, QStringLiteral("first")));
    QVERIFY(signOutAndWaitOffline(*bob.controller));
    // Three archive pages (Prosody gives at most 50 a page): several batches.
    constexpr int kTotal = 120;
    for (int i = 0; i < kTotal; ++i)
      QVERIFY(alice.controller->send(bob.jid, QStringLiteral("c") + QString::number(i)) != 0);
    sotto::storage::OutboxRepository outbox(*alice.controller->database());
    QTRY_VERIFY_WITH_TIMEOUT(outbox.pending(alice.controller->accountId())->isEmpty(), 30000);

    // bob's process ends while a batch is open, after at least one was committed: what
    // the open batch stored is rolled back, as a crash would leave it (WAL).
    bool cut = false;
    int reported = 0;
    QObject watch;
    connect(bob.controller.get(), &MessagingController::messageAdded, &watch, [&] { ++reported; });
    std::function<void()> check = [&] {
      if (reported > 0 && bob.controller->database()->inTransaction()) {
        cut = true;
        return;
      }
      QTimer::singleShot(0, &watch, check);
    };
    bob.controller->connectAccount();
    check();
    QTRY_VERIFY_WITH_TIMEOUT(cut || bob.history(alice.jid).size() > kTotal, 60000);
    QVERIFY2(cut, "the catch-up ended before it could be cut off in a batch");
    QVERIFY(reported < kTotal);
    const QString directory = bob.dir.path();
    bob.controller.reset();

    MessagingController again;
    QVERIFY(again.openProfile(profileOptions(directory, server_)));
    QSignalSpy caughtUp(&again, &MessagingController::catchUpFinished);
    again.connectAccount();
    QVERIFY(waitOnline(again));
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), 60000);
    sotto::storage::ConversationRepository conversations(*again.database());
    const auto conversation = conversations.findByPeer(again.accountId(), alice.jid);
    QVERIFY(conversation && conversation->has_value());
    sotto::storage::MessageRepository messages(*again.database());
    const auto history =
        messages.newest((*conversation)->id, 1000).value_or(QList<sotto::storage::Message>());
    QVERIFY(allOnce(history, QStringLiteral("c"), kTotal));
    QCOMPARE(history.size(), kTotal + 1);
    // In the order alice sent them.
    int expected = 0;
    for (const auto &message : history)
      if (message.body.startsWith(u'c'))
        QCOMPARE(message.body, QStringLiteral("c") + QString::number(expected++));
  }
};

SOTTO_TEST_MAIN_REQUIRING(ResilienceIntegrationTest, sotto::test::xmppServer().has_value(),
                          "no XMPP test server (run through scripts/test)")
#include "ResilienceIntegrationTest.moc"
