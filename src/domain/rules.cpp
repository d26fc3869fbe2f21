#include "domain/rules.h"

#include <set>
#include <utility>

#include "domain/text.h"

namespace stip::domain {
namespace {

void AddIf(std::vector<FieldError>& out, std::string field, std::optional<Problem> p) {
  if (p) out.emplace_back(std::move(field), std::move(*p));
}

std::optional<Involvement> Current(const Family& family, InvolvementRole role) {
  for (const auto& inv : family.involvements) {
    if (inv.role == role && !inv.ended_at) return inv;
  }
  return std::nullopt;
}

}  // namespace

std::vector<FieldError> CheckHousehold(const std::string& name, const std::vector<Member>& members,
                                       const std::vector<Custody>& custody, const Date& today) {
  std::vector<FieldError> errors;
  AddIf(errors, "name", CheckText(name, kMaxNameChars, true, false));
  if (members.empty()) {
    errors.push_back({"members",
                      FieldCode::kTooFew,
                      "add at least one household member",
                      {{"min", std::int64_t{1}}}});
  }
  bool has_child = false;
  std::set<std::string> ids;
  for (std::size_t i = 0; i < members.size(); ++i) {
    const Member& m = members[i];
    const std::string at = "members[" + std::to_string(i) + "]";
    AddIf(errors, at + ".name", CheckText(m.name, kMaxNameChars, true, false));
    if (!ids.insert(m.id).second) {
      errors.push_back(
          {at + ".ref", FieldCode::kDuplicate, "is used twice; give every member its own ref"});
    }
    if (m.birth_date > today) {
      errors.push_back({at + ".birth_date", DateInFuture()});
      continue;
    }
    const int age = AgeOn(m.birth_date, today);
    if (age > kMaxAge) {
      errors.push_back({at + ".birth_date",
                        FieldCode::kAgeOverMax,
                        "gives an age over " + std::to_string(kMaxAge) + " years",
                        {{"max", std::int64_t{kMaxAge}}}});
    }
    if (m.role == MemberRole::kChild) {
      has_child = true;
      if (age > kMaxChildAge) {
        errors.push_back({at + ".role",
                          FieldCode::kChildTooOld,
                          "a child in a family file is at most " + std::to_string(kMaxChildAge) +
                              " years old; record an older person as other_adult",
                          {{"max", std::int64_t{kMaxChildAge}}}});
      }
    }
  }
  if (!members.empty() && !has_child) {
    errors.push_back({"members", FieldCode::kNeedsChild, "a family file needs at least one child"});
  }
  std::set<std::pair<std::string, std::string>> pairs;
  for (std::size_t i = 0; i < custody.size(); ++i) {
    const Custody& c = custody[i];
    const std::string at = "custody[" + std::to_string(i) + "]";
    const Member* parent = nullptr;
    const Member* child = nullptr;
    for (const auto& m : members) {
      if (m.id == c.parent_id) parent = &m;
      if (m.id == c.child_id) child = &m;
    }
    if (!parent || (parent->role != MemberRole::kParent && parent->role != MemberRole::kCarer)) {
      errors.push_back({at + ".parent_ref", FieldCode::kCustodyNeedsParent,
                        "must name a member with role parent or carer"});
    }
    if (!child || child->role != MemberRole::kChild) {
      errors.push_back(
          {at + ".child_ref", FieldCode::kCustodyNeedsChild, "must name a member with role child"});
    }
    if (!pairs.insert({c.parent_id, c.child_id}).second) {
      errors.push_back({at, FieldCode::kDuplicate, "this parent-child pair is listed twice"});
    }
  }
  return errors;
}

std::vector<FieldError> CheckEntry(const std::string& source, const std::string& text,
                                   std::size_t max_text) {
  std::vector<FieldError> errors;
  AddIf(errors, "source", CheckText(source, kMaxSourceChars, true, false));
  AddIf(errors, "text", CheckText(text, max_text, true, true));
  return errors;
}

std::optional<InvolvementRole> ActiveRole(const Family& family, const std::string& user_id) {
  for (const auto& inv : family.involvements) {
    if (inv.user_id == user_id && !inv.ended_at) return inv.role;
  }
  return std::nullopt;
}

std::optional<Involvement> CurrentLead(const Family& family) {
  return Current(family, InvolvementRole::kLead);
}
std::optional<Involvement> CurrentDuo(const Family& family) {
  return Current(family, InvolvementRole::kDuo);
}

std::optional<Problem> CheckMayBeInvolved(const User& user) {
  if (user.admin) {
    return Problem{FieldCode::kAdminNotInvolved,
                   "an administrator cannot be involved with a family; choose another "
                   "professional",
                   {}};
  }
  if (user.disabled) {
    return Problem{FieldCode::kAccountDisabled,
                   "this professional's account is disabled; choose another professional",
                   {}};
  }
  return std::nullopt;
}

}  // namespace stip::domain
