// Rebuild: re-folding every projection from the ledger and reporting which tables had drifted
// from it (compared by fingerprint), in one write transaction.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ledger/chains.h"
#include "store/core/chain_writer_storage.h"
#include "store/core/core_store.h"
#include "store/core/ledger_rows.h"
#include "store/core/queries_ledger.h"

namespace stip::store::core {

namespace q = queries;
using domain::Fail;

namespace {

// Rows per page when Rebuild reads the ledger.
constexpr int kPage = 1000;

// SHA-256 over the rows of `dump` in primary-key order. Each value is written with its kind and
// length so that no two different tables encode the same; hashed in chunks to bound memory.
Result<std::string> Fingerprint(SqlPort& port, Sql dump) {
  std::string hash(ledger::kGenesisHash);
  std::string chunk;
  constexpr std::size_t kChunk = 1 << 20;
  auto status = port.EachStreamed(dump, [&](const Row& row) {
    for (int i = 0; i < row.Columns(); ++i) {
      switch (row.Kind(i)) {
        case ValueKind::kNull:
          chunk += "n;";
          continue;
        case ValueKind::kInteger:
          chunk += 'i';
          break;
        case ValueKind::kReal:
          chunk += 'f';
          break;
        case ValueKind::kText:
        case ValueKind::kBlob:
          chunk += 't';
          break;
      }
      const std::string_view value = row.View(i);
      chunk += std::to_string(value.size());
      chunk += ':';
      chunk += value;
    }
    chunk += '\n';
    if (chunk.size() >= kChunk) {
      hash = ledger::ChainHash(hash, chunk);
      chunk.clear();
    }
  });
  if (!status) return Fail(status.error());
  return ledger::ChainHash(hash, chunk);
}

// Folds one page of events read after (chain, seq); moves them to the last event folded.
// The page is read to the end before folding: the folder writes on the same connection.
Result<int> FoldPage(SqlPort& port, Sql page_sql, Folder& folder, std::string& chain,
                     std::int64_t& seq) {
  std::vector<ledger::Event> events;
  auto read = port.Each(
      page_sql,
      [&](const Row& row) -> Result<bool> {
        auto event = EventFrom(row, false);
        if (!event) return Fail(event.error());
        events.push_back(std::move(*event));
        return true;
      },
      chain, seq, kPage);
  if (!read) return Fail(read.error());
  for (const ledger::Event& event : events) {
    if (auto status = folder.Apply(event); !status) return Fail(status.error());
  }
  if (!events.empty()) {
    chain = events.back().chain;
    seq = events.back().seq;
  }
  return static_cast<int>(events.size());
}

// The system chain first (families refer to its users), then every family chain in order.
Status FoldLedger(SqlPort& port, Folder& folder, std::int64_t& events) {
  std::string chain(ledger::kSystemChain);
  std::int64_t seq = 0;
  for (Sql page : {q::kReadChainAfter, q::kReadFamilyChainsAfter}) {
    for (;;) {
      auto folded = FoldPage(port, page, folder, chain, seq);
      if (!folded) return Fail(folded.error());
      events += *folded;
      if (*folded < kPage) break;
    }
    chain.clear();  // the family chains: from the first one on
    seq = 0;
  }
  if (auto status = folder.Flush(); !status) return status;
  auto heads = port.Write(q::kRebuildChainHeads);
  if (!heads) return Fail(heads.error());
  return {};
}

}  // namespace

Result<RebuildReport> CoreStore::Rebuild() {
  std::optional<RebuildReport> out;
  auto status = WriteTransaction([&](SqlPort& port) -> Status {
    if (auto locked = ChainStorage::For(port)->LockOutAppends(); !locked) return locked;
    std::vector<std::string> before;
    for (const auto& table : q::kDerivedTables) {
      auto fingerprint = Fingerprint(port, table.dump);
      if (!fingerprint) return Fail(fingerprint.error());
      before.push_back(std::move(*fingerprint));
    }
    for (const auto& table : q::kDerivedTables) {  // children first: foreign keys hold
      if (auto cleared = port.Write(table.clear); !cleared) return Fail(cleared.error());
    }

    RebuildReport report;
    auto folder = NewFolder(port);
    if (auto folded = FoldLedger(port, *folder, report.events); !folded) {
      return Fail(folded.error().code,
                  "rebuild stopped, the projections are unchanged: " + folded.error().message);
    }
    for (std::size_t i = 0; i < q::kDerivedTables.size(); ++i) {
      auto fingerprint = Fingerprint(port, q::kDerivedTables[i].dump);
      if (!fingerprint) return Fail(fingerprint.error());
      if (*fingerprint != before[i]) {
        report.diffs.push_back(std::string(q::kDerivedTables[i].name));
      }
    }
    report.identical = report.diffs.empty();
    out = std::move(report);
    return {};  // drifted projections are replaced: the ledger is the truth
  });
  if (!status) return Fail(status.error());
  return std::move(*out);
}

Result<std::vector<std::pair<std::string, std::string>>> CoreStore::Fingerprints() {
  std::vector<std::pair<std::string, std::string>> out;
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    auto add = [&](std::string_view name, Sql dump) -> Status {
      auto fingerprint = Fingerprint(port, dump);
      if (!fingerprint) return Fail(fingerprint.error());
      out.emplace_back(std::string(name), std::move(*fingerprint));
      return {};
    };
    for (const auto& table : q::kLedgerTables) {
      if (auto added = add(table.name, table.dump); !added) return added;
    }
    for (const auto& table : q::kDerivedTables) {
      if (auto added = add(table.name, table.dump); !added) return added;
    }
    return {};
  });
  if (!status) return Fail(status.error());
  return out;
}

}  // namespace stip::store::core
