// Migrations: up from every earlier version, each step all-or-nothing, and a migrated
// database indistinguishable from a fresh one.
#include "sotto/storage/Schema.h"
#include "StorageTestSupport.h"
#include "sotto/storage/Database.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;
using sotto::storage::test::describe;
using sotto::storage::test::makeKey;

class SchemaTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int next_ = 0;

  Database emptyDatabase() {
    auto db = Database::open(dir_.filePath(QStringLiteral("db%1").arg(++next_)), makeKey(7),
                             Database::OpenMode::CreateIfMissing);
    if (!db)
      qFatal("cannot open");
    return std::move(*db);
  }

  // Rows a database at `version` would hold, so an upgrade has data to carry over.
  static void seed(Database &db, int version) {
    if (version >= 1) {
      QVERIFY(db.exec(
          "INSERT INTO accounts (jid, created_at) VALUES ('me@example.org', 1);"
          "INSERT INTO conversations (account_id, peer_jid) VALUES (1, 'you@example.org');"
          "INSERT INTO messages (conversation_id, direction, sender_jid, body, timestamp, received_at) "
          "VALUES (1, 0, 'you@example.org', 'carried over', 10, 10);"));
    }
  }

private Q_SLOTS:
  void freshDatabaseReachesTheLatestVersion() {
    Database db = emptyDatabase();
    QCOMPARE(Schema::version(db).value(), 0);
    QVERIFY(Schema::migrate(db));
    QCOMPARE(Schema::version(db).value(), Schema::latestVersion());
    QVERIFY(Schema::migrate(db)); // idempotent
    QCOMPARE(db.integrityCheck().value(), QStringList{QStringLiteral("ok")});
  }

  void upgradeFromEveryEarlierVersion_data() {
    QTest::addColumn<int>("from");
    for (int version = 0; version < Schema::latestVersion(); ++version)
      QTest::addRow("v%d", version) << version;
  }
  void upgradeFromEveryEarlierVersion() {
    QFETCH(int, from);
    Database fresh = emptyDatabase();
    QVERIFY(Schema::migrate(fresh));
    const auto expected = Schema::describe(fresh).value();

    Database old = emptyDatabase();
    QVERIFY(Schema::migrate(old, from));
    QCOMPARE(Schema::version(old).value(), from);
    seed(old, from);
    auto upgraded = Schema::migrate(old);
    QVERIFY2(upgraded, describe(upgraded).constData());
    QCOMPARE(Schema::version(old).value(), Schema::latestVersion());
    QCOMPARE(Schema::describe(old).value(), expected);
    if (from >= 1) {
      QCOMPARE(old.queryInt("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'carried'").value(),
               1);
      QCOMPARE(old.queryInt("SELECT unread_count FROM conversations").value(), 1);
    }
  }

  void aFailedMigrationChangesNothing() {
    Database db = emptyDatabase();
    // Something in the way of migration 1 (a table it wants to create).
    QVERIFY(db.exec("CREATE TABLE settings (x)"));
    const auto before = Schema::describe(db).value();
    auto migrated = Schema::migrate(db);
    QVERIFY(!migrated);
    QCOMPARE(Schema::version(db).value(), 0);
    QCOMPARE(Schema::describe(db).value(), before); // no half-created tables
  }

  void newerSchemaIsLeftAlone() {
    Database db = emptyDatabase();
    QVERIFY(db.exec("PRAGMA user_version = 999"));
    auto migrated = Schema::migrate(db);
    QVERIFY(!migrated);
    QCOMPARE(migrated.error().code, StorageError::Code::SchemaTooNew);
    QCOMPARE(Schema::version(db).value(), 999);
  }

  void foreignKeysHold() {
    Database db = emptyDatabase();
    QVERIFY(Schema::migrate(db));
    auto orphan = db.exec("INSERT INTO conversations (account_id, peer_jid) VALUES (77, 'x@y')");
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().code, StorageError::Code::Constraint);
  }
};

QTEST_GUILESS_MAIN(SchemaTest)
#include "SchemaTest.moc"
