// storage's one keychain job runner against the real Secret Service (gnome-keyring on the
// private D-Bus that scripts/test starts). The profile is about to be opened on a worker
// thread at start-up, so the runner must work in a plain QThread that runs no event loop
// of its own, and keep working when workers come and go between uses on the main thread:
// QtKeychain queues every job through one executor in the thread that first used it, so a
// job started directly on worker, main, worker (the order below) hung or crashed.
#include "sotto/storage/KeychainJobRunner.h"
#include "TestEnvironment.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

using sotto::storage::kKeychainTimeoutMs;
using sotto::storage::runKeychainJob;

namespace {

// What a worker saw; read by the main thread only after the worker has finished.
struct WorkerOutcome {
  QThread *thread = nullptr;
  int loopLevelBefore = -1;
  bool wroteInTime = false;
  QKeychain::Error writeError = QKeychain::OtherError;
  bool readInTime = false;
  QKeychain::Error readError = QKeychain::OtherError;
  QByteArray readBack;
  bool removedInTime = false;
  QKeychain::Error removeError = QKeychain::OtherError;
};

} // namespace

class KeychainJobRunnerTest : public QObject {
  Q_OBJECT
  // A service of its own so parallel runs and a real Sotto never collide.
  const QString service_ = QStringLiteral("Sotto-test-runner-%1").arg(QCoreApplication::applicationPid());

  // Starts `work` on a fresh QThread and waits for it on the main thread's loop.
  static bool runOnWorker(const std::function<void()> &work) {
    std::unique_ptr<QThread> worker(QThread::create(work));
    QSignalSpy finished(worker.get(), &QThread::finished);
    worker->start();
    // Two keychain round trips take milliseconds; the runner's own timeout is 20 s each.
    return finished.wait(3 * kKeychainTimeoutMs) && worker->wait();
  }

  QByteArray readOnThisThread(const QString &key, QKeychain::Error &error) const {
    QKeychain::ReadPasswordJob job(service_);
    job.setKey(key);
    job.setInsecureFallback(false);
    if (!runKeychainJob(job, kKeychainTimeoutMs))
      return {};
    error = job.error();
    return job.binaryData();
  }

private Q_SLOTS:
  void writesAndReadsOnAWorkerThreadWithoutALoopOfItsOwn() {
    const QString key = QStringLiteral("worker-entry");
    const QByteArray secret = QByteArrayLiteral("\x01\x00secret-from-a-worker\xff");
    WorkerOutcome seen;
    QVERIFY(runOnWorker([&] {
      seen.thread = QThread::currentThread();
      seen.loopLevelBefore = seen.thread->loopLevel();
      QKeychain::WritePasswordJob write(service_);
      write.setKey(key);
      write.setInsecureFallback(false);
      write.setBinaryData(secret);
      seen.wroteInTime = runKeychainJob(write, kKeychainTimeoutMs);
      seen.writeError = write.error();

      QKeychain::ReadPasswordJob read(service_);
      read.setKey(key);
      read.setInsecureFallback(false);
      seen.readInTime = runKeychainJob(read, kKeychainTimeoutMs);
      seen.readError = read.error();
      seen.readBack = read.binaryData();
    }));
    QVERIFY(seen.thread != QThread::currentThread());
    QCOMPARE(seen.loopLevelBefore, 0); // the worker ran no event loop before the runner's
    QVERIFY(seen.wroteInTime);
    QCOMPARE(seen.writeError, QKeychain::NoError);
    QVERIFY(seen.readInTime);
    QCOMPARE(seen.readError, QKeychain::NoError);
    QCOMPARE(seen.readBack, secret);

    // The entry is really in the Secret Service, not only in the worker's jobs.
    QKeychain::Error mainError = QKeychain::OtherError;
    QCOMPARE(readOnThisThread(key, mainError), secret);
    QCOMPARE(mainError, QKeychain::NoError);

    QVERIFY(runOnWorker([&] {
      QKeychain::DeletePasswordJob remove(service_);
      remove.setKey(key);
      remove.setInsecureFallback(false);
      seen.removedInTime = runKeychainJob(remove, kKeychainTimeoutMs);
      seen.removeError = remove.error();
    }));
    QVERIFY(seen.removedInTime);
    QCOMPARE(seen.removeError, QKeychain::NoError);
    mainError = QKeychain::NoError;
    QVERIFY(readOnThisThread(key, mainError).isEmpty());
    QCOMPARE(mainError, QKeychain::EntryNotFound);
  }

  void aMissingEntryFinishesInTimeWithItsError() {
    // "Finished" is not "succeeded": the caller reads the job's error, also on a worker.
    bool inTime = false;
    QKeychain::Error error = QKeychain::NoError;
    QVERIFY(runOnWorker([&] {
      QKeychain::ReadPasswordJob read(service_);
      read.setKey(QStringLiteral("never-written"));
      read.setInsecureFallback(false);
      inTime = runKeychainJob(read, kKeychainTimeoutMs);
      error = read.error();
    }));
    QVERIFY(inTime);
    QCOMPARE(error, QKeychain::EntryNotFound);
  }
};

SOTTO_TEST_MAIN_REQUIRING(KeychainJobRunnerTest, sotto::test::hasSecretService(),
                          "no private Secret Service: run through scripts/test")
#include "KeychainJobRunnerTest.moc"
