#include "app/committer.h"

#include <utility>
#include <vector>

#include "store/store.h"

namespace stip::app {

// A caller's request, waiting on the stack of the calling thread until the batch commits.
struct Committer::Pending {
  bool is_append = false;
  store::AppendRequest append;
  domain::AccessRecord access;
  std::promise<domain::Result<store::ChainHead>> append_done;
  std::promise<domain::Result<std::int64_t>> access_done;
};

Committer::Committer(store::LedgerWriter& ledger, std::size_t max_batch)
    : ledger_(ledger), max_batch_(max_batch), thread_([this] { Run(); }) {}

Committer::~Committer() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

domain::Result<store::ChainHead> Committer::Append(store::AppendRequest request) {
  Pending p;
  p.is_append = true;
  p.append = std::move(request);
  auto done = p.append_done.get_future();
  {
    std::lock_guard lock(mu_);
    if (stopping_) {
      return domain::Fail(domain::Code::kUnavailable, "Stip is shutting down; try again.");
    }
    queue_.push_back(&p);
  }
  wake_.notify_one();
  return done.get();
}

domain::Result<std::int64_t> Committer::Log(domain::AccessRecord record) {
  Pending p;
  p.access = std::move(record);
  auto done = p.access_done.get_future();
  {
    std::lock_guard lock(mu_);
    if (stopping_) {
      return domain::Fail(domain::Code::kUnavailable, "Stip is shutting down; try again.");
    }
    queue_.push_back(&p);
  }
  wake_.notify_one();
  return done.get();
}

void Committer::SetObserver(BatchObserver observer) {
  std::lock_guard lock(observer_mu_);
  observer_ = std::move(observer);
}

CommitterStats Committer::Stats() const {
  std::lock_guard lock(mu_);
  return stats_;
}

void Committer::Run() {
  std::vector<Pending*> batch;
  for (;;) {
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and drained
      // Take what has queued up while the previous batch was being written: that is the
      // group in group commit. No artificial delay: under low load a batch is one item.
      while (!queue_.empty() && batch.size() < max_batch_) {
        batch.push_back(queue_.front());
        queue_.pop_front();
      }
    }

    store::CommitBatch work;
    std::vector<Pending*> appends, accesses;
    for (Pending* p : batch) {
      if (p->is_append) {
        work.appends.push_back(std::move(p->append));
        appends.push_back(p);
      } else {
        work.access.push_back(std::move(p->access));
        accesses.push_back(p);
      }
    }

    auto result = ledger_.Commit(work);
    {
      // Before the callers are woken: after the last answer the server may shut down and
      // destroy whoever observes, so no call may still be on its way.
      std::lock_guard lock(observer_mu_);
      if (observer_) observer_(appends.size(), accesses.size());
    }
    for (std::size_t i = 0; i < appends.size(); ++i) {
      if (!result) {
        appends[i]->append_done.set_value(tl::unexpected(result.error()));
      } else {
        appends[i]->append_done.set_value(std::move(result->appends[i]));
      }
    }
    for (std::size_t i = 0; i < accesses.size(); ++i) {
      if (!result) {
        accesses[i]->access_done.set_value(tl::unexpected(result.error()));
      } else {
        accesses[i]->access_done.set_value(std::move(result->access[i]));
      }
    }
    {
      std::lock_guard lock(mu_);
      ++stats_.batches;
      stats_.appends += appends.size();
      stats_.access_records += accesses.size();
    }
    batch.clear();
  }
}

domain::Status Committer::LogAll(std::vector<domain::AccessRecord> records) {
  std::deque<Pending> pending(records.size());  // stable addresses while queued
  std::vector<std::future<domain::Result<std::int64_t>>> done;
  {
    std::lock_guard lock(mu_);
    if (stopping_) {
      return domain::Fail(domain::Code::kUnavailable, "Stip is shutting down; try again.");
    }
    for (std::size_t i = 0; i < records.size(); ++i) {
      pending[i].access = std::move(records[i]);
      done.push_back(pending[i].access_done.get_future());
      queue_.push_back(&pending[i]);
    }
  }
  wake_.notify_one();
  domain::Status status;
  for (auto& d : done) {
    auto logged = d.get();  // wait for every line: `pending` must outlive the committer's use
    if (!logged && status) status = tl::unexpected(logged.error());
  }
  return status;
}

}  // namespace stip::app
