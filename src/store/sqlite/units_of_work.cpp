// The units of work the store core runs on, for SQLite: a read snapshot or a single read on a
// pooled reader, the writer for operational state, and the writer's ledger transaction.
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

Status SqliteStore::ReadOne(core::UnitOfWork work) {
  // No BEGIN/COMMIT: the work is one statement, which is a snapshot by itself.
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  SqlitePort port(**conn);
  return work(port);
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

}  // namespace stip::store::sqlite
