#include "sotto/app/ApplicationInfo.h"

#include "sotto/Version.h"
#include "sotto/storage/SqlCipherInfo.h"

#include <QCoreApplication>

namespace sotto::app {

QString ApplicationInfo::name() {
  return QString::fromLatin1(kApplicationName);
}

QString ApplicationInfo::version() {
  return QString::fromLatin1(kVersion);
}

QString ApplicationInfo::versionLine() {
  const auto sqlcipher = storage::SqlCipherInfo::current();
  return QStringLiteral("%1 %2 (Qt %3, SQLCipher %4, SQLite %5)")
      .arg(name(), version(), QString::fromLatin1(qVersion()), sqlcipher.sqlcipherVersion,
           sqlcipher.sqliteVersion);
}

void ApplicationInfo::applyToApplication() {
  QCoreApplication::setApplicationName(name());
  QCoreApplication::setOrganizationName(name());
  QCoreApplication::setOrganizationDomain(QStringLiteral("sotto.invalid"));
  QCoreApplication::setApplicationVersion(version());
}

} // namespace sotto::app
