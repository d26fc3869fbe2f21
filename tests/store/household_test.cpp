// Contract: the household and involvements after opening (issue 10) on every engine: a member
// leaves, a birth date is corrected, custody changes on a ruling, an involvement ends; the
// family's list of changes holds each with its reason, newest first, and survives a rebuild.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class HouseholdTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
  }
};
STIP_STORE_CONTRACT(HouseholdTest);

TEST_P(HouseholdTest, ChangesAreProjectedAndListedNewestFirst) {
  AppendOk("fam_a", {Ev("fam_a", types::kMemberAdded,
                        {{"id", "fam_a_m3"},
                         {"name", "Sem"},
                         {"role", "child"},
                         {"birth_date", "2026-01-05"},
                         {"reason", "geboren"}},
                        3000)});
  AppendOk(
      "fam_a",
      {Ev("fam_a", types::kBirthDateCorrected,
          {{"member_id", "fam_a_m3"}, {"birth_date", "2026-01-06"}, {"reason", "typfout"}}, 4000)});
  AppendOk("fam_a", {Ev("fam_a", types::kCustodySet,
                        {{"parent_id", "fam_a_m1"},
                         {"child_id", "fam_a_m2"},
                         {"has_custody", false},
                         {"ruling_date", "2026-02-01"},
                         {"reason", "uitspraak rechtbank"}},
                        5000)});
  AppendOk(
      "fam_a",
      {Ev("fam_a", types::kMemberLeft,
          {{"member_id", "fam_a_m1"}, {"left_on", "2026-02-10"}, {"reason", "verhuisd"}}, 6000)});
  AppendOk("fam_a",
           {Ev("fam_a", types::kInvolvementStarted,
               {{"user_id", kDuo}, {"role", "second_opinion"}, {"reason", "tegenspraak"}}, 7000)});
  AppendOk("fam_a", {Ev("fam_a", types::kInvolvementEnded,
                        {{"user_id", kDuo}, {"reason", "advies gegeven"}}, 8000)});

  auto family = store().FindFamily("fam_a");
  ASSERT_TRUE(family && *family);
  const auto& f = **family;
  ASSERT_EQ(f.members.size(), 3u);
  EXPECT_EQ(f.members[0].left_on, domain::ParseDate("2026-02-10"));
  EXPECT_EQ(f.members[0].left_reason, "verhuisd");
  EXPECT_FALSE(f.members[1].left_on);
  EXPECT_EQ(domain::FormatDate(f.members[2].birth_date), "2026-01-06");
  ASSERT_EQ(f.custody.size(), 1u);
  EXPECT_FALSE(f.custody[0].has_custody);
  EXPECT_EQ(f.custody[0].ruling_date, domain::ParseDate("2026-02-01"));
  EXPECT_EQ(f.custody[0].reason, "uitspraak rechtbank");
  ASSERT_EQ(f.involvements.size(), 2u);
  EXPECT_EQ(f.involvements[1].role, domain::InvolvementRole::kSecondOpinion);
  EXPECT_EQ(f.involvements[1].ended_at, 8000);

  auto changes = store().ListHouseholdChanges("fam_a");
  ASSERT_TRUE(changes) << changes.error().message;
  // The lead's start when the file was opened, then the six changes; the opening's members
  // and custody (no reason) are no changes.
  ASSERT_EQ(changes->size(), 7u);
  EXPECT_EQ((*changes)[0].kind, "involvement.ended");
  EXPECT_EQ((*changes)[0].subject, kDuo);
  EXPECT_EQ((*changes)[0].reason, "advies gegeven");
  EXPECT_EQ((*changes)[0].at, 8000);
  EXPECT_EQ((*changes)[1].other, "second_opinion");
  EXPECT_EQ((*changes)[2].kind, "member.left");
  EXPECT_EQ((*changes)[2].on_date, "2026-02-10");
  EXPECT_EQ((*changes)[3].kind, "custody.set");
  EXPECT_EQ((*changes)[3].other, "fam_a_m2");
  EXPECT_FALSE((*changes)[3].flag);
  EXPECT_EQ((*changes)[3].on_date, "2026-02-01");
  EXPECT_EQ((*changes)[4].kind, "member.birth_date_corrected");
  EXPECT_EQ((*changes)[5].kind, "member.added");
  EXPECT_EQ((*changes)[5].actor, kLead);
  EXPECT_EQ((*changes)[6].kind, "involvement.started");
  EXPECT_TRUE(store().ListHouseholdChanges("fam_none")->empty());

  // The list is derived: a rebuild gives it back as it was.
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  auto again = store().ListHouseholdChanges("fam_a");
  ASSERT_TRUE(again);
  ASSERT_EQ(again->size(), changes->size());
  EXPECT_EQ((*again)[3].reason, "uitspraak rechtbank");
}

TEST_P(HouseholdTest, BadChangesAreRefusedAndLeaveNoTrace) {
  const auto head = store().Head("fam_a")->seq;
  auto unknown =
      Append("fam_a", head,
             {Ev("fam_a", types::kMemberLeft,
                 {{"member_id", "fam_a_m9"}, {"left_on", "2026-02-10"}, {"reason", "x"}})});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, Code::kNotFound);
  auto bad_date =
      Append("fam_a", head,
             {Ev("fam_a", types::kBirthDateCorrected,
                 {{"member_id", "fam_a_m1"}, {"birth_date", "2026-02-30"}, {"reason", "x"}})});
  ASSERT_FALSE(bad_date);
  EXPECT_EQ(bad_date.error().code, Code::kInvalidArgument);
  auto bad_ruling = Append("fam_a", head,
                           {Ev("fam_a", types::kCustodySet,
                               {{"parent_id", "fam_a_m1"},
                                {"child_id", "fam_a_m2"},
                                {"ruling_date", "gisteren"},
                                {"reason", "x"}})});
  ASSERT_FALSE(bad_ruling);
  auto not_involved =
      Append("fam_a", head, {Ev("fam_a", types::kInvolvementEnded, {{"user_id", kOther}})});
  ASSERT_FALSE(not_involved);
  EXPECT_EQ(store().Head("fam_a")->seq, head);
  EXPECT_EQ(store().ListHouseholdChanges("fam_a")->size(), 1u);  // the lead's start only
  EXPECT_TRUE((*store().FindFamily("fam_a"))->custody[0].has_custody);
}

}  // namespace
}  // namespace stip::store::testing
