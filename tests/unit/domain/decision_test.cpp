// Decisions and the second opinion (issue 12): what a draft needs (facts apart from opinions,
// alternatives, every child heard or why not, a decider who runs the file), and the rule that a
// heavy decision is taken only with a second opinion on the version that stands, by a
// behavioural scientist who is not the decider: missing, by the decider, voided by a change.
#include "domain/decision.h"

#include <gtest/gtest.h>

#include "access_support.h"

namespace stip::domain {
namespace {

using testing::Household;
using testing::kToday;
using testing::Mem;
using testing::Noon;
using testing::Pro;
using testing::Query;

Family WithScientist() {
  Family f = Household();
  f.involvements.push_back(
      {"u_gw", InvolvementRole::kSecondOpinion, Noon({2026, 3, 1}), std::nullopt, "tegenspraak"});
  return f;
}

DecisionContent Draft(DecisionKind kind = DecisionKind::kOutOfHomePlacement) {
  DecisionContent c;
  c.kind = kind;
  c.what = "Noor woont voorlopig bij oma.";
  c.legal_ground = "BW 1:265b";
  c.facts = {{"Noor was drie keer alleen thuis.", "School", "2026-11-02", ""}};
  c.alternatives = {{"Hulp thuis", "Die is al een half jaar geprobeerd."}};
  c.present = {"Sara Jansen", "u_lead"};
  for (const char* child : {"c_noor", "c_sem", "c_lotte", "c_finn"}) {
    c.children.push_back({child, true, "Apart gesproken."});
  }
  c.decider = "u_lead";
  return c;
}

bool NoEntries(const std::string&) { return false; }

DecisionRecord Shared(DecisionKind kind = DecisionKind::kOutOfHomePlacement) {
  DecisionRecord d;
  d.id = "bsl_1";
  d.version = 2;
  d.content = Draft(kind);
  d.content_hash = "hash-v2";
  d.state = DecisionState::kShared;
  return d;
}

SecondOpinion Opinion(std::string by, std::string hash, int version = 2) {
  SecondOpinion o;
  o.id = "tgs_" + by;
  o.given_by = std::move(by);
  o.verdict = Verdict::kAgree;
  o.reasons = "De feiten dragen het.";
  o.version = version;
  o.content_hash = std::move(hash);
  return o;
}

TEST(Decision, KindsFromAFixedListHeavyOnesNamed) {
  for (const auto k : kAllDecisionKinds) EXPECT_EQ(ParseDecisionKind(ToString(k)), k);
  EXPECT_FALSE(ParseDecisionKind("risk_score").has_value());
  EXPECT_FALSE(IsHeavy(DecisionKind::kPlanChange));
  EXPECT_FALSE(IsHeavy(DecisionKind::kHelpChange));
  for (const auto k : {DecisionKind::kOutOfHomePlacement, DecisionKind::kRequestMeasure,
                       DecisionKind::kRequestExtension, DecisionKind::kRequestEndCustody,
                       DecisionKind::kEndContact, DecisionKind::kWrittenInstruction}) {
    EXPECT_TRUE(IsHeavy(k)) << ToString(k);
  }
}

TEST(Decision, AGoodDraftPasses) {
  EXPECT_TRUE(CheckDraft(WithScientist(), Draft(), kToday, Noon(kToday), NoEntries).empty());
}

TEST(Decision, ADraftNeedsFactsAlternativesPresentAndADecider) {
  DecisionContent c = Draft();
  c.what = "";
  c.legal_ground = "";
  c.facts.clear();
  c.alternatives.clear();
  c.present.clear();
  c.decider = "";
  std::vector<std::string> fields;
  for (const auto& e : CheckDraft(WithScientist(), c, kToday, Noon(kToday), NoEntries)) {
    fields.push_back(e.field);
  }
  EXPECT_EQ(fields, (std::vector<std::string>{"what", "legal_ground", "facts", "alternatives",
                                              "present", "decider"}));
}

TEST(Decision, AFactHasASourceAPastDateAndLinksOnlyToThisFilesEntries) {
  DecisionContent c = Draft();
  c.facts = {{"x", "", "2026-13-01", "ent_elders"}, {"y", "z", "2026-11-30", "ent_hier"}};
  const auto errors = CheckDraft(WithScientist(), c, kToday, Noon(kToday),
                                 [](const std::string& id) { return id == "ent_hier"; });
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].field, "facts[0].source");
  EXPECT_EQ(errors[1].field, "facts[0].date");
  EXPECT_EQ(errors[1].code, FieldCode::kNotADate);
  EXPECT_EQ(errors[2].field, "facts[0].entry_id");
  EXPECT_EQ(errors[2].code, FieldCode::kUnknownId);
  EXPECT_EQ(errors[3].field, "facts[1].date");  // tomorrow
  EXPECT_EQ(errors[3].code, FieldCode::kDateInFuture);
}

TEST(Decision, EveryChildIsHeardOrWhyNotOnceEach) {
  DecisionContent c = Draft();
  c.children = {{"c_noor", false, "Noor is 8; gesproken met tekeningen."},
                {"c_noor", true, "twee keer"},
                {"m_moeder", true, "geen kind"},
                {"c_sem", true, ""}};
  std::vector<std::string> fields;
  for (const auto& e : CheckDraft(WithScientist(), c, kToday, Noon(kToday), NoEntries)) {
    fields.push_back(e.field + ":" + std::string(FieldCodeName(e.code)));
  }
  EXPECT_EQ(fields, (std::vector<std::string>{"children[1].member_id:duplicate",
                                              "children[2].member_id:invalid",
                                              "children[3].how:required", "children:invalid",
                                              "children:invalid"}));  // Lotte and Finn missing
}

TEST(Decision, TheDeciderIsInvolvedAsLeadDuoOrBehaviouralScientist) {
  DecisionContent c = Draft();
  for (const char* who : {"u_oud", "u_later", "u_vreemd"}) {
    c.decider = who;
    const auto errors = CheckDraft(WithScientist(), c, kToday, Noon(kToday), NoEntries);
    ASSERT_EQ(errors.size(), 1u) << who;
    EXPECT_EQ(errors[0].field, "decider");
  }
  for (const char* who : {"u_duo", "u_gw"}) {
    c.decider = who;
    EXPECT_TRUE(CheckDraft(WithScientist(), c, kToday, Noon(kToday), NoEntries).empty()) << who;
  }
}

TEST(SecondOpinionRule, AHeavyDecisionWithoutOneIsRefused) {
  const auto no = CheckMayTake(Shared());
  ASSERT_TRUE(no.has_value());
  EXPECT_EQ(no->code, Code::kFailedPrecondition);
  EXPECT_NE(no->message.find("without a second opinion"), std::string::npos);
}

TEST(SecondOpinionRule, OneByTheDeciderDoesNotCount) {
  DecisionRecord d = Shared();
  d.opinions = {Opinion("u_lead", "hash-v2")};
  EXPECT_EQ(CurrentSecondOpinion(d), nullptr);
  const auto no = CheckMayTake(d);
  ASSERT_TRUE(no.has_value());
  EXPECT_NE(no->message.find("given by the decider"), std::string::npos);
}

TEST(SecondOpinionRule, AChangeAfterwardsVoidsIt) {
  DecisionRecord d = Shared();
  d.opinions = {Opinion("u_gw", "hash-v1", 1)};  // read version 1; version 2 stands
  EXPECT_EQ(CurrentSecondOpinion(d), nullptr);
  const auto no = CheckMayTake(d);
  ASSERT_TRUE(no.has_value());
  EXPECT_NE(no->message.find("version 1"), std::string::npos);
  EXPECT_NE(no->message.find("new second opinion"), std::string::npos);
  // A new one on the version that stands counts; any verdict (disagree too) is a second opinion.
  d.opinions.push_back(Opinion("u_gw", "hash-v2"));
  d.opinions.back().verdict = Verdict::kDisagree;
  EXPECT_EQ(CurrentSecondOpinion(d), &d.opinions.back());
  EXPECT_FALSE(CheckMayTake(d).has_value());
}

TEST(SecondOpinionRule, ALightDecisionNeedsNoneButEveryDecisionIsSharedFirst) {
  EXPECT_FALSE(CheckMayTake(Shared(DecisionKind::kPlanChange)).has_value());
  DecisionRecord draft = Shared(DecisionKind::kPlanChange);
  draft.state = DecisionState::kDraft;
  EXPECT_EQ(CheckMayTake(draft)->code, Code::kFailedPrecondition);
  draft.state = DecisionState::kTaken;
  EXPECT_EQ(CheckMayTake(draft)->code, Code::kFailedPrecondition);
}

TEST(SecondOpinionRule, OnlyAnInvolvedBehaviouralScientistWhoIsNotTheDeciderGivesIt) {
  const Family f = WithScientist();
  const DecisionRecord d = Shared();
  EXPECT_FALSE(CheckSecondOpinionGiver(f, Query(Pro("u_gw")), d).has_value());
  EXPECT_EQ(CheckSecondOpinionGiver(f, Query(Pro("u_lead")), d)->code, Code::kPermissionDenied);
  EXPECT_EQ(CheckSecondOpinionGiver(f, Query(Pro("u_duo")), d)->code, Code::kPermissionDenied);
  EXPECT_EQ(CheckSecondOpinionGiver(f, Query(Mem("m_moeder")), d)->code, Code::kPermissionDenied);
  EXPECT_EQ(CheckSecondOpinionGiver(Household(), Query(Pro("u_gw")), d)->code,
            Code::kPermissionDenied);  // not involved in this file
  DecisionRecord own = d;
  own.content.decider = "u_gw";
  EXPECT_EQ(CheckSecondOpinionGiver(f, Query(Pro("u_gw")), own)->code, Code::kFailedPrecondition);
  DecisionRecord taken = d;
  taken.state = DecisionState::kTaken;
  EXPECT_EQ(CheckSecondOpinionGiver(f, Query(Pro("u_gw")), taken)->code, Code::kFailedPrecondition);
}

TEST(SecondOpinionRule, AVerdictWithReasonsAndConditionsOnlyWhenAgreeingWithConditions) {
  EXPECT_TRUE(CheckSecondOpinion(Verdict::kAgree, "Goed onderbouwd.", "").empty());
  EXPECT_EQ(CheckSecondOpinion(std::nullopt, "x", "").at(0).field, "verdict");
  EXPECT_EQ(CheckSecondOpinion(Verdict::kDisagree, " ", "").at(0).field, "reasons");
  EXPECT_EQ(CheckSecondOpinion(Verdict::kAgreeWithConditions, "x", "").at(0).field, "conditions");
  EXPECT_EQ(CheckSecondOpinion(Verdict::kAgree, "x", "y").at(0).field, "conditions");
}

TEST(DecisionView, WrittenOnlyWhileShared) {
  DecisionRecord d = Shared();
  EXPECT_FALSE(CheckMayWriteView(d).has_value());
  d.state = DecisionState::kDraft;
  EXPECT_EQ(CheckMayWriteView(d)->code, Code::kFailedPrecondition);
  d.state = DecisionState::kTaken;
  EXPECT_EQ(CheckMayWriteView(d)->code, Code::kFailedPrecondition);
}

TEST(DecisionView, TheFamilyReadsSharedDecisionsAndAYoungPersonsViewIsTheirs) {
  const Family f = WithScientist();
  DecisionRecord draft = Shared();
  draft.id = "bsl_draft";
  draft.state = DecisionState::kDraft;
  DecisionRecord shared = Shared();
  shared.seq = 50;
  shared.shared_at = Noon({2026, 11, 20});
  shared.views = {{"zsw_1", 51, "c_lotte", "Ik wil bij mama blijven.", "acc_lotte", false, 2, 0}};
  const std::vector<DecisionRecord> all{draft, shared};
  EXPECT_EQ(VisibleDecisions(f, Query(Pro("u_lead")), all).size(), 2u);
  const auto mother = VisibleDecisions(f, Query(Mem("m_moeder")), all);
  ASSERT_EQ(mother.size(), 1u);          // not the draft
  EXPECT_TRUE(mother[0].views.empty());  // Lotte (16) gave no consent
  const auto lotte = VisibleDecisions(f, Query(Mem("c_lotte")), all);
  ASSERT_EQ(lotte.size(), 1u);
  EXPECT_EQ(lotte[0].views.size(), 1u);
  // A parent without custody reads no decisions (the summary only), nor does a network member.
  EXPECT_FALSE(DecideDecisions(f, Query(Mem("m_vader"))).allowed);
  EXPECT_FALSE(DecideDecisions(f, Query(NetworkViewer{"nwm_1"})).allowed);
}

}  // namespace
}  // namespace stip::domain
