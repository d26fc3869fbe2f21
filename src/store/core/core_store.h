// The engine-neutral store: every Store method written once against core::SqlPort. An engine
// (src/store/sqlite, src/store/postgres) derives from it and supplies only connections: a read
// snapshot, an operational connection and the ledger's write transaction.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "store/core/chain_writer.h"
#include "store/core/sql.h"
#include "store/store.h"

namespace stip::store::core {

class FaultInjector;

using UnitOfWork = FunctionRef<Status(SqlPort&)>;

class CoreStore : public Store {
 public:
  // Public for the store's own code and its contract tests; app sees only the Store ports.
  // Runs `work` inside one read-only snapshot (one transaction on one pooled connection), so
  // that everything a use case reads is consistent.
  virtual Status ReadSnapshot(UnitOfWork work) = 0;
  // Runs `work` on a connection that may write operational state outside the ledger (sessions,
  // login codes, login back-off); each statement commits on its own.
  virtual Status Operational(UnitOfWork work) = 0;
  // Runs `work` inside the ledger's write transaction (one writer at a time in this process;
  // the engine takes the locks it needs across processes). Committed durably when `work`
  // succeeded, rolled back otherwise; an error from the commit itself is returned and the
  // transaction is never reported as written.
  virtual Status WriteTransaction(UnitOfWork work) = 0;
  virtual Dialect dialect() const = 0;

  // --- the ledger: Commit, the reads of verify and migrate, Rebuild, import -----------------
  // (chain_writer.cpp, ledger_reads.cpp, rebuild.cpp, import.cpp)
  Result<CommitResult> Commit(const CommitBatch& batch) override;
  Result<std::vector<std::string>> ListChains() override;
  Status ReadChain(const std::string& chain, const EventVisitor& visit) override;
  Status ReadAccessChain(const std::string& family_id, const AccessVisitor& visit) override;
  Status ReadGlobalChain(const GlobalVisitor& visit) override;
  Status ReadAllEvents(const StoredEventVisitor& visit) override;
  Status ReadAllAccess(const StoredAccessVisitor& visit) override;
  Result<RebuildReport> Rebuild() override;
  Status ImportEvents(const std::string& chain, const std::vector<ledger::Event>& events) override;
  Status ImportAccess(const std::string& family_id,
                      const std::vector<SealedAccess>& lines) override;
  Status ImportGlobal(const std::vector<GlobalLink>& links) override;

  // For tests (fault_port.h): from now on every write unit of work runs through `injector`,
  // which may fail one of its statements or its commit; nullptr removes it. The injector must
  // outlive its use, and is set while no write runs.
  void SetFaultInjector(FaultInjector* injector) { faults_.store(injector); }
  // For tests: (table, fingerprint) of every ledger and projection table, read in one snapshot,
  // so that a test can show that a write left the database exactly as it was.
  Result<std::vector<std::pair<std::string, std::string>>> Fingerprints();

 protected:
  // The fold for the chain writer: the engine's projector on the connection under `port`.
  virtual std::unique_ptr<Folder> NewFolder(SqlPort& port) = 0;
  // An engine's WriteTransaction ends with this: runs `work` on `port` (through the fault
  // injector, when a test installed one) and, when it succeeded, commits through the port.
  Status RunWrite(SqlPort& port, UnitOfWork work);

 private:
  std::atomic<FaultInjector*> faults_{nullptr};
};

}  // namespace stip::store::core
