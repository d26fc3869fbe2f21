// Contract: the ledger reads back exactly as sealed (for stip verify), projections rebuild from
// it, and everything acknowledged survives closing and re-opening the database.
#include <gtest/gtest.h>

#include "ledger/chains.h"
#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;

class LedgerTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    SeedFamily("fam_b", "Gezin B", kDuo);
    AddEntry("fam_a", "ent_1");
    LogOk("fam_a", kLead, 4000);
  }
};
STIP_STORE_CONTRACT(LedgerTest);

TEST_P(LedgerTest, FreshDatabaseMigratesAndReopens) {
  Reopen();
  Reopen();  // a second open of an up-to-date database changes nothing
  EXPECT_EQ(*store().CountFamilies(), 2);
  EXPECT_EQ(store().Head("fam_a")->seq, 6);
}

TEST_P(LedgerTest, ListChainsAndReadChainReproduceEveryHash) {
  auto chains = store().ListChains();
  ASSERT_TRUE(chains) << chains.error().message;
  EXPECT_EQ(*chains, (std::vector<std::string>{"system", "fam_a", "fam_b"}));
  std::int64_t events = 0;
  for (const auto& chain : *chains) {
    std::string prev(ledger::kGenesisHash);
    std::int64_t seq = 0;
    auto status = store().ReadChain(chain, [&](const ledger::Event& e) {
      ++events;
      EXPECT_EQ(e.chain, chain);
      EXPECT_EQ(e.seq, ++seq);
      EXPECT_EQ(e.prev_hash, prev);
      auto canonical = ledger::Canonical(e);
      EXPECT_TRUE(canonical);
      EXPECT_EQ(e.hash, ledger::ChainHash(e.prev_hash, *canonical)) << chain << " " << e.seq;
      prev = e.hash;
      return true;
    });
    ASSERT_TRUE(status) << status.error().message;
    EXPECT_EQ(store().Head(chain)->hash, prev);
  }
  EXPECT_EQ(events, 8 + 6 + 5);
}

TEST_P(LedgerTest, ReadChainStopsWhenTheVisitorSaysSo) {
  int seen = 0;
  auto status = store().ReadChain("fam_a", [&](const ledger::Event&) { return ++seen < 2; });
  ASSERT_TRUE(status);
  EXPECT_EQ(seen, 2);
  seen = 0;
  ASSERT_TRUE(store().ReadChain("fam_nobody", [&](const ledger::Event&) { return ++seen > 0; }));
  EXPECT_EQ(seen, 0);
}

TEST_P(LedgerTest, RebuildOfAnIntactDatabaseIsIdentical) {
  auto report = store().Rebuild();
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_TRUE(report->identical);
  EXPECT_TRUE(report->diffs.empty());
  EXPECT_EQ(report->events, 8 + 6 + 5);
  auto family = store().FindFamily("fam_a");
  ASSERT_TRUE(family && *family);
  EXPECT_EQ((*family)->members.size(), 2u);
  EXPECT_EQ(store().ListEntries("fam_a", {})->size(), 1u);
  EXPECT_EQ(store().ListFamiliesOf(kLead)->size(), 1u);
  EXPECT_TRUE(*store().FindUserByUsername("lead"));
  // Rebuilding never touches the ledger, the access log or operational state.
  EXPECT_EQ(store().ListAccessLog("fam_a", {})->size(), 1u);
  EXPECT_TRUE(store().Rebuild()->identical);
}

TEST_P(LedgerTest, EverythingAcknowledgedSurvivesReopen) {
  ASSERT_TRUE(store().SetPasswordHash(kLead, "hash"));
  std::vector<GlobalLink> before;
  ASSERT_TRUE(store().ReadGlobalChain([&](const GlobalLink& l) {
    before.push_back(l);
    return true;
  }));
  const auto head = *store().Head("fam_a");
  Reopen();
  EXPECT_EQ(store().Head("fam_a")->hash, head.hash);
  EXPECT_EQ(store().ListEntries("fam_a", {})->at(0).id, "ent_1");
  EXPECT_EQ(store().ListAccessLog("fam_a", {})->size(), 1u);
  EXPECT_EQ((*store().FindFamily("fam_b"))->involvements.at(0).user_id, kDuo);
  std::vector<GlobalLink> after;
  ASSERT_TRUE(store().ReadGlobalChain([&](const GlobalLink& l) {
    after.push_back(l);
    return true;
  }));
  ASSERT_EQ(after.size(), before.size());
  EXPECT_EQ(after.back().hash, before.back().hash);
  // And the chains continue where they were.
  AddEntry("fam_a", "ent_2");
  EXPECT_EQ(store().Head("fam_a")->seq, head.seq + 1);
  EXPECT_EQ(LogOk("fam_a", kLead, 5000), 2);
}

}  // namespace
}  // namespace stip::store::testing
