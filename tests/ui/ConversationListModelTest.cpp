#include "ConversationListModel.h"
#include "UiTestSupport.h"

#include "sotto/app/ConversationList.h"
#include "sotto/storage/ContactRepository.h"

#include <QSignalSpy>
#include <QtTest>

using sotto::ui::ConversationListModel;
using namespace sotto::ui::test;
namespace storage = sotto::storage;

// The conversation list over a real SQLCipher profile, read through app's ConversationList
// (the model never sees storage): requests first, pinned next, full-text search, and the
// per-conversation settings written through and read back.
class ConversationListModelTest : public QObject {
  Q_OBJECT

  std::unique_ptr<ProfileFixture> fixture_;
  const QString bob_ = QStringLiteral("bob@example.org");
  const QString carol_ = QStringLiteral("carol@example.org");
  const QString stranger_ = QStringLiteral("stranger@spam.example");

  static QStringList jids(const ConversationListModel &model) {
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
      result.append(model.jidAt(row));
    return result;
  }
  static QVariant value(const ConversationListModel &model, const QString &jid, int role) {
    for (int row = 0; row < model.rowCount(); ++row)
      if (model.jidAt(row) == jid)
        return model.data(model.index(row), role);
    return {};
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    fixture_ = std::make_unique<ProfileFixture>();
    auto &db = fixture_->db();
    const auto account = fixture_->accountId();
    // Bob wrote longest ago, Carol most recently, the stranger in between.
    addConversation(db, account, bob_, 30, 3 * 3'600'000);
    addConversation(db, account, carol_, 10, 60'000);
    const auto request = addConversation(db, account, stranger_, 0, 0, storage::RequestState::Pending);
    storage::Message message;
    message.senderJid = stranger_;
    message.body = QStringLiteral("a rhubarb offer you cannot refuse");
    message.timestamp = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    insertMessage(db, request, message);
    // Carol has a name in the roster (as app keeps it from the server's roster).
    storage::Contact carol;
    carol.accountId = account;
    carol.jid = carol_;
    carol.name = QStringLiteral("Carol Danvers");
    QVERIFY(storage::ContactRepository(db).save(carol).has_value());
  }
  void cleanupTestCase() { fixture_.reset(); }

  void requestsComeFirstThenActivity() {
    ConversationListModel model;
    model.setController(fixture_->backend().controller());
    QCOMPARE(jids(model), (QStringList{stranger_, carol_, bob_}));
    QCOMPARE(value(model, stranger_, ConversationListModel::SectionRole).toString(),
             QStringLiteral("requests"));
    QCOMPARE(value(model, carol_, ConversationListModel::SectionRole).toString(), QStringLiteral("chats"));
    QCOMPARE(value(model, carol_, ConversationListModel::LastBodyRole).toString(),
             QStringLiteral("Message 9 with %1").arg(carol_));
    // The roster name, else the whole address (not a made-up "bob").
    QCOMPARE(value(model, carol_, ConversationListModel::TitleRole).toString(),
             QStringLiteral("Carol Danvers"));
    QCOMPARE(value(model, bob_, ConversationListModel::TitleRole).toString(), bob_);
    QCOMPARE(model.displayName(carol_), QStringLiteral("Carol Danvers"));
    QCOMPARE(model.displayName(bob_), bob_);
  }

  void filterMatchesAddressesAndMessageText() {
    ConversationListModel model;
    model.setController(fixture_->backend().controller());
    model.setFilterText(QStringLiteral("carol"));
    QCOMPARE(jids(model), QStringList{carol_});
    model.setFilterText(QStringLiteral("danvers")); // her name finds her too
    QCOMPARE(jids(model), QStringList{carol_});
    QVERIFY(value(model, carol_, ConversationListModel::MatchRole).toString().isEmpty());
    // A word from inside a message: found through the full-text index, shown as the match.
    model.setFilterText(QStringLiteral("rhubarb"));
    QCOMPARE(jids(model), QStringList{stranger_});
    QCOMPARE(value(model, stranger_, ConversationListModel::MatchRole).toString(),
             QStringLiteral("a rhubarb offer you cannot refuse"));
    model.setFilterText(QStringLiteral("nothing-like-this"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), 3);
  }

  void pinMuteArchiveAndDraftsAreStored() {
    ConversationListModel model;
    model.setController(fixture_->backend().controller());
    model.setPinned(bob_, true);
    QCOMPARE(jids(model), (QStringList{stranger_, bob_, carol_}));
    QVERIFY(value(model, bob_, ConversationListModel::PinnedRole).toBool());

    const int unreadBefore = model.totalUnread();
    QVERIFY(unreadBefore > 0);
    const int carolUnread = value(model, carol_, ConversationListModel::UnreadRole).toInt();
    model.setMuted(carol_, true);
    QCOMPARE(model.totalUnread(), unreadBefore - carolUnread);

    model.setDraft(carol_, QStringLiteral("half a thought"));
    // Another model (a restart) reads the draft back from the store.
    ConversationListModel again;
    again.setController(fixture_->backend().controller());
    QCOMPARE(again.draft(carol_), QStringLiteral("half a thought"));
    QVERIFY(value(again, carol_, ConversationListModel::MutedRole).toBool());

    model.setArchived(carol_, true);
    QCOMPARE(jids(model), (QStringList{stranger_, bob_}));
    model.setShowArchived(true);
    QCOMPARE(jids(model), QStringList{carol_});
    model.setArchived(carol_, false);
    model.setShowArchived(false);
    QCOMPARE(model.rowCount(), 3);
    model.setPinned(bob_, false);
    model.setMuted(carol_, false);
  }

  void markReadClearsTheBadge() {
    auto conversation =
        storage::ConversationRepository(fixture_->db()).findByPeer(fixture_->accountId(), bob_);
    QVERIFY(conversation && conversation->has_value());
    storage::Message incoming;
    incoming.senderJid = bob_;
    incoming.body = QStringLiteral("are you there?");
    incoming.state = storage::MessageState::Delivered;
    insertMessage(fixture_->db(), (*conversation)->id, incoming);
    ConversationListModel model;
    model.setController(fixture_->backend().controller());
    QVERIFY(value(model, bob_, ConversationListModel::UnreadRole).toInt() > 0);
    model.markRead(bob_);
    QCOMPARE(value(model, bob_, ConversationListModel::UnreadRole).toInt(), 0);
  }

  void followsTheControllerBurstsAndDropsAnOldOne() {
    ConversationListModel model;
    model.setController(fixture_->backend().controller());
    QSignalSpy counted(&model, &ConversationListModel::countChanged);
    const QString dave = QStringLiteral("dave@example.org");
    addConversation(fixture_->db(), fixture_->accountId(), dave, 3);
    Q_EMIT fixture_->backend().controller()->conversationsChanged();
    QTRY_VERIFY(jids(model).contains(dave));
    // Without a controller the model no longer listens.
    model.setController(nullptr);
    counted.clear();
    Q_EMIT fixture_->backend().controller()->conversationsChanged();
    QTest::qWait(120); // longer than the 50 ms burst timer: nothing may arrive
    QCOMPARE(counted.count(), 0);
  }

  void readApiWithoutAProfileIsEmpty() {
    sotto::app::MessagingController closed;
    sotto::app::ConversationList list(closed);
    QVERIFY(list.entries(false).isEmpty());
    QVERIFY(list.search(QStringLiteral("rhubarb"), 10).isEmpty());
    QVERIFY(!list.setPinned(bob_, true));
  }
};

QTEST_MAIN(ConversationListModelTest)
#include "ConversationListModelTest.moc"
