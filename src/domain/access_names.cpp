// Stable names of the access engine's enums (logs, events, JSON) and the plain-Dutch text of
// the withholding grounds. Kept apart from the rules in access.cpp so each file stays small.
#include <array>
#include <utility>

#include "domain/access.h"

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

constexpr std::array<std::pair<Action, std::string_view>, 19> kActions{{
    {Action::kViewFile, "view_file"},
    {Action::kViewSummary, "view_summary"},
    {Action::kViewEntries, "view_entries"},
    {Action::kViewChildView, "view_child_view"},
    {Action::kViewAccessLog, "view_access_log"},
    {Action::kReact, "react"},
    {Action::kRequestCorrection, "request_correction"},
    {Action::kObjectToWithholding, "object_to_withholding"},
    {Action::kDownloadCopy, "download_copy"},
    {Action::kManageConsent, "manage_consent"},
    {Action::kAddEntry, "add_entry"},
    {Action::kAnswerCorrection, "answer_correction"},
    {Action::kWithhold, "withhold"},
    {Action::kAnswerObjection, "answer_objection"},
    {Action::kInviteMember, "invite_member"},
    {Action::kChangeHousehold, "change_household"},
    {Action::kManageInvolvements, "manage_involvements"},
    {Action::kShareWithNetwork, "share_with_network"},
    {Action::kViewShared, "view_shared"},
}};
static_assert(kActions.size() == kAllActions.size(), "every action needs a name");

constexpr std::array<std::pair<Reason, std::string_view>, 29> kReasons{{
    {Reason::kInvolved, "involved"},
    {Reason::kEmergency, "emergency"},
    {Reason::kOwnAccess, "own_access"},
    {Reason::kParentWithCustody, "parent_with_custody"},
    {Reason::kYoungPersonConsent, "young_person_consent"},
    {Reason::kSummaryRight, "summary_right"},
    {Reason::kChildView, "child_view"},
    {Reason::kUnknownViewer, "unknown_viewer"},
    {Reason::kNotInvolved, "not_involved"},
    {Reason::kInvolvementEnded, "involvement_ended"},
    {Reason::kEmergencyNeedsReason, "emergency_needs_reason"},
    {Reason::kEmergencyReadOnly, "emergency_read_only"},
    {Reason::kLeadOnly, "lead_only"},
    {Reason::kProfessionalsOnly, "professionals_only"},
    {Reason::kFamilyOnly, "family_only"},
    {Reason::kUnder12ChildView, "under_12_child_view"},
    {Reason::kSummaryOnly, "summary_only"},
    {Reason::kNotConcerned, "not_concerned"},
    {Reason::kWrittenBeforeJoining, "written_before_joining"},
    {Reason::kWrittenAfterLeaving, "written_after_leaving"},
    {Reason::kYoungPersonsOwnInformation, "young_persons_own_information"},
    {Reason::kWithheld, "withheld"},
    {Reason::kUnder16CannotConsent, "under_16_cannot_consent"},
    {Reason::kNotTheYoungPerson, "not_the_young_person"},
    {Reason::kDecidedItYourself, "decided_it_yourself"},
    {Reason::kSecondOpinionAdvises, "second_opinion_advises"},
    {Reason::kNetworkConsent, "network_consent"},
    {Reason::kSharedOnly, "shared_only"},
    {Reason::kCannotShare, "cannot_share"},
}};

constexpr std::array<std::pair<WithholdingGround, std::string_view>, 4> kGrounds{{
    {WithholdingGround::kProtectsThirdPerson, "protects_third_person"},
    {WithholdingGround::kSeriousHarmToChild, "serious_harm_to_child"},
    {WithholdingGround::kYoungPersonConfidential, "young_person_confidential"},
    {WithholdingGround::kRunningInvestigation, "running_investigation"},
}};

constexpr std::array<std::pair<Visibility, std::string_view>, 3> kVisibilities{{
    {Visibility::kVisible, "visible"},
    {Visibility::kWithheld, "withheld"},
    {Visibility::kNotShown, "not_shown"},
}};

constexpr std::array<std::pair<WithheldKind, std::string_view>, 6> kWithheldKinds{{
    {WithheldKind::kEntry, "entry"},
    {WithheldKind::kSafetyMapItem, "safety_map_item"},
    {WithheldKind::kPlanComment, "plan_comment"},
    {WithheldKind::kPlanConditions, "plan_conditions"},
    {WithheldKind::kMeetingAgreement, "meeting_agreement"},
    {WithheldKind::kChildVoice, "child_voice"},
}};

// Written for the person who cannot read the entry (B1): what the ground means for them.
constexpr std::array<std::pair<WithholdingGround, std::string_view>, 4> kGroundTexts{{
    {WithholdingGround::kProtectsThirdPerson,
     "In dit stuk staat iets over iemand anders. Om die persoon te beschermen, kunt u het nu "
     "niet lezen. Bijvoorbeeld omdat erin staat wie zich zorgen maakte."},
    {WithholdingGround::kSeriousHarmToChild,
     "Als u dit stuk nu leest, kan dat het kind veel schade doen. Daarom kunt u het nu niet "
     "lezen."},
    {WithholdingGround::kYoungPersonConfidential,
     "Dit stuk gaat over een jongere van 16 jaar of ouder. De jongere beslist zelf wie dit "
     "mag lezen."},
    {WithholdingGround::kRunningInvestigation,
     "Er loopt nog een onderzoek. Tot het onderzoek klaar is, kunt u dit stuk niet lezen. Dat "
     "duurt nooit lang: er is een vaste grens."},
}};

}  // namespace

std::string_view ToString(Action v) { return NameOf(kActions, v); }
std::string_view ToString(Reason v) { return NameOf(kReasons, v); }
std::string_view ToString(WithholdingGround v) { return NameOf(kGrounds, v); }
std::string_view ToString(Visibility v) { return NameOf(kVisibilities, v); }
std::string_view ToString(WithheldKind v) { return NameOf(kWithheldKinds, v); }
std::optional<WithheldKind> ParseWithheldKind(std::string_view s) {
  return ValueOf(kWithheldKinds, s);
}
std::optional<Action> ParseAction(std::string_view s) { return ValueOf(kActions, s); }
std::optional<WithholdingGround> ParseWithholdingGround(std::string_view s) {
  return ValueOf(kGrounds, s);
}
std::string_view GroundExplanation(WithholdingGround v) { return NameOf(kGroundTexts, v); }

}  // namespace stip::domain
