#include "BackupImporter.h"

#include "BackupRecordSpec.h"
#include "BackupSessionRefresh.h"

#include "sotto/app/Logging.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/Transaction.h"

#include <QCborValue>
#include <QDateTime>

namespace sotto::app {

namespace {

using Type = crypto::BackupRecordType;

BackupFailure fromStorage(const storage::StorageError &error) {
  // An authentic record the schema refuses (a NOT NULL key missing, a duplicate row, a
  // reference to an account the backup does not hold) is a damaged writer, not a disk.
  return error.code == storage::StorageError::Code::Constraint ? BackupFailure::InvalidRecord
                                                               : BackupFailure::StorageFailed;
}

// Records tied to our OMEMO identity: useless (and harmful) next to another identity.
bool belongsToIdentity(Type type) {
  return type == Type::PreKey || type == Type::SignedPreKey || type == Type::Session;
}

} // namespace

BackupImporter::BackupImporter(storage::Database &database, Mode mode) : database_(database), mode_(mode) {
}

// Pages the restore's connection may cache (KiB, SQLite's negative form): a fixed 64 MiB
// whatever the history size, so that the hot index and FTS pages stay in memory instead
// of being re-read and re-decrypted for each message.
constexpr std::int64_t kRestoreCacheKib = 64 * 1024;

BackupImporter::~BackupImporter() {
  // An uncommitted transaction rolls back (the dropped indexes come back with it).
  transaction_.reset();
  if (previousCacheSize_ != 0)
    (void)database_.exec("PRAGMA cache_size = " + std::to_string(previousCacheSize_));
}

tl::expected<void, BackupFailure> BackupImporter::deferMessageIndexes() {
  auto names = database_.queryTexts(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL");
  auto sqls = database_.queryTexts(
      "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL");
  if (!names || !sqls || names->size() != sqls->size())
    return tl::unexpected(BackupFailure::StorageFailed);
  for (const QString &name : std::as_const(*names)) {
    if (auto dropped = database_.exec("DROP INDEX \"" + name.toStdString() + "\""); !dropped)
      return tl::unexpected(BackupFailure::StorageFailed);
  }
  deferredIndexes_ = *sqls;
  return {};
}

tl::expected<void, BackupFailure> BackupImporter::rebuildMessageIndexes() {
  for (const QString &sql : std::as_const(deferredIndexes_)) {
    // The same statement the schema had: the restored schema is the migrated one.
    if (auto created = database_.exec(sql.toStdString()); !created) {
      qCWarning(lcApp) << "restore: a message index could not be rebuilt:" << created.error().toString();
      return tl::unexpected(fromStorage(created.error())); // duplicates: a damaged writer
    }
  }
  deferredIndexes_.clear();
  return {};
}

tl::expected<void, BackupFailure> BackupImporter::begin() {
  auto transaction = storage::Transaction::begin(database_);
  if (!transaction) {
    qCWarning(lcApp) << "restore: cannot start the transaction:" << transaction.error().toString();
    return tl::unexpected(BackupFailure::StorageFailed);
  }
  transaction_ = std::make_unique<storage::Transaction>(std::move(*transaction));
  if (auto cache = database_.queryInt("PRAGMA cache_size");
      cache && *cache != -kRestoreCacheKib &&
      database_.exec("PRAGMA cache_size = -" + std::to_string(kRestoreCacheKib)))
    previousCacheSize_ = *cache;
  // Into an empty profile (no message yet: ProfileNotEmpty guards it) the indexes can wait.
  if (mode_ == Mode::Fresh) {
    if (auto deferred = deferMessageIndexes(); !deferred)
      return deferred;
  }
  for (const BackupRecordSpec &spec : backupRecordSpecs()) {
    const char *verb = mode_ == Mode::Merge ? "INSERT OR IGNORE" : spec.freshVerb;
    insertSql_[quint16(spec.type)] =
        QString::fromLatin1(spec.importSql).arg(QLatin1String(verb)).toStdString();
  }
  return {};
}

tl::expected<void, BackupFailure> BackupImporter::apply(const crypto::BackupRecord &record) {
  if (!transaction_)
    return tl::unexpected(BackupFailure::StorageFailed);
  const BackupRecordSpec *spec = findBackupRecordSpec(record.type);
  // A newer writer's record type or record version: skipped, as the format says.
  if (!spec || record.version > spec->version)
    return {};
  QCborParserError parseError;
  const QCborValue value = QCborValue::fromCbor(record.payload, &parseError);
  if (parseError.error != QCborError::NoError || !value.isMap())
    return tl::unexpected(BackupFailure::InvalidRecord);
  const QCborMap map = value.toMap();

  if (mode_ == Mode::Merge) {
    auto wanted = checkMerge(*spec, map);
    if (!wanted)
      return tl::unexpected(wanted.error());
    if (!*wanted) {
      ++skipped_;
      return {};
    }
  }
  if (auto inserted = insert(*spec, map); !inserted)
    return inserted;

  if (record.type == Type::Account) {
    const QString password = map.value(QStringLiteral("password")).toString();
    if (!password.isEmpty())
      passwords_.append({map.value(QStringLiteral("jid")).toString(), password});
  }
  return {};
}

tl::expected<bool, BackupFailure> BackupImporter::checkMerge(const BackupRecordSpec &spec,
                                                             const QCborMap &map) {
  const QString account = map.value(QStringLiteral("account")).toString();
  if (spec.type == Type::Account) {
    // One account per profile: a backup of someone else's account cannot be merged in.
    auto others = database_.prepare("SELECT count(*) FROM accounts WHERE jid <> ?1");
    if (!others)
      return tl::unexpected(BackupFailure::StorageFailed);
    others->bind(1, map.value(QStringLiteral("jid")).toString());
    auto row = others->step();
    if (!row || !*row)
      return tl::unexpected(BackupFailure::StorageFailed);
    if (others->int64At(0) > 0)
      return tl::unexpected(BackupFailure::AccountMismatch);
    return true;
  }
  if (spec.type == Type::IdentityKey) {
    auto own = database_.prepare("SELECT i.device_id, i.public_key FROM omemo_local_identity i "
                                 "JOIN accounts a ON a.id = i.account_id WHERE a.jid = ?1");
    if (!own)
      return tl::unexpected(BackupFailure::StorageFailed);
    own->bind(1, account);
    auto row = own->step();
    if (!row)
      return tl::unexpected(BackupFailure::StorageFailed);
    if (*row && (own->int64At(0) != map.value(QStringLiteral("device_id")).toInteger() ||
                 own->blobAt(1) != map.value(QStringLiteral("public_key")).toByteArray())) {
      accountsKeepingIdentity_.insert(account);
      return false;
    }
    return true;
  }
  if (belongsToIdentity(spec.type) && accountsKeepingIdentity_.contains(account))
    return false;
  if (spec.existsSql) {
    auto exists = database_.cached(spec.existsSql);
    if (!exists || !bindBackupMap(spec, map, spec.existsFields, *exists))
      return tl::unexpected(exists ? BackupFailure::InvalidRecord : BackupFailure::StorageFailed);
    auto row = exists->step();
    if (!row)
      return tl::unexpected(fromStorage(row.error()));
    const bool present = *row;
    exists->reset();
    return !present;
  }
  return true;
}

tl::expected<void, BackupFailure> BackupImporter::insert(const BackupRecordSpec &spec, const QCborMap &map) {
  auto statement = database_.cached(insertSql_[quint16(spec.type)]);
  if (!statement)
    return tl::unexpected(BackupFailure::StorageFailed);
  if (!bindBackupMap(spec, map, spec.importedFields, *statement))
    return tl::unexpected(BackupFailure::InvalidRecord);
  if (auto ran = statement->run(); !ran) {
    qCWarning(lcApp) << "restore: a" << spec.name << "record was refused:" << ran.error().toString();
    return tl::unexpected(fromStorage(ran.error()));
  }
  if (database_.changes() == 0) {
    ++skipped_; // merge: the profile already had it (INSERT OR IGNORE)
    return {};
  }
  if (spec.type == Type::Conversation) {
    fixups_.append({map.value(QStringLiteral("account")).toString(),
                    map.value(QStringLiteral("peer_jid")).toString(),
                    map.value(QStringLiteral("unread_count")).toInteger(),
                    map.value(QStringLiteral("last_read_stanza_id")).toString(),
                    map.value(QStringLiteral("last_read_origin_id")).toString()});
  }
  return {};
}

tl::expected<void, BackupFailure> BackupImporter::applyConversationFixups() {
  // The message triggers counted every restored incoming message as unread; the backup
  // knows what the user had read.
  auto update = database_.prepare(
      "UPDATE conversations SET unread_count = ?3, last_read_id = (SELECT m.id FROM messages m "
      "WHERE m.conversation_id = conversations.id AND ((?4 IS NOT NULL AND m.stanza_id = ?4) OR "
      "(?5 IS NOT NULL AND m.origin_id = ?5)) LIMIT 1) "
      "WHERE account_id = (SELECT id FROM accounts WHERE jid = ?1) AND peer_jid = ?2");
  if (!update)
    return tl::unexpected(BackupFailure::StorageFailed);
  for (const ConversationFixup &fixup : std::as_const(fixups_)) {
    update->bind(1, fixup.account).bind(2, fixup.peer).bind(3, std::int64_t(fixup.unread));
    fixup.lastReadStanzaId.isEmpty() ? update->bindNull(4) : update->bind(4, fixup.lastReadStanzaId);
    fixup.lastReadOriginId.isEmpty() ? update->bindNull(5) : update->bind(5, fixup.lastReadOriginId);
    if (auto ran = update->run(); !ran)
      return tl::unexpected(fromStorage(ran.error()));
    update->reset();
  }
  return {};
}

tl::expected<void, BackupFailure> BackupImporter::commit() {
  if (!transaction_)
    return tl::unexpected(BackupFailure::StorageFailed);
  if (auto rebuilt = rebuildMessageIndexes(); !rebuilt)
    return rebuilt;
  if (auto fixed = applyConversationFixups(); !fixed)
    return fixed;
  if (mode_ == Mode::Fresh &&
      !BackupSessionRefresh::markRestored(database_, QDateTime::currentMSecsSinceEpoch()))
    return tl::unexpected(BackupFailure::StorageFailed);
  if (auto committed = transaction_->commit(); !committed) {
    qCWarning(lcApp) << "restore: commit failed:" << committed.error().toString();
    return tl::unexpected(BackupFailure::StorageFailed);
  }
  transaction_.reset();
  return {};
}

} // namespace sotto::app
