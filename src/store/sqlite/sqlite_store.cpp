// Opening the SQLite store, the reader pool and the WAL checkpointer.
#include "store/sqlite/sqlite_store.h"

#include <chrono>
#include <string>
#include <utility>

#include "store/sqlite/migrations.h"
#include "store/sqlite/store_impl.h"

namespace stip::store::sqlite {

using domain::Code;
using domain::Fail;

namespace {
constexpr int kWriterCacheKib = 32 * 1024;  // SQLite's default is 2 MiB per connection
constexpr int kReaderCacheKib = 8 * 1024;
}  // namespace

// --- opening ------------------------------------------------------------------------------------

Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path, const OpenOptions& options) {
  if (path.empty()) return Fail(Error::Invalid("The SQLite database path is empty."));
  // The writer gets a larger page cache (the B-tree pages an append touches stay hot between
  // batches) and keeps the per-item statement journals in memory.
  ConnectionOptions writer_options{
      true, false, options.durable, options.busy_timeout_ms, kWriterCacheKib, true};
  auto writer = Connection::Open(path, writer_options);
  if (!writer) return Fail(writer.error());
  if (auto status = Migrate(**writer); !status) return Fail(status.error());
  ConnectionOptions checkpoint_options{false, false, options.durable, options.busy_timeout_ms};
  auto checkpoint_conn = Connection::Open(path, checkpoint_options);
  if (!checkpoint_conn) return Fail(checkpoint_conn.error());

  const int count = options.read_connections > 0 ? options.read_connections : 1;
  ConnectionOptions reader_options{false,           true, options.durable, options.busy_timeout_ms,
                                   kReaderCacheKib, true};
  std::vector<std::unique_ptr<Connection>> readers;
  readers.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    auto reader = Connection::Open(path, reader_options);
    if (!reader) return Fail(reader.error());
    readers.push_back(std::move(*reader));
  }
  auto pool = std::make_unique<ReadPool>(std::move(readers), options.busy_timeout_ms);
  auto checkpointer = std::make_unique<Checkpointer>(std::move(*checkpoint_conn));
  return std::unique_ptr<Store>(
      new SqliteStore(std::move(*writer), std::move(pool), std::move(checkpointer)));
}

SqliteStore::SqliteStore(std::unique_ptr<Connection> writer, std::unique_ptr<ReadPool> readers,
                         std::unique_ptr<Checkpointer> checkpointer)
    : writer_(std::move(writer)),
      readers_(std::move(readers)),
      checkpointer_(std::move(checkpointer)) {
  if (checkpointer_) checkpointer_->Attach(*writer_);
}

SqliteStore::~SqliteStore() {
  if (checkpointer_) {
    std::lock_guard lock(write_mu_);
    Checkpointer::Detach(*writer_);
  }
  checkpointer_.reset();  // before the writer closes (which checkpoints a last time itself)
}

// --- the checkpointer ---------------------------------------------------------------------------

Checkpointer::Checkpointer(std::unique_ptr<Connection> conn)
    : conn_(std::move(conn)), thread_([this] { Run(); }) {}

Checkpointer::~Checkpointer() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void Checkpointer::Attach(Connection& writer) {
  sqlite3_wal_hook(writer.raw(), &Checkpointer::OnCommit, this);
}

void Checkpointer::Detach(Connection& writer) { sqlite3_wal_hook(writer.raw(), nullptr, nullptr); }

// Runs on the committing thread right after a commit, with the write lock already released.
int Checkpointer::OnCommit(void* self, sqlite3*, const char*, int frames) {
  auto* checkpointer = static_cast<Checkpointer*>(self);
  if (frames >= kSoftPages) {
    {
      std::lock_guard lock(checkpointer->mu_);
      checkpointer->frames_ = frames;
    }
    checkpointer->wake_.notify_one();
  }
  return SQLITE_OK;
}

void Checkpointer::Run() {
  for (;;) {
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || frames_ >= kSoftPages; });
      if (stopping_) return;
      frames_ = 0;
    }
    int log = 0;
    int done = 0;
    int rc =
        sqlite3_wal_checkpoint_v2(conn_->raw(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &done);
    if (rc == SQLITE_OK && log >= kHardPages && done < log) {
      // Readers kept the WAL from being reused; wait for them once, so it starts over.
      (void)sqlite3_wal_checkpoint_v2(conn_->raw(), nullptr, SQLITE_CHECKPOINT_RESTART, &log,
                                      &done);
    }
    // A failed checkpoint (busy, I/O) is retried with the next wake-up; the WAL keeps every
    // committed frame until then, so nothing is lost.
  }
}

// --- the reader pool ----------------------------------------------------------------------------

Result<ReadPool::Lease> ReadPool::Acquire() {
  std::unique_lock lock(mu_);
  if (!returned_.wait_for(lock, std::chrono::milliseconds(wait_ms_),
                          [this] { return !free_.empty(); })) {
    return Fail(Code::kUnavailable,
                "all database read connections are busy; try again in a moment");
  }
  auto conn = std::move(free_.back());
  free_.pop_back();
  return Lease(*this, std::move(conn));
}

void ReadPool::Return(std::unique_ptr<Connection> conn) {
  {
    std::lock_guard lock(mu_);
    free_.push_back(std::move(conn));
  }
  returned_.notify_one();
}

}  // namespace stip::store::sqlite
