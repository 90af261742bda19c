#include "sotto/storage/KeychainJobRunner.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace sotto::storage {

namespace {

// QtKeychain (0.13) runs every job through one process-wide executor, a QObject that lives
// in the thread of the first job ever started and hears each job's end through queued
// connections. Jobs started from a worker that has since exited then never start (that
// thread's loop is gone), and a job that ends on another thread is touched by the executor
// after it was destroyed. So every job runs in this one thread, started on first use and
// kept for the life of the process; callers on any thread only wait for it.
QObject &keychainThreadAnchor() {
  static QObject *const anchor = [] {
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("sotto-keychain"));
    thread->start();
    auto *object = new QObject;
    object->moveToThread(thread);
    return object;
  }();
  return *anchor;
}

} // namespace

bool runKeychainJob(QKeychain::Job &job, int timeoutMs) {
  QObject &anchor = keychainThreadAnchor();
  QThread *const caller = QThread::currentThread();
  job.setAutoDelete(false);
  // The loop and its timer belong to the calling thread: in a QThread with no loop running,
  // the local loop is what delivers the job's end and the timeout.
  QEventLoop loop;
  bool finished = false;
  const auto connection = QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
    finished = true;
    loop.quit();
  });
  QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
  job.moveToThread(anchor.thread());
  job.start();
  loop.exec();

  // Once the keychain thread is done with the job, it goes back to the caller, who owns it.
  QMetaObject::invokeMethod(
      &anchor,
      [&] {
        QObject::disconnect(connection);
        if (!finished) {
          // Timed out: end it as QtKeychain would, so that its executor lets the next job
          // start and forgets this one before the caller destroys it.
          Q_EMIT job.finished(&job);
        }
        job.moveToThread(caller);
      },
      Qt::BlockingQueuedConnection);
  return finished;
}

} // namespace sotto::storage
