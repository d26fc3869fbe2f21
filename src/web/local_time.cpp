#include "web/local_time.h"

#include <array>
#include <chrono>
#include <cstdio>

namespace stip::web {
namespace {

namespace chr = std::chrono;

constexpr std::array<std::string_view, 12> kMonthsNl = {
    "januari", "februari", "maart",     "april",   "mei",      "juni",
    "juli",    "augustus", "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthsEn = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

constexpr domain::Millis kMinute = 60 * 1000;
constexpr domain::Millis kHour = 60 * kMinute;
constexpr domain::Millis kDay = 24 * kHour;

// 01:00 UTC on the last Sunday of `month` in `year`, in ms since the epoch.
domain::Millis LastSundayOneUtc(int year, unsigned month) {
  const chr::year_month_weekday_last last{chr::year{year}, chr::month{month},
                                          chr::weekday_last{chr::Sunday}};
  const chr::sys_days day{last};
  return static_cast<domain::Millis>(day.time_since_epoch().count()) * kDay + kHour;
}

domain::Millis FloorDiv(domain::Millis a, domain::Millis b) {
  return a / b - (a % b != 0 && a < 0 ? 1 : 0);
}

}  // namespace

bool IsAmsterdamSummerTime(domain::Millis t) {
  const int year = domain::DateOf(t).year;
  return t >= LastSundayOneUtc(year, 3) && t < LastSundayOneUtc(year, 10);
}

LocalTime ToAmsterdam(domain::Millis t) {
  LocalTime local;
  local.offset_minutes = IsAmsterdamSummerTime(t) ? 120 : 60;
  const domain::Millis shifted = t + local.offset_minutes * kMinute;
  local.date = domain::DateOf(shifted);
  const domain::Millis of_day = shifted - FloorDiv(shifted, kDay) * kDay;
  local.hour = static_cast<int>(of_day / kHour);
  local.minute = static_cast<int>(of_day / kMinute % 60);
  return local;
}

std::string FormatLongDate(const domain::Date& date, std::string_view locale) {
  if (date.month < 1 || date.month > 12) return domain::FormatDate(date);
  const auto& months = locale == "en" ? kMonthsEn : kMonthsNl;
  return std::to_string(date.day) + " " + std::string(months[date.month - 1]) + " " +
         std::to_string(date.year);
}

std::string FormatClock(const LocalTime& local) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", local.hour % 100, local.minute % 100);
  return buf;
}

std::string FormatDateTime(domain::Millis t, std::string_view locale) {
  const LocalTime local = ToAmsterdam(t);
  return FormatLongDate(local.date, locale) + ", " + FormatClock(local);
}

std::string IsoLocal(domain::Millis t) {
  const LocalTime local = ToAmsterdam(t);
  char offset[8];
  std::snprintf(offset, sizeof offset, "+%02d:00", local.offset_minutes / 60 % 100);
  return domain::FormatDate(local.date) + "T" + FormatClock(local) + offset;
}

}  // namespace stip::web
