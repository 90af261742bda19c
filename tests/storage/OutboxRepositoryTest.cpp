// The outbox: stanzas survive until acknowledged, are replayed oldest first, and go when
// their message goes.
#include "sotto/storage/OutboxRepository.h"
#include "StorageTestSupport.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;

class OutboxRepositoryTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

private Q_SLOTS:
  void enqueueReplayAcknowledge() {
    Database db = sotto::storage::test::migratedDatabase(dir_.path());
    const auto account =
        AccountRepository(db).add({0, QStringLiteral("me@example.org"), {}, {}, {}, true, 1}).value();
    const auto conversation =
        ConversationRepository(db).obtain(account, QStringLiteral("you@example.org")).value();
    Message message;
    message.conversationId = conversation;
    message.direction = Direction::Outgoing;
    message.senderJid = QStringLiteral("me@example.org");
    message.body = QStringLiteral("hi");
    message.timestamp = 1;
    message.receivedAt = 1;
    const auto messageId = MessageRepository(db).insert(message).value();

    OutboxRepository outbox(db);
    OutboxEntry first{
        0,   account, messageId,   QStringLiteral("st-1"), QByteArrayLiteral("<message id='st-1'/>"),
        100, 0,       std::nullopt};
    OutboxEntry second{
        0,   account, std::nullopt, QStringLiteral("st-2"), QByteArrayLiteral("<iq id='st-2'/>"),
        200, 0,       std::nullopt};
    const auto firstId = outbox.enqueue(first).value();
    QVERIFY(outbox.enqueue(second));
    QCOMPARE(outbox.enqueue(second).error().code, StorageError::Code::Constraint);

    auto pending = outbox.pending(account).value();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).stanzaId, QStringLiteral("st-1"));
    QCOMPARE(pending.at(0).payload, first.payload);
    QCOMPARE(pending.at(0).messageId, std::optional<std::int64_t>(messageId));
    QVERIFY(outbox.recordAttempt(firstId, 150));
    pending = outbox.pending(account).value();
    QCOMPARE(pending.at(0).attempts, 1);
    QCOMPARE(pending.at(0).lastAttemptAt, std::optional<std::int64_t>(150));

    QCOMPARE(outbox.acknowledge(account, QStringLiteral("st-2")).value(), true);
    QCOMPARE(outbox.acknowledge(account, QStringLiteral("st-2")).value(), false);
    QVERIFY(MessageRepository(db).remove(messageId)); // the message deleted: its stanza too
    QVERIFY(outbox.pending(account).value().isEmpty());
  }
};

QTEST_GUILESS_MAIN(OutboxRepositoryTest)
#include "OutboxRepositoryTest.moc"
