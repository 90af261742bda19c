#pragma once

#include "sotto/storage/StorageError.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::storage {

class Database;

// Key/value settings, global (scope 0) or per account (scope = account id). Kept inside
// the encrypted database: a setting can say more about a person than one would think.
class SettingsRepository {
public:
  static constexpr std::int64_t kGlobal = 0;

  explicit SettingsRepository(Database &database) : db_(database) {}

  [[nodiscard]] Status set(const QString &key, const QByteArray &value, std::int64_t scope = kGlobal);
  [[nodiscard]] Status setString(const QString &key, const QString &value, std::int64_t scope = kGlobal);
  [[nodiscard]] Result<std::optional<QByteArray>> value(const QString &key, std::int64_t scope = kGlobal);
  // `fallback` when the key is not set.
  [[nodiscard]] Result<QString> string(const QString &key, const QString &fallback = QString(),
                                       std::int64_t scope = kGlobal);
  [[nodiscard]] Status remove(const QString &key, std::int64_t scope = kGlobal);

private:
  Database &db_;
};

} // namespace sotto::storage
