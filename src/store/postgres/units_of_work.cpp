// The units of work the store core runs on, for PostgreSQL: a repeatable-read snapshot on a
// pooled connection, a pooled connection in autocommit for single reads and operational state,
// and the writer's ledger transaction (row locks on chain heads serialise writers across
// processes; the mutex serialises this process's writer connection).
#include "store/postgres/sql_port.h"
#include "store/postgres/store_impl.h"

namespace stip::store::postgres {

using domain::Fail;

namespace {
// A read-only snapshot: everything one use case reads agrees with one moment of the ledger.
constexpr Sql kBeginSnapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
}  // namespace

Status PostgresStore::ReadSnapshot(core::UnitOfWork work) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  auto txn = Transaction::Begin(**conn, kBeginSnapshot);
  if (!txn) return Fail(txn.error());
  PostgresPort port(**conn);
  if (auto status = work(port); !status) return status;
  return txn->Commit();
}

Status PostgresStore::ReadOne(core::UnitOfWork work) {
  // No BEGIN/COMMIT: the work is one statement, which is a snapshot by itself.
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  PostgresPort port(**conn);
  return work(port);
}

Status PostgresStore::Operational(core::UnitOfWork work) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  PostgresPort port(**conn);
  return work(port);
}

Status PostgresStore::WriteTransaction(core::UnitOfWork work) {
  std::lock_guard lock(write_mu_);
  if (auto ready = WriterReady(); !ready) return ready;
  // READ COMMITTED: each statement sees what other processes committed before it, and a row
  // lock wait ends with the newest version of the row, which is what the head checks need.
  auto txn = Transaction::Begin(*writer_, "BEGIN ISOLATION LEVEL READ COMMITTED");
  if (!txn) return Fail(txn.error());
  PostgresPort port(*writer_, &*txn);
  return RunWrite(port, work);  // commits through the port; otherwise the transaction rolls back
}

}  // namespace stip::store::postgres
