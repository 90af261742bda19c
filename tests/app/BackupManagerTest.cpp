// BackupManager on real SQLCipher profiles (passphrase mode, no keychain needed): a round
// trip of every kind of record, every way a file can be bad (each with its own sentence,
// nothing written), refusal to overwrite a profile with data, merge that only adds,
// cancel, and no plaintext in or next to the backup file.
#include "BackupTestSupport.h"

#include "sotto/app/BackupManager.h"
#include "sotto/crypto/BackupPassphrase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sotto;
using namespace sotto::app;
using namespace sotto::app::test;
using Type = crypto::BackupRecordType;

namespace {

crypto::SecureBytes secret(const char *text) {
  return crypto::SecureBytes(reinterpret_cast<const unsigned char *>(text), qstrlen(text));
}

// Argon2id at its minimum: the container's cost is measured in the benchmarks.
BackupManager::CreateOptions fastOptions() {
  BackupManager::CreateOptions options;
  options.kdf = crypto::BackupKdfParams{1, 8192};
  return options;
}

QByteArray readFile(const QString &path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Byte offsets of each chunk frame (docs/BACKUP-FORMAT.md §3).
QList<qsizetype> chunkOffsets(const QByteArray &file) {
  QList<qsizetype> offsets;
  qsizetype at = 98;
  while (at + 8 <= file.size()) {
    offsets << at;
    const auto *p = reinterpret_cast<const uchar *>(file.constData() + at + 4);
    const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    at += 8 + length;
  }
  return offsets;
}

} // namespace

class BackupManagerTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir dir_;
  QString sourceDir_;
  QString backupPath_;
  QStringList sourceDump_;
  int sourceDeviceId_ = 0;
  const crypto::SecureBytes passphrase_ = crypto::BackupPassphrase::generate();

  // A fresh, empty profile with its controller.
  std::unique_ptr<MessagingController> emptyProfile(const QString &name) {
    auto controller = std::make_unique<MessagingController>();
    if (!controller->openProfile(localProfile(dir_.filePath(name), QStringLiteral("other pass"))))
      return nullptr;
    return controller;
  }

  void expectRestoreRefused(const QString &file, BackupFailure expected, const QString &profileName) {
    auto target = emptyProfile(profileName);
    QVERIFY(target);
    const QStringList before = dumpProfile(*target->database());
    BackupManager manager(*target);
    auto restored = manager.restore(file, passphrase_, BackupManager::RestoreMode::IntoEmptyProfile);
    QVERIFY(!restored);
    QCOMPARE(restored.error(), expected);
    QCOMPARE(dumpProfile(*target->database()), before);
    QVERIFY(!target->hasAccount());
    auto verified = BackupManager::verify(file, passphrase_);
    QVERIFY(!verified);
    QCOMPARE(verified.error(), expected);
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    sourceDir_ = dir_.filePath(QStringLiteral("source"));
    MessagingController source;
    QVERIFY(source.openProfile(localProfile(sourceDir_)));
    // ~600 messages of ~300 bytes: the backup spans several 64 KiB chunks.
    QVERIFY(populateProfile(source, localProfile(sourceDir_), QStringLiteral("alice@example.org"), 600));
    sourceDeviceId_ = source.ownDeviceId();
    sourceDump_ = dumpProfile(*source.database());
    QVERIFY(sourceDump_.size() > 600);
    QVERIFY(countRows(*source.database(), "omemo_prekeys") > 0);
    QVERIFY(countRows(*source.database(), "omemo_signed_prekeys") > 0);

    QDir().mkpath(dir_.filePath(QStringLiteral("out")));
    backupPath_ = dir_.filePath(QStringLiteral("out/alice.sottobackup"));
    BackupManager manager(source);
    auto created = manager.create(backupPath_, passphrase_, fastOptions());
    QVERIFY2(created, qPrintable(backupFailureText(created.error())));
    QCOMPARE(created->count(Type::Account), 1u);
    QCOMPARE(created->count(Type::IdentityKey), 1u);
    QCOMPARE(created->count(Type::Message), 612u);
    QCOMPARE(created->count(Type::Session), 2u);
    QCOMPARE(created->count(Type::TrustDecision), 2u);
    QCOMPARE(created->count(Type::DeviceList), 2u);
    QCOMPARE(created->count(Type::Contact), 2u);
    QCOMPARE(created->count(Type::Conversation), 2u);
    QCOMPARE(created->count(Type::Setting), 3u); // the password setting travels in the account record
    QVERIFY(chunkOffsets(readFile(backupPath_)).size() >= 3);
  }

  void roundTripRestoresEveryRecord() {
    auto target = emptyProfile(QStringLiteral("restored"));
    QVERIFY(target);
    BackupManager manager(*target);
    QVERIFY(!manager.profileHasData());
    auto restored = manager.restore(backupPath_, passphrase_, BackupManager::RestoreMode::IntoEmptyProfile);
    QVERIFY2(restored, qPrintable(backupFailureText(restored.error())));
    QCOMPARE(restored->count(Type::Message), 612u);
    QVERIFY(restored->passwordRestored);
    QCOMPARE(restored->skippedExisting, 0u);
    // The controller re-opened the profile: the account and its OMEMO device are live.
    QVERIFY(target->hasAccount());
    QCOMPARE(target->accountJid(), QStringLiteral("alice@example.org"));
    QCOMPARE(target->ownDeviceId(), sourceDeviceId_);
    const QStringList restoredDump = dumpProfile(*target->database());
    QCOMPARE(restoredDump.size(), sourceDump_.size());
    for (int i = 0; i < sourceDump_.size(); ++i)
      QCOMPARE(restoredDump.at(i), sourceDump_.at(i));
    QVERIFY(manager.profileHasData());
  }

  void verifyReportsCountsAndWritesNothing() {
    const QStringList before = QDir(dir_.filePath(QStringLiteral("out"))).entryList(QDir::Files);
    quint64 lastDone = 0;
    auto verified = BackupManager::verify(backupPath_, passphrase_, [&](quint64 done, quint64 total) {
      lastDone = done;
      return done <= total;
    });
    QVERIFY(verified);
    QCOMPARE(verified->count(Type::Message), 612u);
    QCOMPARE(verified->count(Type::Setting), 3u);
    QCOMPARE(lastDone, quint64(QFileInfo(backupPath_).size()));
    QCOMPARE(QDir(dir_.filePath(QStringLiteral("out"))).entryList(QDir::Files), before);
  }

  void noPlaintextInTheBackupOrItsFolder() {
    QDirIterator files(dir_.filePath(QStringLiteral("out")), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
      const QByteArray bytes = readFile(files.next());
      ++seen;
      QVERIFY(!bytes.contains(kPlaintextMarker.toUtf8()));
      QVERIFY(!bytes.contains(
          QByteArray(reinterpret_cast<const char *>(kPlaintextMarker.utf16()), kPlaintextMarker.size() * 2)));
      QVERIFY(!bytes.contains("secret-pw"));
      QVERIFY(!bytes.contains("alice@example.org"));
    }
    QCOMPARE(seen, 1); // the backup itself, no temporary file left behind
  }

  void wrongPassphrase() {
    auto target = emptyProfile(QStringLiteral("wrong-pass"));
    QVERIFY(target);
    BackupManager manager(*target);
    auto restored = manager.restore(backupPath_, secret("00000 00000 00000 00000 00000 00000"),
                                    BackupManager::RestoreMode::IntoEmptyProfile);
    QVERIFY(!restored);
    QCOMPARE(restored.error(), BackupFailure::WrongPassphrase);
    QVERIFY(!target->hasAccount());
    QCOMPARE(countRows(*target->database(), "accounts"), 0);
  }

  void truncatedFile() {
    const QString path = dir_.filePath(QStringLiteral("truncated.sottobackup"));
    const QByteArray file = readFile(backupPath_);
    QVERIFY(writeFile(path, file.left(file.size() - 100)));
    expectRestoreRefused(path, BackupFailure::Truncated, QStringLiteral("truncated"));
    // Cut exactly after a complete chunk: still truncated (no final chunk).
    QVERIFY(writeFile(path, file.left(chunkOffsets(file).at(2))));
    expectRestoreRefused(path, BackupFailure::Truncated, QStringLiteral("truncated-at-chunk"));
  }

  void flippedByte() {
    const QString path = dir_.filePath(QStringLiteral("flipped.sottobackup"));
    QByteArray file = readFile(backupPath_);
    // In the last chunk: the damage is found only after earlier chunks decrypted fine,
    // when records were already handed out.
    file[file.size() - 40] = char(file[file.size() - 40] ^ 0x01);
    QVERIFY(writeFile(path, file));
    expectRestoreRefused(path, BackupFailure::Corrupted, QStringLiteral("flipped"));
  }

  void reorderedAndDroppedChunks() {
    const QByteArray file = readFile(backupPath_);
    const auto offsets = chunkOffsets(file);
    QVERIFY(offsets.size() >= 3);
    const QByteArray chunk0 = file.mid(offsets[0], offsets[1] - offsets[0]);
    const QByteArray chunk1 = file.mid(offsets[1], offsets[2] - offsets[1]);
    const QString swapped = dir_.filePath(QStringLiteral("swapped.sottobackup"));
    QVERIFY(writeFile(swapped, file.left(offsets[0]) + chunk1 + chunk0 + file.mid(offsets[2])));
    expectRestoreRefused(swapped, BackupFailure::ReorderedOrDropped, QStringLiteral("swapped"));
    const QString dropped = dir_.filePath(QStringLiteral("dropped.sottobackup"));
    QVERIFY(writeFile(dropped, file.left(offsets[1]) + file.mid(offsets[2])));
    expectRestoreRefused(dropped, BackupFailure::ReorderedOrDropped, QStringLiteral("dropped"));
  }

  void newerFormatVersion() {
    const QString path = dir_.filePath(QStringLiteral("v2.sottobackup"));
    QByteArray file = readFile(backupPath_);
    file[8] = 0;
    file[9] = 2;
    QVERIFY(writeFile(path, file));
    expectRestoreRefused(path, BackupFailure::NewerFormatVersion, QStringLiteral("v2"));
  }

  void notABackup() {
    const QString path = dir_.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(path, QByteArray("Shopping list: milk, bread, a backup of my messages\n")));
    expectRestoreRefused(path, BackupFailure::NotABackup, QStringLiteral("not-a-backup"));
    expectRestoreRefused(dir_.filePath(QStringLiteral("missing.sottobackup")), BackupFailure::ReadFailed,
                         QStringLiteral("missing"));
  }

  void everyFailureHasItsOwnSentence() {
    const QList<BackupFailure> failures{
        BackupFailure::WrongPassphrase, BackupFailure::NotABackup,      BackupFailure::NewerFormatVersion,
        BackupFailure::Truncated,       BackupFailure::Corrupted,       BackupFailure::ReorderedOrDropped,
        BackupFailure::ProfileNotEmpty, BackupFailure::AccountMismatch, BackupFailure::Cancelled,
        BackupFailure::ReadFailed,      BackupFailure::NothingToBackUp, BackupFailure::TargetNotWritable};
    QSet<QString> sentences;
    for (BackupFailure failure : failures) {
      const QString text = backupFailureText(failure);
      QVERIFY(!text.isEmpty());
      sentences.insert(text);
    }
    QCOMPARE(sentences.size(), failures.size());
  }

  void nonEmptyProfileIsRefusedThenMergeOnlyAdds() {
    auto target = emptyProfile(QStringLiteral("merge"));
    QVERIFY(target);
    BackupManager manager(*target);
    QVERIFY(manager.restore(backupPath_, passphrase_, BackupManager::RestoreMode::IntoEmptyProfile));
    // Something the backup does not have: a newer message and a changed pin.
    storage::ConversationRepository conversations(*target->database());
    auto withBob = conversations.findByPeer(target->accountId(), QStringLiteral("bob@example.org"));
    QVERIFY(withBob && withBob->has_value());
    storage::MessageRepository messages(*target->database());
    storage::Message newer;
    newer.conversationId = (*withBob)->id;
    newer.originId = QStringLiteral("after-the-backup");
    newer.senderJid = QStringLiteral("bob@example.org");
    newer.body = QStringLiteral("written after the backup");
    newer.timestamp = 1800000000000;
    newer.receivedAt = newer.timestamp;
    QVERIFY(messages.insert(newer));
    QVERIFY(conversations.setPinned((*withBob)->id, false));
    const QStringList before = dumpProfile(*target->database());

    auto refused = manager.restore(backupPath_, passphrase_, BackupManager::RestoreMode::IntoEmptyProfile);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), BackupFailure::ProfileNotEmpty);
    QCOMPARE(dumpProfile(*target->database()), before);

    auto merged = manager.restore(backupPath_, passphrase_, BackupManager::RestoreMode::MergeIntoExisting);
    QVERIFY2(merged, qPrintable(backupFailureText(merged.error())));
    QVERIFY(merged->skippedExisting > 600);
    QCOMPARE(dumpProfile(*target->database()), before); // nothing removed, changed or duplicated
  }

  void mergeIntoAnotherAccountIsRefused() {
    auto target = emptyProfile(QStringLiteral("other-account"));
    QVERIFY(target);
    QVERIFY(populateProfile(
        *target, localProfile(dir_.filePath(QStringLiteral("other-account")), QStringLiteral("other pass")),
        QStringLiteral("zoe@example.org")));
    const QStringList before = dumpProfile(*target->database());
    BackupManager manager(*target);
    auto merged = manager.restore(backupPath_, passphrase_, BackupManager::RestoreMode::MergeIntoExisting);
    QVERIFY(!merged);
    QCOMPARE(merged.error(), BackupFailure::AccountMismatch);
    QCOMPARE(dumpProfile(*target->database()), before);
  }

  void cancelLeavesNothing() {
    MessagingController source;
    QVERIFY(source.openProfile(localProfile(sourceDir_)));
    BackupManager manager(source);
    const QString path = dir_.filePath(QStringLiteral("cancel/alice.sottobackup"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto options = fastOptions();
    options.progress = [](quint64 done, quint64) { return done < 512; };
    auto created = manager.create(path, passphrase_, options);
    QVERIFY(!created);
    QCOMPARE(created.error(), BackupFailure::Cancelled);
    QVERIFY(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    auto target = emptyProfile(QStringLiteral("cancelled-restore"));
    QVERIFY(target);
    BackupManager restorer(*target);
    auto restored = restorer.restore(backupPath_, passphrase_, BackupManager::RestoreMode::IntoEmptyProfile,
                                     [&](quint64 done, quint64 total) { return done < total / 2 + 1000; });
    QVERIFY(!restored);
    QCOMPARE(restored.error(), BackupFailure::Cancelled);
    QCOMPARE(countRows(*target->database(), "messages"), 0);
  }

  void createRefusesWeakPassphraseAndBadTargets() {
    MessagingController source;
    QVERIFY(source.openProfile(localProfile(sourceDir_)));
    BackupManager manager(source);
    auto weak =
        manager.create(dir_.filePath(QStringLiteral("weak.sottobackup")), secret("short"), fastOptions());
    QVERIFY(!weak);
    QCOMPARE(weak.error(), BackupFailure::PassphraseTooWeak);
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("weak.sottobackup"))));
    auto nowhere = manager.create(dir_.filePath(QStringLiteral("no/such/folder/b.sottobackup")), passphrase_,
                                  fastOptions());
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.error(), BackupFailure::TargetNotWritable);

    auto empty = emptyProfile(QStringLiteral("nothing"));
    QVERIFY(empty);
    BackupManager emptyManager(*empty);
    auto nothing =
        emptyManager.create(dir_.filePath(QStringLiteral("nothing.sottobackup")), passphrase_, fastOptions());
    QVERIFY(!nothing);
    QCOMPARE(nothing.error(), BackupFailure::NothingToBackUp);
  }
};

QTEST_GUILESS_MAIN(BackupManagerTest)
#include "BackupManagerTest.moc"
