// MessagingController without a server: profiles, errors and their texts.
#include "sotto/app/MessagingController.h"
#include "BackupTestSupport.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::app;

using sotto::app::test::localProfile;

class MessagingControllerTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void everyErrorHasAText() {
    const QMetaEnum codes = QMetaEnum::fromType<AppError::Code>();
    for (int i = 0; i < codes.keyCount(); ++i) {
      const auto code = static_cast<AppError::Code>(codes.value(i));
      if (code == AppError::Code::None)
        QVERIFY(MessagingController::errorText(code).isEmpty());
      else
        QVERIFY2(!MessagingController::errorText(code).isEmpty(), codes.key(i));
    }
  }

  void noKeychainAndNoPassphraseRefusesToCreate() {
    QTemporaryDir dir;
    MessagingController controller;
    QSignalSpy errors(&controller, &MessagingController::errorOccurred);
    QVERIFY(!controller.openProfile(localProfile(dir.path(), QString())));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::NoKeychain);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sotto.db"))));
    QVERIFY(!controller.isProfileOpen());
  }

  void passphraseProfileReopens() {
    QTemporaryDir dir;
    {
      MessagingController controller;
      QVERIFY(controller.openProfile(localProfile(dir.path(), QStringLiteral("pass one"))));
      QVERIFY(controller.isProfileOpen());
      QVERIFY(controller.database() != nullptr);
      QVERIFY(!controller.hasAccount());
    }
    MessagingController wrong;
    QSignalSpy errors(&wrong, &MessagingController::errorOccurred);
    QVERIFY(!wrong.openProfile(localProfile(dir.path(), QStringLiteral("pass two"))));
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::WrongPassphrase);
    MessagingController none;
    QSignalSpy noneErrors(&none, &MessagingController::errorOccurred);
    QVERIFY(!none.openProfile(localProfile(dir.path(), QString())));
    QCOMPARE(noneErrors.first().first().value<AppError::Code>(), AppError::Code::PassphraseRequired);
    MessagingController right;
    QVERIFY(right.openProfile(localProfile(dir.path(), QStringLiteral("pass one"))));
  }

  void secondControllerCannotOpenALockedProfile() {
    QTemporaryDir dir;
    MessagingController first;
    QVERIFY(first.openProfile(localProfile(dir.path(), QStringLiteral("p"))));
    MessagingController second;
    QSignalSpy errors(&second, &MessagingController::errorOccurred);
    QVERIFY(!second.openProfile(localProfile(dir.path(), QStringLiteral("p"))));
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::ProfileLocked);
  }

  void actionsWithoutProfileOrAccountFailClearly() {
    MessagingController controller;
    QSignalSpy errors(&controller, &MessagingController::errorOccurred);
    controller.connectAccount();
    QCOMPARE(errors.takeFirst().first().value<AppError::Code>(), AppError::Code::NoProfile);
    QTemporaryDir dir;
    QVERIFY(controller.openProfile(localProfile(dir.path(), QStringLiteral("p"))));
    controller.connectAccount();
    QCOMPARE(errors.takeFirst().first().value<AppError::Code>(), AppError::Code::NoAccount);
    controller.signIn(QStringLiteral("not a jid"), QStringLiteral("x"));
    QCOMPARE(errors.takeFirst().first().value<AppError::Code>(), AppError::Code::InvalidJid);
  }
};

QTEST_GUILESS_MAIN(MessagingControllerTest)
#include "MessagingControllerTest.moc"
