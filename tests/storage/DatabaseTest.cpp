// The SQLCipher connection on real files: keys, pragmas, errors and what a failed open
// leaves on disk (nothing changed).
#include "sotto/storage/Database.h"
#include "StorageTestSupport.h"
#include "sotto/storage/Transaction.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlcipher/sqlite3.h>

#include <limits>

using namespace sotto::storage;
using sotto::storage::test::describe;
using sotto::storage::test::directoryState;
using sotto::storage::test::fileHash;
using sotto::storage::test::makeKey;

class DatabaseTest : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QString dbPath(const QString &name = QStringLiteral("test.db")) const { return dir_.filePath(name); }

  // A closed database with a few hundred pages of data (no WAL left behind).
  void makeFilledDatabase(const QString &path) {
    auto db = Database::open(path, makeKey(1), Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, describe(db).constData());
    QVERIFY(db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB)"));
    {
      auto tx = Transaction::begin(*db);
      QVERIFY(tx);
      auto insert = db->prepare("INSERT INTO t(payload) VALUES (randomblob(3000))");
      QVERIFY(insert);
      for (int i = 0; i < 200; ++i)
        QVERIFY(insert->run());
      QVERIFY(tx->commit());
    }
    QVERIFY(db->checkpoint());
    db->close();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
  }

private Q_SLOTS:
  void createWriteReopen() {
    const QString path = dbPath(QStringLiteral("reopen.db"));
    {
      auto db = Database::open(path, makeKey(1), Database::OpenMode::CreateIfMissing);
      QVERIFY2(db, describe(db).constData());
      QVERIFY(db->exec("CREATE TABLE t(x TEXT)"));
      auto insert = db->prepare("INSERT INTO t VALUES (?1)");
      QVERIFY(insert);
      QVERIFY(insert->bind(1, QStringLiteral("hello")).run());
    }
    QCOMPARE(sotto::storage::test::unixMode(path), 0600);
    auto db = Database::open(path, makeKey(1));
    QVERIFY2(db, describe(db).constData());
    auto select = db->prepare("SELECT x FROM t");
    QVERIFY(select);
    QCOMPARE(select->step().value(), true);
    QCOMPARE(select->textAt(0), QStringLiteral("hello"));
  }

  void connectionIsConfigured() {
    auto db =
        Database::open(dbPath(QStringLiteral("pragmas.db")), makeKey(2), Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QCOMPARE(db->queryInt("PRAGMA foreign_keys").value(), 1);
    QCOMPARE(db->queryInt("PRAGMA secure_delete").value(), 1);
    QCOMPARE(db->queryInt("PRAGMA temp_store").value(), 2); // MEMORY
    QCOMPARE(db->queryInt("PRAGMA page_size").value(), 4096);
    auto journal = db->prepare("PRAGMA journal_mode");
    QVERIFY(journal && journal->step().value());
    QCOMPARE(journal->textAt(0), QStringLiteral("wal"));
  }

  void missingFileIsNotCreated() {
    const QString path = dbPath(QStringLiteral("absent.db"));
    auto db = Database::open(path, makeKey(1));
    QVERIFY(!db);
    QCOMPARE(db.error().code, StorageError::Code::NotFound);
    QVERIFY(!QFile::exists(path));
  }

  void keyOfWrongSizeIsRefused() {
    auto db = Database::open(dbPath(QStringLiteral("short.db")), sotto::crypto::SecureBytes(16),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(db.error().code, StorageError::Code::InvalidArgument);
  }

  void wrongKeyChangesNothing() {
    QTemporaryDir own;
    const QString path = own.filePath(QStringLiteral("wrongkey.db"));
    makeFilledDatabase(path);
    const auto before = directoryState(own.path());
    auto db = Database::open(path, makeKey(99));
    QVERIFY(!db);
    QCOMPARE(db.error().code, StorageError::Code::WrongKeyOrNotADatabase);
    QCOMPARE(db.error().sqliteCode & 0xff, SQLITE_NOTADB);
    QVERIFY(!db.error().message.isEmpty());
    QCOMPARE(directoryState(own.path()), before);
  }

  void truncatedFileIsReportedAndLeftAlone() {
    QTemporaryDir own;
    const QString path = own.filePath(QStringLiteral("truncated.db"));
    makeFilledDatabase(path);
    QFile file(path);
    QVERIFY(file.resize(file.size() / 2));
    const auto before = directoryState(own.path());
    auto db = Database::open(path, makeKey(1));
    QVERIFY(!db);
    QCOMPARE(db.error().code, StorageError::Code::Corrupt);
    QCOMPARE(directoryState(own.path()), before);

    // Shorter than one page: nothing decrypts.
    QVERIFY(file.resize(1000));
    const auto stub = directoryState(own.path());
    auto again = Database::open(path, makeKey(1));
    QVERIFY(!again);
    QCOMPARE(again.error().code, StorageError::Code::WrongKeyOrNotADatabase);
    QCOMPARE(directoryState(own.path()), stub);
  }

  void overwrittenFileIsReportedAndLeftAlone() {
    QTemporaryDir own;
    const QString path = own.filePath(QStringLiteral("overwritten.db"));
    makeFilledDatabase(path);
    {
      QFile file(path);
      QVERIFY(file.open(QIODevice::ReadWrite));
      QVERIFY(file.seek(0));
      QByteArray garbage(4096, '\0');
      for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 31 + 7) & 0xff);
      QCOMPARE(file.write(garbage), garbage.size());
    }
    const auto before = directoryState(own.path());
    auto db = Database::open(path, makeKey(1));
    QVERIFY(!db);
    QCOMPARE(db.error().code, StorageError::Code::WrongKeyOrNotADatabase);
    QCOMPARE(directoryState(own.path()), before);
  }

  void damagedPageIsReportedWhenRead() {
    QTemporaryDir own;
    const QString path = own.filePath(QStringLiteral("damaged.db"));
    makeFilledDatabase(path);
    {
      QFile file(path);
      QVERIFY(file.open(QIODevice::ReadWrite));
      QVERIFY(file.seek(file.size() - 3 * 4096 + 100));
      QCOMPARE(file.write(QByteArray(64, 'Z')), 64);
    }
    auto db = Database::open(path, makeKey(1));
    QVERIFY2(db, describe(db).constData());
    auto scan = db->prepare("SELECT sum(length(payload)) FROM t");
    QVERIFY(scan);
    auto row = scan->step();
    QVERIFY(!row);
    QVERIFY(row.error().code == StorageError::Code::Corrupt ||
            row.error().code == StorageError::Code::WrongKeyOrNotADatabase);
  }

  void typedBindsAndColumns() {
    auto db =
        Database::open(dbPath(QStringLiteral("types.db")), makeKey(3), Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TABLE t(i INTEGER, d REAL, s TEXT, b BLOB, n TEXT)"));
    const QString text = QStringLiteral("grüße 😀");
    const QByteArray blob = QByteArray::fromHex("00ff0010");
    const std::int64_t big = std::numeric_limits<std::int64_t>::max();
    auto insert = db->prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)");
    QVERIFY(insert);
    QVERIFY(insert->bind(1, big).bind(2, 2.5).bind(3, text).bind(4, blob).bind(5, QString()).run());
    auto select = db->prepare("SELECT i, d, s, b, n FROM t");
    QVERIFY(select && select->step().value());
    QCOMPARE(select->int64At(0), big);
    QCOMPARE(select->doubleAt(1), 2.5);
    QCOMPARE(select->textAt(2), text);
    QCOMPARE(select->blobAt(3), blob);
    QVERIFY(select->isNull(4));
    QCOMPARE(select->optionalInt64At(4), std::nullopt);
  }

  void errorsCarryTheSqliteCode() {
    auto db =
        Database::open(dbPath(QStringLiteral("errors.db")), makeKey(4), Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TABLE t(x INTEGER UNIQUE)"));
    QVERIFY(db->exec("INSERT INTO t VALUES (1)"));
    auto duplicate = db->exec("INSERT INTO t VALUES (1)");
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, StorageError::Code::Constraint);
    QCOMPARE(duplicate.error().sqliteCode, SQLITE_CONSTRAINT_UNIQUE);

    auto bad = db->prepare("SELEKT 1");
    QVERIFY(!bad);
    QCOMPARE(bad.error().sqliteCode, SQLITE_ERROR);
    QVERIFY(bad.error().message.contains(QStringLiteral("syntax")));

    auto outOfRange = db->prepare("SELECT ?1");
    QVERIFY(outOfRange);
    auto stepped = outOfRange->bind(5, 1).step();
    QVERIFY(!stepped);
    QCOMPARE(stepped.error().sqliteCode, SQLITE_RANGE);
  }

  void queryTextsCollectsOneColumnOfEveryRow() {
    auto db =
        Database::open(dbPath(QStringLiteral("texts.db")), makeKey(6), Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TABLE t(a TEXT, b TEXT); INSERT INTO t VALUES ('a1', 'b1'), ('a2', 'b2')"));
    QCOMPARE(db->queryTexts("SELECT a, b FROM t ORDER BY a").value(), QStringList({"a1", "a2"}));
    QCOMPARE(db->queryTexts("SELECT a, b FROM t ORDER BY a", 1).value(), QStringList({"b1", "b2"}));
    QCOMPARE(db->queryTexts("SELECT a, b FROM t ORDER BY a", -1).value(), QStringList({"b1", "b2"}));
    QCOMPARE(db->queryTexts("SELECT a FROM t WHERE 0").value(), QStringList());
    QCOMPARE(db->integrityCheck().value(), QStringList({"ok"}));
    auto bad = db->queryTexts("SELEKT 1");
    QVERIFY(!bad);
    QCOMPARE(bad.error().sqliteCode, SQLITE_ERROR);
  }

  void transactionsCommitOrRollBack() {
    auto db =
        Database::open(dbPath(QStringLiteral("tx.db")), makeKey(5), Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TABLE t(x INTEGER)"));
    {
      auto tx = Transaction::begin(*db);
      QVERIFY(tx);
      QVERIFY(db->exec("INSERT INTO t VALUES (1)"));
      // no commit: rolled back when it leaves scope
    }
    QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 0);
    {
      auto tx = Transaction::begin(*db);
      QVERIFY(tx);
      QVERIFY(db->exec("INSERT INTO t VALUES (1)"));
      {
        auto inner = Transaction::begin(*db);
        QVERIFY(inner);
        QVERIFY(db->exec("INSERT INTO t VALUES (2)"));
      } // inner rolled back, outer continues
      {
        auto inner = Transaction::begin(*db);
        QVERIFY(inner);
        QVERIFY(db->exec("INSERT INTO t VALUES (3)"));
        QVERIFY(inner->commit());
      }
      QVERIFY(db->inTransaction());
      QVERIFY(tx->commit());
    }
    QVERIFY(!db->inTransaction());
    QCOMPARE(db->queryInt("SELECT sum(x) FROM t").value(), 4);
  }

  // A worker (bulk import, backup) has its own connection: WAL lets the UI's connection
  // keep reading a consistent snapshot while the worker writes.
  void secondConnectionReadsWhileTheFirstWrites() {
    const QString path = dbPath(QStringLiteral("two.db"));
    auto writer = Database::open(path, makeKey(8), Database::OpenMode::CreateIfMissing);
    QVERIFY(writer);
    QVERIFY(writer->exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1)"));
    auto reader = Database::open(path, makeKey(8));
    QVERIFY(reader);

    auto tx = Transaction::begin(*writer);
    QVERIFY(tx);
    QVERIFY(writer->exec("INSERT INTO t VALUES (2)"));
    QCOMPARE(reader->queryInt("SELECT count(*) FROM t").value(), 1); // not blocked, old snapshot
    QVERIFY(tx->commit());
    QCOMPARE(reader->queryInt("SELECT count(*) FROM t").value(), 2);

    // Either connection may write once the other has committed.
    auto first = Transaction::begin(*writer);
    QVERIFY(first);
    QVERIFY(first->commit());
    auto second = Transaction::begin(*reader);
    QVERIFY(second);
    QVERIFY(reader->exec("INSERT INTO t VALUES (3)"));
    QVERIFY(second->commit());
    QCOMPARE(writer->queryInt("SELECT count(*) FROM t").value(), 3);
  }

  void cachedStatementsAreReusedSafely() {
    auto db =
        Database::open(dbPath(QStringLiteral("cache.db")), makeKey(6), Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2)"));
    auto first = db->cached("SELECT x FROM t ORDER BY x");
    QVERIFY(first && first->step().value());
    // The same SQL while the first is still being read: a separate statement.
    auto second = db->cached("SELECT x FROM t ORDER BY x");
    QVERIFY(second && second->step().value());
    QVERIFY(first->handle() != second->handle());
    QVERIFY(first->step().value());
    QCOMPARE(first->intAt(0), 2);
    const auto *handle = first->handle();
    first = db->cached("SELECT 1"); // hands the original back
    auto third = db->cached("SELECT x FROM t ORDER BY x");
    QVERIFY(third);
    QCOMPARE(third->handle(), handle);
    QVERIFY(third->step().value());
    QCOMPARE(third->intAt(0), 1);
  }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
