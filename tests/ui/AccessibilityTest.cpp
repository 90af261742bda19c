#include "AccessibilityTree.h"
#include "UiTestSupport.h"

#include "sotto/app/ApplicationInfo.h"

#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QtTest>

using sotto::ui::Backend;

// The check runs in a helper; stop the test function when it failed.
#define VERIFY_ALL_NAMED(window, screen)                                                                     \
  do {                                                                                                       \
    verifyAllNamed(window, screen);                                                                          \
    if (QTest::currentTestFailed())                                                                          \
      return;                                                                                                \
  } while (false)
using namespace sotto::ui::test;
namespace storage = sotto::storage;

// Every screen, loaded in a real window, read through the accessibility API the way a
// screen reader reads it: any button, field, check box, combo box, menu item or clickable
// row without a speakable name fails the test, with its path in the tree.
class AccessibilityTest : public QObject {
  Q_OBJECT

  static void verifyAllNamed(QQuickWindow *window, const QString &screen) {
    // Qt Quick controls give themselves a role and a default name only when accessibility
    // turns active (a screen reader asked). Offscreen no platform bridge ever says so,
    // so say it here, after the screen was built: every control of it hears it.
    QAccessible::setActive(true);
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(window);
    QVERIFY2(root != nullptr, "no accessibility interface for the window");
    // A walk that saw no control proves nothing: each screen has some.
    QVERIFY2(countInteractive(root) > 0, qPrintable(screen + ": no interactive control in the tree"));
    const QStringList unnamed = unnamedControls(window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(screen + ": controls without an accessible name:\n  " +
                                           unnamed.join(QStringLiteral("\n  "))));
  }

  // Waits for pushed pages and popups to finish their transitions (so nothing half-shown
  // is walked) by waiting on the window's frames.
  static void settle(QQuickWindow *window) {
    for (int i = 0; i < 3; ++i) {
      window->requestUpdate();
      QSignalSpy frame(window, &QQuickWindow::frameSwapped);
      frame.wait(200);
    }
  }

  // List delegates are not QObject children of the window: search the visual tree.
  static QQuickItem *findInScene(QQuickItem *root, const QString &objectName) {
    if (root == nullptr)
      return nullptr;
    if (root->objectName() == objectName && root->isVisible())
      return root;
    for (QQuickItem *child : root->childItems())
      if (QQuickItem *found = findInScene(child, objectName))
        return found;
    return nullptr;
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    sotto::app::ApplicationInfo::applyToApplication();
  }

  void firstStartScreens_data() {
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("pageName");
    QTest::newRow("choose-passphrase") << int(Backend::Stage::ChoosePassphrase) << "choosePassphrasePage";
    QTest::newRow("unlock") << int(Backend::Stage::Unlock) << "unlockPage";
    QTest::newRow("keychain-lost") << int(Backend::Stage::KeychainLost) << "keychainLostPage";
    QTest::newRow("profile-problem") << int(Backend::Stage::ProfileProblem) << "profileProblemPage";
    QTest::newRow("recovery-code") << int(Backend::Stage::ShowRecoveryCode) << "recoveryCodePage";
    QTest::newRow("welcome") << int(Backend::Stage::Welcome) << "welcomePage";
  }
  void firstStartScreens() {
    QFETCH(int, stage);
    QFETCH(QString, pageName);
    QTemporaryDir dir;
    Backend backend(passphraseProfile(dir.path()));
    Backend::setInstance(&backend);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    QVERIFY(window != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    backend.setStageForTesting(static_cast<Backend::Stage>(stage),
                               QStringLiteral("Another Sotto window already has this profile open."));
    QTRY_VERIFY(findItem(window, pageName) != nullptr);
    settle(window);
    VERIFY_ALL_NAMED(window, pageName);

    if (stage == int(Backend::Stage::Welcome)) {
      // The pages behind the welcome buttons: the account forms and restore from backup.
      const QList<QPair<const char *, const char *>> choices = {{"createAccountButton", "accountForm"},
                                                                {"signInButton", "accountForm"},
                                                                {"restoreBackupButton", "restorePage"}};
      for (const auto &[button, page] : choices) {
        QMetaObject::invokeMethod(findItem(window, QString::fromLatin1(button)), "clicked");
        QTRY_VERIFY(findItem(window, QString::fromLatin1(page)) != nullptr);
        auto *shown = findItem(window, QString::fromLatin1(page));
        QTRY_VERIFY(shown->property("x").toReal() == 0.0 && shown->isVisible()); // slid in
        settle(window);
        VERIFY_ALL_NAMED(window,
                         QString::fromLatin1(page) + QStringLiteral(" from ") + QString::fromLatin1(button));
        QMetaObject::invokeMethod(shown, "back");
        QTRY_VERIFY(findItem(window, QString::fromLatin1(page)) == nullptr);
      }
    }
  }

  void mainScreens() {
    ProfileFixture fixture;
    auto &db = fixture.db();
    const auto account = fixture.accountId();
    const auto bob = addConversation(db, account, QStringLiteral("bob@example.org"), 20, 5 * 60'000);
    storage::Message failed;
    failed.direction = storage::Direction::Outgoing;
    failed.senderJid = QStringLiteral("alice@example.org");
    failed.body = QStringLiteral("This one could not be sent");
    failed.state = storage::MessageState::Failed;
    failed.error = QStringLiteral("Bob has no OMEMO device");
    failed.encrypted = true;
    insertMessage(db, bob, failed);
    addConversation(db, account, QStringLiteral("carol@example.net"), 3, 3 * 3'600'000);
    addConversation(db, account, QStringLiteral("stranger@spam.example"), 1, 60'000,
                    storage::RequestState::Pending);

    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    QVERIFY(window != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(fixture.backend().stage(), Backend::Stage::Main);
    QQuickItem *mainView = nullptr;
    QTRY_VERIFY((mainView = findItem(window, "mainView")) != nullptr);
    QTRY_COMPARE(findItem(window, "conversationList")->property("count").toInt(), 3);

    // The conversation list (with a message request) and the empty chat.
    settle(window);
    VERIFY_ALL_NAMED(window, QStringLiteral("main view, no chat open"));

    // A chat with history and a failed message (retry button).
    QMetaObject::invokeMethod(mainView, "openConversation",
                              Q_ARG(QVariant, QStringLiteral("bob@example.org")));
    QTRY_COMPARE(findItem(window, "chatPane")->property("peerJid").toString(),
                 QStringLiteral("bob@example.org"));
    QTRY_VERIFY(findInScene(window->contentItem(), QStringLiteral("retryButton")) != nullptr);
    settle(window);
    VERIFY_ALL_NAMED(window, QStringLiteral("main view with chat"));

    // A message request: the bar to accept, delete or block above the chat.
    QMetaObject::invokeMethod(mainView, "openConversation",
                              Q_ARG(QVariant, QStringLiteral("stranger@spam.example")));
    QTRY_VERIFY(findInScene(window->contentItem(), QStringLiteral("requestBar")) != nullptr);
    settle(window);
    VERIFY_ALL_NAMED(window, QStringLiteral("message request"));
    QMetaObject::invokeMethod(mainView, "openConversation",
                              Q_ARG(QVariant, QStringLiteral("bob@example.org")));

    // Pages pushed over the main view.
    const QList<QPair<const char *, const char *>> pages = {
        {"showContact", "contactDetailsPage"},
        {"showSafetyNumber", "safetyNumberPage"},
        {"showSettings", "settingsPage"},
    };
    for (const auto &[method, pageName] : pages) {
      if (qstrcmp(method, "showSettings") == 0)
        QMetaObject::invokeMethod(mainView, method);
      else
        QMetaObject::invokeMethod(mainView, method, Q_ARG(QVariant, QStringLiteral("bob@example.org")));
      QTRY_VERIFY(findItem(window, QString::fromLatin1(pageName)) != nullptr);
      QTRY_VERIFY(stackSettled(mainView));
      settle(window);
      VERIFY_ALL_NAMED(window, QString::fromLatin1(pageName));
      QTest::keyClick(window, Qt::Key_Escape);
      QTRY_VERIFY(findItem(window, QString::fromLatin1(pageName)) == nullptr);
    }

    // The report dialog, from the contact's page.
    QMetaObject::invokeMethod(mainView, "showContact", Q_ARG(QVariant, QStringLiteral("bob@example.org")));
    QTRY_VERIFY(findItem(window, "contactDetailsPage") != nullptr);
    QTRY_VERIFY(stackSettled(mainView));
    if (auto *reportDialog = findItem<QObject>(window, "reportDialog")) {
      QMetaObject::invokeMethod(reportDialog, "openFor", Q_ARG(QVariant, QStringLiteral("bob@example.org")),
                                Q_ARG(QVariant, 0));
      QTRY_VERIFY(reportDialog->property("opened").toBool());
      settle(window);
      VERIFY_ALL_NAMED(window, QStringLiteral("report dialog"));
      QMetaObject::invokeMethod(reportDialog, "close");
      QTRY_VERIFY(!reportDialog->property("visible").toBool());
    }
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(findItem(window, "contactDetailsPage") == nullptr);

    // The new-conversation dialog, made when first opened.
    QVERIFY(findItem<QObject>(window, "newChatDialog") == nullptr);
    QMetaObject::invokeMethod(mainView, "openNewChat");
    auto *dialog = findItem<QObject>(window, "newChatDialog");
    QVERIFY(dialog != nullptr);
    QTRY_VERIFY(dialog->property("opened").toBool());
    settle(window);
    VERIFY_ALL_NAMED(window, QStringLiteral("new conversation dialog"));
    QMetaObject::invokeMethod(dialog, "close");
    QTRY_VERIFY(!dialog->property("visible").toBool());
  }
};

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
