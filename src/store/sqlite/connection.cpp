#include "store/sqlite/connection.h"

#include <string>
#include <utility>
#include <variant>

namespace stip::store::sqlite {

using domain::Code;
using domain::Fail;

Error SqliteError(int rc, std::string_view what, sqlite3* db) {
  std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  std::string message = std::string(what) + ": " + detail;
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return {Code::kUnavailable, "the database is busy, try again (" + message + ")", {}};
    case SQLITE_FULL:
      return {Code::kUnavailable, "the disk is full (" + message + ")", {}};
    case SQLITE_CONSTRAINT:
      switch (rc) {
        case SQLITE_CONSTRAINT_PRIMARYKEY:
        case SQLITE_CONSTRAINT_UNIQUE:
          return {Code::kAlreadyExists, message, {}};
        case SQLITE_CONSTRAINT_FOREIGNKEY:
          return {Code::kFailedPrecondition, message, {}};
        case SQLITE_CONSTRAINT_NOTNULL:
        case SQLITE_CONSTRAINT_CHECK:
          return {Code::kInvalidArgument, message, {}};
        default:
          return {Code::kInternal, message, {}};
      }
    default:
      return {Code::kInternal, "database error: " + message, {}};
  }
}

// --- Query --------------------------------------------------------------------------------------

Query::~Query() {
  if (stmt_ != nullptr && !owned_) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  if (in_use_ != nullptr) *in_use_ = false;
}

void Query::BindOne(int index, std::string_view value) {
  // SQLITE_TRANSIENT: SQLite copies the bytes, so temporaries passed to Bind() are safe.
  int rc =
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Query::BindOne(int index, std::int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Query::BindOne(int index, const std::optional<std::int64_t>& value) {
  if (value) {
    BindOne(index, *value);
  } else {
    BindOne(index, nullptr);
  }
}

void Query::BindOne(int index, std::nullptr_t) {
  int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

Query& Query::BindParams(std::span<const core::Param> params) {
  int index = 1;
  for (const core::Param& param : params) {
    std::visit([&](const auto& value) { BindOne(index, value); }, param);
    ++index;
  }
  return *this;
}

Result<bool> Query::Step() {
  if (bind_rc_ != SQLITE_OK) return Fail(SqliteError(bind_rc_, "binding a parameter", db_));
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  std::string sql = sqlite3_sql(stmt_) != nullptr ? sqlite3_sql(stmt_) : "";
  if (sql.size() > 60) sql = sql.substr(0, 60) + "...";
  return Fail(SqliteError(rc, "running \"" + sql + "\"", db_));
}

Status Query::Run() {
  for (;;) {
    auto row = Step();
    if (!row) return Fail(row.error());
    if (!*row) return {};
  }
}

bool Query::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Query::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Query::Text(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::int64_t> Query::OptInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

int Query::ColumnCount() const { return sqlite3_column_count(stmt_); }

int Query::ColumnType(int column) const { return sqlite3_column_type(stmt_, column); }

std::string_view Query::Blob(int column) const {
  const void* data = sqlite3_column_blob(stmt_, column);
  if (data == nullptr) return {};
  return {static_cast<const char*>(data),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::string_view Query::View(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return {reinterpret_cast<const char*>(text),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

// --- Connection ---------------------------------------------------------------------------------

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path,
                                                     const ConnectionOptions& options) {
  // NOMUTEX: SQLite's own per-connection mutex is redundant, the store serialises access.
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (options.create) flags |= SQLITE_OPEN_CREATE;
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  std::unique_ptr<Connection> conn(new Connection(raw));  // closes even when open failed
  if (rc != SQLITE_OK) {
    return Fail(SqliteError(rc, "cannot open database " + path, raw));
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  // journal_mode=WAL is persistent in the file; readers repeat it harmlessly.
  // secure_delete (issue 14): freed space is zeroed, so destroyed text is not left in free pages.
  std::string pragmas = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";
  pragmas += options.durable ? " PRAGMA synchronous=FULL;" : " PRAGMA synchronous=NORMAL;";
  if (options.read_only) pragmas += " PRAGMA query_only=ON;";
  if (options.cache_kib > 0)
    pragmas += " PRAGMA cache_size=-" + std::to_string(options.cache_kib) + ";";
  if (options.temp_in_memory) pragmas += " PRAGMA temp_store=MEMORY;";
  if (auto status = conn->Exec(pragmas); !status) {
    return Fail(Error{status.error().code,
                      "cannot configure database " + path + ": " + status.error().message,
                      {}});
  }
  return conn;
}

Connection::~Connection() {
  statements_.clear();
  core_statements_.clear();  // statements must be finalized before the connection closes
  sqlite3_close_v2(db_);
}

Result<Query> Connection::Prepare(std::string_view sql) {
  auto it = statements_.find(std::string(sql));
  if (it != statements_.end() && !it->second.in_use) {
    it->second.in_use = true;
    return Query(db_, it->second.statement.get(), &it->second.in_use);
  }
  const bool cache = it == statements_.end();
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              cache ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, nullptr);
  StatementPtr statement(stmt);
  if (rc != SQLITE_OK) {
    return Fail(SqliteError(rc, "preparing \"" + std::string(sql.substr(0, 60)) + "\"", db_));
  }
  if (!cache) return Query(db_, std::move(statement));  // the cached one is busy: a one-off
  auto& entry = statements_[std::string(sql)];
  entry.statement = std::move(statement);
  entry.in_use = true;
  return Query(db_, entry.statement.get(), &entry.in_use);
}

Result<Query> Connection::PrepareCore(const char* postgres_text) {
  auto it = core_statements_.find(postgres_text);
  if (it != core_statements_.end() && !it->second.in_use) {
    it->second.in_use = true;
    return Query(db_, it->second.statement.get(), &it->second.in_use);
  }
  const std::string sql = core::ToSqlitePlaceholders(postgres_text);
  const bool cache = it == core_statements_.end();
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              cache ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, nullptr);
  StatementPtr statement(stmt);
  if (rc != SQLITE_OK) {
    return Fail(SqliteError(rc, "preparing \"" + sql.substr(0, 60) + "\"", db_));
  }
  if (!cache) return Query(db_, std::move(statement));  // the cached one is busy: a one-off
  auto& entry = core_statements_[postgres_text];
  entry.statement = std::move(statement);
  entry.in_use = true;
  return Query(db_, entry.statement.get(), &entry.in_use);
}

Status Connection::Exec(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string detail = message != nullptr ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    Error error = SqliteError(rc, "executing \"" + text.substr(0, 60) + "\"");
    error.message += " (" + detail + ")";
    return Fail(std::move(error));
  }
  return {};
}

Status Connection::Run(std::string_view sql) {
  auto query = Prepare(sql);
  if (!query) return Fail(query.error());
  return query->Run();
}

// --- Transaction --------------------------------------------------------------------------------

Result<Transaction> Transaction::Begin(Connection& conn, std::string_view kind) {
  if (auto status = conn.Run(kind); !status) return Fail(status.error());
  return Transaction(&conn);
}

Transaction::~Transaction() {
  if (conn_ != nullptr && conn_->InTransaction()) {
    (void)conn_->Run("ROLLBACK");
  }
}

Status Transaction::Commit() {
  Connection* conn = conn_;
  if (conn == nullptr) return Fail(Error::Internal("transaction already finished"));
  if (!conn->InTransaction()) {
    conn_ = nullptr;
    return Fail(Error::Internal("the transaction was rolled back by SQLite after an error"));
  }
  if (auto status = conn->Run("COMMIT"); !status) return status;  // destructor rolls back
  conn_ = nullptr;
  return {};
}

}  // namespace stip::store::sqlite
