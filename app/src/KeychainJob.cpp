#include "KeychainJob.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace sotto::app {

namespace {
constexpr int kKeychainTimeoutMs = 20000;
}

bool runKeychainJob(QKeychain::Job &job) {
  QEventLoop loop;
  bool finished = false;
  QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
    finished = true;
    loop.quit();
  });
  QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
  // The callers own their jobs on the stack: no deleteLater behind their back.
  job.setAutoDelete(false);
  job.start();
  if (!finished)
    loop.exec();
  return finished && job.error() == QKeychain::NoError;
}

} // namespace sotto::app
