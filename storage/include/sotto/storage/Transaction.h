#pragma once

#include "sotto/storage/StorageError.h"

namespace sotto::storage {

class Database;

// A transaction that rolls back unless commit() succeeded before it goes out of scope.
// Nests: inside an open transaction it becomes a SAVEPOINT, so a repository method that
// needs atomicity can use one and still be part of the caller's larger transaction
// (e.g. "store the ratchet session, insert the message, commit" in the app).
class Transaction {
public:
  [[nodiscard]] static Result<Transaction> begin(Database &database);

  ~Transaction();
  Transaction(Transaction &&other) noexcept;
  Transaction &operator=(Transaction &&) = delete;
  Transaction(const Transaction &) = delete;
  Transaction &operator=(const Transaction &) = delete;

  [[nodiscard]] Status commit();
  void rollback();
  [[nodiscard]] bool isActive() const { return database_ != nullptr; }

private:
  Transaction(Database &database, int savepointDepth);

  Database *database_ = nullptr;
  int savepointDepth_ = 0; // 0: a real BEGIN IMMEDIATE; >0: a savepoint
};

} // namespace sotto::storage
