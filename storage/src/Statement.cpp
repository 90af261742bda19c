#include "sotto/storage/Statement.h"

#include "SqliteError.h"

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace sotto::storage {

Statement::Statement(sqlite3 *db, sqlite3_stmt *statement, bool *inUse)
    : db_(db), statement_(statement), inUse_(inUse) {
}

Statement::~Statement() {
  release();
}

Statement::Statement(Statement &&other) noexcept
    : db_(std::exchange(other.db_, nullptr)), statement_(std::exchange(other.statement_, nullptr)),
      inUse_(std::exchange(other.inUse_, nullptr)), bindError_(other.bindError_),
      bindErrorIndex_(other.bindErrorIndex_) {
}

Statement &Statement::operator=(Statement &&other) noexcept {
  if (this != &other) {
    release();
    db_ = std::exchange(other.db_, nullptr);
    statement_ = std::exchange(other.statement_, nullptr);
    inUse_ = std::exchange(other.inUse_, nullptr);
    bindError_ = other.bindError_;
    bindErrorIndex_ = other.bindErrorIndex_;
  }
  return *this;
}

void Statement::release() {
  if (statement_ == nullptr)
    return;
  if (inUse_ != nullptr) {
    // The connection owns cached statements; hand them back clean (no stale bound text).
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
    *inUse_ = false;
    inUse_ = nullptr;
  } else {
    sqlite3_finalize(statement_);
  }
  statement_ = nullptr;
}

void Statement::noteBind(int rc, int index) {
  if (rc != SQLITE_OK && bindError_ == 0) {
    bindError_ = rc;
    bindErrorIndex_ = index;
  }
}

Statement &Statement::bind(int index, std::int64_t value) {
  noteBind(sqlite3_bind_int64(statement_, index, value), index);
  return *this;
}

Statement &Statement::bind(int index, double value) {
  noteBind(sqlite3_bind_double(statement_, index, value), index);
  return *this;
}

Statement &Statement::bind(int index, const QString &text) {
  if (text.isNull())
    return bindNull(index);
  const QByteArray utf8 = text.toUtf8();
  noteBind(
      sqlite3_bind_text(statement_, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT),
      index);
  return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob) {
  if (blob.isNull())
    return bindNull(index);
  return bind(index, reinterpret_cast<const unsigned char *>(blob.constData()),
              static_cast<std::size_t>(blob.size()));
}

Statement &Statement::bind(int index, const unsigned char *data, std::size_t size) {
  // A zero-length blob still binds as a blob (not NULL): sqlite needs a non-null pointer.
  static const unsigned char empty = 0;
  noteBind(sqlite3_bind_blob(statement_, index, size == 0 ? &empty : data, static_cast<int>(size),
                             SQLITE_TRANSIENT),
           index);
  return *this;
}

Statement &Statement::bindNull(int index) {
  noteBind(sqlite3_bind_null(statement_, index), index);
  return *this;
}

Result<bool> Statement::step() {
  if (statement_ == nullptr)
    return fail(StorageError::Code::InvalidArgument, QStringLiteral("step on an empty statement"));
  if (bindError_ != 0)
    return detail::sqliteFailure(nullptr, bindError_,
                                 QStringLiteral("bind parameter %1").arg(bindErrorIndex_));
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW)
    return true;
  if (rc == SQLITE_DONE)
    return false;
  // sqlite3_reset returns the same code and makes errmsg describe it on legacy interfaces.
  sqlite3_reset(statement_);
  return detail::sqliteFailure(db_, rc, QStringLiteral("step"));
}

Status Statement::run() {
  for (;;) {
    auto row = step();
    if (!row)
      return tl::unexpected(row.error());
    if (!*row)
      break;
  }
  reset();
  return {};
}

void Statement::reset() {
  if (statement_ != nullptr)
    sqlite3_reset(statement_);
}

bool Statement::isNull(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64At(int column) const {
  return sqlite3_column_int64(statement_, column);
}

int Statement::intAt(int column) const {
  return sqlite3_column_int(statement_, column);
}

double Statement::doubleAt(int column) const {
  return sqlite3_column_double(statement_, column);
}

QString Statement::textAt(int column) const {
  const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement_, column));
  if (text == nullptr)
    return {};
  return QString::fromUtf8(text, sqlite3_column_bytes(statement_, column));
}

QByteArray Statement::blobAt(int column) const {
  const void *data = sqlite3_column_blob(statement_, column);
  if (data == nullptr)
    return {};
  return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(statement_, column));
}

std::optional<std::int64_t> Statement::optionalInt64At(int column) const {
  if (isNull(column))
    return std::nullopt;
  return int64At(column);
}

int Statement::columnCount() const {
  return sqlite3_column_count(statement_);
}

} // namespace sotto::storage
