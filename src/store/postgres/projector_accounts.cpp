// Folds the family-account and consent events (issue 3) into the PostgreSQL projections. The
// family row was already checked and touched by Projector::Apply.
#include <string>

#include "domain/local_time.h"
#include "domain/time.h"
#include "store/event_payload.h"
#include "store/postgres/projector.h"
#include "store/postgres/sql_accounts.h"

namespace stip::store::postgres {
namespace {

using domain::Code;
using domain::Fail;

using payload::EventError;
using payload::Str;

struct Owner {
  std::string family_id;
  bool flag = false;  // accounts: revoked; consents: ended
};

Result<std::optional<Owner>> Lookup(Connection& conn, Sql query_sql, const std::string& id,
                                    bool bool_flag) {
  auto rows = conn.Run(query_sql, id);
  if (!rows) return Fail(rows.error());
  if (rows->empty()) return std::optional<Owner>();
  const Row r = (*rows)[0];
  return std::optional(Owner{r.Text(0), bool_flag ? r.Bool(1) : !r.IsNull(1)});
}

template <typename... Args>
Status Exec(Connection& conn, Sql query_sql, const Args&... args) {
  auto rows = conn.Run(query_sql, args...);
  if (!rows) return Fail(rows.error());
  return {};
}

Status RequireMember(Connection& conn, const ledger::Event& e, const std::string& member_id) {
  auto rows = conn.Run(sql::kMemberOf, e.chain, member_id);
  if (!rows) return Fail(rows.error());
  if (rows->empty()) return Fail(EventError(Code::kNotFound, e, "unknown member " + member_id));
  return {};
}

}  // namespace

Status Projector::AccountInvited(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto member = Str(e, "member_id");
  auto contact = Str(e, "contact");
  for (const auto* f : {&id, &member, &contact}) {
    if (!*f) return Fail(f->error());
  }
  if (auto status = RequireMember(conn_, e, *member); !status) return status;
  auto existing = Lookup(conn_, sql::kAccountFamily, *id, true);
  if (!existing) return Fail(existing.error());
  if (*existing) return Fail(EventError(Code::kAlreadyExists, e, "account exists: " + *id));
  return Exec(conn_, sql::kInsertAccount, *id, e.chain, *member, *contact, e.time, e.seq);
}

Status Projector::AccountActivated(const ledger::Event& e) {
  auto id = Str(e, "id");
  if (!id) return Fail(id.error());
  auto existing = Lookup(conn_, sql::kAccountFamily, *id, true);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->family_id != e.chain) {
    return Fail(EventError(Code::kNotFound, e, "unknown account " + *id + " in this family"));
  }
  if ((*existing)->flag) {
    return Fail(EventError(Code::kFailedPrecondition, e, "account " + *id + " is revoked"));
  }
  return Exec(conn_, sql::kActivateAccount, *id, e.time);
}

Status Projector::AccountRevoked(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto reason = Str(e, "reason", false);
  if (!id) return Fail(id.error());
  if (!reason) return Fail(reason.error());
  auto existing = Lookup(conn_, sql::kAccountFamily, *id, true);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->family_id != e.chain) {
    return Fail(EventError(Code::kNotFound, e, "unknown account " + *id + " in this family"));
  }
  return Exec(conn_, sql::kRevokeAccount, *id);
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
    if (auto status = RequireMember(conn_, e, *m); !status) return status;
  }
  auto existing = Lookup(conn_, sql::kConsentFamily, *id, false);
  if (!existing) return Fail(existing.error());
  if (*existing) return Fail(EventError(Code::kAlreadyExists, e, "consent exists: " + *id));
  return Exec(conn_, sql::kInsertConsent, *id, e.chain, *young, *member,
              domain::FormatDate(domain::AmsterdamDate(e.time)), *until, e.seq);
}

Status Projector::ConsentEnded(const ledger::Event& e) {
  auto id = Str(e, "id");
  if (!id) return Fail(id.error());
  auto existing = Lookup(conn_, sql::kConsentFamily, *id, false);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->family_id != e.chain) {
    return Fail(EventError(Code::kNotFound, e, "unknown consent " + *id + " in this family"));
  }
  if ((*existing)->flag) {
    return Fail(EventError(Code::kFailedPrecondition, e, "consent " + *id + " has already ended"));
  }
  return Exec(conn_, sql::kEndConsent, *id, e.time);
}

}  // namespace stip::store::postgres
