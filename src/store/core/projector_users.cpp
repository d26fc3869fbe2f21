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
  // Issue 14 item 1: a reset link sent before does not work for a disabled account.
  return Run(sql::kEndOpenResets, ev.user_id, env.time(), std::string("ended"));
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

// Issue 14 item 2: the second step's state lives with its secret (operational), changed here in
// the event's own transaction. Only the named credential: a rebuild replaying an old enrolment
// or disabling finds no such row and changes nothing (the secret is never in the ledger).
Status Projector::On(const events::TotpEnrolled& ev, const Envelope&) {
  auto updated = port_.Write(sql::kConfirmTotp, ev.credential_id, ev.user_id);
  if (!updated) return Fail(updated.error());
  return {};
}

Status Projector::On(const events::TotpDisabled& ev, const Envelope&) {
  auto deleted = port_.Write(sql::kDeleteTotp, ev.credential_id, ev.user_id);
  if (!deleted) return Fail(deleted.error());
  return {};
}

}  // namespace stip::store::core
