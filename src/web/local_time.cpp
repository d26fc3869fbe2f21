#include "web/local_time.h"

#include <array>
#include <cstdio>

namespace stip::web {
namespace {

constexpr std::array<std::string_view, 12> kMonthsNl = {
    "januari", "februari", "maart",     "april",   "mei",      "juni",
    "juli",    "augustus", "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthsEn = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

}  // namespace

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
