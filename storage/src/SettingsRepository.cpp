#include "sotto/storage/SettingsRepository.h"

#include "Rows.h"
#include "sotto/storage/Database.h"

namespace sotto::storage {

Status SettingsRepository::set(const QString &key, const QByteArray &value, std::int64_t scope) {
  // A leaf table (nothing references it), so REPLACE is a safe stand-in for UPSERT.
  auto replace = db_.cached("INSERT OR REPLACE INTO settings (scope, key, value) VALUES (?1, ?2, ?3)");
  if (!replace)
    return tl::unexpected(replace.error());
  return replace->bind(1, scope).bind(2, key).bind(3, value.isNull() ? QByteArray("") : value).run();
}

Status SettingsRepository::setString(const QString &key, const QString &value, std::int64_t scope) {
  return set(key, value.toUtf8(), scope);
}

Result<std::optional<QByteArray>> SettingsRepository::value(const QString &key, std::int64_t scope) {
  auto select = db_.cached("SELECT value FROM settings WHERE scope = ?1 AND key = ?2");
  if (select)
    select->bind(1, scope).bind(2, key);
  return detail::firstRow<QByteArray>(std::move(select), [](const Statement &row) {
    QByteArray value = row.blobAt(0);
    return value.isNull() ? QByteArray("") : value;
  });
}

Result<QString> SettingsRepository::string(const QString &key, const QString &fallback, std::int64_t scope) {
  auto stored = value(key, scope);
  if (!stored)
    return tl::unexpected(stored.error());
  return stored->has_value() ? QString::fromUtf8(**stored) : fallback;
}

Status SettingsRepository::remove(const QString &key, std::int64_t scope) {
  auto remove = db_.cached("DELETE FROM settings WHERE scope = ?1 AND key = ?2");
  if (!remove)
    return tl::unexpected(remove.error());
  return remove->bind(1, scope).bind(2, key).run();
}

} // namespace sotto::storage
