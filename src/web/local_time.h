// Dates and times as people in the Netherlands read them: Europe/Amsterdam local time, written
// out in Dutch ("3 maart 2026, 14:05") or English, computed without a time-zone database.
#pragma once

#include <string>
#include <string_view>

#include "domain/local_time.h"
#include "domain/time.h"

namespace stip::web {

// The Amsterdam time rule itself lives in the domain (ages and reviews need it too).
using domain::IsAmsterdamSummerTime;
using domain::LocalTime;
using domain::ToAmsterdam;

// "3 maart 2026" / "3 March 2026". `locale` is "nl" or "en"; anything else is Dutch.
std::string FormatLongDate(const domain::Date& date, std::string_view locale);
// "14:05"
std::string FormatClock(const LocalTime& local);
// "3 maart 2026, 14:05" / "3 March 2026, 14:05"
std::string FormatDateTime(domain::Millis t, std::string_view locale);
// For <time datetime>: "2026-03-03T14:05+01:00".
std::string IsoLocal(domain::Millis t);

}  // namespace stip::web
