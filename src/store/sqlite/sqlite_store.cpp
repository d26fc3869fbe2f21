// Opening the SQLite store, the reader pool, and Commit: the only path that writes the ledger.
#include "store/sqlite/sqlite_store.h"

#include <chrono>
#include <string>
#include <utility>

#include "ledger/chains.h"
#include "store/core/projector.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/sql.h"
#include "store/sqlite/sql_port.h"
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

// --- Commit -------------------------------------------------------------------------------------

namespace {

// Every item of a batch fails with the same error: the transaction as a whole did not commit.
CommitResult FailAll(const CommitBatch& batch, const Error& error) {
  CommitResult out;
  out.appends.assign(batch.appends.size(), tl::unexpected(error));
  out.access.assign(batch.access.size(), tl::unexpected(error));
  return out;
}

// Runs `item` inside a savepoint so a failed item leaves no trace while the others commit.
// Returns false when the surrounding transaction itself is lost (the whole batch fails then).
template <typename T, typename Fn>
bool InSavepoint(Connection& conn, Fn&& item, std::vector<Result<T>>& out, Error& fatal) {
  if (auto status = conn.Run("SAVEPOINT item"); !status) {
    fatal = status.error();
    return false;
  }
  Result<T> result = item();
  if (!conn.InTransaction()) {  // SQLite rolled back everything after an I/O error
    fatal = result ? Error::Internal("the transaction was rolled back") : result.error();
    return false;
  }
  if (!result) {
    if (auto status = conn.Run("ROLLBACK TO item"); !status) {
      fatal = status.error();
      return false;
    }
  }
  if (auto status = conn.Run("RELEASE item"); !status) {
    fatal = status.error();
    return false;
  }
  out.push_back(std::move(result));
  return true;
}

}  // namespace

Result<CommitResult> SqliteStore::Commit(const CommitBatch& batch) {
  if (batch.appends.empty() && batch.access.empty()) return CommitResult{};
  std::lock_guard lock(write_mu_);
  // IMMEDIATE takes the write lock now: a busy database fails here, before any work is done.
  auto txn = Transaction::Begin(*writer_, "BEGIN IMMEDIATE");
  if (!txn) return FailAll(batch, txn.error());

  CommitResult out;
  out.appends.reserve(batch.appends.size());
  out.access.reserve(batch.access.size());
  Error fatal;
  for (const AppendRequest& request : batch.appends) {
    if (!InSavepoint<ChainHead>(
            *writer_, [&] { return AppendOne(request); }, out.appends, fatal)) {
      return FailAll(batch, fatal);
    }
  }
  // No savepoint per access-log line: LogOne checks everything before its one INSERT, and a
  // failing statement undoes its own changes, so a failed line leaves no trace either.
  for (const domain::AccessRecord& record : batch.access) {
    Result<std::int64_t> result = LogOne(record);
    if (!writer_->InTransaction()) {  // SQLite rolled back everything after an I/O error
      return FailAll(batch,
                     result ? Error::Internal("the transaction was rolled back") : result.error());
    }
    out.access.push_back(std::move(result));
  }
  if (auto status = txn->Commit(); !status) return FailAll(batch, status.error());
  return out;
}

Result<ChainHead> SqliteStore::AppendOne(const AppendRequest& request) {
  if (request.chain.empty()) return Fail(Error::Invalid("An append needs a chain."));
  if (request.events.empty()) {
    return Fail(Error::Invalid("An append to " + request.chain + " has no events."));
  }
  ChainHead head{request.chain, 0, std::string(ledger::kGenesisHash)};
  {
    auto query = writer_->Prepare(sql::kChainHead);
    if (!query) return Fail(query.error());
    query->Bind(request.chain);
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (*row) {
      head.seq = query->Int(0);
      head.hash = query->Text(1);
    }
  }
  if (head.seq != request.expected_seq) {
    return Fail(Code::kConflict, "chain " + request.chain + " is at " + std::to_string(head.seq) +
                                     ", not at the expected " +
                                     std::to_string(request.expected_seq) +
                                     "; someone else changed it, reload and retry");
  }

  SqlitePort port(*writer_);
  core::Projector projector(port);
  for (const ledger::Event& original : request.events) {
    if (!original.chain.empty() && original.chain != request.chain) {
      return Fail(Error::Invalid("an event for chain " + original.chain +
                                 " was sent in an append to " + request.chain));
    }
    ledger::Event event = original;
    event.chain = request.chain;
    if (auto status = ledger::Seal(event, head.seq, head.hash); !status) {
      return Fail(status.error());
    }
    auto payload = ledger::CanonicalPayload(event.payload);
    if (!payload) return Fail(payload.error());
    auto insert = writer_->Prepare(sql::kInsertEvent);
    if (!insert) return Fail(insert.error());
    insert->Bind(event.chain, event.seq, event.type, event.actor, event.time, *payload,
                 event.prev_hash, event.hash);
    if (auto status = insert->Run(); !status) return Fail(status.error());
    if (auto status = projector.Apply(event); !status) return Fail(status.error());
    head.seq = event.seq;
    head.hash = event.hash;
  }
  if (auto status = projector.Flush(); !status) return Fail(status.error());
  {
    auto query = writer_->Prepare(sql::kSetChainHead);
    if (!query) return Fail(query.error());
    query->Bind(head.chain, head.seq, head.hash);
    if (auto status = query->Run(); !status) return Fail(status.error());
  }

  // One global link per append, after its last event: a deleted or truncated chain shows.
  std::int64_t global_seq = 0;
  std::string global_prev(ledger::kGenesisHash);
  {
    auto query = writer_->Prepare(sql::kGlobalHead);
    if (!query) return Fail(query.error());
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (*row) {
      global_seq = query->Int(0);
      global_prev = query->Text(1);
    }
  }
  std::string link = ledger::GlobalLinkHash(global_prev, head.chain, head.seq, head.hash);
  if (link.empty()) {
    return Fail(Error::Internal("the global chain head " + std::to_string(global_seq) +
                                " has a malformed hash; run stip verify"));
  }
  auto query = writer_->Prepare(sql::kInsertGlobalLink);
  if (!query) return Fail(query.error());
  query->Bind(global_seq + 1, head.chain, head.seq, head.hash, global_prev, link);
  if (auto status = query->Run(); !status) return Fail(status.error());
  return head;
}

Result<std::int64_t> SqliteStore::LogOne(const domain::AccessRecord& record) {
  {
    auto query = writer_->Prepare(sql::kFamilyExists);
    if (!query) return Fail(query.error());
    query->Bind(record.family_id);
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) {
      return Fail(Error::NotFound("cannot log access to family " + record.family_id +
                                  ": it does not exist"));
    }
  }
  domain::AccessRecord line = record;
  line.seq = 1;
  std::string prev(ledger::kGenesisHash);
  {
    auto query = writer_->Prepare(sql::kAccessHead);
    if (!query) return Fail(query.error());
    query->Bind(record.family_id);
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (*row) {
      line.seq = query->Int(0) + 1;
      prev = query->Text(1);
    }
  }
  auto hash = ledger::AccessHash(prev, line);
  if (!hash) return Fail(hash.error());
  auto query = writer_->Prepare(sql::kInsertAccess);
  if (!query) return Fail(query.error());
  query->Bind(line.family_id, line.seq, line.time, line.user_id, line.role, line.what, line.purpose,
              line.emergency, prev, *hash);
  if (auto status = query->Run(); !status) return Fail(status.error());
  return line.seq;
}

}  // namespace stip::store::sqlite
