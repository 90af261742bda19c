// A backup of a 1,000,000-message profile stays within a fixed memory bound: the peak
// resident memory while backing up and verifying may not grow with the history. Label
// `scale`, skipped unless SOTTO_SCALE_TESTS=1 (generating a million messages under ASan
// takes many minutes, too slow for every CI run):
//   SOTTO_SCALE_TESTS=1 ctest --test-dir build/dev -L scale --output-on-failure
// SOTTO_BACKUP_SCALE_MESSAGES=N changes the size (default 1,000,000).
#include "BackupTestSupport.h"

#include "TestEnvironment.h"
#include "sotto/app/BackupManager.h"
#include "sotto/crypto/BackupPassphrase.h"
#include "sotto/storage/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sotto;
using namespace sotto::app;
using namespace sotto::app::test;

namespace {

long statusKib(const char *field) {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly))
    return -1;
  for (const QByteArray &line : status.readAll().split('\n'))
    if (line.startsWith(field))
      return line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
  return -1;
}

// Linux: "5" resets VmHWM to the current RSS, so the next peak is this step's own.
bool resetPeak() {
  QFile clear(QStringLiteral("/proc/self/clear_refs"));
  return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class BackupScaleTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

private Q_SLOTS:
  void backupMemoryDoesNotGrowWithHistory() {
    const int total = qEnvironmentVariableIntValue("SOTTO_BACKUP_SCALE_MESSAGES") > 0
                          ? qEnvironmentVariableIntValue("SOTTO_BACKUP_SCALE_MESSAGES")
                          : 1'000'000;
    MessagingController source;
    const ProfileOptions options = localProfile(dir_.filePath(QStringLiteral("big")));
    QVERIFY(source.openProfile(options));
    QVERIFY(populateProfile(source, options, QStringLiteral("alice@example.org")));
    storage::Database &db = *source.database();
    storage::ConversationRepository conversations(db);
    storage::MessageRepository messages(db);
    QList<std::int64_t> peers;
    for (int i = 0; i < 100; ++i)
      peers << conversations.obtain(source.accountId(), QStringLiteral("peer%1@example.org").arg(i)).value();
    constexpr int kBatch = 5000;
    for (int done = 0; done < total; done += kBatch) {
      QList<storage::Message> batch;
      for (int n = done; n < std::min(total, done + kBatch); ++n) {
        storage::Message m;
        m.conversationId = peers.at(n % peers.size());
        m.stanzaId = QStringLiteral("s%1").arg(n);
        m.senderJid = QStringLiteral("peer%1@example.org").arg(n % peers.size());
        m.body = QStringLiteral("message number %1 with some ordinary words in it").arg(n);
        m.timestamp = 1700000000000 + n;
        m.receivedAt = m.timestamp;
        m.encrypted = true;
        batch << m;
      }
      auto transaction = storage::Transaction::begin(db);
      QVERIFY(transaction && messages.insertMany(batch) && transaction->commit());
    }
    QCOMPARE(countRows(db, "messages"), total + 12);

    const QString file = dir_.filePath(QStringLiteral("big.sottobackup"));
    const auto passphrase = crypto::BackupPassphrase::generate();
    BackupManager::CreateOptions createOptions;
    createOptions.kdf = crypto::BackupKdfParams{1, 8192}; // the KDF's own 256 MiB is not the point here
    const long before = statusKib("VmRSS:");
    QVERIFY(resetPeak());
    auto created = BackupManager(source).create(file, passphrase, createOptions);
    QVERIFY2(created, qPrintable(backupFailureText(created.error())));
    QCOMPARE(created->count(crypto::BackupRecordType::Message), quint64(total + 12));
    auto verified = BackupManager::verify(file, passphrase);
    QVERIFY(verified);
    const long peak = statusKib("VmHWM:");
    qInfo("%d messages, %lld MB backup: RSS before %ld MiB, peak during backup + verify %ld MiB", total,
          static_cast<long long>(created->bytes / 1000000), before / 1024, peak / 1024);
    // One row, one record, two 64 KiB chunks and SQLite's bounded page cache: a few MiB.
    // 64 MiB leaves room for ASan's shadow memory and allocator caches, and is far below
    // what holding even the message bodies of a million messages would take.
    QVERIFY2(peak - before < 64 * 1024,
             qPrintable(QStringLiteral("grew by %1 MiB").arg((peak - before) / 1024)));
  }
};

SOTTO_TEST_MAIN_REQUIRING(BackupScaleTest, qEnvironmentVariableIntValue("SOTTO_SCALE_TESTS") == 1,
                          "scale test: set SOTTO_SCALE_TESTS=1 (ctest -L scale)")
#include "BackupScaleTest.moc"
