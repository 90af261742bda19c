// Two profiles (two MessagingControllers, as two people would run) talking OMEMO through
// the real Prosody: first contact, replies, bulk both ways, offline catch-up, tampering.
#include "AppTestSupport.h"

#include "sotto/storage/OutboxRepository.h"

#include <functional>

using namespace sotto::app;
using namespace sotto::app::test;

namespace {

QStringList bodies(const QList<sotto::storage::Message> &messages) {
  QStringList result;
  for (const auto &message : messages)
    result.append(message.body);
  return result;
}

int countWith(const QList<sotto::storage::Message> &messages, const QString &prefix) {
  int count = 0;
  for (const auto &message : messages)
    count += message.body.startsWith(prefix) ? 1 : 0;
  return count;
}

} // namespace

class MessagingIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();

private Q_SLOTS:
  void firstContactRepliesAndBulk() {
    Peer alice;
    Peer bob;
    QVERIFY(alice.start(server_, QStringLiteral("alice")));
    QVERIFY(bob.start(server_, QStringLiteral("bob")));

    QSignalSpy bobAdded(bob.controller.get(), &MessagingController::messageAdded);
    QVERIFY(sendWhenReady(*alice.controller, bob.jid, QStringLiteral("hello bob")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!bob.history(alice.jid).isEmpty(), 15000);
    const auto first = bob.history(alice.jid).first();
    QCOMPARE(first.body, QStringLiteral("hello bob"));
    QVERIFY(first.encrypted);
    QCOMPARE(first.direction, sotto::storage::Direction::Incoming);
    QCOMPARE(bobAdded.first().at(0).toString(), alice.jid);

    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("hi alice")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(alice.history(bob.jid).size(), 2, 15000);
    QCOMPARE(alice.history(bob.jid).last().body, QStringLiteral("hi alice"));
    QVERIFY(alice.history(bob.jid).last().encrypted);

    // alice's first message was a message request for bob (she is not in his roster): no
    // receipt went back. His reply accepted it, so his read marker now moves it on.
    QVERIFY(!bob.controller->isRequest(alice.jid));
    QVERIFY(bob.controller->markRead(alice.jid));
    QTRY_COMPARE_WITH_TIMEOUT(alice.history(bob.jid).first().state, sotto::storage::MessageState::Read,
                              15000);

    // 100 each way, interleaved: none lost, none duplicated, each side in send order.
    for (int i = 0; i < 100; ++i) {
      QVERIFY(alice.controller->send(bob.jid, QStringLiteral("a%1").arg(i, 3, 10, QLatin1Char('0'))) != 0);
      QVERIFY(bob.controller->send(alice.jid, QStringLiteral("b%1").arg(i, 3, 10, QLatin1Char('0'))) != 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(countWith(bob.history(alice.jid), QStringLiteral("b")), 100, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(countWith(bob.history(alice.jid), QStringLiteral("a")), 100, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(countWith(alice.history(bob.jid), QStringLiteral("a")), 100, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(countWith(alice.history(bob.jid), QStringLiteral("b")), 100, 60000);
    for (const Peer *side : {&alice, &bob}) {
      const auto all = side->history(side == &alice ? bob.jid : alice.jid);
      QCOMPARE(all.size(), 202);
      QStringList fromA;
      for (const auto &body : bodies(all))
        if (body.startsWith(u'a'))
          fromA.append(body);
      QStringList sorted = fromA;
      sorted.sort();
      QCOMPARE(fromA, sorted);
      for (const auto &message : all)
        QVERIFY2(message.encrypted && message.error.isEmpty(), qPrintable(message.body));
    }
  }

  void offlineCatchUpThroughArchive() {
    Peer alice;
    Peer bob;
    QVERIFY(startWithFirstMessage(alice, bob, server_, QStringLiteral("before")));

    QVERIFY(signOutAndWaitOffline(*bob.controller));
    for (int i = 0; i < 50; ++i)
      QVERIFY(alice.controller->send(bob.jid, QStringLiteral("m%1").arg(i, 2, 10, QLatin1Char('0'))) != 0);
    // Everything reached the server before bob comes back.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
          for (const auto &message : alice.history(bob.jid))
            if (message.state == sotto::storage::MessageState::Pending)
              return false;
          return true;
        }(),
        20000);

    // The catch-up must not hold the event loop for a whole archive page (50 messages
    // here): between two turns of the loop at most one slice is stored
    // (MessageService::storeArchiveSlice, at most 20). Rows are counted on bob's own
    // connection, which sees a batch's rows before its commit (messageAdded comes only
    // after the commit, for the whole batch at once).
    QObject probe;
    bool probing = true;
    qsizetype lastCount = 1;
    qsizetype longestRun = 0;
    std::function<void()> turn = [&] {
      const qsizetype count = bob.history(alice.jid).size();
      longestRun = std::max(longestRun, count - lastCount);
      lastCount = count;
      if (probing)
        QTimer::singleShot(0, &probe, turn);
    };
    QSignalSpy caughtUp(bob.controller.get(), &MessagingController::catchUpFinished);
    turn();
    bob.controller->connectAccount();
    QVERIFY(waitOnline(*bob.controller));
    QTRY_COMPARE_WITH_TIMEOUT(bob.history(alice.jid).size(), 51, 30000);
    probing = false;
    QVERIFY2(longestRun >= 1 && longestRun <= 20, qPrintable(QString::number(longestRun)));
    // The archive's timestamps have whole seconds: "before" may share one with m00, so
    // only the 50 are compared, and they must be in the order alice sent them.
    QStringList caught;
    for (const auto &message : bob.history(alice.jid))
      if (message.body.startsWith(u'm'))
        caught.append(message.body);
    QCOMPARE(caught.size(), 50);
    for (int i = 0; i < 50; ++i)
      QCOMPARE(caught.at(i), QStringLiteral("m%1").arg(i, 2, 10, QLatin1Char('0')));
    // They may come from the server's offline store (delivered on presence) before the
    // archive pages, which then only bring duplicates; the catch-up still ends.
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), 15000);
    QCOMPARE(bob.history(alice.jid).size(), 51);
  }

  void twoDevicesSeeBothSides() {
    Peer alice;
    Peer bob;
    QVERIFY(alice.start(server_, QStringLiteral("alice")));
    QVERIFY(bob.start(server_, QStringLiteral("bob")));
    QTemporaryDir secondDir;
    MessagingController alice2;
    QVERIFY(signInFromAnotherProfile(alice2, secondDir, alice.jid, server_));
    // alice's first device learns of the second from the PEP event on her own list (lists
    // are no longer read before every send).
    QTRY_VERIFY_WITH_TIMEOUT(activeIn(alice.controller->devices(alice.jid), alice2.ownDeviceId()), 15000);
    auto historyOf = [](MessagingController &controller, const QString &peer) {
      sotto::storage::ConversationRepository conversations(*controller.database());
      auto conversation = conversations.findByPeer(controller.accountId(), peer);
      if (!conversation || !conversation->has_value())
        return QList<sotto::storage::Message>();
      sotto::storage::MessageRepository messages(*controller.database());
      return messages.newest((*conversation)->id, 100).value_or(QList<sotto::storage::Message>());
    };

    // alice's first device writes: bob reads it, and her second device has it as sent (carbon,
    // encrypted to her own other device too).
    QVERIFY(sendWhenReady(*alice.controller, bob.jid, QStringLiteral("from device one")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(bob.history(alice.jid).size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(historyOf(alice2, bob.jid).size(), 1, 15000);
    QCOMPARE(historyOf(alice2, bob.jid).first().body, QStringLiteral("from device one"));
    QCOMPARE(historyOf(alice2, bob.jid).first().direction, sotto::storage::Direction::Outgoing);

    // bob's answer reaches both of alice's devices.
    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("to both")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(alice.history(bob.jid).size(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(historyOf(alice2, bob.jid).size(), 2, 15000);
    QCOMPARE(historyOf(alice2, bob.jid).last().body, QStringLiteral("to both"));
    QVERIFY(historyOf(alice2, bob.jid).last().error.isEmpty());

    // The second device is lost: alice removes it from her list; bob, subscribed to her
    // presence, gets the new list as an event and stops encrypting to it.
    QVERIFY(subscribeBothWays(alice, bob));
    const int lost = alice2.ownDeviceId();
    alice2.signOut();
    QVERIFY(!alice.controller->removeOwnDevice(alice.controller->ownDeviceId()));
    QVERIFY(alice.controller->removeOwnDevice(lost));
    QVERIFY(!activeIn(alice.controller->devices(alice.jid), lost));
    QVERIFY(activeIn(alice.controller->devices(alice.jid), alice.controller->ownDeviceId()));
    QTRY_VERIFY_WITH_TIMEOUT(!activeIn(bob.controller->devices(alice.jid), lost), 15000);
    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("after removal")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(alice.history(bob.jid).size(), 3, 15000);
  }

  void noOmemoDeviceMeansNothingIsSent() {
    Peer alice;
    QVERIFY(alice.start(server_, QStringLiteral("alice")));
    const QString stranger = uniqueUser(QStringLiteral("plain"));
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("register"), stranger, QStringLiteral("x")}));
    QSignalSpy errors(alice.controller.get(), &MessagingController::errorOccurred);
    const qint64 id = alice.controller->send(stranger + u'@' + server_.domain, QStringLiteral("secret"));
    QVERIFY(id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::NoOmemoDevice);
    const auto stored = alice.history(stranger + u'@' + server_.domain);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().state, sotto::storage::MessageState::Failed);
    sotto::storage::OutboxRepository outbox(*alice.controller->database());
    QVERIFY(outbox.pending(alice.controller->accountId())->isEmpty());
  }
};

SOTTO_TEST_MAIN_REQUIRING(MessagingIntegrationTest, sotto::test::xmppServer().has_value(),
                          "no XMPP test server (run through scripts/test)")
#include "MessagingIntegrationTest.moc"
