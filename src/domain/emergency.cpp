#include "domain/emergency.h"

#include <algorithm>

#include "domain/text.h"

namespace stip::domain {

namespace {
constexpr Millis kMillisPerHour = 3'600'000;
}  // namespace

std::string_view ToString(EmergencyOutcome v) {
  return v == EmergencyOutcome::kJustified ? "justified" : "not_justified";
}

std::optional<EmergencyOutcome> ParseEmergencyOutcome(std::string_view s) {
  if (s == "justified") return EmergencyOutcome::kJustified;
  if (s == "not_justified") return EmergencyOutcome::kNotJustified;
  return std::nullopt;
}

Millis EndOf(const EmergencyAccess& use) {
  return use.ended_at ? std::min(*use.ended_at, use.until) : use.until;
}

bool IsActive(const EmergencyAccess& use, Millis now) {
  return use.opened_at <= now && now < EndOf(use);
}

const EmergencyAccess* ActiveUse(std::span<const EmergencyAccess> uses, std::string_view user_id,
                                 Millis now) {
  for (const auto& use : uses) {
    if (use.user_id == user_id && IsActive(use, now)) return &use;
  }
  return nullptr;
}

Millis EmergencyWindow(int configured_hours) {
  return std::clamp(configured_hours, 1, kMaxEmergencyHours) * kMillisPerHour;
}

std::optional<Problem> CheckMayBreakGlass(const User& user, const std::optional<Team>& team) {
  if (user.admin) {
    return Problem{FieldCode::kAdminNotInvolved, "an administrator never opens a family file", {}};
  }
  if (user.disabled) return Problem{FieldCode::kAccountDisabled, "the account is disabled", {}};
  // Both team kinds are the local team and the regional safety team (TeamKind); a professional
  // without a team belongs to neither.
  if (!team) {
    return Problem{FieldCode::kDoesNotMatch,
                   "only a professional of a local or regional safety team may use it",
                   {}};
  }
  return std::nullopt;
}

std::vector<FieldError> CheckEmergencyReason(const std::string& reason) {
  std::vector<FieldError> errors;
  if (auto p = CheckText(reason, kMaxEmergencyReasonChars, true, true)) {
    errors.push_back({"reason", std::move(*p)});
  }
  return errors;
}

std::optional<std::string> LeadOf(std::string_view team_id, std::span<const TeamLead> leads) {
  for (const auto& l : leads) {
    if (l.team_id == team_id && !l.user_id.empty()) return l.user_id;
  }
  return std::nullopt;
}

bool MayReview(const EmergencyAccess& use, const User& reviewer, std::span<const Team> teams,
               std::span<const TeamLead> leads) {
  if (reviewer.admin || reviewer.disabled || reviewer.id == use.user_id) return false;
  // The reviewer leads a team, and is still in it (a lead who moved no longer judges it).
  const auto leads_team = [&](std::string_view team_id) {
    return reviewer.team_id == team_id && LeadOf(team_id, leads) == reviewer.id;
  };
  const auto lead_of_use_team = LeadOf(use.team_id, leads);
  if (lead_of_use_team && *lead_of_use_team != use.user_id) return leads_team(use.team_id);
  // The team has no lead: the use waits for one. The lead used it: a lead of another team of
  // the same organisation judges it.
  if (!lead_of_use_team) return false;
  const auto org_of = [&](std::string_view team_id) -> std::optional<std::string> {
    for (const auto& t : teams) {
      if (t.id == team_id) return t.organisation_id;
    }
    return std::nullopt;
  };
  const auto use_org = org_of(use.team_id);
  return use_org && reviewer.team_id != use.team_id && org_of(reviewer.team_id) == use_org &&
         leads_team(reviewer.team_id);
}

std::vector<FieldError> CheckEmergencyReview(const std::optional<EmergencyOutcome>& outcome,
                                             const std::string& words) {
  std::vector<FieldError> errors;
  if (!outcome) {
    errors.push_back({"outcome", Required("choose justified or not_justified")});
  }
  if (auto p = CheckText(words, kMaxEmergencyReviewChars, true, true)) {
    errors.push_back({"words", std::move(*p)});
  }
  return errors;
}

}  // namespace stip::domain
