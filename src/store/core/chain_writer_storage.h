// What the chain writer does differently per engine, and nothing more. SQLite has one writer
// process: it reads heads plainly and writes row by row. PostgreSQL is shared by several
// processes: it locks every head it moves (in one order, so writers never deadlock) and writes a
// batch's rows with array parameters, one statement per table, to save round trips.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>

#include "ledger/event.h"
#include "store/core/sql.h"
#include "store/store.h"

namespace stip::store::core {

// The head of a chain, an access log or the global chain.
struct Head {
  std::int64_t seq = 0;
  std::string hash;
};
// Access-log heads by family id; only families that exist are in it.
using AccessHeads = std::map<std::string, Head, std::less<>>;

class ChainStorage {
 public:
  // The storage for the engine behind `port` (by its dialect).
  static std::unique_ptr<ChainStorage> For(SqlPort& port);
  virtual ~ChainStorage() = default;

  // Whether a batch's appends are worked through in chain order instead of batch order: where
  // processes lock chain heads, two batches touching the same families then queue for them
  // instead of deadlocking. Results, and global links, stay in batch order either way.
  virtual bool LocksInChainOrder() const = 0;
  // What a unique violation on a ledger position means when a Commit writes it: where other
  // processes write too, a lost race (Conflict), never an "already exists" the caller could
  // act on.
  virtual Error LostRace(const Error& error, const std::string& what) const = 0;

  // Each item of a batch runs inside a savepoint: OpenItem before it (a no-op when the last
  // item left one open), CloseItem after it, keeping or undoing what the item wrote.
  virtual Status OpenItem() = 0;
  virtual Status CloseItem(bool keep) = 0;

  // The head of `chain` (seq 0 and the genesis hash when it has none), locked until COMMIT
  // where the engine locks. `may_be_new`: PostgreSQL claims a new chain by inserting its row.
  virtual Result<Head> TakeChainHead(const std::string& chain, bool may_be_new) = 0;
  // Sealed events of one chain in seq order (`payloads` their canonical text), and the new head.
  virtual Status WriteEvents(const std::string& chain, std::span<const ledger::Event> events,
                             std::span<const std::string> payloads, const Head& head) = 0;

  // The access-log heads of `families` (sorted, distinct), locked until COMMIT where the engine
  // locks; a family that does not exist is missing from the result.
  virtual Result<AccessHeads> TakeAccessHeads(std::span<const std::string> families) = 0;
  // New lines in order, and the new heads of their families.
  virtual Status WriteAccess(std::span<const SealedAccess> lines, const AccessHeads& heads) = 0;

  // The global chain's head, locked until COMMIT where the engine locks.
  virtual Result<Head> TakeGlobalHead() = 0;
  // New links in seq order; the last one is the new head.
  virtual Status WriteGlobal(std::span<const GlobalLink> links) = 0;

  // Keeps every other writer out until COMMIT (Rebuild), where the transaction does not already.
  virtual Status LockOutAppends() = 0;

 protected:
  explicit ChainStorage(SqlPort& port) : port_(port) {}
  SqlPort& port_;
  bool item_open_ = false;
};

// The two storages (chain_writer_rows.cpp, chain_writer_arrays.cpp).
std::unique_ptr<ChainStorage> NewRowStorage(SqlPort& port);
std::unique_ptr<ChainStorage> NewArrayStorage(SqlPort& port);

}  // namespace stip::store::core
