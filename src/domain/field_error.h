// Field errors: which field is wrong, a stable code for what is wrong, its parameters, and an
// English sentence for developers. Front-ends word the code for people (web: Dutch and English).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace stip::domain {

// What is wrong with a field. The names (FieldCodeName) are part of the JSON API: API clients
// and the web front-end match on them, so a code is never renamed or given a new meaning.
// Keep the values dense from zero and in kAllFieldCodes (a test checks both).
enum class FieldCode {
  kInvalid,                 // none of the below; the message says what
  kRequired,                // missing or empty
  kNotUtf8,                 // text that is not valid UTF-8
  kControlCharacter,        // a control character (or a line break in a one-line field)
  kTooLong,                 // params: max, length (characters)
  kWrongLength,             // params: min, max (characters)
  kBadFormat,               // params: format ("username")
  kNotAnEmail,              // not an e-mail address
  kNotADate,                // not a real date as YYYY-MM-DD
  kDateInFuture,            // a date that lies after today
  kDateNotAfterToday,       // params: today (YYYY-MM-DD); the date must lie after it
  kDateBeforeStart,         // params: start (YYYY-MM-DD); the date may not lie before it
  kNotOneOf,                // params: list (ValueListName), allowed (the values)
  kOutOfRange,              // params: min, max (max may be absent): a whole number out of range
  kWrongType,               // params: expected, actual (JSON kinds)
  kUnknownField,            // params: allowed (the field names the object takes)
  kUnknownId,               // params: of ("professional", "team", "organisation")
  kDuplicate,               // listed twice; params: line (optional, the first one)
  kAlreadyUsed,             // taken by someone else (an e-mail address)
  kDoesNotMatch,            // does not match the thing the request is about
  kTooFew,                  // params: min (items)
  kTooMany,                 // params: max (items)
  kWrongColumnCount,        // params: expected (a line of a compiled-in list)
  kAgeOverMax,              // params: max (years): a birth date too far back
  kChildTooOld,             // params: max (years): too old for the role child
  kNeedsChild,              // a family file without a child
  kCustodyNeedsParent,      // custody names someone who is not a parent or carer
  kCustodyNeedsChild,       // custody names someone who is not a child
  kNotAMember,              // not a member of this family
  kNotParentOrCarer,        // a member who is not a parent or carer
  kNotYoungPerson,          // params: age: not a young person of that age or older in this family
  kNotConcerned,            // the entry does not concern this person
  kTooYoungForAccount,      // params: age: a child younger than that has no own account
  kLeadNotLocalTeam,        // the fixed face must come from a local team
  kDuoNotRegionalTeam,      // the duo partner must come from the regional safety team
  kDuoSameAsLead,           // the duo partner must be someone other than the fixed face
  kGroundNeedsYoungPerson,  // params: age: the ground is for information of a young person
  kGroundNeedsChild,        // the ground needs an entry that concerns a child
  kInvestigationTooLong,    // params: max_days: past the limit for a running investigation
  // Issue 10: the household and who is involved change.
  kMemberHasLeft,          // the member has left the household already
  kAlreadyInvolved,        // the professional is involved in this file already
  kNotInvolvedHere,        // the professional has no involvement in this file to end
  kLeadChangesByHandover,  // the lead (vast gezicht) changes by a handover, not by this route
  kDuoTaken,               // the file has a duo partner already
  // Issue 14: accounts with a life cycle.
  kCommonPassword,        // a common password, one built from one, or holding the username
  kAdminNotInvolved,      // an administrator cannot be involved in a family (lead, duo, ...)
  kAccountDisabled,       // the professional's account is disabled
  kNarrowingNeedsReason,  // a third party's protection for fewer than all members, no reason
  // Issue 10: network members.
  kNotShareable,  // an item the giver may not share with a network member (not theirs to share)
  // Issue 10: the handover of the fixed face.
  kHandoverPending,  // a handover of this file waits for an answer already
  // Issue 14 item 2: the second login step.
  kWrongCode,  // a one-time code (TOTP) that is not right now, or was used already
  // Issue 11 item 6: a child's own words are never withheld from that child.
  kOwnWordsOfChild,
  kWithheldFromMember,  // the item is withheld from this member: nothing written for them on it
};

inline constexpr std::array kAllFieldCodes{
    FieldCode::kInvalid,
    FieldCode::kRequired,
    FieldCode::kNotUtf8,
    FieldCode::kControlCharacter,
    FieldCode::kTooLong,
    FieldCode::kWrongLength,
    FieldCode::kBadFormat,
    FieldCode::kNotAnEmail,
    FieldCode::kNotADate,
    FieldCode::kDateInFuture,
    FieldCode::kDateNotAfterToday,
    FieldCode::kDateBeforeStart,
    FieldCode::kNotOneOf,
    FieldCode::kOutOfRange,
    FieldCode::kWrongType,
    FieldCode::kUnknownField,
    FieldCode::kUnknownId,
    FieldCode::kDuplicate,
    FieldCode::kAlreadyUsed,
    FieldCode::kDoesNotMatch,
    FieldCode::kTooFew,
    FieldCode::kTooMany,
    FieldCode::kWrongColumnCount,
    FieldCode::kAgeOverMax,
    FieldCode::kChildTooOld,
    FieldCode::kNeedsChild,
    FieldCode::kCustodyNeedsParent,
    FieldCode::kCustodyNeedsChild,
    FieldCode::kNotAMember,
    FieldCode::kNotParentOrCarer,
    FieldCode::kNotYoungPerson,
    FieldCode::kNotConcerned,
    FieldCode::kTooYoungForAccount,
    FieldCode::kLeadNotLocalTeam,
    FieldCode::kDuoNotRegionalTeam,
    FieldCode::kDuoSameAsLead,
    FieldCode::kGroundNeedsYoungPerson,
    FieldCode::kGroundNeedsChild,
    FieldCode::kInvestigationTooLong,
    FieldCode::kMemberHasLeft,
    FieldCode::kAlreadyInvolved,
    FieldCode::kNotInvolvedHere,
    FieldCode::kLeadChangesByHandover,
    FieldCode::kDuoTaken,
    FieldCode::kCommonPassword,
    FieldCode::kAdminNotInvolved,
    FieldCode::kAccountDisabled,
    FieldCode::kNarrowingNeedsReason,
    FieldCode::kNotShareable,
    FieldCode::kHandoverPending,
    FieldCode::kWrongCode,
    FieldCode::kOwnWordsOfChild,
    FieldCode::kWithheldFromMember,
};

// "required", "too_long", ...; "" for a value outside the enum.
std::string_view FieldCodeName(FieldCode code);
// The names of the parameters a field error with `code` may carry, for the API documentation
// and for the test that every text a front-end shows fills only parameters that exist.
std::vector<std::string_view> FieldCodeParams(FieldCode code);

// The fixed lists a value must come from (the `list` parameter of kNotOneOf).
enum class ValueList {
  kMemberRole,
  kEntryKind,
  kReactionKind,
  kWithholdingGround,
  kYesNo,
  kJoinRole,         // issue 10: the roles a professional joins an open file in (not the lead)
  kDigestFrequency,  // issue 10 item 8: daily, weekly, off
  kHandoverReason,   // issue 10: why the fixed face changes
  kOfferOutcome,     // issue 11: accepted, declined, waived (the family plan offer)
  kWaiverGround,     // issue 11: why the offer of a family plan is waived
  kPlanKind,         // issue 11: family, safety
  kOwnerKind,        // issue 11: who holds a plan action
  kDecisionKind,     // issue 12: what is decided (plan_change, out_of_home_placement, ...)
  kVerdict,          // issue 12: the second opinion's verdict
  kMeasureKind,      // issue 12: the kind of a court measure (ots, voorlopige_ots, ...)
  kShareChoice,      // issue 11 item 5: with whom a child shares their own words
  kWithheldKind,     // issue 11 item 6: what a withholding holds back (entry, plan_comment, ...)
};
inline constexpr std::array kAllValueLists{
    ValueList::kMemberRole,        ValueList::kEntryKind,      ValueList::kReactionKind,
    ValueList::kWithholdingGround, ValueList::kYesNo,          ValueList::kJoinRole,
    ValueList::kDigestFrequency,   ValueList::kHandoverReason, ValueList::kOfferOutcome,
    ValueList::kWaiverGround,      ValueList::kPlanKind,       ValueList::kOwnerKind,
    ValueList::kDecisionKind,      ValueList::kVerdict,        ValueList::kMeasureKind,
    ValueList::kShareChoice,       ValueList::kWithheldKind};
std::string_view ValueListName(ValueList list);            // "member_role", ...
std::vector<std::string> ValueListValues(ValueList list);  // "child", "parent", ...

using FieldParamValue = std::variant<std::int64_t, std::string, std::vector<std::string>>;
struct FieldParam {
  std::string name;  // "max", "allowed", ...: see FieldCode
  FieldParamValue value;
};

// What is wrong with one value before it is known which field holds it (CheckText returns one).
struct Problem {
  FieldCode code = FieldCode::kInvalid;
  std::string message;  // English, for developers: "is too long: 130 characters, at most 120 ..."
  std::vector<FieldParam> params;
};

// No default constructor: every field error says what is wrong in code. The one exception is
// {field, message}, which means kInvalid: for errors of operators and stored data that no
// front-end words for people (database URLs, event payloads in src/store).
struct FieldError {
  FieldError(std::string field_path, Problem problem)
      : field(std::move(field_path)),
        code(problem.code),
        message(std::move(problem.message)),
        params(std::move(problem.params)) {}
  FieldError(std::string field_path, std::string english)
      : field(std::move(field_path)), code(FieldCode::kInvalid), message(std::move(english)) {}
  FieldError(std::string field_path, FieldCode field_code, std::string english,
             std::vector<FieldParam> parameters = {})
      : field(std::move(field_path)),
        code(field_code),
        message(std::move(english)),
        params(std::move(parameters)) {}

  // The parameter called `name`, or nullptr.
  const FieldParamValue* Param(std::string_view name) const;

  std::string field;  // JSON pointer-ish path, e.g. "members[1].birth_date"
  FieldCode code;
  std::string message;  // English: what is wrong and how to fix it (the API's `message`)
  std::vector<FieldParam> params;
};

// The common problems with their English sentences, so that call sites stay one line.
Problem Required(std::string message = "is required");
Problem NotOneOf(ValueList list);   // "must be child, parent, carer or other_adult"
Problem NotADate();                 // "must be a real date as YYYY-MM-DD"
Problem DateInFuture();             // "lies in the future"
Problem NotAMember();               // "is not a member of this family"
Problem UnknownId(std::string of);  // "no team has this id"

}  // namespace stip::domain
