#include "domain/local_time.h"

#include <chrono>

namespace stip::domain {
namespace {

namespace chr = std::chrono;

constexpr Millis kMinute = 60 * 1000;
constexpr Millis kHour = 60 * kMinute;
constexpr Millis kDay = 24 * kHour;

// 01:00 UTC on the last Sunday of `month` in `year`, in ms since the epoch.
Millis LastSundayOneUtc(int year, unsigned month) {
  const chr::year_month_weekday_last last{chr::year{year}, chr::month{month},
                                          chr::weekday_last{chr::Sunday}};
  const chr::sys_days day{last};
  return static_cast<Millis>(day.time_since_epoch().count()) * kDay + kHour;
}

Millis FloorDiv(Millis a, Millis b) { return a / b - (a % b != 0 && a < 0 ? 1 : 0); }

}  // namespace

bool IsAmsterdamSummerTime(Millis t) {
  const int year = DateOf(t).year;
  return t >= LastSundayOneUtc(year, 3) && t < LastSundayOneUtc(year, 10);
}

LocalTime ToAmsterdam(Millis t) {
  LocalTime local;
  local.offset_minutes = IsAmsterdamSummerTime(t) ? 120 : 60;
  const Millis shifted = t + local.offset_minutes * kMinute;
  local.date = DateOf(shifted);
  const Millis of_day = shifted - FloorDiv(shifted, kDay) * kDay;
  local.hour = static_cast<int>(of_day / kHour);
  local.minute = static_cast<int>(of_day / kMinute % 60);
  return local;
}

}  // namespace stip::domain
