#include "PasswordStore.h"

#include "sotto/app/Logging.h"
#include "sotto/storage/KeychainJobRunner.h"
#include "sotto/storage/SettingsRepository.h"

#include <qt6keychain/keychain.h>

namespace sotto::app {

namespace {

const QString kPasswordSetting = QStringLiteral("xmpp.password");

// The keychain answered in time and did what was asked.
bool succeeded(QKeychain::Job &job) {
  return storage::runKeychainJob(job, storage::kKeychainTimeoutMs) && job.error() == QKeychain::NoError;
}
} // namespace

PasswordStore::PasswordStore(storage::Database &database, bool keychain, QString service, QString entryPrefix)
    : database_(database), keychain_(keychain), service_(std::move(service)),
      entryPrefix_(std::move(entryPrefix)) {
}

QString PasswordStore::entryName(const QString &jid) const {
  return entryPrefix_ + QStringLiteral("/xmpp/") + jid;
}

bool PasswordStore::store(std::int64_t accountId, const QString &jid, const QString &password) {
  if (!keychain_) {
    storage::SettingsRepository settings(database_);
    return settings.setString(kPasswordSetting, password, accountId).has_value();
  }
  QKeychain::WritePasswordJob job(service_);
  job.setAutoDelete(false);
  job.setKey(entryName(jid));
  job.setTextData(password);
  if (!succeeded(job)) {
    qCWarning(lcApp) << "keychain refused the account password:" << job.errorString();
    return false;
  }
  return true;
}

std::optional<QString> PasswordStore::load(std::int64_t accountId, const QString &jid) const {
  if (!keychain_) {
    storage::SettingsRepository settings(database_);
    auto value = settings.value(kPasswordSetting, accountId);
    if (!value || !value->has_value())
      return std::nullopt;
    return QString::fromUtf8(**value);
  }
  QKeychain::ReadPasswordJob job(service_);
  job.setAutoDelete(false);
  job.setKey(entryName(jid));
  if (!succeeded(job)) {
    qCWarning(lcApp) << "keychain has no account password:" << job.errorString();
    return std::nullopt;
  }
  return job.textData();
}

} // namespace sotto::app
