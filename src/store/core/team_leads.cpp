// Team leads (issue 10 item 7): the fold of team.lead_set and the read of who leads which team.
#include "ledger/events.h"
#include "store/core/core_store.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"
#include "store/core/queries_team_leads.h"

namespace stip::store::core {

using domain::Code;
using domain::Fail;

Status Projector::On(const ledger::events::TeamLeadSet& ev, const Envelope& env) {
  auto team = port_.Exists(projector_sql::kTeamExists, ev.team_id);
  if (!team) return Fail(team.error());
  if (!*team) return Fail(env.Problem(Code::kNotFound, "unknown team " + ev.team_id));
  if (ev.user_id.empty()) return Run(team_lead_sql::kClearTeamLead, ev.team_id);
  auto user = port_.Exists(projector_sql::kUserExists, ev.user_id);
  if (!user) return Fail(user.error());
  if (!*user) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.user_id));
  return Run(team_lead_sql::kSetTeamLead, ev.team_id, ev.user_id, env.time());
}

Result<std::vector<domain::TeamLead>> CoreStore::ListTeamLeads() {
  std::vector<domain::TeamLead> leads;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(team_lead_sql::kListTeamLeads, [&](const Row& r) {
      leads.push_back({r.Text(0), r.Text(1)});
    });
  });
  if (!status) return Fail(status.error());
  return leads;
}

}  // namespace stip::store::core
