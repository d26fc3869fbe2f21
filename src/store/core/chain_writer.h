// The chain writer: the only code that writes the ledger (group commit and the import of sealed
// history), written once for both engines against SqlPort. Engine differences:
// chain_writer_storage.h.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ledger/event.h"
#include "store/core/sql.h"
#include "store/store.h"

namespace stip::store::core {

class ChainStorage;

// Folds sealed events into the projection tables, inside the caller's transaction. A new one per
// append, import or rebuild: it may defer writes until Flush.
class Folder {
 public:
  virtual ~Folder() = default;
  // Applies one sealed event. An unknown type, a malformed payload or a domain error fails with a
  // message naming the event; the caller undoes whatever its item wrote.
  virtual Status Apply(const ledger::Event& event) = 0;
  // Writes what Apply deferred; called after the last Apply, before the events' rows are written.
  virtual Status Flush() = 0;
};

// Makes the folder for one append, import or rebuild, working on `port`.
using NewFolderFn = std::function<std::unique_ptr<Folder>(SqlPort& port)>;

// Every item of a batch fails with the same error: the transaction as a whole did not commit.
CommitResult FailAll(const CommitBatch& batch, const Error& error);

// Works inside the write transaction the caller opened on `port`; commits nothing itself.
class ChainWriter {
 public:
  ChainWriter(SqlPort& port, NewFolderFn new_folder);
  ~ChainWriter();
  ChainWriter(const ChainWriter&) = delete;
  ChainWriter& operator=(const ChainWriter&) = delete;

  // One group-commit batch: each append is checked against its chain's head, sealed, written
  // and folded inside its own savepoint, so it succeeds or fails on its own (a lost race is
  // Conflict); then the access-log lines get their seqs, all together in one savepoint; then
  // one global link per successful append, in batch order. (A batch of one item takes no
  // savepoint: its failure fails the batch.) An error means the transaction itself is lost: the
  // caller rolls it back and fails every item.
  Result<CommitResult> Commit(const CommitBatch& batch);

  // Sealed history written verbatim (see Store::ImportEvents); an error leaves the caller's
  // transaction to be rolled back.
  Status ImportEvents(const std::string& chain, const std::vector<ledger::Event>& events);
  Status ImportAccess(const std::string& family_id, const std::vector<SealedAccess>& lines);
  Status ImportGlobal(const std::vector<GlobalLink>& links);

 private:
  // One append, without its global link.
  Result<ChainHead> Append(const AppendRequest& request);
  // Every access-log line of a batch; fills `out` (same order). Fails only when the statements
  // fail: then no line was written.
  Status LogAccess(const std::vector<domain::AccessRecord>& lines,
                   std::vector<Result<std::int64_t>>& out);
  // One global link per successful append, in batch order.
  Status LinkGlobal(const std::vector<Result<ChainHead>>& appends);

  SqlPort& port_;
  NewFolderFn new_folder_;
  std::unique_ptr<ChainStorage> storage_;
};

}  // namespace stip::store::core
