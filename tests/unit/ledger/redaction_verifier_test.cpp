// Issue 14 item 3: destroyed events (stored payload "") verify through the file.destroyed event
// that lists them; every other way of removing content is reported (docs/ledger-format.md §7).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ledger/events.h"
#include "ledger/verifier.h"
#include "unit/ledger/chain_builder.h"

namespace stip::ledger {
namespace {

using testing::MakeChain;

constexpr char kFamily[] = "fam_01";

// The destruction event listing events [from, to] of `events`, sealed after the last one.
Event MakeDestruction(const std::vector<Event>& events, int from, int to) {
  events::FileDestroyed d{.seqs = {},
                          .types = {},
                          .hashes = {},
                          .scope = "file",
                          .ground = "retention_ended",
                          .decided_by = "os:beheer",
                          .requested_by = "mem_1",
                          .request_id = {}};
  for (int n = from; n <= to; ++n) {
    d.seqs.push_back(std::to_string(n));
    d.types.push_back(events[n - 1].type);
    d.hashes.push_back(events[n - 1].hash);
  }
  Event e = events::ToEvent(kFamily, "system", 1764500000000, d);
  EXPECT_TRUE(Seal(e, events.back().seq, events.back().hash).has_value());
  return e;
}

void Redact(Event& e) {
  e.payload = {};
  e.redacted = true;
}

// The chain: 5 events, then a destruction of 1..5 appended as seq 6, then content removed.
std::vector<Event> DestroyedChain() {
  auto events = MakeChain(kFamily, 5);
  events.push_back(MakeDestruction(events, 1, 5));
  for (int n = 0; n < 5; ++n) Redact(events[n]);
  return events;
}

std::optional<Problem> Check(const std::vector<Event>& events, ChainVerifier& verifier) {
  for (const auto& e : events) verifier.Add(e);
  verifier.Finish();
  return verifier.problem();
}

TEST(RedactionVerifier, DestroyedEventsVerifyAndAreNamed) {
  const auto events = DestroyedChain();
  ChainVerifier verifier(kFamily);
  EXPECT_EQ(Check(events, verifier), std::nullopt);
  ASSERT_EQ(verifier.destructions().size(), 1u);
  const Destruction& d = verifier.destructions()[0];
  EXPECT_EQ(d.seq, 6);
  EXPECT_EQ(d.ground, "retention_ended");
  EXPECT_EQ(d.requested_by, "mem_1");
  EXPECT_EQ(d.decided_by, "os:beheer");
  EXPECT_EQ(d.destroyed, (std::vector<std::int64_t>{1, 2, 3, 4, 5}));
  EXPECT_EQ(verifier.head_seq(), 6);
}

TEST(RedactionVerifier, StoredRowsVerifyTheSameWay) {
  const auto events = DestroyedChain();
  ChainVerifier verifier(kFamily);
  std::vector<std::string> payloads;
  for (const auto& e : events) {
    payloads.push_back(e.redacted ? std::string() : *CanonicalPayload(e.payload));
  }
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& e = events[i];
    verifier.AddStored({e.chain, e.seq, e.type, e.actor, e.time, payloads[i], e.prev_hash, e.hash});
  }
  verifier.Finish();
  EXPECT_EQ(verifier.problem(), std::nullopt);
  ASSERT_EQ(verifier.destructions().size(), 1u);
  EXPECT_EQ(verifier.destructions()[0].destroyed.size(), 5u);
}

TEST(RedactionVerifier, ContentRemovedWithoutDestructionEventFails) {
  auto events = MakeChain(kFamily, 5);
  Redact(events[2]);
  ChainVerifier verifier(kFamily);
  auto problem = Check(events, verifier);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->kind, ProblemKind::kUnattestedRedaction) << problem->message;
  EXPECT_EQ(problem->seq, 3);
}

TEST(RedactionVerifier, ContentRemovedBeyondTheListFails) {
  auto events = MakeChain(kFamily, 6);
  events.push_back(MakeDestruction(events, 1, 3));
  for (int n = 0; n < 4; ++n) Redact(events[n]);  // seq 4 was not destroyed by the event
  ChainVerifier verifier(kFamily);
  auto problem = Check(events, verifier);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->kind, ProblemKind::kUnattestedRedaction) << problem->message;
  EXPECT_EQ(problem->seq, 4);
}

TEST(RedactionVerifier, DestructionListingAnotherHashFails) {
  auto events = MakeChain(kFamily, 5);
  // The list names a hash that is not the one sealed at seq 2 (another event put in its place).
  auto other = MakeChain("fam_other", 5);
  std::vector<Event> listed = events;
  listed[1].hash = other[1].hash;
  Event d = MakeDestruction(listed, 1, 5);
  ASSERT_TRUE(Seal(d, events.back().seq, events.back().hash).has_value());
  events.push_back(d);
  for (int n = 0; n < 5; ++n) Redact(events[n]);
  ChainVerifier verifier(kFamily);
  auto problem = Check(events, verifier);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->kind, ProblemKind::kRedactionMismatch) << problem->message;
  EXPECT_EQ(problem->seq, 2);
}

TEST(RedactionVerifier, RedactedEventWithChangedTypeFails) {
  auto events = DestroyedChain();
  events[1].type = "member.added";  // not hashed any more, but listed by the destruction
  ChainVerifier verifier(kFamily);
  auto problem = Check(events, verifier);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->kind, ProblemKind::kRedactionMismatch) << problem->message;
  EXPECT_EQ(problem->seq, 2);
}

TEST(RedactionVerifier, RedactedEventWithReplacedHashBreaksTheNextLink) {
  auto events = DestroyedChain();
  events[1].hash = MakeChain("fam_other", 2)[1].hash;  // a neighbour's link no longer fits
  ChainVerifier verifier(kFamily);
  auto problem = Check(events, verifier);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->kind, ProblemKind::kBrokenLink) << problem->message;
  EXPECT_EQ(problem->seq, 3);
}

TEST(RedactionVerifier, NeighbourOfRedactedEventChangedFails) {
  auto events = MakeChain(kFamily, 6);
  events.push_back(MakeDestruction(events, 1, 3));
  for (int n = 0; n < 3; ++n) Redact(events[n]);
  events[3].payload["text"] = "iets anders";  // seq 4 still holds content: hashed as always
  ChainVerifier verifier(kFamily);
  auto problem = Check(events, verifier);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->kind, ProblemKind::kHashMismatch) << problem->message;
  EXPECT_EQ(problem->seq, 4);
}

TEST(RedactionVerifier, ChangedDestructionEventFails) {
  auto events = DestroyedChain();
  events[5].payload["ground"] = "request_granted";
  ChainVerifier verifier(kFamily);
  auto problem = Check(events, verifier);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->kind, ProblemKind::kHashMismatch) << problem->message;
  EXPECT_EQ(problem->seq, 6);
}

TEST(RedactionVerifier, DestructionListingItselfOrLaterFails) {
  auto events = MakeChain(kFamily, 3);
  Event d = MakeDestruction(events, 1, 3);
  auto payload = d.payload;
  payload["seqs"].as_array().push_back("4");
  payload["types"].as_array().push_back("file.destroyed");
  payload["hashes"].as_array().push_back(boost::json::string(events[0].hash));
  d.payload = payload;
  ASSERT_TRUE(Seal(d, 3, events.back().hash).has_value());
  events.push_back(d);
  ChainVerifier verifier(kFamily);
  auto problem = Check(events, verifier);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->kind, ProblemKind::kRedactionMismatch) << problem->message;
  EXPECT_EQ(problem->seq, 4);
}

}  // namespace
}  // namespace stip::ledger
