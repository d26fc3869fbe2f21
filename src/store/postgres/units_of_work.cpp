// The three kinds of connection the store core works on, for PostgreSQL: a repeatable-read
// snapshot on a pooled connection, a pooled connection in autocommit for operational state,
// and the writer's ledger transaction (row locks on chain heads serialise writers across
// processes; the mutex serialises this process's writer connection).
#include "store/postgres/projector.h"
#include "store/postgres/sql.h"
#include "store/postgres/sql_port.h"
#include "store/postgres/store_impl.h"

namespace stip::store::postgres {

using domain::Fail;

Status PostgresStore::ReadSnapshot(core::UnitOfWork work) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  auto txn = Transaction::Begin(**conn, sql::kBeginSnapshot);
  if (!txn) return Fail(txn.error());
  PostgresPort port(**conn);
  if (auto status = work(port); !status) return status;
  return txn->Commit();
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

namespace {

// The chain writer's fold, until the store core has its own projector: this engine's projector
// on the writer, inside the same transaction as the port the chain writer works on.
class ProjectorFolder final : public core::Folder {
 public:
  explicit ProjectorFolder(Connection& writer) : projector_(writer) {}
  Status Apply(const ledger::Event& event) override { return projector_.Apply(event); }
  Status Flush() override { return projector_.Flush(); }

 private:
  Projector projector_;
};

}  // namespace

std::unique_ptr<core::Folder> PostgresStore::NewFolder(core::SqlPort&) {
  return std::make_unique<ProjectorFolder>(*writer_);
}

}  // namespace stip::store::postgres
