// Streaming verifiers for `stip verify`: fed from the store one item at a time, they recompute
// every hash and name the first problem per chain (format: docs/ledger-format.md §7).
//
// How to drive them (the driver in src/app does this; no I/O happens here):
//
//   ledger::GlobalChainVerifier global;
//   store.ReadGlobalChain([&](const store::GlobalLink& l) {
//     global.Add({.seq = l.seq, .chain = l.chain, .chain_seq = l.chain_seq,
//                 .chain_hash = l.chain_hash, .prev_hash = l.prev_hash, .hash = l.hash});
//     return true;
//   });
//   for (const std::string& chain : store.ListChains()) {
//     ledger::ChainVerifier events(chain);
//     store.ReadChain(chain, [&](const ledger::Event& e) { events.Add(e); return true; });
//     if (events.problem()) report(*events.problem());
//     global.CheckHead(chain, events.head_seq(), events.head_hash());
//     if (chain != ledger::kSystemChain) {
//       ledger::AccessChainVerifier access(chain);
//       store.ReadAccessChain(chain, [&](const domain::AccessRecord& r, const std::string& prev,
//                                        const std::string& hash) {
//         access.Add(r, prev, hash);
//         return true;
//       });
//       if (access.problem()) report(*access.problem());
//     }
//   }
//   for (const ledger::Problem& p : global.Finish()) report(p);
//
// Keep feeding after a problem: the rest is not re-hashed (cheap), but the verifier still tracks
// the stored head, so the global cross-check compares the head the store really has.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/model.h"
#include "ledger/canonical_writer.h"
#include "ledger/event.h"

namespace stip::ledger {

enum class ProblemKind {
  kBadGenesis,        // first item is not seq 1, or its prev_hash is not kGenesisHash
  kSeqGap,            // a seq is missing: an item was deleted
  kSeqOrder,          // a seq not above the previous one: reordered, duplicated or inserted
  kBrokenLink,        // prev_hash differs from the previous item's hash
  kHashMismatch,      // stored hash differs from the recomputed one: the item was changed
  kWrongChain,        // the item names another chain (or family) than the one being read
  kMalformed,         // the item cannot be encoded at all (a float, invalid UTF-8)
  kTruncated,         // global cross-check: the chain head is behind the global record
  kMissingChain,      // global cross-check: the global chain records a chain that is gone
  kHeadMismatch,      // global cross-check: same seq as recorded, different hash
  kUnrecordedEvents,  // global cross-check: the chain is ahead of the global record
  // Issue 14: an event without content (destroyed) that no later file.destroyed event lists.
  kUnattestedRedaction,
  // Issue 14: a file.destroyed event lists a destroyed event with another hash or type, lists a
  // seq that is not before it, or cannot be read as a list of destroyed events.
  kRedactionMismatch,
};

// "bad_genesis", "seq_gap", "seq_order", "broken_link", "hash_mismatch", "wrong_chain",
// "malformed", "truncated", "missing_chain", "head_mismatch", "unrecorded_events",
// "unattested_redaction", "redaction_mismatch".
std::string_view ProblemKindName(ProblemKind kind);

// Mirrors app::VerifyProblem (app converts; ledger cannot depend on app).
struct Problem {
  std::string chain;     // family id, "system", "global" or "access:<family>"
  std::int64_t seq = 0;  // first bad position in that chain
  ProblemKind kind = ProblemKind::kHashMismatch;
  std::string message;  // a sentence for the operator
};

namespace internal {

// Seq and link bookkeeping shared by the three verifiers.
class LinkState {
 public:
  explicit LinkState(std::string chain_name) : chain_name_(std::move(chain_name)) {}
  // Checks that the next item continues the chain; records a problem and returns false if not.
  bool CheckLink(std::int64_t seq, std::string_view prev_hash);
  // Compares the stored hash with the recomputed one; records a problem and returns false if not.
  bool CheckHash(std::int64_t seq, std::string_view stored, const HashRaw& computed);
  // Hashes `text` onto the last verified hash and checks it against `stored`.
  bool CheckText(std::int64_t seq, std::string_view text, std::string_view stored);
  // CheckText that records nothing on a mismatch (the caller then looks closer).
  bool Matches(std::string_view text, std::string_view stored);
  void Fail(std::int64_t seq, ProblemKind kind, std::string message);
  // Takes `raw` as the last verified hash without recomputing it (a destroyed event, whose
  // hash a later destruction event attests).
  void Accept(const HashRaw& raw) { verified_ = raw; }
  // Remembers the item as the head; called for every item, also after a problem.
  void Advance(std::int64_t seq, std::string_view hash);

  const std::string& chain_name() const { return chain_name_; }
  const std::optional<Problem>& problem() const { return problem_; }
  std::int64_t count() const { return count_; }
  std::int64_t head_seq() const { return head_seq_; }
  std::string_view head_hash() const { return head_hash_; }

 private:
  std::string chain_name_;
  std::optional<Problem> problem_;
  std::int64_t count_ = 0;
  std::int64_t head_seq_ = 0;
  std::string head_hash_;  // stored hash of the last item; reused, so no allocation per item
  // Raw bytes of the last hash that verified (genesis: zeros). CheckLink has made sure the next
  // prev_hash spells exactly this, so it need not be decoded from hex again.
  HashRaw verified_{};
};

}  // namespace internal

// One file.destroyed event as verification found it (issue 14): what it destroyed, when, why
// and on whose request, for the report of `stip verify`.
struct Destruction {
  std::string chain;
  std::int64_t seq = 0;  // the file.destroyed event
  domain::Millis time = 0;
  std::string actor;
  std::string scope;
  std::string ground;
  std::string decided_by;
  std::string requested_by;
  std::string request_id;
  std::vector<std::int64_t> destroyed;  // the seqs whose content is gone and that it attests
};

// Verifies one family or system chain, fed its events in ascending seq order (as stored, with
// prev_hash and hash). Stops checking at the first problem; reports only that one.
//
// A destroyed event (stored payload "", Event::redacted) is not hashed: its stored hash is taken
// as it is, linked like any other, and must be listed with the same seq, type and hash by a later
// file.destroyed event of the chain, which itself verifies normally (docs/ledger-format.md §7).
// Call Finish() after the last event: a destroyed event that nothing attests is reported there.
class ChainVerifier {
 public:
  explicit ChainVerifier(std::string chain);

  void Add(const Event& event);
  // The same check from the stored row, without parsing the payload: the stored payload text is
  // hashed as it is. Only when that hash does not match is the payload parsed and re-encoded as
  // Add does, so a damaged ledger is reported exactly as Add would report it (same kind, same
  // message); an intact one never pays for the parse (docs/ledger-format.md §7).
  void AddStored(const StoredEvent& event);

  // After the last event: reports the first destroyed event that no destruction attests.
  void Finish();

  bool ok() const { return !state_.problem().has_value(); }
  const std::optional<Problem>& problem() const { return state_.problem(); }
  std::int64_t events() const { return state_.count(); }
  // The destruction events met, in seq order, with the events each attests.
  const std::vector<Destruction>& destructions() const { return destructions_; }
  // seq and stored hash of the last event fed (0 and "" for an empty chain).
  std::int64_t head_seq() const { return state_.head_seq(); }
  std::string_view head_hash() const { return state_.head_hash(); }

 private:
  // A destroyed event: link and remember it; its hash is checked against a later destruction.
  void AddRedacted(std::string_view chain, std::int64_t seq, std::string_view type,
                   std::string_view prev_hash, std::string_view hash);
  // After a file.destroyed event verified: match its lists against the destroyed events.
  void Attest(const boost::json::object& payload, std::int64_t seq, domain::Millis time,
              std::string_view actor);

  struct Pending {
    std::string type;
    std::string hash;
  };

  internal::LinkState state_;
  internal::CanonicalWriter writer_;
  std::string canonical_;                    // reused between events
  std::map<std::int64_t, Pending> pending_;  // destroyed events not attested yet
  std::vector<Destruction> destructions_;
};

// Verifies a family's access-log chain, fed in ascending seq order with the stored hashes
// (matches store::AccessVisitor). Problem chain name: "access:<family>".
class AccessChainVerifier {
 public:
  explicit AccessChainVerifier(std::string family_id);

  void Add(const domain::AccessRecord& record, std::string_view prev_hash, std::string_view hash);
  // The same from a stored row as views (no copies).
  void AddStored(const StoredAccess& record);

  bool ok() const { return !state_.problem().has_value(); }
  const std::optional<Problem>& problem() const { return state_.problem(); }
  std::int64_t records() const { return state_.count(); }
  std::int64_t head_seq() const { return state_.head_seq(); }
  std::string_view head_hash() const { return state_.head_hash(); }

 private:
  std::string family_id_;
  internal::LinkState state_;
  internal::CanonicalWriter writer_;
  std::string canonical_;
};

// One stored line of the global chain, as plain views (store::GlobalLink has the same fields).
struct GlobalLinkView {
  std::int64_t seq = 0;
  std::string_view chain;
  std::int64_t chain_seq = 0;
  std::string_view chain_hash;
  std::string_view prev_hash;
  std::string_view hash;
};

// Verifies the global chain itself (as a chain named "global") and remembers the last recorded
// head of every chain in it; Finish() then cross-checks those against the heads that CheckHead
// reported. Add and CheckHead may come in any order; Finish comes last.
class GlobalChainVerifier {
 public:
  GlobalChainVerifier();

  void Add(const GlobalLinkView& link);
  // The head the store actually has for `chain` (call once for every chain that exists).
  void CheckHead(std::string_view chain, std::int64_t head_seq, std::string_view head_hash);
  // All problems: the global chain's own (at most one) first, then cross-check problems ordered
  // by chain name. Call once, after everything has been fed.
  const std::vector<Problem>& Finish();

  std::int64_t links() const { return state_.count(); }
  // seq and hash of the last global link: print it, so an operator can keep it outside Stip and
  // notice if the newest history is ever cut off as a whole (see docs/ledger-format.md §8).
  std::int64_t head_seq() const { return state_.head_seq(); }
  std::string_view head_hash() const { return state_.head_hash(); }

 private:
  struct Heads {
    std::int64_t recorded_seq = -1;  // -1: not in the global chain
    std::string recorded_hash;
    std::int64_t actual_seq = -1;  // -1: CheckHead never called (the chain does not exist)
    std::string actual_hash;
  };
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  Heads& At(std::string_view chain);

  internal::LinkState state_;
  std::string text_;  // reused between links
  std::unordered_map<std::string, Heads, StringHash, std::equal_to<>> heads_;
  std::vector<Problem> problems_;
};

// Verifies a whole chain held in memory; nullopt when intact. For tests, import and small tools.
std::optional<Problem> VerifyChain(std::string chain, std::span<const Event> events);

}  // namespace stip::ledger
