// Issue 10: the household and who is involved change after the file is open. Access follows at
// the instant: an ended involvement, a lost custody, a member who left.
#include <gtest/gtest.h>

#include "access_support.h"
#include "domain/household.h"

namespace stip::domain::testing {
namespace {

bool Reads(const Family& f, const AccessQuery& q) {
  return Decide(f, q, Action::kViewEntries).allowed;
}

TEST(HouseholdAccess, AnEndedInvolvementEndsAccessAtTheInstant) {
  Family f = Household();
  const Millis end = Noon(kToday) + 5000;
  f.involvements[1].ended_at = end;  // the duo leaves
  AccessQuery q = Query(Pro("u_duo"));
  q.now = end - 1;
  EXPECT_TRUE(Reads(f, q));
  EXPECT_EQ(AccessRole(f, q), "duo");
  q.now = end;
  EXPECT_EQ(Decide(f, q, Action::kViewFile).reason, Reason::kInvolvementEnded);
  EXPECT_EQ(AccessRole(f, q), "");  // no standing: the app answers 404
}

TEST(HouseholdAccess, LosingCustodyLeavesTheSummaryOnly) {
  Family f = Household();
  const AccessQuery q = Query(Mem("m_moeder"));
  EXPECT_EQ(Decide(f, q, Action::kViewEntries).reason, Reason::kParentWithCustody);
  for (auto& c : f.custody) {
    if (c.parent_id == "m_moeder") c.has_custody = false;
  }
  EXPECT_EQ(Decide(f, q, Action::kViewEntries).reason, Reason::kSummaryOnly);
  EXPECT_EQ(Decide(f, q, Action::kViewSummary).reason, Reason::kSummaryRight);
  // And gaining custody gives full access at once.
  const AccessQuery vader = Query(Mem("m_vader"));
  EXPECT_FALSE(Reads(f, vader));
  f.custody.push_back({"m_vader", "c_noor", true});
  EXPECT_EQ(Decide(f, vader, Action::kViewEntries).reason, Reason::kParentWithCustody);
}

TEST(HouseholdAccess, AMemberWhoLeftNoLongerReadsUnlessCustodyGivesIt) {
  Family f = Household();
  const Date left{2026, 11, 1};
  for (auto& m : f.members) {
    if (m.id == "m_oma" || m.id == "c_sem" || m.id == "m_moeder" || m.id == "m_vader") {
      m.left_on = left;
    }
  }
  EXPECT_EQ(Decide(f, Query(Mem("m_oma")), Action::kViewFile).reason, Reason::kUnknownViewer);
  EXPECT_EQ(AccessRole(f, Query(Mem("c_sem"))), "");
  // Custody does not end by moving out; a legal parent keeps the right to important information.
  EXPECT_EQ(Decide(f, Query(Mem("m_moeder")), Action::kViewEntries).reason,
            Reason::kParentWithCustody);
  EXPECT_EQ(Decide(f, Query(Mem("m_vader")), Action::kViewSummary).reason, Reason::kSummaryRight);
  // The day before they left, they still read.
  EXPECT_TRUE(Reads(f, Query(Mem("m_oma"), Date{2026, 10, 31})));
}

TEST(HouseholdAccess, TheBehaviouralScientistReadsAndWritesButDecidesNothingElse) {
  Family f = Household();
  f.involvements.push_back(
      {"u_gw", InvolvementRole::kSecondOpinion, Noon({2026, 3, 1}), std::nullopt, "tegenspraak"});
  const AccessQuery q = Query(Pro("u_gw"));
  for (Action a :
       {Action::kViewFile, Action::kViewEntries, Action::kViewAccessLog, Action::kAddEntry}) {
    EXPECT_EQ(Decide(f, q, a).reason, Reason::kInvolved) << ToString(a);
  }
  for (Action a : {Action::kWithhold, Action::kInviteMember, Action::kChangeHousehold,
                   Action::kManageInvolvements, Action::kAnswerObjection}) {
    EXPECT_EQ(Decide(f, q, a).reason, Reason::kSecondOpinionAdvises) << ToString(a);
  }
  EXPECT_EQ(Decide(f, q, Action::kReact).reason, Reason::kFamilyOnly);
  EXPECT_EQ(AccessRole(f, q), "second_opinion");
}

std::vector<FieldCode> Codes(const std::vector<FieldError>& errors) {
  std::vector<FieldCode> out;
  for (const auto& e : errors) out.push_back(e.code);
  return out;
}

TEST(HouseholdRules, ANewMemberNeedsNameRoleRealBirthDateAndReason) {
  EXPECT_TRUE(
      CheckNewMember("Sem", MemberRole::kChild, Date{2026, 11, 2}, "geboren", kToday).empty());
  const auto errors = CheckNewMember(" ", std::nullopt, std::nullopt, "", kToday);
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].field, "name");
  EXPECT_EQ(errors[1].code, FieldCode::kNotOneOf);
  EXPECT_EQ(errors[2].code, FieldCode::kNotADate);
  EXPECT_EQ(errors[3].field, "reason");
  EXPECT_EQ(Codes(CheckNewMember("Baby", MemberRole::kChild, Date{2026, 12, 1}, "x", kToday)),
            std::vector{FieldCode::kDateInFuture});
  EXPECT_EQ(Codes(CheckNewMember("Opa", MemberRole::kChild, Date{1950, 1, 1}, "x", kToday)),
            std::vector{FieldCode::kChildTooOld});
}

TEST(HouseholdRules, ADepartureIsOfAMemberStillThereOnARealPastDay) {
  Family f = Household();
  EXPECT_TRUE(CheckDeparture(f, "m_oma", Date{2026, 11, 28}, "verhuisd", kToday).empty());
  EXPECT_EQ(Codes(CheckDeparture(f, "m_niemand", Date{2026, 11, 28}, "x", kToday)),
            std::vector{FieldCode::kNotAMember});
  EXPECT_EQ(Codes(CheckDeparture(f, "m_oma", Date{2026, 12, 28}, "x", kToday)),
            std::vector{FieldCode::kDateInFuture});
  EXPECT_EQ(Codes(CheckDeparture(f, "c_noor", Date{2017, 1, 1}, "x", kToday)),
            std::vector{FieldCode::kDateBeforeStart});
  f.members[2].left_on = Date{2026, 1, 1};
  EXPECT_EQ(Codes(CheckDeparture(f, "m_oma", Date{2026, 11, 28}, "x", kToday)),
            std::vector{FieldCode::kMemberHasLeft});
  EXPECT_EQ(Codes(CheckDeparture(Household(), "m_oma", Date{2026, 11, 28}, "", kToday)),
            std::vector{FieldCode::kRequired});
}

TEST(HouseholdRules, CustodyChangesNameAParentAChildAndThePastRuling) {
  const Family f = Household();
  EXPECT_TRUE(
      CheckCustodyChange(f, "m_vader", "c_noor", Date{2026, 11, 20}, "uitspraak", kToday).empty());
  EXPECT_EQ(Codes(CheckCustodyChange(f, "c_noor", "m_vader", std::nullopt, "x", kToday)),
            (std::vector{FieldCode::kCustodyNeedsParent, FieldCode::kCustodyNeedsChild,
                         FieldCode::kNotADate}));
  EXPECT_EQ(Codes(CheckCustodyChange(f, "m_vader", "c_noor", Date{2027, 1, 1}, "x", kToday)),
            std::vector{FieldCode::kDateInFuture});
}

TEST(HouseholdRules, BirthDateCorrections) {
  const Family f = Household();
  EXPECT_TRUE(CheckBirthDateCorrection(f, "c_noor", Date{2018, 5, 21}, "typfout", kToday).empty());
  EXPECT_EQ(Codes(CheckBirthDateCorrection(f, "c_noor", Date{1990, 1, 1}, "x", kToday)),
            std::vector{FieldCode::kChildTooOld});
  EXPECT_EQ(Codes(CheckBirthDateCorrection(f, "x", Date{2018, 5, 21}, "x", kToday)),
            std::vector{FieldCode::kNotAMember});
}

TEST(HouseholdRules, JoiningAndLeaving) {
  Family f = Household();
  const Team regional{"t_rvt", "org", "RVT", TeamKind::kRegionalSafety, "", ""};
  const Team local{"t_wijk", "org", "Wijkteam", TeamKind::kLocal, "", ""};
  EXPECT_TRUE(
      CheckJoin(f, "u_gw", true, local, InvolvementRole::kSecondOpinion, "tegenspraak").empty());
  EXPECT_EQ(Codes(CheckJoin(f, "u_lead", true, local, InvolvementRole::kSecondOpinion, "x")),
            std::vector{FieldCode::kAlreadyInvolved});
  EXPECT_EQ(Codes(CheckJoin(f, "u_nieuw", true, local, InvolvementRole::kLead, "x")),
            std::vector{FieldCode::kNotOneOf});
  EXPECT_EQ(Codes(CheckJoin(f, "u_nieuw", false, std::nullopt, std::nullopt, "")),
            (std::vector{FieldCode::kUnknownId, FieldCode::kNotOneOf, FieldCode::kRequired}));
  // One duo at a time, from the regional safety team.
  EXPECT_EQ(Codes(CheckJoin(f, "u_nieuw", true, local, InvolvementRole::kDuo, "x")),
            (std::vector{FieldCode::kDuoNotRegionalTeam, FieldCode::kDuoTaken}));
  f.involvements[1].ended_at = Noon(kToday);
  f.involvements[3].ended_at = Noon(kToday);  // the planned duo too: the slot is free
  EXPECT_TRUE(CheckJoin(f, "u_nieuw", true, regional, InvolvementRole::kDuo, "x").empty());
  // The lead changes by a handover; an ended involvement cannot end twice.
  EXPECT_EQ(Codes(CheckLeave(f, "u_lead", "x")), std::vector{FieldCode::kLeadChangesByHandover});
  EXPECT_EQ(Codes(CheckLeave(f, "u_duo", "x")), std::vector{FieldCode::kNotInvolvedHere});
  EXPECT_TRUE(CheckLeave(Household(), "u_duo", "klaar").empty());
  EXPECT_EQ(Codes(CheckLeave(Household(), "u_duo", "")), std::vector{FieldCode::kRequired});
}

}  // namespace
}  // namespace stip::domain::testing
