// Internal to src/store/postgres: the PostgresStore class behind OpenPostgres. One writer
// connection for the ledger's write transactions (under a mutex), and a pool of connections for
// reads and for the single-statement operational writes (sessions, login counters), which need no
// batching.
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

  Status ReadSnapshot(core::UnitOfWork work) override;
  Status ReadOne(core::UnitOfWork work) override;
  Status Operational(core::UnitOfWork work) override;
  Status WriteTransaction(core::UnitOfWork work) override;
  core::Dialect dialect() const override { return core::Dialect::kPostgres; }

 private:
  // The writer, reconnected if the server dropped it; call with write_mu_ held.
  Status WriterReady();

  std::mutex write_mu_;  // guards writer_: the ledger's write transactions
  std::unique_ptr<Connection> writer_;
  std::unique_ptr<Pool> pool_;
};

}  // namespace stip::store::postgres
