#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sotto::app {
class MessagingController;
}

namespace sotto::ui {

// Settings › Backups and the first-start "Restore from backup": QML's handle on
// app::BackupManager for the window's controller. One operation at a time; `progress`
// moves and `cancel()` is honoured between pages of records, because the work runs in
// steps on the event loop (the window keeps repainting). The last result and time are
// kept in the profile (settings `backup.*`, never themselves backed up).
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
public:
  explicit BackupController(QObject *parent = nullptr);

  [[nodiscard]] app::MessagingController *controller() const { return controller_; }
  void setController(app::MessagingController *controller);
  [[nodiscard]] QString folder() const { return folder_; }
  void setFolder(const QString &folder);
  [[nodiscard]] bool running() const { return running_; }
  [[nodiscard]] double progress() const { return progress_; }
  [[nodiscard]] QString lastResult() const { return lastResult_; }
  [[nodiscard]] QString lastTime() const { return lastTime_; }
  [[nodiscard]] QString lastPath() const { return lastPath_; }
  [[nodiscard]] bool lastOk() const { return lastOk_; }

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
  Q_INVOKABLE void cancel();

  // Tests only: Argon2id at its minimum instead of MODERATE.
  void setFastKdfForTests(bool fast) { fastKdf_ = fast; }

Q_SIGNALS:
  void controllerChanged();
  void folderChanged();
  void runningChanged();
  void progressChanged();
  void lastResultChanged();
  // Every operation ends with exactly one of these.
  void finished(bool ok, const QString &message);

private:
  enum class Operation { Create, Verify, Restore };
  void start(Operation operation, const QString &path, const QString &passphrase);
  bool onProgress(quint64 done, quint64 total);
  void finish(Operation operation, bool ok, const QString &message, const QString &path);
  void loadLast();

  QPointer<app::MessagingController> controller_;
  QString folder_;
  bool running_ = false;
  bool cancelRequested_ = false;
  bool fastKdf_ = false;
  double progress_ = 0;
  QString lastResult_;
  QString lastTime_;
  QString lastPath_;
  bool lastOk_ = false;
};

} // namespace sotto::ui
