// Accounts: several per profile, unique JIDs, updates, and removal of everything that
// hangs off an account.
#include "sotto/storage/AccountRepository.h"
#include "StorageTestSupport.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/SettingsRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;

class AccountRepositoryTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

private Q_SLOTS:
  void addFindUpdateRemove() {
    Database db = sotto::storage::test::migratedDatabase(dir_.path());
    AccountRepository accounts(db);
    const auto home =
        accounts.add({0, QStringLiteral("me@home.example"), QStringLiteral("Me"), {}, {}, true, 10});
    const auto work =
        accounts.add({0, QStringLiteral("me@work.example"), {}, QStringLiteral("laptop"), {}, true, 20});
    QVERIFY(home && work);
    QCOMPARE(accounts.all().value().size(), 2);
    QCOMPARE(accounts.add({0, QStringLiteral("me@home.example"), {}, {}, {}, true, 0}).error().code,
             StorageError::Code::Constraint);

    auto found = accounts.findByJid(QStringLiteral("me@work.example")).value();
    QVERIFY(found.has_value());
    QCOMPARE(found->id, *work);
    QCOMPARE(found->resource, QStringLiteral("laptop"));
    QCOMPARE(found->createdAt, 20);
    found->displayName = QStringLiteral("Work me");
    found->rosterVersion = QStringLiteral("ver17");
    found->enabled = false;
    QVERIFY(accounts.update(*found));
    const auto updated = accounts.find(*work).value();
    QCOMPARE(updated->displayName, QStringLiteral("Work me"));
    QCOMPARE(updated->rosterVersion, QStringLiteral("ver17"));
    QVERIFY(!updated->enabled);

    ConversationRepository conversations(db);
    QVERIFY(conversations.obtain(*work, QStringLiteral("boss@work.example")));
    SettingsRepository settings(db);
    QVERIFY(settings.setString(QStringLiteral("status"), QStringLiteral("busy"), *work));
    QVERIFY(settings.setString(QStringLiteral("theme"), QStringLiteral("dark")));
    QVERIFY(accounts.remove(*work));
    QVERIFY(!accounts.find(*work).value().has_value());
    QCOMPARE(db.queryInt("SELECT count(*) FROM conversations").value(), 0);
    QVERIFY(!settings.value(QStringLiteral("status"), *work).value().has_value());
    QCOMPARE(settings.string(QStringLiteral("theme")).value(), QStringLiteral("dark"));
    QCOMPARE(accounts.all().value().size(), 1);
  }
};

QTEST_GUILESS_MAIN(AccountRepositoryTest)
#include "AccountRepositoryTest.moc"
