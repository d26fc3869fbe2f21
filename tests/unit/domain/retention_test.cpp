// Issue 14 item 3: the retention dates, around birthdays, 29 February and month ends.
#include <gtest/gtest.h>

#include "domain/retention.h"

namespace stip::domain {
namespace {

Date D(int y, int m, int d) { return {y, m, d}; }

TEST(Retention, AddYearsKeepsTheDayAndMoves29FebruaryTo1March) {
  EXPECT_EQ(AddYears(D(2026, 1, 31), 20), D(2046, 1, 31));
  EXPECT_EQ(AddYears(D(2024, 2, 29), 20), D(2044, 2, 29));  // 2044 is a leap year
  EXPECT_EQ(AddYears(D(2024, 2, 29), 18), D(2042, 3, 1));   // never a day too early
  EXPECT_EQ(AddYears(D(2000, 2, 29), 100), D(2100, 3, 1));  // 2100 is no leap year
  EXPECT_EQ(AddYears(D(2023, 2, 28), 1), D(2024, 2, 28));
  EXPECT_EQ(AddYears(D(2026, 12, 31), 20), D(2046, 12, 31));
}

TEST(Retention, YouthCareIsTwentyYearsAfterHelpEnded) {
  RetentionFacts facts;
  facts.last_event = D(2026, 3, 31);
  facts.help_ended = D(2026, 3, 31);
  facts.children = {D(2015, 6, 1)};
  const Retention r = ComputeRetention(facts);
  EXPECT_EQ(r.regime, RetentionRegime::kYouthCare);
  EXPECT_EQ(r.destroy_from, D(2046, 3, 31));
  EXPECT_TRUE(r.help_ended);
  EXPECT_EQ(r.reason, "help_ended_20y");
  EXPECT_FALSE(RetentionDue(r, D(2046, 3, 30)));
  EXPECT_TRUE(RetentionDue(r, D(2046, 3, 31)));
}

TEST(Retention, WhileHelpGoesOnTheDateIsOnlyANotBeforeAndNeverDue) {
  RetentionFacts facts;
  facts.last_event = D(2026, 12, 7);
  const Retention r = ComputeRetention(facts);
  EXPECT_FALSE(r.help_ended);
  EXPECT_EQ(r.destroy_from, D(2046, 12, 7));
  EXPECT_EQ(r.reason, "last_event_20y");
  EXPECT_FALSE(RetentionDue(r, D(2090, 1, 1)));
}

TEST(Retention, SafetyTeamWaitsForTheYoungestChildToBeEighteen) {
  RetentionFacts facts;
  facts.last_event = D(2026, 1, 10);
  facts.help_ended = D(2026, 1, 10);
  facts.safety_team = true;
  facts.children = {D(2010, 5, 5), D(2026, 1, 1)};  // a newborn: 18 in 2044, before 2046
  Retention r = ComputeRetention(facts);
  EXPECT_EQ(r.regime, RetentionRegime::kSafetyTeam);
  EXPECT_EQ(r.destroy_from, D(2046, 1, 10));  // max(20 y, youngest 18)
  EXPECT_EQ(r.reason, "help_ended_20y");
  // The youngest born 2030-02-28: 18 on 2048-02-28, after the 20 years.
  facts.children = {D(2030, 2, 28)};
  facts.help_ended = D(2026, 1, 10);
  r = ComputeRetention(facts);
  EXPECT_EQ(r.destroy_from, D(2048, 2, 28));
  EXPECT_EQ(r.reason, "youngest_child_18");
  facts.children = {D(2028, 2, 29)};  // 18 in 2046: no 29 February then
  r = ComputeRetention(facts);
  EXPECT_EQ(r.destroy_from, D(2046, 3, 1));
  EXPECT_FALSE(RetentionDue(r, D(2046, 2, 28)));
  EXPECT_TRUE(RetentionDue(r, D(2046, 3, 1)));
}

TEST(Retention, ChildProtectionIsThirtyYearsAfterTheChildsMajority) {
  RetentionFacts facts;
  facts.last_event = D(2027, 6, 30);
  facts.help_ended = D(2027, 6, 30);
  facts.children = {D(2012, 8, 31), D(2016, 2, 29)};
  facts.protected_children = {D(2012, 8, 31)};
  Retention r = ComputeRetention(facts);
  EXPECT_EQ(r.regime, RetentionRegime::kChildProtection);
  EXPECT_EQ(r.destroy_from, D(2060, 8, 31));  // 18 on 2030-08-31, + 30 years
  EXPECT_EQ(r.reason, "child_protection_30y");
  // The latest of the children concerned wins; born 29 February, 48 years later is 2064 (leap).
  facts.protected_children = {D(2012, 8, 31), D(2016, 2, 29)};
  r = ComputeRetention(facts);
  EXPECT_EQ(r.destroy_from, D(2064, 2, 29));
  facts.protected_children = {D(2015, 2, 28)};
  r = ComputeRetention(facts);
  EXPECT_EQ(r.destroy_from, D(2063, 2, 28));
}

TEST(Retention, TheLatestRuleWinsForTheWholeFile) {
  RetentionFacts facts;
  facts.last_event = D(2070, 1, 1);
  facts.help_ended = D(2070, 1, 1);  // help went on for decades
  facts.safety_team = true;
  facts.children = {D(2012, 8, 31)};
  facts.protected_children = {D(2012, 8, 31)};
  const Retention r = ComputeRetention(facts);
  EXPECT_EQ(r.regime, RetentionRegime::kChildProtection);
  EXPECT_EQ(r.destroy_from, D(2090, 1, 1));
  EXPECT_EQ(r.reason, "help_ended_20y");
}

TEST(Retention, RegimeNames) {
  EXPECT_EQ(ToString(RetentionRegime::kYouthCare), "jeugdhulp");
  EXPECT_EQ(ToString(RetentionRegime::kSafetyTeam), "veiligheidsteam");
  EXPECT_EQ(ToString(RetentionRegime::kChildProtection), "jeugdbescherming");
}

}  // namespace
}  // namespace stip::domain
