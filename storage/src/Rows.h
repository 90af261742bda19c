#pragma once

#include "sotto/storage/Database.h"
#include "sotto/storage/Statement.h"

#include <QList>

#include <optional>

namespace sotto::storage::detail {

// Runs a bound statement and reads every row with `read(const Statement &)`.
template <typename T, typename Reader>
Result<QList<T>> collectRows(Result<Statement> statement, Reader read) {
  if (!statement)
    return tl::unexpected(statement.error());
  QList<T> rows;
  for (;;) {
    auto row = statement->step();
    if (!row)
      return tl::unexpected(row.error());
    if (!*row)
      return rows;
    rows.append(read(*statement));
  }
}

// The first row only (empty optional when there is none).
template <typename T, typename Reader>
Result<std::optional<T>> firstRow(Result<Statement> statement, Reader read) {
  if (!statement)
    return tl::unexpected(statement.error());
  auto row = statement->step();
  if (!row)
    return tl::unexpected(row.error());
  if (!*row)
    return std::optional<T>();
  return std::optional<T>(read(*statement));
}

// Runs a write and fails with NotFound when it touched no row.
inline Status runExpectingChange(Result<Statement> statement, Database &db) {
  if (!statement)
    return tl::unexpected(statement.error());
  if (auto done = statement->run(); !done)
    return done;
  if (db.changes() == 0)
    return fail(StorageError::Code::NotFound, QStringLiteral("no such row"));
  return {};
}

} // namespace sotto::storage::detail
