#include "BackupController.h"

#include "sotto/app/BackupJob.h"
#include "sotto/app/BackupManager.h"
#include "sotto/app/BackupScheduler.h"
#include "sotto/app/MessagingController.h"
#include "sotto/crypto/BackupPassphrase.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QUrl>

namespace sotto::ui {

namespace {

const QString kLastResult = QStringLiteral("backup.lastResult");
const QString kLastTime = QStringLiteral("backup.lastTime");
const QString kLastPath = QStringLiteral("backup.lastPath");
const QString kLastOk = QStringLiteral("backup.lastOk");

crypto::SecureBytes secretFrom(const QString &text) {
  QByteArray utf8 = text.toUtf8();
  return crypto::SecureBytes::fromByteArray(utf8); // wipes the copy
}

QString localPath(const QString &path) {
  return path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
}

} // namespace

BackupController::BackupController(QObject *parent)
    : QObject(parent), folder_(app::BackupScheduler::defaultFolder()) {
}

BackupController::~BackupController() {
  delete job_; // cancels and waits for the worker
}

app::BackupScheduler *BackupController::scheduler() const {
  return controller_ ? app::BackupScheduler::of(*controller_) : nullptr;
}

void BackupController::setController(app::MessagingController *controller) {
  if (controller_ == controller)
    return;
  for (auto &connection : schedulerConnection_)
    disconnect(connection);
  controller_ = controller;
  if (app::BackupScheduler *automatic = scheduler()) {
    schedulerConnection_[0] =
        connect(automatic, &app::BackupScheduler::settingsChanged, this, &BackupController::automaticChanged);
    schedulerConnection_[1] =
        connect(automatic, &app::BackupScheduler::runningChanged, this, &BackupController::automaticChanged);
    schedulerConnection_[2] = connect(automatic, &app::BackupScheduler::finished, this, [this] {
      loadLast(); // the folder may have been set up by enableAutomatic
      Q_EMIT automaticChanged();
    });
  }
  loadLast();
  Q_EMIT controllerChanged();
  Q_EMIT automaticChanged();
}

void BackupController::setFolder(const QString &folder) {
  const QString local = localPath(folder);
  if (local == folder_ || local.isEmpty())
    return;
  folder_ = local;
  if (app::BackupScheduler *automatic = scheduler(); automatic && controller_->isProfileOpen())
    automatic->setFolder(folder_); // one folder for "Back up now" and automatic backups
  Q_EMIT folderChanged();
}

void BackupController::loadLast() {
  if (!controller_ || !controller_->isProfileOpen())
    return;
  const QString folder = scheduler()->folder();
  if (folder != folder_) {
    folder_ = folder;
    Q_EMIT folderChanged();
  }
  lastResult_ = controller_->profileSetting(kLastResult);
  lastTime_ = controller_->profileSetting(kLastTime);
  lastPath_ = controller_->profileSetting(kLastPath);
  lastOk_ = controller_->profileSetting(kLastOk) == u"1";
  Q_EMIT lastResultChanged();
}

int BackupController::automaticFrequency() const {
  return controller_ && controller_->isProfileOpen() ? int(scheduler()->frequency()) : 0;
}

int BackupController::keep() const {
  return controller_ && controller_->isProfileOpen() ? scheduler()->keep()
                                                     : app::BackupScheduler::kDefaultKeep;
}

void BackupController::setKeep(int keep) {
  if (controller_ && controller_->isProfileOpen())
    scheduler()->setKeep(keep);
}

bool BackupController::automaticRunning() const {
  return controller_ && scheduler()->isRunning();
}

QString BackupController::automaticLastTime() const {
  if (!controller_ || !controller_->isProfileOpen())
    return {};
  const auto last = scheduler()->lastRun();
  return last ? QLocale().toString(last->toLocalTime(), QLocale::ShortFormat) : QString();
}

QString BackupController::automaticLastResult() const {
  return controller_ && controller_->isProfileOpen() ? scheduler()->lastResultText() : QString();
}

bool BackupController::automaticLastOk() const {
  return controller_ && controller_->isProfileOpen() && scheduler()->lastOk();
}

void BackupController::setFastKdfForTests(bool fast) {
  fastKdf_ = fast;
  if (app::BackupScheduler *automatic = scheduler())
    automatic->setKdf(fast ? crypto::BackupKdfParams{1, 8192} : crypto::BackupKdfParams::moderate());
}

QString BackupController::generatePassphrase() const {
  const crypto::SecureBytes generated = crypto::BackupPassphrase::generate();
  return QString::fromLatin1(reinterpret_cast<const char *>(generated.data()), qsizetype(generated.size()));
}

bool BackupController::isAcceptable(const QString &passphrase) const {
  return crypto::BackupPassphrase::isStrongEnough(
      crypto::BackupPassphrase::normalise(secretFrom(passphrase)));
}

bool BackupController::matches(const QString &first, const QString &second) const {
  const auto a = crypto::BackupPassphrase::normalise(secretFrom(first));
  const auto b = crypto::BackupPassphrase::normalise(secretFrom(second));
  return !a.isEmpty() && a.equals(b);
}

void BackupController::backUpNow(const QString &passphrase) {
  QDir().mkpath(folder_);
  const QString name = QStringLiteral("sotto-backup-%1.sottobackup")
                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
  start(Operation::Create, QDir(folder_).filePath(name), passphrase);
}

void BackupController::verify(const QString &path, const QString &passphrase) {
  start(Operation::Verify, localPath(path), passphrase);
}

void BackupController::restore(const QString &path, const QString &passphrase) {
  start(Operation::Restore, localPath(path), passphrase);
}

void BackupController::restoreInto(const QString &path, const QString &passphrase) {
  start(Operation::Merge, localPath(path), passphrase);
}

void BackupController::cancel() {
  if (job_)
    job_->cancel();
}

bool BackupController::enableAutomatic(int frequency, int keep, const QString &passphrase) {
  if (!controller_ || !controller_->isProfileOpen() || frequency <= 0 || frequency > 2) {
    Q_EMIT finished(false, app::backupFailureText(app::BackupFailure::NoProfile));
    return false;
  }
  if (app::BackupScheduler *automatic = scheduler(); automatic->folder() != folder_)
    automatic->setFolder(folder_);
  auto enabled =
      scheduler()->enable(app::BackupScheduler::Frequency(frequency), keep, secretFrom(passphrase));
  if (!enabled) {
    Q_EMIT finished(false, app::backupFailureText(enabled.error()));
    return false;
  }
  Q_EMIT automaticChanged();
  Q_EMIT finished(
      true, tr("Automatic backups are on. Sotto keeps their passphrase on this computer (in the keychain, or "
               "encrypted in the profile) so that they run without asking."));
  return true;
}

bool BackupController::changeAutomaticFrequency(int frequency) {
  if (!controller_ || frequency < 0 || frequency > 2)
    return false;
  const bool changed = scheduler()->changeFrequency(app::BackupScheduler::Frequency(frequency));
  Q_EMIT automaticChanged();
  return changed;
}

void BackupController::start(Operation operation, const QString &path, const QString &passphrase) {
  if (job_)
    return;
  if (!controller_ || !controller_->isProfileOpen()) {
    Q_EMIT finished(false, app::backupFailureText(app::BackupFailure::NoProfile));
    return;
  }
  using Kind = app::BackupJob::Kind;
  const Kind kind = operation == Operation::Create   ? Kind::Create
                    : operation == Operation::Verify ? Kind::Verify
                                                     : Kind::Restore;
  auto *job = new app::BackupJob(*controller_, kind, path, secretFrom(passphrase), this);
  if (fastKdf_)
    job->setKdf(crypto::BackupKdfParams{1, 8192});
  if (operation == Operation::Merge)
    job->setRestoreMode(app::BackupManager::RestoreMode::MergeIntoExisting);
  connect(job, &app::BackupJob::progress, this, [this](quint64 done, quint64 total) {
    progress_ = total > 0 ? double(done) / double(total) : 0;
    Q_EMIT progressChanged();
  });
  connect(job, &app::BackupJob::finished, this, &BackupController::onJobFinished);
  if (!job->start()) {
    // Another backup (an automatic one) runs, or the profile could not be reached.
    const app::BackupFailure failure = job->result().error();
    delete job;
    Q_EMIT finished(false, failure == app::BackupFailure::Cancelled
                               ? tr("Another backup is running. Try again when it has finished.")
                               : app::backupFailureText(failure));
    return;
  }
  job_ = job;
  operation_ = operation;
  progress_ = 0;
  Q_EMIT runningChanged();
  Q_EMIT progressChanged();
}

void BackupController::onJobFinished() {
  app::BackupJob *job = job_;
  job_ = nullptr;
  job->deleteLater();
  lastWorkerThread_ = job->workerThreadId();
  const app::BackupJob::Result &result = job->result();
  if (!result) {
    finish(operation_, false, app::backupFailureText(result.error()), job->path());
    return;
  }
  using Type = crypto::BackupRecordType;
  const QString count = QLocale().toString(qulonglong(result->count(Type::Message)));
  QString message;
  switch (operation_) {
  case Operation::Create:
    message = tr("Backed up %1 messages.").arg(count);
    break;
  case Operation::Verify:
    message = tr("The backup is intact: %1 messages, %2 conversations.")
                  .arg(count)
                  .arg(result->count(Type::Conversation));
    break;
  case Operation::Restore:
    message = tr("Restored %1 messages.").arg(count);
    break;
  case Operation::Merge:
    message = tr("Added what was missing from the backup; %1 items were already here.")
                  .arg(QLocale().toString(qulonglong(result->skippedExisting)));
    break;
  }
  finish(operation_, true, message, result->path);
}

void BackupController::finish(Operation operation, bool ok, const QString &message, const QString &path) {
  progress_ = ok ? 1 : 0;
  const bool restoring = operation == Operation::Restore || operation == Operation::Merge;
  if (!restoring && controller_ && controller_->isProfileOpen()) {
    lastResult_ = message;
    lastOk_ = ok;
    lastTime_ = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    if (operation == Operation::Create && ok)
      lastPath_ = path;
    (void)controller_->setProfileSetting(kLastResult, lastResult_);
    (void)controller_->setProfileSetting(kLastTime, lastTime_);
    (void)controller_->setProfileSetting(kLastPath, lastPath_);
    (void)controller_->setProfileSetting(kLastOk, ok ? QStringLiteral("1") : QStringLiteral("0"));
    Q_EMIT lastResultChanged();
  }
  if (restoring && ok && controller_ && controller_->hasAccount())
    controller_->connectAccount(); // republishes the bundle, renews the sessions
  Q_EMIT runningChanged();
  Q_EMIT progressChanged();
  Q_EMIT finished(ok, message);
}

} // namespace sotto::ui
