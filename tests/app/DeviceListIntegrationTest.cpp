// Device lists are no longer read before every send (OmemoService::kListMaxAgeMs): a
// contact's new device must still reach the sender, through the PEP event of the list.
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
    QVERIFY(alice.start(server_, QStringLiteral("alice")));
    QVERIFY(bob.start(server_, QStringLiteral("bob")));
    QVERIFY(sendWhenReady(*alice.controller, bob.jid, QStringLiteral("hello")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(bob.history(alice.jid).size(), 1, 15000);
    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("hi")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(alice.history(bob.jid).size(), 2, 15000);
    QVERIFY(subscribeBothWays(alice, bob));

    // Later alice signs in on another machine. bob read her list moments ago, so by the
    // freshness rule he does not read it again: only the PEP event can tell him.
    QTemporaryDir thirdDir;
    MessagingController alice3;
    QVERIFY(alice3.openProfile(profileOptions(thirdDir.path(), server_)));
    alice3.signIn(alice.jid, QStringLiteral("pw-") + alice.jid.section(u'@', 0, 0));
    QVERIFY(waitOnline(alice3));
    QTRY_VERIFY_WITH_TIMEOUT(alice3.ownDeviceId() != 0, 15000);
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
};

SOTTO_TEST_MAIN_REQUIRING(DeviceListIntegrationTest, sotto::test::xmppServer().has_value(),
                          "no XMPP test server (run through scripts/test)")
#include "DeviceListIntegrationTest.moc"
