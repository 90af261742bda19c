#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sotto::app {

// The files automatic backups write, and the pruning that keeps the newest N of them.
// Names are strict, "sotto-<account>-YYYYMMDD-HHMMSS.sotto-backup" with the time in UTC
// (so that they sort by time whatever the time zone or daylight saving), and pruning
// touches nothing else: not a manual backup, not another account's, not a file that
// merely looks similar, not a folder or a link.
class BackupRotation {
public:
  // The account's JID as it appears in file names: characters a file system might refuse
  // become '_'.
  static QString accountToken(const QString &accountJid);
  static QString fileName(const QString &accountJid, const QDateTime &when);
  static bool isAutomaticBackup(const QString &fileName, const QString &accountJid);
  // The account's automatic backups in `folder`, newest first (file names only).
  static QStringList automaticBackups(const QString &folder, const QString &accountJid);
  // Deletes all but the newest `keep` (at least 1) automatic backups of the account in
  // `folder`; returns the names it deleted.
  static QStringList prune(const QString &folder, const QString &accountJid, int keep);
};

} // namespace sotto::app
