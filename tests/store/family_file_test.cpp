// Contract: ReadFamilyFile (one snapshot for a whole family page) returns the same as the
// separate reads it replaces: FindFamily, ListConsents, ListEntries, ListWithholdings,
// ListObjections, ListReactions, ListOpenCorrections, ListAccounts, FindEntry along the
// corrections, and FindUser / FindTeam / FindOrganisation for everyone the page names.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;

std::vector<std::string> Ids(const auto& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.id);
  return out;
}

class FamilyFileStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    SeedFamily("fam_b", "Gezin B");
    AddEntry("fam_a", "ent_1", 3000);
    AddEntry("fam_b", "ent_b", 3000);
    // ent_1 withheld (by the lead), objected to, asked to be corrected, corrected by ent_2,
    // which is corrected again by ent_3; then a newer entry and an open request on ent_3.
    AppendOk("fam_a", {Ev("fam_a", types::kWithholdingDecided,
                          {{"id", "whd_1"},
                           {"entry_id", "ent_1"},
                           {"member_id", parent_},
                           {"ground", "protects_third_person"},
                           {"reason", "Wie meldde"},
                           {"review_date", "2027-01-01"}},
                          3100, kLead)});
    AppendOk("fam_a", {Ev("fam_a", types::kObjectionFiled,
                          {{"id", "obj_1"},
                           {"withholding_id", "whd_1"},
                           {"member_id", parent_},
                           {"text", "Ik wil het lezen"}},
                          3200, "acc_1")});
    Correct("rea_1", "ent_1", "ent_2", 3300);
    Correct("rea_2", "ent_2", "ent_3", 3400);
    AddEntry("fam_a", "ent_4", 3500);
    AppendOk("fam_a", {Ev("fam_a", types::kReactionAdded,
                          {{"id", "rea_3"},
                           {"entry_id", "ent_3"},
                           {"member_id", parent_},
                           {"kind", "correction_request"},
                           {"text", "Nog steeds niet"},
                           {"deadline", "2026-12-29"}},
                          3600, "acc_1")});
  }

  void Correct(const std::string& reaction, const std::string& entry, const std::string& by,
               domain::Millis time) {
    AppendOk("fam_a", {Ev("fam_a", types::kReactionAdded,
                          {{"id", reaction},
                           {"entry_id", entry},
                           {"member_id", parent_},
                           {"kind", "correction_request"},
                           {"text", "Klopt niet"},
                           {"deadline", "2026-12-29"}},
                          time, "acc_1")});
    AppendOk("fam_a", {Ev("fam_a", types::kCorrectionAnswered,
                          {{"reaction_id", reaction},
                           {"accepted", true},
                           {"answer", "Aangepast"},
                           {"correction_entry_id", by}},
                          time + 10, kDuo),
                       Ev("fam_a", types::kEntryCorrected,
                          {{"id", by},
                           {"corrects", entry},
                           {"kind", "observation"},
                           {"source", "eigen waarneming"},
                           {"text", "Verbeterd"}},
                          time + 10, kDuo)});
  }

  const std::string parent_ = "fam_a_m1";
};
STIP_STORE_CONTRACT(FamilyFileStoreTest);

TEST_P(FamilyFileStoreTest, ReturnsWhatTheSeparateReadsReturn) {
  for (const Page page : {Page{0, 2}, Page{0, 50}, Page{0, 1}}) {
    SCOPED_TRACE(page.limit);
    auto file = store().ReadFamilyFile("fam_a", page, {.open_corrections = true, .accounts = true});
    ASSERT_TRUE(file && *file) << (file ? "" : file.error().message);
    const auto& f = **file;

    auto family = store().FindFamily("fam_a");
    ASSERT_TRUE(family && *family);
    EXPECT_EQ(f.family.id, "fam_a");
    EXPECT_EQ(f.family.head_seq, (*family)->head_seq);
    EXPECT_EQ(f.family.head_hash, (*family)->head_hash);
    EXPECT_EQ(f.family.name, (*family)->name);
    EXPECT_EQ(Ids(f.family.members), Ids((*family)->members));
    EXPECT_EQ(f.family.custody.size(), (*family)->custody.size());
    ASSERT_EQ(f.family.involvements.size(), (*family)->involvements.size());
    for (std::size_t i = 0; i < f.family.involvements.size(); ++i) {
      EXPECT_EQ(f.family.involvements[i].user_id, (*family)->involvements[i].user_id);
    }
    EXPECT_EQ(Ids(f.consents), Ids(*store().ListConsents("fam_a")));
    auto entries = store().ListEntries("fam_a", page);
    ASSERT_TRUE(entries);
    EXPECT_EQ(Ids(f.entries), Ids(*entries));
    ASSERT_FALSE(entries->empty());
    EXPECT_EQ(Ids(f.withholdings), Ids(*store().ListWithholdings("fam_a")));
    EXPECT_EQ(Ids(f.objections), Ids(*store().ListObjections("fam_a")));
    EXPECT_EQ(Ids(f.reactions),
              Ids(*store().ListReactions("fam_a", entries->back().seq, entries->front().seq)));
    auto open = store().ListOpenCorrections("fam_a");
    ASSERT_TRUE(open);
    EXPECT_EQ(Ids(f.open_corrections), Ids(*open));
    EXPECT_EQ(Ids(f.accounts), Ids(*store().ListAccounts("fam_a")));

    // Related: every earlier version of a page entry (FindEntry along `corrects`) and the
    // entries of the open requests, each as FindEntry returns it.
    std::set<std::string> expected;
    std::set<std::string> on_page;
    for (const auto& e : *entries) on_page.insert(e.id);
    for (const auto& e : *entries) {
      for (std::string id = e.corrects; !id.empty();) {
        if (!on_page.count(id)) expected.insert(id);
        id = (*store().FindEntry("fam_a", id))->corrects;
      }
    }
    for (const auto& r : *open) {
      if (!on_page.count(r.entry_id)) expected.insert(r.entry_id);
    }
    std::set<std::string> related;
    for (const auto& e : f.related) {
      related.insert(e.id);
      auto found = store().FindEntry("fam_a", e.id);
      ASSERT_TRUE(found && *found);
      EXPECT_EQ(e.seq, (*found)->seq);
      EXPECT_EQ(e.text, (*found)->text);
      EXPECT_EQ(e.corrects, (*found)->corrects);
      EXPECT_EQ(e.corrected_by, (*found)->corrected_by);
    }
    EXPECT_EQ(related, expected);

    // Users: authors, deciders, answerers and the involved, each with team and organisation.
    std::set<std::string> named;
    for (const auto& e : *entries) named.insert(e.author_id);
    for (const auto& w : f.withholdings) named.insert(w.decided_by);
    for (const auto& r : f.reactions) named.insert(r.answered_by);
    for (const auto& i : f.family.involvements) named.insert(i.user_id);
    named.erase("");
    std::set<std::string> users;
    for (const auto& u : f.users) {
      users.insert(u.user.id);
      auto user = store().FindUser(u.user.id);
      ASSERT_TRUE(user && *user);
      EXPECT_EQ(u.user.display_name, (*user)->display_name);
      EXPECT_EQ(u.user.team_id, (*user)->team_id);
      auto team = store().FindTeam((*user)->team_id);
      ASSERT_TRUE(team);
      ASSERT_EQ(u.team.has_value(), team->has_value());
      if (*team) {
        EXPECT_EQ(u.team->name, (**team).name);
        EXPECT_EQ(u.team->kind, (**team).kind);
        auto org = store().FindOrganisation((**team).organisation_id);
        ASSERT_TRUE(org);
        ASSERT_EQ(u.organisation.has_value(), org->has_value());
        if (*org) {
          EXPECT_EQ(u.organisation->name, (**org).name);
        }
      }
    }
    std::set<std::string> known;  // ids that are users (an account id is not)
    for (const auto& id : named) {
      if (*store().FindUser(id)) known.insert(id);
    }
    EXPECT_EQ(users, known);
    EXPECT_TRUE(users.count(kLead));
  }
}

TEST_P(FamilyFileStoreTest, ReadsOnlyWhatIsAskedAndNothingOfAnUnknownFamily) {
  auto file = store().ReadFamilyFile("fam_a", {0, 50}, {});
  ASSERT_TRUE(file && *file);
  EXPECT_TRUE((*file)->open_corrections.empty());
  EXPECT_TRUE((*file)->accounts.empty());
  EXPECT_FALSE((*file)->entries.empty());
  auto other = store().ReadFamilyFile("fam_b", {0, 50}, {});
  ASSERT_TRUE(other && *other);
  EXPECT_EQ(Ids((*other)->entries), std::vector<std::string>{"ent_b"});
  EXPECT_TRUE((*other)->withholdings.empty());
  auto missing = store().ReadFamilyFile("fam_none", {0, 50}, {});
  ASSERT_TRUE(missing);
  EXPECT_FALSE(*missing);
}

}  // namespace
}  // namespace stip::store::testing
