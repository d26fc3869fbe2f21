// Commit: the only path that appends to the ledger, for both engines. Head check, sealing,
// folding, the access-log chain and the global chain are decided here; ChainStorage only reads
// and writes the rows the way its engine does best.
#include "store/core/chain_writer.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "ledger/chains.h"
#include "store/core/chain_writer_storage.h"
#include "store/core/core_store.h"

namespace stip::store::core {

using domain::Code;
using domain::Fail;

std::unique_ptr<ChainStorage> ChainStorage::For(SqlPort& port) {
  return port.dialect() == Dialect::kPostgres ? NewArrayStorage(port) : NewRowStorage(port);
}

CommitResult FailAll(const CommitBatch& batch, const Error& error) {
  CommitResult out;
  out.appends.assign(batch.appends.size(), tl::unexpected(error));
  out.access.assign(batch.access.size(), tl::unexpected(error));
  return out;
}

ChainWriter::ChainWriter(SqlPort& port, NewFolderFn new_folder)
    : port_(port), new_folder_(std::move(new_folder)), storage_(ChainStorage::For(port)) {}

ChainWriter::~ChainWriter() = default;

Result<CommitResult> ChainWriter::Commit(const CommitBatch& batch) {
  std::vector<std::size_t> order(batch.appends.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (storage_->LocksInChainOrder()) {  // appends to one chain keep their relative order
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return batch.appends[a].chain < batch.appends[b].chain;
    });
  }
  // Each item runs inside a savepoint, so that it fails alone. A batch of one item needs none:
  // when it fails, the transaction is rolled back and the batch fails with the item's error,
  // which is the same answer, two statements (on PostgreSQL: round trips) sooner.
  const bool alone = batch.appends.size() + (batch.access.empty() ? 0 : 1) == 1;
  // Ends an item; an error means the transaction is lost, and a failed item's own error says why.
  const auto end_item = [&](const Error* failure) -> Status {
    if (alone) return failure == nullptr ? Status{} : Fail(*failure);
    if (auto closed = storage_->CloseItem(failure == nullptr); !closed) {
      return Fail(failure == nullptr ? closed.error() : *failure);
    }
    return {};
  };

  std::vector<std::optional<Result<ChainHead>>> results(batch.appends.size());
  for (std::size_t i : order) {
    if (!alone) {
      if (auto opened = storage_->OpenItem(); !opened) return Fail(opened.error());
    }
    Result<ChainHead> result = Append(batch.appends[i]);
    if (auto ended = end_item(result ? nullptr : &result.error()); !ended) {
      return Fail(ended.error());
    }
    results[i] = std::move(result);
  }
  CommitResult out;
  out.appends.reserve(batch.appends.size());
  for (auto& result : results) out.appends.push_back(std::move(*result));

  // All access lines in one item: if the statements themselves fail, the lines fail together
  // and the appends above are kept.
  if (!batch.access.empty()) {
    if (!alone) {
      if (auto opened = storage_->OpenItem(); !opened) return Fail(opened.error());
    }
    Status logged = LogAccess(batch.access, out.access);
    if (auto ended = end_item(logged ? nullptr : &logged.error()); !ended) {
      return Fail(ended.error());
    }
    if (!logged) out.access.assign(batch.access.size(), tl::unexpected(logged.error()));
  }

  if (auto linked = LinkGlobal(out.appends); !linked) return Fail(linked.error());
  return out;
}

Result<ChainHead> ChainWriter::Append(const AppendRequest& request) {
  if (request.chain.empty()) return Fail(Error::Invalid("An append needs a chain."));
  if (request.events.empty()) {
    return Fail(Error::Invalid("An append to " + request.chain + " has no events."));
  }
  const std::string what = "chain " + request.chain;
  auto taken = storage_->TakeChainHead(request.chain, request.expected_seq == 0);
  if (!taken) return Fail(storage_->LostRace(taken.error(), what));
  Head head = std::move(*taken);
  if (head.seq != request.expected_seq) {
    return Fail(Code::kConflict, "chain " + request.chain + " is at " + std::to_string(head.seq) +
                                     ", not at the expected " +
                                     std::to_string(request.expected_seq) +
                                     "; someone else changed it, reload and retry");
  }

  // Seal and fold event by event (errors come in event order), then write the rows.
  std::vector<ledger::Event> sealed;
  std::vector<std::string> payloads;
  sealed.reserve(request.events.size());
  payloads.reserve(request.events.size());
  auto folder = new_folder_(port_);
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
    if (auto status = folder->Apply(event); !status) return Fail(status.error());
    head = {event.seq, event.hash};
    sealed.push_back(std::move(event));
    payloads.push_back(std::move(*payload));
  }
  if (auto status = folder->Flush(); !status) return Fail(status.error());
  if (auto status = storage_->WriteEvents(request.chain, sealed, payloads, head); !status) {
    return Fail(storage_->LostRace(status.error(), what));
  }
  return ChainHead{request.chain, head.seq, std::move(head.hash)};
}

Status ChainWriter::LogAccess(const std::vector<domain::AccessRecord>& lines,
                              std::vector<Result<std::int64_t>>& out) {
  out.clear();
  std::vector<std::string> families;
  for (const auto& line : lines) families.push_back(line.family_id);
  std::sort(families.begin(), families.end());
  families.erase(std::unique(families.begin(), families.end()), families.end());
  auto heads = storage_->TakeAccessHeads(families);
  if (!heads) return Fail(heads.error());

  // Each line is hashed onto its family's head in batch order; one that fails leaves no gap.
  std::vector<SealedAccess> sealed;
  for (const domain::AccessRecord& record : lines) {
    auto head = heads->find(record.family_id);
    if (head == heads->end()) {
      out.push_back(tl::unexpected(Error::NotFound("cannot log access to family " +
                                                   record.family_id + ": it does not exist")));
      continue;
    }
    domain::AccessRecord line = record;
    line.seq = head->second.seq + 1;
    auto hash = ledger::AccessHash(head->second.hash, line);
    if (!hash) {
      out.push_back(tl::unexpected(hash.error()));
      continue;
    }
    out.push_back(line.seq);
    sealed.push_back({std::move(line), head->second.hash, *hash});
    head->second = {sealed.back().record.seq, std::move(*hash)};
  }
  if (sealed.empty()) return {};
  if (auto status = storage_->WriteAccess(sealed, *heads); !status) {
    return Fail(storage_->LostRace(status.error(), "the access log"));
  }
  return {};
}

Status ChainWriter::LinkGlobal(const std::vector<Result<ChainHead>>& appends) {
  if (std::none_of(appends.begin(), appends.end(), [](const auto& r) { return r.has_value(); })) {
    return {};
  }
  auto head = storage_->TakeGlobalHead();
  if (!head) return Fail(head.error());
  std::vector<GlobalLink> links;
  for (const auto& result : appends) {
    if (!result) continue;
    std::string link = ledger::GlobalLinkHash(head->hash, result->chain, result->seq, result->hash);
    if (link.empty()) {
      return Fail(Error::Internal("the global chain head " + std::to_string(head->seq) +
                                  " has a malformed hash; run stip verify"));
    }
    ++head->seq;
    links.push_back(
        {head->seq, result->chain, result->seq, result->hash, std::move(head->hash), link});
    head->hash = std::move(link);
  }
  if (auto status = storage_->WriteGlobal(links); !status) {
    return Fail(storage_->LostRace(status.error(), "the global chain"));
  }
  return {};
}

// --- the Store method ---------------------------------------------------------------------------

Result<CommitResult> CoreStore::Commit(const CommitBatch& batch) {
  if (batch.appends.empty() && batch.access.empty()) return CommitResult{};
  std::optional<CommitResult> out;
  auto status = WriteTransaction([&](SqlPort& port) -> Status {
    ChainWriter writer(port, [this](SqlPort& p) { return NewFolder(p); });
    auto written = writer.Commit(batch);
    if (!written) return Fail(written.error());
    out = std::move(*written);
    return {};
  });
  // Nothing of the batch is acknowledged unless its transaction committed.
  if (!status) return FailAll(batch, status.error());
  return std::move(*out);
}

}  // namespace stip::store::core
