#include "store/postgres/projector.h"

#include <string>
#include <utility>

#include <boost/json/object.hpp>

#include "domain/model.h"
#include "domain/time.h"
#include "ledger/event_types.h"
#include "store/event_payload.h"
#include "store/postgres/sql.h"

namespace stip::store::postgres {

namespace {

namespace types = ledger::types;
using domain::Code;
using domain::Fail;

using payload::BadField;
using payload::EventError;
using payload::Flag;
using payload::Str;

Status Done(const Result<std::int64_t>& written) {
  if (!written) return Fail(written.error());
  return {};
}

}  // namespace

const Projector::Route Projector::kRoutes[] = {
    {types::kOrganisationCreated, true, &Projector::OrganisationCreated},
    {types::kTeamCreated, true, &Projector::TeamCreated},
    {types::kUserCreated, true, &Projector::UserCreated},
    {types::kPasswordSet, true, &Projector::PasswordSet},
    {types::kTokenIssued, true, &Projector::TokenIssued},
    {types::kTokenRevoked, true, &Projector::TokenRevoked},
    {types::kFamilyCreated, false, &Projector::FamilyCreated},
    {types::kMemberAdded, false, &Projector::MemberAdded},
    {types::kCustodySet, false, &Projector::CustodySet},
    {types::kInvolvementStarted, false, &Projector::InvolvementStarted},
    {types::kInvolvementEnded, false, &Projector::InvolvementEnded},
    {types::kEntryAdded, false, &Projector::EntryAdded},
    {types::kWithholdingDecided, false, &Projector::WithholdingDecided},
    {types::kWithholdingRenewed, false, &Projector::WithholdingRenewed},
    {types::kWithholdingLifted, false, &Projector::WithholdingLifted},
    {types::kObjectionFiled, false, &Projector::ObjectionFiled},
    {types::kObjectionAnswered, false, &Projector::ObjectionAnswered},
    {types::kReactionAdded, false, &Projector::ReactionAdded},
    {types::kCorrectionAnswered, false, &Projector::CorrectionAnswered},
    {types::kEntryCorrected, false, &Projector::EntryCorrected},
    {types::kAccountInvited, false, &Projector::AccountInvited},
    {types::kAccountActivated, false, &Projector::AccountActivated},
    {types::kAccountRevoked, false, &Projector::AccountRevoked},
    {types::kConsentGiven, false, &Projector::ConsentGiven},
    {types::kConsentEnded, false, &Projector::ConsentEnded},
};

Status Projector::Apply(const ledger::Event& event) {
  const bool on_system = event.chain == ledger::kSystemChain;
  for (const Route& route : kRoutes) {
    if (route.type != event.type) continue;
    if (route.system_chain != on_system) {
      return Fail(EventError(Code::kInvalidArgument, event,
                             route.system_chain ? "belongs on the system chain"
                                                : "belongs on a family chain, not on system"));
    }
    // Every family event changes the file ("updated_at" is the time of its last event) and
    // needs the family to exist. SQLite checks first and touches last; here one UPDATE does
    // both before the handler runs. A handler that then fails undoes the touch with its item.
    // Further events of the same family only note the touch; Flush (or the next family) writes
    // it, so a batch of events costs one UPDATE of the family row instead of one per event.
    if (!on_system && event.type != types::kFamilyCreated) {
      const bool entry = event.type == types::kEntryAdded || event.type == types::kEntryCorrected;
      if (!pending_.family.empty() && pending_.family == event.chain) {
        pending_.dirty = true;
        pending_.time = event.time;
        pending_.entries += entry ? 1 : 0;
      } else {
        if (auto status = Flush(); !status) return status;
        if (auto status = TouchFamily(event, entry); !status) return status;
        pending_.family = event.chain;
      }
    }
    if (event.type == types::kFamilyCreated) {
      if (auto status = Flush(); !status) return status;
      auto created = (this->*route.handler)(event);
      if (created) pending_.family = event.chain;  // its row exists now, untouched since
      return created;
    }
    return (this->*route.handler)(event);
  }
  return Fail(EventError(Code::kInvalidArgument, event, "unknown event type"));
}

template <typename... Args>
Result<bool> Projector::Exists(Sql query_sql, const Args&... args) {
  auto rows = conn_.Run(query_sql, args...);
  if (!rows) return Fail(rows.error());
  return !rows->empty();
}

template <typename... Args>
Result<std::int64_t> Projector::Write(Sql query_sql, const Args&... args) {
  auto rows = conn_.Run(query_sql, args...);
  if (!rows) return Fail(rows.error());
  return rows->Affected();
}

Status Projector::Flush() {
  PendingTouch pending = std::move(pending_);
  pending_ = {};
  if (!pending.dirty) return {};
  auto touched = Write(sql::kTouchFamilyBy, pending.family, pending.time, pending.entries);
  if (!touched) return Fail(touched.error());
  if (*touched == 0) {
    return Fail(Error::Internal("family " + pending.family + " vanished during the transaction"));
  }
  return {};
}

Status Projector::TouchFamily(const ledger::Event& e, bool count_entry) {
  auto touched =
      Write(count_entry ? sql::kTouchFamilyCountEntry : sql::kTouchFamily, e.chain, e.time);
  if (!touched) return Fail(touched.error());
  if (*touched == 0) {
    return Fail(EventError(Code::kNotFound, e,
                           "family " + e.chain + " does not exist (a family chain starts with " +
                               std::string(types::kFamilyCreated) + ")"));
  }
  return {};
}

// --- system chain -------------------------------------------------------------------------------

Status Projector::OrganisationCreated(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto name = Str(e, "name");
  if (!id) return Fail(id.error());
  if (!name) return Fail(name.error());
  auto exists = Exists(sql::kOrganisationExists, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "organisation exists: " + *id));
  return Done(Write(sql::kInsertOrganisation, *id, *name, e.time));
}

Status Projector::TeamCreated(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto org = Str(e, "organisation_id");
  auto name = Str(e, "name");
  auto kind = Str(e, "kind");
  auto phone = Str(e, "phone", false);
  auto email = Str(e, "email", false);
  for (const auto* field : {&id, &org, &name, &kind, &phone, &email}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseTeamKind(*kind)) return Fail(BadField(e, "kind", "is not a team kind"));
  auto org_exists = Exists(sql::kOrganisationExists, *org);
  if (!org_exists) return Fail(org_exists.error());
  if (!*org_exists) return Fail(EventError(Code::kNotFound, e, "unknown organisation " + *org));
  auto exists = Exists(sql::kTeamExists, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "team exists: " + *id));
  return Done(Write(sql::kInsertTeam, *id, *org, *name, *kind, *phone, *email));
}

Status Projector::UserCreated(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto username = Str(e, "username");
  auto display_name = Str(e, "display_name");
  auto team = Str(e, "team_id", false);
  auto phone = Str(e, "phone", false);
  auto email = Str(e, "email", false);
  for (const auto* field : {&id, &username, &display_name, &team, &phone, &email}) {
    if (!*field) return Fail(field->error());
  }
  auto admin = Flag(e, "admin", false);
  if (!admin) return Fail(admin.error());
  if (!team->empty()) {
    auto team_exists = Exists(sql::kTeamExists, *team);
    if (!team_exists) return Fail(team_exists.error());
    if (!*team_exists) return Fail(EventError(Code::kNotFound, e, "unknown team " + *team));
  }
  auto exists = Exists(sql::kUserExists, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "user exists: " + *id));
  auto taken = Exists(sql::kUsernameTaken, *username);
  if (!taken) return Fail(taken.error());
  if (*taken) return Fail(EventError(Code::kAlreadyExists, e, "username taken: " + *username));
  return Done(
      Write(sql::kInsertUser, *id, *username, *display_name, *team, *admin, *phone, *email));
}

Status Projector::PasswordSet(const ledger::Event& e) {
  auto user = Str(e, "user_id");
  if (!user) return Fail(user.error());
  auto updated = Write(sql::kSetPasswordSetAt, *user, e.time);
  if (!updated) return Fail(updated.error());
  if (*updated == 0) return Fail(EventError(Code::kNotFound, e, "unknown user " + *user));
  return {};
}

Status Projector::TokenIssued(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto user = Str(e, "user_id");
  auto name = Str(e, "name", false);
  auto sha = Str(e, "token_sha256");
  for (const auto* field : {&id, &user, &name, &sha}) {
    if (!*field) return Fail(field->error());
  }
  auto user_exists = Exists(sql::kUserExists, *user);
  if (!user_exists) return Fail(user_exists.error());
  if (!*user_exists) return Fail(EventError(Code::kNotFound, e, "unknown user " + *user));
  auto exists = Exists(sql::kTokenExists, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "token exists: " + *id));
  // A repeated token_sha256 hits the UNIQUE constraint and maps to AlreadyExists.
  return Done(Write(sql::kInsertToken, *id, *user, *name, *sha, e.time));
}

Status Projector::TokenRevoked(const ledger::Event& e) {
  auto id = Str(e, "id");
  if (!id) return Fail(id.error());
  auto revoked = Write(sql::kRevokeToken, *id);
  if (!revoked) return Fail(revoked.error());
  if (*revoked == 0) return Fail(EventError(Code::kNotFound, e, "unknown token " + *id));
  return {};
}

// --- family chains (Apply has checked that the family exists) ------------------------------------

Status Projector::FamilyCreated(const ledger::Event& e) {
  auto name = Str(e, "name");
  if (!name) return Fail(name.error());
  auto exists = Exists(sql::kFamilyExists, e.chain);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "family exists: " + e.chain));
  return Done(Write(sql::kInsertFamily, e.chain, *name, e.time));
}

Status Projector::MemberAdded(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto name = Str(e, "name");
  auto role = Str(e, "role");
  auto birth = Str(e, "birth_date");
  for (const auto* field : {&id, &name, &role, &birth}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseMemberRole(*role)) return Fail(BadField(e, "role", "is not a member role"));
  if (!domain::ParseDate(*birth)) return Fail(BadField(e, "birth_date", "is not YYYY-MM-DD"));
  auto exists = Exists(sql::kMemberExists, e.chain, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "member exists: " + *id));
  return Done(Write(sql::kInsertMember, e.chain, *id, e.seq, *name, *role, *birth));
}

Status Projector::CustodySet(const ledger::Event& e) {
  auto parent = Str(e, "parent_id");
  auto child = Str(e, "child_id");
  if (!parent) return Fail(parent.error());
  if (!child) return Fail(child.error());
  auto has_custody = Flag(e, "has_custody", false);
  if (!has_custody) return Fail(has_custody.error());
  // The pair must be a parent or carer and a child of this family (domain/model.h Custody).
  for (const auto& [id, wanted] : {std::pair{*parent, "parent"}, std::pair{*child, "child"}}) {
    auto rows = conn_.Run(sql::kMemberRole, e.chain, id);
    if (!rows) return Fail(rows.error());
    if (rows->empty()) return Fail(EventError(Code::kNotFound, e, "unknown member " + id));
    const std::string role = (*rows)[0].Text(0);
    const bool ok = std::string_view(wanted) == "child" ? role == "child"
                                                        : (role == "parent" || role == "carer");
    if (!ok) {
      return Fail(EventError(Code::kFailedPrecondition, e,
                             "member " + id + " is a " + role + ", not a " + wanted));
    }
  }
  return Done(Write(sql::kSetCustody, e.chain, *parent, *child, *has_custody, e.seq));
}

Status Projector::InvolvementStarted(const ledger::Event& e) {
  auto user = Str(e, "user_id");
  auto role = Str(e, "role");
  auto reason = Str(e, "reason", false);
  for (const auto* field : {&user, &role, &reason}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseInvolvementRole(*role)) {
    return Fail(BadField(e, "role", "is not an involvement role"));
  }
  auto user_exists = Exists(sql::kUserExists, *user);
  if (!user_exists) return Fail(user_exists.error());
  if (!*user_exists) return Fail(EventError(Code::kNotFound, e, "unknown user " + *user));
  auto active = Exists(sql::kActiveInvolvement, e.chain, *user);
  if (!active) return Fail(active.error());
  if (*active) {
    return Fail(EventError(Code::kFailedPrecondition, e,
                           "user " + *user + " is already involved in this family"));
  }
  return Done(Write(sql::kInsertInvolvement, e.chain, e.seq, *user, *role, e.time, *reason));
}

Status Projector::InvolvementEnded(const ledger::Event& e) {
  auto user = Str(e, "user_id");
  auto reason = Str(e, "reason", false);
  if (!user) return Fail(user.error());
  if (!reason) return Fail(reason.error());
  auto ended = Write(sql::kEndInvolvement, e.chain, *user, e.time, *reason);
  if (!ended) return Fail(ended.error());
  if (*ended == 0) {
    return Fail(EventError(Code::kFailedPrecondition, e,
                           "user " + *user + " has no active involvement in this family"));
  }
  return {};
}

Status Projector::EntryAdded(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto kind = Str(e, "kind");
  auto source = Str(e, "source", false);
  auto text = Str(e, "text");
  for (const auto* field : {&id, &kind, &source, &text}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseEntryKind(*kind)) return Fail(BadField(e, "kind", "is not an entry kind"));
  auto inserted =
      Write(sql::kInsertEntry, e.chain, e.seq, *id, *kind, *source, *text, e.actor, e.time);
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(EventError(Code::kAlreadyExists, e, "entry exists: " + *id));
  if (auto status = EntryAudience(e, *id); !status) return status;
  return {};  // Apply has counted the entry already (a failure here undoes that with the item)
}

}  // namespace stip::store::postgres
