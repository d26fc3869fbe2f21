// Wall-clock time in the Netherlands (Europe/Amsterdam), computed without a time-zone database.
// Ages, review dates and consents are judged on the Dutch calendar date, not the UTC one.
#pragma once

#include "domain/time.h"

namespace stip::domain {

// A wall-clock moment in Amsterdam.
struct LocalTime {
  Date date;
  int hour = 0;
  int minute = 0;
  int offset_minutes = 60;  // 60 in winter (CET), 120 in summer (CEST)
};

// EU rule since 1996: summer time from the last Sunday of March 01:00 UTC to the last Sunday
// of October 01:00 UTC.
bool IsAmsterdamSummerTime(Millis t);
LocalTime ToAmsterdam(Millis t);
inline Date AmsterdamDate(Millis t) { return ToAmsterdam(t).date; }

}  // namespace stip::domain
