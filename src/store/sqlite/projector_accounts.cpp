// Folds the family-account and consent events (issue 3) into the SQLite projections.
#include <string>

#include "domain/local_time.h"
#include "domain/time.h"
#include "ledger/event_types.h"
#include "store/event_payload.h"
#include "store/sqlite/projector.h"
#include "store/sqlite/sql.h"

namespace stip::store::sqlite {
namespace {

using domain::Code;
using domain::Fail;

using payload::EventError;
using payload::Str;

// The first row's family id (column 0) and a second integer column, or nullopt.
Result<std::optional<std::pair<std::string, std::optional<std::int64_t>>>> Lookup(
    Connection& conn, std::string_view query_sql, const std::string& id) {
  auto query = conn.Prepare(query_sql);
  if (!query) return Fail(query.error());
  query->Bind(id);
  auto row = query->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<std::pair<std::string, std::optional<std::int64_t>>>();
  return std::optional(std::pair{query->Text(0), query->OptInt(1)});
}

template <typename... Args>
Status Exec(Connection& conn, std::string_view query_sql, const Args&... args) {
  auto query = conn.Prepare(query_sql);
  if (!query) return Fail(query.error());
  query->Bind(args...);
  return query->Run();
}

Status RequireMember(Connection& conn, const ledger::Event& e, const std::string& member_id) {
  auto query = conn.Prepare(sql::kMemberRole);
  if (!query) return Fail(query.error());
  query->Bind(e.chain, member_id);
  auto row = query->Step();
  if (!row) return Fail(row.error());
  if (!*row) return Fail(EventError(Code::kNotFound, e, "unknown member " + member_id));
  return {};
}

}  // namespace

Status Projector::AccountInvited(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
  auto id = Str(e, "id");
  auto member = Str(e, "member_id");
  auto contact = Str(e, "contact");
  for (const auto* f : {&id, &member, &contact}) {
    if (!*f) return Fail(f->error());
  }
  if (auto status = RequireMember(conn_, e, *member); !status) return status;
  auto existing = Lookup(conn_, sql::kAccountFamily, *id);
  if (!existing) return Fail(existing.error());
  if (*existing) return Fail(EventError(Code::kAlreadyExists, e, "account exists: " + *id));
  // A second live account for the same address hits the unique index: AlreadyExists.
  return Exec(conn_, sql::kInsertAccount, *id, e.chain, *member, *contact, e.time, e.seq);
}

Status Projector::AccountActivated(const ledger::Event& e) {
  auto id = Str(e, "id");
  if (!id) return Fail(id.error());
  auto existing = Lookup(conn_, sql::kAccountFamily, *id);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->first != e.chain) {
    return Fail(EventError(Code::kNotFound, e, "unknown account " + *id + " in this family"));
  }
  if ((*existing)->second.value_or(0) != 0) {
    return Fail(EventError(Code::kFailedPrecondition, e, "account " + *id + " is revoked"));
  }
  return Exec(conn_, sql::kActivateAccount, *id, e.time);
}

Status Projector::AccountRevoked(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto reason = Str(e, "reason", false);
  if (!id) return Fail(id.error());
  if (!reason) return Fail(reason.error());
  auto existing = Lookup(conn_, sql::kAccountFamily, *id);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->first != e.chain) {
    return Fail(EventError(Code::kNotFound, e, "unknown account " + *id + " in this family"));
  }
  return Exec(conn_, sql::kRevokeAccount, *id);
}

Status Projector::ConsentGiven(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
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
  auto existing = Lookup(conn_, sql::kConsentFamily, *id);
  if (!existing) return Fail(existing.error());
  if (*existing) return Fail(EventError(Code::kAlreadyExists, e, "consent exists: " + *id));
  // The day it was given is the event's calendar date in the Netherlands.
  return Exec(conn_, sql::kInsertConsent, *id, e.chain, *young, *member,
              domain::FormatDate(domain::AmsterdamDate(e.time)), *until, e.seq);
}

Status Projector::ConsentEnded(const ledger::Event& e) {
  auto id = Str(e, "id");
  if (!id) return Fail(id.error());
  auto existing = Lookup(conn_, sql::kConsentFamily, *id);
  if (!existing) return Fail(existing.error());
  if (!*existing || (*existing)->first != e.chain) {
    return Fail(EventError(Code::kNotFound, e, "unknown consent " + *id + " in this family"));
  }
  if ((*existing)->second) {
    return Fail(EventError(Code::kFailedPrecondition, e, "consent " + *id + " has already ended"));
  }
  return Exec(conn_, sql::kEndConsent, *id, e.time);
}

}  // namespace stip::store::sqlite
