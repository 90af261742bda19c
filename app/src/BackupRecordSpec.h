#pragma once

#include "sotto/crypto/BackupRecord.h"

#include <QCborMap>
#include <QList>

#include <span>

namespace sotto::storage {
class Statement;
}

namespace sotto::app {

// How one record type of docs/BACKUP-FORMAT.md maps to the profile's database. The
// mapping is data, in one place (BackupRecordSpec.cpp), so exporter, importer and the
// documented field list cannot drift apart. Records name rows by natural keys (account
// JID, peer JID, device id, stanza id), never by local row ids.
struct BackupField {
  enum class Kind { Integer, Text, Bytes };
  const char *name; // CBOR map key, snake_case
  Kind kind;
};

struct BackupRecordSpec {
  crypto::BackupRecordType type;
  quint16 version;
  const char *name;
  // Selects exactly `fields`, in order, streaming (no ORDER BY that needs a sort).
  const char *exportSql;
  // Binds ?1 … ?n = `fields` in order. %1 is the insert verb: "INSERT" into an empty
  // profile, "INSERT OR IGNORE" when merging (what the profile already has wins).
  const char *importSql;
  std::span<const BackupField> fields;
  // How many leading fields importSql binds (the rest are applied after the stream).
  int importedFields;
  // The verb into an empty profile: "INSERT", or "INSERT OR REPLACE" for rows the new
  // profile may already have made itself (settings).
  const char *freshVerb = "INSERT";
  // Merge only, optional: a row when the record is already in the profile (for tables
  // whose natural key is not a UNIQUE constraint, like messages without a stanza id).
  const char *existsSql = nullptr;
  int existsFields = 0;
};

// Every record type this version writes, in stream order (account first: the others
// refer to it; conversations before messages).
std::span<const BackupRecordSpec> backupRecordSpecs();
const BackupRecordSpec *findBackupRecordSpec(crypto::BackupRecordType type);

// A row of `spec.exportSql` as the record's CBOR map (NULL columns are left out).
QCborMap backupRowToMap(const BackupRecordSpec &spec, const storage::Statement &row);
// Binds the map's values to `spec.importSql`; false when a value has the wrong CBOR type
// (absent keys bind NULL, and the table's NOT NULL constraints refuse what must be there).
bool bindBackupMap(const BackupRecordSpec &spec, const QCborMap &map, int fieldCount,
                   storage::Statement &statement);

} // namespace sotto::app
