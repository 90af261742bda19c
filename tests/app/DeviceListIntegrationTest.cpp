// Device lists are no longer read before every send (OmemoService::kListMaxAgeMs): a
// contact's new device must still reach the sender, through the PEP event of the list;
// and without a presence subscription (no events), through the new device's first
// message or, at the next send, once the list we hold is older than 5 minutes.
#include "AppTestSupport.h"

using namespace sotto::app;
using namespace sotto::app::test;

class DeviceListIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();

private Q_SLOTS:
  void thirdDeviceAddedLaterIsPickedUpByBob() {
    Peer alice;
    Peer bob;
    QVERIFY(startWithFirstMessage(alice, bob, server_, QStringLiteral("hello")));
    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("hi")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(alice.history(bob.jid).size(), 2, 15000);
    QVERIFY(subscribeBothWays(alice, bob));

    // Later alice signs in on another machine. bob read her list moments ago, so by the
    // freshness rule he does not read it again: only the PEP event can tell him.
    QTemporaryDir thirdDir;
    MessagingController alice3;
    QVERIFY(signInFromAnotherProfile(alice3, thirdDir, alice.jid, server_));
    QTRY_VERIFY_WITH_TIMEOUT(activeIn(bob.controller->devices(alice.jid), alice3.ownDeviceId()), 15000);
    // A device that appears after bob has sessions with alice changes her safety number:
    // nothing goes out until he decides; then it reaches the new device too.
    QSignalSpy errors(bob.controller.get(), &MessagingController::errorOccurred);
    const qint64 held = bob.controller->send(alice.jid, QStringLiteral("to all three"));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::SafetyNumberChanged);
    QVERIFY(bob.controller->setTrust(alice.jid, alice3.ownDeviceId(), MessagingController::Trust::Trusted));
    QVERIFY(bob.controller->retry(held));
    auto storedOnThird = [&] {
      sotto::storage::ConversationRepository conversations(*alice3.database());
      auto conversation = conversations.findByPeer(alice3.accountId(), bob.jid);
      if (!conversation || !conversation->has_value())
        return false;
      sotto::storage::MessageRepository messages(*alice3.database());
      const auto newest = messages.newest((*conversation)->id, 10).value_or(QList<sotto::storage::Message>());
      for (const auto &message : newest)
        if (message.body == QStringLiteral("to all three"))
          return true;
      return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(storedOnThird(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
          for (const auto &message : alice.history(bob.jid))
            if (message.body == QStringLiteral("to all three"))
              return true;
          return false;
        }(),
        15000);
  }

  void newDeviceIsLearnedFromItsFirstMessage() {
    Peer alice;
    Peer bob;
    // A stranger's first message: bob reads her list then (a new session from a device he
    // did not know). He does not answer, so he never subscribes to her presence and gets
    // no events of her list.
    QVERIFY(startWithFirstMessage(alice, bob, server_, QStringLiteral("hello")));
    QTRY_VERIFY_WITH_TIMEOUT(activeIn(bob.controller->devices(alice.jid), alice.controller->ownDeviceId()),
                             15000);
    QVERIFY(!bob.controller->contacts().contains(alice.jid));

    QTemporaryDir secondDir;
    MessagingController alice2;
    QVERIFY(signInFromAnotherProfile(alice2, secondDir, alice.jid, server_));
    QTRY_VERIFY_WITH_TIMEOUT(activeIn(alice.controller->devices(alice.jid), alice2.ownDeviceId()), 15000);
    QVERIFY(!activeIn(bob.controller->devices(alice.jid), alice2.ownDeviceId()));
    // The new device writes: bob learns it from that message, long before 5 minutes.
    QVERIFY(sendWhenReady(alice2, bob.jid, QStringLiteral("from my new laptop")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(bob.history(alice.jid).size(), 2, 15000);
    QCOMPARE(bob.history(alice.jid).last().body, QStringLiteral("from my new laptop"));
    QTRY_VERIFY_WITH_TIMEOUT(activeIn(bob.controller->devices(alice.jid), alice2.ownDeviceId()), 15000);
    QVERIFY(activeIn(bob.controller->devices(alice.jid), alice.controller->ownDeviceId()));
  }

  void listOlderThanFiveMinutesIsReadAgainAtSend() {
    Peer alice;
    Peer bob;
    QVERIFY(alice.start(server_, QStringLiteral("alice")));
    QVERIFY(bob.start(server_, QStringLiteral("bob")));
    qint64 bobClock = QDateTime::currentMSecsSinceEpoch();
    bob.controller->setDeviceListClockForTests([&bobClock] { return bobClock; });
    // bob writes first (so he does not answer a request: no presence subscription to
    // alice, no events of her list); he reads her list for that message.
    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("one")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(alice.history(bob.jid).size(), 1, 15000);
    QVERIFY(!bob.controller->contacts().contains(alice.jid));

    QTemporaryDir secondDir;
    MessagingController alice2;
    QVERIFY(signInFromAnotherProfile(alice2, secondDir, alice.jid, server_));
    QTRY_VERIFY_WITH_TIMEOUT(activeIn(alice.controller->devices(alice.jid), alice2.ownDeviceId()), 15000);

    // Within 5 minutes bob uses the list he has: the message goes to her first device only.
    constexpr qint64 kFiveMinutes = 5LL * 60 * 1000; // OmemoService::kListMaxAgeMs
    bobClock += kFiveMinutes - 1000;
    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("two")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(alice.history(bob.jid).size(), 2, 15000);
    QVERIFY(!activeIn(bob.controller->devices(alice.jid), alice2.ownDeviceId()));

    // Past 5 minutes the send reads the list again and finds the new device, which (bob
    // having sessions with alice) holds the message until he decides about it.
    bobClock += 2000;
    QSignalSpy errors(bob.controller.get(), &MessagingController::errorOccurred);
    QVERIFY(bob.controller->send(alice.jid, QStringLiteral("three")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(activeIn(bob.controller->devices(alice.jid), alice2.ownDeviceId()), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::SafetyNumberChanged);
  }
};

SOTTO_TEST_MAIN_REQUIRING(DeviceListIntegrationTest, sotto::test::xmppServer().has_value(),
                          "no XMPP test server (run through scripts/test)")
#include "DeviceListIntegrationTest.moc"
