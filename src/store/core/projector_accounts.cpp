// Folds the family-account and consent events (issue 3) into the projections. The family row
// was already checked and touched by Projector::Apply.
#include <optional>
#include <string>

#include "domain/local_time.h"
#include "domain/time.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"
#include "store/event_payload.h"

namespace stip::store::core {
namespace {

namespace sql = projector_sql;
using domain::Code;
using domain::Fail;

using payload::EventError;
using payload::Str;

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

Status Projector::RequireMember(const ledger::Event& e, const std::string& member_id) {
  auto exists = port_.Exists(sql::kMemberExists, e.chain, member_id);
  if (!exists) return Fail(exists.error());
  if (!*exists) return Fail(EventError(Code::kNotFound, e, "unknown member " + member_id));
  return {};
}

Status Projector::AccountInvited(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto member = Str(e, "member_id");
  auto contact = Str(e, "contact");
  for (const auto* f : {&id, &member, &contact}) {
    if (!*f) return Fail(f->error());
  }
  if (auto status = RequireMember(e, *member); !status) return status;
  auto existing = FindAccount(port_, *id);
  if (!existing) return Fail(existing.error());
  if (*existing) return Fail(EventError(Code::kAlreadyExists, e, "account exists: " + *id));
  // A second live account for the same address hits the unique index: AlreadyExists.
  return Run(sql::kInsertAccount, *id, e.chain, *member, *contact, e.time, e.seq);
}

Status Projector::AccountActivated(const ledger::Event& e) {
  auto id = Str(e, "id");
  if (!id) return Fail(id.error());
  auto existing = FindAccount(port_, *id);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->family_id != e.chain) {
    return Fail(EventError(Code::kNotFound, e, "unknown account " + *id + " in this family"));
  }
  if ((*existing)->flag) {
    return Fail(EventError(Code::kFailedPrecondition, e, "account " + *id + " is revoked"));
  }
  return Run(sql::kActivateAccount, *id, e.time);
}

Status Projector::AccountRevoked(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto reason = Str(e, "reason", false);
  if (!id) return Fail(id.error());
  if (!reason) return Fail(reason.error());
  auto existing = FindAccount(port_, *id);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->family_id != e.chain) {
    return Fail(EventError(Code::kNotFound, e, "unknown account " + *id + " in this family"));
  }
  return Run(sql::kRevokeAccount, *id);
}

Status Projector::ConsentGiven(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto young = Str(e, "young_person_id");
  auto member = Str(e, "member_id");
  auto until = Str(e, "valid_until", false);
  for (const auto* f : {&id, &young, &member, &until}) {
    if (!*f) return Fail(f->error());
  }
  if (!until->empty() && !domain::ParseDate(*until)) {
    return Fail(EventError(Code::kInvalidArgument, e, "valid_until is not YYYY-MM-DD"));
  }
  for (const auto* m : {&*young, &*member}) {
    if (auto status = RequireMember(e, *m); !status) return status;
  }
  auto existing = FindConsent(port_, *id);
  if (!existing) return Fail(existing.error());
  if (*existing) return Fail(EventError(Code::kAlreadyExists, e, "consent exists: " + *id));
  // The day it was given is the event's calendar date in the Netherlands.
  return Run(sql::kInsertConsent, *id, e.chain, *young, *member,
             domain::FormatDate(domain::AmsterdamDate(e.time)), *until, e.seq);
}

Status Projector::ConsentEnded(const ledger::Event& e) {
  auto id = Str(e, "id");
  if (!id) return Fail(id.error());
  auto existing = FindConsent(port_, *id);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->family_id != e.chain) {
    return Fail(EventError(Code::kNotFound, e, "unknown consent " + *id + " in this family"));
  }
  if ((*existing)->flag) {
    return Fail(EventError(Code::kFailedPrecondition, e, "consent " + *id + " has already ended"));
  }
  return Run(sql::kEndConsent, *id, e.time);
}

}  // namespace stip::store::core
