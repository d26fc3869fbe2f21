// Emergency access (noodtoegang, issue 10 item 4): how long a use lasts, who may break the
// glass, the written reason, and who judges a use afterwards.
#include "domain/emergency.h"

#include <gtest/gtest.h>

namespace stip::domain {
namespace {

constexpr Millis kHour = 3'600'000;

EmergencyAccess Use(Millis opened_at = 1000, Millis hours = 24) {
  EmergencyAccess use;
  use.id = "nood_1";
  use.family_id = "fam_1";
  use.user_id = "usr_iris";
  use.team_id = "team_oost";
  use.reason = "Melding van de politie vannacht.";
  use.opened_at = opened_at;
  use.until = opened_at + hours * kHour;
  return use;
}

User Professional(std::string id, std::string team) {
  User u;
  u.id = std::move(id);
  u.team_id = std::move(team);
  return u;
}

TEST(EmergencyTest, AUseGivesAccessFromItsOpeningUntilItsEndAndNotAnInstantLonger) {
  const EmergencyAccess use = Use(1000);
  EXPECT_FALSE(IsActive(use, 999));
  EXPECT_TRUE(IsActive(use, 1000));
  EXPECT_TRUE(IsActive(use, use.until - 1));
  EXPECT_FALSE(IsActive(use, use.until)) << "expired at its end";
  EmergencyAccess ended = use;
  ended.ended_at = 5000;
  EXPECT_TRUE(IsActive(ended, 4999));
  EXPECT_FALSE(IsActive(ended, 5000)) << "ended early by the professional";
  EXPECT_EQ(EndOf(ended), 5000);
}

TEST(EmergencyTest, OnlyTheProfessionalsOwnRunningUseCounts) {
  const std::vector<EmergencyAccess> uses{Use(1000)};
  EXPECT_NE(ActiveUse(uses, "usr_iris", 2000), nullptr);
  EXPECT_EQ(ActiveUse(uses, "usr_other", 2000), nullptr);
  EXPECT_EQ(ActiveUse(uses, "usr_iris", 1000 + 24 * kHour), nullptr);
}

TEST(EmergencyTest, TheWindowIsTwentyFourHoursByDefaultAndNeverMoreThanSeventyTwo) {
  EXPECT_EQ(EmergencyWindow(kDefaultEmergencyHours), 24 * kHour);
  EXPECT_EQ(EmergencyWindow(4), 4 * kHour) << "an operator may shorten it";
  EXPECT_EQ(EmergencyWindow(500), 72 * kHour);
  EXPECT_EQ(EmergencyWindow(0), 1 * kHour);
}

TEST(EmergencyTest, AnAdministratorADisabledAccountOrNoTeamMayNotBreakTheGlass) {
  const Team team{"team_oost", "org_1", "Wijkteam", TeamKind::kLocal, "", ""};
  User iris = Professional("usr_iris", "team_oost");
  EXPECT_FALSE(CheckMayBreakGlass(iris, team));
  const Team safety{"team_rvt", "org_2", "RVT", TeamKind::kRegionalSafety, "", ""};
  EXPECT_FALSE(CheckMayBreakGlass(Professional("usr_y", "team_rvt"), safety));
  User admin = iris;
  admin.admin = true;
  EXPECT_EQ(CheckMayBreakGlass(admin, team)->code, FieldCode::kAdminNotInvolved);
  User disabled = iris;
  disabled.disabled = true;
  EXPECT_EQ(CheckMayBreakGlass(disabled, team)->code, FieldCode::kAccountDisabled);
  EXPECT_TRUE(CheckMayBreakGlass(Professional("usr_x", ""), std::nullopt));
}

TEST(EmergencyTest, AWrittenReasonIsRequiredAndOneParagraphAtMost) {
  EXPECT_TRUE(CheckEmergencyReason("Politie belde om 03:00 over Lotte.").empty());
  const auto empty = CheckEmergencyReason("   ");
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty[0].field, "reason");
  EXPECT_EQ(empty[0].code, FieldCode::kRequired);
  const auto long_reason = CheckEmergencyReason(std::string(kMaxEmergencyReasonChars + 1, 'a'));
  ASSERT_EQ(long_reason.size(), 1u);
  EXPECT_EQ(long_reason[0].code, FieldCode::kTooLong);
}

TEST(EmergencyTest, TheLeadOfTheTeamAtTheTimeOfUseJudgesItNobodyElse) {
  const std::vector<Team> teams{{"team_oost", "org_1", "Oost", TeamKind::kLocal, "", ""},
                                {"team_west", "org_1", "West", TeamKind::kLocal, "", ""},
                                {"team_rvt", "org_2", "RVT", TeamKind::kRegionalSafety, "", ""}};
  const std::vector<TeamLead> leads{
      {"team_oost", "usr_karin"}, {"team_west", "usr_wim"}, {"team_rvt", "usr_rob"}};
  const EmergencyAccess use = Use();
  EXPECT_TRUE(MayReview(use, Professional("usr_karin", "team_oost"), teams, leads));
  EXPECT_FALSE(MayReview(use, Professional("usr_wim", "team_west"), teams, leads))
      << "another team's lead";
  EXPECT_FALSE(MayReview(use, Professional("usr_sanne", "team_oost"), teams, leads))
      << "a colleague who leads no team";
  EXPECT_FALSE(MayReview(use, Professional("usr_karin", "team_west"), teams, leads))
      << "a lead who moved to another team";
  User admin = Professional("usr_karin", "team_oost");
  admin.admin = true;
  EXPECT_FALSE(MayReview(use, admin, teams, leads));
  // The team has no lead: the use waits.
  EXPECT_FALSE(MayReview(use, Professional("usr_karin", "team_oost"), teams,
                         std::vector<TeamLead>{{"team_west", "usr_wim"}}));
  EXPECT_EQ(LeadOf("team_oost", std::vector<TeamLead>{{"team_west", "usr_wim"}}), std::nullopt);
}

TEST(EmergencyTest, ALeadsOwnUseIsJudgedByALeadOfAnotherTeamOfTheSameOrganisation) {
  const std::vector<Team> teams{{"team_oost", "org_1", "Oost", TeamKind::kLocal, "", ""},
                                {"team_west", "org_1", "West", TeamKind::kLocal, "", ""},
                                {"team_rvt", "org_2", "RVT", TeamKind::kRegionalSafety, "", ""}};
  const std::vector<TeamLead> leads{
      {"team_oost", "usr_karin"}, {"team_west", "usr_wim"}, {"team_rvt", "usr_rob"}};
  EmergencyAccess own = Use();
  own.user_id = "usr_karin";
  EXPECT_FALSE(MayReview(own, Professional("usr_karin", "team_oost"), teams, leads))
      << "nobody judges their own use";
  EXPECT_TRUE(MayReview(own, Professional("usr_wim", "team_west"), teams, leads));
  EXPECT_FALSE(MayReview(own, Professional("usr_rob", "team_rvt"), teams, leads))
      << "another organisation";
}

TEST(EmergencyTest, AJudgementNeedsAnOutcomeAndWords) {
  EXPECT_TRUE(CheckEmergencyReview(EmergencyOutcome::kJustified, "Terecht: acuut.").empty());
  const auto none = CheckEmergencyReview(std::nullopt, "");
  ASSERT_EQ(none.size(), 2u);
  EXPECT_EQ(none[0].field, "outcome");
  EXPECT_EQ(none[1].field, "words");
  EXPECT_EQ(ParseEmergencyOutcome("not_justified"), EmergencyOutcome::kNotJustified);
  EXPECT_EQ(ParseEmergencyOutcome("maybe"), std::nullopt);
  EXPECT_EQ(ToString(EmergencyOutcome::kJustified), "justified");
}

}  // namespace
}  // namespace stip::domain
