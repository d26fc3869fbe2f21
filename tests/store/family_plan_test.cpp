// Contract: the family's own plan first (issue 11 item 2) on every engine: the offer and its
// outcome, the versions with their lists, the conditions and the comments are folded as given,
// read back in order, refused when they do not fit (a second offer, a second outcome, a version
// skipped, lists of different lengths, a comment on no version), and rebuilt as they were.
#include <gtest/gtest.h>

#include <boost/json/array.hpp>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
namespace json = boost::json;
using domain::Code;

class FamilyPlanTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
  }

  static ledger::Event Version(const std::string& number, json::object extra = {}) {
    json::object payload{{"version", number},
                         {"kind", "family"},
                         {"member_id", "fam_a_m1"},
                         {"goals", json::array{"Sem gaat elke dag naar school.", "Rust in huis."}},
                         {"action_what", json::array{"Sem wekken"}},
                         {"action_owner_kind", json::array{"network"}},
                         {"action_owner", json::array{"Oma Ria"}},
                         {"action_due_on", json::array{"2026-12-15"}},
                         {"evaluation_on", "2027-01-15"},
                         {"if_not_working", "Dan komen we weer samen."}};
    for (auto& [k, v] : extra) payload[k] = v;
    return Ev("fam_a", types::kPlanVersionWritten, std::move(payload), 5000, "acc_1");
  }
};
STIP_STORE_CONTRACT(FamilyPlanTest);

TEST_P(FamilyPlanTest, ThePlanIsReadBackAsGivenAndSurvivesARebuild) {
  auto empty = store().LoadFamilyPlan("fam_a");
  ASSERT_TRUE(empty) << empty.error().message;
  EXPECT_FALSE(empty->offer);
  AppendOk("fam_a", {Ev("fam_a", types::kPlanOffered,
                        {{"offered_on", "2026-11-20"}, {"words", "Aan tafel gevraagd."}}, 3000)});
  AppendOk(
      "fam_a",
      {Ev("fam_a", types::kPlanOfferAnswered,
          {{"outcome", "accepted"}, {"decided_on", "2026-11-21"}, {"expected_by", "2026-12-20"}},
          4000, kDuo)});
  AppendOk("fam_a", {Version("1")});
  AppendOk("fam_a",
           {Version("2", {{"kind", "safety"},
                          {"rules", json::array{"Niet drinken als de kinderen thuis zijn."}},
                          {"watcher_name", json::array{"Oma Ria"}},
                          {"watcher_reach", json::array{"06 12345678"}},
                          {"warning_signs", json::array{"Sem belt oma laat."}}})});
  AppendOk("fam_a",
           {Ev("fam_a", types::kPlanConditionsSet,
               {{"conditions", json::array{"Geen alcohol in huis.", "School bellen."}}}, 6000),
            Ev("fam_a", types::kPlanCommented,
               {{"id", "pcm_1"}, {"version", "1"}, {"words", "Goed begin."}}, 6000)});
  AppendOk("fam_a", {Ev("fam_a", types::kPlanConditionsSet, json::object{}, 7000)});

  const auto check = [](const domain::FamilyPlan& plan) {
    ASSERT_TRUE(plan.offer);
    EXPECT_EQ(plan.offer->offered_on, (domain::Date{2026, 11, 20}));
    EXPECT_EQ(plan.offer->words, "Aan tafel gevraagd.");
    EXPECT_EQ(plan.offer->offered_by, kLead);
    EXPECT_EQ(plan.offer->outcome, domain::OfferOutcome::kAccepted);
    EXPECT_EQ(plan.offer->expected_by, (domain::Date{2026, 12, 20}));
    EXPECT_EQ(plan.offer->answered_by, kDuo);
    ASSERT_EQ(plan.versions.size(), 2u);
    const auto& v1 = plan.versions[0].content;
    EXPECT_EQ(plan.versions[0].member_id, "fam_a_m1");
    EXPECT_EQ(plan.versions[0].written_by, "acc_1");
    EXPECT_EQ(v1.goals,
              (std::vector<std::string>{"Sem gaat elke dag naar school.", "Rust in huis."}));
    ASSERT_EQ(v1.actions.size(), 1u);
    EXPECT_EQ(v1.actions[0].owner, "Oma Ria");
    EXPECT_EQ(v1.actions[0].owner_kind, domain::OwnerKind::kNetwork);
    EXPECT_EQ(v1.actions[0].due_on, (domain::Date{2026, 12, 15}));
    EXPECT_EQ(v1.evaluation_on, (domain::Date{2027, 1, 15}));
    EXPECT_EQ(v1.if_not_working, "Dan komen we weer samen.");
    const auto& v2 = plan.versions[1].content;
    EXPECT_EQ(v2.kind, domain::PlanKind::kSafety);
    ASSERT_EQ(v2.watchers.size(), 1u);
    EXPECT_EQ(v2.watchers[0].reach, "06 12345678");
    EXPECT_EQ(v2.warning_signs.size(), 1u);
    // Each set of conditions is kept; the last (empty) one holds.
    ASSERT_EQ(plan.conditions.size(), 2u);
    EXPECT_EQ(plan.conditions[0].conditions.size(), 2u);
    EXPECT_TRUE(plan.conditions[1].conditions.empty());
    ASSERT_EQ(plan.comments.size(), 1u);
    EXPECT_EQ(plan.comments[0].version, 1);
    EXPECT_EQ(plan.comments[0].words, "Goed begin.");
  };
  auto plan = store().LoadFamilyPlan("fam_a");
  ASSERT_TRUE(plan) << plan.error().message;
  check(*plan);
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  auto again = store().LoadFamilyPlan("fam_a");
  ASSERT_TRUE(again);
  check(*again);
  EXPECT_FALSE(store().LoadFamilyPlan("fam_none")->offer);
}

TEST_P(FamilyPlanTest, WhatDoesNotFitIsRefusedAndLeavesNoTrace) {
  // An outcome without an offer.
  EXPECT_FALSE(Append("fam_a", store().Head("fam_a")->seq,
                      {Ev("fam_a", types::kPlanOfferAnswered,
                          {{"outcome", "declined"}, {"decided_on", "2026-11-21"}})}));
  AppendOk("fam_a", {Ev("fam_a", types::kPlanOffered, {{"offered_on", "2026-11-20"}})});
  AppendOk("fam_a", {Ev("fam_a", types::kPlanOfferAnswered,
                        {{"outcome", "waived"},
                         {"decided_on", "2026-11-21"},
                         {"ground", "concrete_threat"},
                         {"reason", "Direct gevaar."}})});
  const auto head = store().Head("fam_a")->seq;
  // A second offer, a second outcome, a waiver ground that is not in the law.
  auto twice =
      Append("fam_a", head, {Ev("fam_a", types::kPlanOffered, {{"offered_on", "2026-11-22"}})});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, Code::kAlreadyExists);
  EXPECT_FALSE(Append("fam_a", head,
                      {Ev("fam_a", types::kPlanOfferAnswered,
                          {{"outcome", "declined"}, {"decided_on", "2026-11-21"}})}));
  // A version skipped, lists of different lengths, an unknown member, a date that is not real.
  EXPECT_FALSE(Append("fam_a", head, {Version("2")}));
  EXPECT_FALSE(Append("fam_a", head, {Version("1", {{"action_owner", json::array{}}})}));
  EXPECT_FALSE(Append("fam_a", head, {Version("1", {{"member_id", "fam_a_m9"}})}));
  EXPECT_FALSE(Append("fam_a", head, {Version("1", {{"evaluation_on", "2027-02-30"}})}));
  // A comment on a version that is not there.
  EXPECT_FALSE(Append(
      "fam_a", head,
      {Ev("fam_a", types::kPlanCommented, {{"id", "pcm_1"}, {"version", "1"}, {"words", "x"}})}));
  EXPECT_EQ(store().Head("fam_a")->seq, head);
  auto plan = store().LoadFamilyPlan("fam_a");
  ASSERT_TRUE(plan);
  EXPECT_EQ(plan->offer->outcome, domain::OfferOutcome::kWaived);
  EXPECT_EQ(plan->offer->ground, domain::WaiverGround::kConcreteThreat);
  EXPECT_TRUE(plan->versions.empty());
  EXPECT_TRUE(plan->comments.empty());
}

}  // namespace
}  // namespace stip::store::testing
