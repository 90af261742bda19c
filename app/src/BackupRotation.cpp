#include "sotto/app/BackupRotation.h"

#include "sotto/app/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace sotto::app {

namespace {

const QString kPrefix = QStringLiteral("sotto-");
const QString kSuffix = QStringLiteral(".sotto-backup");

} // namespace

QString BackupRotation::accountToken(const QString &accountJid) {
  QString token = accountJid;
  for (QChar &c : token) {
    const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                      c == u'.' || c == u'@' || c == u'_' || c == u'-';
    if (!safe)
      c = u'_';
  }
  return token;
}

QString BackupRotation::fileName(const QString &accountJid, const QDateTime &when) {
  return kPrefix + accountToken(accountJid) + u'-' +
         when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix;
}

bool BackupRotation::isAutomaticBackup(const QString &fileName, const QString &accountJid) {
  static const QRegularExpression stamp(QStringLiteral("^\\d{8}-\\d{6}$"));
  const QString head = kPrefix + accountToken(accountJid) + u'-';
  if (!fileName.startsWith(head) || !fileName.endsWith(kSuffix))
    return false;
  const QString middle = fileName.mid(head.size(), fileName.size() - head.size() - kSuffix.size());
  // Date and time apart: a UTC stamp can be a local time that does not exist (DST).
  return stamp.match(middle).hasMatch() &&
         QDate::fromString(middle.left(8), QStringLiteral("yyyyMMdd")).isValid() &&
         QTime::fromString(middle.mid(9), QStringLiteral("HHmmss")).isValid();
}

QStringList BackupRotation::automaticBackups(const QString &folder, const QString &accountJid) {
  QStringList names;
  const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
  for (const QFileInfo &entry : entries) {
    if (!entry.isSymLink() && entry.isFile() && isAutomaticBackup(entry.fileName(), accountJid))
      names << entry.fileName();
  }
  // Same prefix and a fixed-width UTC stamp: the name order is the time order.
  std::sort(names.begin(), names.end(), std::greater<>());
  return names;
}

QStringList BackupRotation::prune(const QString &folder, const QString &accountJid, int keep) {
  const QStringList names = automaticBackups(folder, accountJid);
  QStringList removed;
  const QDir dir(folder);
  for (qsizetype i = std::max(keep, 1); i < names.size(); ++i) {
    if (QFile::remove(dir.filePath(names.at(i))))
      removed << names.at(i);
    else
      qCWarning(lcApp) << "could not remove an old automatic backup";
  }
  return removed;
}

} // namespace sotto::app
