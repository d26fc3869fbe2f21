// ChainVerifier: one test per kind of tampering with a family chain, each expecting exactly the
// first bad seq and the kind an operator would see in `stip verify`.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ledger/verifier.h"
#include "unit/ledger/chain_builder.h"

namespace stip::ledger {
namespace {

using testing::MakeChain;
using testing::MakeEvent;
using testing::Reseal;

constexpr char kFamily[] = "fam_01";

// Runs the verifier and expects one problem of `kind` at `seq`.
void ExpectProblem(const std::vector<Event>& events, ProblemKind kind, std::int64_t seq) {
  auto problem = VerifyChain(kFamily, events);
  ASSERT_TRUE(problem.has_value()) << "expected " << ProblemKindName(kind);
  EXPECT_EQ(ProblemKindName(problem->kind), ProblemKindName(kind)) << problem->message;
  EXPECT_EQ(problem->seq, seq) << problem->message;
  EXPECT_EQ(problem->chain, kFamily);
  EXPECT_FALSE(problem->message.empty());
}

TEST(ChainVerifier, IntactChainPasses) {
  const auto events = MakeChain(kFamily, 50);
  ChainVerifier verifier(kFamily);
  for (const auto& event : events) verifier.Add(event);
  EXPECT_TRUE(verifier.ok());
  EXPECT_EQ(verifier.problem(), std::nullopt);
  EXPECT_EQ(verifier.events(), 50);
  EXPECT_EQ(verifier.head_seq(), 50);
  EXPECT_EQ(verifier.head_hash(), events.back().hash);
}

TEST(ChainVerifier, EmptyChainPasses) {
  ChainVerifier verifier(kFamily);
  EXPECT_TRUE(verifier.ok());
  EXPECT_EQ(verifier.head_seq(), 0);
  EXPECT_EQ(verifier.head_hash(), "");
}

TEST(ChainVerifier, ChangedPayloadIsAHashMismatch) {
  auto events = MakeChain(kFamily, 10);
  events[4].payload["text"] = "iets anders";
  ExpectProblem(events, ProblemKind::kHashMismatch, 5);
}

TEST(ChainVerifier, AddedPayloadFieldIsAHashMismatch) {
  auto events = MakeChain(kFamily, 10);
  events[6].payload["extra"] = true;
  ExpectProblem(events, ProblemKind::kHashMismatch, 7);
}

TEST(ChainVerifier, ChangedActorIsAHashMismatch) {
  auto events = MakeChain(kFamily, 10);
  events[2].actor = "usr_other";
  ExpectProblem(events, ProblemKind::kHashMismatch, 3);
}

TEST(ChainVerifier, ChangedTypeIsAHashMismatch) {
  auto events = MakeChain(kFamily, 10);
  events[0].type = "entry.removed";
  ExpectProblem(events, ProblemKind::kHashMismatch, 1);
}

TEST(ChainVerifier, ChangedTimeIsAHashMismatch) {
  auto events = MakeChain(kFamily, 10);
  events[9].time += 1;
  ExpectProblem(events, ProblemKind::kHashMismatch, 10);
}

TEST(ChainVerifier, ChangedStoredHashIsAHashMismatch) {
  auto events = MakeChain(kFamily, 10);
  events[9].hash[0] = events[9].hash[0] == 'a' ? 'b' : 'a';
  ExpectProblem(events, ProblemKind::kHashMismatch, 10);
}

TEST(ChainVerifier, ChangedAndRehashedEventBreaksTheNextLink) {
  auto events = MakeChain(kFamily, 10);
  events[4].payload["text"] = "iets anders";
  ASSERT_TRUE(Seal(events[4], 4, events[3].hash).has_value());
  ExpectProblem(events, ProblemKind::kBrokenLink, 6);
}

TEST(ChainVerifier, DeletedEventIsASeqGap) {
  auto events = MakeChain(kFamily, 10);
  events.erase(events.begin() + 3);  // seq 4
  ExpectProblem(events, ProblemKind::kSeqGap, 4);
}

TEST(ChainVerifier, SeveralDeletedEventsNameTheFirst) {
  auto events = MakeChain(kFamily, 10);
  events.erase(events.begin() + 3, events.begin() + 7);  // seq 4..7
  auto problem = VerifyChain(kFamily, events);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->kind, ProblemKind::kSeqGap);
  EXPECT_EQ(problem->seq, 4);
  EXPECT_NE(problem->message.find("4 to 7"), std::string::npos) << problem->message;
}

TEST(ChainVerifier, DeletedEventWithRenumberedTailBreaksTheLink) {
  auto events = MakeChain(kFamily, 10);
  events.erase(events.begin() + 3);
  for (std::size_t i = 3; i < events.size(); ++i) events[i].seq -= 1;
  ExpectProblem(events, ProblemKind::kBrokenLink, 4);
}

TEST(ChainVerifier, ReorderedEventsBreakTheLink) {
  // Seq 4 and 5 swap places (their seq numbers swapped too, so the store still reads in order).
  auto events = MakeChain(kFamily, 10);
  std::swap(events[3], events[4]);
  std::swap(events[3].seq, events[4].seq);
  ExpectProblem(events, ProblemKind::kBrokenLink, 4);
}

TEST(ChainVerifier, EventsOutOfSeqOrderAreASeqOrderProblem) {
  auto events = MakeChain(kFamily, 10);
  std::rotate(events.begin() + 3, events.begin() + 4, events.begin() + 5);  // ... 3 5 4 6 ...
  // 5 after 3 reads as a gap first; so also check a plain step back: ... 6 5 ...
  ExpectProblem(events, ProblemKind::kSeqGap, 4);
  auto stepped_back = MakeChain(kFamily, 10);
  stepped_back.insert(stepped_back.begin() + 6, stepped_back[4]);  // 1..6 5 7..10
  ExpectProblem(stepped_back, ProblemKind::kSeqOrder, 5);
}

TEST(ChainVerifier, DuplicatedEventIsASeqOrderProblem) {
  auto events = MakeChain(kFamily, 10);
  events.insert(events.begin() + 5, events[5]);
  ExpectProblem(events, ProblemKind::kSeqOrder, 6);
}

TEST(ChainVerifier, InsertedEventWithADuplicateSeqIsASeqOrderProblem) {
  auto events = MakeChain(kFamily, 10);
  Event forged = MakeEvent(kFamily, 99);
  ASSERT_TRUE(Seal(forged, 3, events[2].hash).has_value());  // a second seq 4
  events.insert(events.begin() + 4, forged);
  ExpectProblem(events, ProblemKind::kSeqOrder, 4);
}

TEST(ChainVerifier, InsertedEventWithRenumberedTailBreaksTheLink) {
  auto events = MakeChain(kFamily, 10);
  Event forged = MakeEvent(kFamily, 99);
  ASSERT_TRUE(Seal(forged, 3, events[2].hash).has_value());
  events.insert(events.begin() + 3, forged);
  for (std::size_t i = 4; i < events.size(); ++i) events[i].seq += 1;
  ExpectProblem(events, ProblemKind::kBrokenLink, 5);
}

TEST(ChainVerifier, InsertedEventWithAResealedTailPassesTheChainButNotTheGlobalCheck) {
  // Someone with the code can rewrite a whole chain; only the global chain catches that
  // (see global_chain_verifier_test.cpp). This test documents the limit of one chain alone.
  auto events = MakeChain(kFamily, 10);
  events.insert(events.begin() + 3, MakeEvent(kFamily, 99));
  Reseal(events, 3);
  EXPECT_EQ(VerifyChain(kFamily, events), std::nullopt);
}

TEST(ChainVerifier, WrongGenesisHash) {
  auto events = MakeChain(kFamily, 3);
  events[0].prev_hash = std::string(64, '1');
  ExpectProblem(events, ProblemKind::kBadGenesis, 1);
}

TEST(ChainVerifier, WrongGenesisEvenWhenRehashed) {
  auto events = MakeChain(kFamily, 3);
  events[0].prev_hash = std::string(64, '1');
  events[0].hash = ChainHash(events[0].prev_hash, Canonical(events[0]).value());
  Reseal(events, 1);
  ExpectProblem(events, ProblemKind::kBadGenesis, 1);
}

TEST(ChainVerifier, DeletedFirstEventIsABadGenesis) {
  auto events = MakeChain(kFamily, 3);
  events.erase(events.begin());
  ExpectProblem(events, ProblemKind::kBadGenesis, 1);
}

TEST(ChainVerifier, EventFromAnotherChainIsWrongChain) {
  auto events = MakeChain(kFamily, 5);
  auto other = MakeChain("fam_02", 5);
  events[2] = other[2];
  ExpectProblem(events, ProblemKind::kWrongChain, 3);
}

TEST(ChainVerifier, UnencodableEventIsMalformed) {
  auto events = MakeChain(kFamily, 5);
  events[1].payload["score"] = 2.5;
  ExpectProblem(events, ProblemKind::kMalformed, 2);
}

TEST(ChainVerifier, ReportsOnlyTheFirstProblemButKeepsTrackingTheHead) {
  auto events = MakeChain(kFamily, 10);
  events[2].actor = "usr_other";
  events.erase(events.begin() + 6);
  ChainVerifier verifier(kFamily);
  for (const auto& event : events) verifier.Add(event);
  ASSERT_TRUE(verifier.problem().has_value());
  EXPECT_EQ(verifier.problem()->kind, ProblemKind::kHashMismatch);
  EXPECT_EQ(verifier.problem()->seq, 3);
  EXPECT_EQ(verifier.events(), 9);
  EXPECT_EQ(verifier.head_seq(), 10);
  EXPECT_EQ(verifier.head_hash(), events.back().hash);
}

TEST(ChainVerifier, VerifierIsReusableAcrossManyEventsWithoutStateLeaks) {
  // Payload objects of different shapes and depths, to exercise the writer's reused buffers.
  std::vector<Event> events;
  std::string head;
  for (int n = 1; n <= 20; ++n) {
    Event event = MakeEvent(kFamily, n);
    boost::json::object nested = {{"z", n}, {"a", boost::json::array{n, "x"}}};
    for (int d = 0; d < n % 5; ++d) nested = {{"d" + std::to_string(d), nested}, {"b", d}};
    event.payload["nested"] = nested;
    ASSERT_TRUE(Seal(event, n - 1, head).has_value());
    head = event.hash;
    events.push_back(std::move(event));
  }
  EXPECT_EQ(VerifyChain(kFamily, events), std::nullopt);
}

TEST(ProblemKindName, NamesAreStable) {
  EXPECT_EQ(ProblemKindName(ProblemKind::kBadGenesis), "bad_genesis");
  EXPECT_EQ(ProblemKindName(ProblemKind::kSeqGap), "seq_gap");
  EXPECT_EQ(ProblemKindName(ProblemKind::kSeqOrder), "seq_order");
  EXPECT_EQ(ProblemKindName(ProblemKind::kBrokenLink), "broken_link");
  EXPECT_EQ(ProblemKindName(ProblemKind::kHashMismatch), "hash_mismatch");
  EXPECT_EQ(ProblemKindName(ProblemKind::kWrongChain), "wrong_chain");
  EXPECT_EQ(ProblemKindName(ProblemKind::kMalformed), "malformed");
  EXPECT_EQ(ProblemKindName(ProblemKind::kTruncated), "truncated");
  EXPECT_EQ(ProblemKindName(ProblemKind::kMissingChain), "missing_chain");
  EXPECT_EQ(ProblemKindName(ProblemKind::kHeadMismatch), "head_mismatch");
  EXPECT_EQ(ProblemKindName(ProblemKind::kUnrecordedEvents), "unrecorded_events");
}

}  // namespace
}  // namespace stip::ledger
