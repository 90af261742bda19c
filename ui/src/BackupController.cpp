#include "BackupController.h"

#include "sotto/app/BackupManager.h"
#include "sotto/app/MessagingController.h"
#include "sotto/crypto/BackupPassphrase.h"
#include "sotto/storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace sotto::ui {

namespace {

const QString kFolder = QStringLiteral("backup.folder");
const QString kLastResult = QStringLiteral("backup.lastResult");
const QString kLastTime = QStringLiteral("backup.lastTime");
const QString kLastPath = QStringLiteral("backup.lastPath");
const QString kLastOk = QStringLiteral("backup.lastOk");

crypto::SecureBytes secretFrom(const QString &text) {
  QByteArray utf8 = text.toUtf8();
  return crypto::SecureBytes::fromByteArray(utf8); // wipes the copy
}

} // namespace

BackupController::BackupController(QObject *parent) : QObject(parent) {
  folder_ =
      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Sotto backups");
}

void BackupController::setController(app::MessagingController *controller) {
  if (controller_ == controller)
    return;
  controller_ = controller;
  loadLast();
  Q_EMIT controllerChanged();
}

void BackupController::setFolder(const QString &folder) {
  QString local = folder.startsWith(QLatin1String("file:")) ? QUrl(folder).toLocalFile() : folder;
  if (local == folder_ || local.isEmpty())
    return;
  folder_ = local;
  if (controller_ && controller_->database())
    (void)storage::SettingsRepository(*controller_->database()).setString(kFolder, folder_);
  Q_EMIT folderChanged();
}

void BackupController::loadLast() {
  if (!controller_ || !controller_->database())
    return;
  storage::SettingsRepository settings(*controller_->database());
  const QString folder = settings.string(kFolder).value_or(QString());
  if (!folder.isEmpty() && folder != folder_) {
    folder_ = folder;
    Q_EMIT folderChanged();
  }
  lastResult_ = settings.string(kLastResult).value_or(QString());
  lastTime_ = settings.string(kLastTime).value_or(QString());
  lastPath_ = settings.string(kLastPath).value_or(QString());
  lastOk_ = settings.string(kLastOk).value_or(QString()) == u"1";
  Q_EMIT lastResultChanged();
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
  start(Operation::Verify, path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path,
        passphrase);
}

void BackupController::restore(const QString &path, const QString &passphrase) {
  start(Operation::Restore, path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path,
        passphrase);
}

void BackupController::cancel() {
  cancelRequested_ = running_;
}

bool BackupController::onProgress(quint64 done, quint64 total) {
  progress_ = total > 0 ? double(done) / double(total) : 0;
  Q_EMIT progressChanged();
  // The work runs in steps on the event loop: repaint, and let Cancel be clicked.
  QCoreApplication::processEvents(QEventLoop::AllEvents, 15);
  return !cancelRequested_;
}

void BackupController::start(Operation operation, const QString &path, const QString &passphrase) {
  if (running_)
    return;
  if (!controller_ || !controller_->isProfileOpen()) {
    Q_EMIT finished(false, app::backupFailureText(app::BackupFailure::NoProfile));
    return;
  }
  running_ = true;
  cancelRequested_ = false;
  progress_ = 0;
  Q_EMIT runningChanged();
  Q_EMIT progressChanged();
  // After this turn, so the progress bar shows before the key derivation starts.
  QTimer::singleShot(0, this, [this, operation, path, secret = secretFrom(passphrase)] {
    QPointer<BackupController> self(this);
    auto progress = [this, self](quint64 done, quint64 total) { return self && onProgress(done, total); };
    app::BackupManager manager(*controller_);
    tl::expected<app::BackupSummary, app::BackupFailure> result =
        tl::unexpected(app::BackupFailure::NoProfile);
    switch (operation) {
    case Operation::Create: {
      app::BackupManager::CreateOptions options;
      options.progress = progress;
      if (fastKdf_)
        options.kdf = crypto::BackupKdfParams{1, 8192};
      result = manager.create(path, secret, options);
      break;
    }
    case Operation::Verify:
      result = app::BackupManager::verify(path, secret, progress);
      break;
    case Operation::Restore:
      result = manager.restore(path, secret, app::BackupManager::RestoreMode::IntoEmptyProfile, progress);
      break;
    }
    if (!self)
      return;
    using Type = crypto::BackupRecordType;
    if (!result) {
      finish(operation, false, app::backupFailureText(result.error()), path);
      return;
    }
    const QString count = QLocale().toString(qulonglong(result->count(Type::Message)));
    QString message;
    if (operation == Operation::Create)
      message = tr("Backed up %1 messages.").arg(count);
    else if (operation == Operation::Verify)
      message = tr("The backup is intact: %1 messages, %2 conversations.")
                    .arg(count)
                    .arg(result->count(Type::Conversation));
    else
      message = tr("Restored %1 messages.").arg(count);
    finish(operation, true, message, result->path);
  });
}

void BackupController::finish(Operation operation, bool ok, const QString &message, const QString &path) {
  running_ = false;
  progress_ = ok ? 1 : 0;
  if (operation != Operation::Restore && controller_ && controller_->database()) {
    lastResult_ = message;
    lastOk_ = ok;
    lastTime_ = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    if (operation == Operation::Create && ok)
      lastPath_ = path;
    storage::SettingsRepository settings(*controller_->database());
    (void)settings.setString(kLastResult, lastResult_);
    (void)settings.setString(kLastTime, lastTime_);
    (void)settings.setString(kLastPath, lastPath_);
    (void)settings.setString(kLastOk, ok ? QStringLiteral("1") : QStringLiteral("0"));
    Q_EMIT lastResultChanged();
  }
  if (operation == Operation::Restore && ok && controller_ && controller_->hasAccount())
    controller_->connectAccount(); // republishes the bundle, renews the sessions
  Q_EMIT runningChanged();
  Q_EMIT progressChanged();
  Q_EMIT finished(ok, message);
}

} // namespace sotto::ui
