// Whether help runs in a family file, for the rules that change once it has ended (who answers
// a request to destroy, who reads the retention page). Internal to src/app.
#pragma once

#include <algorithm>
#include <string>

#include "domain/model.h"
#include "domain/time.h"

namespace stip::app {

// Help runs while any professional's involvement (lead, duo partner, ...) has started and not
// ended: only then has it ended for a team lead to step in (privacy review of issue 14 item 3
// part C: a lead who stopped while the duo partner still works is not "help ended").
inline bool HelpRuns(const domain::Family& family, domain::Millis now) {
  return std::any_of(family.involvements.begin(), family.involvements.end(), [&](const auto& inv) {
    return inv.started_at <= now && (!inv.ended_at || *inv.ended_at > now);
  });
}

// Whether `user_id` leads the file now (a running lead involvement).
inline bool RunsAsLead(const domain::Family& family, const std::string& user_id,
                       domain::Millis now) {
  return std::any_of(family.involvements.begin(), family.involvements.end(), [&](const auto& inv) {
    return inv.role == domain::InvolvementRole::kLead && inv.user_id == user_id &&
           inv.started_at <= now && (!inv.ended_at || *inv.ended_at > now);
  });
}

}  // namespace stip::app
