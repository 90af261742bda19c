#include "sotto/storage/Transaction.h"

#include "sotto/storage/Database.h"
#include "sotto/storage/Logging.h"

#include <utility>

namespace sotto::storage {

namespace {
// Savepoint names must be unique among the open ones; depth makes them so.
thread_local int openSavepoints = 0;

std::string savepointName(int depth) {
  return "sotto_sp_" + std::to_string(depth);
}
} // namespace

Transaction::Transaction(Database &database, int savepointDepth)
    : database_(&database), savepointDepth_(savepointDepth) {
}

Result<Transaction> Transaction::begin(Database &database) {
  if (database.inTransaction()) {
    const int depth = ++openSavepoints;
    if (auto started = database.exec("SAVEPOINT " + savepointName(depth)); !started) {
      --openSavepoints;
      return tl::unexpected(started.error());
    }
    return Transaction(database, depth);
  }
  // IMMEDIATE takes the write lock now, so a later write cannot fail with BUSY halfway.
  if (auto started = database.exec("BEGIN IMMEDIATE"); !started)
    return tl::unexpected(started.error());
  return Transaction(database, 0);
}

Transaction::Transaction(Transaction &&other) noexcept
    : database_(std::exchange(other.database_, nullptr)), savepointDepth_(other.savepointDepth_) {
}

Transaction::~Transaction() {
  rollback();
}

Status Transaction::commit() {
  if (database_ == nullptr)
    return fail(StorageError::Code::InvalidArgument, QStringLiteral("the transaction is no longer active"));
  Status done = savepointDepth_ == 0 ? database_->exec("COMMIT")
                                     : database_->exec("RELEASE " + savepointName(savepointDepth_));
  if (!done) {
    rollback();
    return done;
  }
  if (savepointDepth_ != 0)
    --openSavepoints;
  database_ = nullptr;
  return {};
}

void Transaction::rollback() {
  if (database_ == nullptr)
    return;
  if (savepointDepth_ == 0) {
    // A failed COMMIT may already have ended the transaction; only roll back an open one.
    if (database_->inTransaction() && !database_->exec("ROLLBACK"))
      qCWarning(lcStorage) << "rollback failed";
  } else {
    const std::string name = savepointName(savepointDepth_);
    if (!database_->exec("ROLLBACK TO " + name) || !database_->exec("RELEASE " + name))
      qCWarning(lcStorage) << "savepoint rollback failed";
    --openSavepoints;
  }
  database_ = nullptr;
}

} // namespace sotto::storage
