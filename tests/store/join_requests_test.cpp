// Contract (issue 10 item 6, ask to join), on both engines: a check's matches are kept per
// asker, a join request folds on the matched file's chain (one open per asker), the lead's
// answer closes it, acceptance with involvement.started lets the asker in, and a rebuild is
// identical.
#include <gtest/gtest.h>

#include "ledger/events.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

using domain::Code;

class JoinRequestsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    AppendOk(sys_,
             {Ev(sys_, "known_elsewhere.checked",
                 {{"id", "chk_1"}, {"families", boost::json::array{"fam_a"}}, {"outcome", "match"}},
                 3000, kOther)});
  }
  const std::string sys_{ledger::kSystemChain};
};
STIP_STORE_CONTRACT(JoinRequestsTest);

TEST_P(JoinRequestsTest, OnlyTheAskerOfAMatchFindsTheFile) {
  auto mine = store().MatchedFamilies("chk_1", kOther, kTeam, 0);
  ASSERT_TRUE(mine) << mine.error().message;
  EXPECT_EQ(*mine, std::vector<std::string>{"fam_a"});
  EXPECT_EQ(*store().MatchedFamilies("chk_1", kOther, "", 3000), std::vector<std::string>{"fam_a"});
  EXPECT_TRUE(store().MatchedFamilies("chk_1", kOther, "", 3001)->empty()) << "too old a check";
  EXPECT_TRUE(store().MatchedFamilies("chk_1", kDuo, "", 0)->empty());
  EXPECT_TRUE(store().MatchedFamilies("chk_1", kOther, "team_elsewhere", 0)->empty());
  EXPECT_TRUE(store().MatchedFamilies("chk_2", kOther, "", 0)->empty());
}

TEST_P(JoinRequestsTest, ARequestWaitsForTheLeadAndAcceptanceLetsTheAskerIn) {
  const boost::json::object made{{"id", "jrq_1"},
                                 {"check_id", "chk_1"},
                                 {"role", "second_opinion"},
                                 {"message", "Ik ken Bo van school."}};
  AppendOk("fam_a", {Ev("fam_a", "join_request.made", made, 4000, kOther)});
  // One open request per asker per file; a role no one joins with is refused.
  boost::json::object again = made;
  again["id"] = "jrq_2";
  auto twice = Append("fam_a", store().Head("fam_a")->seq,
                      {Ev("fam_a", "join_request.made", again, 4100, kOther)});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, Code::kFailedPrecondition);
  boost::json::object lead = made;
  lead["id"] = "jrq_3";
  lead["role"] = "lead";
  auto bad = Append("fam_a", store().Head("fam_a")->seq,
                    {Ev("fam_a", "join_request.made", lead, 4100, kDuo)});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, Code::kInvalidArgument);

  auto to_lead = store().ListJoinRequestsToLead(kLead);
  ASSERT_TRUE(to_lead) << to_lead.error().message;
  ASSERT_EQ(to_lead->size(), 1u);
  EXPECT_EQ((*to_lead)[0].id, "jrq_1");
  EXPECT_EQ((*to_lead)[0].user_id, kOther);
  EXPECT_EQ((*to_lead)[0].family_name, "Gezin A");
  EXPECT_EQ((*to_lead)[0].lead_team, kTeam);
  EXPECT_EQ((*to_lead)[0].status, "open");
  EXPECT_EQ((*to_lead)[0].asked_at, 4000);
  EXPECT_TRUE(store().ListJoinRequestsToLead(kDuo)->empty());

  // An unknown request cannot be answered.
  auto unknown = Append("fam_a", store().Head("fam_a")->seq,
                        {Ev("fam_a", "join_request.accepted", {{"id", "jrq_9"}}, 5000)});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, Code::kFailedPrecondition);

  AppendOk(
      "fam_a",
      {Ev("fam_a", "join_request.accepted", {{"id", "jrq_1"}}, 5000),
       Ev("fam_a", "involvement.started",
          {{"user_id", kOther}, {"role", "second_opinion"}, {"reason", "Ik ken Bo van school."}},
          5000)});
  EXPECT_TRUE(store().ListJoinRequestsToLead(kLead)->empty());
  auto by = store().ListJoinRequestsBy(kOther);
  ASSERT_TRUE(by) << by.error().message;
  ASSERT_EQ(by->size(), 1u);
  EXPECT_EQ((*by)[0].status, "accepted");
  EXPECT_EQ((*by)[0].decided_at, 5000);
  EXPECT_EQ((*by)[0].decided_by, kLead);
  auto family = store().FindFamily("fam_a");
  ASSERT_TRUE(family && *family);
  bool involved = false;
  for (const auto& inv : (*family)->involvements) involved = involved || inv.user_id == kOther;
  EXPECT_TRUE(involved);

  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
  EXPECT_EQ((*store().ListJoinRequestsBy(kOther))[0].status, "accepted");
}

TEST_P(JoinRequestsTest, ADeclineKeepsTheLeadsWords) {
  AppendOk("fam_a", {Ev("fam_a", "join_request.made",
                        {{"id", "jrq_1"},
                         {"check_id", "chk_1"},
                         {"role", "second_opinion"},
                         {"message", "Mag ik meekijken?"}},
                        4000, kOther)});
  AppendOk("fam_a", {Ev("fam_a", "join_request.declined",
                        {{"id", "jrq_1"}, {"words", "Niet nodig, dank u."}}, 5000)});
  auto by = store().ListJoinRequestsBy(kOther);
  ASSERT_TRUE(by) << by.error().message;
  ASSERT_EQ(by->size(), 1u);
  EXPECT_EQ((*by)[0].status, "declined");
  EXPECT_EQ((*by)[0].answer, "Niet nodig, dank u.");
  // Declined, so a new request may be made.
  AppendOk("fam_a", {Ev("fam_a", "join_request.made",
                        {{"id", "jrq_2"},
                         {"check_id", "chk_1"},
                         {"role", "second_opinion"},
                         {"message", "Nu wel?"}},
                        6000, kOther)});
  EXPECT_EQ(store().ListJoinRequestsBy(kOther)->size(), 2u);
}

}  // namespace
}  // namespace stip::store::testing
