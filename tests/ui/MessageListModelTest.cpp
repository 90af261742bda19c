#include "MessageListModel.h"
#include "HistoryMessageSource.h"
#include "UiTestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using sotto::ui::HistoryMessageSource;
using sotto::ui::MessageListModel;
using namespace sotto::ui::test;
namespace storage = sotto::storage;

// The chat model over a real SQLCipher profile: it must hold only a window of the
// history, page both ways, follow new messages and report state changes.
class MessageListModelTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    fixture_ = std::make_unique<ProfileFixture>();
    addConversation(fixture_->db(), fixture_->accountId(), peer_, kHistory);
  }
  void cleanupTestCase() { fixture_.reset(); }

  void loadsOnlyTheNewestPage() {
    MessageListModel model;
    model.setPageSize(50);
    model.setController(fixture_->backend().controller());
    model.setPeerJid(peer_);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.atNewest());
    QVERIFY(!model.atOldest());
    QCOMPARE(model.textAt(49), QStringLiteral("Message %1 with %2").arg(kHistory - 1).arg(peer_));
    QCOMPARE(model.textAt(0), QStringLiteral("Message %1 with %2").arg(kHistory - 50).arg(peer_));
    QVERIFY(!model.canFetchMore(QModelIndex()));
  }

  void scrollingBackKeepsABoundedWindow() {
    MessageListModel model;
    model.setPageSize(40);
    model.setMaxRows(200);
    model.setSource(historyOf(peer_));
    int pages = 0;
    int loaded = 40;
    while (!model.atOldest()) {
      loaded += model.loadOlder();
      QVERIFY(model.rowCount() <= 200);
      ++pages;
    }
    QCOMPARE(loaded, kHistory);
    // When the history is a whole number of pages, one more (empty) read finds the start.
    QVERIFY(pages >= (kHistory - 40 + 39) / 40 && pages <= (kHistory - 40 + 39) / 40 + 1);
    QCOMPARE(model.textAt(0), QStringLiteral("Message 0 with %1").arg(peer_));
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(!model.atNewest());
    QVERIFY(model.canFetchMore(QModelIndex()));
    // And forward again, through Qt's own fetchMore.
    while (model.canFetchMore(QModelIndex()))
      model.fetchMore(QModelIndex());
    QVERIFY(model.atNewest());
    QVERIFY(model.rowCount() <= 200);
    QCOMPARE(model.textAt(model.rowCount() - 1),
             QStringLiteral("Message %1 with %2").arg(kHistory - 1).arg(peer_));
    // Contiguous, in order: no gap or duplicate at page seams.
    for (int row = 1; row < model.rowCount(); ++row)
      QVERIFY(model.data(model.index(row), MessageListModel::IdRole).toLongLong() >
              model.data(model.index(row - 1), MessageListModel::IdRole).toLongLong());
  }

  void dateSeparatorsMarkTheFirstMessageOfADay() {
    const QString peer = QStringLiteral("days@example.org");
    const std::int64_t conversation = addConversation(fixture_->db(), fixture_->accountId(), peer, 0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    storage_message(conversation, peer, now - 2 * 86'400'000LL);
    storage_message(conversation, peer, now - 2 * 86'400'000LL + 1000);
    storage_message(conversation, peer, now);
    MessageListModel model;
    model.setSource(historyOf(peer));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0), MessageListModel::ShowDateRole).toBool(), true);
    QCOMPARE(model.data(model.index(1), MessageListModel::ShowDateRole).toBool(), false);
    QCOMPARE(model.data(model.index(2), MessageListModel::ShowDateRole).toBool(), true);
  }

  void newMessagesAppendAtTheBottomOrCountAsUnseen() {
    const QString peer = QStringLiteral("live@example.org");
    const std::int64_t conversation = addConversation(fixture_->db(), fixture_->accountId(), peer, 120);
    MessageListModel model;
    model.setPageSize(30);
    model.setMaxRows(60);
    model.setSource(historyOf(peer));
    QSignalSpy appended(&model, &MessageListModel::appended);

    storage::Message incoming;
    incoming.senderJid = peer;
    incoming.body = QStringLiteral("fresh");
    incoming.encrypted = true;
    const std::int64_t first = insertMessage(fixture_->db(), conversation, incoming);
    model.messageAdded(first);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(model.textAt(model.rowCount() - 1), QStringLiteral("fresh"));

    // Reading old history: the window no longer reaches the end, so it is counted.
    model.loadOlder();
    model.loadOlder();
    QVERIFY(!model.atNewest());
    const std::int64_t second = insertMessage(fixture_->db(), conversation, incoming);
    model.messageAdded(second);
    QCOMPARE(model.unseenCount(), 1);
    QCOMPARE(model.rowOf(second), -1);
    model.jumpToNewest();
    QCOMPARE(model.unseenCount(), 0);
    QVERIFY(model.rowOf(second) >= 0);
  }

  void stateChangesAndUndecryptablePlaceholders() {
    const QString peer = QStringLiteral("state@example.org");
    const std::int64_t conversation = addConversation(fixture_->db(), fixture_->accountId(), peer, 0);
    storage::Message outgoing;
    outgoing.direction = storage::Direction::Outgoing;
    outgoing.senderJid = QStringLiteral("alice@example.org");
    outgoing.body = QStringLiteral("hello");
    outgoing.state = storage::MessageState::Pending;
    outgoing.encrypted = true;
    const std::int64_t sent = insertMessage(fixture_->db(), conversation, outgoing);
    storage::Message broken;
    broken.senderJid = peer;
    broken.body = QStringLiteral("I sent you an OMEMO encrypted message but your client does not support it");
    broken.error = QStringLiteral("no session");
    const std::int64_t undecryptable = insertMessage(fixture_->db(), conversation, broken);

    MessageListModel model;
    model.setSource(historyOf(peer));
    QCOMPARE(model.rowCount(), 2);
    const int brokenRow = model.rowOf(undecryptable);
    QVERIFY(model.data(model.index(brokenRow), MessageListModel::UndecryptableRole).toBool());
    QVERIFY(model.data(model.index(brokenRow), MessageListModel::BodyRole).toString().isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(storage::MessageRepository(fixture_->db())
                .updateState(sent, storage::MessageState::Failed, "refused"));
    model.messageChanged(sent);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(model.rowOf(sent)), MessageListModel::StateRole).toInt(), 4);
    QCOMPARE(model.data(model.index(model.rowOf(sent)), MessageListModel::ErrorRole).toString(),
             QStringLiteral("refused"));
  }

private:
  // The page source QML gets: app's read API on the controller's open profile.
  std::unique_ptr<HistoryMessageSource> historyOf(const QString &peer) {
    sotto::app::MessageHistory history(*fixture_->backend().controller(), peer);
    if (!history.isValid())
      return nullptr;
    return std::make_unique<HistoryMessageSource>(std::move(history));
  }
  void storage_message(std::int64_t conversation, const QString &peer, qint64 timestamp) {
    storage::Message message;
    message.senderJid = peer;
    message.body = QStringLiteral("at %1").arg(timestamp);
    message.timestamp = timestamp;
    insertMessage(fixture_->db(), conversation, message);
  }

  static constexpr int kHistory = 2000;
  const QString peer_ = QStringLiteral("bob@example.org");
  std::unique_ptr<ProfileFixture> fixture_;
};

QTEST_MAIN(MessageListModelTest)
#include "MessageListModelTest.moc"
