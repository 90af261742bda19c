// Settings: global and per-account values, overwrite, removal.
#include "sotto/storage/SettingsRepository.h"
#include "StorageTestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;

class SettingsRepositoryTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

private Q_SLOTS:
  void setGetOverwriteRemove() {
    Database db = sotto::storage::test::migratedDatabase(dir_.path());
    SettingsRepository settings(db);
    QVERIFY(!settings.value(QStringLiteral("theme")).value().has_value());
    QCOMPARE(settings.string(QStringLiteral("theme"), QStringLiteral("system")).value(),
             QStringLiteral("system"));
    QVERIFY(settings.setString(QStringLiteral("theme"), QStringLiteral("dark")));
    QVERIFY(settings.setString(QStringLiteral("theme"), QStringLiteral("light")));
    QCOMPARE(settings.string(QStringLiteral("theme")).value(), QStringLiteral("light"));
    QVERIFY(settings.set(QStringLiteral("blob"), QByteArray::fromHex("00ff00")));
    QCOMPARE(settings.value(QStringLiteral("blob")).value().value(), QByteArray::fromHex("00ff00"));
    QVERIFY(settings.set(QStringLiteral("empty"), QByteArray()));
    QCOMPARE(settings.value(QStringLiteral("empty")).value().value(), QByteArray(""));
    // Scopes do not see each other.
    QVERIFY(settings.setString(QStringLiteral("theme"), QStringLiteral("per-account"), 7));
    QCOMPARE(settings.string(QStringLiteral("theme")).value(), QStringLiteral("light"));
    QCOMPARE(settings.string(QStringLiteral("theme"), {}, 7).value(), QStringLiteral("per-account"));
    QVERIFY(settings.remove(QStringLiteral("theme")));
    QVERIFY(!settings.value(QStringLiteral("theme")).value().has_value());
    QCOMPARE(settings.string(QStringLiteral("theme"), {}, 7).value(), QStringLiteral("per-account"));
  }
};

QTEST_GUILESS_MAIN(SettingsRepositoryTest)
#include "SettingsRepositoryTest.moc"
