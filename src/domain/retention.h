// Retention and destruction of a family file (issue 14 item 3; ../shared/LEGAL_FACTS.md):
// the regime that applies and the first day the file may be destroyed, computed from what the
// file holds. Pure: the app gathers the facts from the projections.
//
// - Youth care file (Jeugdwet 7.3.8): 20 years after help ends. Help ends when no professional
//   is involved any more (the last involvement.ended); while help goes on the date is not known
//   yet, and the file says "not before 20 years after its newest event".
// - The safety-team part (regional safety team / Veilig Thuis involved): also not before the
//   youngest child is 18.
// - OTS and guardianship (a measure of kind ots, voorlopige_ots or gezagsbeeindiging): 30 years
//   after the 18th birthday of each child concerned.
// The latest date wins for the whole file. A date N years after 29 February falls on 1 March in
// a year without 29 February (never a day too early; as AgeOn counts birthdays).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/time.h"

namespace stip::domain {

enum class RetentionRegime {
  kYouthCare,        // jeugdhulp: 20 years after help ends
  kSafetyTeam,       // the youngest child 18 counts too
  kChildProtection,  // OTS or guardianship: 30 years after majority
};

// "jeugdhulp", "veiligheidsteam", "jeugdbescherming" (API values).
std::string_view ToString(RetentionRegime regime);

struct RetentionFacts {
  Date last_event;                 // the date of the file's newest event
  std::optional<Date> help_ended;  // when the last professional stopped; none while help goes on
  bool safety_team = false;        // a regional safety team was involved
  std::vector<Date> children;      // birth dates of every child of the household
  std::vector<Date> protected_children;  // birth dates of the children an OTS/guardianship concerns
};

struct Retention {
  RetentionRegime regime = RetentionRegime::kYouthCare;
  Date destroy_from;        // the first day the file may be destroyed
  bool help_ended = false;  // false: destroy_from is a "not before", help has not ended yet
  // Which rule gave destroy_from: "help_ended_20y", "last_event_20y", "youngest_child_18",
  // "child_protection_30y".
  std::string reason;
};

// `date` plus `years`, 29 February landing on 1 March when that year has none.
Date AddYears(const Date& date, int years);

Retention ComputeRetention(const RetentionFacts& facts);

// Whether the file may be destroyed on `today` (not on hold: the caller checks the hold).
inline bool RetentionDue(const Retention& r, const Date& today) {
  return r.help_ended && r.destroy_from <= today;
}

// A legal hold (bewaarplicht) on a file: while it stands nothing of the file is destroyed.
struct LegalHold {
  Millis set_at = 0;
  std::string set_by;
  std::string reason;
};

}  // namespace stip::domain
