#include "UiTestSupport.h"

#include "sotto/app/ApplicationInfo.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QSignalSpy>
#include <QtTest>

#include <string_view>

using sotto::ui::Backend;
using namespace sotto::ui::test;
namespace storage = sotto::storage;

// The main window over a real profile with a few conversations and a long history:
// list, sections, chat paging, composer keys, send refusal, safety number and contact
// pages, with screenshots in light and dark.
class MainWindowTest : public QObject {
  Q_OBJECT

  std::unique_ptr<ProfileFixture> fixture_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow *window_ = nullptr;

  QQuickItem *mainView() { return findItem(window_, "mainView"); }
  QQuickItem *chatPane() { return findItem(window_, "chatPane"); }
  QQuickItem *messageView() { return findItem(window_, "messageView"); }

  void openConversation(const QString &jid) {
    QMetaObject::invokeMethod(mainView(), "openConversation", Q_ARG(QVariant, jid));
    QTRY_COMPARE(chatPane()->property("peerJid").toString(), jid);
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    sotto::app::ApplicationInfo::applyToApplication();
    fixture_ = std::make_unique<ProfileFixture>();
    auto &db = fixture_->db();
    const auto account = fixture_->accountId();
    const auto bob = addConversation(db, account, QStringLiteral("bob@example.org"), 3000, 5 * 60'000);
    storage::Message old;
    old.senderJid = QStringLiteral("bob@example.org");
    old.body = QStringLiteral("Meet me at the lighthouse");
    old.timestamp = QDateTime::currentMSecsSinceEpoch() - 400LL * 86'400'000LL;
    old.encrypted = true;
    insertMessage(db, bob, old);
    const auto carol = addConversation(db, account, QStringLiteral("carol@example.net"), 12, 3 * 3'600'000);
    // The states a message can show: failed with retry, undecryptable, not encrypted,
    // from an unverified device, still pending.
    storage::Message state;
    state.timestamp = QDateTime::currentMSecsSinceEpoch() - 2 * 3'600'000;
    state.senderJid = QStringLiteral("carol@example.net");
    state.error = QStringLiteral("no session");
    insertMessage(db, carol, state);
    state.error.clear();
    state.body = QStringLiteral("Sent from a client without encryption");
    state.timestamp += 60'000;
    insertMessage(db, carol, state);
    state.body = QStringLiteral("From my new laptop (not verified yet)");
    state.encrypted = true;
    state.trusted = false;
    state.timestamp += 60'000;
    insertMessage(db, carol, state);
    state.direction = storage::Direction::Outgoing;
    state.senderJid = QStringLiteral("alice@example.org");
    state.body = QStringLiteral("This one could not be sent");
    state.state = storage::MessageState::Failed;
    state.error = QStringLiteral("Carol has no OMEMO device");
    state.trusted = true;
    state.timestamp += 60'000;
    insertMessage(db, carol, state);
    state.body = QStringLiteral("Still on its way");
    state.state = storage::MessageState::Pending;
    state.error.clear();
    state.timestamp += 60'000;
    insertMessage(db, carol, state);
    const auto dave = addConversation(db, account, QStringLiteral("dave@example.com"), 4, 26 * 3'600'000);
    QVERIFY(storage::ConversationRepository(db).setPinned(dave, true));
    addConversation(db, account, QStringLiteral("stranger@spam.example"), 1, 60'000,
                    storage::RequestState::Pending);

    engine_ = std::make_unique<QQmlApplicationEngine>();
    window_ = loadMainWindow(*engine_);
    QVERIFY(window_ != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    QTRY_COMPARE(fixture_->backend().stage(), Backend::Stage::Main);
    QTRY_VERIFY(mainView() != nullptr);
  }
  void cleanupTestCase() {
    engine_.reset();
    fixture_.reset();
  }

  void conversationListHasRequestsSectionFirst() {
    auto *list = findItem(window_, "conversationList");
    QVERIFY(list != nullptr);
    QTRY_COMPARE(list->property("count").toInt(), 4);
    QObject *model = list->property("model").value<QObject *>();
    QString first;
    QMetaObject::invokeMethod(model, "jidAt", Q_RETURN_ARG(QString, first), Q_ARG(int, 0));
    QCOMPARE(first, QStringLiteral("stranger@spam.example"));
    // Then the pinned one, ahead of more recent activity.
    QString second;
    QMetaObject::invokeMethod(model, "jidAt", Q_RETURN_ARG(QString, second), Q_ARG(int, 1));
    QCOMPARE(second, QStringLiteral("dave@example.com"));

    auto *search = findItem(window_, "searchField");
    search->setProperty("text", QStringLiteral("carol"));
    QTRY_COMPARE(list->property("count").toInt(), 1);
    // Message text, through the full-text index: a year-old message finds bob.
    search->setProperty("text", QStringLiteral("lighthouse"));
    QTRY_COMPARE(list->property("count").toInt(), 1);
    QString found;
    QMetaObject::invokeMethod(model, "jidAt", Q_RETURN_ARG(QString, found), Q_ARG(int, 0));
    QCOMPARE(found, QStringLiteral("bob@example.org"));
    QVERIFY(!screenshot(window_, "conversation-search").isNull());
    search->setProperty("text", QString());
    QTRY_COMPARE(list->property("count").toInt(), 4);
  }

  void rowMenuIsMadeWhenWantedAndPins() {
    auto *list = findItem(window_, "conversationList");
    QObject *model = list->property("model").value<QObject *>();
    auto jidAt = [model](int row) {
      QString jid;
      QMetaObject::invokeMethod(model, "jidAt", Q_RETURN_ARG(QString, jid), Q_ARG(int, row));
      return jid;
    };
    const QString dave = QStringLiteral("dave@example.com");
    QTRY_COMPARE(jidAt(1), dave); // pinned, after the request
    // Not made with the window: only when a row asks for it.
    QVERIFY(findItem<QObject>(window_, "conversationMenu") == nullptr);
    for (const char *expected : {"Unpin", "Pin"}) {
      QQuickItem *row = nullptr;
      QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row),
                                Q_ARG(int, expected == std::string_view("Unpin") ? 1 : 3));
      QVERIFY(row != nullptr);
      QCOMPARE(row->property("jid").toString(), dave);
      clickItem(window_, row, Qt::RightButton);
      auto *menu = findItem<QObject>(window_, "conversationMenu");
      QVERIFY(menu != nullptr);
      QTRY_VERIFY(menu->property("opened").toBool());
      QQuickItem *pin = findMenuItem(menu, QStringLiteral("pinItem"));
      QVERIFY(pin != nullptr);
      QCOMPARE(pin->property("text").toString(), QString::fromLatin1(expected));
      clickItem(window_, pin);
      QTRY_VERIFY(!menu->property("visible").toBool());
      // Unpinned, dave's older activity puts him last; pinned again, second.
      QTRY_COMPARE(jidAt(expected == std::string_view("Unpin") ? 3 : 1), dave);
    }
  }

  void chatLoadsAWindowOfAHugeHistory() {
    openConversation(QStringLiteral("bob@example.org"));
    auto *view = messageView();
    QObject *model = chatPane()->property("messageModel").value<QObject *>();
    QVERIFY(model != nullptr);
    QTRY_COMPARE(model->property("count").toInt(), 50);
    QTRY_VERIFY(view->property("atYEnd").toBool());
    QVERIFY(!screenshot(window_, "main-chat").isNull());

    // Scroll to the top a few times: pages come in, the window stays bounded.
    QTest::qWait(150); // the view holds the end for a few frames after opening
    for (int i = 0; i < 12; ++i) {
      QMetaObject::invokeMethod(view, "positionViewAtBeginning");
      QTest::qWait(20);
    }
    // Each trip to the top brings a page: the view keeps its place after a prepend, so the
    // next trip moves it again (3,000 messages: the window fills up to maxRows).
    QTRY_COMPARE(model->property("count").toInt(), model->property("maxRows").toInt());
    QTRY_VERIFY(findItem(window_, "scrollToBottom")->isVisible());
    QVERIFY(!screenshot(window_, "main-chat-scrolled-back").isNull());
    QMetaObject::invokeMethod(chatPane(), "scrollToNewest");
    QTRY_VERIFY(view->property("atYEnd").toBool());
    QVERIFY(model->property("atNewest").toBool());
  }

  void enterSendsAndShiftEnterAddsALine() {
    // The composer on its own, with a send handler that accepts.
    QQmlComponent component(engine_.get());
    component.setData("import QtQuick\nimport Sotto.Ui\n"
                      "Composer { width: 400; sendHandler: function(text) { return true } }",
                      QUrl());
    QScopedPointer<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    auto *composer = qobject_cast<QQuickItem *>(object.data());
    composer->setParentItem(window_->contentItem());
    composer->setZ(100);
    QSignalSpy sent(composer, SIGNAL(sent(QString)));
    auto *field = composer->findChild<QQuickItem *>("composerField");
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    typeText(window_, "hello");
    QTest::keyClick(window_, Qt::Key_Return, Qt::ShiftModifier);
    typeText(window_, "world");
    QCOMPARE(field->property("text").toString(), QStringLiteral("hello\nworld"));
    QCOMPARE(sent.count(), 0);
    QTest::keyClick(window_, Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("hello\nworld"));
    QCOMPARE(field->property("text").toString(), QString());
    // Whitespace only is not a message.
    typeText(window_, "   ");
    QTest::keyClick(window_, Qt::Key_Enter);
    QCOMPARE(sent.count(), 1);
  }

  void refusedSendKeepsTextAndSaysWhy() {
    openConversation(QStringLiteral("carol@example.net"));
    QTRY_VERIFY(messageView()->property("atYEnd").toBool());
    QVERIFY(!screenshot(window_, "chat-message-states").isNull());
    auto *field = findItem(window_, "composerField");
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    typeText(window_, "keep me");
    // Refused: the contact's key changed and nobody decided yet. The text stays, the
    // reason shows next to the composer.
    chatPane()->setProperty("safetyNumberChanged", true);
    QTest::keyClick(window_, Qt::Key_Return);
    QCOMPARE(field->property("text").toString(), QStringLiteral("keep me"));
    auto *banner = findItem(window_, "sendErrorBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!banner->property("text").toString().isEmpty());
    chatPane()->setProperty("safetyNumberChanged", false);

    // Accepted by the controller (offline here): stored, shown at the end, composer empty.
    QTest::keyClick(window_, Qt::Key_Return);
    QTRY_COMPARE(field->property("text").toString(), QString());
    QObject *model = chatPane()->property("messageModel").value<QObject *>();
    QString last;
    QTRY_VERIFY((QMetaObject::invokeMethod(model, "textAt", Q_RETURN_ARG(QString, last),
                                           Q_ARG(int, model->property("count").toInt() - 1)),
                 last == QStringLiteral("keep me")));
  }

  void draftsArePerConversation() {
    openConversation(QStringLiteral("carol@example.net"));
    auto *field = findItem(window_, "composerField");
    field->setProperty("text", QStringLiteral("draft for carol"));
    openConversation(QStringLiteral("dave@example.com"));
    QCOMPARE(field->property("text").toString(), QString());
    openConversation(QStringLiteral("carol@example.net"));
    QCOMPARE(field->property("text").toString(), QStringLiteral("draft for carol"));
    field->setProperty("text", QString());
  }

  void safetyNumberIsTwelveGroupsOfFive() {
    QMetaObject::invokeMethod(mainView(), "showSafetyNumber",
                              Q_ARG(QVariant, QStringLiteral("bob@example.org")));
    QTRY_VERIFY(findItem(window_, "safetyNumberPage") != nullptr);
    auto *page = findItem(window_, "safetyNumberPage");
    QTRY_VERIFY(stackSettled(mainView()));
    const QString digits =
        QStringLiteral("052693412765014839025173846290017364820159375012846393028471650213");
    page->setProperty("digits", digits.left(60));
    page->setProperty("qrText",
                      QStringLiteral("xmpp:bob@example.org?omemo-sid-1234=0a1b2c3d4e5f60718293a4b5c6d7e8f9"
                                     "0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
    const QStringList groups = page->property("groups").toStringList();
    QCOMPARE(groups.size(), 12);
    for (const QString &group : groups)
      QCOMPARE(group.size(), 5);
    QCOMPARE(groups.join(QString()), digits.left(60));

    auto *qr = findItem(window_, "qrImage");
    QTRY_COMPARE(qr->property("status").toInt(), 1); // Image.Ready
    auto *paste = findItem(window_, "pasteField");
    paste->setProperty("text", groups.join(QLatin1Char(' ')));
    QCOMPARE(findItem(window_, "compareResult")->property("text").toString(),
             QStringLiteral("The numbers match."));
    QVERIFY(!screenshot(window_, "safety-number").isNull());
    paste->setProperty("text", QString(digits.left(59) + QLatin1Char('9')));
    QVERIFY(findItem(window_, "compareResult")->property("text").toString().contains("do not match"));
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(findItem(window_, "safetyNumberPage") == nullptr);
  }

  void contactAndSettingsPagesRender() {
    QMetaObject::invokeMethod(mainView(), "showContact", Q_ARG(QVariant, QStringLiteral("bob@example.org")));
    QTRY_VERIFY(findItem(window_, "contactDetailsPage") != nullptr);
    QCOMPARE(findItem(window_, "contactJid")->property("text").toString(), QStringLiteral("bob@example.org"));
    QTRY_VERIFY(stackSettled(mainView()));
    QVERIFY(!screenshot(window_, "contact-details").isNull());
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(findItem(window_, "contactDetailsPage") == nullptr);

    QMetaObject::invokeMethod(mainView(), "showSettings");
    QTRY_VERIFY(findItem(window_, "settingsPage") != nullptr);
    QVERIFY(findItem(window_, "aboutVersion")
                ->property("text")
                .toString()
                .contains(sotto::app::ApplicationInfo::version()));
    QTRY_VERIFY(stackSettled(mainView()));
    QVERIFY(!screenshot(window_, "settings").isNull());
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(findItem(window_, "settingsPage") == nullptr);
  }

  void safetyNumberChangeStopsSendingUntilReviewed() {
    openConversation(QStringLiteral("dave@example.com"));
    auto *banner = findItem(window_, "safetyNumberBanner");
    QVERIFY(!banner->isVisible());
    // What the controller says when one of dave's devices shows another identity key.
    QMetaObject::invokeMethod(fixture_->backend().controller(), "safetyNumberChanged",
                              Q_ARG(QString, QStringLiteral("dave@example.com")));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!findItem(window_, "sendButton")->isEnabled());
    QVERIFY(!screenshot(window_, "chat-safety-number-changed").isNull());
    QMetaObject::invokeMethod(findItem(window_, "reviewSafetyNumber"), "clicked");
    QTRY_VERIFY(findItem(window_, "safetyNumberPage") != nullptr);
    QCOMPARE(findItem(window_, "safetyNumberPage")->property("jid").toString(),
             QStringLiteral("dave@example.com"));
    QTRY_VERIFY(stackSettled(mainView()));
    // Deciding about the key (verify or accept) lifts the pause.
    QMetaObject::invokeMethod(findItem(window_, "safetyNumberPage"), "decided",
                              Q_ARG(QString, QStringLiteral("dave@example.com")));
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(findItem(window_, "safetyNumberPage") == nullptr);
    QTRY_VERIFY(!banner->isVisible());
  }

  void darkThemeScreenshots() {
    openConversation(QStringLiteral("bob@example.org"));
    QMetaObject::invokeMethod(window_, "setThemeMode", Q_ARG(QVariant, 2));
    QTRY_VERIFY(qGray(window_->grabWindow().pixel(window_->width() - 5, window_->height() / 2)) < 80);
    QVERIFY(!screenshot(window_, "main-chat-dark").isNull());
    QMetaObject::invokeMethod(window_, "setThemeMode", Q_ARG(QVariant, 1));
  }

  void keyboardShortcutsReachSearchAndSettings() {
    QTest::keyClick(window_, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(findItem(window_, "searchField")->hasActiveFocus());
    QTest::keyClick(window_, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(findItem(window_, "settingsPage") != nullptr);
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(findItem(window_, "settingsPage") == nullptr);
  }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
