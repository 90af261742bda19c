// Messages on a real SQLCipher file: insert, dedupe, paging at equal timestamps, state
// changes, corrections and FTS4 search kept in step by the triggers.
#include "sotto/storage/MessageRepository.h"
#include "StorageTestSupport.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;
using sotto::storage::test::describe;

namespace {
const QString kPeer = QStringLiteral("juliet@capulet.example");

QList<std::int64_t> ids(const QList<Message> &messages) {
  QList<std::int64_t> result;
  for (const Message &message : messages)
    result << message.id;
  return result;
}
} // namespace

class MessageRepositoryTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::optional<Database> db_;
  std::int64_t conversation_ = 0;
  std::int64_t other_ = 0;

  Message incoming(const QString &body, std::int64_t timestamp, std::int64_t conversation = 0) {
    Message message;
    message.conversationId = conversation != 0 ? conversation : conversation_;
    message.direction = Direction::Incoming;
    message.senderJid = kPeer;
    message.senderDevice = 1234;
    message.body = body;
    message.timestamp = timestamp;
    message.receivedAt = timestamp + 1;
    message.state = MessageState::Delivered;
    message.encrypted = true;
    return message;
  }

private Q_SLOTS:
  void init() {
    db_.reset();
    QFile::remove(dir_.filePath(QStringLiteral("sotto.db")));
    db_.emplace(sotto::storage::test::migratedDatabase(dir_.path()));
    AccountRepository accounts(*db_);
    const auto account = accounts.add({0, QStringLiteral("romeo@montague.example"), {}, {}, {}, true, 1});
    QVERIFY(account);
    ConversationRepository conversations(*db_);
    conversation_ = conversations.obtain(*account, kPeer).value();
    other_ = conversations.obtain(*account, QStringLiteral("nurse@capulet.example")).value();
  }

  void insertAndReadBack() {
    MessageRepository messages(*db_);
    Message message = incoming(QStringLiteral("O Romeo, Romeo"), 1000);
    message.stanzaId = QStringLiteral("archive-1");
    message.originId = QStringLiteral("origin-1");
    message.trusted = true;
    const auto id = messages.insert(message);
    QVERIFY2(id, describe(id).constData());
    const auto stored = messages.find(*id).value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->body, message.body);
    QCOMPARE(stored->stanzaId, message.stanzaId);
    QCOMPARE(stored->originId, message.originId);
    QCOMPARE(stored->senderDevice, std::optional<std::int32_t>(1234));
    QCOMPARE(stored->state, MessageState::Delivered);
    QVERIFY(stored->encrypted && stored->trusted);
    QCOMPARE(stored->timestamp, 1000);
    QVERIFY(!messages.find(*id + 100).value().has_value());

    // The conversation follows: last message, activity, unread.
    ConversationRepository conversations(*db_);
    const auto conversation = conversations.find(conversation_).value();
    QCOMPARE(conversation->lastMessageId, std::optional<std::int64_t>(*id));
    QCOMPARE(conversation->lastActivity, 1000);
    QCOMPARE(conversation->unreadCount, 1);
  }

  void insertManyIsAllOrNothing() {
    MessageRepository messages(*db_);
    QList<Message> batch;
    for (int i = 0; i < 150; ++i) // more than one multi-row statement
      batch << incoming(QStringLiteral("batch %1").arg(i), 1000 + i);
    batch[70].stanzaId = QStringLiteral("dup");
    const auto inserted = messages.insertMany(batch);
    QVERIFY2(inserted, describe(inserted).constData());
    QCOMPARE(inserted->size(), 150);
    for (int i = 0; i < 150; ++i)
      QCOMPARE(messages.find(inserted->at(i)).value()->body, batch.at(i).body);
    QCOMPARE(messages.search(QStringLiteral("batch"), 1000).value().size(), 150);
    ConversationRepository conversations(*db_);
    QCOMPARE(conversations.find(conversation_).value()->unreadCount, 150);
    QCOMPARE(conversations.find(conversation_).value()->lastMessageId,
             std::optional<std::int64_t>(inserted->last()));

    // A duplicate stanza id in the second batch: none of it is stored.
    QList<Message> second;
    for (int i = 0; i < 100; ++i)
      second << incoming(QStringLiteral("second %1").arg(i), 5000 + i);
    second[90].stanzaId = QStringLiteral("dup");
    const auto refused = messages.insertMany(second);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, StorageError::Code::Constraint);
    QVERIFY(messages.search(QStringLiteral("second"), 10).value().isEmpty());
    QCOMPARE(db_->queryInt("SELECT count(*) FROM messages").value(), 150);
    QVERIFY(messages.insertMany({}).value().isEmpty());
  }

  void duplicatesAreRecognised() {
    MessageRepository messages(*db_);
    Message message = incoming(QStringLiteral("hello"), 1000);
    message.stanzaId = QStringLiteral("s-1");
    const auto first = messages.insertIfNew(message).value();
    QVERIFY(first.inserted);
    const auto again = messages.insertIfNew(message).value();
    QVERIFY(!again.inserted);
    QCOMPARE(again.id, first.id);
    // Plain insert of the same stanza id is refused by the unique index.
    const auto refused = messages.insert(message);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, StorageError::Code::Constraint);
    // The same stanza id in another conversation is another message.
    Message elsewhere = message;
    elsewhere.conversationId = other_;
    QVERIFY(messages.insertIfNew(elsewhere).value().inserted);

    // Our own message, sent with an origin id, comes back from the archive with a stanza id.
    Message mine = incoming(QStringLiteral("mine"), 2000);
    mine.direction = Direction::Outgoing;
    mine.senderJid = QStringLiteral("romeo@montague.example");
    mine.originId = QStringLiteral("o-9");
    const auto sent = messages.insertIfNew(mine).value();
    QVERIFY(sent.inserted);
    Message echo = mine;
    echo.stanzaId = QStringLiteral("s-9");
    const auto echoed = messages.insertIfNew(echo).value();
    QVERIFY(!echoed.inserted);
    QCOMPARE(echoed.id, sent.id);
    QCOMPARE(messages.find(sent.id).value()->stanzaId, QStringLiteral("s-9"));
    QCOMPARE(messages.findByOriginId(conversation_, QStringLiteral("o-9")).value()->id, sent.id);
  }

  void pagingIsExactEvenWithEqualTimestamps() {
    MessageRepository messages(*db_);
    QList<std::int64_t> all;
    // Three messages share each timestamp: the id breaks the tie.
    for (int i = 0; i < 30; ++i)
      all << messages.insert(incoming(QStringLiteral("m%1").arg(i), 1000 + (i / 3) * 10)).value();
    messages.insert(incoming(QStringLiteral("other"), 5000, other_)).value();

    const auto newest = messages.newest(conversation_, 7).value();
    QCOMPARE(ids(newest), all.mid(23, 7));
    const auto older = messages.before(conversation_, newest.first().id, 7).value();
    QCOMPARE(ids(older), all.mid(16, 7));
    const auto oldest = messages.before(conversation_, all.at(2), 7).value();
    QCOMPARE(ids(oldest), all.mid(0, 2));
    const auto newer = messages.after(conversation_, all.at(4), 5).value();
    QCOMPARE(ids(newer), all.mid(5, 5));
    QVERIFY(messages.after(conversation_, all.last(), 5).value().isEmpty());

    // Walking back page by page visits every message exactly once.
    QList<std::int64_t> walked = ids(messages.newest(conversation_, 4).value());
    while (true) {
      const auto page = messages.before(conversation_, walked.first(), 4).value();
      if (page.isEmpty())
        break;
      walked = ids(page) + walked;
    }
    QCOMPARE(walked, all);
  }

  void lateArrivalsDoNotBecomeTheLastMessage() {
    MessageRepository messages(*db_);
    const auto recent = messages.insert(incoming(QStringLiteral("recent"), 5000)).value();
    messages.insert(incoming(QStringLiteral("from the archive"), 100)).value();
    ConversationRepository conversations(*db_);
    QCOMPARE(conversations.find(conversation_).value()->lastMessageId, std::optional<std::int64_t>(recent));
    QCOMPARE(conversations.find(conversation_).value()->lastActivity, 5000);
  }

  void stateChanges() {
    MessageRepository messages(*db_);
    Message mine = incoming(QStringLiteral("out"), 1000);
    mine.direction = Direction::Outgoing;
    mine.state = MessageState::Pending;
    const auto id = messages.insert(mine).value();
    QVERIFY(messages.updateState(id, MessageState::Sent));
    QCOMPARE(messages.find(id).value()->state, MessageState::Sent);
    QVERIFY(messages.updateState(id, MessageState::Failed, QStringLiteral("service-unavailable")));
    QCOMPARE(messages.find(id).value()->error, QStringLiteral("service-unavailable"));
    QCOMPARE(messages.updateState(id + 50, MessageState::Read).error().code, StorageError::Code::NotFound);
    // Outgoing messages never count as unread.
    ConversationRepository conversations(*db_);
    QCOMPARE(conversations.find(conversation_).value()->unreadCount, 0);
  }

  void searchFindsWordsAndFollowsEdits() {
    MessageRepository messages(*db_);
    const auto a = messages.insert(incoming(QStringLiteral("Wherefore art thou Romeo?"), 1000)).value();
    const auto b = messages.insert(incoming(QStringLiteral("A rose by any other name"), 1010)).value();
    const auto c = messages.insert(incoming(QStringLiteral("ROMEO, doff thy name"), 1020, other_)).value();
    messages.insert(incoming(QString(), 1030)).value(); // no body (e.g. a receipt-only stanza)

    QCOMPARE(ids(messages.search(QStringLiteral("romeo"), 10).value()), (QList<std::int64_t>{c, a}));
    QCOMPARE(ids(messages.search(QStringLiteral("romeo"), 1).value()), (QList<std::int64_t>{c}));
    QCOMPARE(ids(messages.search(QStringLiteral("romeo"), 10, conversation_).value()),
             (QList<std::int64_t>{a}));
    QCOMPARE(ids(messages.search(QStringLiteral("name rose"), 10).value()), (QList<std::int64_t>{b}));
    QVERIFY(messages.search(QStringLiteral("juliet"), 10).value().isEmpty());
    // FTS syntax typed by a user is just text.
    QVERIFY(messages.search(QStringLiteral("\"romeo OR NEAR( -"), 10));
    QVERIFY(messages.search(QStringLiteral("  "), 10).value().isEmpty());

    QVERIFY(messages.updateBody(a, QStringLiteral("Wherefore art thou, Tybalt?")));
    QCOMPARE(ids(messages.search(QStringLiteral("romeo"), 10).value()), (QList<std::int64_t>{c}));
    QCOMPARE(ids(messages.search(QStringLiteral("tybalt"), 10).value()), (QList<std::int64_t>{a}));
    QVERIFY(messages.remove(c));
    QVERIFY(messages.search(QStringLiteral("romeo"), 10).value().isEmpty());
    QVERIFY(messages.search(QStringLiteral("doff"), 10).value().isEmpty());
    // The index agrees with the table after the edit and the removal.
    QCOMPARE(db_->queryInt("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'name'").value(), 1);
    QCOMPARE(db_->queryInt("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'wherefore'").value(),
             1);
  }

  void removingTheLastMessageUpdatesTheConversation() {
    MessageRepository messages(*db_);
    const auto first = messages.insert(incoming(QStringLiteral("one"), 1000)).value();
    const auto second = messages.insert(incoming(QStringLiteral("two"), 2000)).value();
    QVERIFY(messages.remove(second));
    ConversationRepository conversations(*db_);
    QCOMPARE(conversations.find(conversation_).value()->lastMessageId, std::optional<std::int64_t>(first));
  }
};

QTEST_GUILESS_MAIN(MessageRepositoryTest)
#include "MessageRepositoryTest.moc"
