#include "store/core/fault_port.h"

#include <string>

#include "store/core/core_store.h"

namespace stip::store::core {

using domain::Code;
using domain::Fail;

// --- the injector -------------------------------------------------------------------------------

void FaultInjector::FailStatement(int n, Timing timing) {
  std::lock_guard lock(mu_);
  fail_statement_ = n;
  timing_ = timing;
  fail_commit_ = false;
  fired_ = false;
}

void FaultInjector::FailCommit() {
  std::lock_guard lock(mu_);
  fail_statement_ = 0;
  fail_commit_ = true;
  fired_ = false;
}

int FaultInjector::last_statements() const {
  std::lock_guard lock(mu_);
  return last_statements_;
}

bool FaultInjector::fired() const {
  std::lock_guard lock(mu_);
  return fired_;
}

std::optional<Error> FaultInjector::OnStatement(int n, bool& run_first) {
  std::lock_guard lock(mu_);
  if (fail_statement_ == 0 || n != fail_statement_) return std::nullopt;
  fail_statement_ = 0;
  fired_ = true;
  run_first = timing_ == Timing::kAfter;
  // Unavailable, as a lost connection or a failed disk would be.
  return Error{
      Code::kUnavailable, "injected fault: statement " + std::to_string(n) + " failed", {}};
}

std::optional<Error> FaultInjector::OnCommit() {
  std::lock_guard lock(mu_);
  if (!fail_commit_) return std::nullopt;
  fail_commit_ = false;
  fired_ = true;
  return Error{Code::kUnavailable, "injected fault: the commit failed", {}};
}

void FaultInjector::Finish(int statements) {
  std::lock_guard lock(mu_);
  last_statements_ = statements;
  // A fault armed for a statement this unit of work did not reach stays for none other.
  fail_statement_ = 0;
  fail_commit_ = false;
}

// --- the port -----------------------------------------------------------------------------------

FaultPort::~FaultPort() { faults_.Finish(statements_); }

Result<std::int64_t> FaultPort::Run(Sql sql, std::span<const Param> params, RowFn on_row) {
  bool run_first = false;
  if (auto fault = faults_.OnStatement(++statements_, run_first)) {
    if (run_first) (void)inner_.Run(sql, params, on_row);
    return Fail(*fault);
  }
  return inner_.Run(sql, params, on_row);
}

Status FaultPort::Stream(Sql sql, std::span<const Param> params, RowFn on_row) {
  bool run_first = false;
  if (auto fault = faults_.OnStatement(++statements_, run_first)) {
    if (run_first) (void)inner_.Stream(sql, params, on_row);
    return Fail(*fault);
  }
  return inner_.Stream(sql, params, on_row);
}

Status FaultPort::Exec(Sql sql) {
  bool run_first = false;
  if (auto fault = faults_.OnStatement(++statements_, run_first)) {
    if (run_first) (void)inner_.Exec(sql);
    return Fail(*fault);
  }
  return inner_.Exec(sql);
}

// A failed commit never commits: the engine's transaction rolls back when the unit of work ends.
Status FaultPort::Commit() {
  if (auto fault = faults_.OnCommit()) return Fail(*fault);
  return inner_.Commit();
}

// --- CoreStore ----------------------------------------------------------------------------------

Status CoreStore::RunWrite(SqlPort& port, UnitOfWork work) {
  FaultInjector* faults = faults_.load();
  if (faults == nullptr) {
    if (auto status = work(port); !status) return status;
    return port.Commit();
  }
  FaultPort faulty(port, *faults);
  if (auto status = work(faulty); !status) return status;
  return faulty.Commit();
}

}  // namespace stip::store::core
