// Roster entries and blocking per account.
#include "sotto/storage/ContactRepository.h"
#include "StorageTestSupport.h"
#include "sotto/storage/AccountRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;

class ContactRepositoryTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

private Q_SLOTS:
  void rosterAndBlocking() {
    Database db = sotto::storage::test::migratedDatabase(dir_.path());
    const auto account =
        AccountRepository(db).add({0, QStringLiteral("me@example.org"), {}, {}, {}, true, 1}).value();
    ContactRepository contacts(db);
    Contact juliet;
    juliet.accountId = account;
    juliet.jid = QStringLiteral("juliet@example.org");
    juliet.name = QStringLiteral("Juliet");
    juliet.subscription = Subscription::Both;
    juliet.groups = {QStringLiteral("Friends"), QStringLiteral("Verona")};
    const auto id = contacts.save(juliet);
    QVERIFY(id);
    juliet.name = QStringLiteral("Jules");
    juliet.askPending = true;
    QCOMPARE(contacts.save(juliet).value(), *id); // same row, updated

    Contact anon;
    anon.accountId = account;
    anon.jid = QStringLiteral("aaron@example.org");
    QVERIFY(contacts.save(anon));

    const auto stored = contacts.find(account, juliet.jid).value();
    QCOMPARE(stored->name, QStringLiteral("Jules"));
    QCOMPARE(stored->subscription, Subscription::Both);
    QVERIFY(stored->askPending);
    QCOMPARE(stored->groups, juliet.groups);

    const auto roster = contacts.roster(account).value();
    QCOMPARE(roster.size(), 2);
    QCOMPARE(roster.at(0).jid, anon.jid); // "aaron@…" sorts before "Jules"

    // Blocking a stranger records them without putting them on the roster.
    QVERIFY(contacts.setBlocked(account, QStringLiteral("spam@example.org"), true));
    QVERIFY(contacts.setBlocked(account, juliet.jid, true));
    QCOMPARE(contacts.blocked(account).value().size(), 2);
    QCOMPARE(contacts.roster(account).value().size(), 2);
    QVERIFY(contacts.setBlocked(account, juliet.jid, false));
    QCOMPARE(contacts.blocked(account).value().size(), 1);

    QVERIFY(contacts.remove(account, anon.jid));
    QCOMPARE(contacts.remove(account, anon.jid).error().code, StorageError::Code::NotFound);
    QCOMPARE(contacts.roster(account).value().size(), 1);
  }
};

QTEST_GUILESS_MAIN(ContactRepositoryTest)
#include "ContactRepositoryTest.moc"
