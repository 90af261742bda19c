#include "BackupPassphraseStore.h"

#include "sotto/app/Logging.h"
#include "sotto/storage/KeychainJobRunner.h"
#include "sotto/storage/SettingsRepository.h"

#include <qt6keychain/keychain.h>

namespace sotto::app {

namespace {

const QString kSetting = QStringLiteral("backup.auto.passphrase");

// The keychain answered in time and did what was asked.
bool succeeded(QKeychain::Job &job) {
  return storage::runKeychainJob(job, storage::kKeychainTimeoutMs) && job.error() == QKeychain::NoError;
}
} // namespace

BackupPassphraseStore::BackupPassphraseStore(storage::Database &database, bool keychain, QString service,
                                             QString entryPrefix)
    : database_(database), keychain_(keychain), service_(std::move(service)),
      entry_(entryPrefix + QStringLiteral("/backup")) {
}

tl::expected<void, BackupFailure> BackupPassphraseStore::store(const crypto::SecureBytes &passphrase) {
  QByteArray bytes = passphrase.toByteArrayUnsafe();
  bool stored = false;
  if (!keychain_) {
    stored = storage::SettingsRepository(database_).set(kSetting, bytes).has_value();
  } else {
    QKeychain::WritePasswordJob job(service_);
    job.setKey(entry_);
    job.setBinaryData(bytes);
    stored = succeeded(job);
    if (!stored)
      qCWarning(lcApp) << "keychain refused the automatic backup passphrase:" << job.errorString();
  }
  (void)crypto::SecureBytes::fromByteArray(bytes); // wipes the copy
  if (!stored)
    return tl::unexpected(BackupFailure::PassphraseUnavailable);
  return {};
}

tl::expected<crypto::SecureBytes, BackupFailure> BackupPassphraseStore::load() const {
  QByteArray bytes;
  if (!keychain_) {
    auto value = storage::SettingsRepository(database_).value(kSetting);
    if (!value || !value->has_value())
      return tl::unexpected(BackupFailure::PassphraseUnavailable);
    bytes = **value;
  } else {
    QKeychain::ReadPasswordJob job(service_);
    job.setKey(entry_);
    if (!succeeded(job)) {
      qCWarning(lcApp) << "keychain has no automatic backup passphrase:" << job.errorString();
      return tl::unexpected(BackupFailure::PassphraseUnavailable);
    }
    bytes = job.binaryData();
  }
  if (bytes.isEmpty())
    return tl::unexpected(BackupFailure::PassphraseUnavailable);
  return crypto::SecureBytes::fromByteArray(bytes);
}

void BackupPassphraseStore::remove() {
  if (!keychain_) {
    (void)storage::SettingsRepository(database_).remove(kSetting);
    return;
  }
  QKeychain::DeletePasswordJob job(service_);
  job.setKey(entry_);
  (void)succeeded(job);
}

} // namespace sotto::app
