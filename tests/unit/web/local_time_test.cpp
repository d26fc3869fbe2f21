// Dutch dates in Europe/Amsterdam time, including both summer-time switches.
#include "web/local_time.h"

#include <gtest/gtest.h>

namespace stip::web {
namespace {

domain::Millis At(const char* iso) { return *domain::ParseTimestamp(iso); }

TEST(LocalTimeTest, WritesDutchDateAndTimeInWinter) {
  EXPECT_EQ(FormatDateTime(At("2026-03-03T13:05:00.000Z"), "nl"), "3 maart 2026, 14:05");
  EXPECT_EQ(IsoLocal(At("2026-03-03T13:05:00.000Z")), "2026-03-03T14:05+01:00");
}

TEST(LocalTimeTest, WritesEnglishWhenAsked) {
  EXPECT_EQ(FormatDateTime(At("2026-03-03T13:05:00.000Z"), "en"), "3 March 2026, 14:05");
}

TEST(LocalTimeTest, SummerTimeIsTwoHoursAhead) {
  EXPECT_EQ(FormatDateTime(At("2026-07-01T12:00:00.000Z"), "nl"), "1 juli 2026, 14:00");
  EXPECT_EQ(IsoLocal(At("2026-07-01T12:00:00.000Z")), "2026-07-01T14:00+02:00");
}

TEST(LocalTimeTest, SpringForwardOnLastSundayOfMarchAtOneUtc) {
  // 29 March 2026 is the last Sunday of March: 02:00 local becomes 03:00.
  EXPECT_FALSE(IsAmsterdamSummerTime(At("2026-03-29T00:59:59.999Z")));
  EXPECT_EQ(FormatDateTime(At("2026-03-29T00:59:00.000Z"), "nl"), "29 maart 2026, 01:59");
  EXPECT_TRUE(IsAmsterdamSummerTime(At("2026-03-29T01:00:00.000Z")));
  EXPECT_EQ(FormatDateTime(At("2026-03-29T01:00:00.000Z"), "nl"), "29 maart 2026, 03:00");
  // A week earlier is still winter time.
  EXPECT_FALSE(IsAmsterdamSummerTime(At("2026-03-22T12:00:00.000Z")));
}

TEST(LocalTimeTest, FallBackOnLastSundayOfOctoberAtOneUtc) {
  // 25 October 2026: 03:00 local becomes 02:00, so 02:30 happens twice.
  EXPECT_EQ(FormatDateTime(At("2026-10-25T00:30:00.000Z"), "nl"), "25 oktober 2026, 02:30");
  EXPECT_EQ(IsoLocal(At("2026-10-25T00:30:00.000Z")), "2026-10-25T02:30+02:00");
  EXPECT_TRUE(IsAmsterdamSummerTime(At("2026-10-25T00:59:59.999Z")));
  EXPECT_FALSE(IsAmsterdamSummerTime(At("2026-10-25T01:00:00.000Z")));
  EXPECT_EQ(FormatDateTime(At("2026-10-25T01:30:00.000Z"), "nl"), "25 oktober 2026, 02:30");
  EXPECT_EQ(IsoLocal(At("2026-10-25T01:30:00.000Z")), "2026-10-25T02:30+01:00");
}

TEST(LocalTimeTest, OtherYearsUseTheirOwnLastSundays) {
  // 2024: 31 March and 27 October.
  EXPECT_FALSE(IsAmsterdamSummerTime(At("2024-03-31T00:59:00.000Z")));
  EXPECT_TRUE(IsAmsterdamSummerTime(At("2024-03-31T01:00:00.000Z")));
  EXPECT_TRUE(IsAmsterdamSummerTime(At("2024-10-27T00:59:00.000Z")));
  EXPECT_FALSE(IsAmsterdamSummerTime(At("2024-10-27T01:00:00.000Z")));
}

TEST(LocalTimeTest, NewYearHappensAnHourEarlierThanInUtc) {
  EXPECT_EQ(FormatDateTime(At("2025-12-31T23:30:00.000Z"), "nl"), "1 januari 2026, 00:30");
  EXPECT_EQ(FormatDateTime(At("2025-12-31T22:59:00.000Z"), "nl"), "31 december 2025, 23:59");
}

TEST(LocalTimeTest, LongDateHasEveryDutchMonth) {
  const char* months[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                          "juli",    "augustus", "september", "oktober", "november", "december"};
  for (int m = 1; m <= 12; ++m) {
    EXPECT_EQ(FormatLongDate({2019, m, 14}, "nl"), "14 " + std::string(months[m - 1]) + " 2019");
  }
}

}  // namespace
}  // namespace stip::web
