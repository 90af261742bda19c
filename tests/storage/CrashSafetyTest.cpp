// Crash safety: a child process (this executable, re-invoked) commits messages together
// with the ratchet state that "decrypted" them, reporting each committed id on stdout,
// and is killed with SIGKILL mid-stream. On reopen the file passes integrity_check,
// every reported id is there, and message and session state agree (both or neither).
#include "StorageTestSupport.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/OmemoStore.h"
#include "sotto/storage/Transaction.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace sotto::storage;

namespace {
const sotto::crypto::ProtocolAddress kBob{QStringLiteral("bob@example.org"), 7};

// Child mode: write until killed.
int writeForever(const QString &path) {
  auto db = Database::open(path, sotto::storage::test::makeKey(42));
  if (!db)
    return 1;
  const auto account = AccountRepository(*db).findByJid(QStringLiteral("me@example.org"));
  const auto conversation = ConversationRepository(*db).findByPeer(1, kBob.name);
  if (!account || !conversation || !conversation->has_value())
    return 1;
  OmemoStore store(*db, (*account)->id);
  MessageRepository messages(*db);
  for (int i = 0;; ++i) {
    auto transaction = Transaction::begin(*db);
    if (!transaction)
      return 1;
    Message message;
    message.conversationId = (*conversation)->id;
    message.senderJid = kBob.name;
    message.body = QStringLiteral("message %1 ").arg(i).repeated(1 + i % 20);
    message.timestamp = i;
    message.receivedAt = i;
    const auto id = messages.insert(message);
    if (!id || !store.storeSession(kBob, QByteArray::number(static_cast<qlonglong>(*id))))
      return 1;
    if (!transaction->commit())
      return 1;
    std::printf("%lld\n", static_cast<long long>(*id)); // only after commit returned
    std::fflush(stdout);
  }
}
} // namespace

class CrashSafetyTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

private Q_SLOTS:
  void killedWriterLosesNothingCommitted_data() {
    QTest::addColumn<int>("killAfter");
    QTest::newRow("early") << 20;
    QTest::newRow("later") << 300;
    QTest::newRow("again") << 150;
  }
  void killedWriterLosesNothingCommitted() {
    QFETCH(int, killAfter);
    const QString path = dir_.filePath(QStringLiteral("crash-%1.db").arg(killAfter));
    {
      Database db = sotto::storage::test::migratedDatabase(dir_.path(), QFileInfo(path).fileName());
      const auto account =
          AccountRepository(db).add({0, QStringLiteral("me@example.org"), {}, {}, {}, true, 1});
      QVERIFY(account);
      QVERIFY(ConversationRepository(db).obtain(*account, kBob.name));
    }

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-forever"), path});
    QVERIFY(child.waitForStarted());
    QList<qint64> reported;
    QByteArray pending;
    auto readReported = [&] {
      pending += child.readAllStandardOutput();
      qsizetype newline = 0;
      while ((newline = pending.indexOf('\n')) >= 0) {
        reported << pending.left(newline).toLongLong();
        pending.remove(0, newline + 1);
      }
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        (readReported(), reported.size() >= killAfter || child.state() != QProcess::Running), 30000);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL, mid-transaction more often than not
    QVERIFY(child.waitForFinished(10000));
    readReported(); // whatever it reported before dying was committed
    QVERIFY(reported.size() >= killAfter);
    QVERIFY(QFile::exists(path + QStringLiteral("-wal"))); // recovery has work to do

    auto db = Database::open(path, sotto::storage::test::makeKey(42));
    QVERIFY2(db, sotto::storage::test::describe(db).constData());
    QCOMPARE(db->integrityCheck().value(), QStringList{QStringLiteral("ok")});
    // The search index matches the table: every body says "message". (FTS4's own
    // 'integrity-check' misreports order=DESC tables on SQLite 3.15, so count instead.)
    QCOMPARE(db->queryInt("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'message'").value(),
             db->queryInt("SELECT count(*) FROM messages").value());
    MessageRepository messages(*db);
    for (const qint64 id : reported)
      QVERIFY2(messages.find(id).value().has_value(), qPrintable(QStringLiteral("lost message %1").arg(id)));
    // The session names the newest message: they were committed together.
    const qint64 newest = db->queryInt("SELECT max(id) FROM messages").value();
    QVERIFY(newest >= reported.last());
    OmemoStore store(*db, 1);
    QCOMPARE(store.loadSession(kBob).value().value(), QByteArray::number(newest));
  }
};

int main(int argc, char **argv) {
  if (argc == 3 && qstrcmp(argv[1], "--write-forever") == 0) {
    QCoreApplication app(argc, argv);
    return writeForever(QString::fromLocal8Bit(argv[2]));
  }
  QCoreApplication app(argc, argv);
  CrashSafetyTest test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "CrashSafetyTest.moc"
