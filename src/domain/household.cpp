#include "domain/household.h"

#include <utility>

#include "domain/rules.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

void AddIf(std::vector<FieldError>& out, std::string field, std::optional<Problem> p) {
  if (p) out.emplace_back(std::move(field), std::move(*p));
}

void CheckReason(std::vector<FieldError>& out, const std::string& reason) {
  AddIf(out, "reason", CheckText(reason, kMaxChangeReasonChars, true, true));
}

// A birth date as recorded for a member: not in the future, not absurdly far back, and for a
// child no older than youth care reaches.
void CheckBirthDate(std::vector<FieldError>& out, std::optional<MemberRole> role,
                    std::optional<Date> birth_date, const Date& today) {
  if (!birth_date) {
    out.push_back({"birth_date", NotADate()});
    return;
  }
  if (*birth_date > today) {
    out.push_back({"birth_date", DateInFuture()});
    return;
  }
  const int age = AgeOn(*birth_date, today);
  if (age > kMaxAge) {
    out.push_back({"birth_date",
                   FieldCode::kAgeOverMax,
                   "gives an age over " + std::to_string(kMaxAge) + " years",
                   {{"max", std::int64_t{kMaxAge}}}});
  } else if (role == MemberRole::kChild && age > kMaxChildAge) {
    out.push_back(
        {"birth_date",
         FieldCode::kChildTooOld,
         "a child in a family file is at most " + std::to_string(kMaxChildAge) + " years old",
         {{"max", std::int64_t{kMaxChildAge}}}});
  }
}

bool IsActiveNow(const Involvement& inv) { return !inv.ended_at; }

}  // namespace

const Member* FindMemberIn(const Family& family, std::string_view id) {
  for (const auto& m : family.members) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

bool HasLeftOn(const Member& member, const Date& today) {
  return member.left_on && *member.left_on <= today;
}

std::vector<FieldError> CheckNewMember(const std::string& name, std::optional<MemberRole> role,
                                       std::optional<Date> birth_date, const std::string& reason,
                                       const Date& today) {
  std::vector<FieldError> errors;
  AddIf(errors, "name", CheckText(name, kMaxNameChars, true, false));
  if (!role) errors.push_back({"role", NotOneOf(ValueList::kMemberRole)});
  CheckBirthDate(errors, role, birth_date, today);
  CheckReason(errors, reason);
  return errors;
}

std::vector<FieldError> CheckDeparture(const Family& family, const std::string& member_id,
                                       std::optional<Date> left_on, const std::string& reason,
                                       const Date& today) {
  std::vector<FieldError> errors;
  const Member* member = FindMemberIn(family, member_id);
  if (!member) {
    errors.push_back({"member_id", NotAMember()});
  } else if (member->left_on) {
    errors.push_back({"member_id", FieldCode::kMemberHasLeft, "has left the household already"});
  }
  if (!left_on) {
    errors.push_back({"left_on", NotADate()});
  } else if (*left_on > today) {
    // Recorded when it happened: a move planned for later is recorded on the day.
    errors.push_back({"left_on", DateInFuture()});
  } else if (member && *left_on < member->birth_date) {
    errors.push_back({"left_on",
                      FieldCode::kDateBeforeStart,
                      "lies before the member's birth date",
                      {{"start", FormatDate(member->birth_date)}}});
  }
  CheckReason(errors, reason);
  return errors;
}

std::vector<FieldError> CheckBirthDateCorrection(const Family& family, const std::string& member_id,
                                                 std::optional<Date> birth_date,
                                                 const std::string& reason, const Date& today) {
  std::vector<FieldError> errors;
  const Member* member = FindMemberIn(family, member_id);
  if (!member) errors.push_back({"member_id", NotAMember()});
  CheckBirthDate(errors, member ? std::optional(member->role) : std::nullopt, birth_date, today);
  CheckReason(errors, reason);
  return errors;
}

std::vector<FieldError> CheckCustodyChange(const Family& family, const std::string& parent_id,
                                           const std::string& child_id,
                                           std::optional<Date> ruling_date,
                                           const std::string& reason, const Date& today) {
  std::vector<FieldError> errors;
  const Member* parent = FindMemberIn(family, parent_id);
  const Member* child = FindMemberIn(family, child_id);
  if (!parent || (parent->role != MemberRole::kParent && parent->role != MemberRole::kCarer)) {
    errors.push_back({"parent_id", FieldCode::kCustodyNeedsParent,
                      "must name a member with role parent or carer"});
  }
  if (!child || child->role != MemberRole::kChild) {
    errors.push_back(
        {"child_id", FieldCode::kCustodyNeedsChild, "must name a member with role child"});
  }
  if (!ruling_date) {
    errors.push_back({"ruling_date", NotADate()});
  } else if (*ruling_date > today) {
    errors.push_back({"ruling_date", DateInFuture()});
  }
  CheckReason(errors, reason);
  return errors;
}

std::vector<FieldError> CheckJoin(const Family& family, const std::string& user_id,
                                  bool user_exists, const std::optional<Team>& team,
                                  std::optional<InvolvementRole> role, const std::string& reason) {
  std::vector<FieldError> errors;
  if (user_id.empty()) {
    errors.push_back({"user_id", Required()});
  } else if (!user_exists) {
    errors.push_back({"user_id", UnknownId("professional")});
  } else if (ActiveRole(family, user_id)) {
    errors.push_back({"user_id", FieldCode::kAlreadyInvolved, "is involved in this file already"});
  }
  if (!role || *role == InvolvementRole::kLead) {
    errors.push_back({"role", NotOneOf(ValueList::kJoinRole)});
  } else if (*role == InvolvementRole::kDuo) {
    if (user_exists && (!team || team->kind != TeamKind::kRegionalSafety)) {
      errors.push_back({"user_id", FieldCode::kDuoNotRegionalTeam,
                        "the duo partner must belong to a regional safety team"});
    }
    if (CurrentDuo(family)) {
      errors.push_back({"role", FieldCode::kDuoTaken, "the file has a duo partner already"});
    }
  }
  CheckReason(errors, reason);
  return errors;
}

std::vector<FieldError> CheckLeave(const Family& family, const std::string& user_id,
                                   const std::string& reason) {
  std::vector<FieldError> errors;
  const Involvement* active = nullptr;
  for (const auto& inv : family.involvements) {
    if (inv.user_id == user_id && IsActiveNow(inv)) active = &inv;
  }
  if (!active) {
    errors.push_back(
        {"user_id", FieldCode::kNotInvolvedHere, "has no involvement in this file to end"});
  } else if (active->role == InvolvementRole::kLead) {
    errors.push_back({"user_id", FieldCode::kLeadChangesByHandover,
                      "the lead changes by a handover to a colleague"});
  }
  CheckReason(errors, reason);
  return errors;
}

}  // namespace stip::domain
