#include "UiTestSupport.h"

#include "sotto/app/ApplicationInfo.h"

#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

using sotto::ui::Backend;
using namespace sotto::ui::test;

// The main flows with the keyboard only (Tab, Shift+Tab, arrows, Space, Enter, Esc and
// the window's shortcuts), in a real window over a real profile: create the profile and
// fill and submit the account form; pick a conversation from the list, write and send a
// message; open the safety number page and come back. No clicks, no setting of focus.
class KeyboardTest : public QObject {
  Q_OBJECT

  static QString describe(QQuickItem *item) {
    if (item == nullptr)
      return QStringLiteral("(nothing)");
    QString type = QString::fromLatin1(item->metaObject()->className());
    type.remove(QRegularExpression(QStringLiteral("_QMLTYPE_\\d+|_QML_\\d+")));
    QString name = item->objectName();
    if (name.isEmpty())
      if (QAccessibleInterface *node = QAccessible::queryAccessibleInterface(item))
        name = node->text(QAccessible::Name);
    return type + QLatin1Char('(') + name + QLatin1Char(')');
  }

  static QString accessibleName(QQuickItem *item) {
    QAccessibleInterface *node = item != nullptr ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return node != nullptr ? node->text(QAccessible::Name) : QString();
  }

  // Presses Tab (or Shift+Tab) until `reached` holds for the focused item; the focus chain
  // walked is returned for the failure message.
  template <typename Predicate>
  static bool tabUntil(QQuickWindow *window, Predicate reached, QStringList &walked, bool backwards = false,
                       int maxSteps = 25) {
    for (int step = 0; step < maxSteps; ++step) {
      if (reached(window->activeFocusItem()))
        return true;
      // Shift+Tab arrives as Key_Backtab from a real keyboard.
      QTest::keyClick(window, backwards ? Qt::Key_Backtab : Qt::Key_Tab,
                      backwards ? Qt::ShiftModifier : Qt::NoModifier);
      walked << describe(window->activeFocusItem());
    }
    return reached(window->activeFocusItem());
  }

  static bool hasFocus(QQuickWindow *window, const char *objectName) {
    QQuickItem *item = findItem(window, QString::fromLatin1(objectName));
    return item != nullptr && item->hasActiveFocus();
  }

  // A local port nobody listens on: the account form's submission fails fast and says so.
  static quint16 closedPort() {
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    sotto::app::ApplicationInfo::applyToApplication();
    QAccessible::setActive(true); // names of focused controls, for the messages
  }

  void createProfileAndAccountWithKeysOnly() {
    QTemporaryDir dir;
    sotto::app::ProfileOptions options;
    options.directory = dir.path();
    options.preferKeychain = false; // a desktop without keychain: a passphrase protects the key
    options.fastKdfForTests = true;
    options.serverHost = QStringLiteral("127.0.0.1");
    options.serverPort = closedPort();
    Backend backend(options);
    Backend::setInstance(&backend);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    QVERIFY(window != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    backend.start();
    QTRY_COMPARE(backend.stage(), Backend::Stage::ChoosePassphrase);

    // The passphrase field has the focus from the start; Tab goes to the repeat field.
    QTRY_VERIFY2(hasFocus(window, "passphraseField"), qPrintable(describe(window->activeFocusItem())));
    typeText(window, QStringLiteral("a long passphrase"));
    QTest::keyClick(window, Qt::Key_Tab);
    QVERIFY2(hasFocus(window, "confirmPassphraseField"), qPrintable(describe(window->activeFocusItem())));
    typeText(window, QStringLiteral("a long passphrase"));
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(backend.stage() == Backend::Stage::Welcome ||
                                 backend.stage() == Backend::Stage::ShowRecoveryCode,
                             20000);
    if (backend.stage() == Backend::Stage::ShowRecoveryCode) {
      QTRY_VERIFY(hasFocus(window, "savedCheckBox"));
      QTest::keyClick(window, Qt::Key_Space);
      QVERIFY(findItem(window, "savedCheckBox")->property("checked").toBool());
      QTest::keyClick(window, Qt::Key_Tab);
      QVERIFY(hasFocus(window, "recoveryContinue"));
      QTest::keyClick(window, Qt::Key_Space);
      QTRY_COMPARE(backend.stage(), Backend::Stage::Welcome);
    }

    // Welcome: the first choice has the focus; Space takes it.
    QTRY_VERIFY2(hasFocus(window, "createAccountButton"), qPrintable(describe(window->activeFocusItem())));
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(findItem(window, "accountForm") != nullptr);
    QTRY_VERIFY(stackSettled(findItem(window, "onboardingStack")));
    QTRY_VERIFY2(hasFocus(window, "serverField"), qPrintable(describe(window->activeFocusItem())));

    // The form in reading order, Tab by Tab, submitted with Enter.
    typeText(window, QStringLiteral("example.org"));
    for (const auto &[field, text] :
         {std::pair{"userField", "alice"}, std::pair{"passwordField", "a good password"},
          std::pair{"confirmField", "a good password"}}) {
      QTest::keyClick(window, Qt::Key_Tab);
      QVERIFY2(hasFocus(window, field),
               qPrintable(QStringLiteral("expected %1, focus on %2")
                              .arg(QString::fromLatin1(field), describe(window->activeFocusItem()))));
      typeText(window, QString::fromLatin1(text));
    }
    auto *form = findItem(window, "accountForm");
    QSignalSpy tried(backend.controller(), &sotto::app::MessagingController::errorOccurred);
    QTest::keyClick(window, Qt::Key_Return);
    // The controller was asked: nobody listens on that port, and the form says so.
    QVERIFY(tried.wait(15000));
    QTRY_VERIFY(!form->property("error").toString().isEmpty());

    // Back to the welcome screen with the keyboard: Shift+Tab to Back, Space.
    QStringList walked;
    QVERIFY2(tabUntil(
                 window, [](QQuickItem *item) { return accessibleName(item) == QStringLiteral("Back"); },
                 walked, true),
             qPrintable(walked.join(QStringLiteral(" → "))));
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(findItem(window, "accountForm") == nullptr);
    QTRY_VERIFY(findItem(window, "welcomePage") != nullptr);
  }

  void chatFlowWithKeysOnly() {
    ProfileFixture fixture;
    const auto account = fixture.accountId();
    // bob is the most recent conversation (first in the list), carol the second.
    addConversation(fixture.db(), account, QStringLiteral("bob@example.org"), 6, 5 * 60'000);
    addConversation(fixture.db(), account, QStringLiteral("carol@example.net"), 4, 3 * 3'600'000);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    QVERIFY(window != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(fixture.backend().stage(), Backend::Stage::Main);
    QTRY_VERIFY(findItem(window, "mainView") != nullptr);
    auto *list = findItem(window, "conversationList");
    QTRY_COMPARE(list->property("count").toInt(), 2);

    // Tab reaches the conversation list; Down moves to carol; Enter opens her chat.
    QStringList walked;
    QVERIFY2(tabUntil(
                 window,
                 [list](QQuickItem *item) {
                   return item == list || (item != nullptr && list->isAncestorOf(item));
                 },
                 walked),
             qPrintable(walked.join(QStringLiteral(" → "))));
    const int first = list->property("currentIndex").toInt();
    QTest::keyClick(window, Qt::Key_Down);
    QTRY_COMPARE(list->property("currentIndex").toInt(), first + 1);
    QTest::keyClick(window, Qt::Key_Return);
    auto *chat = findItem(window, "chatPane");
    QTRY_COMPARE(chat->property("peerJid").toString(), QStringLiteral("carol@example.net"));

    // The composer takes the focus; Enter sends.
    QTRY_VERIFY2(hasFocus(window, "composerField"), qPrintable(describe(window->activeFocusItem())));
    typeText(window, QStringLiteral("written without a mouse"));
    QTest::keyClick(window, Qt::Key_Return);
    auto *field = findItem(window, "composerField");
    QTRY_COMPARE(field->property("text").toString(), QString());
    QObject *model = chat->property("messageModel").value<QObject *>();
    QString last;
    QTRY_VERIFY((QMetaObject::invokeMethod(model, "textAt", Q_RETURN_ARG(QString, last),
                                           Q_ARG(int, model->property("count").toInt() - 1)),
                 last == QStringLiteral("written without a mouse")));

    // Shift+Tab from the composer back to the safety-number button; Space opens the page.
    walked.clear();
    QVERIFY2(tabUntil(
                 window, [&](QQuickItem *) { return hasFocus(window, "safetyNumberButton"); }, walked, true),
             qPrintable(walked.join(QStringLiteral(" → "))));
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(findItem(window, "safetyNumberPage") != nullptr);
    QTRY_VERIFY(stackSettled(findItem(window, "mainView")));
    // Tab reaches the page's Back button; Space goes back to the chat.
    walked.clear();
    QVERIFY2(
        tabUntil(
            window, [](QQuickItem *item) { return accessibleName(item) == QStringLiteral("Back"); }, walked),
        qPrintable(walked.join(QStringLiteral(" → "))));
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(findItem(window, "safetyNumberPage") == nullptr);
    QCOMPARE(chat->property("peerJid").toString(), QStringLiteral("carol@example.net"));
    // The focus comes back to where the user was writing, not to nowhere.
    QTRY_VERIFY2(hasFocus(window, "composerField"), qPrintable(describe(window->activeFocusItem())));

    // A new conversation: Ctrl+N, the address, Enter.
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = findItem<QObject>(window, "newChatDialog");
    QTRY_VERIFY(dialog->property("opened").toBool());
    typeText(window, QStringLiteral("dave@example.com"));
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE(chat->property("peerJid").toString(), QStringLiteral("dave@example.com"));
    QTRY_VERIFY2(hasFocus(window, "composerField"), qPrintable(describe(window->activeFocusItem())));
  }
};

QTEST_MAIN(KeyboardTest)
#include "KeyboardTest.moc"
