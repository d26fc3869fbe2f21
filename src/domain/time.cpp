#include "domain/time.h"

#include <charconv>
#include <cstdio>

namespace stip::domain {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Date CivilFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) { return a / b - (a % b != 0 && (a < 0)); }

}  // namespace

std::optional<Date> ParseDate(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  Date d;
  if (!ParseInt(iso.substr(0, 4), d.year) || !ParseInt(iso.substr(5, 2), d.month) ||
      !ParseInt(iso.substr(8, 2), d.day)) {
    return std::nullopt;
  }
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > DaysInMonth(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

std::string FormatDate(const Date& date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

Date DateOf(Millis t) { return CivilFromDays(FloorDiv(t, 86400000)); }

Date AddDays(const Date& date, int days) {
  return CivilFromDays(DaysFromCivil(date.year, date.month, date.day) + days);
}

int DaysBetween(const Date& from, const Date& to) {
  return static_cast<int>(DaysFromCivil(to.year, to.month, to.day) -
                          DaysFromCivil(from.year, from.month, from.day));
}

int AgeOn(const Date& birth, const Date& on) {
  int age = on.year - birth.year;
  // Someone born on 29 February becomes a year older on 1 March in non-leap years.
  int bm = birth.month, bd = birth.day;
  if (bm == 2 && bd == 29 && !IsLeap(on.year)) {
    bm = 3;
    bd = 1;
  }
  if (on.month < bm || (on.month == bm && on.day < bd)) --age;
  return age;
}

std::string FormatTimestamp(Millis t) {
  const std::int64_t days = FloorDiv(t, 86400000);
  const std::int64_t ms_of_day = t - days * 86400000;
  const Date d = CivilFromDays(days);
  const int h = static_cast<int>(ms_of_day / 3600000);
  const int mi = static_cast<int>(ms_of_day / 60000 % 60);
  const int s = static_cast<int>(ms_of_day / 1000 % 60);
  const int ms = static_cast<int>(ms_of_day % 1000);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year, d.month, d.day, h,
                mi, s, ms);
  return buf;
}

std::optional<Millis> ParseTimestamp(std::string_view iso) {
  // Accepts exactly the form FormatTimestamp writes.
  if (iso.size() != 24 || iso[10] != 'T' || iso[13] != ':' || iso[16] != ':' || iso[19] != '.' ||
      iso[23] != 'Z') {
    return std::nullopt;
  }
  auto date = ParseDate(iso.substr(0, 10));
  int h, mi, s, ms;
  if (!date || !ParseInt(iso.substr(11, 2), h) || !ParseInt(iso.substr(14, 2), mi) ||
      !ParseInt(iso.substr(17, 2), s) || !ParseInt(iso.substr(20, 3), ms) || h > 23 || mi > 59 ||
      s > 59) {
    return std::nullopt;
  }
  return DaysFromCivil(date->year, date->month, date->day) * 86400000 + h * 3600000LL +
         mi * 60000LL + s * 1000LL + ms;
}

}  // namespace stip::domain
