#include "BackupExporter.h"

#include "BackupRecordSpec.h"

#include "sotto/app/Logging.h"
#include "sotto/crypto/BackupWriter.h"
#include "sotto/storage/Database.h"

#include <QCborValue>

namespace sotto::app {

namespace {

constexpr quint64 kProgressEvery = 512; // records between progress reports (and cancel checks)

// A deferred read transaction: one snapshot of the whole profile (WAL readers never block
// the writer), ended whatever happens. Inside a caller's transaction it is a no-op.
class ReadSnapshot {
public:
  explicit ReadSnapshot(storage::Database &database) : database_(database) {
    if (!database_.inTransaction())
      active_ = database_.exec("BEGIN DEFERRED").has_value();
  }
  ~ReadSnapshot() {
    if (active_)
      (void)database_.exec("COMMIT");
  }
  ReadSnapshot(const ReadSnapshot &) = delete;
  ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
  storage::Database &database_;
  bool active_ = false;
};

} // namespace

BackupExporter::BackupExporter(storage::Database &database, PasswordLookup passwords)
    : database_(database), passwords_(std::move(passwords)) {
}

quint64 BackupExporter::countRows() {
  auto total = database_.queryInt(
      "SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM omemo_local_identity) + "
      "(SELECT count(*) FROM omemo_prekeys) + (SELECT count(*) FROM omemo_signed_prekeys) + "
      "(SELECT count(*) FROM omemo_sessions) + (SELECT count(*) FROM omemo_identities) + "
      "(SELECT count(*) FROM omemo_devices) + (SELECT count(*) FROM contacts) + "
      "(SELECT count(*) FROM conversations) + (SELECT count(*) FROM messages) + (SELECT count(*) FROM "
      "settings)");
  return total ? quint64(*total) : 0;
}

tl::expected<void, BackupFailure> BackupExporter::run(crypto::BackupWriter &writer,
                                                      const BackupProgress &progress) {
  ReadSnapshot snapshot(database_);
  const quint64 total = progress ? countRows() : 0;
  quint64 done = 0;
  for (const BackupRecordSpec &spec : backupRecordSpecs()) {
    auto statement = database_.prepare(spec.exportSql);
    if (!statement) {
      qCWarning(lcApp) << "backup: cannot read" << spec.name << "records:" << statement.error().toString();
      return tl::unexpected(BackupFailure::StorageFailed);
    }
    for (;;) {
      auto row = statement->step();
      if (!row) {
        qCWarning(lcApp) << "backup: reading" << spec.name << "records failed:" << row.error().toString();
        return tl::unexpected(BackupFailure::StorageFailed);
      }
      if (!*row)
        break;
      QCborMap map = backupRowToMap(spec, *statement);
      if (spec.type == crypto::BackupRecordType::Account && passwords_) {
        if (auto password = passwords_(statement->textAt(0)))
          map.insert(QStringLiteral("password"), *password);
      }
      if (auto appended = writer.append(spec.type, spec.version, map.toCborValue().toCbor()); !appended)
        return tl::unexpected(fromContainerError(appended.error()));
      if (progress && ++done % kProgressEvery == 0 && !progress(done, total))
        return tl::unexpected(BackupFailure::Cancelled);
    }
  }
  if (progress && !progress(total, total))
    return tl::unexpected(BackupFailure::Cancelled);
  return {};
}

} // namespace sotto::app
