// Folds the life cycle of professional accounts (issue 14) into the users projection: disabled
// and enabled again, moved to another team.
#include <string>

#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {
namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

}  // namespace

Status Projector::On(const events::UserDisabled& ev, const Envelope& env) {
  auto updated = port_.Write(sql::kSetUserDisabled, ev.user_id, true, ev.reason);
  if (!updated) return Fail(updated.error());
  if (*updated == 0) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.user_id));
  return {};
}

Status Projector::On(const events::UserEnabled& ev, const Envelope& env) {
  auto updated = port_.Write(sql::kSetUserDisabled, ev.user_id, false, std::string());
  if (!updated) return Fail(updated.error());
  if (*updated == 0) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.user_id));
  return {};
}

Status Projector::On(const events::UserTeamChanged& ev, const Envelope& env) {
  auto team_exists = port_.Exists(sql::kTeamExists, ev.team_id);
  if (!team_exists) return Fail(team_exists.error());
  if (!*team_exists) return Fail(env.Problem(Code::kNotFound, "unknown team " + ev.team_id));
  auto updated = port_.Write(sql::kSetUserTeam, ev.user_id, ev.team_id);
  if (!updated) return Fail(updated.error());
  if (*updated == 0) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.user_id));
  return {};
}

}  // namespace stip::store::core
