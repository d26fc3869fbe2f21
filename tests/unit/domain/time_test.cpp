#include "domain/time.h"

#include <gtest/gtest.h>

namespace stip::domain {
namespace {

TEST(Date, ParsesAndFormatsRealDates) {
  auto d = ParseDate("2019-03-14");
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, (Date{2019, 3, 14}));
  EXPECT_EQ(FormatDate(*d), "2019-03-14");
  EXPECT_TRUE(ParseDate("2024-02-29"));
}

TEST(Date, RejectsWhatIsNotADate) {
  for (const char* bad : {"2023-02-29", "2019-13-01", "2019-00-10", "2019-1-01", "19-01-01",
                          "2019/01/01", "", "2019-01-32", "abcd-ef-gh", "1850-01-01"}) {
    EXPECT_FALSE(ParseDate(bad)) << bad;
  }
}

TEST(Age, CountsWholeYearsAndTurnsOnTheBirthday) {
  const Date birth{2014, 6, 15};
  EXPECT_EQ(AgeOn(birth, {2026, 6, 14}), 11);
  EXPECT_EQ(AgeOn(birth, {2026, 6, 15}), 12);  // the day access rules change
  EXPECT_EQ(AgeOn(birth, {2030, 6, 15}), 16);
}

TEST(Age, LeapDayBirthdaysCountOnFirstOfMarchInOtherYears) {
  const Date birth{2012, 2, 29};
  EXPECT_EQ(AgeOn(birth, {2024, 2, 28}), 11);
  EXPECT_EQ(AgeOn(birth, {2024, 2, 29}), 12);
  EXPECT_EQ(AgeOn(birth, {2025, 2, 28}), 12);
  EXPECT_EQ(AgeOn(birth, {2025, 3, 1}), 13);
}

TEST(Timestamp, RoundTripsAndIsUtc) {
  EXPECT_EQ(FormatTimestamp(0), "1970-01-01T00:00:00.000Z");
  const Millis t = 1795964829123;  // 2026-11-29T15:07:09.123Z
  EXPECT_EQ(FormatTimestamp(t), "2026-11-29T15:07:09.123Z");
  EXPECT_EQ(ParseTimestamp(FormatTimestamp(t)), t);
  EXPECT_EQ(DateOf(t), (Date{2026, 11, 29}));
  EXPECT_FALSE(ParseTimestamp("2026-11-29 15:07:09"));
}

}  // namespace
}  // namespace stip::domain
