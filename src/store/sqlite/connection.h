// RAII wrappers for one SQLite connection and its cached prepared statements, and the mapping of
// SQLite result codes to Stip's transport-neutral errors. Nothing here knows the schema.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "domain/error.h"
#include "store/core/sql.h"

namespace stip::store::sqlite {

using domain::Error;
using domain::Result;
using domain::Status;

// Maps an SQLite result code to a Stip error: busy/locked -> Unavailable, unique -> AlreadyExists,
// foreign key -> FailedPrecondition, not null/check -> InvalidArgument, the rest -> Internal.
Error SqliteError(int rc, std::string_view what, sqlite3* db = nullptr);

struct StatementDeleter {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

// A statement for one execution: borrowed from the connection's cache, or owned when the cached
// one is already in use further up the stack. Resets the statement and clears its bindings when
// it goes out of scope, so the cache always hands out clean statements and no read transaction
// is kept open by a half-stepped SELECT.
class Query {
 public:
  Query(sqlite3* db, sqlite3_stmt* stmt, bool* in_use) : db_(db), stmt_(stmt), in_use_(in_use) {}
  Query(sqlite3* db, StatementPtr owned) : db_(db), stmt_(owned.get()), owned_(std::move(owned)) {}
  ~Query();
  Query(Query&& other) noexcept
      : db_(other.db_),
        stmt_(other.stmt_),
        in_use_(other.in_use_),
        owned_(std::move(other.owned_)),
        bind_rc_(other.bind_rc_) {
    other.stmt_ = nullptr;
    other.in_use_ = nullptr;
  }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  Query& operator=(Query&&) = delete;

  // Binds the core port's parameters 1..n in order. Binding errors surface at Step().
  Query& BindParams(std::span<const core::Param> params);

  // Binds parameters 1..n in order. Binding errors surface at Step().
  template <typename... Args>
  Query& Bind(const Args&... args) {
    int index = 1;
    (BindOne(index++, args), ...);
    return *this;
  }

  // true when a row is available, false when done.
  Result<bool> Step();
  // Steps a statement that returns no rows (or whose rows are ignored) to completion.
  Status Run();

  bool IsNull(int column) const;
  std::int64_t Int(int column) const;
  std::string Text(int column) const;
  std::optional<std::int64_t> OptInt(int column) const;
  int ColumnCount() const;
  bool ReadOnly() const { return sqlite3_stmt_readonly(stmt_) != 0; }
  int ColumnType(int column) const;
  std::string_view Blob(int column) const;  // bytes of a TEXT or BLOB column, for fingerprints
  std::string_view View(int column) const;  // bytes of a TEXT column, valid until the next Step

 private:
  void BindOne(int index, std::string_view value);
  void BindOne(int index, const std::string& value) { BindOne(index, std::string_view(value)); }
  void BindOne(int index, const char* value) { BindOne(index, std::string_view(value)); }
  void BindOne(int index, std::int64_t value);
  void BindOne(int index, int value) { BindOne(index, static_cast<std::int64_t>(value)); }
  void BindOne(int index, bool value) { BindOne(index, static_cast<std::int64_t>(value ? 1 : 0)); }
  void BindOne(int index, const std::optional<std::int64_t>& value);
  void BindOne(int index, std::nullptr_t);

  sqlite3* db_;
  sqlite3_stmt* stmt_;
  bool* in_use_ = nullptr;  // the cache entry's flag, cleared when this borrow ends
  StatementPtr owned_;
  int bind_rc_ = SQLITE_OK;
};

struct ConnectionOptions {
  bool create = false;     // create the file if missing
  bool read_only = false;  // a pooled reader: PRAGMA query_only
  bool durable = true;     // synchronous=FULL instead of NORMAL
  int busy_timeout_ms = 5000;
  int cache_kib = 0;  // page cache size in KiB (PRAGMA cache_size=-N); 0 keeps SQLite's 2 MiB
  bool temp_in_memory = false;  // PRAGMA temp_store=MEMORY (statement journals, sorts)
};

// One sqlite3* with its statement cache. Not thread-safe: the store hands each connection to one
// thread at a time (the writer under a mutex, readers through the pool).
class Connection {
 public:
  static Result<std::unique_ptr<Connection>> Open(const std::string& path,
                                                  const ConnectionOptions& options);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // A cached prepared statement for constant SQL (never SQL built from user data).
  Result<Query> Prepare(std::string_view sql);
  // A cached prepared statement for the core's compile-time SQL, written with $N placeholders
  // (rewritten to ?N once). Cached by the text's address, so a lookup costs no string hash.
  Result<Query> PrepareCore(const char* postgres_text);
  // Runs constant, parameterless SQL that may hold several statements (migrations, pragmas).
  Status Exec(std::string_view sql);
  // Runs one constant, parameterless statement through the statement cache: for the
  // transaction statements (BEGIN, COMMIT, SAVEPOINT ...) that run many times a second, which
  // Exec would parse every time.
  Status Run(std::string_view sql);
  // True while a transaction is open; SQLite rolls back on its own after some I/O errors.
  bool InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }
  sqlite3* raw() const { return db_; }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}

  struct Cached {
    StatementPtr statement;
    bool in_use = false;
  };

  sqlite3* db_;
  std::unordered_map<std::string, Cached> statements_;  // node-based: flag addresses are stable
  std::unordered_map<const char*, Cached> core_statements_;  // by the address of the SQL text
};

// Rolls back an open transaction unless Commit() succeeded; keeps early returns safe.
class Transaction {
 public:
  // kind: "BEGIN IMMEDIATE" for writers (takes the write lock up front, so no deadlock upgrade
  // later), "BEGIN" for a consistent read snapshot.
  static Result<Transaction> Begin(Connection& conn, std::string_view kind);
  Transaction(Transaction&& other) noexcept : conn_(other.conn_) { other.conn_ = nullptr; }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  Status Commit();

 private:
  explicit Transaction(Connection* conn) : conn_(conn) {}
  Connection* conn_;
};

}  // namespace stip::store::sqlite
