// The hot queries' plans, taken from the SQL the repositories actually ran (the
// connection's statement cache): no full scan of messages or conversations and no sort
// step, so paging, the conversation list and search stay fast at a million messages.
// Plans come from a database without ANALYZE statistics, as the app runs it.
#include "StorageTestSupport.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;

class QueryPlanTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

private Q_SLOTS:
  void hotQueriesUseIndexes() {
    Database db = sotto::storage::test::migratedDatabase(dir_.path());
    const auto account =
        AccountRepository(db).add({0, QStringLiteral("me@example.org"), {}, {}, {}, true, 1}).value();
    ConversationRepository conversations(db);
    const auto conversation = conversations.obtain(account, QStringLiteral("you@example.org")).value();
    MessageRepository messages(db);
    Message message;
    message.conversationId = conversation;
    message.senderJid = QStringLiteral("you@example.org");
    message.body = QStringLiteral("hello there");
    message.stanzaId = QStringLiteral("s1");
    message.originId = QStringLiteral("o1");
    message.timestamp = 1;
    message.receivedAt = 1;
    const auto id = messages.insert(message).value();

    // Exercise every hot path once, so its statement is in the cache.
    QVERIFY(messages.newest(conversation, 50));
    QVERIFY(messages.before(conversation, id, 50));
    QVERIFY(messages.after(conversation, id, 50));
    QVERIFY(messages.find(id));
    QVERIFY(messages.findByOriginId(conversation, QStringLiteral("o1")));
    QVERIFY(messages.insertIfNew(message));
    Message byOrigin = message;
    byOrigin.stanzaId.clear();
    QVERIFY(messages.findDuplicate(byOrigin));
    QVERIFY(messages.search(QStringLiteral("hello"), 50));
    QVERIFY(messages.search(QStringLiteral("hello"), 50, conversation));
    QVERIFY(messages.updateState(id, MessageState::Read));
    QVERIFY(conversations.list(account));
    QVERIFY(conversations.totalUnread(account));
    QVERIFY(conversations.findByPeer(account, QStringLiteral("you@example.org")));
    QVERIFY(conversations.markRead(conversation));

    static const QRegularExpression fullScan(QStringLiteral("^SCAN TABLE (messages|conversations)( |$)"));
    int checked = 0;
    for (const QString &sql : db.cachedSql()) {
      if (!sql.contains(QLatin1String("messages")) && !sql.contains(QLatin1String("conversations")))
        continue;
      const QStringList plan = db.explainQueryPlan(sql.toStdString()).value();
      const QString shown = sql + QStringLiteral("\n  ") + plan.join(QStringLiteral("\n  "));
      for (const QString &step : plan) {
        QVERIFY2(!fullScan.match(step).hasMatch(), qPrintable(shown));
        QVERIFY2(!step.contains(QLatin1String("TEMP B-TREE")), qPrintable(shown));
      }
      ++checked;
    }
    QVERIFY(checked >= 12);
  }
};

QTEST_GUILESS_MAIN(QueryPlanTest)
#include "QueryPlanTest.moc"
