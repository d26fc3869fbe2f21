#include "ledger/verifier.h"

#include <algorithm>
#include <string>
#include <utility>

#include "ledger/chains.h"

namespace stip::ledger {
namespace {

std::string Seq(std::int64_t seq) { return std::to_string(seq); }

// The type whose payload lists destroyed events (ledger::events::FileDestroyed).
constexpr std::string_view kDestructionType = "file.destroyed";

}  // namespace

std::string_view ProblemKindName(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::kBadGenesis:
      return "bad_genesis";
    case ProblemKind::kSeqGap:
      return "seq_gap";
    case ProblemKind::kSeqOrder:
      return "seq_order";
    case ProblemKind::kBrokenLink:
      return "broken_link";
    case ProblemKind::kHashMismatch:
      return "hash_mismatch";
    case ProblemKind::kWrongChain:
      return "wrong_chain";
    case ProblemKind::kMalformed:
      return "malformed";
    case ProblemKind::kTruncated:
      return "truncated";
    case ProblemKind::kMissingChain:
      return "missing_chain";
    case ProblemKind::kHeadMismatch:
      return "head_mismatch";
    case ProblemKind::kUnrecordedEvents:
      return "unrecorded_events";
    case ProblemKind::kUnattestedRedaction:
      return "unattested_redaction";
    case ProblemKind::kRedactionMismatch:
      return "redaction_mismatch";
  }
  return "unknown";
}

namespace internal {

void LinkState::Fail(std::int64_t seq, ProblemKind kind, std::string message) {
  if (problem_) return;  // only the first problem is reported; later ones are consequences
  problem_ = Problem{chain_name_, seq, kind, std::move(message)};
}

bool LinkState::CheckLink(std::int64_t seq, std::string_view prev_hash) {
  if (count_ == 0) {
    if (seq != 1) {
      // A missing start is named at seq 1, the first position that should be there.
      Fail(seq > 1 ? 1 : seq, ProblemKind::kBadGenesis,
           "the chain starts at seq " + Seq(seq) + " instead of 1");
      return false;
    }
    if (prev_hash != kGenesisHash) {
      Fail(seq, ProblemKind::kBadGenesis,
           "the first item does not point at the genesis hash (64 zeros)");
      return false;
    }
    return true;
  }
  if (seq <= head_seq_) {
    Fail(seq, ProblemKind::kSeqOrder,
         "seq " + Seq(seq) + " comes after seq " + Seq(head_seq_) +
             ": items were reordered, duplicated or inserted");
    return false;
  }
  if (seq > head_seq_ + 1) {
    Fail(head_seq_ + 1, ProblemKind::kSeqGap,
         seq == head_seq_ + 2 ? "seq " + Seq(head_seq_ + 1) + " is missing: it was deleted"
                              : "seq " + Seq(head_seq_ + 1) + " to " + Seq(seq - 1) +
                                    " are missing: they were deleted");
    return false;
  }
  if (prev_hash != head_hash_) {
    Fail(seq, ProblemKind::kBrokenLink,
         "seq " + Seq(seq) + " does not point at the hash of seq " + Seq(head_seq_) +
             ": an item before it was replaced, or this one was inserted");
    return false;
  }
  return true;
}

bool LinkState::CheckHash(std::int64_t seq, std::string_view stored, const HashRaw& computed) {
  HashHex hex;
  EncodeHash(computed, hex);
  if (stored == View(hex)) {
    verified_ = computed;
    return true;
  }
  Fail(seq, ProblemKind::kHashMismatch,
       "seq " + Seq(seq) +
           " was changed after it was written: its content does not match its stored hash");
  return false;
}

bool LinkState::Matches(std::string_view text, std::string_view stored) {
  HashRaw computed;
  LinkHash(verified_, text, computed);
  HashHex hex;
  EncodeHash(computed, hex);
  if (stored != View(hex)) return false;
  verified_ = computed;
  return true;
}

bool LinkState::CheckText(std::int64_t seq, std::string_view text, std::string_view stored) {
  HashRaw computed;
  LinkHash(verified_, text, computed);
  return CheckHash(seq, stored, computed);
}

void LinkState::Advance(std::int64_t seq, std::string_view hash) {
  ++count_;
  head_seq_ = seq;
  head_hash_.assign(hash);
}

}  // namespace internal

// --- ChainVerifier --------------------------------------------------------------------------

ChainVerifier::ChainVerifier(std::string chain) : state_(std::move(chain)) {
  canonical_.reserve(1024);
}

void ChainVerifier::AddRedacted(std::string_view chain, std::int64_t seq, std::string_view type,
                                std::string_view prev_hash, std::string_view hash) {
  if (!state_.problem()) {
    if (chain != state_.chain_name()) {
      state_.Fail(seq, ProblemKind::kWrongChain,
                  "seq " + Seq(seq) + " belongs to chain \"" + std::string(chain) +
                      "\": an event was moved between chains");
    } else if (state_.CheckLink(seq, prev_hash)) {
      internal::HashRaw raw;
      if (!internal::DecodeHash(hash, raw)) {
        state_.Fail(seq, ProblemKind::kMalformed,
                    "seq " + Seq(seq) + " has no content and its stored hash is not a hash");
      } else {
        state_.Accept(raw);
        pending_[seq] = Pending{std::string(type), std::string(hash)};
      }
    }
  }
  state_.Advance(seq, hash);
}

void ChainVerifier::Attest(const boost::json::object& payload, std::int64_t seq,
                           domain::Millis time, std::string_view actor) {
  const auto list = [&](std::string_view key) -> const boost::json::array* {
    const auto* value = payload.if_contains(key);
    return value != nullptr ? value->if_array() : nullptr;
  };
  const auto text = [&](std::string_view key) -> std::string {
    const auto* value = payload.if_contains(key);
    const auto* str = value != nullptr ? value->if_string() : nullptr;
    return str != nullptr ? std::string(str->data(), str->size()) : std::string();
  };
  const boost::json::array* seqs = list("seqs");
  const boost::json::array* types = list("types");
  const boost::json::array* hashes = list("hashes");
  const std::string bad = "seq " + Seq(seq) + " (file.destroyed) ";
  if (seqs == nullptr || types == nullptr || hashes == nullptr || seqs->size() != types->size() ||
      seqs->size() != hashes->size()) {
    state_.Fail(seq, ProblemKind::kRedactionMismatch,
                bad + "does not hold three lists of the same length (seqs, types, hashes)");
    return;
  }
  Destruction destruction{state_.chain_name(),
                          seq,
                          time,
                          std::string(actor),
                          text("scope"),
                          text("ground"),
                          text("decided_by"),
                          text("requested_by"),
                          text("request_id"),
                          {}};
  for (std::size_t i = 0; i < seqs->size(); ++i) {
    const auto* s = (*seqs)[i].if_string();
    const auto* t = (*types)[i].if_string();
    const auto* h = (*hashes)[i].if_string();
    std::int64_t listed = 0;
    bool number = s != nullptr && !s->empty() && s->size() <= 18;
    for (std::size_t k = 0; number && k < s->size(); ++k) {
      const char c = (*s)[k];
      if (c < '0' || c > '9' || (k == 0 && c == '0')) {
        number = false;
      } else {
        listed = listed * 10 + (c - '0');
      }
    }
    if (!number || t == nullptr || h == nullptr || listed >= seq) {
      state_.Fail(seq, ProblemKind::kRedactionMismatch,
                  bad + "lists item " + Seq(static_cast<std::int64_t>(i) + 1) +
                      " unreadably or not before itself");
      return;
    }
    auto it = pending_.find(listed);
    // A listed event that still holds its content was verified by its own hash; one destroyed
    // and attested by an earlier destruction is attested already.
    if (it == pending_.end()) continue;
    if (it->second.hash != std::string_view(h->data(), h->size()) ||
        it->second.type != std::string_view(t->data(), t->size())) {
      state_.Fail(
          listed, ProblemKind::kRedactionMismatch,
          "seq " + Seq(listed) + " was destroyed, but the destruction at seq " + Seq(seq) +
              " lists another " +
              (it->second.hash != std::string_view(h->data(), h->size()) ? "hash" : "type") +
              " for it: the destroyed event was replaced");
      return;
    }
    destruction.destroyed.push_back(listed);
    pending_.erase(it);
  }
  destructions_.push_back(std::move(destruction));
}

void ChainVerifier::Finish() {
  if (state_.problem() || pending_.empty()) return;
  const std::int64_t first = pending_.begin()->first;
  state_.Fail(first, ProblemKind::kUnattestedRedaction,
              "seq " + Seq(first) +
                  " has no content, but no later file.destroyed event lists it: its content was "
                  "removed outside Stip");
}

void ChainVerifier::AddStored(const StoredEvent& stored) {
  if (IsRedacted(stored.payload)) {
    AddRedacted(stored.chain, stored.seq, stored.type, stored.prev_hash, stored.hash);
    return;
  }
  // The fast path: hash the stored bytes. A match proves they are the bytes that were sealed
  // (the canonical text), so parsing and re-encoding them could only give the same text.
  if (!state_.problem() && stored.chain == state_.chain_name() &&
      state_.CheckLink(stored.seq, stored.prev_hash) &&
      writer_.WriteStoredEvent(stored, canonical_) && state_.Matches(canonical_, stored.hash)) {
    state_.Advance(stored.seq, stored.hash);
    if (stored.type == kDestructionType) {
      auto payload = ParsePayload(stored.payload);
      if (payload) Attest(*payload, stored.seq, stored.time, stored.actor);
    }
    return;
  }
  // Anything else (a mismatch, a wrong chain, a broken link, or a problem already recorded)
  // goes the way of Add, so that the report is exactly Add's. CheckLink and Matches record
  // nothing when they pass, and CheckLink records the same problem Add would.
  Event event;
  event.chain.assign(stored.chain);
  event.seq = stored.seq;
  event.type.assign(stored.type);
  event.actor.assign(stored.actor);
  event.time = stored.time;
  if (!state_.problem()) {
    auto payload = ParsePayload(stored.payload);
    if (payload) {
      event.payload = std::move(*payload);
    } else {
      // What the engines hand to Add for such a payload (see kUnreadablePayloadKey).
      event.payload[kUnreadablePayloadKey] =
          boost::json::string(stored.payload.data(), stored.payload.size());
    }
  }
  event.prev_hash.assign(stored.prev_hash);
  event.hash.assign(stored.hash);
  Add(event);
}

void ChainVerifier::Add(const Event& event) {
  if (event.redacted) {
    AddRedacted(event.chain, event.seq, event.type, event.prev_hash, event.hash);
    return;
  }
  if (!state_.problem()) {
    if (event.chain != state_.chain_name()) {
      state_.Fail(event.seq, ProblemKind::kWrongChain,
                  "seq " + Seq(event.seq) + " belongs to chain \"" + event.chain +
                      "\": an event was moved between chains");
    } else if (state_.CheckLink(event.seq, event.prev_hash)) {
      if (auto status = writer_.WriteEvent(event, canonical_); !status) {
        state_.Fail(event.seq, ProblemKind::kMalformed,
                    "seq " + Seq(event.seq) + " cannot be encoded: " + status.error().message);
      } else {
        if (state_.CheckText(event.seq, canonical_, event.hash) && event.type == kDestructionType) {
          state_.Advance(event.seq, event.hash);
          Attest(event.payload, event.seq, event.time, event.actor);
          return;
        }
      }
    }
  }
  state_.Advance(event.seq, event.hash);
}

// --- AccessChainVerifier --------------------------------------------------------------------

AccessChainVerifier::AccessChainVerifier(std::string family_id)
    : family_id_(std::move(family_id)), state_(AccessChainName(family_id_)) {
  canonical_.reserve(512);
}

void AccessChainVerifier::Add(const domain::AccessRecord& record, std::string_view prev_hash,
                              std::string_view hash) {
  if (!state_.problem()) {
    if (record.family_id != family_id_) {
      state_.Fail(record.seq, ProblemKind::kWrongChain,
                  "seq " + Seq(record.seq) + " is an access record of family \"" +
                      record.family_id + "\": it was moved between families");
    } else if (state_.CheckLink(record.seq, prev_hash)) {
      if (auto status = writer_.WriteAccess(record, canonical_); !status) {
        state_.Fail(record.seq, ProblemKind::kMalformed,
                    "seq " + Seq(record.seq) + " cannot be encoded: " + status.error().message);
      } else {
        state_.CheckText(record.seq, canonical_, hash);
      }
    }
  }
  state_.Advance(record.seq, hash);
}

void AccessChainVerifier::AddStored(const StoredAccess& record) {
  if (!state_.problem()) {
    if (record.family_id != family_id_) {
      state_.Fail(record.seq, ProblemKind::kWrongChain,
                  "seq " + Seq(record.seq) + " is an access record of family \"" +
                      std::string(record.family_id) + "\": it was moved between families");
    } else if (state_.CheckLink(record.seq, record.prev_hash)) {
      if (auto status = writer_.WriteStoredAccess(record, canonical_); !status) {
        state_.Fail(record.seq, ProblemKind::kMalformed,
                    "seq " + Seq(record.seq) + " cannot be encoded: " + status.error().message);
      } else {
        state_.CheckText(record.seq, canonical_, record.hash);
      }
    }
  }
  state_.Advance(record.seq, record.hash);
}

// --- GlobalChainVerifier --------------------------------------------------------------------

GlobalChainVerifier::GlobalChainVerifier() : state_(std::string(kGlobalChain)) {
  text_.reserve(256);
}

GlobalChainVerifier::Heads& GlobalChainVerifier::At(std::string_view chain) {
  auto it = heads_.find(chain);
  if (it == heads_.end()) it = heads_.emplace(std::string(chain), Heads{}).first;
  return it->second;
}

void GlobalChainVerifier::Add(const GlobalLinkView& link) {
  if (!state_.problem() && state_.CheckLink(link.seq, link.prev_hash)) {
    // Built in place rather than with GlobalLinkText, to reuse the buffer.
    text_.clear();
    text_.append(link.chain);
    text_.push_back('\n');
    internal::AppendInt(link.chain_seq, text_);
    text_.push_back('\n');
    text_.append(link.chain_hash);
    state_.CheckText(link.seq, text_, link.hash);
  }
  state_.Advance(link.seq, link.hash);
  // Remembered even after a problem: the cross-check is still the best evidence available.
  Heads& heads = At(link.chain);
  heads.recorded_seq = link.chain_seq;
  heads.recorded_hash.assign(link.chain_hash);
}

void GlobalChainVerifier::CheckHead(std::string_view chain, std::int64_t head_seq,
                                    std::string_view head_hash) {
  Heads& heads = At(chain);
  heads.actual_seq = head_seq;
  heads.actual_hash.assign(head_hash);
}

const std::vector<Problem>& GlobalChainVerifier::Finish() {
  problems_.clear();
  if (state_.problem()) problems_.push_back(*state_.problem());
  std::vector<const std::pair<const std::string, Heads>*> sorted;
  sorted.reserve(heads_.size());
  for (const auto& entry : heads_) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });

  for (const auto* entry : sorted) {
    const std::string& chain = entry->first;
    const Heads& h = entry->second;
    const std::string recorded = "the global chain records " + chain + " up to seq ";
    if (h.actual_seq < 0) {
      problems_.push_back({chain, 1, ProblemKind::kMissingChain,
                           recorded + Seq(h.recorded_seq) + ", but the chain does not exist"});
    } else if (h.recorded_seq < 0) {
      if (h.actual_seq > 0) {
        problems_.push_back({chain, 1, ProblemKind::kUnrecordedEvents,
                             chain + " has events up to seq " + Seq(h.actual_seq) +
                                 ", but the global chain does not record it at all"});
      }
    } else if (h.actual_seq < h.recorded_seq) {
      problems_.push_back({chain, h.actual_seq + 1, ProblemKind::kTruncated,
                           recorded + Seq(h.recorded_seq) + ", but it ends at seq " +
                               Seq(h.actual_seq) + ": its newest events were removed"});
    } else if (h.actual_seq > h.recorded_seq) {
      problems_.push_back({chain, h.recorded_seq + 1, ProblemKind::kUnrecordedEvents,
                           recorded + Seq(h.recorded_seq) + ", but it has events up to seq " +
                               Seq(h.actual_seq) + " that were added outside Stip"});
    } else if (h.actual_hash != h.recorded_hash) {
      problems_.push_back({chain, h.actual_seq, ProblemKind::kHeadMismatch,
                           "seq " + Seq(h.actual_seq) + " of " + chain +
                               " is not the event the global chain recorded: the chain was "
                               "rewritten"});
    }
  }
  return problems_;
}

std::optional<Problem> VerifyChain(std::string chain, std::span<const Event> events) {
  ChainVerifier verifier(std::move(chain));
  for (const Event& event : events) verifier.Add(event);
  verifier.Finish();
  return verifier.problem();
}

}  // namespace stip::ledger
