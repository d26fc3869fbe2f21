// Import of sealed history (stip migrate): events, access-log lines and global links written
// exactly as they were sealed in another installation, each call one write transaction, under the
// same head locks as Commit so that it is safe beside a running process.
#include <string>
#include <vector>

#include "ledger/chains.h"
#include "store/core/chain_writer.h"
#include "store/core/chain_writer_storage.h"
#include "store/core/core_store.h"

namespace stip::store::core {

using domain::Code;
using domain::Fail;

namespace {

// The history must continue the head exactly; anything else would break the chain.
Status CheckLink(const std::string& what, const Head& head, std::int64_t seq,
                 const std::string& prev_hash) {
  if (seq == head.seq + 1 && prev_hash == head.hash) return {};
  return Fail(Code::kFailedPrecondition, "cannot import " + what + " at " + std::to_string(seq) +
                                             ": the target is at " + std::to_string(head.seq) +
                                             " and the history does not continue from there");
}

}  // namespace

Status ChainWriter::ImportEvents(const std::string& chain,
                                 const std::vector<ledger::Event>& events) {
  auto head = storage_->TakeChainHead(chain, true);
  if (!head) return Fail(head.error());
  std::vector<std::string> payloads;
  payloads.reserve(events.size());
  auto folder = new_folder_(port_);
  for (const ledger::Event& event : events) {
    if (event.chain != chain) {
      return Fail(Error::Invalid("an event of " + event.chain + " in an import to " + chain));
    }
    if (auto ok = CheckLink("chain " + chain, *head, event.seq, event.prev_hash); !ok) return ok;
    if (event.redacted) {
      // Destroyed content (issue 14) stays destroyed in the target; the projector skips it.
      payloads.emplace_back(ledger::kRedactedPayload);
      *head = {event.seq, event.hash};
      continue;
    }
    auto payload = ledger::CanonicalPayload(event.payload);
    if (!payload) return Fail(payload.error());
    if (auto status = folder->Apply(event); !status) return Fail(status.error());
    payloads.push_back(std::move(*payload));
    *head = {event.seq, event.hash};
  }
  if (auto status = folder->Flush(); !status) return status;
  return storage_->WriteEvents(chain, events, payloads, *head);
}

Status ChainWriter::ImportAccess(const std::string& family_id,
                                 const std::vector<SealedAccess>& lines) {
  const std::string families[] = {family_id};
  auto heads = storage_->TakeAccessHeads(families);
  if (!heads) return Fail(heads.error());
  auto head = heads->find(family_id);
  if (head == heads->end()) {
    return Fail(Code::kFailedPrecondition, "cannot import the access log of " + family_id +
                                               ": the family does not exist in the target yet");
  }
  for (const SealedAccess& sealed : lines) {
    const domain::AccessRecord& line = sealed.record;
    if (line.family_id != family_id) {
      return Fail(Error::Invalid("an access-log line of " + line.family_id + " in an import to " +
                                 family_id));
    }
    if (auto ok =
            CheckLink("the access log of " + family_id, head->second, line.seq, sealed.prev_hash);
        !ok) {
      return ok;
    }
    head->second = {line.seq, sealed.hash};
  }
  return storage_->WriteAccess(lines, *heads);
}

Status ChainWriter::ImportGlobal(const std::vector<GlobalLink>& links) {
  auto head = storage_->TakeGlobalHead();
  if (!head) return Fail(head.error());
  for (const GlobalLink& link : links) {
    if (auto ok = CheckLink("the global chain", *head, link.seq, link.prev_hash); !ok) return ok;
    *head = {link.seq, link.hash};
  }
  return storage_->WriteGlobal(links);
}

// --- the Store methods: one write transaction each ----------------------------------------------

Status CoreStore::ImportEvents(const std::string& chain, const std::vector<ledger::Event>& events) {
  if (events.empty()) return {};
  return WriteTransaction([&](SqlPort& port) {
    return ChainWriter(port, [this](SqlPort& p) { return NewFolder(p); })
        .ImportEvents(chain, events);
  });
}

Status CoreStore::ImportAccess(const std::string& family_id,
                               const std::vector<SealedAccess>& lines) {
  if (lines.empty()) return {};
  return WriteTransaction([&](SqlPort& port) {
    return ChainWriter(port, [this](SqlPort& p) { return NewFolder(p); })
        .ImportAccess(family_id, lines);
  });
}

Status CoreStore::ImportGlobal(const std::vector<GlobalLink>& links) {
  if (links.empty()) return {};
  return WriteTransaction([&](SqlPort& port) {
    return ChainWriter(port, [this](SqlPort& p) { return NewFolder(p); }).ImportGlobal(links);
  });
}

}  // namespace stip::store::core
