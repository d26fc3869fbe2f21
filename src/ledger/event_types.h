// The names of the event types, as constants for code that routes or builds events by name.
// The catalogue itself (each type's chain and payload fields) is the structs in events.h.
#pragma once

#include <string_view>

#include "ledger/events.h"

namespace stip::ledger::types {

// --- system chain ---------------------------------------------------------------------------
inline constexpr std::string_view kOrganisationCreated = events::OrganisationCreated::kType;
inline constexpr std::string_view kTeamCreated = events::TeamCreated::kType;
inline constexpr std::string_view kUserCreated = events::UserCreated::kType;
inline constexpr std::string_view kPasswordSet = events::PasswordSet::kType;
inline constexpr std::string_view kTokenIssued = events::TokenIssued::kType;
inline constexpr std::string_view kTokenRevoked = events::TokenRevoked::kType;
inline constexpr std::string_view kTotpEnrolled = events::TotpEnrolled::kType;
inline constexpr std::string_view kTotpDisabled = events::TotpDisabled::kType;

// --- family chains ---------------------------------------------------------------------------
inline constexpr std::string_view kFamilyCreated = events::FamilyCreated::kType;
inline constexpr std::string_view kMemberAdded = events::MemberAdded::kType;
inline constexpr std::string_view kCustodySet = events::CustodySet::kType;
inline constexpr std::string_view kInvolvementStarted = events::InvolvementStarted::kType;
inline constexpr std::string_view kInvolvementEnded = events::InvolvementEnded::kType;
inline constexpr std::string_view kEntryAdded = events::EntryAdded::kType;
inline constexpr std::string_view kWithholdingDecided = events::WithholdingDecided::kType;
inline constexpr std::string_view kWithholdingRenewed = events::WithholdingRenewed::kType;
inline constexpr std::string_view kWithholdingLifted = events::WithholdingLifted::kType;
inline constexpr std::string_view kObjectionFiled = events::ObjectionFiled::kType;
inline constexpr std::string_view kObjectionAnswered = events::ObjectionAnswered::kType;
inline constexpr std::string_view kReactionAdded = events::ReactionAdded::kType;
inline constexpr std::string_view kCorrectionAnswered = events::CorrectionAnswered::kType;
inline constexpr std::string_view kEntryCorrected = events::EntryCorrected::kType;
inline constexpr std::string_view kAccountInvited = events::AccountInvited::kType;
inline constexpr std::string_view kAccountActivated = events::AccountActivated::kType;
inline constexpr std::string_view kAccountRevoked = events::AccountRevoked::kType;
inline constexpr std::string_view kConsentGiven = events::ConsentGiven::kType;
inline constexpr std::string_view kConsentEnded = events::ConsentEnded::kType;
// Issue 10.
inline constexpr std::string_view kMemberLeft = events::MemberLeft::kType;
inline constexpr std::string_view kBirthDateCorrected = events::BirthDateCorrected::kType;
inline constexpr std::string_view kWithholdingDecidedFor = events::WithholdingDecidedFor::kType;
// Issue 10 items 7 and 8.
inline constexpr std::string_view kTeamLeadSet = events::TeamLeadSet::kType;
inline constexpr std::string_view kDigestSet = events::DigestSet::kType;
inline constexpr std::string_view kAccountMailSet = events::AccountMailSet::kType;
// Issue 10: network members.
inline constexpr std::string_view kNetworkMemberInvited = events::NetworkMemberInvited::kType;
inline constexpr std::string_view kNetworkConsentGiven = events::NetworkConsentGiven::kType;
inline constexpr std::string_view kNetworkConsentChanged = events::NetworkConsentChanged::kType;
inline constexpr std::string_view kNetworkConsentEnded = events::NetworkConsentEnded::kType;
// Issue 10: the handover of the fixed face.
inline constexpr std::string_view kHandoverProposed = events::HandoverProposed::kType;
inline constexpr std::string_view kHandoverAccepted = events::HandoverAccepted::kType;
inline constexpr std::string_view kHandoverDeclined = events::HandoverDeclined::kType;
inline constexpr std::string_view kHandoverWithdrawn = events::HandoverWithdrawn::kType;
// Issue 11: the safety map.
inline constexpr std::string_view kSafetyRoundOpened = events::SafetyRoundOpened::kType;
inline constexpr std::string_view kSafetyDangerAdded = events::SafetyDangerAdded::kType;
inline constexpr std::string_view kSafetyDisagreementAdded = events::SafetyDisagreementAdded::kType;
inline constexpr std::string_view kSafetyStrengthAdded = events::SafetyStrengthAdded::kType;
inline constexpr std::string_view kSafetyGoalAdded = events::SafetyGoalAdded::kType;
inline constexpr std::string_view kSafetyScoreGiven = events::SafetyScoreGiven::kType;
// Issue 11 item 2: the family's own plan first.
inline constexpr std::string_view kPlanOffered = events::PlanOffered::kType;
inline constexpr std::string_view kPlanOfferAnswered = events::PlanOfferAnswered::kType;
inline constexpr std::string_view kPlanVersionWritten = events::PlanVersionWritten::kType;
inline constexpr std::string_view kPlanConditionsSet = events::PlanConditionsSet::kType;
inline constexpr std::string_view kPlanCommented = events::PlanCommented::kType;
// Issue 10 item 4: emergency access.
inline constexpr std::string_view kEmergencyAccessOpened = events::EmergencyAccessOpened::kType;
inline constexpr std::string_view kEmergencyAccessEnded = events::EmergencyAccessEnded::kType;
inline constexpr std::string_view kEmergencyAccessReviewed = events::EmergencyAccessReviewed::kType;
// Issue 11 items 3 and 4: meetings and feedback.
inline constexpr std::string_view kMeetingPlanned = events::MeetingPlanned::kType;
inline constexpr std::string_view kMeetingAgendaAdded = events::MeetingAgendaAdded::kType;
inline constexpr std::string_view kMeetingHeld = events::MeetingHeld::kType;
inline constexpr std::string_view kMeetingChildHeard = events::MeetingChildHeard::kType;
inline constexpr std::string_view kMeetingAgreementAdded = events::MeetingAgreementAdded::kType;
inline constexpr std::string_view kMeetingFeedbackGiven = events::MeetingFeedbackGiven::kType;
inline constexpr std::string_view kMeetingFeedbackChanged = events::MeetingFeedbackChanged::kType;
// Issue 12: decisions and the second opinion.
inline constexpr std::string_view kDecisionDrafted = events::DecisionDrafted::kType;
inline constexpr std::string_view kDecisionRevised = events::DecisionRevised::kType;
inline constexpr std::string_view kDecisionShared = events::DecisionShared::kType;
inline constexpr std::string_view kDecisionViewAdded = events::DecisionViewAdded::kType;
inline constexpr std::string_view kDecisionSecondOpinionGiven =
    events::DecisionSecondOpinionGiven::kType;
inline constexpr std::string_view kDecisionTaken = events::DecisionTaken::kType;
// Issue 12 item 3: court measures.
inline constexpr std::string_view kMeasureRecorded = events::MeasureRecorded::kType;
inline constexpr std::string_view kMeasureExtended = events::MeasureExtended::kType;
inline constexpr std::string_view kMeasureEnded = events::MeasureEnded::kType;
inline constexpr std::string_view kMeasureDeadlineDone = events::MeasureDeadlineDone::kType;
// Issue 11 item 5: the child's own words.
inline constexpr std::string_view kChildVoiceWritten = events::ChildVoiceWritten::kType;
inline constexpr std::string_view kChildVoiceSharingChanged =
    events::ChildVoiceSharingChanged::kType;
inline constexpr std::string_view kChildExplanationWritten = events::ChildExplanationWritten::kType;
// Issue 14 item 3: destruction and the legal hold.
inline constexpr std::string_view kFileDestroyed = events::FileDestroyed::kType;
inline constexpr std::string_view kLegalHoldSet = events::LegalHoldSet::kType;
inline constexpr std::string_view kLegalHoldLifted = events::LegalHoldLifted::kType;
inline constexpr std::string_view kDestructionRequested = events::DestructionRequested::kType;
inline constexpr std::string_view kDestructionAnswered = events::DestructionAnswered::kType;

}  // namespace stip::ledger::types
