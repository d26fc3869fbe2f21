// GlobalChainVerifier: tampering with the global chain itself, and whole-chain tampering that
// only the cross-check of chain heads can see (truncation, deletion, rewriting).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ledger/chains.h"
#include "ledger/verifier.h"
#include "unit/ledger/chain_builder.h"

namespace stip::ledger {
namespace {

using testing::AppendLink;
using testing::Link;
using testing::MakeChain;
using testing::MakeEvent;
using testing::Reseal;

// A small world: the system chain and two families, appended in an interleaved order, each
// append recorded by one global link, as the store does.
struct World {
  std::vector<Event> system = MakeChain(std::string(kSystemChain), 3);
  std::vector<Event> fam1 = MakeChain("fam_01", 6);
  std::vector<Event> fam2 = MakeChain("fam_02", 4);
  std::vector<Link> links;

  World() {
    auto record = [&](const std::vector<Event>& chain, std::size_t upto) {
      AppendLink(links, chain[upto - 1].chain, chain[upto - 1].seq, chain[upto - 1].hash);
    };
    record(system, 3);  // set-up work in one batch
    record(fam1, 1);
    record(fam2, 2);  // family created with two events in one append
    record(fam1, 4);
    record(fam2, 4);
    record(fam1, 5);
    record(fam1, 6);
  }

  // Runs the verifier like the driver: every link, then the head of every chain that exists.
  std::vector<Problem> Verify(const std::vector<std::vector<Event>*>& chains) const {
    GlobalChainVerifier global;
    for (const auto& link : links) global.Add(link.View());
    for (const auto* chain : chains) {
      ChainVerifier verifier(chain->empty() ? "" : chain->front().chain);
      for (const auto& event : *chain) verifier.Add(event);
      if (!chain->empty()) {
        global.CheckHead(chain->front().chain, verifier.head_seq(), verifier.head_hash());
      }
    }
    return global.Finish();
  }
  std::vector<Problem> Verify() { return Verify({&system, &fam1, &fam2}); }
};

std::string Describe(const std::vector<Problem>& problems) {
  std::string text;
  for (const auto& p : problems) {
    text += p.chain + " seq " + std::to_string(p.seq) + " " + std::string(ProblemKindName(p.kind)) +
            ": " + p.message + "\n";
  }
  return text.empty() ? "no problems" : text;
}

void ExpectOneProblem(const std::vector<Problem>& problems, const std::string& chain,
                      ProblemKind kind, std::int64_t seq) {
  ASSERT_EQ(problems.size(), 1u) << Describe(problems);
  EXPECT_EQ(problems[0].chain, chain) << Describe(problems);
  EXPECT_EQ(ProblemKindName(problems[0].kind), ProblemKindName(kind)) << Describe(problems);
  EXPECT_EQ(problems[0].seq, seq) << Describe(problems);
  EXPECT_FALSE(problems[0].message.empty());
}

TEST(GlobalChainVerifier, IntactWorldPasses) {
  World world;
  EXPECT_TRUE(world.Verify().empty());
}

TEST(GlobalChainVerifier, CountsAndHead) {
  World world;
  GlobalChainVerifier global;
  for (const auto& link : world.links) global.Add(link.View());
  EXPECT_EQ(global.links(), 7);
  EXPECT_EQ(global.head_seq(), 7);
  EXPECT_EQ(global.head_hash(), world.links.back().hash);
}

TEST(GlobalChainVerifier, EmptyStorePasses) {
  GlobalChainVerifier global;
  EXPECT_TRUE(global.Finish().empty());
}

TEST(GlobalChainVerifier, TruncatedTailIsDetected) {
  World world;
  world.fam1.resize(4);  // seq 5 and 6 deleted; the chain itself still verifies
  EXPECT_EQ(VerifyChain("fam_01", world.fam1), std::nullopt);
  ExpectOneProblem(world.Verify(), "fam_01", ProblemKind::kTruncated, 5);
}

TEST(GlobalChainVerifier, DeletedFamilyIsAMissingChain) {
  World world;
  ExpectOneProblem(world.Verify({&world.system, &world.fam1}), "fam_02", ProblemKind::kMissingChain,
                   1);
}

TEST(GlobalChainVerifier, RewrittenChainOfTheSameLengthIsAHeadMismatch) {
  World world;
  world.fam2[1].payload["text"] = "herschreven";
  Reseal(world.fam2, 1);
  EXPECT_EQ(VerifyChain("fam_02", world.fam2), std::nullopt);
  ExpectOneProblem(world.Verify(), "fam_02", ProblemKind::kHeadMismatch, 4);
}

TEST(GlobalChainVerifier, InsertedEventWithResealedTailIsUnrecorded) {
  World world;
  world.fam1.insert(world.fam1.begin() + 2, MakeEvent("fam_01", 99));
  Reseal(world.fam1, 2);
  EXPECT_EQ(VerifyChain("fam_01", world.fam1), std::nullopt);
  ExpectOneProblem(world.Verify(), "fam_01", ProblemKind::kUnrecordedEvents, 7);
}

TEST(GlobalChainVerifier, EventsAppendedOutsideStipAreUnrecorded) {
  World world;
  Event extra = MakeEvent("fam_02", 5);
  ASSERT_TRUE(Seal(extra, 4, world.fam2.back().hash).has_value());
  world.fam2.push_back(extra);
  ExpectOneProblem(world.Verify(), "fam_02", ProblemKind::kUnrecordedEvents, 5);
}

TEST(GlobalChainVerifier, ChainUnknownToTheGlobalChainIsUnrecorded) {
  World world;
  auto forged = MakeChain("fam_03", 2);
  ExpectOneProblem(world.Verify({&world.system, &world.fam1, &world.fam2, &forged}), "fam_03",
                   ProblemKind::kUnrecordedEvents, 1);
}

TEST(GlobalChainVerifier, TruncatedSystemChainIsDetected) {
  World world;
  world.system.resize(1);
  ExpectOneProblem(world.Verify(), "system", ProblemKind::kTruncated, 2);
}

TEST(GlobalChainVerifier, ChangedLinkIsAHashMismatch) {
  World world;
  world.links[3].chain_seq = 3;  // claims fam_01 was at 3 there
  ExpectOneProblem(world.Verify(), "global", ProblemKind::kHashMismatch, 4);
}

TEST(GlobalChainVerifier, DeletedLinkIsASeqGap) {
  World world;
  world.links.erase(world.links.begin() + 2);
  ExpectOneProblem(world.Verify(), "global", ProblemKind::kSeqGap, 3);
}

TEST(GlobalChainVerifier, DeletedLastLinksCannotBeSeenWithoutAnOutsideAnchor) {
  // Cutting the newest links AND the newest events together leaves a consistent store; that is
  // why verify prints the global head for the operator to keep (docs/ledger-format.md §8).
  World world;
  world.links.resize(6);
  world.fam1.resize(5);
  EXPECT_TRUE(world.Verify().empty());
}

TEST(GlobalChainVerifier, ReorderedLinksBreakTheLink) {
  World world;
  std::swap(world.links[4], world.links[5]);
  std::swap(world.links[4].seq, world.links[5].seq);
  auto problems = world.Verify();
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].chain, "global");
  EXPECT_EQ(problems[0].kind, ProblemKind::kBrokenLink);
  EXPECT_EQ(problems[0].seq, 5);
}

TEST(GlobalChainVerifier, WrongGenesis) {
  World world;
  world.links[0].prev_hash = world.links[0].hash;
  ExpectOneProblem(world.Verify(), "global", ProblemKind::kBadGenesis, 1);
}

TEST(GlobalChainVerifier, HeadsMayBeCheckedBeforeTheLinksAreRead) {
  World world;
  world.fam1.resize(4);
  GlobalChainVerifier global;
  global.CheckHead("system", 3, world.system.back().hash);
  global.CheckHead("fam_01", 4, world.fam1.back().hash);
  global.CheckHead("fam_02", 4, world.fam2.back().hash);
  for (const auto& link : world.links) global.Add(link.View());
  ExpectOneProblem(global.Finish(), "fam_01", ProblemKind::kTruncated, 5);
}

TEST(GlobalChainVerifier, CrossCheckProblemsAreOrderedByChain) {
  World world;
  world.fam2.resize(3);
  world.fam1.resize(2);
  const auto problems = world.Verify();
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].chain, "fam_01");
  EXPECT_EQ(problems[1].chain, "fam_02");
}

}  // namespace
}  // namespace stip::ledger
