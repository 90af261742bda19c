#include "sotto/app/BackupJob.h"

#include "BackupSource.h"

#include "sotto/app/MessagingController.h"

#include <QSet>
#include <QThread>

#include <atomic>

namespace sotto::app {

namespace {

// Controllers with a job running; touched on the owners' thread only.
QSet<const MessagingController *> &busyControllers() {
  static QSet<const MessagingController *> busy;
  return busy;
}

constexpr quint64 kProgressSteps = 400; // progress signals per job at most: the UI needs no more

} // namespace

// What the worker and the owner share: written by the worker, read by the owner after
// QThread::finished (which orders the two).
struct BackupJob::Shared {
  std::shared_ptr<BackupSource> source;
  std::atomic<bool> cancelled{false};
  Result result = tl::unexpected(BackupFailure::Cancelled);
  Qt::HANDLE workerThread = nullptr;
  quint64 lastStep = 0;
};

BackupJob::BackupJob(MessagingController &controller, Kind kind, QString path, crypto::SecureBytes passphrase,
                     QObject *parent)
    : QObject(parent), controller_(&controller), kind_(kind), path_(std::move(path)),
      passphrase_(std::move(passphrase)) {
}

BackupJob::~BackupJob() {
  if (thread_) {
    shared_->cancelled = true;
    thread_->wait(); // the worker's temporary file is gone once it returns
    delete thread_;
    busyControllers().remove(busyKey_);
  }
}

Qt::HANDLE BackupJob::workerThreadId() const {
  return shared_ ? shared_->workerThread : nullptr;
}

bool BackupJob::isBusy(const MessagingController &controller) {
  return busyControllers().contains(&controller);
}

bool BackupJob::start() {
  if (thread_ || !controller_)
    return false;
  if (isBusy(*controller_)) {
    result_ = tl::unexpected(BackupFailure::Cancelled);
    return false;
  }
  shared_ = std::make_shared<Shared>();
  if (kind_ != Kind::Verify) {
    auto source = BackupManager(*controller_).detach();
    if (!source) {
      result_ = tl::unexpected(source.error());
      return false;
    }
    shared_->source = *source;
  }
  // The worker reports progress through queued calls on this object; the destructor waits
  // for the worker, so `this` outlives every call made from there.
  auto report = [this, shared = shared_](quint64 done, quint64 total) {
    const quint64 step = total > 0 ? done * kProgressSteps / total : 0;
    if (step != shared->lastStep) {
      shared->lastStep = step;
      QMetaObject::invokeMethod(
          this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
    }
    return !shared->cancelled.load();
  };
  thread_ = QThread::create([shared = shared_, kind = kind_, path = path_, passphrase = passphrase_,
                             kdf = kdf_, mode = restoreMode_, report] {
    shared->workerThread = QThread::currentThreadId();
    switch (kind) {
    case Kind::Create: {
      BackupManager::CreateOptions options;
      options.kdf = kdf;
      options.progress = report;
      shared->result = BackupManager::createDetached(*shared->source, path, passphrase, options);
      break;
    }
    case Kind::Verify:
      shared->result = BackupManager::verify(path, passphrase, report);
      break;
    case Kind::Restore:
      shared->result = BackupManager::restoreDetached(*shared->source, path, passphrase, mode, report);
      break;
    }
  });
  thread_->setObjectName(QStringLiteral("sotto-backup"));
  connect(thread_, &QThread::finished, this, &BackupJob::onWorkerFinished);
  busyKey_ = controller_.data();
  busyControllers().insert(busyKey_);
  thread_->start(QThread::LowPriority);
  return true;
}

void BackupJob::cancel() {
  if (shared_)
    shared_->cancelled = true;
}

void BackupJob::onWorkerFinished() {
  if (!thread_)
    return;
  thread_->wait();
  delete thread_;
  thread_ = nullptr;
  busyControllers().remove(busyKey_);
  result_ = shared_->result;
  if (kind_ == Kind::Restore && result_ && controller_)
    result_ = BackupManager(*controller_).completeRestore(*shared_->source, *result_, restoreMode_);
  passphrase_ = crypto::SecureBytes();
  Q_EMIT finished();
}

} // namespace sotto::app
