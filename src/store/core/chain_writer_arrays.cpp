// The chain writer's storage for a database several processes write at once (PostgreSQL): every
// head a batch moves is locked until COMMIT (row locks, taken in one order), and each table's new
// rows go in one statement with array parameters, so a batch costs a few round trips however
// many events and lines it holds.
#include <string>
#include <vector>

#include "store/core/chain_writer_storage.h"
#include "store/core/queries_ledger.h"
#include "store/core/sql_arrays.h"

namespace stip::store::core {
namespace {

namespace q = queries;
using domain::Code;

class ArrayStorage final : public ChainStorage {
 public:
  explicit ArrayStorage(SqlPort& port) : ChainStorage(port) {}

  bool LocksInChainOrder() const override { return true; }

  Error LostRace(const Error& error, const std::string& what) const override {
    if (error.code != Code::kAlreadyExists) return error;
    return {Code::kConflict,
            what + " was appended to by someone else at the same time; reload and retry",
            {}};
  }

  Status OpenItem() override {
    if (item_open_) return {};
    if (auto status = port_.Exec(q::kOpenItem); !status) return status;
    item_open_ = true;
    return {};
  }

  // After a success, RELEASE and the next SAVEPOINT share one round trip; after a failure,
  // ROLLBACK TO keeps the savepoint for the next item. COMMIT ends the last one.
  Status CloseItem(bool keep) override {
    return port_.Exec(keep ? q::kReleaseAndOpenItem : q::kUndoItem);
  }

  // A new chain is claimed by inserting its row, which is the lock; when that inserts nothing,
  // another writer created the chain first and its head is locked and read instead.
  Result<Head> TakeChainHead(const std::string& chain, bool may_be_new) override {
    Head head{0, std::string(ledger::kGenesisHash)};
    if (may_be_new) {
      auto claimed = port_.Write(q::kClaimNewChain, chain, ledger::kGenesisHash);
      if (!claimed) return tl::unexpected(claimed.error());
      if (*claimed == 1) return head;
    }
    bool found = false;
    auto locked = port_.Each(
        q::kLockChainHead,
        [&](const Row& row) {
          head = {row.Int(0), row.Text(1)};
          found = true;
        },
        chain);
    if (!locked) return tl::unexpected(locked.error());
    if (!found && may_be_new)
      return tl::unexpected(Error::Internal("the head of " + chain + " vanished"));
    return head;
  }

  Status WriteEvents(const std::string& chain, std::span<const ledger::Event> events,
                     std::span<const std::string> payloads, const Head& head) override {
    std::vector<std::int64_t> seqs, times;
    std::vector<std::string> types, actors, prevs, hashes;
    for (const ledger::Event& e : events) {
      seqs.push_back(e.seq);
      types.push_back(e.type);
      actors.push_back(e.actor);
      times.push_back(e.time);
      prevs.push_back(e.prev_hash);
      hashes.push_back(e.hash);
    }
    auto written = port_.Write(q::kAppendEvents, chain, IntArray(seqs), TextArray(types),
                               TextArray(actors), IntArray(times), TextArray(payloads),
                               TextArray(prevs), TextArray(hashes), head.seq, head.hash);
    if (!written) return tl::unexpected(written.error());
    return {};
  }

  Result<AccessHeads> TakeAccessHeads(std::span<const std::string> families) override {
    const std::string family_array = TextArray(families);
    auto claimed = port_.Write(q::kClaimAccessHeads, family_array, ledger::kGenesisHash);
    if (!claimed) return tl::unexpected(claimed.error());
    AccessHeads heads;
    auto locked = port_.Each(
        q::kLockAccessHeads,
        [&](const Row& row) {
          heads[row.Text(0)] = {row.Int(1), row.Text(2)};
        },
        family_array);
    if (!locked) return tl::unexpected(locked.error());
    return heads;
  }

  Status WriteAccess(std::span<const SealedAccess> lines, const AccessHeads& heads) override {
    std::vector<std::string> families, users, roles, whats, purposes, prevs, hashes;
    std::vector<std::int64_t> seqs, times;
    std::vector<bool> emergencies;
    for (const SealedAccess& sealed : lines) {
      const domain::AccessRecord& r = sealed.record;
      families.push_back(r.family_id);
      seqs.push_back(r.seq);
      times.push_back(r.time);
      users.push_back(r.user_id);
      roles.push_back(r.role);
      whats.push_back(r.what);
      purposes.push_back(r.purpose);
      emergencies.push_back(r.emergency);
      prevs.push_back(sealed.prev_hash);
      hashes.push_back(sealed.hash);
    }
    std::vector<std::string> head_families, head_hashes;
    std::vector<std::int64_t> head_seqs;
    for (const auto& [family, head] : heads) {
      head_families.push_back(family);
      head_seqs.push_back(head.seq);
      head_hashes.push_back(head.hash);
    }
    auto written =
        port_.Write(q::kAppendAccess, TextArray(families), IntArray(seqs), IntArray(times),
                    TextArray(users), TextArray(roles), TextArray(whats), TextArray(purposes),
                    BoolArray(emergencies), TextArray(prevs), TextArray(hashes),
                    TextArray(head_families), IntArray(head_seqs), TextArray(head_hashes));
    if (!written) return tl::unexpected(written.error());
    return {};
  }

  // The one serialisation point of the global chain across processes, taken once per batch
  // and after the per-family work, so it is held only for the links and the COMMIT.
  Result<Head> TakeGlobalHead() override {
    std::optional<Head> head;
    auto locked = port_.Each(q::kLockGlobalHead, [&](const Row& row) {
      head = Head{row.Int(0), row.Text(1)};
    });
    if (!locked) return tl::unexpected(locked.error());
    if (!head) {
      return tl::unexpected(
          Error::Internal("the global_head row is missing; the schema is damaged"));
    }
    return *head;
  }

  Status WriteGlobal(std::span<const GlobalLink> links) override {
    if (links.empty()) return {};
    std::vector<std::int64_t> seqs, chain_seqs;
    std::vector<std::string> chains, chain_hashes, prevs, hashes;
    for (const GlobalLink& l : links) {
      seqs.push_back(l.seq);
      chains.push_back(l.chain);
      chain_seqs.push_back(l.chain_seq);
      chain_hashes.push_back(l.chain_hash);
      prevs.push_back(l.prev_hash);
      hashes.push_back(l.hash);
    }
    auto written = port_.Write(q::kAppendGlobalLinks, IntArray(seqs), TextArray(chains),
                               IntArray(chain_seqs), TextArray(chain_hashes), TextArray(prevs),
                               TextArray(hashes), links.back().seq, links.back().hash);
    if (!written) return tl::unexpected(written.error());
    return {};
  }

  // No append of any process may run while the projections are re-folded; readers may.
  Status LockOutAppends() override {
    auto locked = port_.Write(q::kLockOutAppends);
    if (!locked) return tl::unexpected(locked.error());
    return {};
  }
};

}  // namespace

std::unique_ptr<ChainStorage> NewArrayStorage(SqlPort& port) {
  return std::make_unique<ArrayStorage>(port);
}

}  // namespace stip::store::core
