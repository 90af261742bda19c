// Conversations: obtain-or-create, the list order (pinned, then activity) with unread
// counts kept by the triggers, flags, drafts, requests and cascading removal.
#include "sotto/storage/ConversationRepository.h"
#include "StorageTestSupport.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/MessageRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;

class ConversationRepositoryTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::optional<Database> db_;
  std::int64_t account_ = 0;
  int nextDb_ = 0;

  std::int64_t addMessage(std::int64_t conversation, const QString &body, std::int64_t timestamp,
                          Direction direction = Direction::Incoming,
                          MessageState state = MessageState::Delivered) {
    Message message;
    message.conversationId = conversation;
    message.direction = direction;
    message.senderJid = QStringLiteral("x@example.org");
    message.body = body;
    message.timestamp = timestamp;
    message.receivedAt = timestamp;
    message.state = state;
    return MessageRepository(*db_).insert(message).value();
  }

private Q_SLOTS:
  void init() {
    db_.reset();
    db_.emplace(sotto::storage::test::migratedDatabase(dir_.path(), QStringLiteral("c%1.db").arg(++nextDb_)));
    account_ =
        AccountRepository(*db_).add({0, QStringLiteral("me@example.org"), {}, {}, {}, true, 1}).value();
  }

  void obtainIsIdempotentAndPerAccount() {
    ConversationRepository conversations(*db_);
    const auto a = conversations.obtain(account_, QStringLiteral("a@example.org")).value();
    QCOMPARE(conversations.obtain(account_, QStringLiteral("a@example.org")).value(), a);
    const auto second =
        AccountRepository(*db_).add({0, QStringLiteral("work@example.org"), {}, {}, {}, true, 1});
    const auto other = conversations.obtain(*second, QStringLiteral("a@example.org")).value();
    QVERIFY(other != a);
    const auto stranger =
        conversations.obtain(account_, QStringLiteral("spam@example.org"), RequestState::Pending).value();
    QCOMPARE(conversations.find(stranger).value()->requestState, RequestState::Pending);
    QVERIFY(conversations.setRequestState(stranger, RequestState::Accepted));
    QCOMPARE(conversations.findByPeer(account_, QStringLiteral("spam@example.org")).value()->requestState,
             RequestState::Accepted);
    QVERIFY(!conversations.find(999).value().has_value());
  }

  void listIsPinnedThenRecentWithPreviewAndUnread() {
    ConversationRepository conversations(*db_);
    const auto old = conversations.obtain(account_, QStringLiteral("old@example.org")).value();
    const auto recent = conversations.obtain(account_, QStringLiteral("recent@example.org")).value();
    const auto pinned = conversations.obtain(account_, QStringLiteral("pinned@example.org")).value();
    const auto archived = conversations.obtain(account_, QStringLiteral("archived@example.org")).value();
    addMessage(old, QStringLiteral("old news"), 1000);
    addMessage(recent, QStringLiteral("hi"), 3000);
    addMessage(recent, QStringLiteral("are you there?"), 3100);
    addMessage(recent, QStringLiteral("my reply"), 3200, Direction::Outgoing, MessageState::Sent);
    addMessage(pinned, QStringLiteral("pinned one"), 500, Direction::Incoming, MessageState::Read);
    addMessage(archived, QStringLiteral("archived"), 9000);
    QVERIFY(conversations.setPinned(pinned, true));
    QVERIFY(conversations.setArchived(archived, true));

    const auto list = conversations.list(account_).value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).conversation.id, pinned);
    QCOMPARE(list.at(1).conversation.id, recent);
    QCOMPARE(list.at(2).conversation.id, old);
    QCOMPARE(list.at(1).lastBody, QStringLiteral("my reply"));
    QCOMPARE(list.at(1).lastDirection, static_cast<int>(Direction::Outgoing));
    QCOMPARE(list.at(1).conversation.unreadCount, 2);
    QCOMPARE(list.at(0).conversation.unreadCount, 0); // arrived already read
    QCOMPARE(conversations.list(account_, true).value().size(), 1);
    QCOMPARE(conversations.totalUnread(account_).value(), 1 + 2 + 1);

    QVERIFY(conversations.setMuted(archived, true));
    QCOMPARE(conversations.totalUnread(account_).value(), 1 + 2);
    QVERIFY(conversations.markRead(recent));
    const auto read = conversations.find(recent).value();
    QCOMPARE(read->unreadCount, 0);
    QCOMPARE(read->lastReadId, read->lastMessageId);
    QCOMPARE(conversations.totalUnread(account_).value(), 1);
  }

  void draftsAndFlags() {
    ConversationRepository conversations(*db_);
    const auto id = conversations.obtain(account_, QStringLiteral("a@example.org")).value();
    QVERIFY(conversations.setDraft(id, QStringLiteral("half a thought")));
    QCOMPARE(conversations.find(id).value()->draft, QStringLiteral("half a thought"));
    QVERIFY(conversations.setDraft(id, QString()));
    QVERIFY(conversations.find(id).value()->draft.isNull());
    QVERIFY(conversations.setMuted(id, true));
    QVERIFY(conversations.find(id).value()->muted);
    QCOMPARE(conversations.setPinned(4242, true).error().code, StorageError::Code::NotFound);
  }

  void removeTakesTheMessagesAlong() {
    ConversationRepository conversations(*db_);
    const auto id = conversations.obtain(account_, QStringLiteral("a@example.org")).value();
    addMessage(id, QStringLiteral("gone soon"), 1000);
    QVERIFY(conversations.remove(id));
    QCOMPARE(db_->queryInt("SELECT count(*) FROM messages").value(), 0);
    QVERIFY(MessageRepository(*db_).search(QStringLiteral("gone"), 10).value().isEmpty());
  }
};

QTEST_GUILESS_MAIN(ConversationRepositoryTest)
#include "ConversationRepositoryTest.moc"
