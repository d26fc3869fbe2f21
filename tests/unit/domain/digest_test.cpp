// The digest's schedule (issue 10 item 8): 07:00 in the Netherlands, summer and winter, every
// day or on Mondays; due once per slot; never when off.
#include "domain/digest.h"

#include <gtest/gtest.h>

namespace stip::domain {
namespace {

Millis At(const char* utc) { return *ParseTimestamp(utc); }

TEST(Digest, TheSlotIsSevenInTheMorningInTheNetherlands) {
  // Winter (CET, UTC+1): 07:00 is 06:00 UTC.
  EXPECT_EQ(LastDigestSlot(DigestFrequency::kDaily, At("2026-11-30T06:05:00.000Z")),
            At("2026-11-30T06:00:00.000Z"));
  EXPECT_EQ(LastDigestSlot(DigestFrequency::kDaily, At("2026-11-30T05:55:00.000Z")),
            At("2026-11-29T06:00:00.000Z"));
  // Summer (CEST, UTC+2): 07:00 is 05:00 UTC.
  EXPECT_EQ(LastDigestSlot(DigestFrequency::kDaily, At("2026-07-06T05:10:00.000Z")),
            At("2026-07-06T05:00:00.000Z"));
  EXPECT_EQ(LastDigestSlot(DigestFrequency::kDaily, At("2026-07-06T04:30:00.000Z")),
            At("2026-07-05T05:00:00.000Z"));
}

TEST(Digest, WeeklyIsOnMondays) {
  // Wednesday 2 December 2026 -> Monday 30 November.
  EXPECT_EQ(LastDigestSlot(DigestFrequency::kWeekly, At("2026-12-02T12:00:00.000Z")),
            At("2026-11-30T06:00:00.000Z"));
  // Monday before 07:00 -> the Monday before.
  EXPECT_EQ(LastDigestSlot(DigestFrequency::kWeekly, At("2026-11-30T05:00:00.000Z")),
            At("2026-11-23T06:00:00.000Z"));
}

TEST(Digest, DueOncePerSlotAndNeverWhenOff) {
  const Millis now = At("2026-12-01T09:00:00.000Z");
  EXPECT_TRUE(DigestDue(DigestFrequency::kDaily, std::nullopt, now));
  EXPECT_TRUE(DigestDue(DigestFrequency::kDaily, At("2026-11-30T06:01:00.000Z"), now));
  EXPECT_FALSE(DigestDue(DigestFrequency::kDaily, At("2026-12-01T06:01:00.000Z"), now));
  EXPECT_FALSE(DigestDue(DigestFrequency::kWeekly, At("2026-11-30T06:01:00.000Z"), now));
  EXPECT_FALSE(DigestDue(DigestFrequency::kOff, std::nullopt, now));
  EXPECT_EQ(ParseDigestFrequency("weekly"), DigestFrequency::kWeekly);
  EXPECT_FALSE(ParseDigestFrequency("hourly"));
  EXPECT_EQ(ToString(DigestFrequency::kOff), "off");
}

}  // namespace
}  // namespace stip::domain
