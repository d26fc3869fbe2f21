// Fault injection for the store's tests: a SqlPort that fails the Nth statement of a write unit
// of work, or its commit, so that a test can show that a write failing anywhere leaves nothing.
#pragma once

#include <mutex>
#include <optional>

#include "store/core/sql.h"

namespace stip::store::core {

// What the next write unit of work should suffer. Installed with CoreStore::SetFaultInjector;
// each write unit of work runs through a FaultPort over the engine's port, which counts its
// statements (Run, Stream and Exec alike) and fails the one asked for. A fault fires once, then
// the injector only counts again. Thread-safe.
class FaultInjector {
 public:
  // Whether the failing statement still runs before it reports failure (its effects must then
  // be undone like those of every statement before it) or does not run at all.
  enum class Timing { kBefore, kAfter };

  // The next write unit of work fails its statement `n` (1-based).
  void FailStatement(int n, Timing timing = Timing::kBefore);
  // The next write unit of work fails its commit: the transaction is never committed.
  void FailCommit();

  // Statements that the last finished write unit of work ran through its port (a failed one
  // included), and whether the armed fault fired in it.
  int last_statements() const;
  bool fired() const;

 private:
  friend class FaultPort;
  // A statement is about to run; the error when it is the one to fail, with whether it runs.
  std::optional<Error> OnStatement(int n, bool& run_first);
  std::optional<Error> OnCommit();
  void Finish(int statements);

  mutable std::mutex mu_;
  int fail_statement_ = 0;
  Timing timing_ = Timing::kBefore;
  bool fail_commit_ = false;
  bool fired_ = false;
  int last_statements_ = 0;
};

// The port a write unit of work sees while an injector is installed: everything goes to `inner`
// unless the injector says this statement (or the commit) fails.
class FaultPort final : public SqlPort {
 public:
  FaultPort(SqlPort& inner, FaultInjector& faults) : inner_(inner), faults_(faults) {}
  ~FaultPort() override;
  FaultPort(const FaultPort&) = delete;
  FaultPort& operator=(const FaultPort&) = delete;

  Dialect dialect() const override { return inner_.dialect(); }
  Result<std::int64_t> Run(Sql sql, std::span<const Param> params, RowFn on_row) override;
  Status Stream(Sql sql, std::span<const Param> params, RowFn on_row) override;
  Status Exec(Sql sql) override;
  Status Commit() override;

 private:
  SqlPort& inner_;
  FaultInjector& faults_;
  int statements_ = 0;
};

}  // namespace stip::store::core
