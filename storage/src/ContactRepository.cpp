#include "sotto/storage/ContactRepository.h"

#include "Rows.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/Transaction.h"

namespace sotto::storage {

namespace {
#define SOTTO_CONTACT_COLUMNS                                                                                \
  "id, account_id, jid, name, subscription, ask_pending, groups, in_roster, blocked, updated_at"

Contact readContact(const Statement &row) {
  Contact contact;
  contact.id = row.int64At(0);
  contact.accountId = row.int64At(1);
  contact.jid = row.textAt(2);
  contact.name = row.textAt(3);
  contact.subscription = static_cast<Subscription>(row.intAt(4));
  contact.askPending = row.intAt(5) != 0;
  const QString groups = row.textAt(6);
  if (!groups.isEmpty())
    contact.groups = groups.split(QLatin1Char('\n'));
  contact.inRoster = row.intAt(7) != 0;
  contact.blocked = row.intAt(8) != 0;
  contact.updatedAt = row.int64At(9);
  return contact;
}
} // namespace

Result<std::int64_t> ContactRepository::save(const Contact &contact) {
  // No UPSERT on SQLite 3.15: insert-or-ignore, then update what is there.
  auto transaction = Transaction::begin(db_);
  if (!transaction)
    return tl::unexpected(transaction.error());
  auto insert = db_.cached("INSERT OR IGNORE INTO contacts (account_id, jid) VALUES (?1, ?2)");
  if (!insert)
    return tl::unexpected(insert.error());
  if (auto done = insert->bind(1, contact.accountId).bind(2, contact.jid).run(); !done)
    return tl::unexpected(done.error());
  auto update =
      db_.cached("UPDATE contacts SET name = ?3, subscription = ?4, ask_pending = ?5, groups = ?6, "
                 "in_roster = ?7, blocked = ?8, updated_at = ?9 WHERE account_id = ?1 AND jid = ?2");
  if (!update)
    return tl::unexpected(update.error());
  update->bind(1, contact.accountId)
      .bind(2, contact.jid)
      .bind(3, contact.name)
      .bind(4, static_cast<int>(contact.subscription))
      .bind(5, contact.askPending)
      .bind(6, contact.groups.isEmpty() ? QString() : contact.groups.join(QLatin1Char('\n')))
      .bind(7, contact.inRoster)
      .bind(8, contact.blocked)
      .bind(9, contact.updatedAt);
  if (auto done = update->run(); !done)
    return tl::unexpected(done.error());
  auto found = find(contact.accountId, contact.jid);
  if (!found)
    return tl::unexpected(found.error());
  if (auto committed = transaction->commit(); !committed)
    return tl::unexpected(committed.error());
  return (*found)->id;
}

Result<std::optional<Contact>> ContactRepository::find(std::int64_t accountId, const QString &jid) {
  auto select =
      db_.cached("SELECT " SOTTO_CONTACT_COLUMNS " FROM contacts WHERE account_id = ?1 AND jid = ?2");
  if (select)
    select->bind(1, accountId).bind(2, jid);
  return detail::firstRow<Contact>(std::move(select), readContact);
}

Result<QList<Contact>> ContactRepository::roster(std::int64_t accountId) {
  auto select =
      db_.prepare("SELECT " SOTTO_CONTACT_COLUMNS " FROM contacts WHERE account_id = ?1 AND in_roster = 1 "
                  "ORDER BY ifnull(name, jid) COLLATE NOCASE, jid");
  if (select)
    select->bind(1, accountId);
  return detail::collectRows<Contact>(std::move(select), readContact);
}

Result<QList<Contact>> ContactRepository::blocked(std::int64_t accountId) {
  auto select =
      db_.prepare("SELECT " SOTTO_CONTACT_COLUMNS " FROM contacts WHERE account_id = ?1 AND blocked = 1 "
                  "ORDER BY jid");
  if (select)
    select->bind(1, accountId);
  return detail::collectRows<Contact>(std::move(select), readContact);
}

Status ContactRepository::setBlocked(std::int64_t accountId, const QString &jid, bool blocked) {
  auto transaction = Transaction::begin(db_);
  if (!transaction)
    return tl::unexpected(transaction.error());
  auto insert = db_.prepare("INSERT OR IGNORE INTO contacts (account_id, jid, in_roster) VALUES (?1, ?2, 0)");
  if (!insert)
    return tl::unexpected(insert.error());
  if (auto done = insert->bind(1, accountId).bind(2, jid).run(); !done)
    return done;
  auto update = db_.prepare("UPDATE contacts SET blocked = ?3 WHERE account_id = ?1 AND jid = ?2");
  if (!update)
    return tl::unexpected(update.error());
  if (auto done = update->bind(1, accountId).bind(2, jid).bind(3, blocked).run(); !done)
    return done;
  return transaction->commit();
}

Status ContactRepository::remove(std::int64_t accountId, const QString &jid) {
  auto remove = db_.prepare("DELETE FROM contacts WHERE account_id = ?1 AND jid = ?2");
  if (remove)
    remove->bind(1, accountId).bind(2, jid);
  return detail::runExpectingChange(std::move(remove), db_);
}

} // namespace sotto::storage
