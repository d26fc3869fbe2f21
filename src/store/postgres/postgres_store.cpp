// Opening the PostgreSQL store, the connection pool and the writer connection. The ledger is
// written by the store core (src/store/core/chain_writer*.cpp) in units_of_work.cpp's transaction.
#include "store/postgres/postgres_store.h"

#include <chrono>
#include <string>
#include <utility>

#include "store/postgres/migrations.h"
#include "store/postgres/store_impl.h"

namespace stip::store::postgres {

using domain::Code;
using domain::Fail;

// --- opening ------------------------------------------------------------------------------------

Result<std::unique_ptr<Store>> OpenPostgres(const std::string& url, const OpenOptions& options) {
  auto target = ParseTarget(url);
  if (!target) return Fail(target.error());
  const Settings settings{options.busy_timeout_ms, options.durable};
  auto writer = Connection::Open(*target, settings);
  if (!writer) return Fail(writer.error());
  if (auto status = Migrate(**writer); !status) return Fail(status.error());

  const int count = options.read_connections > 0 ? options.read_connections : 1;
  std::vector<std::unique_ptr<Connection>> pooled;
  pooled.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    auto conn = Connection::Open(*target, settings);
    if (!conn) return Fail(conn.error());
    pooled.push_back(std::move(*conn));
  }
  auto pool = std::make_unique<Pool>(std::move(pooled), options.busy_timeout_ms);
  return std::unique_ptr<Store>(new PostgresStore(std::move(*writer), std::move(pool)));
}

// --- the pool -----------------------------------------------------------------------------------

Result<Pool::Lease> Pool::Acquire() {
  std::unique_ptr<Connection> conn;
  {
    std::unique_lock lock(mu_);
    if (!returned_.wait_for(lock, std::chrono::milliseconds(wait_ms_),
                            [this] { return !free_.empty(); })) {
      return Fail(Code::kUnavailable, "all database connections are busy; try again in a moment");
    }
    conn = std::move(free_.back());
    free_.pop_back();
  }
  Lease lease(*this, std::move(conn));  // goes back to the pool on every path from here
  if (lease->Broken()) {
    if (auto status = lease->Reset(); !status) return Fail(status.error());
  }
  return lease;
}

void Pool::Return(std::unique_ptr<Connection> conn) {
  // A caller that returned early inside a transaction must not hand it to the next one.
  if (!conn->Broken() && conn->InTransaction()) (void)conn->Exec("ROLLBACK");
  {
    std::lock_guard lock(mu_);
    free_.push_back(std::move(conn));
  }
  returned_.notify_one();
}

// --- the writer ---------------------------------------------------------------------------------

Status PostgresStore::WriterReady() {
  if (!writer_->Broken()) return {};
  return writer_->Reset();
}

}  // namespace stip::store::postgres
