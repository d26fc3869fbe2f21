// Folds the family-account and consent events (issue 3) into the projections. The family row
// was already checked and touched by Projector::Apply.
#include <optional>
#include <string>

#include "domain/local_time.h"
#include "domain/time.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {
namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

struct Owner {
  std::string family_id;
  bool flag = false;  // accounts: revoked; consents: ended
};

Result<std::optional<Owner>> FindAccount(SqlPort& port, const std::string& id) {
  return port.One<Owner>(
      sql::kAccountFamily,
      [](const Row& r) {
        return Owner{r.Text(0), r.Bool(1)};
      },
      id);
}

Result<std::optional<Owner>> FindConsent(SqlPort& port, const std::string& id) {
  return port.One<Owner>(
      sql::kConsentFamily,
      [](const Row& r) {
        return Owner{r.Text(0), !r.IsNull(1)};
      },
      id);
}

}  // namespace

Status Projector::RequireMember(const Envelope& env, const std::string& member_id) {
  auto exists = port_.Exists(sql::kMemberExists, env.chain(), member_id);
  if (!exists) return Fail(exists.error());
  if (!*exists) return Fail(env.Problem(Code::kNotFound, "unknown member " + member_id));
  return {};
}

Status Projector::On(const events::AccountInvited& ev, const Envelope& env) {
  if (auto status = RequireMember(env, ev.member_id); !status) return status;
  auto existing = FindAccount(port_, ev.id);
  if (!existing) return Fail(existing.error());
  if (*existing) return Fail(env.Problem(Code::kAlreadyExists, "account exists: " + ev.id));
  // A second live account for the same address hits the unique index: AlreadyExists.
  return Run(sql::kInsertAccount, ev.id, env.chain(), ev.member_id, ev.contact, env.time(),
             env.seq());
}

Status Projector::On(const events::AccountActivated& ev, const Envelope& env) {
  auto existing = FindAccount(port_, ev.id);
  if (!existing) return Fail(existing.error());
  if (!*existing) {
    // Issue 10: a network member's account (network_members) logs in the same way.
    auto network = ActivateNetworkAccount(env, ev.id);
    if (!network) return Fail(network.error());
    if (*network) return {};
  }
  if (!*existing || (*existing)->family_id != env.chain()) {
    return Fail(env.Problem(Code::kNotFound, "unknown account " + ev.id + " in this family"));
  }
  if ((*existing)->flag) {
    return Fail(env.Problem(Code::kFailedPrecondition, "account " + ev.id + " is revoked"));
  }
  return Run(sql::kActivateAccount, ev.id, env.time());
}

Status Projector::On(const events::AccountRevoked& ev, const Envelope& env) {
  auto existing = FindAccount(port_, ev.id);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->family_id != env.chain()) {
    return Fail(env.Problem(Code::kNotFound, "unknown account " + ev.id + " in this family"));
  }
  return Run(sql::kRevokeAccount, ev.id);
}

Status Projector::On(const events::ConsentGiven& ev, const Envelope& env) {
  if (!ev.valid_until.empty() && !domain::ParseDate(ev.valid_until)) {
    return Fail(env.Problem(Code::kInvalidArgument, "valid_until is not YYYY-MM-DD"));
  }
  for (const auto* m : {&ev.young_person_id, &ev.member_id}) {
    if (auto status = RequireMember(env, *m); !status) return status;
  }
  auto existing = FindConsent(port_, ev.id);
  if (!existing) return Fail(existing.error());
  if (*existing) return Fail(env.Problem(Code::kAlreadyExists, "consent exists: " + ev.id));
  // The day it was given is the event's calendar date in the Netherlands.
  return Run(sql::kInsertConsent, ev.id, env.chain(), ev.young_person_id, ev.member_id,
             domain::FormatDate(domain::AmsterdamDate(env.time())), ev.valid_until, env.seq());
}

Status Projector::On(const events::ConsentEnded& ev, const Envelope& env) {
  auto existing = FindConsent(port_, ev.id);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->family_id != env.chain()) {
    return Fail(env.Problem(Code::kNotFound, "unknown consent " + ev.id + " in this family"));
  }
  if ((*existing)->flag) {
    return Fail(env.Problem(Code::kFailedPrecondition, "consent " + ev.id + " has already ended"));
  }
  return Run(sql::kEndConsent, ev.id, env.time());
}

}  // namespace stip::store::core
