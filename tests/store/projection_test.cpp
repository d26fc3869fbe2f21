// Contract: the projections read back what the events said (system chain and family chains),
// with newest-first paging.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class ProjectionTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
  }
};
STIP_STORE_CONTRACT(ProjectionTest);

TEST_P(ProjectionTest, SystemChainFoldsIntoOrganisationsTeamsUsersAndTokens) {
  auto org = store().FindOrganisation(kOrg);
  ASSERT_TRUE(org && *org);
  EXPECT_EQ((*org)->name, "Gemeente Zwolle");
  auto team = store().FindTeam(kTeam);
  ASSERT_TRUE(team && *team);
  EXPECT_EQ((*team)->organisation_id, kOrg);
  EXPECT_EQ((*team)->kind, domain::TeamKind::kLocal);
  EXPECT_EQ((*team)->phone, "038 123 4567");
  auto user = store().FindUserByUsername("lead");
  ASSERT_TRUE(user && *user);
  EXPECT_EQ((*user)->id, kLead);
  EXPECT_EQ((*user)->team_id, kTeam);
  EXPECT_FALSE((*user)->admin);
  auto by_id = store().FindUser(kDuo);
  ASSERT_TRUE(by_id && *by_id);
  EXPECT_EQ((*by_id)->username, "duo");
  EXPECT_FALSE(*store().FindUser("usr_nobody"));
  EXPECT_FALSE(*store().FindTeam("team_nobody"));
  EXPECT_EQ(store().ListUsers()->size(), 3u);

  const std::string sys(ledger::kSystemChain);
  AppendOk(sys, {Ev(sys, types::kTokenIssued,
                    {{"id", "tok_1"}, {"user_id", kLead}, {"name", "cli"}, {"token_sha256", "ab"}},
                    500)});
  auto token = store().FindTokenBySha256("ab");
  ASSERT_TRUE(token && *token);
  EXPECT_EQ((*token)->id, "tok_1");
  EXPECT_EQ((*token)->user_id, kLead);
  EXPECT_EQ((*token)->issued_at, 500);
  EXPECT_FALSE((*token)->revoked);
  AppendOk(sys, {Ev(sys, types::kTokenRevoked, {{"id", "tok_1"}}, 600)});
  EXPECT_TRUE((*store().FindTokenBySha256("ab"))->revoked);
  EXPECT_FALSE(*store().FindTokenBySha256("cd"));
}

TEST_P(ProjectionTest, FindFamilyReturnsMembersCustodyInvolvementsAndHead) {
  SeedFamily("fam_a", "Gezin Jansen");
  AppendOk("fam_a", {Ev("fam_a", types::kInvolvementStarted,
                        {{"user_id", kDuo}, {"role", "duo"}, {"reason", "veiligheid"}}, 2500)});
  auto found = store().FindFamily("fam_a");
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_TRUE(*found);
  const domain::Family& f = **found;
  EXPECT_EQ(f.id, "fam_a");
  EXPECT_EQ(f.name, "Gezin Jansen");
  EXPECT_EQ(f.created_at, 2000);
  EXPECT_EQ(f.head_seq, 6);
  EXPECT_EQ(f.head_hash, store().Head("fam_a")->hash);
  ASSERT_EQ(f.members.size(), 2u);
  EXPECT_EQ(f.members[0].id, "fam_a_m1");
  EXPECT_EQ(f.members[0].role, domain::MemberRole::kParent);
  EXPECT_EQ(f.members[1].name, "Noah");
  EXPECT_EQ(f.members[1].birth_date, (domain::Date{2015, 9, 30}));
  ASSERT_EQ(f.custody.size(), 1u);
  EXPECT_EQ(f.custody[0].parent_id, "fam_a_m1");
  EXPECT_EQ(f.custody[0].child_id, "fam_a_m2");
  EXPECT_TRUE(f.custody[0].has_custody);
  ASSERT_EQ(f.involvements.size(), 2u);
  EXPECT_EQ(f.involvements[0].user_id, kLead);
  EXPECT_EQ(f.involvements[0].role, domain::InvolvementRole::kLead);
  EXPECT_EQ(f.involvements[0].reason, "aanmelding");
  EXPECT_FALSE(f.involvements[0].ended_at);
  EXPECT_EQ(f.involvements[1].role, domain::InvolvementRole::kDuo);
  EXPECT_EQ(f.involvements[1].started_at, 2500);

  auto missing = store().FindFamily("fam_nobody");
  ASSERT_TRUE(missing);
  EXPECT_FALSE(*missing);
  EXPECT_EQ(*store().CountFamilies(), 1);
}

TEST_P(ProjectionTest, CustodyIsReplacedAndChecked) {
  SeedFamily("fam_a", "Gezin A");
  AppendOk("fam_a",
           {Ev("fam_a", types::kCustodySet,
               {{"parent_id", "fam_a_m1"}, {"child_id", "fam_a_m2"}, {"has_custody", false}})});
  auto f = *store().FindFamily("fam_a");
  ASSERT_EQ(f->custody.size(), 1u);
  EXPECT_FALSE(f->custody[0].has_custody);
  // The child cannot hold custody over the parent.
  auto reversed =
      Append("fam_a", 6,
             {Ev("fam_a", types::kCustodySet,
                 {{"parent_id", "fam_a_m2"}, {"child_id", "fam_a_m1"}, {"has_custody", true}})});
  ASSERT_FALSE(reversed);
  EXPECT_EQ(reversed.error().code, Code::kFailedPrecondition);
}

TEST_P(ProjectionTest, ListFamiliesOfShowsActiveInvolvementsNewestFirst) {
  SeedFamily("fam_a", "Gezin A", kLead, 2000);
  SeedFamily("fam_b", "Gezin B", kLead, 2100);
  SeedFamily("fam_c", "Gezin C", kOther, 2200);
  AppendOk("fam_c", {Ev("fam_c", types::kInvolvementStarted,
                        {{"user_id", kLead}, {"role", "duo"}, {"reason", "r"}}, 2300)});
  AddEntry("fam_a", "ent_a1", 5000);  // fam_a changed last
  AddEntry("fam_a", "ent_a2", 5001);

  auto families = store().ListFamiliesOf(kLead);
  ASSERT_TRUE(families) << families.error().message;
  ASSERT_EQ(families->size(), 3u);
  EXPECT_EQ((*families)[0].id, "fam_a");
  EXPECT_EQ((*families)[0].name, "Gezin A");
  EXPECT_EQ((*families)[0].my_role, "lead");
  EXPECT_EQ((*families)[0].lead_user_id, kLead);
  EXPECT_EQ((*families)[0].updated_at, 5001);
  EXPECT_EQ((*families)[0].entry_count, 2);
  EXPECT_EQ((*families)[1].id, "fam_c");
  EXPECT_EQ((*families)[1].my_role, "duo");
  EXPECT_EQ((*families)[1].lead_user_id, kOther);
  EXPECT_EQ((*families)[2].id, "fam_b");
  EXPECT_EQ((*families)[2].entry_count, 0);

  // An ended involvement hides the family; starting again shows it again.
  AppendOk("fam_b",
           {Ev("fam_b", types::kInvolvementEnded, {{"user_id", kLead}, {"reason", "x"}}, 6000)});
  families = store().ListFamiliesOf(kLead);
  ASSERT_EQ(families->size(), 2u);
  EXPECT_EQ((*families)[0].id, "fam_a");
  auto ended = (*store().FindFamily("fam_b"))->involvements.at(0).ended_at;
  EXPECT_EQ(ended, 6000);
  auto again = Append(
      "fam_b", 6, {Ev("fam_b", types::kInvolvementEnded, {{"user_id", kLead}, {"reason", "x"}})});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, Code::kFailedPrecondition);
  EXPECT_TRUE(store().ListFamiliesOf(kDuo)->empty());
}

// One append with many events of one family (a new file with its first entries, as stip_gen
// --coarse and an import write them): the family row ends at the last event's time, counts every
// entry, and a rebuild folds it to the same row. A failing event leaves the family as it was.
TEST_P(ProjectionTest, ManyEventsInOneAppendTouchTheFamilyAsTheLastOne) {
  SeedFamily("fam_a", "Gezin A", kLead, 2000);
  const auto entry = [](const std::string& id, domain::Millis time) {
    return Ev("fam_a", types::kEntryAdded,
              {{"id", id}, {"kind", "fact"}, {"source", "school"}, {"text", "Tekst " + id}}, time);
  };
  AppendOk("fam_a", {entry("ent_1", 3001), entry("ent_2", 3002),
                     Ev("fam_a", types::kInvolvementStarted,
                        {{"user_id", kDuo}, {"role", "duo"}, {"reason", "veiligheid"}}, 3003),
                     entry("ent_3", 3004), entry("ent_4", 3005)});
  AppendOk(
      "fam_a",
      {Ev("fam_a", types::kCustodySet,
          {{"parent_id", "fam_a_m1"}, {"child_id", "fam_a_m2"}, {"has_custody", true}}, 3006)});
  auto families = store().ListFamiliesOf(kLead);
  ASSERT_TRUE(families) << families.error().message;
  ASSERT_EQ(families->size(), 1u);
  EXPECT_EQ((*families)[0].updated_at, 3006);
  EXPECT_EQ((*families)[0].entry_count, 4);

  // The third event names an unknown member: nothing of the append stays, the count neither.
  auto failed = Append(
      "fam_a", 11,
      {entry("ent_5", 4001), entry("ent_6", 4002),
       Ev("fam_a", types::kCustodySet,
          {{"parent_id", "fam_a_m1"}, {"child_id", "mem_nobody"}, {"has_custody", true}}, 4003)});
  ASSERT_FALSE(failed);
  families = store().ListFamiliesOf(kLead);
  EXPECT_EQ((*families)[0].updated_at, 3006);
  EXPECT_EQ((*families)[0].entry_count, 4);
  EXPECT_EQ(store().ListEntries("fam_a", {})->size(), 4u);

  auto report = store().Rebuild();
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_TRUE(report->identical);
  EXPECT_EQ(store().ListFamiliesOf(kLead)->at(0).entry_count, 4);
}

TEST_P(ProjectionTest, EntriesPageNewestFirst) {
  SeedFamily("fam_a", "Gezin A");
  for (int i = 1; i <= 5; ++i) AddEntry("fam_a", "ent_" + std::to_string(i), 3000 + i);
  auto all = store().ListEntries("fam_a", {});
  ASSERT_TRUE(all) << all.error().message;
  ASSERT_EQ(all->size(), 5u);
  EXPECT_EQ((*all)[0].id, "ent_5");
  EXPECT_EQ((*all)[0].seq, 10);
  EXPECT_EQ((*all)[0].family_id, "fam_a");
  EXPECT_EQ((*all)[0].kind, domain::EntryKind::kObservation);
  EXPECT_EQ((*all)[0].source, "eigen waarneming");
  EXPECT_EQ((*all)[0].text, "Tekst van ent_5");
  EXPECT_EQ((*all)[0].author_id, kLead);
  EXPECT_EQ((*all)[0].created_at, 3005);
  EXPECT_EQ((*all)[4].id, "ent_1");

  auto first = store().ListEntries("fam_a", {0, 2});
  ASSERT_EQ(first->size(), 2u);
  EXPECT_EQ((*first)[1].id, "ent_4");
  auto second = store().ListEntries("fam_a", {(*first)[1].seq, 2});
  ASSERT_EQ(second->size(), 2u);
  EXPECT_EQ((*second)[0].id, "ent_3");
  EXPECT_EQ((*second)[1].id, "ent_2");
  auto last = store().ListEntries("fam_a", {(*second)[1].seq, 2});
  ASSERT_EQ(last->size(), 1u);
  EXPECT_EQ((*last)[0].id, "ent_1");
  EXPECT_TRUE(store().ListEntries("fam_a", {(*last)[0].seq, 2})->empty());
  EXPECT_TRUE(store().ListEntries("fam_nobody", {})->empty());
}

}  // namespace
}  // namespace stip::store::testing
