#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sotto::app {
class BackupJob;
class BackupScheduler;
class MessagingController;
} // namespace sotto::app

namespace sotto::ui {

// Settings › Backups and the first-start "Restore from backup": QML's handle on
// app::BackupManager for the window's controller. One operation at a time, run by an
// app::BackupJob on a worker thread (Argon2id and the record stream never block the
// window); `progress` moves and `cancel()` is honoured between pages of records. The
// last result and time are kept in the profile (settings `backup.*`, never backed up).
// Automatic backups are the controller's app::BackupScheduler, shown and set up here.
class BackupController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sotto::app::MessagingController *controller READ controller WRITE setController NOTIFY
                 controllerChanged)
  Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
  Q_PROPERTY(bool running READ running NOTIFY runningChanged)
  Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
  Q_PROPERTY(QString lastResult READ lastResult NOTIFY lastResultChanged)
  Q_PROPERTY(QString lastTime READ lastTime NOTIFY lastResultChanged)
  Q_PROPERTY(QString lastPath READ lastPath NOTIFY lastResultChanged)
  Q_PROPERTY(bool lastOk READ lastOk NOTIFY lastResultChanged)
  // Automatic backups: 0 off, 1 daily, 2 weekly (app::BackupScheduler::Frequency).
  Q_PROPERTY(int automaticFrequency READ automaticFrequency NOTIFY automaticChanged)
  Q_PROPERTY(int keep READ keep WRITE setKeep NOTIFY automaticChanged)
  Q_PROPERTY(bool automaticRunning READ automaticRunning NOTIFY automaticChanged)
  Q_PROPERTY(QString automaticLastTime READ automaticLastTime NOTIFY automaticChanged)
  Q_PROPERTY(QString automaticLastResult READ automaticLastResult NOTIFY automaticChanged)
  Q_PROPERTY(bool automaticLastOk READ automaticLastOk NOTIFY automaticChanged)
public:
  explicit BackupController(QObject *parent = nullptr);
  ~BackupController() override;

  [[nodiscard]] app::MessagingController *controller() const { return controller_; }
  void setController(app::MessagingController *controller);
  [[nodiscard]] QString folder() const { return folder_; }
  void setFolder(const QString &folder);
  [[nodiscard]] bool running() const { return job_ != nullptr; }
  [[nodiscard]] double progress() const { return progress_; }
  [[nodiscard]] QString lastResult() const { return lastResult_; }
  [[nodiscard]] QString lastTime() const { return lastTime_; }
  [[nodiscard]] QString lastPath() const { return lastPath_; }
  [[nodiscard]] bool lastOk() const { return lastOk_; }
  [[nodiscard]] int automaticFrequency() const;
  [[nodiscard]] int keep() const;
  void setKeep(int keep);
  [[nodiscard]] bool automaticRunning() const;
  [[nodiscard]] QString automaticLastTime() const;
  [[nodiscard]] QString automaticLastResult() const;
  [[nodiscard]] bool automaticLastOk() const;

  // 30 digits in 6 groups of 5 from the CSPRNG; shown once, never stored.
  Q_INVOKABLE QString generatePassphrase() const;
  // A user's own passphrase: long enough and varied enough (the format's rule).
  Q_INVOKABLE bool isAcceptable(const QString &passphrase) const;
  // The test re-entry: equal after normalisation (spaces and dashes do not count).
  Q_INVOKABLE bool matches(const QString &first, const QString &second) const;

  // Writes "sotto-backup-<date>.sottobackup" into `folder`.
  Q_INVOKABLE void backUpNow(const QString &passphrase);
  Q_INVOKABLE void verify(const QString &path, const QString &passphrase);
  // Into the open profile (first start: it has no account yet).
  Q_INVOKABLE void restore(const QString &path, const QString &passphrase);
  // Into this profile, which already holds data: adds what it lacks, removes nothing.
  Q_INVOKABLE void restoreInto(const QString &path, const QString &passphrase);
  Q_INVOKABLE void cancel();
  // Turns automatic backups on (1 daily, 2 weekly) with this passphrase, kept in the
  // keychain for unattended runs; the first backup starts at once. False with a reason
  // in finished() when the passphrase could not be stored.
  Q_INVOKABLE bool enableAutomatic(int frequency, int keep, const QString &passphrase);
  // Daily <-> weekly, or 0 to turn them off (the stored passphrase is forgotten).
  Q_INVOKABLE bool changeAutomaticFrequency(int frequency);

  // Tests only: Argon2id at its minimum instead of MODERATE.
  void setFastKdfForTests(bool fast);
  // Tests only: the thread the last operation's work ran on.
  [[nodiscard]] Qt::HANDLE lastWorkerThreadForTests() const { return lastWorkerThread_; }

Q_SIGNALS:
  void controllerChanged();
  void folderChanged();
  void runningChanged();
  void progressChanged();
  void lastResultChanged();
  void automaticChanged();
  // Every operation ends with exactly one of these.
  void finished(bool ok, const QString &message);

private:
  enum class Operation { Create, Verify, Restore, Merge };
  void start(Operation operation, const QString &path, const QString &passphrase);
  void onJobFinished();
  void finish(Operation operation, bool ok, const QString &message, const QString &path);
  void loadLast();
  [[nodiscard]] app::BackupScheduler *scheduler() const;

  QPointer<app::MessagingController> controller_;
  QString folder_;
  app::BackupJob *job_ = nullptr;
  Operation operation_ = Operation::Create;
  bool fastKdf_ = false;
  double progress_ = 0;
  QString lastResult_;
  QString lastTime_;
  QString lastPath_;
  bool lastOk_ = false;
  Qt::HANDLE lastWorkerThread_ = nullptr;
  QMetaObject::Connection schedulerConnection_[3];
};

} // namespace sotto::ui
