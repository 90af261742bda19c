#pragma once

#include "sotto/app/BackupResult.h"

#include <QString>

#include <tl/expected.hpp>

#include <functional>
#include <optional>

namespace sotto::crypto {
class BackupWriter;
}
namespace sotto::storage {
class Database;
}

namespace sotto::app {

// Streams a profile's database into a backup writer, record by record (the order and
// fields of BackupRecordSpec). One statement per record type is stepped row by row inside
// one read transaction: a consistent snapshot, and never more than one row in memory, so
// a million messages cost what ten do. Writes nothing to the database.
class BackupExporter {
public:
  // The account's XMPP password by JID (it may live in the keychain, outside the database).
  using PasswordLookup = std::function<std::optional<QString>(const QString &accountJid)>;

  BackupExporter(storage::Database &database, PasswordLookup passwords);

  tl::expected<void, BackupFailure> run(crypto::BackupWriter &writer, const BackupProgress &progress);

private:
  [[nodiscard]] quint64 countRows();

  storage::Database &database_;
  PasswordLookup passwords_;
};

} // namespace sotto::app
