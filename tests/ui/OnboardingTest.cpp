#include "UiTestSupport.h"

#include <QQmlApplicationEngine>
#include <QtTest>

using sotto::ui::Backend;
using namespace sotto::ui::test;

// First start, passphrase and unlock flows against a real profile directory, plus a
// screenshot of every first-start screen in light and dark.
class OnboardingTest : public QObject {
  Q_OBJECT

  static void typeInto(QQuickWindow *window, QQuickItem *field, const QString &text) {
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    typeText(window, text);
  }

private Q_SLOTS:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void passphraseIsChosenThenRequiredToUnlock() {
    QTemporaryDir dir;
    {
      sotto::app::ProfileOptions options;
      options.directory = dir.path();
      options.preferKeychain = false; // as on a desktop without a keychain
      options.fastKdfForTests = true;
      Backend backend(options);
      Backend::setInstance(&backend);
      QQmlApplicationEngine engine;
      QQuickWindow *window = loadMainWindow(engine);
      QVERIFY(window != nullptr);
      QVERIFY(QTest::qWaitForWindowExposed(window));
      backend.start();
      QTRY_COMPARE(backend.stage(), Backend::Stage::ChoosePassphrase);
      QTRY_VERIFY(findItem(window, "choosePassphrasePage") != nullptr);
      QVERIFY(!screenshot(window, "onboarding-choose-passphrase").isNull());

      // Mismatched passphrases are refused before anything is created.
      typeInto(window, findItem(window, "passphraseField"), "a long passphrase");
      typeInto(window, findItem(window, "confirmPassphraseField"), "another passphrase");
      QTest::keyClick(window, Qt::Key_Return);
      QCOMPARE(backend.stage(), Backend::Stage::ChoosePassphrase);
      QVERIFY(QDir(dir.path()).entryList(QDir::Files).filter("keyvault").isEmpty());

      auto *confirm = findItem(window, "confirmPassphraseField");
      confirm->setProperty("text", QString());
      typeInto(window, confirm, "a long passphrase");
      QTest::keyClick(window, Qt::Key_Return);
      QTRY_COMPARE_WITH_TIMEOUT(backend.stage(), Backend::Stage::Welcome, 20000);
      QTRY_VERIFY(findItem(window, "welcomePage") != nullptr);
      QVERIFY(backend.controller()->isProfileOpen());
      QVERIFY(!screenshot(window, "onboarding-welcome").isNull());

      // Create-account form: its own checks run before the controller is asked.
      QMetaObject::invokeMethod(findItem(window, "createAccountButton"), "clicked");
      QTRY_VERIFY(findItem(window, "accountForm") != nullptr);
      auto *form = findItem(window, "accountForm");
      QTRY_VERIFY(form->property("x").toReal() == 0.0 && form->isVisible());
      QVERIFY(!screenshot(window, "onboarding-create-account").isNull());
      QMetaObject::invokeMethod(form, "submit");
      QVERIFY(!form->property("error").toString().isEmpty());
    }
    {
      // Next start: the profile is passphrase-protected, so the unlock screen shows.
      sotto::app::ProfileOptions options;
      options.directory = dir.path();
      options.fastKdfForTests = true;
      Backend backend(options);
      Backend::setInstance(&backend);
      QQmlApplicationEngine engine;
      QQuickWindow *window = loadMainWindow(engine);
      QVERIFY(window != nullptr);
      QVERIFY(QTest::qWaitForWindowExposed(window));
      backend.start();
      QTRY_COMPARE(backend.stage(), Backend::Stage::Unlock);
      QTRY_VERIFY(findItem(window, "unlockPage") != nullptr);

      typeInto(window, findItem(window, "passphraseField"), "wrong guess");
      QTest::keyClick(window, Qt::Key_Return);
      QTRY_VERIFY_WITH_TIMEOUT(!backend.problem().isEmpty(), 20000);
      QCOMPARE(backend.stage(), Backend::Stage::Unlock);
      QVERIFY(!screenshot(window, "onboarding-unlock-wrong-passphrase").isNull());

      typeInto(window, findItem(window, "passphraseField"), "a long passphrase");
      QTest::keyClick(window, Qt::Key_Return);
      QTRY_COMPARE_WITH_TIMEOUT(backend.stage(), Backend::Stage::Welcome, 20000);
    }
  }

  void everyFirstStartScreenRenders_data() {
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("pageName");
    QTest::addColumn<QString>("problem");
    QTest::newRow("keychain-lost") << int(Backend::Stage::KeychainLost) << "keychainLostPage" << QString();
    QTest::newRow("profile-problem") << int(Backend::Stage::ProfileProblem) << "profileProblemPage"
                                     << "Another Sotto window already has this profile open.";
    QTest::newRow("unlock") << int(Backend::Stage::Unlock) << "unlockPage" << QString();
    QTest::newRow("welcome") << int(Backend::Stage::Welcome) << "welcomePage" << QString();
  }
  void everyFirstStartScreenRenders() {
    QFETCH(int, stage);
    QFETCH(QString, pageName);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    Backend backend(passphraseProfile(dir.path()));
    Backend::setInstance(&backend);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    QVERIFY(window != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    backend.setStageForTesting(static_cast<Backend::Stage>(stage), problem);
    QTRY_VERIFY(findItem(window, pageName) != nullptr);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(!screenshot(window, "onboarding-" + name).isNull());
    QMetaObject::invokeMethod(window, "setThemeMode", Q_ARG(QVariant, 2));
    QTRY_VERIFY(!screenshot(window, "onboarding-" + name + "-dark").isNull());
    // Dark really is dark: the window background.
    QVERIFY(qGray(window->grabWindow().pixel(3, window->height() - 3)) < 80);
  }

  void keychainLostOffersOnlyRealPaths() {
    QTemporaryDir dir;
    Backend backend(passphraseProfile(dir.path()));
    Backend::setInstance(&backend);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    QVERIFY(window != nullptr);
    backend.setStageForTesting(Backend::Stage::KeychainLost);
    QTRY_VERIFY(findItem(window, "keychainLostPage") != nullptr);
    auto *codeField = findItem(window, "recoveryCodeField");
    auto *restore = findItem(window, "restoreWithCodeButton");
    // The recovery path is enabled exactly when the app layer can carry it out.
    QCOMPARE(codeField->isEnabled(), backend.recoveryCodeSupported());
    QVERIFY(!restore->isEnabled());
    QVERIFY(findItem(window, "retryKeychainButton")->isEnabled());
  }

  void recoveryCodeMustBeConfirmed() {
    QTemporaryDir dir;
    Backend backend(passphraseProfile(dir.path()));
    Backend::setInstance(&backend);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    QVERIFY(window != nullptr);
    backend.setStageForTesting(Backend::Stage::ShowRecoveryCode);
    QTRY_VERIFY(findItem(window, "recoveryCodePage") != nullptr);
    auto *proceed = findItem(window, "recoveryContinue");
    QVERIFY(!proceed->isEnabled());
    findItem(window, "savedCheckBox")->setProperty("checked", true);
    QVERIFY(proceed->isEnabled());
  }
};

QTEST_MAIN(OnboardingTest)
#include "OnboardingTest.moc"
