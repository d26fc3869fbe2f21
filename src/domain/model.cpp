#include "domain/model.h"

#include <array>
#include <utility>

namespace stip::domain {
namespace {

template <typename E, std::size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E v) {
  for (const auto& [value, name] : table) {
    if (value == v) return name;
  }
  return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> ValueOf(const std::array<std::pair<E, std::string_view>, N>& table,
                         std::string_view s) {
  for (const auto& [value, name] : table) {
    if (name == s) return value;
  }
  return std::nullopt;
}

constexpr std::array<std::pair<TeamKind, std::string_view>, 2> kTeamKinds{{
    {TeamKind::kLocal, "local"},
    {TeamKind::kRegionalSafety, "regional_safety"},
}};
constexpr std::array<std::pair<MemberRole, std::string_view>, 4> kMemberRoles{{
    {MemberRole::kChild, "child"},
    {MemberRole::kParent, "parent"},
    {MemberRole::kCarer, "carer"},
    {MemberRole::kOtherAdult, "other_adult"},
}};
constexpr std::array<std::pair<InvolvementRole, std::string_view>, 4> kInvolvementRoles{{
    {InvolvementRole::kLead, "lead"},
    {InvolvementRole::kDuo, "duo"},
    {InvolvementRole::kSecondOpinion, "second_opinion"},
    {InvolvementRole::kPreviousLead, "previous_lead"},
}};
constexpr std::array<std::pair<EntryKind, std::string_view>, 5> kEntryKinds{{
    {EntryKind::kFact, "fact"},
    {EntryKind::kObservation, "observation"},
    {EntryKind::kOpinion, "opinion"},
    {EntryKind::kAgreement, "agreement"},
    {EntryKind::kConversationReport, "conversation_report"},
}};

constexpr std::array<std::pair<ReactionKind, std::string_view>, 4> kReactionKinds{{
    {ReactionKind::kUnderstood, "understood"},
    {ReactionKind::kCorrectionRequest, "correction_request"},
    {ReactionKind::kDisagreement, "disagreement"},
    {ReactionKind::kOwnStatement, "own_statement"},
}};
constexpr std::array<std::pair<RequestStatus, std::string_view>, 3> kRequestStatuses{{
    {RequestStatus::kOpen, "open"},
    {RequestStatus::kAccepted, "accepted"},
    {RequestStatus::kRejected, "rejected"},
}};

}  // namespace

std::string_view ToString(ReactionKind v) { return NameOf(kReactionKinds, v); }
std::optional<ReactionKind> ParseReactionKind(std::string_view s) {
  return ValueOf(kReactionKinds, s);
}
std::string_view ToString(RequestStatus v) { return NameOf(kRequestStatuses, v); }
std::optional<RequestStatus> ParseRequestStatus(std::string_view s) {
  return ValueOf(kRequestStatuses, s);
}

std::string_view ToString(TeamKind v) { return NameOf(kTeamKinds, v); }
std::string_view ToString(MemberRole v) { return NameOf(kMemberRoles, v); }
std::string_view ToString(InvolvementRole v) { return NameOf(kInvolvementRoles, v); }
std::string_view ToString(EntryKind v) { return NameOf(kEntryKinds, v); }
std::optional<TeamKind> ParseTeamKind(std::string_view s) { return ValueOf(kTeamKinds, s); }
std::optional<MemberRole> ParseMemberRole(std::string_view s) { return ValueOf(kMemberRoles, s); }
std::optional<InvolvementRole> ParseInvolvementRole(std::string_view s) {
  return ValueOf(kInvolvementRoles, s);
}
std::optional<EntryKind> ParseEntryKind(std::string_view s) { return ValueOf(kEntryKinds, s); }

}  // namespace stip::domain
