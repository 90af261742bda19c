#pragma once

#include "sotto/app/BackupResult.h"
#include "sotto/crypto/BackupFormat.h"
#include "sotto/crypto/SecureBytes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <tl/expected.hpp>

#include <functional>
#include <optional>

namespace sotto::app {

class BackupJob;
class MessagingController;

// Automatic backups: daily or weekly into the backup folder, keeping the newest N of
// Sotto's own automatic files (BackupRotation). A backup runs when one is due: at start
// if overdue, and while the app runs (checked every few minutes), never two at once (nor
// beside a manual one: BackupJob). The passphrase is the one stored when automatic
// backups were turned on (BackupManager::storeAutomaticPassphrase). A failed run is
// recorded with its reason and retried at the next start, not in a loop.
//
// One per controller, its child (of()); the GUI starts it, sotto-cli does not. Settings
// live in the profile (backup.auto.*, backup.folder), never in a backup.
class BackupScheduler : public QObject {
  Q_OBJECT
public:
  enum class Frequency { Off, Daily, Weekly };
  Q_ENUM(Frequency)
  using Clock = std::function<QDateTime()>;

  static constexpr int kDefaultKeep = 5;

  // The controller's scheduler, made (not started) on first use.
  static BackupScheduler *of(MessagingController &controller);
  static QString defaultFolder();

  // Checks now and then every few minutes, and again whenever a profile is opened.
  void start();

  [[nodiscard]] Frequency frequency() const;
  [[nodiscard]] int keep() const;
  [[nodiscard]] QString folder() const;
  void setFolder(const QString &folder);
  void setKeep(int keep);
  // Stores the passphrase (keychain, or the encrypted database in passphrase mode) and
  // turns automatic backups on; the first one is due at once.
  tl::expected<void, BackupFailure> enable(Frequency frequency, int keep,
                                           const crypto::SecureBytes &passphrase);
  // Off, and the stored passphrase forgotten. Files already written stay.
  void disable();
  // Daily <-> weekly while on (the stored passphrase stays); Off disables. False when
  // automatic backups are off: turning them on needs a passphrase (enable()).
  bool changeFrequency(Frequency frequency);

  static bool isDue(Frequency frequency, const std::optional<QDateTime> &lastSuccess, const QDateTime &now);
  [[nodiscard]] bool isDue() const;
  // Starts a backup when one is due and none runs; false otherwise.
  bool runIfDue();
  [[nodiscard]] bool isRunning() const { return job_ != nullptr; }

  // The last automatic run (empty before the first).
  [[nodiscard]] std::optional<QDateTime> lastRun() const;
  [[nodiscard]] std::optional<QDateTime> lastSuccess() const;
  [[nodiscard]] bool lastOk() const;
  // "Backed up N messages." or why it failed, with what to do; translated.
  [[nodiscard]] QString lastResultText() const;

  // Tests: a clock that is not the wall clock, and Argon2id at its minimum.
  void setClock(Clock clock) { clock_ = std::move(clock); }
  void setKdf(const crypto::BackupKdfParams &kdf) { kdf_ = kdf; }
  [[nodiscard]] BackupJob *currentJob() const { return job_; }

Q_SIGNALS:
  void settingsChanged();
  void runningChanged();
  // After every run, with the result in lastOk() / lastResultText().
  void finished(bool ok);

private:
  explicit BackupScheduler(MessagingController &controller);
  [[nodiscard]] QString setting(const QString &key) const;
  void setSetting(const QString &key, const QString &value);
  [[nodiscard]] std::optional<QDateTime> timeSetting(const QString &key) const;
  void recordResult(bool ok, BackupFailure failure, quint64 messages);
  void onJobFinished();

  QPointer<MessagingController> controller_;
  Clock clock_;
  crypto::BackupKdfParams kdf_ = crypto::BackupKdfParams::moderate();
  QTimer timer_;
  BackupJob *job_ = nullptr;
  bool failedSinceStart_ = false; // a failure waits for the next start (or a settings change)
};

} // namespace sotto::app
