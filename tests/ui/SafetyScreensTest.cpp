#include "UiTestSupport.h"

#include "BlockListModel.h"

#include "sotto/app/ApplicationInfo.h"

#include <QQmlApplicationEngine>
#include <QSignalSpy>
#include <QtTest>

using sotto::ui::Backend;
using namespace sotto::ui::test;
namespace storage = sotto::storage;

// The safety screens in a real window over a real profile (offline): a stranger's
// message request with its bar, accepting it (the conversation moves to Chats), the
// report dialog listing exactly the messages that can go with a report, and the blocked
// list in Settings. Screenshots of each.
class SafetyScreensTest : public QObject {
  Q_OBJECT

  std::unique_ptr<ProfileFixture> fixture_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow *window_ = nullptr;
  const QString stranger_ = QStringLiteral("stranger@spam.example");
  const QString pushy_ = QStringLiteral("pushy@spam.example");

  QQuickItem *mainView() { return findItem(window_, "mainView"); }
  QQuickItem *chatPane() { return findItem(window_, "chatPane"); }

  void openConversation(const QString &jid) {
    QMetaObject::invokeMethod(mainView(), "openConversation", Q_ARG(QVariant, jid));
    QTRY_COMPARE(chatPane()->property("peerJid").toString(), jid);
  }
  QString sectionOf(const QString &jid) {
    QObject *model = findItem(window_, "conversationList")->property("model").value<QObject *>();
    auto *list = qobject_cast<QAbstractItemModel *>(model);
    for (int row = 0; row < list->rowCount(); ++row) {
      const QModelIndex index = list->index(row, 0);
      if (list->data(index, list->roleNames().key("jid")).toString() == jid)
        return list->data(index, list->roleNames().key("section")).toString();
    }
    return {};
  }
  static QQuickItem *visualItem(QQuickItem *root, const QString &objectName) {
    return findVisualItem(root, objectName);
  }
  void click(QQuickItem *item) { clickItem(window_, item); }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    sotto::app::ApplicationInfo::applyToApplication();
    fixture_ = std::make_unique<ProfileFixture>();
    auto &db = fixture_->db();
    const auto account = fixture_->accountId();
    addConversation(db, account, QStringLiteral("bob@example.org"), 6, 5 * 60'000);
    const auto request = addConversation(db, account, stranger_, 0, 0, storage::RequestState::Pending);
    const auto pushy = addConversation(db, account, pushy_, 0, 0, storage::RequestState::Pending);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    storage::Message message;
    message.senderJid = stranger_;
    message.encrypted = true;
    message.body = QStringLiteral("Hi! I found your address online, can we talk?");
    message.timestamp = now - 120'000;
    insertMessage(db, request, message);
    message.senderJid = pushy_;
    for (int i = 1; i <= 7; ++i) {
      message.body = QStringLiteral("Cheap watches, offer %1 of 7").arg(i);
      message.timestamp = now - 60'000 + i * 1000;
      insertMessage(db, pushy, message);
    }

    engine_ = std::make_unique<QQmlApplicationEngine>();
    window_ = loadMainWindow(*engine_);
    QVERIFY(window_ != nullptr);
    window_->resize(1100, 720);
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    QTRY_COMPARE(fixture_->backend().stage(), Backend::Stage::Main);
    QTRY_VERIFY(mainView() != nullptr);
  }
  void cleanupTestCase() {
    engine_.reset();
    fixture_.reset();
  }

  void requestIsShownApartWithItsBar() {
    QTRY_COMPARE(sectionOf(stranger_), QStringLiteral("requests"));
    QCOMPARE(sectionOf(QStringLiteral("bob@example.org")), QStringLiteral("chats"));
    openConversation(stranger_);
    auto *bar = findItem(window_, "requestBar");
    QVERIFY(bar != nullptr);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(findItem(window_, "requestTitle")->property("text").toString().contains(stranger_));
    QVERIFY(!screenshot(window_, "safety-message-request").isNull());
  }

  void acceptingMovesTheRequestToChats() {
    openConversation(stranger_);
    click(findItem(window_, "acceptRequestButton"));
    QTRY_VERIFY(!findItem(window_, "requestBar")->isVisible());
    QTRY_COMPARE(sectionOf(stranger_), QStringLiteral("chats"));
    QVERIFY(!fixture_->backend().controller()->isRequest(stranger_));
    QVERIFY(fixture_->backend().controller()->requests() == QStringList{pushy_});
  }

  void reportDialogListsTheLastFiveAndTicksNoneByDefault() {
    openConversation(pushy_);
    QTRY_VERIFY(findItem(window_, "reportRequestButton")->isVisible());
    auto *dialog = window_->findChild<QObject *>(QStringLiteral("requestReportDialog"));
    QVERIFY(dialog != nullptr);
    // As Report… does: nothing pre-ticked from the request view.
    QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, pushy_), Q_ARG(QVariant, 0));
    QTRY_VERIFY(dialog->property("visible").toBool());
    const QVariantList messages = dialog->property("messages").toList();
    QCOMPARE(messages.size(), 5);
    QCOMPARE(messages.first().toMap().value(QStringLiteral("body")).toString(),
             QStringLiteral("Cheap watches, offer 7 of 7"));
    QCOMPARE(dialog->property("chosenCount").toInt(), 0);
    auto *content = dialog->property("contentItem").value<QQuickItem *>();
    QVERIFY(content != nullptr);
    click(visualItem(content, QStringLiteral("reportMessage0")));
    QTRY_COMPARE(dialog->property("chosenCount").toInt(), 1);
    QVERIFY(visualItem(content, QStringLiteral("reportSummary"))->property("text").toString().contains(u'1'));
    QVERIFY(!screenshot(window_, "safety-report-dialog").isNull());
    QMetaObject::invokeMethod(dialog, "close");
    QTRY_VERIFY(!dialog->property("visible").toBool());
  }

  void blockedListInSettings() {
    QMetaObject::invokeMethod(mainView(), "showSettings");
    QTRY_VERIFY(findItem(window_, "settingsPage") != nullptr);
    auto *section = findItem(window_, "blockedContactsSection");
    QVERIFY(section != nullptr);
    // Offline there is no server list: show what a synced one looks like.
    auto *model = section->property("model").value<sotto::ui::BlockListModel *>();
    QVERIFY(model != nullptr);
    sotto::ui::BlockListModel::Row reported;
    reported.jid = pushy_;
    reported.reportReason = QStringLiteral("spam");
    reported.reportedAt = QDateTime::currentDateTime().addSecs(-3600);
    reported.reportedMessages = 2;
    sotto::ui::BlockListModel::Row plain;
    plain.jid = QStringLiteral("ex@example.net");
    model->setRows({reported, plain});
    QTRY_COMPARE(model->rowCount(), 2);
    // Repeater rows hang in the visual tree only.
    QTRY_VERIFY(visualItem(section, "unblock_" + pushy_) != nullptr);
    QVERIFY(visualItem(section, QStringLiteral("unblock_ex@example.net")) != nullptr);
    QTRY_VERIFY(stackSettled(mainView()));
    // The section sits low on the page: bring it into view for the picture.
    QQuickItem *flickable = section->parentItem();
    while (flickable && !flickable->inherits("QQuickFlickable"))
      flickable = flickable->parentItem();
    QVERIFY(flickable != nullptr);
    flickable->setProperty("contentY", section->y() - 40);
    QVERIFY(!screenshot(window_, "safety-blocked-list").isNull());
  }
};

QTEST_MAIN(SafetyScreensTest)
#include "SafetyScreensTest.moc"
