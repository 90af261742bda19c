// MessagingController's account flow against the real Prosody: registration, the
// password remembered in the profile, sign-in after a restart, wrong password; the
// roster's names kept in the profile.
#include "AppTestSupport.h"

#include "sotto/app/ConversationList.h"
#include "sotto/storage/ContactRepository.h"

using namespace sotto::app;
using namespace sotto::app::test;

class AccountIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();

private Q_SLOTS:
  void registerThenReconnectFromProfile() {
    QTemporaryDir dir;
    const QString user = uniqueUser(QStringLiteral("acct"));
    const QString jid = user + u'@' + server_.domain;
    {
      MessagingController controller;
      QVERIFY(controller.openProfile(profileOptions(dir.path(), server_)));
      QVERIFY(!controller.hasAccount());
      QSignalSpy accountChanged(&controller, &MessagingController::accountChanged);
      controller.createAccount(server_.domain, user, QStringLiteral("secret-1"));
      QVERIFY(waitOnline(controller));
      QVERIFY(!accountChanged.isEmpty());
      QCOMPARE(controller.accountJid(), jid);
      QVERIFY(controller.hasAccount());
      controller.signOut();
      QCOMPARE(controller.connectionState(), MessagingController::ConnectionState::Offline);
    }
    // A new process: the account, server settings and password come from the profile.
    MessagingController again;
    ProfileOptions options = profileOptions(dir.path(), server_);
    options.serverHost.clear();
    options.pinnedCertificateSha256.clear();
    QVERIFY(again.openProfile(options));
    QCOMPARE(again.accountJid(), jid);
    again.connectAccount();
    QVERIFY(waitOnline(again));
  }

  void wrongPasswordIsReported() {
    QTemporaryDir dir;
    const QString user = uniqueUser(QStringLiteral("acct"));
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("register"), user, QStringLiteral("right")}));
    MessagingController controller;
    QVERIFY(controller.openProfile(profileOptions(dir.path(), server_)));
    QSignalSpy errors(&controller, &MessagingController::errorOccurred);
    controller.signIn(user + u'@' + server_.domain, QStringLiteral("wrong"));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20000);
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::AuthenticationFailed);
    QVERIFY(!controller.hasAccount()); // nothing remembered for a failed sign-in
  }

  // Another client of alice's (her phone) names bob in the roster, renames him with
  // hostile characters and removes carol; Sotto keeps what it may show, also offline.
  void rosterNamesAreKeptInTheProfile() {
    Peer alice;
    QVERIFY(alice.start(server_, QStringLiteral("alice")));
    OtherClient phone;
    QVERIFY(phone.start(server_, alice.jid));
    const QString bob = uniqueUser(QStringLiteral("bob")) + u'@' + server_.domain;
    const QString carol = uniqueUser(QStringLiteral("carol")) + u'@' + server_.domain;
    const ConversationList list(*alice.controller);
    const auto storedContact = [&](const QString &jid) {
      return sotto::storage::ContactRepository(*alice.controller->database())
          .find(alice.controller->accountId(), jid)
          .value_or(std::nullopt);
    };

    // Whoever hears contactsChanged reads the new name already.
    QStringList namesAtSignal;
    connect(alice.controller.get(), &MessagingController::contactsChanged, this,
            [&] { namesAtSignal.append(list.peerName(bob)); });
    QCOMPARE(list.displayName(bob), bob); // no name: the address, nothing made up
    QVERIFY(phone.setRosterName(bob, QStringLiteral("Bob Builder")));
    QVERIFY(phone.setRosterName(carol, QStringLiteral("Carol")));
    QTRY_COMPARE_WITH_TIMEOUT(list.peerName(carol), QStringLiteral("Carol"), 10000);
    QCOMPARE(list.peerName(bob), QStringLiteral("Bob Builder"));
    QCOMPARE(list.displayName(bob), QStringLiteral("Bob Builder"));
    QVERIFY(namesAtSignal.contains(QStringLiteral("Bob Builder")));
    QVERIFY(storedContact(bob).has_value() && storedContact(bob)->inRoster);

    // A rename: bidi override, bell, line break, right-to-left mark, padding. Only the
    // words are kept; a long name is cut to 64 characters, not inside one.
    QVERIFY(phone.setRosterName(bob, QStringLiteral("  \u202EBob\u0007 the\nBuilder\u200F\u2066  ")));
    QTRY_COMPARE_WITH_TIMEOUT(list.peerName(bob), QStringLiteral("Bob the Builder"), 10000);
    QVERIFY(namesAtSignal.contains(QStringLiteral("Bob the Builder")));
    const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
    QVERIFY(phone.setRosterName(carol, QString(62, u'c') + family));
    QTRY_VERIFY_WITH_TIMEOUT(list.peerName(carol).startsWith(u'c'), 10000);
    QCOMPARE(list.peerName(carol), QString(62, u'c')); // the family emoji would pass 64

    // Removed from the roster: no name any more.
    QVERIFY(phone.removeFromRoster(carol));
    QTRY_VERIFY_WITH_TIMEOUT(list.peerName(carol).isEmpty(), 10000);
    QCOMPARE(list.displayName(carol), carol);
    phone.client.disconnectFromServer();

    // Offline, after a restart: the name is in the profile.
    alice.controller->signOut();
    alice.controller = std::make_unique<MessagingController>();
    QVERIFY(alice.controller->openProfile(profileOptions(alice.dir.path(), server_)));
    QCOMPARE(alice.controller->connectionState(), MessagingController::ConnectionState::Offline);
    QCOMPARE(ConversationList(*alice.controller).displayName(bob), QStringLiteral("Bob the Builder"));
    QCOMPARE(ConversationList(*alice.controller).peerName(carol), QString());
  }

  void takenNameIsReported() {
    QTemporaryDir dir;
    const QString user = uniqueUser(QStringLiteral("acct"));
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("register"), user, QStringLiteral("x")}));
    MessagingController controller;
    QVERIFY(controller.openProfile(profileOptions(dir.path(), server_)));
    QSignalSpy errors(&controller, &MessagingController::errorOccurred);
    controller.createAccount(server_.domain, user, QStringLiteral("y"));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20000);
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::UsernameTaken);
  }
};

SOTTO_TEST_MAIN_REQUIRING(AccountIntegrationTest, sotto::test::xmppServer().has_value(),
                          "no XMPP test server (run through scripts/test)")
#include "AccountIntegrationTest.moc"
