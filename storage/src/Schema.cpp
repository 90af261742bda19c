#include "sotto/storage/Schema.h"

#include "migrations/Migration001.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/Logging.h"
#include "sotto/storage/Transaction.h"

#include <array>

namespace sotto::storage {

namespace {

struct Migration {
  int version;
  const char *sql;
};

// Append only; never edit a migration that has shipped.
constexpr std::array kMigrations{
    Migration{1, detail::kMigration001},
};

constexpr bool versionsAreConsecutive() {
  for (std::size_t i = 0; i < kMigrations.size(); ++i) {
    if (kMigrations[i].version != static_cast<int>(i) + 1)
      return false;
  }
  return true;
}
static_assert(versionsAreConsecutive(), "migrations must be numbered 1, 2, 3, … in order");

} // namespace

int Schema::latestVersion() {
  return kMigrations.back().version;
}

Result<int> Schema::version(Database &database) {
  auto value = database.queryInt("PRAGMA user_version");
  if (!value)
    return tl::unexpected(value.error());
  return static_cast<int>(*value);
}

Status Schema::migrate(Database &database, int target) {
  if (target < 0)
    target = latestVersion();
  auto current = version(database);
  if (!current)
    return tl::unexpected(current.error());
  if (*current > latestVersion())
    return fail(StorageError::Code::SchemaTooNew,
                QStringLiteral("the database has schema version %1; this Sotto knows up to %2")
                    .arg(*current)
                    .arg(latestVersion()));
  for (const Migration &migration : kMigrations) {
    if (migration.version <= *current || migration.version > target)
      continue;
    auto transaction = Transaction::begin(database);
    if (!transaction)
      return tl::unexpected(transaction.error());
    if (auto applied = database.exec(migration.sql); !applied) {
      qCWarning(lcStorage) << "migration" << migration.version << "failed:" << applied.error().toString();
      return applied; // the transaction rolls back: still the previous version
    }
    if (auto bumped = database.exec("PRAGMA user_version = " + std::to_string(migration.version)); !bumped)
      return bumped;
    if (auto committed = transaction->commit(); !committed)
      return committed;
    qCInfo(lcStorage) << "schema migrated to version" << migration.version;
  }
  return {};
}

Result<QStringList> Schema::describe(Database &database) {
  return database.queryTexts("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master "
                             "ORDER BY type, name");
}

} // namespace sotto::storage
