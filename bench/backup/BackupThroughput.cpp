// bench_backup_throughput PROFILE_DIR [--kdf moderate|interactive]
//
// Backup, verify and restore of a whole profile made by make-profile (bench/storage:
// 1,000,000 messages by default), through app::BackupManager as the app runs it. Prints
// messages/s and MB/s of each step with the Argon2id time shown apart, and the process's
// peak resident memory (VmHWM) after each step, which is the memory bound that matters:
// it must not grow with the history. Timings are wall-clock on a shared machine; run it a
// few times. An end-to-end program, not a Google Benchmark: each step takes seconds.
#include "ProfileGenerator.h"

#include "sotto/app/BackupManager.h"
#include "sotto/app/MessagingController.h"
#include "sotto/crypto/BackupPassphrase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace sotto;

namespace {

long peakRssKib() {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly))
    return -1;
  for (const QByteArray &line : status.readAll().split('\n'))
    if (line.startsWith("VmHWM:"))
      return line.mid(6).trimmed().split(' ').first().toLong();
  return -1;
}

void report(const char *step, const app::BackupSummary &summary, qint64 totalMs) {
  const double seconds = double(totalMs - summary.kdfMs) / 1000.0;
  const double messages = double(summary.count(crypto::BackupRecordType::Message));
  const double megabytes = double(summary.bytes) / 1e6;
  std::printf("%-8s %9.0f messages  %8.1f MB file  KDF %6lld ms  rest %8.1f s  %9.0f messages/s  %6.1f MB/s  "
              "peak RSS %ld MiB\n",
              step, messages, megabytes, static_cast<long long>(summary.kdfMs), seconds, messages / seconds,
              megabytes / seconds, peakRssKib() / 1024);
  std::fflush(stdout);
}

int fail(const char *step, app::BackupFailure failure) {
  std::fprintf(stderr, "%s failed: %s\n", step, qPrintable(app::backupFailureText(failure)));
  return 1;
}

} // namespace

int main(int argc, char **argv) {
  QCoreApplication application(argc, argv);
  const QStringList arguments = application.arguments();
  if (arguments.size() < 2) {
    std::fprintf(stderr, "usage: bench_backup_throughput PROFILE_DIR [--kdf interactive]\n");
    return 2;
  }
  app::ProfileOptions options;
  options.directory = arguments.at(1);
  options.passphrase = bench::kBenchPassphrase;
  options.preferKeychain = false;
  options.fastKdfForTests = true; // the profile's own vault (make-profile uses interactive)
  app::BackupManager::CreateOptions createOptions;
  if (arguments.contains(QStringLiteral("interactive")))
    createOptions.kdf = crypto::BackupKdfParams::interactive();

  QTemporaryDir work(QDir::tempPath() + QStringLiteral("/sotto-bench-backup-XXXXXX"));
  const QString file = work.filePath(QStringLiteral("bench.sottobackup"));
  const crypto::SecureBytes passphrase = crypto::BackupPassphrase::generate();
  std::printf("start: peak RSS %ld MiB\n", peakRssKib() / 1024);
  {
    app::MessagingController source;
    if (!source.openProfile(options)) {
      std::fprintf(stderr, "cannot open %s\n", qPrintable(options.directory));
      return 1;
    }
    std::printf("profile open: peak RSS %ld MiB\n", peakRssKib() / 1024);
    QElapsedTimer timer;
    timer.start();
    auto created = app::BackupManager(source).create(file, passphrase, createOptions);
    if (!created)
      return fail("backup", created.error());
    report("backup", *created, timer.elapsed());
  }
  {
    QElapsedTimer timer;
    timer.start();
    auto verified = app::BackupManager::verify(file, passphrase);
    if (!verified)
      return fail("verify", verified.error());
    report("verify", *verified, timer.elapsed());
  }
  {
    app::ProfileOptions target = options;
    target.directory = work.filePath(QStringLiteral("restored"));
    app::MessagingController restored;
    if (!restored.openProfile(target))
      return 1;
    QElapsedTimer timer;
    timer.start();
    auto done = app::BackupManager(restored).restore(file, passphrase,
                                                     app::BackupManager::RestoreMode::IntoEmptyProfile);
    if (!done)
      return fail("restore", done.error());
    // Restore reads the file twice (verify, then apply) and runs the KDF twice.
    report("restore", *done, timer.elapsed());
  }
  return 0;
}
