#include "store/postgres/connection.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <utility>
#include <variant>

namespace stip::store::postgres {

namespace {

using domain::Code;
using domain::Fail;

// Session settings, through set_config so that the values are bound parameters too.
constexpr Sql kSetConfig = "SELECT set_config($1, $2, false)";
// An acknowledged commit must be durable: undo a server-wide synchronous_commit = off, but keep a
// stronger setting (remote_write, remote_apply) that an operator chose for a synchronous replica.
constexpr Sql kDurableCommit =
    "SELECT set_config('synchronous_commit', 'on', false) "
    "WHERE current_setting('synchronous_commit') = 'off'";

// Candidate passwords in a URL that libpq could not parse: "scheme://user:PASSWORD@host" and
// "?password=PASSWORD". Only used to keep them out of error messages.
std::vector<std::string> RawPasswords(std::string_view url) {
  std::vector<std::string> found;
  if (auto scheme = url.find("://"); scheme != std::string_view::npos) {
    std::string_view rest = url.substr(scheme + 3);
    const auto at = rest.rfind('@', rest.find_first_of("/?"));
    if (at != std::string_view::npos) {
      std::string_view userinfo = rest.substr(0, at);
      if (auto colon = userinfo.find(':'); colon != std::string_view::npos) {
        found.emplace_back(userinfo.substr(colon + 1));
      }
    }
  }
  for (std::size_t pos = url.find("password="); pos != std::string_view::npos;
       pos = url.find("password=", pos + 1)) {
    std::string_view value = url.substr(pos + 9);
    found.emplace_back(value.substr(0, value.find_first_of("& ")));
  }
  return found;
}

void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  if (from.empty()) return;
  for (std::size_t pos = text.find(from); pos != std::string::npos;
       pos = text.find(from, pos + to.size())) {
    text.replace(pos, from.size(), to);
  }
}

// libpq's messages end in a newline and may span lines; an error message is one sentence.
std::string OneLine(std::string text, const std::string& password) {
  ReplaceAll(text, password, "***");
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\t', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string Shorten(std::string_view sql) {
  std::string text(sql.substr(0, 60));
  if (sql.size() > 60) text += "...";
  return text;
}

}  // namespace

Result<Target> ParseTarget(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (options == nullptr) {
    std::string message = error != nullptr ? error : "out of memory";
    PQfreemem(error);
    for (const std::string& password : RawPasswords(url)) ReplaceAll(message, password, "***");
    message = OneLine(std::move(message), "");
    return Fail(Error::Invalid("The PostgreSQL URL is not valid: " + message,
                               {{"database", "use postgresql://USER@HOST:PORT/DATABASE"}}));
  }
  Target target;
  target.url = url;
  std::string host, hostaddr, port, dbname;
  for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
    if (option->val == nullptr) continue;
    const std::string_view key = option->keyword;
    if (key == "host") host = option->val;
    if (key == "hostaddr") hostaddr = option->val;
    if (key == "port") port = option->val;
    if (key == "dbname") dbname = option->val;
    if (key == "password") target.password = option->val;
  }
  PQconninfoFree(options);
  if (host.empty()) host = hostaddr.empty() ? "local socket" : hostaddr;
  target.where = host + ":" + (port.empty() ? "5432" : port);
  if (!dbname.empty()) target.where += "/" + dbname;
  return target;
}

Error PgError(const PGresult* result, PGconn* conn, std::string_view what, const Target& target) {
  const char* field = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string state = field != nullptr ? field : "";
  const char* primary =
      result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  std::string detail = primary != nullptr ? primary
                       : conn != nullptr  ? PQerrorMessage(conn)
                                          : "no result from the server";
  detail = OneLine(std::move(detail), target.password);
  const std::string message = std::string(what) + ": " + detail;

  const bool lost = (conn != nullptr && PQstatus(conn) != CONNECTION_OK) ||
                    StartsWith(state, "08") ||  // connection exception
                    StartsWith(state, "53") ||  // insufficient resources (disk, connections)
                    state == "57P01" || state == "57P02" || state == "57P03";  // shutting down
  if (lost) {
    return {Code::kUnavailable,
            "PostgreSQL at " + target.where + " is unavailable, try again (" + message + ")",
            {}};
  }
  if (state == "40001" || state == "40P01") {
    return {Code::kConflict, "a concurrent write got in the way, retry (" + message + ")", {}};
  }
  if (state == "55P03" || state == "57014") {  // lock_timeout, statement_timeout
    return {Code::kUnavailable, "the database is busy, try again (" + message + ")", {}};
  }
  if (state == "23505") return {Code::kAlreadyExists, message, {}};
  if (state == "23503") return {Code::kFailedPrecondition, message, {}};
  if (state == "23502" || state == "23514") return {Code::kInvalidArgument, message, {}};
  return {Code::kInternal,
          "database error: " + message + (state.empty() ? "" : " [" + state + "]"),
          {}};
}

// --- Params -------------------------------------------------------------------------------------

Params::Params(std::span<const core::Param> params) {
  texts_.reserve(params.size());
  for (const core::Param& param : params) {
    std::visit([this](const auto& value) { Add(value); }, param);
  }
  Finish();
}

void Params::Add(std::string_view value) {
  if (value.find('\0') != std::string_view::npos) has_nul_ = true;
  texts_.emplace_back(value);
  null_.push_back(false);
}

void Params::Add(std::int64_t value) {
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  (void)ec;  // 24 bytes always hold an int64
  texts_.emplace_back(buffer, end);
  null_.push_back(false);
}

void Params::Add(const std::optional<std::int64_t>& value) {
  if (value) {
    Add(*value);
  } else {
    Add(nullptr);
  }
}

void Params::Add(std::nullptr_t) {
  texts_.emplace_back();
  null_.push_back(true);
}

void Params::Finish() {
  // Pointers are taken only now: texts_ no longer grows, so they stay valid.
  values_.reserve(texts_.size());
  for (std::size_t i = 0; i < texts_.size(); ++i) {
    values_.push_back(null_[i] ? nullptr : texts_[i].c_str());
  }
}

// --- Row and Rows -------------------------------------------------------------------------------

std::string_view Row::View(int column) const {
  return {PQgetvalue(result_, row_, column),
          static_cast<std::size_t>(PQgetlength(result_, row_, column))};
}

std::int64_t Row::Int(int column) const {
  const std::string_view text = View(column);
  std::int64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::optional<std::int64_t> Row::OptInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

std::int64_t Rows::Affected() const {
  const std::string_view text = PQcmdTuples(result_.get());
  std::int64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// --- Connection ---------------------------------------------------------------------------------

Result<std::unique_ptr<Connection>> Connection::Open(const Target& target,
                                                     const Settings& settings) {
  // Keywords before dbname are defaults the URL may override; client_encoding comes after it,
  // so it always wins: the ledger's bytes must reach the server unconverted.
  const char* const keys[] = {"connect_timeout", "application_name", "dbname", "client_encoding",
                              nullptr};
  const char* const values[] = {"10", "stip", target.url.c_str(), "UTF8", nullptr};
  ConnPtr conn(PQconnectdbParams(keys, values, 1));
  if (!conn) return Fail(Code::kUnavailable, "cannot allocate a PostgreSQL connection");
  // Notices ("table exists, skipping") are chatter, not errors; libpq would print them.
  PQsetNoticeProcessor(
      conn.get(), [](void*, const char*) {}, nullptr);
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    return Fail(Code::kUnavailable, "cannot connect to PostgreSQL at " + target.where + ": " +
                                        OneLine(PQerrorMessage(conn.get()), target.password));
  }
  const char* encoding = PQparameterStatus(conn.get(), "server_encoding");
  if (encoding == nullptr || std::string_view(encoding) != "UTF8") {
    return Fail(Code::kFailedPrecondition,
                "the PostgreSQL database at " + target.where + " uses encoding " +
                    (encoding != nullptr ? encoding : "(unknown)") +
                    "; Stip needs UTF8 (CREATE DATABASE ... ENCODING 'UTF8')");
  }
  std::unique_ptr<Connection> connection(new Connection(std::move(conn), target, settings));
  if (auto status = connection->Configure(); !status) return Fail(status.error());
  return connection;
}

Status Connection::Configure() {
  const int lock_ms = std::max(1, settings_.lock_timeout_ms);  // 0 would mean wait forever
  if (auto set = Run(kSetConfig, "lock_timeout", std::to_string(lock_ms)); !set) {
    return Fail(set.error());
  }
  auto durability =
      settings_.durable ? Run(kDurableCommit) : Run(kSetConfig, "synchronous_commit", "off");
  if (!durability) return Fail(durability.error());
  return {};
}

Status Connection::Reset() {
  PQreset(conn_.get());
  names_.clear();  // a new server session has no prepared statements
  if (Broken()) {
    return Fail(Code::kUnavailable, "cannot reconnect to PostgreSQL at " + target_.where + ": " +
                                        OneLine(PQerrorMessage(conn_.get()), target_.password));
  }
  return Configure();
}

Error Connection::Failure(const PGresult* result, std::string_view what) const {
  return PgError(result, conn_.get(), what, target_);
}

Result<const std::string*> Connection::Prepared(Sql sql) {
  if (auto it = names_.find(sql.text()); it != names_.end()) return &it->second;
  std::string name = "stip_" + std::to_string(names_.size() + 1);
  // Sql is only ever made from a string literal, so text().data() is NUL-terminated.
  ResultPtr result(PQprepare(conn_.get(), name.c_str(), sql.text().data(), 0, nullptr));
  if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    return Fail(Failure(result.get(), "preparing \"" + Shorten(sql.text()) + "\""));
  }
  return &names_.emplace(sql.text(), std::move(name)).first->second;
}

Result<Rows> Connection::RunParams(Sql sql, const Params& params) {
  if (params.has_nul()) {
    return Fail(Error::Invalid("a text value holds a NUL character, which cannot be stored"));
  }
  auto name = Prepared(sql);
  if (!name) return Fail(name.error());
  ResultPtr result(PQexecPrepared(conn_.get(), (*name)->c_str(), params.size(), params.values(),
                                  nullptr, nullptr, 0));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return Fail(Failure(result.get(), "running \"" + Shorten(sql.text()) + "\""));
  }
  return Rows(std::move(result));
}

Status Connection::StreamParams(Sql sql, const Params& params, const RowFn& row) {
  if (params.has_nul()) {
    return Fail(Error::Invalid("a text value holds a NUL character, which cannot be stored"));
  }
  auto name = Prepared(sql);
  if (!name) return Fail(name.error());
  const std::string what = "reading \"" + Shorten(sql.text()) + "\"";
  if (PQsendQueryPrepared(conn_.get(), (*name)->c_str(), params.size(), params.values(), nullptr,
                          nullptr, 0) == 0) {
    return Fail(Failure(nullptr, what));
  }
  PQsetSingleRowMode(conn_.get());
  // Every result must be collected before the connection takes the next query, so after an
  // early stop or a failed callback the remaining rows are read and dropped.
  Status outcome;
  bool stopped = false;
  while (ResultPtr result{PQgetResult(conn_.get())}) {
    const ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_SINGLE_TUPLE) {
      if (stopped || !outcome) continue;
      auto more = row(Row(result.get(), 0));
      if (!more) {
        outcome = Fail(more.error());
      } else if (!*more) {
        stopped = true;
      }
    } else if (status != PGRES_TUPLES_OK && outcome) {
      outcome = Fail(Failure(result.get(), what));
    }
  }
  return outcome;
}

Status Connection::Exec(Sql sql) {
  ResultPtr result(PQexec(conn_.get(), sql.text().data()));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return Fail(Failure(result.get(), "executing \"" + Shorten(sql.text()) + "\""));
  }
  return {};
}

// --- Transaction --------------------------------------------------------------------------------

Result<Transaction> Transaction::Begin(Connection& conn, Sql begin) {
  Transaction txn(&conn);  // `begin` may hold more than BEGIN: roll back if a later part failed
  if (auto status = conn.Exec(begin); !status) return Fail(status.error());
  return txn;
}

Transaction::~Transaction() {
  if (conn_ != nullptr && !conn_->Broken() && conn_->InTransaction()) {
    (void)conn_->Exec("ROLLBACK");
  }
}

Status Transaction::Commit() {
  Connection* conn = conn_;
  if (conn == nullptr) return Fail(Error::Internal("transaction already finished"));
  // PostgreSQL answers COMMIT in a failed transaction with a silent ROLLBACK: refuse it here.
  if (PQtransactionStatus(conn->raw()) != PQTRANS_INTRANS) {  // the destructor rolls back
    if (conn->Broken()) return Fail(PgError(nullptr, conn->raw(), "committing", conn->target()));
    return Fail(Error::Internal("the transaction failed before COMMIT and was rolled back"));
  }
  if (auto status = conn->Exec("COMMIT"); !status) return status;  // destructor rolls back
  conn_ = nullptr;
  return {};
}

}  // namespace stip::store::postgres
