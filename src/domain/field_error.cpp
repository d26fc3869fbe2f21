#include "domain/field_error.h"

#include "domain/access.h"
#include "domain/decision.h"
#include "domain/handover.h"
#include "domain/measure.h"
#include "domain/model.h"

namespace stip::domain {
namespace {

// "a, b, c or d", as the English messages have always listed the allowed values.
std::string OneOf(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? " or " : ", ";
    out += values[i];
  }
  return out;
}

template <typename... Enum>
std::vector<std::string> Names(Enum... values) {
  return {std::string(ToString(values))...};
}

}  // namespace

std::string_view FieldCodeName(FieldCode code) {
  using C = FieldCode;
  switch (code) {
    case C::kInvalid:
      return "invalid";
    case C::kRequired:
      return "required";
    case C::kNotUtf8:
      return "not_utf8";
    case C::kControlCharacter:
      return "control_character";
    case C::kTooLong:
      return "too_long";
    case C::kWrongLength:
      return "wrong_length";
    case C::kBadFormat:
      return "bad_format";
    case C::kNotAnEmail:
      return "not_an_email";
    case C::kNotADate:
      return "not_a_date";
    case C::kDateInFuture:
      return "date_in_future";
    case C::kDateNotAfterToday:
      return "date_not_after_today";
    case C::kDateBeforeStart:
      return "date_before_start";
    case C::kNotOneOf:
      return "not_one_of";
    case C::kOutOfRange:
      return "out_of_range";
    case C::kWrongType:
      return "wrong_type";
    case C::kUnknownField:
      return "unknown_field";
    case C::kUnknownId:
      return "unknown_id";
    case C::kDuplicate:
      return "duplicate";
    case C::kAlreadyUsed:
      return "already_used";
    case C::kDoesNotMatch:
      return "does_not_match";
    case C::kTooFew:
      return "too_few";
    case C::kTooMany:
      return "too_many";
    case C::kWrongColumnCount:
      return "wrong_column_count";
    case C::kAgeOverMax:
      return "age_over_max";
    case C::kChildTooOld:
      return "child_too_old";
    case C::kNeedsChild:
      return "needs_child";
    case C::kCustodyNeedsParent:
      return "custody_needs_parent";
    case C::kCustodyNeedsChild:
      return "custody_needs_child";
    case C::kNotAMember:
      return "not_a_member";
    case C::kNotParentOrCarer:
      return "not_parent_or_carer";
    case C::kNotYoungPerson:
      return "not_young_person";
    case C::kNotConcerned:
      return "not_concerned";
    case C::kTooYoungForAccount:
      return "too_young_for_account";
    case C::kLeadNotLocalTeam:
      return "lead_not_local_team";
    case C::kDuoNotRegionalTeam:
      return "duo_not_regional_team";
    case C::kDuoSameAsLead:
      return "duo_same_as_lead";
    case C::kGroundNeedsYoungPerson:
      return "ground_needs_young_person";
    case C::kGroundNeedsChild:
      return "ground_needs_child";
    case C::kInvestigationTooLong:
      return "investigation_too_long";
    case C::kMemberHasLeft:
      return "member_has_left";
    case C::kAlreadyInvolved:
      return "already_involved";
    case C::kNotInvolvedHere:
      return "not_involved_here";
    case C::kLeadChangesByHandover:
      return "lead_changes_by_handover";
    case C::kDuoTaken:
      return "duo_taken";
    case C::kCommonPassword:
      return "common_password";
    case C::kWrongCode:
      return "wrong_code";
    case C::kAdminNotInvolved:
      return "admin_not_involved";
    case C::kAccountDisabled:
      return "account_disabled";
    case C::kNarrowingNeedsReason:
      return "narrowing_needs_reason";
    case C::kNotShareable:
      return "not_shareable";
    case C::kOwnWordsOfChild:
      return "own_words_of_child";
    case C::kWithheldFromMember:
      return "withheld_from_member";
    case C::kHandoverPending:
      return "handover_pending";
  }
  return "";
}

std::vector<std::string_view> FieldCodeParams(FieldCode code) {
  using C = FieldCode;
  switch (code) {
    case C::kTooLong:
      return {"max", "length"};
    case C::kWrongLength:
    case C::kOutOfRange:
      return {"min", "max"};
    case C::kBadFormat:
      return {"format"};
    case C::kDateNotAfterToday:
      return {"today"};
    case C::kDateBeforeStart:
      return {"start"};
    case C::kNotOneOf:
      return {"list", "allowed"};
    case C::kWrongType:
      return {"expected", "actual"};
    case C::kUnknownField:
      return {"allowed"};
    case C::kUnknownId:
      return {"of"};
    case C::kDuplicate:
      return {"line"};
    case C::kTooFew:
      return {"min"};
    case C::kTooMany:
    case C::kAgeOverMax:
    case C::kChildTooOld:
      return {"max"};
    case C::kWrongColumnCount:
      return {"expected"};
    case C::kNotYoungPerson:
    case C::kTooYoungForAccount:
    case C::kGroundNeedsYoungPerson:
      return {"age"};
    case C::kInvestigationTooLong:
      return {"max_days"};
    default:
      return {};
  }
}

std::string_view ValueListName(ValueList list) {
  switch (list) {
    case ValueList::kMemberRole:
      return "member_role";
    case ValueList::kEntryKind:
      return "entry_kind";
    case ValueList::kReactionKind:
      return "reaction_kind";
    case ValueList::kWithholdingGround:
      return "withholding_ground";
    case ValueList::kYesNo:
      return "yes_no";
    case ValueList::kJoinRole:
      return "join_role";
    case ValueList::kDigestFrequency:
      return "digest_frequency";
    case ValueList::kHandoverReason:
      return "handover_reason";
    case ValueList::kOfferOutcome:
      return "offer_outcome";
    case ValueList::kWaiverGround:
      return "waiver_ground";
    case ValueList::kPlanKind:
      return "plan_kind";
    case ValueList::kOwnerKind:
      return "owner_kind";
    case ValueList::kDecisionKind:
      return "decision_kind";
    case ValueList::kVerdict:
      return "verdict";
    case ValueList::kMeasureKind:
      return "measure_kind";
    case ValueList::kShareChoice:
      return "share_choice";
    case ValueList::kWithheldKind:
      return "withheld_kind";
  }
  return "";
}

std::vector<std::string> ValueListValues(ValueList list) {
  switch (list) {
    case ValueList::kMemberRole:
      return Names(MemberRole::kChild, MemberRole::kParent, MemberRole::kCarer,
                   MemberRole::kOtherAdult);
    case ValueList::kEntryKind:
      return Names(EntryKind::kFact, EntryKind::kObservation, EntryKind::kOpinion,
                   EntryKind::kAgreement, EntryKind::kConversationReport);
    case ValueList::kReactionKind:
      return Names(ReactionKind::kUnderstood, ReactionKind::kCorrectionRequest,
                   ReactionKind::kDisagreement, ReactionKind::kOwnStatement);
    case ValueList::kWithholdingGround:
      return Names(WithholdingGround::kProtectsThirdPerson, WithholdingGround::kSeriousHarmToChild,
                   WithholdingGround::kYoungPersonConfidential,
                   WithholdingGround::kRunningInvestigation);
    case ValueList::kYesNo:
      return {"yes", "no"};
    case ValueList::kJoinRole:
      return Names(InvolvementRole::kDuo, InvolvementRole::kSecondOpinion);
    case ValueList::kDigestFrequency:
      return {"daily", "weekly", "off"};
    case ValueList::kHandoverReason:
      return Names(HandoverReason::kFamilyMoved, HandoverReason::kIllnessOrLeave,
                   HandoverReason::kStaffLeaving, HandoverReason::kOtherExpertise,
                   HandoverReason::kFamilyWish, HandoverReason::kOther);
    case ValueList::kOfferOutcome:
      return {"accepted", "declined", "waived"};
    case ValueList::kWaiverGround:
      return {"concrete_threat", "child_interest"};
    case ValueList::kPlanKind:
      return {"family", "safety"};
    case ValueList::kOwnerKind:
      return {"member", "network", "professional"};
    case ValueList::kDecisionKind: {
      std::vector<std::string> out;
      for (const auto k : kAllDecisionKinds) out.emplace_back(ToString(k));
      return out;
    }
    case ValueList::kVerdict:
      return Names(Verdict::kAgree, Verdict::kAgreeWithConditions, Verdict::kDisagree);
    case ValueList::kMeasureKind: {
      std::vector<std::string> out;
      for (const auto k : kAllMeasureKinds) out.emplace_back(ToString(k));
      return out;
    }
    case ValueList::kShareChoice:
      return {"professionals", "parents", "members"};
    case ValueList::kWithheldKind: {
      std::vector<std::string> out;
      for (const auto k : kAllWithheldKinds) out.emplace_back(ToString(k));
      return out;
    }
  }
  return {};
}

const FieldParamValue* FieldError::Param(std::string_view name) const {
  for (const auto& p : params) {
    if (p.name == name) return &p.value;
  }
  return nullptr;
}

Problem Required(std::string message) { return {FieldCode::kRequired, std::move(message), {}}; }

Problem NotOneOf(ValueList list) {
  std::vector<std::string> allowed = ValueListValues(list);
  std::string message = "must be " + OneOf(allowed);
  return {FieldCode::kNotOneOf,
          std::move(message),
          {{"list", std::string(ValueListName(list))}, {"allowed", std::move(allowed)}}};
}

Problem NotADate() { return {FieldCode::kNotADate, "must be a real date as YYYY-MM-DD", {}}; }

Problem DateInFuture() { return {FieldCode::kDateInFuture, "lies in the future", {}}; }

Problem NotAMember() { return {FieldCode::kNotAMember, "is not a member of this family", {}}; }

Problem UnknownId(std::string of) {
  std::string message = "no " + of + " has this id";
  return {FieldCode::kUnknownId, std::move(message), {{"of", std::move(of)}}};
}

}  // namespace stip::domain
