// Contract: every read of a family leaves a line in that family's own hash-chained access log.
#include <gtest/gtest.h>

#include "app/migrate.h"
#include "app/operator_log.h"
#include "ledger/chains.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

using domain::Code;

class AccessLogTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    SeedFamily("fam_b", "Gezin B");
  }
};
STIP_STORE_CONTRACT(AccessLogTest);

TEST_P(AccessLogTest, SeqCountsPerFamilyAndLinesReadBackNewestFirst) {
  EXPECT_EQ(LogOk("fam_a", kLead, 100), 1);
  EXPECT_EQ(LogOk("fam_a", kDuo, 200, "entries"), 2);
  EXPECT_EQ(LogOk("fam_b", kLead, 300), 1);

  CommitBatch batch;  // several lines for one family in one batch get consecutive seqs
  batch.access.push_back({"fam_a", 0, 400, kLead, "lead", "access_log", "controle", false});
  batch.access.push_back({"fam_a", 0, 500, kOther, "admin", "family_overview", "nood", true});
  auto result = store().Commit(batch);
  ASSERT_TRUE(result);
  EXPECT_EQ(*result->access[0], 3);
  EXPECT_EQ(*result->access[1], 4);

  auto lines = store().ListAccessLog("fam_a", {});
  ASSERT_TRUE(lines) << lines.error().message;
  ASSERT_EQ(lines->size(), 4u);
  const domain::AccessRecord& newest = (*lines)[0];
  EXPECT_EQ(newest.family_id, "fam_a");
  EXPECT_EQ(newest.seq, 4);
  EXPECT_EQ(newest.time, 500);
  EXPECT_EQ(newest.user_id, kOther);
  EXPECT_EQ(newest.role, "admin");
  EXPECT_EQ(newest.what, "family_overview");
  EXPECT_EQ(newest.purpose, "nood");
  EXPECT_TRUE(newest.emergency);
  EXPECT_EQ((*lines)[3].seq, 1);
  EXPECT_FALSE((*lines)[3].emergency);

  auto page = store().ListAccessLog("fam_a", {4, 2});
  ASSERT_EQ(page->size(), 2u);
  EXPECT_EQ((*page)[0].seq, 3);
  EXPECT_EQ((*page)[1].seq, 2);
  EXPECT_EQ(store().ListAccessLog("fam_b", {})->size(), 1u);
}

TEST_P(AccessLogTest, AccessChainLinksAndHashesReproduce) {
  for (int i = 0; i < 3; ++i) LogOk("fam_a", kLead, 100 + i);
  std::string prev(ledger::kGenesisHash);
  std::int64_t expected_seq = 1;
  auto status = store().ReadAccessChain(
      "fam_a",
      [&](const domain::AccessRecord& r, const std::string& prev_hash, const std::string& hash) {
        EXPECT_EQ(r.seq, expected_seq++);
        EXPECT_EQ(prev_hash, prev);
        auto recomputed = ledger::AccessHash(prev_hash, r);
        EXPECT_TRUE(recomputed);
        EXPECT_EQ(hash, *recomputed);
        prev = hash;
        return true;
      });
  ASSERT_TRUE(status) << status.error().message;
  EXPECT_EQ(expected_seq, 4);
}

TEST_P(AccessLogTest, UnknownFamilyFailsOnlyThatLine) {
  CommitBatch batch;
  batch.access.push_back({"fam_nobody", 0, 100, kLead, "lead", "family_overview", "p", false});
  batch.access.push_back({"fam_a", 0, 100, kLead, "lead", "family_overview", "p", false});
  auto result = store().Commit(batch);
  ASSERT_TRUE(result);
  ASSERT_FALSE(result->access[0]);
  EXPECT_EQ(result->access[0].error().code, Code::kNotFound);
  ASSERT_TRUE(result->access[1]);
  EXPECT_EQ(*result->access[1], 1);
  EXPECT_TRUE(store().ListAccessLog("fam_nobody", {})->empty());
}

TEST_P(AccessLogTest, LineForAFamilyCreatedInTheSameBatchIsKept) {
  CommitBatch batch;
  batch.appends.push_back({"fam_new", 0, {Ev("fam_new", "family.created", {{"name", "Nieuw"}})}});
  batch.access.push_back({"fam_new", 0, 100, kLead, "lead", "family_overview", "p", false});
  auto result = store().Commit(batch);
  ASSERT_TRUE(result);
  EXPECT_TRUE(result->appends[0]);
  ASSERT_TRUE(result->access[0]) << result->access[0].error().message;
}

// Issue 14 item 4: the operators' log "access:system" needs no family, is hash-chained like a
// family's log, and `stip verify` checks it (a changed line is reported as access:system).
TEST_P(AccessLogTest, OperatorsLogIsChainedAndVerified) {
  auto first = app::LogOperatorRun(
      store(), 100,
      {.user = "os:beheer", .command = "backup", .target = "all families", .family_id = ""});
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(*first, 1);
  // One touching a family: a line on its own log too, in the same transaction.
  auto second = app::LogOperatorRun(
      store(), 200,
      {.user = "os:beheer", .command = "verify", .target = "family fam_a", .family_id = "fam_a"});
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(*second, 2);
  // A family that does not exist has no log; the system line stands.
  auto gone = app::LogOperatorRun(store(), 300,
                                  {.user = "os:beheer",
                                   .command = "verify",
                                   .target = "family fam_gone",
                                   .family_id = "fam_gone"});
  ASSERT_TRUE(gone) << gone.error().message;
  EXPECT_EQ(*gone, 3);

  auto lines = store().ListAccessLog(std::string(app::kOperatorLog), {});
  ASSERT_TRUE(lines) << lines.error().message;
  ASSERT_EQ(lines->size(), 3u);
  EXPECT_EQ((*lines)[2].user_id, "os:beheer");
  EXPECT_EQ((*lines)[2].role, "operator");
  EXPECT_EQ((*lines)[2].what, "backup");
  EXPECT_EQ((*lines)[2].purpose, "all families");
  auto family = store().ListAccessLog("fam_a", {});
  ASSERT_EQ(family->size(), 1u);
  EXPECT_EQ((*family)[0].what, "verify");
  EXPECT_EQ((*family)[0].purpose, "beheer");
  EXPECT_EQ((*family)[0].role, "operator");
  EXPECT_TRUE(store().ListAccessLog("fam_gone", {})->empty());

  auto report = app::VerifyStore(store());
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_TRUE(report->ok()) << app::DescribeProblems(*report);
  EXPECT_EQ(report->access_records, 4);
}

}  // namespace
}  // namespace stip::store::testing
