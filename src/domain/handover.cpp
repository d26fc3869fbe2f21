#include "domain/handover.h"

#include <algorithm>
#include <array>
#include <utility>

#include "domain/rules.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

constexpr Millis kMillisPerDay = 86'400'000;

constexpr std::array<std::pair<HandoverReason, std::string_view>, 6> kReasons{{
    {HandoverReason::kFamilyMoved, "family_moved"},
    {HandoverReason::kIllnessOrLeave, "illness_or_leave"},
    {HandoverReason::kStaffLeaving, "staff_leaving"},
    {HandoverReason::kOtherExpertise, "other_expertise"},
    {HandoverReason::kFamilyWish, "family_wish"},
    {HandoverReason::kOther, "other"},
}};
constexpr std::array<std::pair<HandoverStatus, std::string_view>, 4> kStatuses{{
    {HandoverStatus::kProposed, "proposed"},
    {HandoverStatus::kAccepted, "accepted"},
    {HandoverStatus::kDeclined, "declined"},
    {HandoverStatus::kWithdrawn, "withdrawn"},
}};

template <typename E, std::size_t N>
std::string_view NameIn(const std::array<std::pair<E, std::string_view>, N>& table, E v) {
  for (const auto& [value, name] : table) {
    if (value == v) return name;
  }
  return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> ValueIn(const std::array<std::pair<E, std::string_view>, N>& table,
                         std::string_view s) {
  for (const auto& [value, name] : table) {
    if (name == s) return value;
  }
  return std::nullopt;
}

void CheckWords(std::vector<FieldError>& out, const std::string& words) {
  if (auto p = CheckText(words, kMaxHandoverWordsChars, true, true)) {
    out.emplace_back("words", std::move(*p));
  }
}

}  // namespace

std::string_view ToString(HandoverReason v) { return NameIn(kReasons, v); }
std::string_view ToString(HandoverStatus v) { return NameIn(kStatuses, v); }
std::optional<HandoverReason> ParseHandoverReason(std::string_view s) {
  return ValueIn(kReasons, s);
}
std::optional<HandoverStatus> ParseHandoverStatus(std::string_view s) {
  return ValueIn(kStatuses, s);
}

const Handover* PendingHandover(std::span<const Handover> handovers) {
  for (const auto& h : handovers) {
    if (h.status == HandoverStatus::kProposed) return &h;
  }
  return nullptr;
}

std::vector<FieldError> CheckHandover(const Family& family, std::span<const Handover> handovers,
                                      const HandoverProposal& p, const Date& today) {
  std::vector<FieldError> errors;
  if (p.to_user_id.empty()) {
    errors.push_back({"to_user_id", Required()});
  } else if (!p.to_exists) {
    errors.push_back({"to_user_id", UnknownId("professional")});
  } else if (p.barred) {
    errors.push_back({"to_user_id", *p.barred});
  } else if (ActiveRole(family, p.to_user_id)) {
    // Also the lead themself, and a previous lead still in a warm overlap.
    errors.push_back(
        {"to_user_id", FieldCode::kAlreadyInvolved, "is involved in this file already"});
  } else if (!p.to_team || p.to_team->kind != TeamKind::kLocal) {
    errors.push_back(
        {"to_user_id", FieldCode::kLeadNotLocalTeam, "the fixed face must belong to a local team"});
  }
  if (PendingHandover(handovers)) {
    errors.push_back({"to_user_id", FieldCode::kHandoverPending,
                      "a handover of this file waits for an answer already"});
  }
  if (!p.reason) errors.push_back({"reason", NotOneOf(ValueList::kHandoverReason)});
  CheckWords(errors, p.words);
  if (!p.warm) {
    errors.push_back({"warm", Required("is required: true (warm, with overlap) or false (cold)")});
  }
  const std::string meeting = Trim(p.meeting_date_text);
  if (p.warm && *p.warm) {
    const auto date = ParseDate(meeting);
    if (meeting.empty()) {
      errors.push_back({"meeting_date", Required("is required for a warm handover")});
    } else if (!date) {
      errors.push_back({"meeting_date", NotADate()});
    } else if (*date < today) {
      errors.push_back({"meeting_date",
                        FieldCode::kDateBeforeStart,
                        "may not lie before today",
                        {{"start", FormatDate(today)}}});
    }
  } else if (p.warm && !meeting.empty()) {
    errors.push_back(
        {"meeting_date", FieldCode::kDoesNotMatch, "only a warm handover has a joint meeting"});
  }
  return errors;
}

std::vector<FieldError> CheckHandoverAnswer(const std::string& words) {
  std::vector<FieldError> errors;
  CheckWords(errors, words);
  return errors;
}

LeadHistory LeadHistoryOf(const Family& family, std::span<const Handover> handovers, Millis now) {
  LeadHistory out;
  out.handovers =
      static_cast<int>(std::count_if(handovers.begin(), handovers.end(), [](const Handover& h) {
        return h.status == HandoverStatus::kAccepted;
      }));
  // The periods someone was the fixed face: lead involvements, and the previous lead's, which
  // was the lead until its handover (the new lead's starts that same instant).
  std::vector<std::pair<Millis, Millis>> covered;
  for (const auto& inv : family.involvements) {
    if (inv.role != InvolvementRole::kLead && inv.role != InvolvementRole::kPreviousLead) continue;
    covered.emplace_back(inv.started_at, inv.ended_at.value_or(now));
  }
  std::sort(covered.begin(), covered.end());
  Millis gap = 0;
  Millis reached = family.created_at;
  for (const auto& [from, to] : covered) {
    if (from > reached) gap += std::min(from, now) - reached;
    reached = std::max(reached, to);
    if (reached >= now) break;
  }
  if (reached < now) gap += now - reached;
  out.days_without_lead = gap / kMillisPerDay;
  return out;
}

}  // namespace stip::domain
