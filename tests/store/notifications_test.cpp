// Contract (issue 10 items 7 and 8), on both engines: team leads, digest choices and family
// members' mail choices fold from their events and rebuild identically; a bad one is refused;
// when a digest last went out is operational state.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "ledger/events.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class NotificationsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    AppendOk(
        "fam_a",
        {Ev("fam_a", types::kAccountInvited,
            {{"id", "acc_1"}, {"member_id", "fam_a_m1"}, {"contact", "eva@example.org"}}, 5000)});
  }
  const std::string sys_{ledger::kSystemChain};
};
STIP_STORE_CONTRACT(NotificationsTest);

TEST_P(NotificationsTest, TeamLeadsFoldSetChangeAndClear) {
  EXPECT_TRUE(store().ListTeamLeads()->empty());
  AppendOk(sys_, {Ev(sys_, "team.lead_set",
                     {{"team_id", kTeam}, {"user_id", kLead}, {"reason", "Teamleider."}}, 3000,
                     "system")});
  auto leads = store().ListTeamLeads();
  ASSERT_TRUE(leads) << leads.error().message;
  ASSERT_EQ(leads->size(), 1u);
  EXPECT_EQ((*leads)[0].team_id, kTeam);
  EXPECT_EQ((*leads)[0].user_id, kLead);
  AppendOk(sys_,
           {Ev(sys_, "team.lead_set",
               {{"team_id", kTeam}, {"user_id", kOther}, {"reason", "Wissel."}}, 4000, "system")});
  EXPECT_EQ((*store().ListTeamLeads())[0].user_id, kOther);
  auto unknown = Append(
      sys_, store().Head(sys_)->seq,
      {Ev(sys_, "team.lead_set", {{"team_id", "team_none"}, {"user_id", kLead}, {"reason", "x"}})});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, Code::kNotFound);
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
  AppendOk(sys_, {Ev(sys_, "team.lead_set", {{"team_id", kTeam}, {"reason", "Vertrokken."}}, 5000,
                     "system")});
  EXPECT_TRUE(store().ListTeamLeads()->empty());
}

TEST_P(NotificationsTest, DigestAndMailChoicesFoldAndTheLastDigestIsKept) {
  AppendOk(sys_, {Ev(sys_, "notify.digest_set", {{"user_id", kLead}, {"frequency", "weekly"}})});
  AppendOk(sys_, {Ev(sys_, "notify.digest_set", {{"user_id", kDuo}, {"frequency", "off"}})});
  auto settings = store().ListDigestSettings();
  ASSERT_TRUE(settings) << settings.error().message;
  ASSERT_EQ(settings->size(), 2u);
  EXPECT_EQ((*settings)[0].user_id, kDuo);
  EXPECT_EQ((*settings)[0].frequency, domain::DigestFrequency::kOff);
  EXPECT_EQ((*settings)[1].frequency, domain::DigestFrequency::kWeekly);
  auto bad = Append(sys_, store().Head(sys_)->seq,
                    {Ev(sys_, "notify.digest_set", {{"user_id", kLead}, {"frequency", "hourly"}})});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, Code::kInvalidArgument);

  AppendOk("fam_a", {Ev("fam_a", "account.mail_set", {{"account_id", "acc_1"}, {"on", true}})});
  EXPECT_EQ(*store().ListMailedAccounts("fam_a"), std::vector<std::string>{"acc_1"});
  auto other =
      Append("fam_a", store().Head("fam_a")->seq,
             {Ev("fam_a", "account.mail_set", {{"account_id", "acc_none"}, {"on", true}})});
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, Code::kNotFound);
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
  AppendOk("fam_a", {Ev("fam_a", "account.mail_set", {{"account_id", "acc_1"}, {"on", false}})});
  EXPECT_TRUE(store().ListMailedAccounts("fam_a")->empty());

  EXPECT_FALSE(*store().LastDigestSent(kLead));
  ASSERT_TRUE(store().SetLastDigestSent(kLead, 7000));
  ASSERT_TRUE(store().SetLastDigestSent(kLead, 8000));
  EXPECT_EQ(*store().LastDigestSent(kLead), std::optional<domain::Millis>(8000));
}

TEST_P(NotificationsTest, WaitingMembersMailsAreListedWhenDueAndForgotten) {
  ASSERT_TRUE(store().QueueEntryMails({{"acc_1", "fam_a", "ent_1", 1000},
                                       {"acc_2", "fam_a", "ent_1", 1000},
                                       {"acc_1", "fam_a", "ent_2", 5000}}));
  // The same account and entry again keeps its first due time.
  ASSERT_TRUE(store().QueueEntryMails({{"acc_1", "fam_a", "ent_1", 9000}}));
  EXPECT_TRUE(store().ListDueEntryMails(999)->empty()) << "nothing due yet";
  auto due = store().ListDueEntryMails(1000);
  ASSERT_TRUE(due) << due.error().message;
  // Every row of an account with something due, the not yet due ones too.
  ASSERT_EQ(due->size(), 3u);
  EXPECT_EQ((*due)[0].account_id, "acc_1");
  EXPECT_EQ((*due)[0].entry_id, "ent_1");
  EXPECT_EQ((*due)[0].due_at, 1000);
  EXPECT_EQ((*due)[1].entry_id, "ent_2");
  EXPECT_EQ((*due)[2].account_id, "acc_2");
  auto removed = store().ForgetEntryMails("acc_1", 1000);
  ASSERT_TRUE(removed) << removed.error().message;
  EXPECT_EQ(*removed, 1) << "only what was due";
  // A second sweep (another process) removes nothing, so it sends nothing either.
  removed = store().ForgetEntryMails("acc_1", 1000);
  ASSERT_TRUE(removed);
  EXPECT_EQ(*removed, 0);
  due = store().ListDueEntryMails(1000);
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ((*due)[0].account_id, "acc_2");
  ASSERT_TRUE(store().ForgetEntryMails("acc_2", 1000));
  due = store().ListDueEntryMails(6000);
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ((*due)[0].entry_id, "ent_2") << "waited on";
}

}  // namespace
}  // namespace stip::store::testing
