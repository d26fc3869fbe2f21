// Rules of the family file that need no I/O: what a valid household and entry look like, and
// who among the professionals may open a file. The app layer calls these before it appends.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/error.h"
#include "domain/model.h"

namespace stip::domain {

inline constexpr std::size_t kMaxNameChars = 120;
inline constexpr std::size_t kMaxSourceChars = 200;
inline constexpr int kMaxChildAge = 23;  // youth care can continue up to 23 (verlengde jeugdhulp)
inline constexpr int kMaxAge = 120;      // a birth date further back is a typing mistake

// Field errors for a household as it will be recorded. `today` decides ages.
std::vector<FieldError> CheckHousehold(const std::string& name, const std::vector<Member>& members,
                                       const std::vector<Custody>& custody, const Date& today);

// Field errors for an entry's source and text.
std::vector<FieldError> CheckEntry(const std::string& source, const std::string& text,
                                   std::size_t max_text);

// The professional's active role in the file, or nullopt: only an active involvement opens
// a file (DESIGN.md §4). Issue 3 widens this into the full access engine.
std::optional<InvolvementRole> ActiveRole(const Family& family, const std::string& user_id);

// The current lead professional (the fixed face); every open file has exactly one.
std::optional<Involvement> CurrentLead(const Family& family);
std::optional<Involvement> CurrentDuo(const Family& family);

// Issue 14: why `user` cannot be involved in a family (lead, duo or any later role), or
// nullopt. Administrators manage accounts and never see a family; a disabled account cannot
// take on work.
std::optional<Problem> CheckMayBeInvolved(const User& user);

}  // namespace stip::domain
