// The chain writer's storage for a single writer process (SQLite): the write transaction already
// excludes every other writer, so heads are read plainly and rows written one at a time (an
// in-process statement costs microseconds, not a round trip).
#include <string>

#include "store/core/chain_writer_storage.h"
#include "store/core/queries_ledger.h"

namespace stip::store::core {
namespace {

namespace q = queries;

class RowStorage final : public ChainStorage {
 public:
  explicit RowStorage(SqlPort& port) : ChainStorage(port) {}

  bool LocksInChainOrder() const override { return false; }
  Error LostRace(const Error& error, const std::string&) const override { return error; }

  Status OpenItem() override {
    if (item_open_) return {};
    if (auto status = port_.Exec(q::kOpenItem); !status) return status;
    item_open_ = true;
    return {};
  }

  // ROLLBACK TO keeps the savepoint open for the next item; RELEASE ends it.
  Status CloseItem(bool keep) override {
    if (!keep) return port_.Exec(q::kUndoItem);
    if (auto status = port_.Exec(q::kReleaseItem); !status) return status;
    item_open_ = false;
    return {};
  }

  Result<Head> TakeChainHead(const std::string& chain, bool) override {
    return ReadHead(q::kLockChainHead, chain);
  }

  Status WriteEvents(const std::string& chain, std::span<const ledger::Event> events,
                     std::span<const std::string> payloads, const Head& head) override {
    for (std::size_t i = 0; i < events.size(); ++i) {
      const ledger::Event& e = events[i];
      auto written = port_.Write(q::kInsertEvent, chain, e.seq, e.type, e.actor, e.time,
                                 payloads[i], e.prev_hash, e.hash);
      if (!written) return tl::unexpected(written.error());
    }
    auto moved = port_.Write(q::kSetChainHead, chain, head.seq, head.hash);
    if (!moved) return tl::unexpected(moved.error());
    return {};
  }

  Result<AccessHeads> TakeAccessHeads(std::span<const std::string> families) override {
    AccessHeads heads;
    for (const std::string& family : families) {
      auto status = port_.Each(
          q::kAccessHead,
          [&](const Row& row) {
            heads[family] = {row.Int(1), row.Text(2)};
          },
          family, ledger::kGenesisHash);
      if (!status) return tl::unexpected(status.error());
    }
    return heads;
  }

  Status WriteAccess(std::span<const SealedAccess> lines, const AccessHeads&) override {
    for (const SealedAccess& sealed : lines) {
      const domain::AccessRecord& r = sealed.record;
      auto written = port_.Write(q::kInsertAccess, r.family_id, r.seq, r.time, r.user_id, r.role,
                                 r.what, r.purpose, r.emergency, sealed.prev_hash, sealed.hash);
      if (!written) return tl::unexpected(written.error());
    }
    return {};
  }

  Result<Head> TakeGlobalHead() override { return ReadHead(q::kLockGlobalHead); }

  Status WriteGlobal(std::span<const GlobalLink> links) override {
    for (const GlobalLink& l : links) {
      auto written = port_.Write(q::kInsertGlobalLink, l.seq, l.chain, l.chain_seq, l.chain_hash,
                                 l.prev_hash, l.hash);
      if (!written) return tl::unexpected(written.error());
    }
    return {};
  }

  Status LockOutAppends() override { return {}; }  // BEGIN IMMEDIATE did

 private:
  // (seq, hash) from the first row of `sql`, or the genesis head when there is none.
  template <typename... Args>
  Result<Head> ReadHead(Sql sql, const Args&... args) {
    Head head{0, std::string(ledger::kGenesisHash)};
    auto status = port_.Each(
        sql,
        [&](const Row& row) {
          head = {row.Int(0), row.Text(1)};
          return false;
        },
        args...);
    if (!status) return tl::unexpected(status.error());
    return head;
  }
};

}  // namespace

std::unique_ptr<ChainStorage> NewRowStorage(SqlPort& port) {
  return std::make_unique<RowStorage>(port);
}

}  // namespace stip::store::core
