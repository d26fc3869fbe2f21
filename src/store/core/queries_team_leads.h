// The statements for team leads (issue 10 item 7, event team.lead_set), written once for both
// engines: the projection team_leads and its read.
#pragma once

#include "store/core/sql.h"

namespace stip::store::core::team_lead_sql {

inline constexpr Sql kSetTeamLead =
    "INSERT INTO team_leads (team_id, user_id, set_at) VALUES ($1, $2, $3) "
    "ON CONFLICT (team_id) DO UPDATE SET user_id = excluded.user_id, set_at = excluded.set_at";
inline constexpr Sql kClearTeamLead = "DELETE FROM team_leads WHERE team_id = $1";
inline constexpr Sql kListTeamLeads = "SELECT team_id, user_id FROM team_leads ORDER BY team_id";

}  // namespace stip::store::core::team_lead_sql
