#include "sotto/storage/Database.h"

#include "Rows.h"
#include "SqliteError.h"
#include "sotto/crypto/SecureBytes.h"
#include "sotto/storage/Logging.h"
#include "sotto/storage/SqlCipherInfo.h"

#include <QFile>
#include <QFileInfo>

#include <sqlcipher/sqlite3.h>

#include <string>
#include <unordered_map>

#include <fcntl.h>
#include <unistd.h>

namespace sotto::storage {

namespace {

struct CachedEntry {
  sqlite3_stmt *statement = nullptr;
  bool inUse = false;
};

// Creates `path` empty with mode 0600 so that SQLite's -wal and -shm files, which copy the
// main file's permissions, are owner-only too.
Status createOwnerOnlyFile(const QString &path) {
  const QByteArray native = QFile::encodeName(path);
  const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return fail(StorageError::Code::Io, QStringLiteral("cannot create the database file"));
  ::close(fd);
  return {};
}

// The raw-key form SQLCipher understands, x'<64 hex digits>', built in a wiped buffer.
crypto::SecureBytes rawKeyLiteral(const crypto::SecureBytes &key) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  crypto::SecureBytes literal(key.size() * 2 + 3);
  unsigned char *out = literal.data();
  *out++ = 'x';
  *out++ = '\'';
  for (std::size_t i = 0; i < key.size(); ++i) {
    *out++ = static_cast<unsigned char>(kHex[key.data()[i] >> 4]);
    *out++ = static_cast<unsigned char>(kHex[key.data()[i] & 0x0f]);
  }
  *out = '\'';
  return literal;
}

} // namespace

struct Database::Impl {
  sqlite3 *db = nullptr;
  QString path;
  std::unordered_map<std::string, CachedEntry> cache;

  ~Impl() {
    for (auto &entry : cache)
      sqlite3_finalize(entry.second.statement);
    cache.clear();
    // close_v2: a statement the caller still holds keeps the connection as a zombie
    // instead of leaking it.
    if (db != nullptr)
      sqlite3_close_v2(db);
  }
};

Database::Database() = default;
Database::~Database() = default;
Database::Database(Database &&other) noexcept = default;
Database &Database::operator=(Database &&other) noexcept = default;

Result<Database> Database::open(const QString &path, const crypto::SecureBytes &key, OpenMode mode) {
  using Code = StorageError::Code;
  if (key.size() != kKeySize)
    return fail(Code::InvalidArgument, QStringLiteral("the database key must be %1 bytes").arg(kKeySize));

  const QFileInfo info(path);
  if (!info.exists()) {
    if (mode == OpenMode::OpenExisting)
      return fail(Code::NotFound, QStringLiteral("no database at the given path"));
    if (auto created = createOwnerOnlyFile(path); !created)
      return tl::unexpected(created.error());
  }
  // A WAL left by a crash legitimately holds pages the main file lacks; only without one
  // can the main file's size be checked against the page count.
  const QFileInfo walInfo(path + QStringLiteral("-wal"));
  const bool hasWal = walInfo.exists() && walInfo.size() > 0;
  const bool isNewFile = info.exists() ? info.size() == 0 : true;

  Database database;
  database.d_ = std::make_unique<Impl>();
  database.d_->path = path;
  Impl &d = *database.d_;

  const QByteArray nativePath = QFile::encodeName(path);
  int rc = sqlite3_open_v2(nativePath.constData(), &d.db, SQLITE_OPEN_READWRITE, nullptr);
  if (rc != SQLITE_OK)
    return detail::sqliteFailure(d.db, rc, QStringLiteral("open"));
  sqlite3_extended_result_codes(d.db, 1);

  const crypto::SecureBytes literal = rawKeyLiteral(key);
  rc = sqlite3_key(d.db, literal.data(), static_cast<int>(literal.size()));
  if (rc != SQLITE_OK)
    return detail::sqliteFailure(d.db, rc, QStringLiteral("key"));

  const SqlCipherInfo cipher = SqlCipherInfo::current();
  for (const QByteArray &pragma : cipher.cipherSettingsPragmas()) {
    if (auto set = database.exec(pragma.toStdString()); !set)
      return tl::unexpected(set.error());
  }

  // SQLCipher accepts any key silently; only reading a page proves it decrypts the file.
  // Nothing has been written yet, so a wrong key leaves the file exactly as it was.
  auto schemaRead = database.queryInt("SELECT count(*) FROM sqlite_master");
  if (!schemaRead) {
    qCWarning(lcStorage) << "database did not open:" << schemaRead.error().toString();
    return tl::unexpected(schemaRead.error());
  }

  if (!isNewFile && !hasWal) {
    auto pageCount = database.queryInt("PRAGMA page_count");
    auto pageSize = database.queryInt("PRAGMA page_size");
    if (!pageCount || !pageSize)
      return tl::unexpected(!pageCount ? pageCount.error() : pageSize.error());
    if (*pageCount * *pageSize > info.size())
      return fail(Code::Corrupt,
                  QStringLiteral("the database file is shorter than its header says: truncated"),
                  SQLITE_CORRUPT);
  }

  sqlite3_busy_timeout(d.db, 5000);
  // WAL: readers do not block the writer; synchronous=NORMAL in WAL keeps every committed
  // transaction across a process crash (only an OS crash can lose the last commits).
  static constexpr const char *kSetup = "PRAGMA foreign_keys = ON;"
                                        "PRAGMA secure_delete = ON;"
                                        "PRAGMA temp_store = MEMORY;"
                                        "PRAGMA synchronous = NORMAL;"
                                        // 16 MiB of decrypted pages: every page read from
                                        // disk costs an AES + HMAC, so keep hot ones.
                                        "PRAGMA cache_size = -16384;";
  if (auto setup = database.exec(kSetup); !setup)
    return tl::unexpected(setup.error());
  {
    auto journal = database.prepare("PRAGMA journal_mode = WAL");
    if (!journal)
      return tl::unexpected(journal.error());
    auto row = journal->step();
    if (!row)
      return tl::unexpected(row.error());
    if (!*row || journal->textAt(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
      return fail(Code::Io, QStringLiteral("the database refused the WAL journal"));
  }
  return database;
}

bool Database::isOpen() const {
  return d_ && d_->db != nullptr;
}

QString Database::path() const {
  return d_ ? d_->path : QString();
}

sqlite3 *Database::handle() const {
  return d_ ? d_->db : nullptr;
}

void Database::close() {
  d_.reset();
}

Result<Statement> Database::prepare(std::string_view sql) {
  if (!isOpen())
    return fail(StorageError::Code::InvalidArgument, QStringLiteral("the database is closed"));
  sqlite3_stmt *statement = nullptr;
  const int rc = sqlite3_prepare_v2(d_->db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
  if (rc != SQLITE_OK)
    return detail::sqliteFailure(d_->db, rc, QStringLiteral("prepare"));
  return Statement(d_->db, statement, nullptr);
}

Result<Statement> Database::cached(std::string_view sql) {
  if (!isOpen())
    return fail(StorageError::Code::InvalidArgument, QStringLiteral("the database is closed"));
  auto [it, inserted] = d_->cache.try_emplace(std::string(sql));
  CachedEntry &entry = it->second;
  if (inserted) {
    const int rc =
        sqlite3_prepare_v2(d_->db, sql.data(), static_cast<int>(sql.size()), &entry.statement, nullptr);
    if (rc != SQLITE_OK) {
      d_->cache.erase(it);
      return detail::sqliteFailure(d_->db, rc, QStringLiteral("prepare"));
    }
  }
  if (entry.inUse)
    return prepare(sql);
  entry.inUse = true;
  return Statement(d_->db, entry.statement, &entry.inUse);
}

Status Database::exec(std::string_view sql) {
  if (!isOpen())
    return fail(StorageError::Code::InvalidArgument, QStringLiteral("the database is closed"));
  const std::string text(sql);
  const int rc = sqlite3_exec(d_->db, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK)
    return detail::sqliteFailure(d_->db, rc, QStringLiteral("exec"));
  return {};
}

Result<std::int64_t> Database::queryInt(std::string_view sql) {
  auto statement = prepare(sql);
  if (!statement)
    return tl::unexpected(statement.error());
  auto row = statement->step();
  if (!row)
    return tl::unexpected(row.error());
  if (!*row)
    return fail(StorageError::Code::NotFound, QStringLiteral("the query returned no row"));
  return statement->int64At(0);
}

Result<QStringList> Database::queryTexts(std::string_view sql, int column) {
  return detail::collectRows<QString>(prepare(sql), [column](const Statement &row) {
    return row.textAt(column < 0 ? row.columnCount() + column : column);
  });
}

Result<QStringList> Database::explainQueryPlan(std::string_view sql) {
  return queryTexts("EXPLAIN QUERY PLAN " + std::string(sql), -1); // "detail" is the last column
}

QStringList Database::cachedSql() const {
  QStringList sql;
  if (d_) {
    for (const auto &entry : d_->cache)
      sql << QString::fromStdString(entry.first);
  }
  sql.sort();
  return sql;
}

std::int64_t Database::lastInsertRowId() const {
  return sqlite3_last_insert_rowid(d_->db);
}

int Database::changes() const {
  return sqlite3_changes(d_->db);
}

bool Database::inTransaction() const {
  return isOpen() && sqlite3_get_autocommit(d_->db) == 0;
}

Status Database::checkpoint() {
  auto statement = prepare("PRAGMA wal_checkpoint(TRUNCATE)");
  if (!statement)
    return tl::unexpected(statement.error());
  auto row = statement->step();
  if (!row)
    return tl::unexpected(row.error());
  if (*row && statement->intAt(0) != 0)
    return fail(StorageError::Code::Busy, QStringLiteral("checkpoint blocked by another connection"),
                SQLITE_BUSY);
  return {};
}

Result<QStringList> Database::integrityCheck() {
  return queryTexts("PRAGMA integrity_check");
}

} // namespace sotto::storage
