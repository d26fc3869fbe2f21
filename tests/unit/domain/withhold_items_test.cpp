// Issue 11 item 6: withholding works on the items of the plan, the safety map, meetings and the
// child's own words as on entries. A member it is withheld from sees a placeholder naming only
// them, never the words; others and professionals read it; a child's own words are never
// withheld from the child; a lapsed or lifted withholding shows the words again.
#include <gtest/gtest.h>

#include "access_support.h"
#include "domain/child_voice.h"
#include "domain/family_plan.h"
#include "domain/meeting.h"
#include "domain/safety_map.h"

namespace stip::domain::testing {
namespace {

Withholding Held(std::string item, WithheldKind kind, std::vector<std::string> from) {
  Withholding w;
  w.id = "whd_" + item;
  w.entry_id = std::move(item);
  w.kind = kind;
  w.member_ids = std::move(from);
  w.ground = WithholdingGround::kSeriousHarmToChild;
  w.reason = "Te zwaar nu.";
  w.decided_by = "u_lead";
  w.decided_at = Noon({2026, 11, 1});
  w.review_date = {2026, 12, 31};
  return w;
}

// Sem's own words, shared with his parents.
ChildVoice SemsWords() {
  ChildVoice v;
  v.id = "vce_1";
  v.seq = 5;
  v.child_id = "c_sem";
  v.good_things = "Voetbal.";
  v.written_by = "acc_sem";
  v.written_at = Noon({2026, 10, 1});
  v.share = ShareChoice::kParents;
  return v;
}

TEST(WithholdItems, AppliesToTheMembersItNamesForEveryKind) {
  for (const auto kind : kAllWithheldKinds) {
    const auto w = Held("pcm_1", kind, {"m_moeder", "c_sem"});
    EXPECT_TRUE(AppliesTo(w, "m_moeder"));
    EXPECT_TRUE(AppliesTo(w, "c_sem"));
    EXPECT_FALSE(AppliesTo(w, "m_vader"));
    EXPECT_EQ(ParseWithheldKind(ToString(kind)), kind);
  }
  EXPECT_FALSE(ParseWithheldKind("bericht"));
}

TEST(WithholdItems, OnlyTheMemberItIsWithheldFromGetsAPlaceholderNamingOnlyThem) {
  const std::vector<Withholding> all{
      Held("pcm_1", WithheldKind::kPlanComment, {"m_moeder", "c_sem"})};
  WithheldItems out;
  EXPECT_TRUE(MarkWithheld(Query(Mem("m_moeder")), "pcm_1", all, out));
  ASSERT_EQ(out["pcm_1"].size(), 1u);
  EXPECT_EQ(NamedMembers(out["pcm_1"][0]), std::vector<std::string>{"m_moeder"});
  WithheldItems other;
  EXPECT_FALSE(MarkWithheld(Query(Mem("m_pleeg")), "pcm_1", all, other));
  EXPECT_TRUE(other.empty());
  EXPECT_FALSE(MarkWithheld(Query(Mem("m_moeder")), "pcm_2", all, other));
  // A professional reads it and sees every withholding, whom it names included.
  WithheldItems pro;
  EXPECT_FALSE(MarkWithheld(Query(Pro("u_lead")), "pcm_1", all, pro));
  EXPECT_EQ(NamedMembers(pro["pcm_1"][0]).size(), 2u);
  // From its review date on, or lifted, it is no longer in force.
  WithheldItems later;
  EXPECT_FALSE(MarkWithheld(Query(Mem("m_moeder"), {2026, 12, 31}), "pcm_1", all, later));
  auto lifted = all;
  lifted[0].lifted = true;
  EXPECT_FALSE(MarkWithheld(Query(Mem("m_moeder")), "pcm_1", lifted, later));
}

TEST(WithholdItems, APlanCommentAndConditionsKeepTheirPlaceWithoutTheirWords) {
  FamilyPlan plan;
  PlanVersion v;
  v.number = 1;
  v.seq = 10;
  v.written_at = Noon({2026, 10, 1});
  v.content.goals = {"Minder ruzie."};
  plan.versions.push_back(v);
  plan.comments.push_back(
      {"pcm_1", 11, 1, "Alleen voor de professionals.", "u_lead", Noon({2026, 10, 2})});
  plan.conditions.push_back({12, {"Geen alcohol."}, "u_lead", Noon({2026, 10, 3})});
  const std::vector<Withholding> all{
      Held("pcm_1", WithheldKind::kPlanComment, {"m_moeder"}),
      Held(ConditionsId(plan.conditions[0]), WithheldKind::kPlanConditions, {"m_moeder"})};
  const Family f = Household();
  const auto mother = VisiblePlan(f, Query(Mem("m_moeder")), plan, all);
  ASSERT_EQ(mother.comments.size(), 1u);
  EXPECT_EQ(mother.comments[0].words, "");
  EXPECT_TRUE(mother.conditions[0].conditions.empty());
  EXPECT_EQ(mother.withheld.size(), 2u);
  const auto carer = VisiblePlan(f, Query(Mem("m_pleeg")), plan, all);
  EXPECT_EQ(carer.comments[0].words, "Alleen voor de professionals.");
  EXPECT_TRUE(carer.withheld.empty());
  const auto lead = VisiblePlan(f, Query(Pro("u_lead")), plan, all);
  EXPECT_EQ(lead.comments[0].words, "Alleen voor de professionals.");
  EXPECT_EQ(lead.withheld.size(), 2u);
}

TEST(WithholdItems, AChildsWordsAreNeverWithheldFromTheChild) {
  ChildVoices voices;
  ChildVoice v = SemsWords();
  voices.voices.push_back(v);
  // Even a withholding that names him (which the app refuses) does not hide his own words.
  const std::vector<Withholding> all{
      Held("vce_1", WithheldKind::kChildVoice, {"m_moeder", "c_sem"})};
  const Family f = Household();
  const auto sem = VisibleVoices(f, Query(Mem("c_sem")), voices, all);
  ASSERT_EQ(sem.voices.size(), 1u);
  EXPECT_EQ(sem.voices[0].good_things, "Voetbal.");
  EXPECT_TRUE(sem.withheld.empty());
  const auto mother = VisibleVoices(f, Query(Mem("m_moeder")), voices, all);
  ASSERT_EQ(mother.voices.size(), 1u);
  EXPECT_EQ(mother.voices[0].good_things, "");
  EXPECT_EQ(mother.withheld.count("vce_1"), 1u);
}

TEST(WithholdItems, AWithheldDangerStatementTakesWhatHangsOnItAlong) {
  SafetyMap map;
  map.dangers.push_back(
      {"dng_1", 5, "De school", "Ruzie thuis.", "Sem blijft weg.", "u_lead", Noon({2026, 10, 1})});
  map.strengths.push_back({"str_1", 6, "Oma helpt.", "u_lead", Noon({2026, 10, 1})});
  map.goals.push_back({"gol_1", 7, "dng_1", "Rustig thuis.", "u_lead", Noon({2026, 10, 1})});
  const std::vector<Withholding> all{Held("dng_1", WithheldKind::kSafetyMapItem, {"m_moeder"})};
  const Family f = Household();
  const auto mother = VisibleMap(f, Query(Mem("m_moeder")), map, all);
  ASSERT_EQ(mother.dangers.size(), 1u);
  EXPECT_EQ(mother.dangers[0].worry, "");
  EXPECT_EQ(mother.dangers[0].who_worried, "");
  EXPECT_TRUE(mother.goals.empty());
  EXPECT_EQ(mother.strengths[0].words, "Oma helpt.");
  const auto carer = VisibleMap(f, Query(Mem("m_pleeg")), map, all);
  EXPECT_EQ(carer.dangers[0].worry, "Ruzie thuis.");
  EXPECT_EQ(carer.goals.size(), 1u);
}

// A new set of safety conditions starts from the withheld words: the withholding of an earlier
// set holds for every later one (the same decision: renewing or lifting it acts on all), until
// it is lifted.
TEST(WithholdItems, AWithholdingOfConditionsHoldsForEveryLaterSet) {
  FamilyPlan plan;
  plan.conditions.push_back({12, {"Geen alcohol."}, "u_lead", Noon({2026, 10, 3})});
  plan.conditions.push_back(
      {14, {"Geen alcohol.", "Oma is er 's avonds."}, "u_lead", Noon({2026, 10, 5})});
  std::vector<Withholding> all{
      Held(ConditionsId(plan.conditions[0]), WithheldKind::kPlanConditions, {"m_moeder"})};
  const Family f = Household();
  const auto mother = VisiblePlan(f, Query(Mem("m_moeder")), plan, all);
  ASSERT_EQ(mother.conditions.size(), 2u);
  EXPECT_TRUE(mother.conditions[0].conditions.empty());
  EXPECT_TRUE(mother.conditions[1].conditions.empty());
  ASSERT_EQ(mother.withheld.count(ConditionsId(plan.conditions[1])), 1u);
  EXPECT_EQ(mother.withheld.at(ConditionsId(plan.conditions[1]))[0].id, all[0].id);
  // The lead sees the decision on the newest set too.
  const auto lead = VisiblePlan(f, Query(Pro("u_lead")), plan, all);
  EXPECT_EQ(lead.withheld.count(ConditionsId(plan.conditions[1])), 1u);
  EXPECT_EQ(lead.conditions[1].conditions.size(), 2u);
  // A set before the withheld one stays readable; a lifted withholding carries nothing.
  EXPECT_EQ(WithConditionsCarried(plan, all).size(), 2u);
  all[0].lifted = true;
  EXPECT_EQ(WithConditionsCarried(plan, all).size(), 1u);
  const auto after = VisiblePlan(f, Query(Mem("m_moeder")), plan, all);
  EXPECT_EQ(after.conditions[1].conditions.size(), 2u);
}

// Why a professional narrowed the sharing of a child's words is for the child (and the
// professionals), not for a parent who still reads them; the child is told whom the words are
// withheld from, and why.
TEST(WithholdItems, TheChildIsToldAndTheNarrowingReasonStaysWithTheChild) {
  ChildVoices voices;
  ChildVoice v = SemsWords();
  v.sharing_changed_by = "u_lead";
  v.sharing_reason = "Je moeder heeft het zwaar.";
  voices.voices.push_back(v);
  Withholding w = Held("vce_1", WithheldKind::kChildVoice, {"m_moeder"});
  w.narrowing_reason = "Tussen professionals.";
  const std::vector<Withholding> all{w};
  const Family f = Household();
  const auto sem = VisibleVoices(f, Query(Mem("c_sem")), voices, all);
  ASSERT_EQ(sem.voices.size(), 1u);
  EXPECT_EQ(sem.voices[0].sharing_reason, "Je moeder heeft het zwaar.");
  ASSERT_EQ(sem.held_from_others.count("vce_1"), 1u);
  EXPECT_EQ(NamedMembers(sem.held_from_others.at("vce_1")[0]),
            std::vector<std::string>{"m_moeder"});
  EXPECT_EQ(sem.held_from_others.at("vce_1")[0].reason, "Te zwaar nu.");
  EXPECT_EQ(sem.held_from_others.at("vce_1")[0].narrowing_reason, "");
  const auto lead = VisibleVoices(f, Query(Pro("u_lead")), voices, all);
  EXPECT_EQ(lead.voices[0].sharing_reason, "Je moeder heeft het zwaar.");
  EXPECT_TRUE(lead.held_from_others.empty());
  for (const char* other : {"m_moeder", "m_pleeg"}) {
    const auto seen = VisibleVoices(f, Query(Mem(other)), voices, all);
    for (const auto& x : seen.voices) EXPECT_EQ(x.sharing_reason, "") << other;
    EXPECT_TRUE(seen.held_from_others.empty()) << other;
  }
}

}  // namespace
}  // namespace stip::domain::testing
