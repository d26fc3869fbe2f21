// Reading the chains back for verification, and Rebuild: re-folding every projection from the
// ledger and reporting which tables had drifted from it.
#include <string>
#include <utility>
#include <vector>

#include "ledger/event.h"
#include "store/core/projector.h"
#include "store/postgres/sql.h"
#include "store/postgres/sql_port.h"
#include "store/postgres/store_impl.h"

namespace stip::store::postgres {

namespace {

using domain::Code;
using domain::Fail;

// Where ReadChain puts a stored payload that is not valid JSON (see EventFrom).
constexpr std::string_view kUnreadablePayloadKey = "stip.unreadable_payload";

// Rows per page when Rebuild reads the ledger.
constexpr int kPage = 1000;

// Type OIDs of the columns the fingerprint distinguishes (pg_type.dat; stable across versions).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;

// Columns as selected by sql::kReadChain and friends. The store only ever writes canonical
// payloads, so one that does not parse was changed outside Stip. For verification
// (`for_verify`) the event is still handed on with the raw text under kUnreadablePayloadKey: its
// hash cannot reproduce, so the verifier reports hash_mismatch (or malformed) at this seq
// instead of the whole verification stopping. Rebuild refuses to fold such an event.
Result<ledger::Event> EventFrom(const Row& r, bool for_verify) {
  ledger::Event e;
  e.chain = r.Text(0);
  e.seq = r.Int(1);
  e.type = r.Text(2);
  e.actor = r.Text(3);
  e.time = r.Int(4);
  const std::string_view stored = r.View(5);
  auto payload = ledger::ParsePayload(stored);
  if (payload) {
    e.payload = std::move(*payload);
  } else if (for_verify) {
    e.payload[kUnreadablePayloadKey] = stored;
  } else {
    return Fail(Code::kInternal, "event " + std::to_string(e.seq) + " of " + e.chain +
                                     " has a stored payload that cannot be read (" +
                                     payload.error().message + "); run stip verify");
  }
  e.prev_hash = r.Text(6);
  e.hash = r.Text(7);
  return e;
}

// SHA-256 over the rows of `dump_sql` in primary-key order. Each value is written with its type
// and length so that no two different tables encode the same; hashed in chunks to bound memory.
Result<std::string> Fingerprint(Connection& conn, Sql dump_sql) {
  std::string hash(ledger::kGenesisHash);
  std::string chunk;
  constexpr std::size_t kChunk = 1 << 20;
  auto status = conn.Stream(dump_sql, [&](const Row& r) -> Result<bool> {
    for (int i = 0; i < r.ColumnCount(); ++i) {
      if (r.IsNull(i)) {
        chunk += "n;";
        continue;
      }
      const Oid type = r.ColumnType(i);
      const std::string_view value = r.View(i);
      chunk += type == kBoolOid                                           ? 'b'
               : type == kInt8Oid || type == kInt4Oid || type == kInt2Oid ? 'i'
                                                                          : 't';
      chunk += std::to_string(value.size());
      chunk += ':';
      chunk += value;
    }
    chunk += '\n';
    if (chunk.size() >= kChunk) {
      hash = ledger::ChainHash(hash, chunk);
      chunk.clear();
    }
    return true;
  });
  if (!status) return Fail(status.error());
  return ledger::ChainHash(hash, chunk);
}

// Folds one page of events into the projections; returns how many rows the page had.
Result<int> FoldPage(const Rows& rows, core::Projector& projector, std::string& last_chain,
                     std::int64_t& last_seq) {
  for (int i = 0; i < rows.size(); ++i) {
    auto event = EventFrom(rows[i], false);
    if (!event) return Fail(event.error());
    if (auto status = projector.Apply(*event); !status) return Fail(status.error());
    last_chain = event->chain;
    last_seq = event->seq;
  }
  return rows.size();
}

}  // namespace

Result<std::vector<std::string>> PostgresStore::ListChains() {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  auto rows = (*conn)->Run(sql::kListChains);
  if (!rows) return Fail(rows.error());
  std::vector<std::string> chains;
  bool has_system = false;
  for (int i = 0; i < rows->size(); ++i) {
    std::string chain = (*rows)[i].Text(0);
    if (chain == ledger::kSystemChain) {
      has_system = true;
    } else {
      chains.push_back(std::move(chain));
    }
  }
  // The system chain first: the families refer to its users, and Rebuild folds it first too.
  if (has_system) chains.insert(chains.begin(), std::string(ledger::kSystemChain));
  return chains;
}

Status PostgresStore::ReadChain(const std::string& chain, const EventVisitor& visit) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return (*conn)->Stream(
      sql::kReadChain,
      [&](const Row& r) -> Result<bool> {
        auto event = EventFrom(r, true);
        if (!event) return Fail(event.error());
        return visit(*event);
      },
      chain);
}

Status PostgresStore::ReadAccessChain(const std::string& family_id, const AccessVisitor& visit) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return (*conn)->Stream(
      sql::kReadAccessChain,
      [&](const Row& r) -> Result<bool> {
        domain::AccessRecord record{r.Text(0), r.Int(1),  r.Int(2),  r.Text(3),
                                    r.Text(4), r.Text(5), r.Text(6), r.Bool(7)};
        return visit(record, r.Text(8), r.Text(9));
      },
      family_id);
}

Status PostgresStore::ReadGlobalChain(const GlobalVisitor& visit) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return (*conn)->Stream(sql::kReadGlobalChain, [&](const Row& r) -> Result<bool> {
    GlobalLink link{r.Int(0), r.Text(1), r.Int(2), r.Text(3), r.Text(4), r.Text(5)};
    return visit(link);
  });
}

Result<RebuildReport> PostgresStore::Rebuild() {
  std::lock_guard lock(write_mu_);
  if (auto ready = WriterReady(); !ready) return Fail(ready.error());
  auto txn = Transaction::Begin(*writer_, "BEGIN ISOLATION LEVEL READ COMMITTED");
  if (!txn) return Fail(txn.error());
  // No append of any process may run while the projections are re-folded; readers may.
  if (auto locked = writer_->Run(sql::kLockOutAppends); !locked) return Fail(locked.error());

  std::vector<std::string> before;
  for (const auto& table : sql::kDerivedTables) {
    auto fingerprint = Fingerprint(*writer_, table.dump);
    if (!fingerprint) return Fail(fingerprint.error());
    before.push_back(std::move(*fingerprint));
  }
  for (const auto& table : sql::kDerivedTables) {  // children first: foreign keys hold
    if (auto cleared = writer_->Run(table.clear); !cleared) return Fail(cleared.error());
  }

  // The system chain first (families refer to its users), then every family chain in order.
  RebuildReport report;
  PostgresPort port(*writer_);
  core::Projector projector(port);
  auto fold = [&]() -> Status {
    std::string chain(ledger::kSystemChain);
    std::int64_t seq = 0;
    for (;;) {
      auto page = writer_->Run(sql::kReadChainAfter, chain, seq, kPage);
      if (!page) return Fail(page.error());
      auto folded = FoldPage(*page, projector, chain, seq);
      if (!folded) return Fail(folded.error());
      report.events += *folded;
      if (*folded < kPage) break;
    }
    chain.clear();
    seq = 0;
    for (;;) {
      auto page = writer_->Run(sql::kReadFamilyChainsAfter, chain, seq, kPage);
      if (!page) return Fail(page.error());
      auto folded = FoldPage(*page, projector, chain, seq);
      if (!folded) return Fail(folded.error());
      report.events += *folded;
      if (*folded < kPage) break;
    }
    if (auto status = projector.Flush(); !status) return status;
    auto heads = writer_->Run(sql::kRebuildChainHeads);
    if (!heads) return Fail(heads.error());
    return {};
  };
  if (auto folded = fold(); !folded) {
    return Fail(folded.error().code,
                "rebuild stopped, the projections are unchanged: " + folded.error().message);
  }

  for (std::size_t i = 0; i < sql::kDerivedTables.size(); ++i) {
    auto fingerprint = Fingerprint(*writer_, sql::kDerivedTables[i].dump);
    if (!fingerprint) return Fail(fingerprint.error());
    if (*fingerprint != before[i]) {
      report.diffs.push_back(std::string(sql::kDerivedTables[i].name));
    }
  }
  report.identical = report.diffs.empty();
  // Drifted projections are replaced: the ledger is the truth, the report names what changed.
  if (auto status = txn->Commit(); !status) return Fail(status.error());
  return report;
}

}  // namespace stip::store::postgres
