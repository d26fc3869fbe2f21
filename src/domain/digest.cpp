#include "domain/digest.h"

#include "domain/local_time.h"

namespace stip::domain {
namespace {

constexpr Millis kDay = 86400000;
constexpr int kHour = 7;  // 07:00 in the Netherlands, before the working day starts

// 07:00 Amsterdam time on `date`, as an instant.
Millis SevenOClock(const Date& date) {
  const Millis midnight_utc = static_cast<Millis>(DaysBetween(Date{1970, 1, 1}, date)) * kDay;
  const Millis winter = midnight_utc + (kHour - 1) * 3600000LL;  // CET = UTC+1
  return IsAmsterdamSummerTime(winter - 3600000LL) ? winter - 3600000LL : winter;
}

}  // namespace

std::string_view ToString(DigestFrequency f) {
  switch (f) {
    case DigestFrequency::kDaily:
      return "daily";
    case DigestFrequency::kWeekly:
      return "weekly";
    case DigestFrequency::kOff:
      return "off";
  }
  return "daily";
}

std::optional<DigestFrequency> ParseDigestFrequency(std::string_view s) {
  if (s == "daily") return DigestFrequency::kDaily;
  if (s == "weekly") return DigestFrequency::kWeekly;
  if (s == "off") return DigestFrequency::kOff;
  return std::nullopt;
}

Millis LastDigestSlot(DigestFrequency f, Millis now) {
  Date day = AmsterdamDate(now);
  if (f == DigestFrequency::kWeekly) {
    // 1970-01-01 was a Thursday: Monday is 0.
    const int weekday = ((DaysBetween(Date{1970, 1, 1}, day) + 3) % 7 + 7) % 7;
    day = AddDays(day, -weekday);
    Millis slot = SevenOClock(day);
    return slot <= now ? slot : SevenOClock(AddDays(day, -7));
  }
  Millis slot = SevenOClock(day);
  return slot <= now ? slot : SevenOClock(AddDays(day, -1));
}

bool DigestDue(DigestFrequency f, std::optional<Millis> last_sent, Millis now) {
  if (f == DigestFrequency::kOff) return false;
  return !last_sent || *last_sent < LastDigestSlot(f, now);
}

}  // namespace stip::domain
