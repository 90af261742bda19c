// Automatic backups on real SQLCipher profiles, with an injected clock (no waiting for
// days, no sleeps): when a run is due (daily, weekly, off), pruning that keeps exactly the
// newest N of Sotto's own automatic files and nothing else, a run whose file `verify`
// accepts with the stored passphrase, the passphrase never in plain form in the profile,
// and a failure (folder gone) that says what to do and waits for the next start. In a
// keychain profile (the real Secret Service) the passphrase lives in the keychain only.
#include "BackupTestSupport.h"
#include "TestEnvironment.h"

#include "sotto/app/BackupJob.h"
#include "sotto/app/BackupManager.h"
#include "sotto/app/BackupRotation.h"
#include "sotto/app/BackupScheduler.h"
#include "sotto/crypto/BackupPassphrase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace sotto;
using namespace sotto::app;
using namespace sotto::app::test;
using Frequency = BackupScheduler::Frequency;

namespace {

const QString kJid = QStringLiteral("alice@example.org");
// Distinctive enough that finding it anywhere in the profile folder means it leaked.
const char kPassphrase[] = "marmot-quilt-7Hx2-velvet-orbit";

crypto::SecureBytes secret(const char *text) {
  return crypto::SecureBytes(reinterpret_cast<const unsigned char *>(text), qstrlen(text));
}

bool touch(const QString &path) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write("not ours") > 0;
}

} // namespace

class BackupSchedulerTest : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QDateTime now_ = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

  QString profileDir() const { return dir_.filePath(QStringLiteral("profile")); }
  QString folder() const { return dir_.filePath(QStringLiteral("backups")); }

  std::unique_ptr<MessagingController> openProfile() {
    auto controller = std::make_unique<MessagingController>();
    if (!controller->openProfile(localProfile(profileDir())))
      return nullptr;
    return controller;
  }

  BackupScheduler *schedulerOf(MessagingController &controller) {
    BackupScheduler *scheduler = BackupScheduler::of(controller);
    scheduler->setClock([this] { return now_; });
    scheduler->setKdf(crypto::BackupKdfParams{1, 8192});
    return scheduler;
  }

  // Runs one due backup to its end; the work must happen on a worker thread.
  bool runOnce(BackupScheduler &scheduler) {
    QSignalSpy finished(&scheduler, &BackupScheduler::finished);
    if (!scheduler.runIfDue() || !scheduler.currentJob())
      return false;
    BackupJob *job = scheduler.currentJob();
    QSignalSpy jobFinished(job, &BackupJob::finished);
    if (!jobFinished.wait(30000) || !job->workerThreadId() ||
        job->workerThreadId() == QThread::currentThreadId())
      return false;
    return finished.size() == 1 && finished.first().first().toBool();
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    auto controller = openProfile();
    QVERIFY(controller);
    QVERIFY(populateProfile(*controller, localProfile(profileDir()), kJid));
  }

  void dueDailyWeeklyAndOff() {
    const QDateTime last = now_;
    QVERIFY(!BackupScheduler::isDue(Frequency::Off, std::nullopt, now_));
    QVERIFY(!BackupScheduler::isDue(Frequency::Off, last, now_.addDays(30)));
    QVERIFY(BackupScheduler::isDue(Frequency::Daily, std::nullopt, now_));
    QVERIFY(BackupScheduler::isDue(Frequency::Weekly, std::nullopt, now_));
    QVERIFY(!BackupScheduler::isDue(Frequency::Daily, last, now_.addSecs(23 * 3600)));
    QVERIFY(BackupScheduler::isDue(Frequency::Daily, last, now_.addSecs(24 * 3600)));
    QVERIFY(!BackupScheduler::isDue(Frequency::Weekly, last, now_.addDays(1)));
    QVERIFY(!BackupScheduler::isDue(Frequency::Weekly, last, now_.addDays(6)));
    QVERIFY(BackupScheduler::isDue(Frequency::Weekly, last, now_.addDays(7)));
    // A clock set back must not stop backups for good.
    QVERIFY(BackupScheduler::isDue(Frequency::Daily, last, now_.addDays(-2)));
  }

  void fileNamesAreStrict() {
    const QString name =
        BackupRotation::fileName(kJid, QDateTime(QDate(2026, 3, 1), QTime(9, 30, 5), Qt::UTC));
    QCOMPARE(name, QStringLiteral("sotto-alice@example.org-20260301-093005.sotto-backup"));
    QVERIFY(BackupRotation::isAutomaticBackup(name, kJid));
    QCOMPARE(BackupRotation::accountToken(QStringLiteral("a/b:c@x.org")), QStringLiteral("a_b_c@x.org"));
    for (const char *foreign :
         {"sotto-bob@example.org-20260301-093005.sotto-backup",
          "sotto-alice@example.org-20261301-093005.sotto-backup", // month 13
          "sotto-alice@example.org-20260301-093005.sotto-backup.tmp",
          "sotto-alice@example.org-2026030-093005.sotto-backup",
          "xsotto-alice@example.org-20260301-093005.sotto-backup",
          "sotto-alice@example.org-20260301-093005.sottobackup", "sotto-backup-20260301-093005.sottobackup"})
      QVERIFY2(!BackupRotation::isAutomaticBackup(QString::fromLatin1(foreign), kJid), foreign);
  }

  void automaticRunsVerifyAndPruneToTheNewest() {
    auto controller = openProfile();
    QVERIFY(controller);
    BackupScheduler *scheduler = schedulerOf(*controller);
    scheduler->setFolder(folder());
    QVERIFY(!scheduler->isDue()); // off by default
    QVERIFY(!scheduler->runIfDue());

    // Files that are not this account's automatic backups, and must survive every pruning.
    QVERIFY(QDir().mkpath(folder()));
    const QStringList foreign{QStringLiteral("sotto-backup-20200101-000000.sottobackup"),
                              QStringLiteral("sotto-bob@example.org-20200101-000000.sotto-backup"),
                              QStringLiteral("sotto-alice@example.org-20200101-000000.sotto-backup.tmp"),
                              QStringLiteral("notes.txt")};
    for (const QString &name : foreign)
      QVERIFY(touch(QDir(folder()).filePath(name)));
    QVERIFY(QDir().mkpath(
        QDir(folder()).filePath(QStringLiteral("sotto-alice@example.org-20000101-000000.sotto-backup"))));

    // Turning it on stores the passphrase and starts the first backup at once.
    QSignalSpy finished(scheduler, &BackupScheduler::finished);
    QVERIFY(scheduler->enable(Frequency::Daily, 3, secret(kPassphrase)));
    QVERIFY(scheduler->isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(scheduler->lastOk());
    QVERIFY2(scheduler->lastResultText().contains(QStringLiteral("Backed up")),
             qPrintable(scheduler->lastResultText()));
    const QString first = QDir(folder()).filePath(BackupRotation::fileName(kJid, now_));
    QVERIFY(QFile::exists(first));

    // The stored passphrase opens it (what an unattended run used).
    auto stored = BackupManager(*controller).automaticPassphrase();
    QVERIFY(stored);
    QVERIFY(stored->equals(secret(kPassphrase)));
    auto verified = BackupManager::verify(first, *stored);
    QVERIFY2(verified, qPrintable(backupFailureText(verified.error())));
    QVERIFY(verified->count(crypto::BackupRecordType::Message) > 0);

    // Daily: not again within the day, again after it.
    now_ = now_.addSecs(23 * 3600);
    QVERIFY(!scheduler->isDue());
    QVERIFY(!scheduler->runIfDue());
    QStringList expected{BackupRotation::fileName(kJid, now_.addSecs(-23 * 3600))};
    for (int run = 0; run < 4; ++run) {
      now_ = now_.addSecs(25 * 3600);
      QVERIFY(scheduler->isDue());
      QVERIFY(runOnce(*scheduler));
      expected.prepend(BackupRotation::fileName(kJid, now_));
    }
    // Exactly the three newest remain, and nothing else was touched.
    QCOMPARE(BackupRotation::automaticBackups(folder(), kJid), expected.mid(0, 3));
    for (const QString &name : foreign)
      QVERIFY2(QFile::exists(QDir(folder()).filePath(name)), qPrintable(name));
    QVERIFY(QFileInfo(QDir(folder()).filePath(
                          QStringLiteral("sotto-alice@example.org-20000101-000000.sotto-backup")))
                .isDir());

    // Weekly: a day later is not due, seven days later is.
    QVERIFY(scheduler->enable(Frequency::Weekly, 3, secret(kPassphrase)));
    QVERIFY(!scheduler->isRunning());
    now_ = now_.addDays(6);
    QVERIFY(!scheduler->runIfDue());
    now_ = now_.addDays(1);
    QVERIFY(runOnce(*scheduler));
    QCOMPARE(BackupRotation::automaticBackups(folder(), kJid).size(), 3);
    QCOMPARE(BackupRotation::automaticBackups(folder(), kJid).first(), BackupRotation::fileName(kJid, now_));

    scheduler->disable();
    QCOMPARE(scheduler->frequency(), Frequency::Off);
    QVERIFY(!BackupManager(*controller).automaticPassphrase());
  }

  void passphraseNeverInPlainFormInTheProfile() {
    auto controller = openProfile();
    QVERIFY(controller);
    BackupScheduler *scheduler = schedulerOf(*controller);
    QVERIFY(scheduler->enable(Frequency::Weekly, 2, secret(kPassphrase)));
    if (scheduler->isRunning()) {
      QSignalSpy finished(scheduler, &BackupScheduler::finished);
      QVERIFY(finished.wait(30000));
    }
    controller.reset(); // everything flushed and closed
    QDirIterator files(profileDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
      QFile file(files.next());
      QVERIFY(file.open(QIODevice::ReadOnly));
      const QByteArray bytes = file.readAll();
      QVERIFY2(!bytes.contains(kPassphrase), qPrintable(file.fileName()));
      QVERIFY2(!bytes.contains(QString::fromLatin1(kPassphrase).toUtf8().toHex()),
               qPrintable(file.fileName()));
      ++checked;
    }
    QVERIFY(checked >= 2); // the database and the key vault at least
    auto reopened = openProfile();
    QVERIFY(reopened);
    auto stored = BackupManager(*reopened).automaticPassphrase();
    QVERIFY(stored && stored->equals(secret(kPassphrase)));
  }

  void failureExplainsAndRetriesAtTheNextStart() {
    const QString gone = dir_.filePath(QStringLiteral("removable-drive"));
    {
      auto controller = openProfile();
      QVERIFY(controller);
      BackupScheduler *scheduler = schedulerOf(*controller);
      QVERIFY(scheduler->enable(Frequency::Daily, 2, secret(kPassphrase)));
      now_ = now_.addDays(30);
      if (scheduler->isRunning()) {
        QSignalSpy finished(scheduler, &BackupScheduler::finished);
        QVERIFY(finished.wait(30000));
      }
      now_ = now_.addDays(2);
      scheduler->setFolder(gone); // the drive is not plugged in
      QSignalSpy finished(scheduler, &BackupScheduler::finished);
      QVERIFY(scheduler->runIfDue());
      QVERIFY(finished.wait(30000));
      QVERIFY(!finished.first().first().toBool());
      QVERIFY(!scheduler->lastOk());
      QCOMPARE(scheduler->lastResultText(),
               QStringLiteral("The automatic backup failed. %1 Sotto tries again at the next start.")
                   .arg(backupFailureText(BackupFailure::TargetNotWritable)));
      QVERIFY(!QFileInfo::exists(gone)); // a run never creates the folder
      // Still due, but no retry loop until the next start.
      QVERIFY(scheduler->isDue());
      QVERIFY(!scheduler->runIfDue());
    }
    QVERIFY(QDir().mkpath(gone)); // plugged in again
    auto controller = openProfile();
    QVERIFY(controller);
    BackupScheduler *scheduler = schedulerOf(*controller);
    QSignalSpy finished(scheduler, &BackupScheduler::finished);
    scheduler->start(); // the next start: overdue, so it runs at once
    QVERIFY(scheduler->isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(scheduler->lastOk());
    QCOMPARE(BackupRotation::automaticBackups(gone, kJid).size(), 1);
  }

  void keychainProfileKeepsThePassphraseInTheKeychainOnly() {
    if (!sotto::test::hasSecretService())
      QSKIP("needs the Secret Service (scripts/test starts one)");
    const QString keychainDir = dir_.filePath(QStringLiteral("keychain-profile"));
    ProfileOptions options = localProfile(keychainDir, QString());
    options.preferKeychain = true;
    options.keychainService =
        QStringLiteral("sotto-scheduler-test-%1").arg(QCoreApplication::applicationPid());
    {
      MessagingController controller;
      QVERIFY(controller.openProfile(options));
      QVERIFY(populateProfile(controller, options, kJid));
      BackupScheduler *scheduler = schedulerOf(controller);
      scheduler->setFolder(dir_.filePath(QStringLiteral("keychain-backups")));
      QSignalSpy finished(scheduler, &BackupScheduler::finished);
      QVERIFY(scheduler->enable(Frequency::Daily, 2, secret(kPassphrase)));
      QVERIFY(finished.wait(30000));
      QVERIFY2(scheduler->lastOk(), qPrintable(scheduler->lastResultText()));
      // Not in the database: the keychain holds it.
      auto setting =
          storage::SettingsRepository(*controller.database()).value(QStringLiteral("backup.auto.passphrase"));
      QVERIFY(setting && !setting->has_value());
      const QStringList files = BackupRotation::automaticBackups(scheduler->folder(), kJid);
      QCOMPARE(files.size(), 1);
      auto verified =
          BackupManager::verify(QDir(scheduler->folder()).filePath(files.first()), secret(kPassphrase));
      QVERIFY2(verified, qPrintable(backupFailureText(verified.error())));
    }
    QDirIterator leftovers(keychainDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (leftovers.hasNext()) {
      QFile file(leftovers.next());
      QVERIFY(file.open(QIODevice::ReadOnly));
      QVERIFY2(!file.readAll().contains(kPassphrase), qPrintable(file.fileName()));
    }
    // Another start finds it in the keychain; turning automatic backups off removes it there.
    MessagingController reopened;
    QVERIFY(reopened.openProfile(options));
    auto stored = BackupManager(reopened).automaticPassphrase();
    QVERIFY(stored && stored->equals(secret(kPassphrase)));
    BackupScheduler *scheduler = schedulerOf(reopened);
    scheduler->disable();
    QVERIFY(!BackupManager(reopened).automaticPassphrase());
  }

  void lostPassphraseSaysWhatToDo() {
    // Passphrase mode keeps it in the database; losing it (a wiped keychain, here the
    // setting removed) gives the keychain sentence, not a crash or a silent skip.
    auto controller = openProfile();
    QVERIFY(controller);
    BackupScheduler *scheduler = schedulerOf(*controller);
    QVERIFY(scheduler->enable(Frequency::Daily, 2, secret(kPassphrase)));
    if (scheduler->isRunning()) {
      QSignalSpy finished(scheduler, &BackupScheduler::finished);
      QVERIFY(finished.wait(30000));
    }
    QVERIFY(storage::SettingsRepository(*controller->database())
                .remove(QStringLiteral("backup.auto.passphrase"))
                .has_value());
    now_ = now_.addDays(2);
    QSignalSpy finished(scheduler, &BackupScheduler::finished);
    QVERIFY(!scheduler->runIfDue());
    QCOMPARE(finished.size(), 1);
    QVERIFY(scheduler->lastResultText().contains(backupFailureText(BackupFailure::PassphraseUnavailable)));
  }
};

QTEST_GUILESS_MAIN(BackupSchedulerTest)
#include "BackupSchedulerTest.moc"
