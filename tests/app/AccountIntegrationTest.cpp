// MessagingController's account flow against the real Prosody: registration, the
// password remembered in the profile, sign-in after a restart, wrong password.
#include "AppTestSupport.h"

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
