#include "PrivacySettings.h"

#include "sotto/storage/SettingsRepository.h"

namespace sotto::app {

namespace {

const QString kReadReceipts = QStringLiteral("privacy.readReceipts");
const QString kTypingIndicators = QStringLiteral("privacy.typingIndicators");

bool flag(storage::Database &database, const QString &key) {
  storage::SettingsRepository settings(database);
  // A database that cannot be read sends nothing: the stricter choice.
  auto value = settings.string(key, QStringLiteral("1"));
  return value && *value != QLatin1String("0");
}

bool setFlag(storage::Database &database, const QString &key, bool enabled) {
  storage::SettingsRepository settings(database);
  return settings.setString(key, enabled ? QStringLiteral("1") : QStringLiteral("0")).has_value();
}

} // namespace

bool PrivacySettings::sendReadReceipts(storage::Database &database) {
  return flag(database, kReadReceipts);
}

bool PrivacySettings::setSendReadReceipts(storage::Database &database, bool enabled) {
  return setFlag(database, kReadReceipts, enabled);
}

bool PrivacySettings::sendTypingIndicators(storage::Database &database) {
  return flag(database, kTypingIndicators);
}

bool PrivacySettings::setSendTypingIndicators(storage::Database &database, bool enabled) {
  return setFlag(database, kTypingIndicators, enabled);
}

} // namespace sotto::app
