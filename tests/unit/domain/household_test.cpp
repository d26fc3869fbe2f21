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
  // A child who left (placed elsewhere) keeps their own access to what is about them; Sem (13)
  // reads as a child of 12+ still (HouseholdEntries below: not what is written after he left).
  EXPECT_EQ(Decide(f, Query(Mem("c_sem")), Action::kViewEntries).reason, Reason::kOwnAccess);
  // Custody does not end by moving out; a legal parent keeps the right to important information.
  EXPECT_EQ(Decide(f, Query(Mem("m_moeder")), Action::kViewEntries).reason,
            Reason::kParentWithCustody);
  EXPECT_EQ(Decide(f, Query(Mem("m_vader")), Action::kViewSummary).reason, Reason::kSummaryRight);
  // The day before they left, they still read.
  EXPECT_TRUE(Reads(f, Query(Mem("m_oma"), Date{2026, 10, 31})));
}

// Entries about the whole household are for who lived in it when they were written.
EntryAudience HouseholdEntry(std::int64_t seq, const Date& written_on) {
  return {"e", {}, std::nullopt, seq, written_on};
}

EntryAudience Preview() { return {"", {}, std::nullopt, 0, std::nullopt}; }

Reason EntryReason(const Family& f, const std::string& member, const EntryAudience& e) {
  return DecideEntry(f, Query(Mem(member)), e, {}).reason;
}

TEST(HouseholdEntries, ANewMemberDoesNotReadWhatWasWrittenAboutTheHouseholdBefore) {
  Family f = Household();
  for (auto& m : f.members) m.joined_seq = m.id == "m_pleeg" ? 40 : 2;  // Kees joined later
  EXPECT_EQ(EntryReason(f, "m_pleeg", HouseholdEntry(39, {2026, 6, 1})),
            Reason::kWrittenBeforeJoining);
  EXPECT_EQ(DecideEntry(f, Query(Mem("m_pleeg")), HouseholdEntry(39, {2026, 6, 1}), {}).visibility,
            Visibility::kNotShown);  // no placeholder: he does not learn it exists
  EXPECT_EQ(EntryReason(f, "m_pleeg", HouseholdEntry(41, {2026, 6, 2})), Reason::kOwnAccess);
  EXPECT_EQ(EntryReason(f, "m_moeder", HouseholdEntry(39, {2026, 6, 1})), Reason::kOwnAccess);
  // What names him he reads, whenever it was written.
  EXPECT_EQ(
      DecideEntry(f, Query(Mem("m_pleeg")), {"e", {"m_pleeg"}, std::nullopt, 3, {}}, {}).reason,
      Reason::kOwnAccess);
  // A preview (not written yet) is as if written now.
  EXPECT_EQ(EntryReason(f, "m_pleeg", Preview()), Reason::kOwnAccess);
  // Who shows in "Wie kan dit lezen?": the reason travels with the reader.
  for (const auto& r :
       EntryReaders(f, Query(Pro("u_lead")), HouseholdEntry(39, {2026, 6, 1}), {})) {
    if (r.member_id == "m_pleeg") {
      EXPECT_EQ(r.reason, Reason::kWrittenBeforeJoining);
    }
  }
}

TEST(HouseholdEntries, WhoLeftReadsWhatIsAboutThemNotTheHouseholdTheyLeft) {
  Family f = Household();
  const Date left{2026, 11, 1};
  for (auto& m : f.members) {
    if (m.id == "m_moeder" || m.id == "c_lotte") m.left_on = left;
  }
  // Written before they left: still theirs.
  EXPECT_EQ(EntryReason(f, "m_moeder", HouseholdEntry(10, {2026, 10, 31})), Reason::kOwnAccess);
  EXPECT_EQ(EntryReason(f, "c_lotte", HouseholdEntry(10, {2026, 10, 31})), Reason::kOwnAccess);
  // About the household from the day they left: not theirs.
  EXPECT_EQ(EntryReason(f, "m_moeder", HouseholdEntry(20, left)), Reason::kWrittenAfterLeaving);
  EXPECT_EQ(EntryReason(f, "c_lotte", HouseholdEntry(20, {2026, 11, 20})),
            Reason::kWrittenAfterLeaving);
  EXPECT_EQ(EntryReason(f, "m_vader", HouseholdEntry(20, {2026, 11, 20})), Reason::kSummaryOnly);
  // About Lotte herself, or (for her mother, who kept custody) about Noor: read.
  EXPECT_EQ(
      DecideEntry(f, Query(Mem("c_lotte")), {"e", {"c_lotte"}, std::nullopt, 20, left}, {}).reason,
      Reason::kOwnAccess);
  EXPECT_EQ(
      DecideEntry(f, Query(Mem("m_moeder")), {"e", {"c_noor"}, std::nullopt, 20, left}, {}).reason,
      Reason::kParentWithCustody);
  // A young person of 16+ who left still manages consent about their own information.
  f.members.push_back({"c_jong", "Jong", MemberRole::kChild, {2008, 1, 1}, left, "kamers", 2});
  EXPECT_TRUE(Decide(f, Query(Mem("c_jong")), Action::kManageConsent).allowed);
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
