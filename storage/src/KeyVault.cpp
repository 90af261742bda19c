#include "sotto/storage/KeyVault.h"

#include "KeyWrap.h"
#include "KeychainClient.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/Logging.h"
#include "sotto/storage/Profile.h"
#include "sotto/storage/RecoveryCode.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSaveFile>
#include <QUuid>

#include <sodium.h>
#include <sys/stat.h>

namespace sotto::storage {

namespace {

using Code = VaultError::Code;
using detail::KeychainClient;

constexpr int kFormat = 1;
const QString kKeyFormat = QStringLiteral("format");
const QString kKeyProfileId = QStringLiteral("profileId");
const QString kKeyProtection = QStringLiteral("protection");
const QString kKeyService = QStringLiteral("keychainService");
const QString kKeyAccount = QStringLiteral("keychainAccount");
const QString kKeyPassphrase = QStringLiteral("passphraseWrap");
const QString kKeyRecovery = QStringLiteral("recoveryWrap");
const QString kKeychain = QStringLiteral("keychain");
const QString kPassphrase = QStringLiteral("passphrase");

tl::unexpected<VaultError> vaultFail(Code code, QString message) {
  return tl::unexpected(VaultError{code, std::move(message)});
}

QByteArray associatedData(const QString &profileId, const char *purpose) {
  return QByteArrayLiteral("sotto-keyvault-1|") + purpose + '|' + profileId.toLatin1();
}

// The passphrase as NFC UTF-8 in a wiped buffer: the same passphrase typed with another
// input method (composed vs. decomposed accents) must unwrap the same key.
crypto::SecureBytes passphraseBytes(const QString &passphrase) {
  QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
  return crypto::SecureBytes::fromByteArray(utf8);
}

} // namespace

QString VaultError::toString() const {
  const char *name = QMetaEnum::fromType<Code>().valueToKey(static_cast<int>(code));
  return QString::fromLatin1(name != nullptr ? name : "Unknown") + QStringLiteral(": ") + message;
}

KeyVault::KdfLimits KeyVault::KdfLimits::moderate() {
  return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KeyVault::KdfLimits KeyVault::KdfLimits::interactive() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KeyVault::KeyVault(const Profile &profile) : KeyVault(profile, Options()) {
}

KeyVault::KeyVault(const Profile &profile, Options options)
    : vaultPath_(profile.vaultPath()), databasePath_(profile.databasePath()), options_(std::move(options)) {
}

bool KeyVault::exists() const {
  return QFileInfo::exists(vaultPath_);
}

VaultResult<QJsonObject> KeyVault::readFile() const {
  QFile file(vaultPath_);
  if (!file.exists())
    return vaultFail(Code::NoVault, QStringLiteral("this profile has no key vault"));
  if (!file.open(QIODevice::ReadOnly))
    return vaultFail(Code::Io, QStringLiteral("cannot read the key vault file"));
  const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
  const QJsonObject vault = document.object();
  if (!document.isObject() || vault.value(kKeyFormat).toInt() != kFormat ||
      vault.value(kKeyProfileId).toString().isEmpty())
    return vaultFail(Code::VaultCorrupt,
                     QStringLiteral("the key vault file is damaged or from a newer Sotto"));
  return vault;
}

VaultResult<void> KeyVault::writeFile(const QJsonObject &vault) const {
  QSaveFile file(vaultPath_);
  if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(vault).toJson()) < 0 || !file.commit())
    return vaultFail(Code::Io, QStringLiteral("cannot write the key vault file"));
  if (::chmod(QFile::encodeName(vaultPath_).constData(), 0600) != 0)
    return vaultFail(Code::Io, QStringLiteral("cannot make the key vault file private"));
  return {};
}

VaultResult<KeyVault::Protection> KeyVault::protection() const {
  auto vault = readFile();
  if (!vault)
    return tl::unexpected(vault.error());
  return vault->value(kKeyProtection).toString() == kPassphrase ? Protection::Passphrase
                                                                : Protection::Keychain;
}

QString KeyVault::keychainAccount() const {
  auto vault = readFile();
  return vault ? vault->value(kKeyAccount).toString() : QString();
}

VaultResult<KeyVault::Created> KeyVault::createWithKeychain() {
  return create(Protection::Keychain, QString());
}

VaultResult<KeyVault::Created> KeyVault::createWithPassphrase(const QString &passphrase) {
  if (passphrase.isEmpty())
    return vaultFail(Code::InvalidPassphrase, QStringLiteral("the passphrase must not be empty"));
  return create(Protection::Passphrase, passphrase);
}

VaultResult<KeyVault::Created> KeyVault::create(Protection protection, const QString &passphrase) {
  // A new key for an existing database would lock its history away for good.
  const QFileInfo database(databasePath_);
  if (exists() || (database.exists() && database.size() > 0))
    return vaultFail(Code::AlreadyExists, QStringLiteral("this profile already has a key"));

  Created created;
  created.key = crypto::randomSecret(Database::kKeySize);
  created.protection = protection;
  created.recoveryCode = RecoveryCode::generate();
  const QString profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);

  QJsonObject vault{{kKeyFormat, kFormat}, {kKeyProfileId, profileId}};
  const auto code = RecoveryCode::normalize(created.recoveryCode);
  const auto recoveryWrap =
      code ? detail::wrapKey(created.key, *code, options_.limits.opsLimit, options_.limits.memLimit,
                             associatedData(profileId, "recovery"))
           : std::nullopt;
  if (!recoveryWrap)
    return vaultFail(Code::Io, QStringLiteral("cannot wrap the key with the recovery code"));
  vault.insert(kKeyRecovery, recoveryWrap->toJson());

  const QString account = QStringLiteral("profile-") + profileId;
  const KeychainClient keychain(options_.service, options_.keychainTimeoutMs);
  if (protection == Protection::Keychain) {
    const auto reply = keychain.write(account, created.key);
    if (reply.outcome == KeychainClient::Outcome::NoBackend)
      return vaultFail(Code::NoKeychainBackend,
                       QStringLiteral("no keychain is available (%1): protect the key with a passphrase")
                           .arg(reply.detail));
    if (reply.outcome != KeychainClient::Outcome::Ok)
      return vaultFail(Code::KeychainFailed,
                       QStringLiteral("the keychain refused the key: %1").arg(reply.detail));
    vault.insert(kKeyProtection, kKeychain);
    vault.insert(kKeyService, options_.service);
    vault.insert(kKeyAccount, account);
  } else {
    const auto wrap = detail::wrapKey(created.key, passphraseBytes(passphrase), options_.limits.opsLimit,
                                      options_.limits.memLimit, associatedData(profileId, "passphrase"));
    if (!wrap)
      return vaultFail(Code::Io, QStringLiteral("cannot wrap the key with the passphrase"));
    vault.insert(kKeyProtection, kPassphrase);
    vault.insert(kKeyPassphrase, wrap->toJson());
  }

  if (auto written = writeFile(vault); !written) {
    if (protection == Protection::Keychain)
      (void)keychain.remove(account);
    return tl::unexpected(written.error());
  }
  qCInfo(lcStorage) << "key vault created,"
                    << (protection == Protection::Keychain ? "keychain" : "passphrase") << "mode";
  return created;
}

VaultResult<KeyVault::Unlocked> KeyVault::unlock() const {
  auto vault = readFile();
  if (!vault)
    return tl::unexpected(vault.error());
  if (vault->value(kKeyProtection).toString() == kPassphrase)
    return vaultFail(Code::PassphraseRequired, QStringLiteral("this profile is protected by a passphrase"));

  const KeychainClient keychain(vault->value(kKeyService).toString(), options_.keychainTimeoutMs);
  Unlocked unlocked;
  unlocked.method = UnlockMethod::Keychain;
  const auto reply = keychain.read(vault->value(kKeyAccount).toString(), unlocked.key);
  switch (reply.outcome) {
  case KeychainClient::Outcome::Ok:
    if (unlocked.key.size() != Database::kKeySize)
      return vaultFail(Code::KeyMissingFromKeychain,
                       QStringLiteral("the keychain entry for Sotto holds no valid key"));
    return unlocked;
  case KeychainClient::Outcome::NotFound:
    return vaultFail(
        Code::KeyMissingFromKeychain,
        QStringLiteral("your keychain no longer has Sotto's key: restore it with your recovery code "
                       "or a backup"));
  case KeychainClient::Outcome::AccessDenied:
    return vaultFail(Code::KeychainAccessDenied,
                     QStringLiteral("your keychain still has Sotto's key but denied access to it (%1): "
                                    "unlock the keychain or allow Sotto, then try again; if it cannot be "
                                    "unlocked, restore with your recovery code or a backup")
                         .arg(reply.detail));
  case KeychainClient::Outcome::NoBackend:
    return vaultFail(
        Code::NoKeychainBackend,
        QStringLiteral("the keychain that holds Sotto's key is not available (%1)").arg(reply.detail));
  case KeychainClient::Outcome::Failed:
    break;
  }
  return vaultFail(Code::KeychainFailed, QStringLiteral("the keychain failed: %1").arg(reply.detail));
}

VaultResult<KeyVault::Unlocked> KeyVault::unlockWithPassphrase(const QString &passphrase) const {
  auto vault = readFile();
  if (!vault)
    return tl::unexpected(vault.error());
  const auto wrapped = detail::WrappedKey::fromJson(vault->value(kKeyPassphrase).toObject());
  if (!wrapped)
    return vaultFail(Code::VaultCorrupt, QStringLiteral("this profile has no passphrase-wrapped key"));
  auto key = detail::unwrapKey(*wrapped, passphraseBytes(passphrase),
                               associatedData(vault->value(kKeyProfileId).toString(), "passphrase"));
  if (!key)
    return vaultFail(Code::WrongPassphrase, QStringLiteral("the passphrase is not correct"));
  return Unlocked{std::move(*key), UnlockMethod::Passphrase, false};
}

VaultResult<KeyVault::Unlocked> KeyVault::recover(const QString &recoveryCode) const {
  auto vault = readFile();
  if (!vault)
    return tl::unexpected(vault.error());
  const auto code = RecoveryCode::normalize(recoveryCode);
  if (!code)
    return vaultFail(Code::WrongRecoveryCode,
                     QStringLiteral("this is not a recovery code (24 letters and digits)"));
  const auto wrapped = detail::WrappedKey::fromJson(vault->value(kKeyRecovery).toObject());
  if (!wrapped)
    return vaultFail(Code::VaultCorrupt, QStringLiteral("the key vault has no recovery wrap"));
  auto key =
      detail::unwrapKey(*wrapped, *code, associatedData(vault->value(kKeyProfileId).toString(), "recovery"));
  if (!key)
    return vaultFail(Code::WrongRecoveryCode, QStringLiteral("the recovery code is not correct"));

  Unlocked unlocked{std::move(*key), UnlockMethod::RecoveryCode, false};
  if (vault->value(kKeyProtection).toString() == kKeychain) {
    const KeychainClient keychain(vault->value(kKeyService).toString(), options_.keychainTimeoutMs);
    const auto reply = keychain.write(vault->value(kKeyAccount).toString(), unlocked.key);
    unlocked.keychainRestored = reply.outcome == KeychainClient::Outcome::Ok;
    if (!unlocked.keychainRestored)
      qCWarning(lcStorage) << "recovered the key but could not put it back into the keychain";
  }
  return unlocked;
}

VaultResult<void> KeyVault::protectWithPassphrase(const crypto::SecureBytes &key, const QString &passphrase) {
  if (passphrase.isEmpty())
    return vaultFail(Code::InvalidPassphrase, QStringLiteral("the passphrase must not be empty"));
  if (key.size() != Database::kKeySize)
    return vaultFail(Code::VaultCorrupt, QStringLiteral("not a database key"));
  auto vault = readFile();
  if (!vault)
    return tl::unexpected(vault.error());
  const auto wrap =
      detail::wrapKey(key, passphraseBytes(passphrase), options_.limits.opsLimit, options_.limits.memLimit,
                      associatedData(vault->value(kKeyProfileId).toString(), "passphrase"));
  if (!wrap)
    return vaultFail(Code::Io, QStringLiteral("cannot wrap the key with the passphrase"));
  vault->insert(kKeyProtection, kPassphrase);
  vault->insert(kKeyPassphrase, wrap->toJson());
  vault->remove(kKeyService);
  vault->remove(kKeyAccount);
  return writeFile(*vault);
}

VaultResult<void> KeyVault::removeKeychainEntry() const {
  auto vault = readFile();
  if (!vault)
    return tl::unexpected(vault.error());
  const KeychainClient keychain(vault->value(kKeyService).toString(), options_.keychainTimeoutMs);
  const auto reply = keychain.remove(vault->value(kKeyAccount).toString());
  if (reply.outcome != KeychainClient::Outcome::Ok && reply.outcome != KeychainClient::Outcome::NotFound)
    return vaultFail(Code::KeychainFailed,
                     QStringLiteral("cannot remove the keychain entry: %1").arg(reply.detail));
  return {};
}

} // namespace sotto::storage
