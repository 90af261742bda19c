#include "sotto/storage/Profile.h"

#include "sotto/storage/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace sotto::storage {

namespace {
const QString kDatabaseFile = QStringLiteral("sotto.db");
const QString kVaultFile = QStringLiteral("keyvault.json");
const QString kLockFile = QStringLiteral("profile.lock");

bool chmodPath(const QString &path, mode_t mode) {
  return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}
} // namespace

QString Profile::defaultDirectory() {
  return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
         QStringLiteral("/profiles/default");
}

Profile::Profile() = default;
Profile::~Profile() = default;
Profile::Profile(Profile &&other) noexcept = default;
Profile &Profile::operator=(Profile &&other) noexcept = default;

Result<Profile> Profile::open(const QString &directory) {
  using Code = StorageError::Code;
  const QString absolute = QFileInfo(directory).absoluteFilePath();
  if (!QDir().mkpath(absolute))
    return fail(Code::Io, QStringLiteral("cannot create the profile directory"));
  if (!chmodPath(absolute, 0700))
    return fail(Code::Io, QStringLiteral("cannot make the profile directory private"));

  Profile profile;
  profile.directory_ = absolute;
  profile.lock_ = std::make_unique<QLockFile>(absolute + QLatin1Char('/') + kLockFile);
  // Only a dead owner makes a lock stale: never age, or a long-running Sotto would lose it.
  profile.lock_->setStaleLockTime(0);
  if (!profile.lock_->tryLock(0)) {
    if (profile.lock_->error() == QLockFile::LockFailedError)
      return fail(Code::ProfileLocked, QStringLiteral("this profile is open in another Sotto process"));
    return fail(Code::Io, QStringLiteral("cannot create the profile lock file"));
  }
  if (auto permissions = profile.enforcePermissions(); !permissions)
    return tl::unexpected(permissions.error());
  qCDebug(lcStorage) << "profile opened";
  return profile;
}

QString Profile::databasePath() const {
  return directory_ + QLatin1Char('/') + kDatabaseFile;
}

QString Profile::vaultPath() const {
  return directory_ + QLatin1Char('/') + kVaultFile;
}

bool Profile::hasDatabase() const {
  const QFileInfo info(databasePath());
  return info.exists() && info.size() > 0;
}

Status Profile::enforcePermissions() const {
  const QDir dir(directory_);
  const auto entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
  for (const QFileInfo &entry : entries) {
    if (!chmodPath(entry.absoluteFilePath(), 0600))
      return fail(StorageError::Code::Io, QStringLiteral("cannot make a profile file private"));
  }
  return {};
}

} // namespace sotto::storage
