// RAII wrappers for libpq (PGconn, PGresult), one connection's prepared-statement cache, and the
// mapping of SQLSTATEs to Stip's transport-neutral errors. Nothing here knows the schema.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/error.h"
#include "store/core/sql.h"

namespace stip::store::postgres {

using domain::Error;
using domain::Result;
using domain::Status;

// SQL text fixed at compile time. The constructor is consteval, so SQL built at run time (from
// data or otherwise) cannot reach the connection: values always travel as bound parameters.
class Sql {
 public:
  consteval Sql(const char* text) : text_(text) {}  // NOLINT: implicit on purpose
  // The store core's SQL, which is compile-time text too (core::Sql is consteval).
  static Sql FromCore(core::Sql sql) { return Sql(sql.text(core::Dialect::kPostgres), Core{}); }
  std::string_view text() const { return text_; }

 private:
  struct Core {};
  Sql(const char* text, Core) : text_(text) {}
  std::string_view text_;
};

// Where a store connects, parsed from the URL once. `where` ("host:port/db") names the server in
// every error message; the password never appears in one.
struct Target {
  std::string url;
  std::string where;
  std::string password;  // only to scrub it from libpq's messages
};

// Parses a libpq URL ("postgresql://user@host:port/db?..."). InvalidArgument when libpq cannot.
Result<Target> ParseTarget(const std::string& url);

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

struct ConnDeleter {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using ConnPtr = std::unique_ptr<PGconn, ConnDeleter>;

// Maps a failed result to a Stip error: a lost or refused connection -> Unavailable (naming the
// server), serialization failure or deadlock -> Conflict, lock or statement timeout ->
// Unavailable, unique -> AlreadyExists, foreign key -> FailedPrecondition, not null/check ->
// InvalidArgument, the rest -> Internal.
Error PgError(const PGresult* result, PGconn* conn, std::string_view what, const Target& target);

// Statement parameters in libpq's text format (NUL-terminated strings, nullptr for NULL).
class Params {
 public:
  template <typename... Args>
  explicit Params(const Args&... args) {
    texts_.reserve(sizeof...(args));
    (Add(args), ...);
    Finish();
  }
  explicit Params(std::span<const core::Param> params);
  Params(const Params&) = delete;
  Params& operator=(const Params&) = delete;

  int size() const { return static_cast<int>(values_.size()); }
  const char* const* values() const { return values_.data(); }
  // PostgreSQL's TEXT cannot hold a NUL byte, and libpq would silently cut the value there.
  bool has_nul() const { return has_nul_; }

 private:
  void Add(std::string_view value);
  void Add(const std::string& value) { Add(std::string_view(value)); }
  void Add(const char* value) { Add(std::string_view(value)); }
  void Add(std::int64_t value);
  void Add(int value) { Add(static_cast<std::int64_t>(value)); }
  void Add(bool value) { Add(std::string_view(value ? "t" : "f")); }
  void Add(const std::optional<std::int64_t>& value);
  void Add(std::nullptr_t);
  void Finish();

  std::vector<std::string> texts_;
  std::vector<bool> null_;
  std::vector<const char*> values_;
  bool has_nul_ = false;
};

// One row of a result, read in text format.
class Row {
 public:
  Row(const PGresult* result, int row) : result_(result), row_(row) {}
  bool IsNull(int column) const { return PQgetisnull(result_, row_, column) != 0; }
  std::string_view View(int column) const;
  std::string Text(int column) const { return std::string(View(column)); }
  std::int64_t Int(int column) const;
  std::optional<std::int64_t> OptInt(int column) const;
  bool Bool(int column) const { return View(column) == "t"; }
  int ColumnCount() const { return PQnfields(result_); }
  Oid ColumnType(int column) const { return PQftype(result_, column); }

 private:
  const PGresult* result_;
  int row_;
};

// A whole (small) result: the rows of a SELECT, or the count of an INSERT/UPDATE/DELETE.
class Rows {
 public:
  explicit Rows(ResultPtr result) : result_(std::move(result)) {}
  int size() const { return PQntuples(result_.get()); }
  bool empty() const { return size() == 0; }
  Row operator[](int row) const { return Row(result_.get(), row); }
  std::int64_t Affected() const;  // rows written by INSERT, UPDATE or DELETE

 private:
  ResultPtr result_;
};

struct Settings {
  int lock_timeout_ms = 5000;  // how long a statement waits for a lock before Unavailable
  bool durable = true;         // synchronous_commit stays on; off only for bulk loads
};

// One PGconn with its prepared statements. Not thread-safe: the store hands each connection to
// one thread at a time (the writer under a mutex, the others through the pool).
class Connection {
 public:
  static Result<std::unique_ptr<Connection>> Open(const Target& target, const Settings& settings);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs `sql` as a prepared statement (prepared once per connection) with bound parameters.
  template <typename... Args>
  Result<Rows> Run(Sql sql, const Args&... args) {
    return RunParams(sql, Params(args...));
  }
  Result<Rows> RunParams(Sql sql, const Params& params);

  // Runs `sql` and calls `row` for each row as it arrives (single-row mode, so a chain of any
  // length is read in constant memory), until `row` returns false or fails.
  using RowFn = std::function<Result<bool>(const Row&)>;
  template <typename... Args>
  Status Stream(Sql sql, const RowFn& row, const Args&... args) {
    return StreamParams(sql, Params(args...), row);
  }
  Status StreamParams(Sql sql, const Params& params, const RowFn& row);

  // Parameterless SQL over the simple protocol; may hold several statements (migrations,
  // BEGIN, SAVEPOINT, which need no plan).
  Status Exec(Sql sql);

  bool Broken() const { return PQstatus(conn_.get()) != CONNECTION_OK; }
  bool InTransaction() const { return PQtransactionStatus(conn_.get()) != PQTRANS_IDLE; }
  // Reconnects after the server went away; prepared statements are made again on next use.
  Status Reset();
  const Target& target() const { return target_; }
  PGconn* raw() const { return conn_.get(); }

 private:
  Connection(ConnPtr conn, Target target, Settings settings)
      : conn_(std::move(conn)), target_(std::move(target)), settings_(settings) {}
  Status Configure();
  Result<const std::string*> Prepared(Sql sql);
  Error Failure(const PGresult* result, std::string_view what) const;

  ConnPtr conn_;
  Target target_;
  Settings settings_;
  std::unordered_map<std::string_view, std::string> names_;  // SQL text -> statement name
};

// Rolls back an open transaction unless Commit() succeeded; keeps early returns safe.
class Transaction {
 public:
  // `begin` is "BEGIN" or a variant with an isolation level, possibly followed by statements
  // that belong to the start of the transaction (a SAVEPOINT).
  static Result<Transaction> Begin(Connection& conn, Sql begin);
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

}  // namespace stip::store::postgres
