// Rules for changing the household and who is involved after a file is open (issue 10): what
// the app checks before it appends member.*, custody.set and involvement.* events.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

// Every change says why; the family reads it on its page.
inline constexpr std::size_t kMaxChangeReasonChars = 1000;

// The member with `id` in `family`, or nullptr.
const Member* FindMemberIn(const Family& family, std::string_view id);

// Has the member left the household on or before `today`?
bool HasLeftOn(const Member& member, const Date& today);

// A member joins an open file (a birth, a new partner, a grandparent who moves in). The
// member's name, role and birth date as the app parsed them; `birth_date` nullopt: not a date.
std::vector<FieldError> CheckNewMember(const std::string& name, std::optional<MemberRole> role,
                                       std::optional<Date> birth_date, const std::string& reason,
                                       const Date& today);

// A member leaves the household from `left_on` (nullopt: not a date).
std::vector<FieldError> CheckDeparture(const Family& family, const std::string& member_id,
                                       std::optional<Date> left_on, const std::string& reason,
                                       const Date& today);

// A birth date recorded wrongly is corrected.
std::vector<FieldError> CheckBirthDateCorrection(const Family& family, const std::string& member_id,
                                                 std::optional<Date> birth_date,
                                                 const std::string& reason, const Date& today);

// Custody (gezag) of one parent-child pair changes on a court ruling of `ruling_date`.
std::vector<FieldError> CheckCustodyChange(const Family& family, const std::string& parent_id,
                                           const std::string& child_id,
                                           std::optional<Date> ruling_date,
                                           const std::string& reason, const Date& today);

// A professional joins the file. `team` is the professional's team (nullopt: no such user, or
// no team); `role` nullopt: not a role one joins in.
std::vector<FieldError> CheckJoin(const Family& family, const std::string& user_id,
                                  bool user_exists, const std::optional<Team>& team,
                                  std::optional<InvolvementRole> role, const std::string& reason);

// An involvement ends. The lead's ends only by a handover.
std::vector<FieldError> CheckLeave(const Family& family, const std::string& user_id,
                                   const std::string& reason);

}  // namespace stip::domain
