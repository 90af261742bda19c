#include "sotto/app/BackupScheduler.h"

#include "sotto/app/BackupJob.h"
#include "sotto/app/BackupManager.h"
#include "sotto/app/BackupRotation.h"
#include "sotto/app/Logging.h"
#include "sotto/app/MessagingController.h"
#include "sotto/storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace sotto::app {

namespace {

const QString kFrequency = QStringLiteral("backup.auto.frequency");
const QString kKeep = QStringLiteral("backup.auto.keep");
const QString kFolder = QStringLiteral("backup.folder"); // shared with "Back up now"
const QString kLastRun = QStringLiteral("backup.auto.lastRun");
const QString kLastSuccess = QStringLiteral("backup.auto.lastSuccess");
const QString kLastFailure = QStringLiteral("backup.auto.lastFailure"); // BackupFailure, 0 = ok
const QString kLastMessages = QStringLiteral("backup.auto.lastMessages");

constexpr int kCheckEveryMs = 10 * 60 * 1000;

QString frequencyName(BackupScheduler::Frequency frequency) {
  switch (frequency) {
  case BackupScheduler::Frequency::Daily:
    return QStringLiteral("daily");
  case BackupScheduler::Frequency::Weekly:
    return QStringLiteral("weekly");
  case BackupScheduler::Frequency::Off:
    break;
  }
  return QStringLiteral("off");
}

} // namespace

BackupScheduler::BackupScheduler(MessagingController &controller)
    : QObject(&controller), controller_(&controller), clock_([] { return QDateTime::currentDateTimeUtc(); }) {
  setObjectName(QStringLiteral("backupScheduler"));
  timer_.setInterval(kCheckEveryMs);
  connect(&timer_, &QTimer::timeout, this, &BackupScheduler::runIfDue);
}

BackupScheduler *BackupScheduler::of(MessagingController &controller) {
  auto *existing = controller.findChild<BackupScheduler *>(QString(), Qt::FindDirectChildrenOnly);
  return existing ? existing : new BackupScheduler(controller);
}

QString BackupScheduler::defaultFolder() {
  return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
         QStringLiteral("/Sotto backups");
}

void BackupScheduler::start() {
  if (timer_.isActive() || !controller_)
    return;
  // A new start (or another profile): a failure may be retried now.
  connect(controller_, &MessagingController::profileChanged, this, [this] {
    failedSinceStart_ = false;
    Q_EMIT settingsChanged();
    runIfDue();
  });
  connect(controller_, &MessagingController::accountChanged, this, &BackupScheduler::runIfDue);
  timer_.start();
  runIfDue();
}

QString BackupScheduler::setting(const QString &key) const {
  if (!controller_ || !controller_->database())
    return {};
  return storage::SettingsRepository(*controller_->database()).string(key).value_or(QString());
}

void BackupScheduler::setSetting(const QString &key, const QString &value) {
  if (controller_ && controller_->database())
    (void)storage::SettingsRepository(*controller_->database()).setString(key, value);
}

std::optional<QDateTime> BackupScheduler::timeSetting(const QString &key) const {
  bool ok = false;
  const qint64 ms = setting(key).toLongLong(&ok);
  if (!ok)
    return std::nullopt;
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

BackupScheduler::Frequency BackupScheduler::frequency() const {
  const QString value = setting(kFrequency);
  if (value == u"daily")
    return Frequency::Daily;
  if (value == u"weekly")
    return Frequency::Weekly;
  return Frequency::Off;
}

int BackupScheduler::keep() const {
  bool ok = false;
  const int value = setting(kKeep).toInt(&ok);
  return ok && value > 0 ? value : kDefaultKeep;
}

QString BackupScheduler::folder() const {
  const QString value = setting(kFolder);
  return value.isEmpty() ? defaultFolder() : value;
}

void BackupScheduler::setFolder(const QString &folder) {
  if (folder.isEmpty() || folder == this->folder())
    return;
  setSetting(kFolder, folder);
  failedSinceStart_ = false; // the user fixed something: try again
  Q_EMIT settingsChanged();
}

void BackupScheduler::setKeep(int keep) {
  if (keep < 1 || keep == this->keep())
    return;
  setSetting(kKeep, QString::number(keep));
  Q_EMIT settingsChanged();
}

tl::expected<void, BackupFailure> BackupScheduler::enable(Frequency frequency, int keep,
                                                          const crypto::SecureBytes &passphrase) {
  if (!controller_ || !controller_->isProfileOpen())
    return tl::unexpected(BackupFailure::NoProfile);
  if (frequency == Frequency::Off) {
    disable();
    return {};
  }
  if (auto stored = BackupManager(*controller_).storeAutomaticPassphrase(passphrase); !stored)
    return stored;
  QDir().mkpath(folder()); // the user chose it just now; a later run never creates it
  setSetting(kFrequency, frequencyName(frequency));
  setSetting(kKeep, QString::number(std::max(keep, 1)));
  failedSinceStart_ = false;
  Q_EMIT settingsChanged();
  runIfDue();
  return {};
}

void BackupScheduler::disable() {
  if (!controller_)
    return;
  setSetting(kFrequency, frequencyName(Frequency::Off));
  BackupManager(*controller_).forgetAutomaticPassphrase();
  Q_EMIT settingsChanged();
}

bool BackupScheduler::changeFrequency(Frequency frequency) {
  if (frequency == Frequency::Off) {
    disable();
    return true;
  }
  if (this->frequency() == Frequency::Off)
    return false;
  setSetting(kFrequency, frequencyName(frequency));
  Q_EMIT settingsChanged();
  runIfDue();
  return true;
}

bool BackupScheduler::isDue(Frequency frequency, const std::optional<QDateTime> &lastSuccess,
                            const QDateTime &now) {
  if (frequency == Frequency::Off)
    return false;
  if (!lastSuccess)
    return true;
  const qint64 interval = frequency == Frequency::Daily ? 24LL * 3600 * 1000 : 7LL * 24 * 3600 * 1000;
  // A clock set back (or a stamp from the future) must not stop backups for good.
  return lastSuccess->msecsTo(now) >= interval || *lastSuccess > now;
}

bool BackupScheduler::isDue() const {
  return isDue(frequency(), lastSuccess(), clock_());
}

bool BackupScheduler::runIfDue() {
  if (job_ || failedSinceStart_ || !controller_ || !controller_->isProfileOpen() ||
      !controller_->hasAccount() || !isDue() || BackupJob::isBusy(*controller_))
    return false;
  const QDateTime now = clock_();
  setSetting(kLastRun, QString::number(now.toMSecsSinceEpoch()));
  auto passphrase = BackupManager(*controller_).automaticPassphrase();
  if (!passphrase) {
    recordResult(false, passphrase.error(), 0);
    return false;
  }
  const QString path = QDir(folder()).filePath(BackupRotation::fileName(controller_->accountJid(), now));
  job_ = new BackupJob(*controller_, BackupJob::Kind::Create, path, std::move(*passphrase), this);
  job_->setKdf(kdf_);
  connect(job_, &BackupJob::finished, this, &BackupScheduler::onJobFinished);
  if (!job_->start()) {
    const BackupFailure failure = job_->result().error();
    delete job_;
    job_ = nullptr;
    recordResult(false, failure, 0);
    return false;
  }
  qCInfo(lcApp) << "automatic backup started";
  Q_EMIT runningChanged();
  return true;
}

void BackupScheduler::onJobFinished() {
  BackupJob *job = job_;
  job_ = nullptr;
  job->deleteLater();
  const BackupJob::Result &result = job->result();
  if (result) {
    setSetting(kLastSuccess, setting(kLastRun));
    const QStringList removed =
        BackupRotation::prune(folder(), controller_ ? controller_->accountJid() : QString(), keep());
    qCInfo(lcApp) << "automatic backup done;" << removed.size() << "older ones removed";
    recordResult(true, BackupFailure::None, result->count(crypto::BackupRecordType::Message));
  } else {
    qCWarning(lcApp) << "automatic backup failed:" << int(result.error());
    recordResult(false, result.error(), 0);
  }
  Q_EMIT runningChanged();
}

void BackupScheduler::recordResult(bool ok, BackupFailure failure, quint64 messages) {
  failedSinceStart_ = !ok;
  setSetting(kLastFailure, QString::number(int(failure)));
  setSetting(kLastMessages, QString::number(messages));
  Q_EMIT finished(ok);
}

std::optional<QDateTime> BackupScheduler::lastRun() const {
  return timeSetting(kLastRun);
}

std::optional<QDateTime> BackupScheduler::lastSuccess() const {
  return timeSetting(kLastSuccess);
}

bool BackupScheduler::lastOk() const {
  return lastRun() && setting(kLastFailure) == u"0";
}

QString BackupScheduler::lastResultText() const {
  if (!lastRun())
    return {};
  const int failure = setting(kLastFailure).toInt();
  if (failure == 0) {
    return QCoreApplication::translate("BackupScheduler", "Backed up %1 messages.")
        .arg(QLocale().toString(setting(kLastMessages).toULongLong()));
  }
  return QCoreApplication::translate("BackupScheduler",
                                     "The automatic backup failed. %1 Sotto tries again at the next start.")
      .arg(backupFailureText(BackupFailure(failure)));
}

} // namespace sotto::app
