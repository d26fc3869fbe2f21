// Group commit: many threads hand in appends and access-log lines; one thread writes them in
// one store transaction and wakes every caller only after that transaction is durable. This is
// what makes logged reads and entry writes cheap without ever acknowledging a lost write.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include "domain/access.h"
#include "domain/error.h"

// Declared here, defined in store/store.h: the Committer's callers are inside app.
namespace stip::store {
class LedgerWriter;
struct AppendRequest;
struct ChainHead;
}  // namespace stip::store

namespace stip::app {

struct CommitterStats {
  std::uint64_t batches = 0;
  std::uint64_t appends = 0;
  std::uint64_t access_records = 0;
};

class Committer {
 public:
  // Called after every batch with its number of appends and access-log lines (for /metrics).
  using BatchObserver = std::function<void(std::size_t appends, std::size_t access)>;

  explicit Committer(store::LedgerWriter& ledger, std::size_t max_batch = 1024);
  ~Committer();  // drains the queue, then stops
  Committer(const Committer&) = delete;
  Committer& operator=(const Committer&) = delete;

  // Block until the append is durable (or failed). Thread-safe.
  domain::Result<store::ChainHead> Append(store::AppendRequest request);
  // Block until the access-log line is durable; only then may the read be served.
  domain::Result<std::int64_t> Log(domain::AccessRecord record);
  // Several lines at once (one read that shows many families, e.g. "Mijn werk"): queued
  // together so they usually share one transaction; returns when all are durable, or the first
  // failure.
  domain::Status LogAll(std::vector<domain::AccessRecord> records);

  void SetObserver(BatchObserver observer);
  CommitterStats Stats() const;

 private:
  struct Pending;
  void Run();

  store::LedgerWriter& ledger_;
  std::size_t max_batch_;
  mutable std::mutex mu_;
  // Held while the observer runs, and by SetObserver: once SetObserver({}) returns, the old
  // observer is never called again (its owner may be destroyed right after).
  std::mutex observer_mu_;
  std::condition_variable wake_;
  std::deque<Pending*> queue_;
  bool stopping_ = false;
  CommitterStats stats_;
  BatchObserver observer_;
  std::thread thread_;
};

}  // namespace stip::app
