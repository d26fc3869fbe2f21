// Dates and times as people in the Netherlands read them: Europe/Amsterdam local time, written
// out in Dutch ("3 maart 2026, 14:05") or English, computed without a time-zone database.
#pragma once

#include <string>
#include <string_view>

#include "domain/time.h"

namespace stip::web {

// A wall-clock moment in Amsterdam.
struct LocalTime {
  domain::Date date;
  int hour = 0;
  int minute = 0;
  int offset_minutes = 60;  // 60 in winter (CET), 120 in summer (CEST)
};

// EU rule since 1996: summer time from the last Sunday of March 01:00 UTC to the last Sunday
// of October 01:00 UTC.
bool IsAmsterdamSummerTime(domain::Millis t);
LocalTime ToAmsterdam(domain::Millis t);

// "3 maart 2026" / "3 March 2026". `locale` is "nl" or "en"; anything else is Dutch.
std::string FormatLongDate(const domain::Date& date, std::string_view locale);
// "14:05"
std::string FormatClock(const LocalTime& local);
// "3 maart 2026, 14:05" / "3 March 2026, 14:05"
std::string FormatDateTime(domain::Millis t, std::string_view locale);
// For <time datetime>: "2026-03-03T14:05+01:00".
std::string IsoLocal(domain::Millis t);

}  // namespace stip::web
