#include "sotto/storage/AccountRepository.h"

#include "sotto/storage/Database.h"
#include "sotto/storage/Transaction.h"

namespace sotto::storage {

namespace {
constexpr const char *kColumns = "id, jid, display_name, resource, roster_version, enabled, created_at";

Account readAccount(const Statement &row) {
  Account account;
  account.id = row.int64At(0);
  account.jid = row.textAt(1);
  account.displayName = row.textAt(2);
  account.resource = row.textAt(3);
  account.rosterVersion = row.textAt(4);
  account.enabled = row.intAt(5) != 0;
  account.createdAt = row.int64At(6);
  return account;
}

Result<QList<Account>> collect(Result<Statement> statement) {
  if (!statement)
    return tl::unexpected(statement.error());
  QList<Account> accounts;
  for (;;) {
    auto row = statement->step();
    if (!row)
      return tl::unexpected(row.error());
    if (!*row)
      return accounts;
    accounts << readAccount(*statement);
  }
}

Result<std::optional<Account>> first(Result<QList<Account>> accounts) {
  if (!accounts)
    return tl::unexpected(accounts.error());
  if (accounts->isEmpty())
    return std::optional<Account>();
  return std::optional<Account>(accounts->first());
}
} // namespace

Result<std::int64_t> AccountRepository::add(const Account &account) {
  auto insert =
      db_.cached("INSERT INTO accounts (jid, display_name, resource, roster_version, enabled, created_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!insert)
    return tl::unexpected(insert.error());
  insert->bind(1, account.jid)
      .bind(2, account.displayName)
      .bind(3, account.resource)
      .bind(4, account.rosterVersion)
      .bind(5, account.enabled)
      .bind(6, account.createdAt);
  if (auto done = insert->run(); !done)
    return tl::unexpected(done.error());
  return db_.lastInsertRowId();
}

Result<std::optional<Account>> AccountRepository::find(std::int64_t id) {
  auto select = db_.prepare(std::string("SELECT ") + kColumns + " FROM accounts WHERE id = ?1");
  if (select)
    select->bind(1, id);
  return first(collect(std::move(select)));
}

Result<std::optional<Account>> AccountRepository::findByJid(const QString &jid) {
  auto select = db_.prepare(std::string("SELECT ") + kColumns + " FROM accounts WHERE jid = ?1");
  if (select)
    select->bind(1, jid);
  return first(collect(std::move(select)));
}

Result<QList<Account>> AccountRepository::all() {
  return collect(db_.prepare(std::string("SELECT ") + kColumns + " FROM accounts ORDER BY id"));
}

Status AccountRepository::update(const Account &account) {
  auto update = db_.prepare("UPDATE accounts SET display_name = ?2, resource = ?3, roster_version = ?4, "
                            "enabled = ?5 WHERE id = ?1");
  if (!update)
    return tl::unexpected(update.error());
  update->bind(1, account.id)
      .bind(2, account.displayName)
      .bind(3, account.resource)
      .bind(4, account.rosterVersion)
      .bind(5, account.enabled);
  if (auto done = update->run(); !done)
    return done;
  if (db_.changes() == 0)
    return fail(StorageError::Code::NotFound, QStringLiteral("no such account"));
  return {};
}

Status AccountRepository::remove(std::int64_t id) {
  auto transaction = Transaction::begin(db_);
  if (!transaction)
    return tl::unexpected(transaction.error());
  // settings are scoped by account id without a foreign key (scope 0 is global).
  auto settings = db_.prepare("DELETE FROM settings WHERE scope = ?1");
  if (!settings)
    return tl::unexpected(settings.error());
  if (auto done = settings->bind(1, id).run(); !done)
    return done;
  auto remove = db_.prepare("DELETE FROM accounts WHERE id = ?1");
  if (!remove)
    return tl::unexpected(remove.error());
  if (auto done = remove->bind(1, id).run(); !done)
    return done;
  return transaction->commit();
}

} // namespace sotto::storage
