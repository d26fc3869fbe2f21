#include "web/field_errors.h"

#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include "web/messages.h"

namespace stip::web {
namespace {

using domain::FieldCode;
using domain::ValueList;

std::optional<ValueList> ListOf(const domain::FieldError& error) {
  const auto* list = error.Param("list");
  const auto* name = list ? std::get_if<std::string>(list) : nullptr;
  if (!name) return std::nullopt;
  for (const ValueList l : domain::kAllValueLists) {
    if (domain::ValueListName(l) == *name) return l;
  }
  return std::nullopt;
}

// Each list of choices has its own "choose ..." sentence.
std::string_view ChoiceKey(const domain::FieldError& error) {
  const auto list = ListOf(error);
  if (!list) return "fe_not_one_of";
  switch (*list) {
    case ValueList::kMemberRole:
      return "fe_role_invalid";
    case ValueList::kEntryKind:
      return "fe_kind";
    case ValueList::kReactionKind:
      return "fe_reaction_kind";
    case ValueList::kWithholdingGround:
      return "fe_ground";
    case ValueList::kYesNo:
      return "fe_choose_yes_no";
    case ValueList::kJoinRole:
      return "fe_join_role";
    case ValueList::kDigestFrequency:
      return "fe_digest_frequency";
    case ValueList::kHandoverReason:
      return "fe_handover_reason";
    case ValueList::kOfferOutcome:  // issue 11 item 2: the family plan's choices
      return "fe_offer_outcome";
    case ValueList::kWaiverGround:
      return "fe_waiver_ground";
    case ValueList::kPlanKind:
      return "fe_plan_kind";
    case ValueList::kOwnerKind:
      return "fe_owner_kind";
    case ValueList::kDecisionKind:
      return "fe_decision_kind";
    case ValueList::kVerdict:
      return "fe_verdict";
    case ValueList::kMeasureKind:
      return "fe_measure_kind";
    case ValueList::kShareChoice:
      return "fe_share_choice";
    case ValueList::kWithheldKind:
      return "fe_withheld_kind";
  }
  return "fe_not_one_of";
}

std::string ParamText(const domain::FieldParamValue& value) {
  if (const auto* n = std::get_if<std::int64_t>(&value)) return std::to_string(*n);
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  std::string out;
  for (const auto& item : std::get<std::vector<std::string>>(value)) {
    out += (out.empty() ? "" : ", ") + item;
  }
  return out;
}

}  // namespace

std::string_view FieldErrorKey(const domain::FieldError& error) {
  // The few fields with a sentence of their own are matched by their exact path.
  const std::string& field = error.field;
  switch (error.code) {
    case FieldCode::kInvalid:
      return "fe_generic";
    case FieldCode::kRequired:
      return field == "lead_user_id" ? "fe_lead_missing" : "fe_required";
    case FieldCode::kNotUtf8:
    case FieldCode::kControlCharacter:
      return "fe_bad_character";
    case FieldCode::kTooLong:
      return "fe_too_long";
    case FieldCode::kWrongLength:
      return "fe_wrong_length";
    case FieldCode::kBadFormat: {
      // Issue 10 item 6: a BSN that fails the 11-test has a sentence of its own.
      const auto* format = error.Param("format");
      const auto* name = format ? std::get_if<std::string>(format) : nullptr;
      return name && *name == "bsn" ? "fe_bad_format_bsn" : "fe_bad_format";
    }
    case FieldCode::kNotAnEmail:
      return "fe_not_an_email";
    case FieldCode::kNotADate:
      return "fe_date_invalid";
    case FieldCode::kDateInFuture:
      return "fe_date_future";
    case FieldCode::kDateNotAfterToday:
      return "fe_date_after_today";
    case FieldCode::kDateBeforeStart:
      return "fe_date_before_start";
    case FieldCode::kNotOneOf:
      return ChoiceKey(error);
    case FieldCode::kOutOfRange:
      return "fe_out_of_range";
    case FieldCode::kWrongType:
      return "fe_wrong_type";
    case FieldCode::kUnknownField:
      return "fe_unknown_field";
    case FieldCode::kUnknownId: {
      const auto* of = error.Param("of");
      const auto* what = of ? std::get_if<std::string>(of) : nullptr;
      return what && *what == "professional" ? "fe_unknown_person" : "fe_unknown_id";
    }
    case FieldCode::kDuplicate:
      return "fe_duplicate";
    case FieldCode::kAlreadyUsed:
      return "fe_already_used";
    case FieldCode::kDoesNotMatch:
      return "fe_does_not_match";
    case FieldCode::kTooFew:
      return field == "members" ? "fe_members_none" : "fe_too_few";
    case FieldCode::kTooMany:
      return field == "members" ? "fe_members_too_many" : "fe_too_many";
    case FieldCode::kWrongColumnCount:
      return "fe_wrong_column_count";
    case FieldCode::kAgeOverMax:
      return "fe_age_over";
    case FieldCode::kChildTooOld:
      // Issue 12: a measure that would start when a child is 18 already.
      return field == "start" ? "fe_measure_after_eighteen" : "fe_child_too_old";
    case FieldCode::kNeedsChild:
      return "fe_members_no_child";
    case FieldCode::kCustodyNeedsParent:
    case FieldCode::kCustodyNeedsChild:
      return "fe_custody_pair";
    case FieldCode::kNotAMember:
      return "fe_member_choose";
    case FieldCode::kNotParentOrCarer:
      return "fe_not_parent_or_carer";
    case FieldCode::kNotYoungPerson:
      return "fe_not_young_person";
    case FieldCode::kNotConcerned:
      return "fe_not_concerned";
    case FieldCode::kTooYoungForAccount:
      return "fe_too_young_for_account";
    case FieldCode::kLeadNotLocalTeam:
      return "fe_lead_local";
    case FieldCode::kDuoNotRegionalTeam:
      return "fe_duo_regional";
    case FieldCode::kDuoSameAsLead:
      return "fe_duo_same";
    case FieldCode::kGroundNeedsYoungPerson:
      return "fe_ground_young";
    case FieldCode::kGroundNeedsChild:
      return "fe_ground_child";
    case FieldCode::kInvestigationTooLong:
      return "fe_investigation_limit";
    case FieldCode::kMemberHasLeft:
      return "fe_member_has_left";
    case FieldCode::kAlreadyInvolved:
      return "fe_already_involved";
    case FieldCode::kNotInvolvedHere:
      return "fe_not_involved_here";
    case FieldCode::kLeadChangesByHandover:
      return "fe_lead_by_handover";
    case FieldCode::kDuoTaken:
      return "fe_duo_taken";
    case FieldCode::kCommonPassword:
      return "fe_common_password";
    case FieldCode::kWrongCode:
      return "fe_wrong_code";
    case FieldCode::kAdminNotInvolved:
      return "fe_admin_not_involved";
    case FieldCode::kAccountDisabled:
      return "fe_account_disabled";
    case FieldCode::kNarrowingNeedsReason:
      return "fe_narrowing_needs_reason";
    case FieldCode::kNotShareable:  // issue 10: network members
      return "fe_not_shareable";
    case FieldCode::kOwnWordsOfChild:  // issue 11 item 6
      return "fe_own_words_of_child";
    case FieldCode::kWithheldFromMember:
      return "fe_withheld_from_member";
    case FieldCode::kHandoverPending:
      return "fe_handover_pending";
  }
  return "fe_generic";  // a code from a newer app than this front-end: still no English prose
}

std::string LocalizeFieldError(std::string_view locale, std::string_view label,
                               const domain::FieldError& error) {
  std::string_view pattern = Text(locale, FieldErrorKey(error));
  if (pattern == kMissingMessage) pattern = Text(locale, "fe_generic");
  std::vector<std::string> texts;
  texts.reserve(error.params.size());
  for (const auto& param : error.params) texts.push_back(ParamText(param.value));
  std::vector<std::pair<std::string_view, std::string_view>> values{{"label", label}};
  for (std::size_t i = 0; i < texts.size(); ++i)
    values.emplace_back(error.params[i].name, texts[i]);
  return Fill(pattern, values);
}

}  // namespace stip::web
