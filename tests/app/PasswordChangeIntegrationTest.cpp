// Settings › Account › Change password against the real Prosody and the real Secret
// Service: the server takes the new password (XEP-0077), the keychain keeps it, the old
// one stops working, and a wrong current password (or a too short new one) changes
// nothing, not even a request to the server.
#include "AppTestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sotto::app;
using namespace sotto::app::test;

namespace {

ProfileOptions keychainOptions(const QString &directory, const sotto::test::XmppServer &server) {
  ProfileOptions options = profileOptions(directory, server);
  options.passphrase.clear();
  options.preferKeychain = true;
  options.keychainService = QStringLiteral("sotto-password-change-test");
  return options;
}

AppError::Code lastOutcome(const QSignalSpy &finished) {
  return finished.last().first().value<AppError::Code>();
}

} // namespace

class PasswordChangeIntegrationTest : public QObject {
  Q_OBJECT

  sotto::test::XmppServer server_;

  // Signs in from a new profile (passphrase mode, so no keychain is involved); the error
  // when it fails.
  AppError::Code freshSignIn(const QString &jid, const QString &password) {
    QTemporaryDir dir;
    MessagingController controller;
    if (!controller.openProfile(profileOptions(dir.path(), server_)))
      return AppError::Code::StorageFailed;
    QSignalSpy errors(&controller, &MessagingController::errorOccurred);
    controller.signIn(jid, password);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() &&
           controller.connectionState() != MessagingController::ConnectionState::Online) {
      for (const auto &error : errors)
        if (error.first().value<AppError::Code>() != AppError::Code::ConnectionLost)
          return error.first().value<AppError::Code>();
      QTest::qWait(20);
    }
    return controller.connectionState() == MessagingController::ConnectionState::Online
               ? AppError::Code::None
               : AppError::Code::ServerUnreachable;
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    server_ = *sotto::test::xmppServer();
  }

  void changesOnServerAndInKeychain() {
    QTemporaryDir dir;
    const QString user = uniqueUser(QStringLiteral("pwchange"));
    const QString jid = user + u'@' + server_.domain;
    const QString oldPassword = QStringLiteral("old-") + user;
    const QString newPassword = QStringLiteral("new-") + user;
    {
      MessagingController controller;
      QVERIFY(controller.openProfile(keychainOptions(dir.path(), server_)));
      controller.createAccount(server_.domain, user, oldPassword);
      QVERIFY(waitOnline(controller));
      QByteArray written;
      controller.setOutgoingTapForTests([&written](const QByteArray &chunk) { written += chunk; });
      QSignalSpy finished(&controller, &MessagingController::passwordChangeFinished);
      QSignalSpy errors(&controller, &MessagingController::errorOccurred);

      // Refused at once, before anything goes to the server.
      controller.changePassword(QStringLiteral("not-the-password"), newPassword);
      QCOMPARE(finished.count(), 1);
      QCOMPARE(lastOutcome(finished), AppError::Code::WrongCurrentPassword);
      QCOMPARE(errors.last().first().value<AppError::Code>(), AppError::Code::WrongCurrentPassword);
      QVERIFY(!errors.last().at(1).toString().isEmpty());
      controller.changePassword(oldPassword, QStringLiteral("short"));
      QCOMPARE(finished.count(), 2);
      QCOMPARE(lastOutcome(finished), AppError::Code::PasswordTooShort);
      QVERIFY(!written.contains("jabber:iq:register"));

      controller.changePassword(oldPassword, newPassword);
      QVERIFY(finished.wait(15000));
      QCOMPARE(lastOutcome(finished), AppError::Code::None);
      QVERIFY(written.contains("jabber:iq:register"));
    }

    // The server: the new password signs in, the old one no longer does.
    QCOMPARE(freshSignIn(jid, newPassword), AppError::Code::None);
    QCOMPARE(freshSignIn(jid, oldPassword), AppError::Code::AuthenticationFailed);

    // The keychain: the profile connects with what it stored, which must be the new one.
    MessagingController again;
    QVERIFY(again.openProfile(keychainOptions(dir.path(), server_)));
    again.connectAccount();
    QVERIFY(waitOnline(again));

    // Offline, nothing can change (the current password is right).
    again.signOut();
    QSignalSpy finished(&again, &MessagingController::passwordChangeFinished);
    again.changePassword(newPassword, QStringLiteral("third-password-") + user);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(lastOutcome(finished), AppError::Code::NotConnected);
  }
};

SOTTO_TEST_MAIN_REQUIRING(PasswordChangeIntegrationTest,
                          sotto::test::xmppServer().has_value() && sotto::test::hasSecretService(),
                          "needs the test Prosody and a Secret Service (scripts/test)")
#include "PasswordChangeIntegrationTest.moc"
