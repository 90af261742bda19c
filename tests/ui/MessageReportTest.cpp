#include "UiTestSupport.h"

#include "AppTestSupport.h"
#include "TestEnvironment.h"

#include "sotto/app/MessageHistory.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QSignalSpy>
#include <QtTest>

using sotto::ui::Backend;
using namespace sotto::ui::test;
namespace app = sotto::app;

// Report… on a single message, end to end on the test Prosody: Alice (a stranger to Bob)
// writes three messages; in Bob's window the context menu of the second one (opened with
// Shift+F10 on the focused bubble, and with a right click) leads to the report dialog with
// exactly that message ticked, and the report Bob's client writes carries that message's
// text and no other's. Screenshots of the menu and the dialog, light and dark.
class MessageReportTest : public QObject {
  Q_OBJECT

  QTemporaryDir bobDir_;
  std::unique_ptr<Backend> bob_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow *window_ = nullptr;
  app::test::Peer alice_;
  QString bobJid_;
  QList<qint64> sent_; // Bob's local ids of Alice's three messages, oldest first
  const QStringList texts_{QStringLiteral("first: hello there"), QStringLiteral("second: buy my watches"),
                           QStringLiteral("third: are you still there?")};

  app::MessagingController &bob() { return *bob_->controller(); }
  QQuickItem *view() { return findItem(window_, "messageView"); }

  static QQuickItem *visualItem(QQuickItem *root, const QString &objectName) {
    return findVisualItem(root, objectName);
  }
  static QQuickItem *menuItem(QObject *menu, const QString &objectName) {
    return findMenuItem(menu, objectName);
  }
  QQuickItem *bubbleOf(qint64 messageId) {
    auto *content = view()->property("contentItem").value<QQuickItem *>();
    for (QQuickItem *delegate : content->childItems())
      if (delegate->isVisible() && delegate->property("messageId").toLongLong() == messageId)
        return delegate;
    return nullptr;
  }
  void click(QQuickItem *item, Qt::MouseButton button = Qt::LeftButton) { clickItem(window_, item, button); }
  // A bubble makes its menu the first time it is asked for.
  static QObject *menuOf(QQuickItem *bubble) { return bubble->property("contextMenu").value<QObject *>(); }
  static bool menuOpen(QQuickItem *bubble) {
    QObject *menu = menuOf(bubble);
    return menu != nullptr && menu->property("opened").toBool();
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const auto server = sotto::test::xmppServer();
    QVERIFY(server.has_value());
    QVERIFY(alice_.start(*server, QStringLiteral("alice")));

    app::ProfileOptions options = passphraseProfile(bobDir_.path());
    options.serverHost = server->host;
    options.serverPort = server->directTlsPort;
    options.directTls = true;
    options.pinnedCertificateSha256 = server->certificateSha256;
    bob_ = std::make_unique<Backend>(options);
    Backend::setInstance(bob_.get());
    engine_ = std::make_unique<QQmlApplicationEngine>();
    window_ = loadMainWindow(*engine_);
    QVERIFY(window_ != nullptr);
    window_->resize(1000, 680);
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    bob_->start();
    QTRY_COMPARE_WITH_TIMEOUT(bob_->stage(), Backend::Stage::Welcome, 30000);
    const QString user = app::test::uniqueUser(QStringLiteral("bob"));
    bobJid_ = user + u'@' + server->domain;
    bob().createAccount(server->domain, user, QStringLiteral("pw-") + user);
    QVERIFY(app::test::waitOnline(bob()));
    QTRY_COMPARE_WITH_TIMEOUT(bob_->stage(), Backend::Stage::Main, 30000);

    for (const QString &text : texts_)
      QVERIFY(app::test::sendWhenReady(*alice_.controller, bobJid_, text) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(app::MessageHistory(bob(), alice_.jid).newest(10).size(), 3, 20000);
    for (const app::MessageEntry &message : app::MessageHistory(bob(), alice_.jid).newest(10))
      sent_.append(message.id);
    QCOMPARE(app::MessageHistory(bob(), alice_.jid).find(sent_.at(1))->body, texts_.at(1));
    QVERIFY(bob().isRequest(alice_.jid));

    QMetaObject::invokeMethod(findItem(window_, "mainView"), "openConversation", Q_ARG(QVariant, alice_.jid));
    QTRY_VERIFY(bubbleOf(sent_.at(1)) != nullptr);
    // The day's first message carries the date separator, made for it alone.
    QTRY_VERIFY(bubbleOf(sent_.at(0)) != nullptr);
    QQuickItem *separator = findVisualItem(bubbleOf(sent_.at(0)), QStringLiteral("dateSeparator"));
    QVERIFY(separator != nullptr && separator->isVisible() && separator->height() > 0);
    QVERIFY(findVisualItem(bubbleOf(sent_.at(1)), QStringLiteral("dateSeparator")) == nullptr);
  }
  void cleanupTestCase() {
    engine_.reset();
    bob_.reset();
  }

  void shiftF10OpensTheMenuOfTheFocusedMessage() {
    QQuickItem *list = view();
    int row = -1;
    QMetaObject::invokeMethod(list->property("model").value<QObject *>(), "rowOf", Q_RETURN_ARG(int, row),
                              Q_ARG(qint64, sent_.at(1)));
    QVERIFY(row >= 0);
    list->setProperty("currentIndex", row);
    list->forceActiveFocus();
    QTRY_VERIFY(list->hasActiveFocus());
    QQuickItem *bubble = bubbleOf(sent_.at(1));
    QTRY_VERIFY(bubble->property("keyboardCurrent").toBool());
    QVERIFY(menuOf(bubble) == nullptr); // none made before it is wanted
    QTest::keyClick(window_, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(menuOpen(bubble));
    QObject *menu = menuOf(bubble);
    QCOMPARE(menu->objectName(), QStringLiteral("messageContextMenu"));
    QCOMPARE(menu->property("messageId").toLongLong(), sent_.at(1));
    QCOMPARE(menu->property("text").toString(), texts_.at(1));
    QVERIFY(menuItem(menu, QStringLiteral("reportMessageMenuItem"))->isVisible());
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(!menu->property("visible").toBool());
    // The Menu key does the same.
    list->forceActiveFocus();
    QTest::keyClick(window_, Qt::Key_Menu);
    QTRY_VERIFY(menu->property("opened").toBool());
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(!menu->property("visible").toBool());
  }

  void ownMessagesOfferNoReport() {
    // Stored at once (sent, or failed while Alice's devices are not trusted): a bubble of ours.
    const qint64 mine = bob().send(alice_.jid, QStringLiteral("my own words"));
    QVERIFY(mine != 0);
    QTRY_VERIFY(bubbleOf(mine) != nullptr);
    QQuickItem *bubble = bubbleOf(mine);
    click(findItem(bubble, "bubble"), Qt::RightButton);
    QTRY_VERIFY(menuOpen(bubble));
    QObject *menu = menuOf(bubble);
    QVERIFY(!menuItem(menu, QStringLiteral("reportMessageMenuItem"))->isVisible());
    QVERIFY(menuItem(menu, QStringLiteral("copyMessageMenuItem"))->isVisible());
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(!menu->property("visible").toBool());
  }

  void reportFromTheMenuCarriesExactlyThatMessage() {
    QQuickItem *bubble = bubbleOf(sent_.at(1));
    QVERIFY(bubble != nullptr);
    auto *dialog = window_->findChild<QObject *>(QStringLiteral("messageReportDialog"));
    QVERIFY(dialog != nullptr);
    // Dark first (popups take the theme when they open), then light for the real report.
    for (const bool dark : {true, false}) {
      QMetaObject::invokeMethod(window_, "setThemeMode", Q_ARG(QVariant, dark ? 2 : 1));
      if (dark)
        QTRY_VERIFY(qGray(window_->grabWindow().pixel(window_->width() - 5, window_->height() / 2)) < 80);
      else
        QTRY_VERIFY(qGray(window_->grabWindow().pixel(window_->width() - 5, window_->height() / 2)) > 180);
      const QString suffix = dark ? QStringLiteral("-dark") : QString();
      click(findItem(bubble, "bubble"), Qt::RightButton);
      QTRY_VERIFY(menuOpen(bubble));
      QObject *menu = menuOf(bubble);
      QVERIFY(!screenshot(window_, "chat-message-menu" + suffix).isNull());
      click(menuItem(menu, QStringLiteral("reportMessageMenuItem")));
      QTRY_VERIFY(dialog->property("opened").toBool());
      QTRY_VERIFY(!menu->property("visible").toBool());
      // All three are reportable (the last five may be); exactly the chosen one is ticked.
      QCOMPARE(dialog->property("messages").toList().size(), 3);
      QCOMPARE(dialog->property("chosenCount").toInt(), 1);
      const QVariantMap chosen = dialog->property("chosen").toMap();
      QCOMPARE(chosen.keys(), QStringList{QString::number(sent_.at(1))});
      QVERIFY(!dialog->property("selectedTooOld").toBool());
      QVERIFY(!screenshot(window_, "chat-message-report-dialog" + suffix).isNull());
      if (dark) {
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY(!dialog->property("visible").toBool());
      }
    }

    QByteArray written;
    bob().setOutgoingTapForTests([&written](const QByteArray &bytes) { written += bytes; });
    QSignalSpy finished(&bob(), &app::MessagingController::reportFinished);
    QSignalSpy errors(&bob(), &app::MessagingController::errorOccurred);
    QVERIFY(app::test::waitOnline(bob()));
    auto *content = dialog->property("contentItem").value<QQuickItem *>();
    QQuickItem *send = visualItem(content, QStringLiteral("sendReportButton"));
    QVERIFY(send != nullptr && send->isEnabled());
    click(send);
    // The dialog closes once the report is on its way; a refusal says why in an error.
    QTRY_VERIFY2_WITH_TIMEOUT(!dialog->property("visible").toBool(),
                              qPrintable(errors.isEmpty() ? QStringLiteral("the click was not taken")
                                                          : errors.first().at(1).toString()),
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(finished.first().at(0).toString(), alice_.jid);
    QVERIFY(finished.first().at(1).toBool());

    // One report, with that message's text and archive id, and no other message's text.
    QCOMPARE(written.count("urn:xmpp:reporting:1"), 1);
    QCOMPARE(written.count("<stanza-id"), 1);
    QVERIFY(written.contains(texts_.at(1).toUtf8()));
    QVERIFY(!written.contains(texts_.at(0).toUtf8()));
    QVERIFY(!written.contains(texts_.at(2).toUtf8()));
    const QVariantList reports = bob().reports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().toMap().value(QStringLiteral("messageIds")).toList(), QVariantList{sent_.at(1)});
    QTRY_VERIFY_WITH_TIMEOUT(bob().isBlocked(alice_.jid), 15000);
    bob().setOutgoingTapForTests({});
  }
};

int main(int argc, char **argv) {
  QGuiApplication app(argc, argv); // a window: the Gui application, not SOTTO_TEST_MAIN_REQUIRING's Core one
  if (!sotto::test::xmppServer()) {
    qWarning("SKIP: needs the test XMPP server (scripts/test)");
    return sotto::test::kSkipReturnCode;
  }
  MessageReportTest test;
  return QTest::qExec(&test, argc, argv);
}
#include "MessageReportTest.moc"
