// Internal to src/store/postgres: the PostgresStore class behind OpenPostgres. One writer
// connection for Commit and Rebuild (under a mutex), and a pool of connections for reads and for
// the single-statement operational writes (sessions, login counters), which need no batching.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/core/core_store.h"
#include "store/open.h"
#include "store/postgres/connection.h"
#include "store/store.h"

namespace stip::store::postgres {

// Hands each pooled connection to one thread at a time.
class Pool {
 public:
  class Lease {
   public:
    Lease(Pool& pool, std::unique_ptr<Connection> conn) : pool_(&pool), conn_(std::move(conn)) {}
    Lease(Lease&& other) noexcept = default;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (conn_) pool_->Return(std::move(conn_));
    }
    Connection& operator*() const { return *conn_; }
    Connection* operator->() const { return conn_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  Pool(std::vector<std::unique_ptr<Connection>> conns, int wait_ms)
      : free_(std::move(conns)), wait_ms_(wait_ms) {}

  // Waits up to the busy timeout for a free connection, then fails with Unavailable. A
  // connection the server dropped is reconnected here.
  Result<Lease> Acquire();

 private:
  void Return(std::unique_ptr<Connection> conn);

  std::mutex mu_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Connection>> free_;
  int wait_ms_;
};

class PostgresStore final : public core::CoreStore {
 public:
  PostgresStore(std::unique_ptr<Connection> writer, std::unique_ptr<Pool> pool)
      : writer_(std::move(writer)), pool_(std::move(pool)) {}

  Result<CommitResult> Commit(const CommitBatch& batch) override;

  Result<std::vector<std::string>> ListChains() override;
  Status ReadChain(const std::string& chain, const EventVisitor& visit) override;
  Status ReadAccessChain(const std::string& family_id, const AccessVisitor& visit) override;
  Status ReadGlobalChain(const GlobalVisitor& visit) override;
  Result<RebuildReport> Rebuild() override;

  Status ImportEvents(const std::string& chain, const std::vector<ledger::Event>& events) override;
  Status ImportAccess(const std::string& family_id,
                      const std::vector<SealedAccess>& lines) override;
  Status ImportGlobal(const std::vector<GlobalLink>& links) override;

 public:
  Status ReadSnapshot(core::UnitOfWork work) override;
  Status ReadOne(core::UnitOfWork work) override;
  Status Operational(core::UnitOfWork work) override;
  Status WriteTransaction(core::UnitOfWork work) override;
  core::Dialect dialect() const override { return core::Dialect::kPostgres; }

 private:
  // One append inside the open transaction, without its global link; the caller wraps it in a
  // savepoint and links every successful append once the batch's items are done.
  Result<ChainHead> AppendOne(const AppendRequest& request);
  // All access-log lines of a batch in three statements; fills out.access (same order). Fails
  // only when those statements fail: then no line was written.
  Status LogAll(const std::vector<domain::AccessRecord>& lines, CommitResult& out);
  // Appends one global link per successful append, in batch order, under the global_head lock.
  Status LinkGlobal(const CommitResult& out);
  // The writer, reconnected if the server dropped it; call with write_mu_ held.
  Status WriterReady();

  std::mutex write_mu_;  // guards writer_: Commit and Rebuild
  std::unique_ptr<Connection> writer_;
  std::unique_ptr<Pool> pool_;
};

}  // namespace stip::store::postgres
