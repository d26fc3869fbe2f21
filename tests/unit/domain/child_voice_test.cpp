// The child's own words (issue 11 item 5): who writes, who shares and who reads a child's words
// and explanation. Sem is 13, Finn 14, Lotte 16, Noor 8; the mother has custody of all four, the
// father of none.
#include "domain/child_voice.h"

#include <gtest/gtest.h>

#include "access_support.h"

namespace stip::domain {
namespace {

using testing::ConsentOf;
using testing::Household;
using testing::Mem;
using testing::Pro;
using testing::Query;

ChildVoice VoiceOf(std::string child, ShareChoice share, std::vector<std::string> with = {}) {
  ChildVoice v;
  v.id = "vce_" + child;
  v.child_id = std::move(child);
  v.good_things = "Voetbal.";
  v.share = share;
  v.share_with = std::move(with);
  v.written_by = "acc_kind";
  return v;
}

TEST(ChildVoice, AtLeastOneOfTheThreeHousesIsWritten) {
  const auto none = CheckHouses("", " ", "\n");
  ASSERT_EQ(none.size(), 3u);
  EXPECT_EQ(none[0].field, "good_things");
  EXPECT_EQ(none[1].field, "worries");
  EXPECT_EQ(none[2].field, "dreams");
  for (const auto& e : none) EXPECT_EQ(e.code, FieldCode::kRequired);
  EXPECT_TRUE(CheckHouses("", "", "Dierenarts worden.").empty());
  EXPECT_TRUE(CheckHouses("Oma.\nMijn mentor.", "", "").empty());
  EXPECT_EQ(CheckHouses(std::string(kMaxHouseChars + 1, 'a'), "", "").at(0).code,
            FieldCode::kTooLong);
}

TEST(ChildVoice, TheChoiceOfWithWhomIsOneOfThreeAndAListOnlyForMembers) {
  const auto family = Household();
  EXPECT_TRUE(CheckSharing(family, "c_sem", ShareChoice::kProfessionals, {}).empty());
  EXPECT_TRUE(CheckSharing(family, "c_sem", ShareChoice::kParents, {}).empty());
  EXPECT_TRUE(CheckSharing(family, "c_sem", ShareChoice::kMembers, {"m_moeder", "c_finn"}).empty());
  EXPECT_EQ(CheckSharing(family, "c_sem", std::nullopt, {}).at(0).code, FieldCode::kNotOneOf);
  EXPECT_EQ(CheckSharing(family, "c_sem", ShareChoice::kMembers, {}).at(0).code,
            FieldCode::kTooFew);
  EXPECT_EQ(CheckSharing(family, "c_sem", ShareChoice::kMembers, {"m_niemand"}).at(0).code,
            FieldCode::kNotAMember);
  EXPECT_EQ(CheckSharing(family, "c_sem", ShareChoice::kMembers, {"c_sem"}).at(0).field,
            "share_with[0]");
  EXPECT_EQ(CheckSharing(family, "c_sem", ShareChoice::kMembers, {"m_oma", "m_oma"}).at(0).code,
            FieldCode::kDuplicate);
  EXPECT_EQ(CheckSharing(family, "c_sem", ShareChoice::kParents, {"m_oma"}).at(0).field,
            "share_with");
}

TEST(ChildVoice, AChildOf12WritesTheirOwnWordsAndAYoungerChildDoesNot) {
  const auto family = Household();
  const auto sem = DecideVoiceWriter(family, Query(Mem("c_sem")), "");
  EXPECT_TRUE(sem.allowed);
  EXPECT_FALSE(sem.taken_down);
  EXPECT_EQ(sem.child_id, "c_sem");
  EXPECT_TRUE(sem.errors.empty());
  // Only their own.
  EXPECT_EQ(DecideVoiceWriter(family, Query(Mem("c_sem")), "c_finn").errors.at(0).code,
            FieldCode::kDoesNotMatch);
  const auto noor = DecideVoiceWriter(family, Query(Mem("c_noor")), "");
  EXPECT_FALSE(noor.allowed);
  EXPECT_EQ(noor.reason, Reason::kUnder12ChildView);
  // A parent never writes a child's words.
  EXPECT_FALSE(DecideVoiceWriter(family, Query(Mem("m_moeder")), "c_noor").allowed);
}

TEST(ChildVoice, AProfessionalTakesDownAnyChildsWordsWithTheChild) {
  const auto family = Household();
  const auto noor = DecideVoiceWriter(family, Query(Pro("u_lead")), "c_noor");
  EXPECT_TRUE(noor.allowed);
  EXPECT_TRUE(noor.taken_down);
  EXPECT_TRUE(noor.errors.empty());
  EXPECT_TRUE(DecideVoiceWriter(family, Query(Pro("u_duo")), "c_lotte").allowed);
  EXPECT_EQ(DecideVoiceWriter(family, Query(Pro("u_lead")), "m_moeder").errors.at(0).field,
            "child_id");
  EXPECT_EQ(DecideVoiceWriter(family, Query(Pro("u_lead")), "").errors.at(0).code,
            FieldCode::kRequired);
  // Not involved (any more): no.
  EXPECT_FALSE(DecideVoiceWriter(family, Query(Pro("u_oud")), "c_noor").allowed);
  EXPECT_FALSE(DecideVoiceWriter(family, Query(Pro("u_vreemd")), "c_noor").allowed);
}

TEST(ChildVoice, TheChildAndTheProfessionalsAlwaysReadIt) {
  const auto family = Household();
  const auto v = VoiceOf("c_sem", ShareChoice::kProfessionals);
  EXPECT_TRUE(MayReadVoice(family, Query(Mem("c_sem")), v));
  EXPECT_TRUE(MayReadVoice(family, Query(Pro("u_lead")), v));
  EXPECT_TRUE(MayReadVoice(family, Query(Pro("u_duo")), v));
  EXPECT_FALSE(MayReadVoice(family, Query(Pro("u_vreemd")), v));
  // Shared with nobody: no parent, no brother, no grandmother.
  for (const char* m : {"m_moeder", "m_vader", "m_oma", "c_finn"}) {
    EXPECT_FALSE(MayReadVoice(family, Query(Mem(m)), v)) << m;
  }
}

TEST(ChildVoice, AParentReadsWhatIsSharedWithThemOnlyWithCustody) {
  const auto family = Household();
  const auto parents = VoiceOf("c_sem", ShareChoice::kParents);
  EXPECT_TRUE(MayReadVoice(family, Query(Mem("m_moeder")), parents));
  // The father has no custody of Sem: shared with the parents or not, he does not read it.
  EXPECT_FALSE(MayReadVoice(family, Query(Mem("m_vader")), parents));
  EXPECT_FALSE(MayReadVoice(family, Query(Mem("m_vader")),
                            VoiceOf("c_sem", ShareChoice::kMembers, {"m_vader"})));
  // Listed by name: the mother only when she is on the list.
  EXPECT_TRUE(MayReadVoice(family, Query(Mem("m_moeder")),
                           VoiceOf("c_sem", ShareChoice::kMembers, {"m_moeder"})));
  EXPECT_FALSE(MayReadVoice(family, Query(Mem("m_moeder")),
                            VoiceOf("c_sem", ShareChoice::kMembers, {"m_oma"})));
}

// "Also my parents" means the parents and carers the child had when writing: a carer who joins
// the household later (and gets custody) does not read earlier words unless the child names him,
// as a member who joins later does not read the household's earlier entries.
TEST(ChildVoice, ACarerWhoJoinsLaterDoesNotReadWordsSharedWithTheParentsBefore) {
  auto family = Household();
  for (auto& m : family.members) m.joined_seq = m.id == "m_pleeg" ? 40 : 3;
  family.custody.push_back({"m_pleeg", "c_sem", true});
  auto before = VoiceOf("c_sem", ShareChoice::kParents);
  before.seq = 20;
  auto after = VoiceOf("c_sem", ShareChoice::kParents);
  after.seq = 50;
  EXPECT_TRUE(MayReadVoice(family, Query(Mem("m_moeder")), before));
  EXPECT_FALSE(MayReadVoice(family, Query(Mem("m_pleeg")), before));
  EXPECT_TRUE(MayReadVoice(family, Query(Mem("m_pleeg")), after));
  auto named = VoiceOf("c_sem", ShareChoice::kMembers, {"m_pleeg"});
  named.seq = 20;
  EXPECT_TRUE(MayReadVoice(family, Query(Mem("m_pleeg")), named));
  // A professional narrowing "the parents" to the mother alone does not widen it.
  const auto narrowed = DecideSharingChange(family, Query(Pro("u_lead")), before,
                                            ShareChoice::kMembers, {"m_moeder"});
  EXPECT_TRUE(narrowed.allowed);
  EXPECT_FALSE(
      DecideSharingChange(family, Query(Pro("u_lead")), before, ShareChoice::kMembers, {"m_pleeg"})
          .allowed);
}

TEST(ChildVoice, AYoungPersonsWordsAreTheirsTheirChoiceToShareIsTheirConsent) {
  const auto family = Household();
  // Lotte is 16: her choice to share with her mother lets her mother read it, without a consent
  // on record; not sharing keeps it from her, whatever consent is on record.
  EXPECT_TRUE(
      MayReadVoice(family, Query(Mem("m_moeder")), VoiceOf("c_lotte", ShareChoice::kParents)));
  EXPECT_FALSE(MayReadVoice(
      family,
      Query(Mem("m_moeder"), testing::kToday, {ConsentOf("c_lotte", "m_moeder", {2026, 7, 2})}),
      VoiceOf("c_lotte", ShareChoice::kProfessionals)));
  EXPECT_TRUE(
      MayReadVoice(family, Query(Mem("c_lotte")), VoiceOf("c_lotte", ShareChoice::kProfessionals)));
}

TEST(ChildVoice, ABrotherOrSisterReadsOnlyWhenListed) {
  const auto family = Household();
  EXPECT_FALSE(MayReadVoice(family, Query(Mem("c_finn")), VoiceOf("c_sem", ShareChoice::kParents)));
  EXPECT_TRUE(MayReadVoice(family, Query(Mem("c_finn")),
                           VoiceOf("c_sem", ShareChoice::kMembers, {"c_finn"})));
  EXPECT_FALSE(MayReadVoice(family, Query(Mem("c_lotte")),
                            VoiceOf("c_sem", ShareChoice::kMembers, {"c_finn"})));
  EXPECT_TRUE(MayReadVoice(family, Query(Mem("m_oma")),
                           VoiceOf("c_sem", ShareChoice::kMembers, {"m_oma"})));
}

TEST(ChildVoice, TheChildChangesTheChoiceAProfessionalOnlyNarrowsIt) {
  const auto family = Household();
  const auto v = VoiceOf("c_sem", ShareChoice::kMembers, {"m_moeder", "c_finn"});
  // The child: any way, wider too.
  EXPECT_TRUE(
      DecideSharingChange(family, Query(Mem("c_sem")), v, ShareChoice::kParents, {}).allowed);
  EXPECT_TRUE(DecideSharingChange(family, Query(Mem("c_sem")), v, ShareChoice::kMembers, {"m_oma"})
                  .allowed);
  // A professional: narrower is fine, wider is refused.
  EXPECT_TRUE(DecideSharingChange(family, Query(Pro("u_lead")), v, ShareChoice::kProfessionals, {})
                  .allowed);
  EXPECT_TRUE(
      DecideSharingChange(family, Query(Pro("u_lead")), v, ShareChoice::kMembers, {"c_finn"})
          .allowed);
  const auto wider =
      DecideSharingChange(family, Query(Pro("u_lead")), v, ShareChoice::kMembers, {"m_oma"});
  EXPECT_FALSE(wider.allowed);
  EXPECT_TRUE(wider.widens);
  EXPECT_FALSE(
      DecideSharingChange(family, Query(Pro("u_lead")), v, ShareChoice::kParents, {}).allowed);
  // Nobody else: not the mother, not a brother.
  EXPECT_FALSE(
      DecideSharingChange(family, Query(Mem("m_moeder")), v, ShareChoice::kProfessionals, {})
          .allowed);
  EXPECT_FALSE(DecideSharingChange(family, Query(Mem("c_finn")), v, ShareChoice::kProfessionals, {})
                   .allowed);
}

TEST(ChildVoice, TheLeadAndTheDuoWriteTheExplanationTheChildAndParentsWithCustodyReadIt) {
  const auto family = Household();
  EXPECT_TRUE(DecideExplanationWriter(family, Query(Pro("u_lead"))).allowed);
  EXPECT_TRUE(DecideExplanationWriter(family, Query(Pro("u_duo"))).allowed);
  EXPECT_FALSE(DecideExplanationWriter(family, Query(Mem("m_moeder"))).allowed);
  EXPECT_FALSE(DecideExplanationWriter(family, Query(Pro("u_vreemd"))).allowed);
  EXPECT_TRUE(CheckExplanation(family, "c_noor", "Wij maken ons zorgen om ...").empty());
  EXPECT_EQ(CheckExplanation(family, "c_noor", "").at(0).field, "text");
  EXPECT_EQ(CheckExplanation(family, "m_moeder", "x").at(0).field, "child_id");

  EXPECT_TRUE(MayReadExplanation(family, Query(Mem("c_noor")), "c_noor"));
  EXPECT_TRUE(MayReadExplanation(family, Query(Mem("m_moeder")), "c_noor"));
  EXPECT_FALSE(MayReadExplanation(family, Query(Mem("m_vader")), "c_noor"));
  EXPECT_FALSE(MayReadExplanation(family, Query(Mem("c_sem")), "c_noor"));
  EXPECT_TRUE(MayReadExplanation(family, Query(Pro("u_lead")), "c_noor"));
  // Lotte is 16: her mother needs her consent.
  EXPECT_FALSE(MayReadExplanation(family, Query(Mem("m_moeder")), "c_lotte"));
}

TEST(ChildVoice, TheNewestExplanationCountsAndAChildWithoutOneIsNamed) {
  const auto family = Household();
  ChildVoices all;
  all.explanations = {{"c_sem", 1, 10, "eerste", "u_lead", 0},
                      {"c_sem", 2, 12, "tweede", "u_lead", 0},
                      {"c_noor", 1, 11, "voor Noor", "u_lead", 0}};
  ASSERT_NE(LatestExplanation(all, "c_sem"), nullptr);
  EXPECT_EQ(LatestExplanation(all, "c_sem")->text, "tweede");
  EXPECT_EQ(LatestExplanation(all, "c_finn"), nullptr);
  EXPECT_EQ(ChildrenWithoutExplanation(family, all),
            (std::vector<std::string>{"c_lotte", "c_finn"}));
  // A family member reads the newest version only; a professional every version.
  EXPECT_EQ(VisibleVoices(family, Query(Mem("c_sem")), all).explanations.size(), 1u);
  EXPECT_EQ(VisibleVoices(family, Query(Mem("m_moeder")), all).explanations.size(), 2u);
  EXPECT_EQ(VisibleVoices(family, Query(Pro("u_lead")), all).explanations.size(), 3u);
}

}  // namespace
}  // namespace stip::domain
