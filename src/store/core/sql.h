// The narrow SQL port that the engine-neutral store core (projector, reads, chain writer) is
// written against, so that each statement and each row mapping exists once for both engines.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

#include "domain/error.h"

namespace stip::store::core {

using domain::Error;
using domain::Result;
using domain::Status;

enum class Dialect { kSqlite, kPostgres };

// SQL fixed at compile time, so that text built from data can never reach a connection: values
// always travel as bound parameters. Written once, in PostgreSQL's placeholder form ($1, $2, ...);
// the SQLite port rewrites the placeholders to ?1, ?2 when it first prepares a statement. Where
// the engines really differ (row locks, array parameters), PerEngine gives each its own text.
class Sql {
 public:
  consteval Sql(const char* text) : sqlite_(text), postgres_(text) {}  // NOLINT: implicit
  static consteval Sql PerEngine(const char* sqlite, const char* postgres) {
    return Sql(sqlite, postgres);
  }
  // NUL-terminated (it comes from a literal).
  const char* text(Dialect dialect) const {
    return dialect == Dialect::kSqlite ? sqlite_ : postgres_;
  }

 private:
  consteval Sql(const char* sqlite, const char* postgres) : sqlite_(sqlite), postgres_(postgres) {}
  const char* sqlite_;
  const char* postgres_;
};

// One bound value. Text is borrowed: it must outlive the call it is passed to.
using Param = std::variant<std::nullptr_t, std::int64_t, bool, std::string_view>;

inline Param ToParam(std::nullptr_t) { return nullptr; }
inline Param ToParam(bool value) { return value; }
inline Param ToParam(std::string_view value) { return value; }
inline Param ToParam(const std::string& value) { return std::string_view(value); }
inline Param ToParam(const char* value) { return std::string_view(value); }
template <typename T>
requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) Param ToParam(T value) {
  return static_cast<std::int64_t>(value);
}
inline Param ToParam(const std::optional<std::int64_t>& value) {
  if (!value) return nullptr;
  return *value;
}
inline Param ToParam(const std::optional<std::string>& value) {
  if (!value) return nullptr;
  return std::string_view(*value);
}

// The storage class of one column value, for table fingerprints (stip rebuild).
enum class ValueKind { kNull, kInteger, kReal, kText, kBlob };

// One row of a result, valid only during the callback it is handed to.
class Row {
 public:
  virtual ~Row() = default;
  virtual int Columns() const = 0;
  virtual bool IsNull(int column) const = 0;
  virtual std::int64_t Int(int column) const = 0;
  virtual bool Bool(int column) const = 0;
  // The bytes of a text (or blob) value; valid during the callback only.
  virtual std::string_view View(int column) const = 0;
  virtual ValueKind Kind(int column) const = 0;

  std::string Text(int column) const { return std::string(View(column)); }
  std::optional<std::int64_t> OptInt(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Int(column);
  }
  std::optional<std::string> OptText(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Text(column);
  }
};

// A non-owning reference to a callable, cheaper than std::function (no allocation): valid only
// while the callable it was made from is alive, so it is for parameters, never for members.
template <typename Signature>
class FunctionRef;
template <typename R, typename... A>
class FunctionRef<R(A...)> {
 public:
  template <typename F>
  requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef> &&
           std::is_invocable_r_v<R, F&, A...>)
      FunctionRef(F&& fn)  // NOLINT: implicit on purpose, a lambda converts at the call
      : object_(const_cast<void*>(static_cast<const void*>(&fn))),
        call_([](void* object, A... args) -> R {
          return (*static_cast<std::remove_reference_t<F>*>(object))(std::forward<A>(args)...);
        }) {}
  R operator()(A... args) const { return call_(object_, std::forward<A>(args)...); }

 private:
  void* object_;
  R (*call_)(void*, A...);
};

// A row callback: true = more rows please, false = stop here.
using RowFn = FunctionRef<Result<bool>(const Row&)>;

// One connection of one engine, inside whatever transaction the engine opened for the caller.
// Not thread-safe; it lives for one unit of work.
class SqlPort {
 public:
  virtual ~SqlPort() = default;
  virtual Dialect dialect() const = 0;

  // Runs one statement with bound parameters; each result row goes to `on_row` (in order, until
  // it returns false). Returns the number of rows an INSERT, UPDATE or DELETE changed.
  virtual Result<std::int64_t> Run(Sql sql, std::span<const Param> params, RowFn on_row) = 0;
  // Like Run for results of any size: rows are streamed, never all held in memory.
  virtual Status Stream(Sql sql, std::span<const Param> params, RowFn on_row) = 0;
  // One parameterless statement: SAVEPOINT x, RELEASE x, ROLLBACK TO x.
  virtual Status Exec(Sql sql) = 0;
  // Commits the write transaction this port works in, durably. Only a write unit of work has
  // one; it commits through its port (see CoreStore::RunWrite) so that tests can fail it.
  virtual Status Commit() {
    return tl::unexpected(Error::Internal("this connection has no transaction to commit"));
  }

  // --- conveniences over Run ------------------------------------------------------------------
  // A statement whose rows (if any) are ignored; the number of rows it changed.
  template <typename... Args>
  Result<std::int64_t> Write(Sql sql, const Args&... args) {
    const Param params[] = {ToParam(args)..., nullptr};  // the extra one keeps the array non-empty
    return Run(sql, std::span<const Param>(params, sizeof...(Args)), IgnoreRows);
  }
  // Whether the query returns a row.
  template <typename... Args>
  Result<bool> Exists(Sql sql, const Args&... args) {
    bool found = false;
    auto first = [&](const Row&) -> Result<bool> {
      found = true;
      return false;
    };
    const Param params[] = {ToParam(args)..., nullptr};
    auto ran = Run(sql, std::span<const Param>(params, sizeof...(Args)), first);
    if (!ran) return tl::unexpected(ran.error());
    return found;
  }
  // Calls `fn(row)` for every row; fn returns void (all rows), or bool / Result<bool> (more?).
  template <typename Fn, typename... Args>
  Status Each(Sql sql, Fn&& fn, const Args&... args) {
    auto adapt = [&](const Row& row) -> Result<bool> { return Call(fn, row); };
    const Param params[] = {ToParam(args)..., nullptr};
    auto ran = Run(sql, std::span<const Param>(params, sizeof...(Args)), adapt);
    if (!ran) return tl::unexpected(ran.error());
    return {};
  }
  // Each, streamed (for results of any size: chains, whole tables).
  template <typename Fn, typename... Args>
  Status EachStreamed(Sql sql, Fn&& fn, const Args&... args) {
    auto adapt = [&](const Row& row) -> Result<bool> { return Call(fn, row); };
    const Param params[] = {ToParam(args)..., nullptr};
    return Stream(sql, std::span<const Param>(params, sizeof...(Args)), adapt);
  }
  // The first row mapped by `fn(row) -> Result<T> or T`, or nullopt when there is none.
  template <typename T, typename Fn, typename... Args>
  Result<std::optional<T>> One(Sql sql, Fn&& fn, const Args&... args) {
    std::optional<T> out;
    std::optional<Error> failed;
    auto first = [&](const Row& row) -> Result<bool> {
      if constexpr (std::is_same_v<std::invoke_result_t<Fn&, const Row&>, Result<T>>) {
        auto value = fn(row);
        if (!value) return tl::unexpected(value.error());
        out = std::move(*value);
      } else {
        out = fn(row);
      }
      return false;
    };
    const Param params[] = {ToParam(args)..., nullptr};
    auto ran = Run(sql, std::span<const Param>(params, sizeof...(Args)), first);
    if (!ran) return tl::unexpected(ran.error());
    return out;
  }

 private:
  static constexpr auto IgnoreRows = [](const Row&) -> Result<bool> { return true; };

  template <typename Fn>
  static Result<bool> Call(Fn& fn, const Row& row) {
    using R = std::invoke_result_t<Fn&, const Row&>;
    if constexpr (std::is_void_v<R>) {
      fn(row);
      return true;
    } else {
      return fn(row);
    }
  }
};

// A savepoint on `port`, rolled back (and released) unless Release() succeeded: one failed
// item of a batch undoes only its own writes.
class Savepoint {
 public:
  static Result<Savepoint> Begin(SqlPort& port);
  Savepoint(Savepoint&& other) noexcept : port_(other.port_) { other.port_ = nullptr; }
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  Savepoint& operator=(Savepoint&&) = delete;
  ~Savepoint();
  Status Release();

 private:
  explicit Savepoint(SqlPort* port) : port_(port) {}
  SqlPort* port_;
};

// "$1 ... $12" -> "?1 ... ?12" outside quoted strings and identifiers (the SQLite port).
std::string ToSqlitePlaceholders(std::string_view postgres_text);

}  // namespace stip::store::core
