// Issue 10: the handover of the fixed face. Who may be proposed, what the proposal needs, the
// previous lead's access during a warm overlap, and the counts the family sees.
#include <gtest/gtest.h>

#include "access_support.h"
#include "domain/handover.h"
#include "domain/rules.h"

namespace stip::domain::testing {
namespace {

std::vector<FieldCode> Codes(const std::vector<FieldError>& errors) {
  std::vector<FieldCode> out;
  for (const auto& e : errors) out.push_back(e.code);
  return out;
}

Team LocalTeam() { return {"t_wijk", "org", "Wijkteam Noord", TeamKind::kLocal, "", ""}; }
Team SafetyTeam() { return {"t_rvt", "org", "Veiligheidsteam", TeamKind::kRegionalSafety, "", ""}; }

HandoverProposal Good() {
  HandoverProposal p;
  p.to_user_id = "u_new";
  p.to_exists = true;
  p.to_team = LocalTeam();
  p.reason = HandoverReason::kFamilyMoved;
  p.words = "Het gezin woont nu in Zuid.";
  p.warm = true;
  p.meeting_date_text = "2026-12-10";
  return p;
}

TEST(Handover, AGoodProposalPasses) {
  const Family f = Household();
  EXPECT_TRUE(CheckHandover(f, {}, Good(), kToday).empty());
  HandoverProposal cold = Good();
  cold.warm = false;
  cold.meeting_date_text = "";
  EXPECT_TRUE(CheckHandover(f, {}, cold, kToday).empty());
}

TEST(Handover, TheNewLeadIsAnUninvolvedLocalColleague) {
  const Family f = Household();
  HandoverProposal p = Good();
  p.to_user_id = "";
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kRequired});
  p = Good();
  p.to_exists = false;
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kUnknownId});
  p = Good();
  p.to_user_id = "u_duo";  // involved already (as is the lead themself)
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kAlreadyInvolved});
  p.to_user_id = "u_lead";
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kAlreadyInvolved});
  p = Good();
  p.to_team = SafetyTeam();
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kLeadNotLocalTeam});
  p = Good();
  p.barred = Problem{FieldCode::kAccountDisabled, "disabled", {}};
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kAccountDisabled});
  // A former lead whose involvement ended may come back.
  p = Good();
  p.to_user_id = "u_oud";
  EXPECT_TRUE(CheckHandover(f, {}, p, kToday).empty());
}

TEST(Handover, EveryFieldSaysWhatIsWrong) {
  const Family f = Household();
  HandoverProposal p = Good();
  p.reason = std::nullopt;
  p.words = " ";
  p.warm = std::nullopt;
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)),
            (std::vector{FieldCode::kNotOneOf, FieldCode::kRequired, FieldCode::kRequired}));
  p = Good();
  p.meeting_date_text = "";
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kRequired});
  p.meeting_date_text = "2026-02-30";
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kNotADate});
  p.meeting_date_text = "2026-11-28";  // yesterday
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kDateBeforeStart});
  p.meeting_date_text = "2026-11-29";  // today is fine
  EXPECT_TRUE(CheckHandover(f, {}, p, kToday).empty());
  p.warm = false;  // a cold handover has no joint meeting
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kDoesNotMatch});
  p = Good();
  p.words = std::string(kMaxHandoverWordsChars + 1, 'a');
  EXPECT_EQ(Codes(CheckHandover(f, {}, p, kToday)), std::vector{FieldCode::kTooLong});
}

TEST(Handover, OneProposalWaitsAtATime) {
  const Family f = Household();
  Handover waiting;
  waiting.id = "hov_1";
  waiting.status = HandoverStatus::kProposed;
  std::vector<Handover> all{waiting};
  EXPECT_EQ(Codes(CheckHandover(f, all, Good(), kToday)), std::vector{FieldCode::kHandoverPending});
  all[0].status = HandoverStatus::kDeclined;
  EXPECT_TRUE(CheckHandover(f, all, Good(), kToday).empty());
  EXPECT_EQ(PendingHandover(all), nullptr);
  EXPECT_EQ(Codes(CheckHandoverAnswer("")), std::vector{FieldCode::kRequired});
  EXPECT_TRUE(CheckHandoverAnswer("Mijn caseload is vol.").empty());
}

TEST(Handover, NamesAreStable) {
  for (const auto r : kAllHandoverReasons) EXPECT_EQ(ParseHandoverReason(ToString(r)), r);
  EXPECT_EQ(ToString(HandoverReason::kIllnessOrLeave), "illness_or_leave");
  EXPECT_EQ(ParseHandoverStatus("withdrawn"), HandoverStatus::kWithdrawn);
  EXPECT_EQ(ToString(InvolvementRole::kPreviousLead), "previous_lead");
  EXPECT_EQ(ParseInvolvementRole("previous_lead"), InvolvementRole::kPreviousLead);
}

TEST(Handover, ThePreviousLeadReadsAndWritesButNoLongerRunsTheFile) {
  Family f = Household();
  f.involvements[0].role = InvolvementRole::kPreviousLead;  // a warm handover was accepted
  f.involvements.push_back(
      {"u_new", InvolvementRole::kLead, Noon(kToday) - 1000, std::nullopt, "handover"});
  const AccessQuery old_lead = Query(Pro("u_lead"));
  EXPECT_TRUE(Decide(f, old_lead, Action::kViewEntries).allowed);
  EXPECT_TRUE(Decide(f, old_lead, Action::kAddEntry).allowed);
  EXPECT_EQ(Decide(f, old_lead, Action::kManageInvolvements).reason, Reason::kLeadOnly);
  EXPECT_EQ(Decide(f, old_lead, Action::kWithhold).reason, Reason::kLeadOnly);
  EXPECT_EQ(AccessRole(f, old_lead), "previous_lead");
  EXPECT_TRUE(Decide(f, Query(Pro("u_new")), Action::kManageInvolvements).allowed);
  EXPECT_EQ(CurrentLead(f)->user_id, "u_new");
  // When the overlap ends, the old lead has no standing any more: the app answers 404.
  f.involvements[0].ended_at = Noon(kToday);
  EXPECT_EQ(Decide(f, old_lead, Action::kViewFile).reason, Reason::kInvolvementEnded);
}

TEST(Handover, TheFileCountsHandoversAndDaysWithoutALead) {
  Family f = Household();
  f.created_at = Noon({2025, 6, 1});
  const Millis now = Noon(kToday);
  std::vector<Handover> all(3);
  all[0].status = HandoverStatus::kAccepted;
  all[1].status = HandoverStatus::kDeclined;
  all[2].status = HandoverStatus::kAccepted;
  // u_oud led from the opening until 2026-01-05, u_lead from then on: no gap.
  LeadHistory h = LeadHistoryOf(f, all, now);
  EXPECT_EQ(h.handovers, 2);
  EXPECT_EQ(h.days_without_lead, 0);
  // Ten days between the old lead's end and the new lead's start count, and so do the days
  // since the last lead ended.
  f.involvements[0].started_at = Noon({2026, 1, 15});
  h = LeadHistoryOf(f, all, now);
  EXPECT_EQ(h.days_without_lead, 10);
  f.involvements[0].ended_at = now - 3 * 86'400'000LL;
  h = LeadHistoryOf(f, all, now);
  EXPECT_EQ(h.days_without_lead, 13);
}

}  // namespace
}  // namespace stip::domain::testing
