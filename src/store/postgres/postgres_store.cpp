// Opening the PostgreSQL store, the connection pool, and Commit: the only path that writes the
// ledger. Same semantics as src/store/sqlite/sqlite_store.cpp; the differences come from several
// processes writing at once (row locks instead of SQLite's single writer).
#include "store/postgres/postgres_store.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "ledger/chains.h"
#include "store/core/projector.h"
#include "store/postgres/migrations.h"
#include "store/postgres/sql.h"
#include "store/postgres/sql_port.h"
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

// --- Commit -------------------------------------------------------------------------------------

namespace {

// Every item of a batch fails with the same error: the transaction as a whole did not commit.
CommitResult FailAll(const CommitBatch& batch, const Error& error) {
  CommitResult out;
  out.appends.assign(batch.appends.size(), tl::unexpected(error));
  out.access.assign(batch.access.size(), tl::unexpected(error));
  return out;
}

// Each item runs inside the savepoint "item", so a failed item leaves no trace while the others
// commit. After a success, RELEASE and the next SAVEPOINT share one round trip; after a failure,
// ROLLBACK TO keeps the savepoint for the next item.
Status EndItem(Connection& conn, bool ok) {
  return ok ? conn.Exec("RELEASE SAVEPOINT item; SAVEPOINT item")
            : conn.Exec("ROLLBACK TO SAVEPOINT item");
}

// A unique violation on a ledger primary key means another writer took that position first:
// a lost race (Conflict), never an "already exists" the caller could act on.
Error Raced(const Error& error, const std::string& what) {
  if (error.code != Code::kAlreadyExists) return error;
  return {Code::kConflict,
          what + " was appended to by someone else at the same time; reload and retry",
          {}};
}

}  // namespace

Status PostgresStore::WriterReady() {
  if (!writer_->Broken()) return {};
  return writer_->Reset();
}

Result<CommitResult> PostgresStore::Commit(const CommitBatch& batch) {
  if (batch.appends.empty() && batch.access.empty()) return CommitResult{};
  std::lock_guard lock(write_mu_);
  if (auto ready = WriterReady(); !ready) return FailAll(batch, ready.error());
  // READ COMMITTED: each statement sees what other processes committed before it, and a row
  // lock wait ends with the newest version of the row, which is what the head checks need.
  // The first item's savepoint comes with BEGIN, in the same round trip.
  auto txn = Transaction::Begin(*writer_, "BEGIN ISOLATION LEVEL READ COMMITTED; SAVEPOINT item");
  if (!txn) return FailAll(batch, txn.error());

  // Chain head rows are locked in chain order, whatever the batch order: two processes whose
  // batches touch the same families then queue for them instead of deadlocking (which
  // PostgreSQL would only break after deadlock_timeout, failing one side). Results stay in batch
  // order, and so do the global links; appends to one chain keep their relative order.
  std::vector<std::size_t> order(batch.appends.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return batch.appends[a].chain < batch.appends[b].chain;
  });
  std::vector<std::optional<Result<ChainHead>>> results(batch.appends.size());
  for (std::size_t i : order) {
    Result<ChainHead> result = AppendOne(batch.appends[i]);
    if (auto status = EndItem(*writer_, result.has_value()); !status) {
      return FailAll(batch, status.error());
    }
    results[i] = std::move(result);
  }
  CommitResult out;
  out.appends.reserve(batch.appends.size());
  for (auto& result : results) out.appends.push_back(std::move(*result));

  // All access lines at once, still inside the savepoint: if the statements themselves fail,
  // the lines fail together and the appends above are kept.
  if (!batch.access.empty()) {
    Status logged = LogAll(batch.access, out);
    if (auto status = EndItem(*writer_, logged.has_value()); !status) {
      return FailAll(batch, status.error());
    }
    if (!logged) out.access.assign(batch.access.size(), tl::unexpected(logged.error()));
  }

  if (auto status = LinkGlobal(out); !status) return FailAll(batch, status.error());
  if (auto status = txn->Commit(); !status) return FailAll(batch, status.error());
  return out;
}

Result<ChainHead> PostgresStore::AppendOne(const AppendRequest& request) {
  if (request.chain.empty()) return Fail(Error::Invalid("An append needs a chain."));
  if (request.events.empty()) {
    return Fail(Error::Invalid("An append to " + request.chain + " has no events."));
  }
  ChainHead head{request.chain, 0, std::string(ledger::kGenesisHash)};
  // Lock the chain's head row until COMMIT. A new chain is claimed by inserting its row; when
  // that inserts nothing, another writer created the chain first and its head is read instead.
  bool locked = false;
  if (request.expected_seq == 0) {
    auto claimed = writer_->Run(sql::kClaimNewChain, request.chain, ledger::kGenesisHash);
    if (!claimed) return Fail(claimed.error());
    locked = claimed->Affected() == 1;
  }
  if (!locked) {
    auto rows = writer_->Run(sql::kLockChainHead, request.chain);
    if (!rows) return Fail(Raced(rows.error(), "chain " + request.chain));
    if (!rows->empty()) {
      head.seq = (*rows)[0].Int(0);
      head.hash = (*rows)[0].Text(1);
    }
  }
  if (head.seq != request.expected_seq) {
    return Fail(Code::kConflict, "chain " + request.chain + " is at " + std::to_string(head.seq) +
                                     ", not at the expected " +
                                     std::to_string(request.expected_seq) +
                                     "; someone else changed it, reload and retry");
  }

  // Seal and fold event by event (so errors come in the same order as on SQLite), then write
  // all the events of the append in one statement.
  std::vector<std::int64_t> seqs, times;
  std::vector<std::string> types, actors, payloads, prevs, hashes;
  PostgresPort port(*writer_);
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
    if (auto status = projector.Apply(event); !status) return Fail(status.error());
    seqs.push_back(event.seq);
    types.push_back(event.type);
    actors.push_back(event.actor);
    times.push_back(event.time);
    payloads.push_back(std::move(*payload));
    prevs.push_back(event.prev_hash);
    hashes.push_back(event.hash);
    head.seq = event.seq;
    head.hash = event.hash;
  }
  if (auto status = projector.Flush(); !status) return Fail(status.error());
  auto appended = writer_->Run(sql::kAppendEvents, head.chain, IntArray(seqs), TextArray(types),
                               TextArray(actors), IntArray(times), TextArray(payloads),
                               TextArray(prevs), TextArray(hashes), head.seq, head.hash);
  if (!appended) return Fail(Raced(appended.error(), "chain " + head.chain));
  return head;
}

Status PostgresStore::LinkGlobal(const CommitResult& out) {
  std::vector<const ChainHead*> heads;
  for (const auto& result : out.appends) {
    if (result) heads.push_back(&*result);
  }
  if (heads.empty()) return {};
  // Taken after the per-family work, so the lock that every writer of every process needs is
  // held only for these two statements and the COMMIT.
  auto locked = writer_->Run(sql::kLockGlobalHead);
  if (!locked) return Fail(locked.error());
  if (locked->empty()) {
    return Fail(Error::Internal("the global_head row is missing; the schema is damaged"));
  }
  std::int64_t seq = (*locked)[0].Int(0);
  std::string prev = (*locked)[0].Text(1);

  std::vector<std::int64_t> seqs, chain_seqs;
  std::vector<std::string> chains, chain_hashes, prevs, hashes;
  for (const ChainHead* head : heads) {
    std::string link = ledger::GlobalLinkHash(prev, head->chain, head->seq, head->hash);
    if (link.empty()) {
      return Fail(Error::Internal("the global chain head " + std::to_string(seq) +
                                  " has a malformed hash; run stip verify"));
    }
    ++seq;
    seqs.push_back(seq);
    chains.push_back(head->chain);
    chain_seqs.push_back(head->seq);
    chain_hashes.push_back(head->hash);
    prevs.push_back(std::move(prev));
    hashes.push_back(link);
    prev = std::move(link);
  }
  auto inserted =
      writer_->Run(sql::kInsertGlobalLinks, IntArray(seqs), TextArray(chains), IntArray(chain_seqs),
                   TextArray(chain_hashes), TextArray(prevs), TextArray(hashes));
  if (!inserted) return Fail(Raced(inserted.error(), "the global chain"));
  auto moved = writer_->Run(sql::kSetGlobalHead, seq, hashes.back());
  if (!moved) return Fail(moved.error());
  return {};
}

Status PostgresStore::LogAll(const std::vector<domain::AccessRecord>& lines, CommitResult& out) {
  out.access.clear();
  if (lines.empty()) return {};
  std::vector<std::string> families;
  for (const auto& line : lines) families.push_back(line.family_id);
  std::sort(families.begin(), families.end());
  families.erase(std::unique(families.begin(), families.end()), families.end());
  const std::string family_array = TextArray(families);
  if (auto claimed = writer_->Run(sql::kClaimAccessHeads, family_array, ledger::kGenesisHash);
      !claimed) {
    return Fail(claimed.error());
  }
  auto locked = writer_->Run(sql::kLockAccessHeads, family_array);
  if (!locked) return Fail(locked.error());
  std::map<std::string, std::pair<std::int64_t, std::string>, std::less<>> heads;
  for (int i = 0; i < locked->size(); ++i) {
    heads[(*locked)[i].Text(0)] = {(*locked)[i].Int(1), (*locked)[i].Text(2)};
  }

  // Each line is hashed onto its family's head in batch order; one that fails leaves no gap.
  std::vector<std::string> family_ids, users, roles, whats, purposes, emergencies, prevs, hashes;
  std::vector<std::int64_t> seqs, times;
  for (const domain::AccessRecord& record : lines) {
    auto head = heads.find(record.family_id);
    if (head == heads.end()) {
      out.access.push_back(tl::unexpected(Error::NotFound(
          "cannot log access to family " + record.family_id + ": it does not exist")));
      continue;
    }
    domain::AccessRecord line = record;
    line.seq = head->second.first + 1;
    auto hash = ledger::AccessHash(head->second.second, line);
    if (!hash) {
      out.access.push_back(tl::unexpected(hash.error()));
      continue;
    }
    family_ids.push_back(line.family_id);
    seqs.push_back(line.seq);
    times.push_back(line.time);
    users.push_back(line.user_id);
    roles.push_back(line.role);
    whats.push_back(line.what);
    purposes.push_back(line.purpose);
    emergencies.push_back(line.emergency ? "t" : "f");
    prevs.push_back(std::move(head->second.second));
    hashes.push_back(*hash);
    head->second = {line.seq, std::move(*hash)};
    out.access.push_back(line.seq);
  }
  if (seqs.empty()) return {};
  std::vector<std::string> head_families, head_hashes;
  std::vector<std::int64_t> head_seqs;
  for (auto& [family, head] : heads) {
    head_families.push_back(family);
    head_seqs.push_back(head.first);
    head_hashes.push_back(std::move(head.second));
  }
  auto appended =
      writer_->Run(sql::kAppendAccess, TextArray(family_ids), IntArray(seqs), IntArray(times),
                   TextArray(users), TextArray(roles), TextArray(whats), TextArray(purposes),
                   TextArray(emergencies), TextArray(prevs), TextArray(hashes),
                   TextArray(head_families), IntArray(head_seqs), TextArray(head_hashes));
  if (!appended) return Fail(Raced(appended.error(), "the access log"));
  return {};
}

}  // namespace stip::store::postgres
