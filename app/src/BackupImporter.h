#pragma once

#include "sotto/app/BackupResult.h"
#include "sotto/crypto/BackupRecord.h"

#include <QCborMap>
#include <QList>
#include <QSet>
#include <QString>

#include <tl/expected.hpp>

#include <map>
#include <memory>
#include <string>

namespace sotto::storage {
class Database;
class Transaction;
} // namespace sotto::storage

namespace sotto::app {

struct BackupRecordSpec;

// Applies a backup's records to a profile's database inside one transaction: begin(),
// apply() for every record of an already verified file, commit(). Anything failing on the
// way (or the importer going away uncommitted) rolls back, so the profile is untouched.
//
// Merge mode (into a profile that already holds data) only adds: rows the profile has are
// kept as they are, messages already present are recognised by their ids, and when the
// profile has its own OMEMO identity the backup's keys and sessions (made for the other
// identity) are left out.
class BackupImporter {
public:
  enum class Mode { Fresh, Merge };
  using AccountPassword = BackupAccountPassword;

  BackupImporter(storage::Database &database, Mode mode);
  ~BackupImporter();
  BackupImporter(const BackupImporter &) = delete;
  BackupImporter &operator=(const BackupImporter &) = delete;

  tl::expected<void, BackupFailure> begin();
  tl::expected<void, BackupFailure> apply(const crypto::BackupRecord &record);
  tl::expected<void, BackupFailure> commit();

  // Passwords of the restored accounts, to store once committed (keychain or database).
  [[nodiscard]] const QList<AccountPassword> &passwords() const { return passwords_; }
  [[nodiscard]] quint64 skippedExisting() const { return skipped_; }

private:
  struct ConversationFixup {
    QString account;
    QString peer;
    qint64 unread = 0;
    QString lastReadStanzaId;
    QString lastReadOriginId;
  };

  tl::expected<bool, BackupFailure> checkMerge(const BackupRecordSpec &spec, const QCborMap &map);
  tl::expected<void, BackupFailure> insert(const BackupRecordSpec &spec, const QCborMap &map);
  tl::expected<void, BackupFailure> applyConversationFixups();
  tl::expected<void, BackupFailure> deferMessageIndexes();
  tl::expected<void, BackupFailure> rebuildMessageIndexes();

  storage::Database &database_;
  Mode mode_;
  std::unique_ptr<storage::Transaction> transaction_;
  std::map<quint16, std::string> insertSql_; // per record type, with the mode's verb
  QList<AccountPassword> passwords_;
  QList<ConversationFixup> fixups_;
  QSet<QString> accountsKeepingIdentity_; // merge: the profile's own identity wins
  quint64 skipped_ = 0;
  // Fresh mode: the message indexes, dropped inside the transaction and built once at the
  // end (a sort) instead of a random B-tree insert per message into three of them.
  QStringList deferredIndexes_;
  std::int64_t previousCacheSize_ = 0;
};

} // namespace sotto::app
