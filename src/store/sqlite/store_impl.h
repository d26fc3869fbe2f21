// Internal to src/store/sqlite: the SqliteStore class behind OpenSqlite. One writer connection
// under a mutex, plus a pool of reader connections so WAL readers run in parallel.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/core/core_store.h"
#include "store/open.h"
#include "store/sqlite/connection.h"
#include "store/store.h"

namespace stip::store::sqlite {

// Hands each reader connection to one thread at a time.
class ReadPool {
 public:
  class Lease {
   public:
    Lease(ReadPool& pool, std::unique_ptr<Connection> conn)
        : pool_(&pool), conn_(std::move(conn)) {}
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
    ReadPool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  ReadPool(std::vector<std::unique_ptr<Connection>> conns, int wait_ms)
      : free_(std::move(conns)), wait_ms_(wait_ms) {}

  // Waits up to the busy timeout for a free connection, then fails with Unavailable.
  Result<Lease> Acquire();

 private:
  void Return(std::unique_ptr<Connection> conn);

  std::mutex mu_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Connection>> free_;
  int wait_ms_;
};

// Checkpoints the WAL on its own thread and connection, so that no commit waits for a checkpoint
// (and its fsync of the database file). The writer's auto-checkpoint is off; its WAL hook wakes
// this thread when the WAL holds kSoftPages frames. A PASSIVE checkpoint never blocks anyone;
// should the WAL still grow past kHardPages (readers kept it from being reused), a RESTART
// checkpoint waits (up to the busy timeout) until it can start the WAL over, which bounds its
// size. Commits stay synchronous=FULL: durability does not depend on checkpoints.
class Checkpointer {
 public:
  static constexpr int kSoftPages = 1000;   // SQLite's own auto-checkpoint threshold
  static constexpr int kHardPages = 16000;  // ~64 MiB of WAL with 4 KiB pages

  explicit Checkpointer(std::unique_ptr<Connection> conn);
  ~Checkpointer();  // stops the thread (a running checkpoint completes first)
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  // Installs the WAL hook on the writer (replacing its auto-checkpoint); Detach removes it.
  void Attach(Connection& writer);
  static void Detach(Connection& writer);

 private:
  static int OnCommit(void* self, sqlite3* db, const char* name, int frames);
  void Run();

  std::unique_ptr<Connection> conn_;
  std::mutex mu_;
  std::condition_variable wake_;
  int frames_ = 0;  // WAL size reported by the last commit
  bool stopping_ = false;
  std::thread thread_;
};

class SqliteStore final : public core::CoreStore {
 public:
  SqliteStore(std::unique_ptr<Connection> writer, std::unique_ptr<ReadPool> readers)
      : writer_(std::move(writer)), readers_(std::move(readers)) {}
  SqliteStore(std::unique_ptr<Connection> writer, std::unique_ptr<ReadPool> readers,
              std::unique_ptr<Checkpointer> checkpointer);
  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  Status ReadSnapshot(core::UnitOfWork work) override;
  Status ReadOne(core::UnitOfWork work) override;
  Status Operational(core::UnitOfWork work) override;
  Status WriteTransaction(core::UnitOfWork work) override;
  core::Dialect dialect() const override { return core::Dialect::kSqlite; }

 private:
  std::mutex write_mu_;  // guards writer_: the ledger and the operational writes
  std::unique_ptr<Connection> writer_;
  std::unique_ptr<ReadPool> readers_;
  std::unique_ptr<Checkpointer> checkpointer_;  // null: the writer checkpoints (SQLite default)
};

}  // namespace stip::store::sqlite
