// Reading the chains back for verification, and Rebuild: re-folding every projection from the
// ledger and reporting which tables had drifted from it.
#include <string>
#include <utility>
#include <vector>

#include "ledger/event.h"
#include "store/core/projector.h"
#include "store/sqlite/sql.h"
#include "store/sqlite/sql_port.h"
#include "store/sqlite/store_impl.h"

namespace stip::store::sqlite {

namespace {

using domain::Code;
using domain::Fail;

// Where ReadChain puts a stored payload that is not valid JSON (see EventFrom).
constexpr std::string_view kUnreadablePayloadKey = "stip.unreadable_payload";

// Columns as selected by sql::kReadChain / kReadFamilyChains. The store only ever writes
// canonical payloads, so one that does not parse was changed outside Stip. For verification
// (`for_verify`) the event is still handed on with the raw text under kUnreadablePayloadKey: its
// hash cannot reproduce, so the verifier reports hash_mismatch (or malformed) at this seq
// instead of the whole verification stopping. Rebuild refuses to fold such an event.
Result<ledger::Event> EventFrom(const Query& q, bool for_verify) {
  ledger::Event e;
  e.chain = q.Text(0);
  e.seq = q.Int(1);
  e.type = q.Text(2);
  e.actor = q.Text(3);
  e.time = q.Int(4);
  std::string stored = q.Text(5);
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
  e.prev_hash = q.Text(6);
  e.hash = q.Text(7);
  return e;
}

// Steps `query` to the end, calling `row` for each row until it returns false or fails.
template <typename RowFn>
Status Stream(Query& query, RowFn&& row) {
  for (;;) {
    auto has_row = query.Step();
    if (!has_row) return Fail(has_row.error());
    if (!*has_row) return {};
    auto more = row(query);
    if (!more) return Fail(more.error());
    if (!*more) return {};
  }
}

// SHA-256 over the rows of `dump_sql` in primary-key order. Each value is written with its type
// and length so that no two different tables encode the same; hashed in chunks to bound memory.
Result<std::string> Fingerprint(Connection& conn, std::string_view dump_sql) {
  auto query = conn.Prepare(dump_sql);
  if (!query) return Fail(query.error());
  std::string hash(ledger::kGenesisHash);
  std::string chunk;
  constexpr std::size_t kChunk = 1 << 20;
  auto status = Stream(*query, [&](const Query& q) -> Result<bool> {
    for (int i = 0; i < q.ColumnCount(); ++i) {
      const int type = q.ColumnType(i);
      if (type == SQLITE_NULL) {
        chunk += "n;";
        continue;
      }
      const std::string value = type == SQLITE_BLOB ? std::string(q.Blob(i)) : q.Text(i);
      chunk += type == SQLITE_INTEGER ? 'i' : type == SQLITE_FLOAT ? 'f' : 't';
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

}  // namespace

Result<std::vector<std::string>> SqliteStore::ListChains() {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  auto query = (*conn)->Prepare(sql::kListChains);
  if (!query) return Fail(query.error());
  std::vector<std::string> chains;
  bool has_system = false;
  auto status = Stream(*query, [&](const Query& q) -> Result<bool> {
    std::string chain = q.Text(0);
    if (chain == ledger::kSystemChain) {
      has_system = true;
    } else {
      chains.push_back(std::move(chain));
    }
    return true;
  });
  if (!status) return Fail(status.error());
  // The system chain first: the families refer to its users, and Rebuild folds it first too.
  if (has_system) chains.insert(chains.begin(), std::string(ledger::kSystemChain));
  return chains;
}

Status SqliteStore::ReadChain(const std::string& chain, const EventVisitor& visit) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  auto query = (*conn)->Prepare(sql::kReadChain);
  if (!query) return Fail(query.error());
  query->Bind(chain);
  return Stream(*query, [&](const Query& q) -> Result<bool> {
    auto event = EventFrom(q, true);
    if (!event) return Fail(event.error());
    return visit(*event);
  });
}

Status SqliteStore::ReadAccessChain(const std::string& family_id, const AccessVisitor& visit) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  auto query = (*conn)->Prepare(sql::kReadAccessChain);
  if (!query) return Fail(query.error());
  query->Bind(family_id);
  return Stream(*query, [&](const Query& q) -> Result<bool> {
    domain::AccessRecord record{q.Text(0), q.Int(1),  q.Int(2),  q.Text(3),
                                q.Text(4), q.Text(5), q.Text(6), q.Int(7) != 0};
    return visit(record, q.Text(8), q.Text(9));
  });
}

Status SqliteStore::ReadGlobalChain(const GlobalVisitor& visit) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  auto query = (*conn)->Prepare(sql::kReadGlobalChain);
  if (!query) return Fail(query.error());
  return Stream(*query, [&](const Query& q) -> Result<bool> {
    GlobalLink link{q.Int(0), q.Text(1), q.Int(2), q.Text(3), q.Text(4), q.Text(5)};
    return visit(link);
  });
}

Status SqliteStore::ReadAllEvents(const StoredEventVisitor& visit) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  auto query = (*conn)->Prepare(sql::kReadAllEvents);
  if (!query) return Fail(query.error());
  return Stream(*query, [&](const Query& q) -> Result<bool> {
    // Views into SQLite's row buffer: nothing is copied or parsed.
    return visit(
        {q.Blob(0), q.Int(1), q.Blob(2), q.Blob(3), q.Int(4), q.Blob(5), q.Blob(6), q.Blob(7)});
  });
}

Status SqliteStore::ReadAllAccess(const StoredAccessVisitor& visit) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  auto query = (*conn)->Prepare(sql::kReadAllAccess);
  if (!query) return Fail(query.error());
  return Stream(*query, [&](const Query& q) -> Result<bool> {
    return visit({q.Blob(0), q.Int(1), q.Int(2), q.Blob(3), q.Blob(4), q.Blob(5), q.Blob(6),
                  q.Int(7) != 0, q.Blob(8), q.Blob(9)});
  });
}

Result<RebuildReport> SqliteStore::Rebuild() {
  std::lock_guard lock(write_mu_);
  auto txn = Transaction::Begin(*writer_, "BEGIN IMMEDIATE");
  if (!txn) return Fail(txn.error());

  std::vector<std::string> before;
  for (const auto& table : sql::kDerivedTables) {
    auto fingerprint = Fingerprint(*writer_, table.dump);
    if (!fingerprint) return Fail(fingerprint.error());
    before.push_back(std::move(*fingerprint));
  }
  for (const auto& table : sql::kDerivedTables) {  // children first: foreign keys hold
    auto query = writer_->Prepare(table.clear);
    if (!query) return Fail(query.error());
    if (auto status = query->Run(); !status) return Fail(status.error());
  }

  RebuildReport report;
  SqlitePort port(*writer_);
  core::Projector projector(port);
  auto fold = [&](const Query& q) -> Result<bool> {
    auto event = EventFrom(q, false);
    if (!event) return Fail(event.error());
    if (auto status = projector.Apply(*event); !status) return Fail(status.error());
    ++report.events;
    return true;
  };
  // The system chain first (families refer to its users), then every family chain in order.
  auto system = writer_->Prepare(sql::kReadChain);
  if (!system) return Fail(system.error());
  system->Bind(ledger::kSystemChain);
  auto families = writer_->Prepare(sql::kReadFamilyChains);
  if (!families) return Fail(families.error());
  auto heads = writer_->Prepare(sql::kRebuildChainHeads);
  if (!heads) return Fail(heads.error());
  Status folded = Stream(*system, fold);
  if (folded) folded = Stream(*families, fold);
  if (folded) folded = projector.Flush();
  if (folded) folded = heads->Run();
  if (!folded) {
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

}  // namespace stip::store::sqlite
