// The family's own plan first (issue 11 item 2): the 6-week term for the professionals' plan
// after a decline or a waiver (Jeugdwet 4.1.3), the outcome of the offer, what a version holds,
// who writes the plan (the family, never a professional), who reads what, and the compare.
#include "domain/family_plan.h"

#include <gtest/gtest.h>

#include "access_support.h"

namespace stip::domain {
namespace {

using testing::Household;
using testing::Mem;
using testing::Pro;
using testing::Query;

PlanOffer Answered(OfferOutcome outcome, Date decided_on) {
  PlanOffer o;
  o.offered_on = {2026, 1, 1};
  o.outcome = outcome;
  o.decided_on = decided_on;
  return o;
}

TEST(FamilyPlan, ADeclineOrAWaiverStartsTheSixWeekTerm) {
  // Six weeks are 42 calendar days, across month ends, a year end and a leap day.
  EXPECT_EQ(ProfessionalPlanDue(Answered(OfferOutcome::kWaived, {2027, 1, 31})),
            (Date{2027, 3, 14}));
  EXPECT_EQ(ProfessionalPlanDue(Answered(OfferOutcome::kWaived, {2028, 1, 31})),
            (Date{2028, 3, 13}));  // 2028 is a leap year
  EXPECT_EQ(ProfessionalPlanDue(Answered(OfferOutcome::kDeclined, {2026, 11, 30})),
            (Date{2027, 1, 11}));
  EXPECT_EQ(ProfessionalPlanDue(Answered(OfferOutcome::kDeclined, {2026, 12, 31})),
            (Date{2027, 2, 11}));
  EXPECT_EQ(ProfessionalPlanDue(Answered(OfferOutcome::kWaived, {2028, 2, 29})),
            (Date{2028, 4, 11}));
  EXPECT_EQ(ProfessionalPlanDue(Answered(OfferOutcome::kWaived, {2026, 4, 30})),
            (Date{2026, 6, 11}));
  // While the family may still make their own plan, no term runs.
  EXPECT_FALSE(ProfessionalPlanDue(Answered(OfferOutcome::kAccepted, {2026, 1, 2})));
  PlanOffer open;
  open.offered_on = {2026, 1, 1};
  EXPECT_FALSE(ProfessionalPlanDue(open));
}

TEST(FamilyPlan, AnOfferIsDatedAndNotInTheFuture) {
  const Date today{2026, 11, 29};
  EXPECT_TRUE(CheckOffer(Date{2026, 11, 29}, "", today).empty());
  EXPECT_EQ(CheckOffer(Date{2026, 11, 30}, "", today).at(0).code, FieldCode::kDateInFuture);
  EXPECT_EQ(CheckOffer(std::nullopt, "", today).at(0).code, FieldCode::kNotADate);
}

TEST(FamilyPlan, EachOutcomeHasWhatItNeeds) {
  const Date today{2026, 11, 29};
  PlanOffer offer;
  offer.offered_on = {2026, 11, 20};
  OfferAnswer accepted{.outcome = OfferOutcome::kAccepted,
                       .outcome_given = true,
                       .decided_on = Date{2026, 11, 21},
                       .decided_on_given = true,
                       .expected_by = Date{2026, 12, 20},
                       .expected_by_given = true};
  EXPECT_TRUE(CheckOfferAnswer(offer, accepted, today).empty());
  // Accepted needs the date the family's plan is expected, not before the answer.
  auto no_date = accepted;
  no_date.expected_by.reset();
  no_date.expected_by_given = false;
  EXPECT_EQ(CheckOfferAnswer(offer, no_date, today).at(0).field, "expected_by");
  auto early = accepted;
  early.expected_by = Date{2026, 11, 1};
  EXPECT_EQ(CheckOfferAnswer(offer, early, today).at(0).code, FieldCode::kDateBeforeStart);
  // An answer before the offer, or in the future.
  auto before = accepted;
  before.decided_on = Date{2026, 11, 19};
  EXPECT_EQ(CheckOfferAnswer(offer, before, today).at(0).field, "decided_on");
  auto future = accepted;
  future.decided_on = Date{2026, 12, 1};
  EXPECT_EQ(CheckOfferAnswer(offer, future, today).at(0).code, FieldCode::kDateInFuture);
  // A waiver needs a stated ground from the law and a reason.
  OfferAnswer waived{.outcome = OfferOutcome::kWaived,
                     .outcome_given = true,
                     .decided_on = Date{2026, 11, 21},
                     .decided_on_given = true};
  const auto errors = CheckOfferAnswer(offer, waived, today);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "ground");
  EXPECT_EQ(errors[1].field, "reason");
  waived.ground_given = true;  // given, but not one of the grounds
  EXPECT_EQ(CheckOfferAnswer(offer, waived, today).at(0).code, FieldCode::kNotOneOf);
  waived.ground = WaiverGround::kConcreteThreat;
  waived.reason = "Er is direct gevaar voor Noor.";
  EXPECT_TRUE(CheckOfferAnswer(offer, waived, today).empty());
  // A decline is the family's own no: no ground, the reason optional.
  OfferAnswer declined{.outcome = OfferOutcome::kDeclined,
                       .outcome_given = true,
                       .decided_on = Date{2026, 11, 21},
                       .decided_on_given = true};
  EXPECT_TRUE(CheckOfferAnswer(offer, declined, today).empty());
  declined.ground = WaiverGround::kChildInterest;
  declined.ground_given = true;
  EXPECT_EQ(CheckOfferAnswer(offer, declined, today).at(0).field, "ground");
  // No outcome at all.
  EXPECT_EQ(CheckOfferAnswer(offer, OfferAnswer{}, today).at(0).code, FieldCode::kRequired);
}

PlanContent APlan() {
  PlanContent c;
  c.goals = {"Sem gaat elke dag naar school."};
  c.actions = {{"Sem wekken om half acht", OwnerKind::kMember, "Sara", {2026, 12, 15}},
               {"Sem ophalen op woensdag", OwnerKind::kNetwork, "Oma Ria", {2026, 12, 16}}};
  c.evaluation_on = Date{2027, 1, 15};
  c.if_not_working = "Dan komen we weer samen.";
  return c;
}

TEST(FamilyPlan, AVersionHasGoalsAndActionsWithAnOwnerAndADate) {
  EXPECT_TRUE(CheckPlanContent(APlan()).empty());
  PlanContent none;
  EXPECT_EQ(CheckPlanContent(none).at(0).field, "goals");
  auto bad = APlan();
  bad.actions[1].owner = "";
  bad.actions[0].due_on = Date{};
  const auto errors = CheckPlanContent(bad);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "actions[0].due_on");
  EXPECT_EQ(errors[1].field, "actions[1].owner");
  // A family plan carries no safety rules; a safety plan needs at least one.
  auto rules = APlan();
  rules.rules = {"Niet drinken als de kinderen thuis zijn."};
  EXPECT_EQ(CheckPlanContent(rules).at(0).field, "rules");
  auto safety = APlan();
  safety.kind = PlanKind::kSafety;
  EXPECT_EQ(CheckPlanContent(safety).at(0).field, "rules");
  safety.rules = {"Niet drinken als de kinderen thuis zijn."};
  safety.watchers = {{"Oma Ria", "06 12345678"}};
  safety.warning_signs = {"Sem belt oma 's avonds laat."};
  EXPECT_TRUE(CheckPlanContent(safety).empty());
  safety.watchers = {{"Oma Ria", ""}};
  EXPECT_EQ(CheckPlanContent(safety).at(0).field, "watchers[0].reach");
}

TEST(FamilyPlan, TheFamilyWritesThePlanAndProfessionalsNever) {
  const auto family = Household();
  // A parent with custody, children of 12 and older.
  for (const char* m : {"m_moeder", "c_sem", "c_lotte", "c_finn"}) {
    EXPECT_TRUE(DecidePlanWriter(family, Query(Mem(m))).allowed) << m;
  }
  // Not a parent without custody, not a child under 12, not another adult.
  EXPECT_FALSE(DecidePlanWriter(family, Query(Mem("m_vader"))).allowed);
  EXPECT_FALSE(DecidePlanWriter(family, Query(Mem("c_noor"))).allowed);
  EXPECT_FALSE(DecidePlanWriter(family, Query(Mem("m_oma"))).allowed);
  // Never a professional, not even the lead; never a network member.
  for (const char* u : {"u_lead", "u_duo", "u_vreemd"}) {
    const auto d = DecidePlanWriter(family, Query(Pro(u)));
    EXPECT_FALSE(d.allowed) << u;
    EXPECT_EQ(d.reason, Reason::kFamilyOnly) << u;
  }
  EXPECT_FALSE(DecidePlanWriter(family, Query(NetworkViewer{"nwm_1"})).allowed);
  // A member who left the household no longer writes it.
  auto moved = family;
  for (auto& m : moved.members) {
    if (m.id == "c_sem") m.left_on = Date{2026, 11, 1};
  }
  EXPECT_FALSE(DecidePlanWriter(moved, Query(Mem("c_sem"))).allowed);
}

TEST(FamilyPlan, TheLeadAndTheDuoManageTheOfferAndProfessionalsComment) {
  const auto family = Household();
  EXPECT_TRUE(DecidePlanManager(family, Query(Pro("u_lead"))).allowed);
  EXPECT_TRUE(DecidePlanManager(family, Query(Pro("u_duo"))).allowed);
  EXPECT_FALSE(DecidePlanManager(family, Query(Pro("u_oud"))).allowed);
  EXPECT_FALSE(DecidePlanManager(family, Query(Mem("m_moeder"))).allowed);
  EXPECT_TRUE(DecidePlanCommenter(family, Query(Pro("u_lead"))).allowed);
  EXPECT_FALSE(DecidePlanCommenter(family, Query(Pro("u_vreemd"))).allowed);
  EXPECT_FALSE(DecidePlanCommenter(family, Query(Mem("m_moeder"))).allowed);
}

TEST(FamilyPlan, ReadByWhoeverReadsTheFileAndWithinTheHouseholdWindow) {
  auto family = Household();
  EXPECT_TRUE(DecidePlanRead(family, Query(Pro("u_lead"))).allowed);
  EXPECT_TRUE(DecidePlanRead(family, Query(Mem("m_moeder"))).allowed);
  EXPECT_TRUE(DecidePlanRead(family, Query(Mem("c_sem"))).allowed);
  EXPECT_FALSE(DecidePlanRead(family, Query(Mem("m_vader"))).allowed);
  EXPECT_FALSE(DecidePlanRead(family, Query(Pro("u_vreemd"))).allowed);
  EXPECT_FALSE(DecidePlanRead(family, Query(NetworkViewer{"nwm_1"})).allowed);
  // Kees (carer) joined at seq 40: he does not read the versions written before.
  for (auto& m : family.members) m.joined_seq = m.id == "m_pleeg" ? 40 : 2;
  FamilyPlan plan;
  const Millis at = testing::Noon({2026, 10, 1});
  plan.versions = {{1, 10, APlan(), "m_moeder", "acc_m", at},
                   {2, 50, APlan(), "m_moeder", "acc_m", at}};
  plan.comments = {{"pcm_1", 11, 1, "Goed plan.", "u_lead", at},
                   {"pcm_2", 51, 2, "Nog beter.", "u_lead", at}};
  const auto kees = VisiblePlan(family, Query(Mem("m_pleeg")), plan);
  ASSERT_EQ(kees.versions.size(), 1u);
  EXPECT_EQ(kees.versions[0].number, 2);
  ASSERT_EQ(kees.comments.size(), 1u);
  EXPECT_EQ(kees.comments[0].id, "pcm_2");
  EXPECT_EQ(VisiblePlan(family, Query(Mem("m_moeder")), plan).versions.size(), 2u);
  EXPECT_EQ(VisiblePlan(family, Query(Pro("u_lead")), plan).versions.size(), 2u);
}

TEST(FamilyPlan, TheCompareShowsWhatWentAndWhatCamePerField) {
  const auto before = APlan();
  auto after = APlan();
  after.goals.push_back("Noor slaapt in haar eigen bed.");
  after.actions[1].owner = "Buurvrouw Els";
  after.evaluation_on = Date{2027, 2, 1};
  const auto changes = ComparePlanVersions(before, after);
  ASSERT_EQ(changes.size(), 8u);
  EXPECT_EQ(changes[0].field, "kind");
  EXPECT_FALSE(changes[0].changed());
  EXPECT_EQ(changes[1].field, "goals");
  EXPECT_TRUE(changes[1].removed.empty());
  EXPECT_EQ(changes[1].added, std::vector<std::string>{"Noor slaapt in haar eigen bed."});
  EXPECT_EQ(changes[2].field, "actions");
  EXPECT_EQ(changes[2].removed,
            std::vector<std::string>{"Sem ophalen op woensdag (Oma Ria, network, 2026-12-16)"});
  EXPECT_EQ(changes[2].added, std::vector<std::string>{
                                  "Sem ophalen op woensdag (Buurvrouw Els, network, 2026-12-16)"});
  EXPECT_EQ(changes[3].removed, std::vector<std::string>{"2027-01-15"});
  EXPECT_EQ(changes[3].added, std::vector<std::string>{"2027-02-01"});
  EXPECT_FALSE(changes[4].changed());
  for (const auto& c : ComparePlanVersions(before, before)) EXPECT_FALSE(c.changed()) << c.field;
}

}  // namespace
}  // namespace stip::domain
