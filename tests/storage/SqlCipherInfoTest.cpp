#include "sotto/storage/SqlCipherInfo.h"

#include <QVersionNumber>
#include <QtTest>

using sotto::storage::SqlCipherInfo;

class SqlCipherInfoTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void linkedAgainstSqlCipher() {
    const SqlCipherInfo info = SqlCipherInfo::current();
    QVERIFY2(info.isSqlCipher(), "Sotto must never run on plain SQLite");
    QVERIFY(info.sqlcipherMajor >= 3);
    // The baseline (Debian 12) has SQLite 3.15 or newer underneath.
    QVERIFY(QVersionNumber::fromString(info.sqliteVersion) >= QVersionNumber(3, 15));
  }

  void upsertFollowsTheSqliteVersion() {
    SqlCipherInfo old;
    old.sqliteVersion = QStringLiteral("3.15.2");
    QVERIFY(!old.hasUpsert());
    SqlCipherInfo recent;
    recent.sqliteVersion = QStringLiteral("3.39.4");
    QVERIFY(recent.hasUpsert());
  }
};

QTEST_GUILESS_MAIN(SqlCipherInfoTest)
#include "SqlCipherInfoTest.moc"
