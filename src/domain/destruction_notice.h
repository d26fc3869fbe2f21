// The other members' say before a whole file is destroyed on one member's request (privacy
// review of issue 14 item 3 part C, finding 8; ../shared/LEGAL_FACTS.md, Jeugdwet 7.3.10: another
// person's important interest may block a destruction).
//
// The rule: when a member asks that the whole file be destroyed, every other member with an
// account gets a notice without content (a mail that names whom to contact; no name of the
// asker, no reason). For the first kObjectionDays days after the request the file is not
// destroyed on it: "granted" is refused (422) unless every other member with parental authority
// (custody of a child in the file) has asked for the whole file themselves. Pure rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/destruction.h"

namespace stip::domain {

inline constexpr int kObjectionDays = 14;

// The parents with custody of a child in `family`, other than `asker`, who have no request of
// their own for the whole file among `requests` (open or answered).
std::vector<std::string> CustodiansWhoDidNotAsk(const Family& family, std::string_view asker,
                                                const std::vector<DestructionRequest>& requests);

// Whether "granted" may be answered on `today` for `request` (scope file): once kObjectionDays
// days have passed since the day of the request, or before that when CustodiansWhoDidNotAsk is
// empty.
bool ObjectionTermOver(const Family& family, const DestructionRequest& request,
                       const std::vector<DestructionRequest>& requests, const Date& today);

}  // namespace stip::domain
