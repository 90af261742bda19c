#pragma once

#include "sotto/app/BackupManager.h"
#include "sotto/app/BackupResult.h"
#include "sotto/crypto/SecureBytes.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <tl/expected.hpp>

#include <memory>

class QThread;

namespace sotto::app {

class MessagingController;

// One create, verify or restore of BackupManager on a worker thread, so that neither
// Argon2id nor the record stream ever runs on the thread that owns the controller (the
// UI thread): the worker opens the profile's database over a connection of its own.
// progress() and finished() arrive on the owner's thread; cancel() is honoured between
// pages of records. At most one job per controller runs at a time (the Settings page and
// the scheduler share that rule); start() refuses a second. Destroying a running job
// cancels it and waits for the worker.
class BackupJob : public QObject {
  Q_OBJECT
public:
  enum class Kind { Create, Verify, Restore };
  using Result = tl::expected<BackupSummary, BackupFailure>;

  BackupJob(MessagingController &controller, Kind kind, QString path, crypto::SecureBytes passphrase,
            QObject *parent = nullptr);
  ~BackupJob() override;

  void setKdf(const crypto::BackupKdfParams &kdf) { kdf_ = kdf; }
  void setRestoreMode(BackupManager::RestoreMode mode) { restoreMode_ = mode; }

  // False when another job of this controller runs, or nothing could be prepared (then
  // result() says why and finished() is not emitted).
  bool start();
  void cancel();

  [[nodiscard]] Kind kind() const { return kind_; }
  [[nodiscard]] QString path() const { return path_; }
  [[nodiscard]] bool isRunning() const { return thread_ != nullptr; }
  [[nodiscard]] const Result &result() const { return result_; }
  // The thread the work ran on (tests: it is not the owner's).
  [[nodiscard]] Qt::HANDLE workerThreadId() const;

  // True while any job of this controller runs.
  static bool isBusy(const MessagingController &controller);

Q_SIGNALS:
  void progress(quint64 done, quint64 total);
  void finished();

private:
  struct Shared;
  void onWorkerFinished();

  QPointer<MessagingController> controller_;
  Kind kind_;
  QString path_;
  crypto::SecureBytes passphrase_;
  crypto::BackupKdfParams kdf_ = crypto::BackupKdfParams::moderate();
  BackupManager::RestoreMode restoreMode_ = BackupManager::RestoreMode::IntoEmptyProfile;
  std::shared_ptr<Shared> shared_;
  QThread *thread_ = nullptr;
  const MessagingController *busyKey_ = nullptr; // stays valid as a key if the controller goes
  Result result_ = tl::unexpected(BackupFailure::Cancelled);
};

} // namespace sotto::app
