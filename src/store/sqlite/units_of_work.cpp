// The three kinds of connection the store core works on, for SQLite: a read snapshot on a
// pooled reader, the writer for operational state, and the writer's ledger transaction.
#include "store/sqlite/projector.h"
#include "store/sqlite/sql_port.h"
#include "store/sqlite/store_impl.h"

namespace stip::store::sqlite {

using domain::Fail;

Status SqliteStore::ReadSnapshot(core::UnitOfWork work) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  auto txn = Transaction::Begin(**conn, "BEGIN");
  if (!txn) return Fail(txn.error());
  SqlitePort port(**conn);
  if (auto status = work(port); !status) return status;
  return txn->Commit();  // ends the read transaction; nothing was written
}

Status SqliteStore::Operational(core::UnitOfWork work) {
  // Readers are query_only: operational writes share the writer, each statement autocommits.
  std::lock_guard lock(write_mu_);
  SqlitePort port(*writer_);
  return work(port);
}

Status SqliteStore::WriteTransaction(core::UnitOfWork work) {
  std::lock_guard lock(write_mu_);
  // IMMEDIATE takes the write lock up front, so a reader-turned-writer never deadlocks, and a
  // busy database fails here, before any work is done.
  auto txn = Transaction::Begin(*writer_, "BEGIN IMMEDIATE");
  if (!txn) return Fail(txn.error());
  SqlitePort port(*writer_, &*txn);
  return RunWrite(port, work);  // commits through the port; otherwise the transaction rolls back
}

namespace {

// The chain writer's fold, until the store core has its own projector: this engine's projector
// on the writer, inside the same transaction as the port the chain writer works on.
class ProjectorFolder final : public core::Folder {
 public:
  explicit ProjectorFolder(Connection& writer) : projector_(writer) {}
  Status Apply(const ledger::Event& event) override { return projector_.Apply(event); }
  Status Flush() override { return {}; }  // it defers nothing

 private:
  Projector projector_;
};

}  // namespace

std::unique_ptr<core::Folder> SqliteStore::NewFolder(core::SqlPort&) {
  return std::make_unique<ProjectorFolder>(*writer_);
}

}  // namespace stip::store::sqlite
