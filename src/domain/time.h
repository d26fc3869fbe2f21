// Time in Stip: milliseconds since the Unix epoch (UTC), dates as YYYY-MM-DD, and an injectable
// Clock so tests can set the time exactly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stip::domain {

using Millis = std::int64_t;  // ms since 1970-01-01T00:00:00Z

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Millis Now() const = 0;
};

// A calendar date without time zone (birth dates).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
};

std::optional<Date> ParseDate(std::string_view iso);  // "2019-03-14"; nullopt when invalid
std::string FormatDate(const Date& date);             // "2019-03-14"
Date DateOf(Millis t);                                // UTC calendar date of an instant
int AgeOn(const Date& birth, const Date& on);         // whole years; 29 Feb birthdays on 1 Mar
Date AddDays(const Date& date, int days);             // calendar arithmetic (negative: back)
int DaysBetween(const Date& from, const Date& to);    // to - from in days
std::string FormatTimestamp(Millis t);                // "2026-11-29T15:20:29.123Z"
std::optional<Millis> ParseTimestamp(std::string_view iso);  // inverse of FormatTimestamp

}  // namespace stip::domain
