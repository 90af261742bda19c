// Passphrase mode with no Secret Service at all: this process points D-Bus at a socket
// that does not exist, so QtKeychain has no backend. The key must then be protected by a
// passphrase (Argon2id) and never reach the disk in plain form.
#include "StorageTestSupport.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/KeyVault.h"
#include "sotto/storage/Profile.h"
#include "sotto/storage/RecoveryCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sodium.h>

using namespace sotto::storage;
using sotto::storage::test::describe;
using sotto::storage::test::directoryContains;
using sotto::storage::test::directoryState;

namespace {
KeyVault::Options testOptions() {
  KeyVault::Options options;
  options.service = QStringLiteral("Sotto-test-nobackend");
  options.limits = KeyVault::KdfLimits::interactive(); // speed; production uses moderate()
  return options;
}

const QString kPassphrase = QStringLiteral("correct horse battery staple");
} // namespace

class KeyVaultPassphraseTest : public QObject {
  Q_OBJECT
  QTemporaryDir root_;
  int next_ = 0;

  Profile freshProfile() {
    auto profile = Profile::open(root_.filePath(QString::number(++next_)));
    if (!profile)
      qFatal("cannot open profile");
    return std::move(*profile);
  }

  static void verifyNoKeyOnDisk(const QString &directory, const sotto::crypto::SecureBytes &key) {
    const QByteArray raw = key.toByteArrayUnsafe();
    QVERIFY(!directoryContains(directory, raw));
    QVERIFY(!directoryContains(directory, raw.toHex()));
    QVERIFY(!directoryContains(directory, raw.toHex().toUpper()));
    QVERIFY(!directoryContains(directory, raw.toBase64()));
    QVERIFY(!directoryContains(directory, kPassphrase.toUtf8()));
  }

private Q_SLOTS:
  void productionLimitsAreAtLeastModerate() {
    const KeyVault::Options defaults;
    QVERIFY(defaults.limits.opsLimit >= crypto_pwhash_OPSLIMIT_MODERATE);
    QVERIFY(defaults.limits.memLimit >= crypto_pwhash_MEMLIMIT_MODERATE);
    QCOMPARE(defaults.service, QStringLiteral("Sotto"));
  }

  void noKeychainBackendIsReportedAndNothingWritten() {
    Profile profile = freshProfile();
    const auto before = directoryState(profile.directory());
    KeyVault vault(profile, testOptions());
    auto created = vault.createWithKeychain();
    QVERIFY(!created);
    QCOMPARE(created.error().code, VaultError::Code::NoKeychainBackend);
    QVERIFY(!vault.exists());
    QCOMPARE(directoryState(profile.directory()), before);
  }

  void passphraseModeWrapsTheKey() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    auto created = vault.createWithPassphrase(kPassphrase);
    QVERIFY2(created, describe(created).constData());
    QCOMPARE(created->protection, KeyVault::Protection::Passphrase);
    QCOMPARE(created->key.size(), std::size_t{32});
    QCOMPARE(vault.protection().value(), KeyVault::Protection::Passphrase);
    QVERIFY(RecoveryCode::normalize(created->recoveryCode).has_value());

    // The stored parameters are the ones asked for.
    QFile file(profile.vaultPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject wrap = stored.value(QStringLiteral("passphraseWrap")).toObject();
    QCOMPARE(wrap.value(QStringLiteral("kdf")).toString(), QStringLiteral("argon2id13"));
    QCOMPARE(wrap.value(QStringLiteral("memlimit")).toString().toULongLong(), testOptions().limits.memLimit);
    QCOMPARE(sotto::storage::test::unixMode(profile.vaultPath()), 0600);

    auto locked = vault.unlock();
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, VaultError::Code::PassphraseRequired);

    auto unlocked = vault.unlockWithPassphrase(kPassphrase);
    QVERIFY2(unlocked, describe(unlocked).constData());
    QCOMPARE(unlocked->method, KeyVault::UnlockMethod::Passphrase);
    QVERIFY(unlocked->key.equals(created->key));

    // The key opens a real database and is nowhere on disk, not even after use.
    auto db = Database::open(profile.databasePath(), unlocked->key, Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TABLE t(x)"));
    db->close();
    verifyNoKeyOnDisk(profile.directory(), created->key);
  }

  void composedAndDecomposedPassphrasesAgree() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    auto created = vault.createWithPassphrase(QStringLiteral("caf\u00e9"));
    QVERIFY(created);
    auto unlocked = vault.unlockWithPassphrase(QStringLiteral("cafe\u0301"));
    QVERIFY2(unlocked, describe(unlocked).constData());
  }

  void wrongPassphraseChangesNothing() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    QVERIFY(vault.createWithPassphrase(kPassphrase));
    const auto before = directoryState(profile.directory());
    auto unlocked = vault.unlockWithPassphrase(QStringLiteral("Correct horse battery staple"));
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().code, VaultError::Code::WrongPassphrase);
    QCOMPARE(directoryState(profile.directory()), before);
  }

  void recoveryCodeUnwrapsTheKey() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    auto created = vault.createWithPassphrase(kPassphrase);
    QVERIFY(created);
    // Typed sloppily: lower case, spaces instead of dashes.
    const QString typed = created->recoveryCode.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    auto recovered = vault.recover(typed);
    QVERIFY2(recovered, describe(recovered).constData());
    QCOMPARE(recovered->method, KeyVault::UnlockMethod::RecoveryCode);
    QVERIFY(recovered->key.equals(created->key));
    QVERIFY(!recovered->keychainRestored); // passphrase mode: nothing to restore
    QVERIFY(!directoryContains(profile.directory(), created->recoveryCode.toUtf8()));
  }

  void recoveredKeyGetsANewPassphrase() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    auto created = vault.createWithPassphrase(kPassphrase);
    QVERIFY(created);
    auto recovered = vault.recover(created->recoveryCode); // the passphrase was forgotten
    QVERIFY(recovered);
    const QString fresh = QStringLiteral("a new passphrase");
    QVERIFY(vault.protectWithPassphrase(recovered->key, fresh));
    QCOMPARE(vault.unlockWithPassphrase(kPassphrase).error().code, VaultError::Code::WrongPassphrase);
    auto unlocked = vault.unlockWithPassphrase(fresh);
    QVERIFY2(unlocked, describe(unlocked).constData());
    QVERIFY(unlocked->key.equals(created->key));
    QVERIFY(vault.recover(created->recoveryCode)); // the recovery code still works
    QVERIFY(!vault.protectWithPassphrase(recovered->key, QString()));
  }

  void wrongRecoveryCodeChangesNothing() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    auto created = vault.createWithPassphrase(kPassphrase);
    QVERIFY(created);
    const auto before = directoryState(profile.directory());
    QString wrong = created->recoveryCode;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto recovered = vault.recover(wrong);
    QVERIFY(!recovered);
    QCOMPARE(recovered.error().code, VaultError::Code::WrongRecoveryCode);
    auto malformed = vault.recover(QStringLiteral("not a code"));
    QVERIFY(!malformed);
    QCOMPARE(malformed.error().code, VaultError::Code::WrongRecoveryCode);
    QCOMPARE(directoryState(profile.directory()), before);
  }

  // A keychain profile copied to (or left on) a machine whose keychain is gone: unlock says
  // so without touching anything; the recovery code still opens it and the profile can
  // move to passphrase mode.
  void keychainProfileWithoutAKeychain() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    auto created = vault.createWithPassphrase(kPassphrase);
    QVERIFY(created);
    {
      // What createWithKeychain() writes on a machine that has a keychain.
      QFile file(profile.vaultPath());
      QVERIFY(file.open(QIODevice::ReadOnly));
      QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
      file.close();
      stored.insert(QStringLiteral("protection"), QStringLiteral("keychain"));
      stored.insert(QStringLiteral("keychainService"), testOptions().service);
      stored.insert(QStringLiteral("keychainAccount"), QStringLiteral("profile-elsewhere"));
      stored.remove(QStringLiteral("passphraseWrap"));
      QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
      file.write(QJsonDocument(stored).toJson());
    }
    QCOMPARE(vault.protection().value(), KeyVault::Protection::Keychain);
    const auto before = directoryState(profile.directory());
    auto unlocked = vault.unlock();
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().code, VaultError::Code::NoKeychainBackend);
    QCOMPARE(directoryState(profile.directory()), before);

    auto recovered = vault.recover(created->recoveryCode);
    QVERIFY2(recovered, describe(recovered).constData());
    QVERIFY(recovered->key.equals(created->key));
    QVERIFY(!recovered->keychainRestored); // there is no keychain to put it back into
    QCOMPARE(directoryState(profile.directory()), before);

    QVERIFY(vault.protectWithPassphrase(recovered->key, QStringLiteral("from now on")));
    QCOMPARE(vault.protection().value(), KeyVault::Protection::Passphrase);
    QVERIFY(vault.unlockWithPassphrase(QStringLiteral("from now on"))->key.equals(created->key));
  }

  void existingProfileIsNeverRekeyed() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    QVERIFY(vault.createWithPassphrase(kPassphrase));
    const auto before = directoryState(profile.directory());
    auto again = vault.createWithPassphrase(QStringLiteral("other"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, VaultError::Code::AlreadyExists);
    QCOMPARE(directoryState(profile.directory()), before);
    QVERIFY(!vault.createWithPassphrase(QString()));
  }

  void damagedVaultFileIsReported() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    QVERIFY(vault.createWithPassphrase(kPassphrase));
    QFile file(profile.vaultPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject good = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    auto rewrite = [&](const QByteArray &content) {
      QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
      file.write(content);
      file.close();
    };

    rewrite("{ not json");
    QCOMPARE(vault.unlockWithPassphrase(kPassphrase).error().code, VaultError::Code::VaultCorrupt);
    QCOMPARE(vault.protection().error().code, VaultError::Code::VaultCorrupt);

    // Limits from disk are data: absurd ones are refused, not run (no 1 TiB allocation).
    QJsonObject greedy = good;
    QJsonObject wrap = greedy.value(QStringLiteral("passphraseWrap")).toObject();
    wrap.insert(QStringLiteral("memlimit"), QStringLiteral("1099511627776"));
    greedy.insert(QStringLiteral("passphraseWrap"), wrap);
    rewrite(QJsonDocument(greedy).toJson());
    QCOMPARE(vault.unlockWithPassphrase(kPassphrase).error().code, VaultError::Code::VaultCorrupt);

    // A flipped ciphertext byte: authentication fails, nothing is returned.
    QJsonObject tampered = good;
    wrap = tampered.value(QStringLiteral("passphraseWrap")).toObject();
    QByteArray ciphertext =
        QByteArray::fromBase64(wrap.value(QStringLiteral("ciphertext")).toString().toLatin1());
    ciphertext[3] = static_cast<char>(ciphertext[3] ^ 1);
    wrap.insert(QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64()));
    tampered.insert(QStringLiteral("passphraseWrap"), wrap);
    rewrite(QJsonDocument(tampered).toJson());
    QCOMPARE(vault.unlockWithPassphrase(kPassphrase).error().code, VaultError::Code::WrongPassphrase);

    rewrite(QJsonDocument(good).toJson());
    QVERIFY(vault.unlockWithPassphrase(kPassphrase));
  }

  void missingVaultIsItsOwnState() {
    Profile profile = freshProfile();
    KeyVault vault(profile, testOptions());
    QCOMPARE(vault.unlock().error().code, VaultError::Code::NoVault);
  }

  void recoveryCodesLookRight() {
    const QString code = RecoveryCode::generate();
    QCOMPARE(code.size(), 24 + 5);
    QCOMPARE(code.count(QLatin1Char('-')), 5);
    QVERIFY(code != RecoveryCode::generate());
    QVERIFY(RecoveryCode::normalize(code).has_value());
    QVERIFY(!RecoveryCode::normalize(code.left(10)).has_value());
    QVERIFY(!RecoveryCode::normalize(code + QStringLiteral("7")).has_value());
    // Look-alikes: O is 0, I and L are 1.
    const auto a = RecoveryCode::normalize(QStringLiteral("O1IL-0000-0000-0000-0000-0000"));
    const auto b = RecoveryCode::normalize(QStringLiteral("0111000000000000000000 00"));
    QVERIFY(a && b && a->equals(*b));
  }
};

int main(int argc, char **argv) {
  // Before anything can reach D-Bus: a bus that does not exist, so no keychain backend.
  qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sotto-test-bus");
  qunsetenv("DISPLAY"); // no X11 autolaunch of a bus either
  QCoreApplication app(argc, argv);
  KeyVaultPassphraseTest test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "KeyVaultPassphraseTest.moc"
