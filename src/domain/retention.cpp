#include "domain/retention.h"

#include <algorithm>

namespace stip::domain {

std::string_view ToString(RetentionRegime regime) {
  switch (regime) {
    case RetentionRegime::kYouthCare:
      return "jeugdhulp";
    case RetentionRegime::kSafetyTeam:
      return "veiligheidsteam";
    case RetentionRegime::kChildProtection:
      return "jeugdbescherming";
  }
  return "jeugdhulp";
}

namespace {

bool Leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

Date AddYears(const Date& date, int years) {
  Date out{date.year + years, date.month, date.day};
  if (out.month == 2 && out.day == 29 && !Leap(out.year)) out = {out.year, 3, 1};
  return out;
}

Retention ComputeRetention(const RetentionFacts& facts) {
  Retention r;
  r.help_ended = facts.help_ended.has_value();
  r.destroy_from = AddYears(facts.help_ended.value_or(facts.last_event), 20);
  r.reason = r.help_ended ? "help_ended_20y" : "last_event_20y";
  if (facts.safety_team) {
    r.regime = RetentionRegime::kSafetyTeam;
    if (!facts.children.empty()) {
      const Date youngest = *std::max_element(facts.children.begin(), facts.children.end());
      const Date adult = AddYears(youngest, 18);
      if (adult > r.destroy_from) {
        r.destroy_from = adult;
        r.reason = "youngest_child_18";
      }
    }
  }
  if (!facts.protected_children.empty()) {
    r.regime = RetentionRegime::kChildProtection;
    for (const Date& birth : facts.protected_children) {
      const Date until = AddYears(birth, 18 + 30);
      if (until > r.destroy_from) {
        r.destroy_from = until;
        r.reason = "child_protection_30y";
      }
    }
  }
  return r;
}

}  // namespace stip::domain
