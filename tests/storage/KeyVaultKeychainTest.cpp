// The key vault against the real Secret Service (gnome-keyring on the private D-Bus that
// scripts/test starts): the key goes to the keychain, not to disk; a lost entry is a
// distinct state that never touches the database; the recovery code brings it back; a
// locked keyring is "access denied", not "missing".
#include "LockableCollection.h"
#include "StorageTestSupport.h"
#include "TestEnvironment.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/KeyVault.h"
#include "sotto/storage/Profile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;
using sotto::storage::test::describe;
using sotto::storage::test::directoryContains;
using sotto::storage::test::directoryState;

class KeyVaultKeychainTest : public QObject {
  Q_OBJECT
  QTemporaryDir root_;
  int next_ = 0;
  QList<QString> profiles_;

  KeyVault::Options options() const {
    KeyVault::Options options;
    // A service of its own so parallel runs and a real Sotto never collide.
    options.service = QStringLiteral("Sotto-test-%1").arg(QCoreApplication::applicationPid());
    options.limits = KeyVault::KdfLimits::interactive();
    return options;
  }

  Profile freshProfile() {
    const QString directory = root_.filePath(QString::number(++next_));
    profiles_ << directory;
    auto profile = Profile::open(directory);
    if (!profile)
      qFatal("cannot open profile");
    return std::move(*profile);
  }

  // A profile with a keychain key and a database holding one row.
  static void createWithDatabase(const Profile &profile, KeyVault &vault, KeyVault::Created &created) {
    auto made = vault.createWithKeychain();
    QVERIFY2(made, describe(made).constData());
    created = std::move(*made);
    auto db = Database::open(profile.databasePath(), created.key, Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TABLE t(x); INSERT INTO t VALUES (42)"));
    QVERIFY(db->checkpoint());
  }

private Q_SLOTS:
  void keychainHoldsTheKeyAndTheDiskDoesNot() {
    Profile profile = freshProfile();
    KeyVault vault(profile, options());
    KeyVault::Created created;
    createWithDatabase(profile, vault, created);
    QCOMPARE(created.protection, KeyVault::Protection::Keychain);
    QCOMPARE(vault.protection().value(), KeyVault::Protection::Keychain);
    QVERIFY(vault.keychainAccount().startsWith(QStringLiteral("profile-")));

    auto unlocked = vault.unlock();
    QVERIFY2(unlocked, describe(unlocked).constData());
    QCOMPARE(unlocked->method, KeyVault::UnlockMethod::Keychain);
    QVERIFY(unlocked->key.equals(created.key));
    auto db = Database::open(profile.databasePath(), unlocked->key);
    QVERIFY(db);
    QCOMPARE(db->queryInt("SELECT x FROM t").value(), 42);
    db->close();

    const QByteArray raw = created.key.toByteArrayUnsafe();
    QVERIFY(!directoryContains(profile.directory(), raw));
    QVERIFY(!directoryContains(profile.directory(), raw.toHex()));
    QVERIFY(!directoryContains(profile.directory(), raw.toHex().toUpper()));
    QVERIFY(!directoryContains(profile.directory(), raw.toBase64()));
    QVERIFY(!directoryContains(profile.directory(), created.recoveryCode.toUtf8()));
    QVERIFY(vault.removeKeychainEntry());
  }

  void missingEntryIsADistinctStateAndRecoveryRestoresIt() {
    Profile profile = freshProfile();
    KeyVault vault(profile, options());
    KeyVault::Created created;
    createWithDatabase(profile, vault, created);
    QVERIFY(vault.removeKeychainEntry()); // the keyring was reset / the machine rebuilt

    const auto before = directoryState(profile.directory());
    auto unlocked = vault.unlock();
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().code, VaultError::Code::KeyMissingFromKeychain);
    QVERIFY(unlocked.error().message.contains(QStringLiteral("recovery code")));
    QCOMPARE(directoryState(profile.directory()), before); // database untouched

    auto wrong = vault.recover(QStringLiteral("0000-0000-0000-0000-0000-0000"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, VaultError::Code::WrongRecoveryCode);
    QCOMPARE(directoryState(profile.directory()), before);

    auto recovered = vault.recover(created.recoveryCode);
    QVERIFY2(recovered, describe(recovered).constData());
    QVERIFY(recovered->keychainRestored);
    QVERIFY(recovered->key.equals(created.key));
    QCOMPARE(directoryState(profile.directory()), before);

    auto again = vault.unlock();
    QVERIFY2(again, describe(again).constData());
    QVERIFY(again->key.equals(created.key));
    auto db = Database::open(profile.databasePath(), again->key);
    QVERIFY(db);
    QCOMPARE(db->queryInt("SELECT x FROM t").value(), 42);
    db->close();
    QVERIFY(vault.removeKeychainEntry());
  }

  void lockedKeychainIsAccessDeniedNotAMissingEntry() {
    Profile profile = freshProfile();
    KeyVault vault(profile, options());
    KeyVault::Created created;
    createWithDatabase(profile, vault, created);
    LockableCollection collection;
    QVERIFY2(collection.isValid(), qPrintable(collection.error()));
    QVERIFY2(collection.adoptItemWithAttributeValue(vault.keychainAccount()), qPrintable(collection.error()));
    auto readable = vault.unlock(); // the entry now lives in the (still unlocked) test collection
    QVERIFY2(readable, describe(readable).constData());
    QVERIFY(readable->key.equals(created.key));
    QVERIFY2(collection.lock(), qPrintable(collection.error()));

    const auto before = directoryState(profile.directory());
    auto denied = vault.unlock();
    QVERIFY(!denied);
    // QtKeychain itself reports "not found" here; the vault must not tell the user the key is gone.
    QCOMPARE(denied.error().code, VaultError::Code::KeychainAccessDenied);
    QVERIFY(denied.error().message.contains(QStringLiteral("unlock")));
    QVERIFY(!denied.error().message.contains(QStringLiteral("no longer")));
    QCOMPARE(directoryState(profile.directory()), before); // database and vault untouched

    QVERIFY2(collection.unlock(), qPrintable(collection.error()));
    auto again = vault.unlock();
    QVERIFY2(again, describe(again).constData());
    QVERIFY(again->key.equals(created.key));
    QVERIFY(vault.removeKeychainEntry());
  }

  void profilesHaveTheirOwnEntries() {
    Profile first = freshProfile();
    Profile second = freshProfile();
    KeyVault a(first, options());
    KeyVault b(second, options());
    auto createdA = a.createWithKeychain();
    auto createdB = b.createWithKeychain();
    QVERIFY(createdA && createdB);
    QVERIFY(a.keychainAccount() != b.keychainAccount());
    QVERIFY(!createdA->key.equals(createdB->key));
    QVERIFY(a.unlock()->key.equals(createdA->key));
    QVERIFY(b.unlock()->key.equals(createdB->key));
    QVERIFY(a.removeKeychainEntry());
    QVERIFY(b.removeKeychainEntry());
  }
};

SOTTO_TEST_MAIN_REQUIRING(KeyVaultKeychainTest, sotto::test::hasSecretService(),
                          "no private Secret Service: run through scripts/test")
#include "KeyVaultKeychainTest.moc"
