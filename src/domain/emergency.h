// Emergency access (noodtoegang, break the glass; issue 10 item 4): a professional who is not
// involved opens a file with a written reason, read-only and for a limited time; every use waits
// for the judgement of the team lead of the professional's team. Rules only, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/model.h"
#include "domain/reads.h"
#include "domain/time.h"

namespace stip::domain {

// How long a use lasts: `default_hours` unless an operator shortens it; never longer than
// kMaxEmergencyHours, whatever is configured.
inline constexpr int kDefaultEmergencyHours = 24;
inline constexpr int kMaxEmergencyHours = 72;
inline constexpr std::size_t kMaxEmergencyReasonChars = 1000;
inline constexpr std::size_t kMaxEmergencyReviewChars = 2000;

// The team lead's judgement of one use.
enum class EmergencyOutcome { kJustified, kNotJustified };
std::string_view ToString(EmergencyOutcome v);  // "justified" | "not_justified"
std::optional<EmergencyOutcome> ParseEmergencyOutcome(std::string_view s);

// One use of emergency access, as the projection holds it.
struct EmergencyAccess {
  std::string id;  // "nood_..."
  std::string family_id;
  std::int64_t seq = 0;  // ledger position of emergency_access.opened
  std::string user_id;   // the professional who broke the glass
  std::string team_id;   // their team at the time of use: its team lead reviews it
  std::string reason;    // their written reason; the family reads it
  Millis opened_at = 0;
  Millis until = 0;                         // the access ends at this instant at the latest
  std::optional<Millis> ended_at;           // ended early by the professional
  std::optional<EmergencyOutcome> outcome;  // none: waits for review
  std::string review_words;                 // the team lead's words; the family reads them
  std::string reviewed_by;
  Millis reviewed_at = 0;
};

// The instant this use stops giving access (until, or the early end).
Millis EndOf(const EmergencyAccess& use);
// Does this use give access at `now`?
bool IsActive(const EmergencyAccess& use, Millis now);
// The use that gives `user_id` access to the file at `now`, if any.
const EmergencyAccess* ActiveUse(std::span<const EmergencyAccess> uses, std::string_view user_id,
                                 Millis now);

// The length of a use: the configured hours within 1..kMaxEmergencyHours.
Millis EmergencyWindow(int configured_hours);

// Why `user` may not break the glass at all (an administrator, a disabled account, no team of
// a local or regional safety team), or nullopt.
std::optional<Problem> CheckMayBreakGlass(const User& user, const std::optional<Team>& team);
// The written reason: required, one paragraph of at most kMaxEmergencyReasonChars.
std::vector<FieldError> CheckEmergencyReason(const std::string& reason);

// Who judges a use. The team lead of the team the professional was in at the time of use; when
// that lead used the glass themselves, a team lead of another team of the same organisation
// (nobody judges their own use). `teams`: every team; `leads`: every team's lead.
bool MayReview(const EmergencyAccess& use, const User& reviewer, std::span<const Team> teams,
               std::span<const TeamLead> leads);
// The team lead who reviews a use of this team, if the team has one (else: it waits).
std::optional<std::string> LeadOf(std::string_view team_id, std::span<const TeamLead> leads);
// The outcome and words: both required; the words one or more paragraphs.
std::vector<FieldError> CheckEmergencyReview(const std::optional<EmergencyOutcome>& outcome,
                                             const std::string& words);

}  // namespace stip::domain
