// The projector's routing, the family touch that Apply defers to Flush, and the system chain's
// events (organisation, teams, users, passwords, API tokens).
#include "store/core/projector.h"

#include <string>
#include <utility>

#include "domain/model.h"
#include "ledger/event_types.h"
#include "store/core/queries_projector.h"
#include "store/event_payload.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace types = ledger::types;
using domain::Code;
using domain::Fail;

using payload::BadField;
using payload::EventError;
using payload::Flag;
using payload::Str;

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
    if (event.type == types::kFamilyCreated) {
      if (auto status = Flush(); !status) return status;
      auto created = (this->*route.handler)(event);
      if (created) pending_.family = event.chain;  // its row exists now, untouched since
      return created;
    }
    // Every family event changes the file ("updated_at" is the time of its last event) and
    // needs the family to exist: one UPDATE does both before the handler runs, and a handler
    // that then fails undoes the touch with its item. Further events of the same family only
    // note the touch; Flush (or the next family) writes it, so a batch of events costs one
    // UPDATE of the family row instead of one per event.
    if (!on_system) {
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
    return (this->*route.handler)(event);
  }
  return Fail(EventError(Code::kInvalidArgument, event, "unknown event type"));
}

Status Projector::Flush() {
  PendingTouch pending = std::move(pending_);
  pending_ = {};
  if (!pending.dirty) return {};
  auto touched = port_.Write(sql::kTouchFamilyBy, pending.family, pending.time, pending.entries);
  if (!touched) return Fail(touched.error());
  if (*touched == 0) {
    return Fail(Error::Internal("family " + pending.family + " vanished during the transaction"));
  }
  return {};
}

Status Projector::TouchFamily(const ledger::Event& e, bool count_entry) {
  auto touched =
      port_.Write(count_entry ? sql::kTouchFamilyCountEntry : sql::kTouchFamily, e.chain, e.time);
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
  auto exists = port_.Exists(sql::kOrganisationExists, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "organisation exists: " + *id));
  return Run(sql::kInsertOrganisation, *id, *name, e.time);
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
  auto org_exists = port_.Exists(sql::kOrganisationExists, *org);
  if (!org_exists) return Fail(org_exists.error());
  if (!*org_exists) return Fail(EventError(Code::kNotFound, e, "unknown organisation " + *org));
  auto exists = port_.Exists(sql::kTeamExists, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "team exists: " + *id));
  return Run(sql::kInsertTeam, *id, *org, *name, *kind, *phone, *email);
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
    auto team_exists = port_.Exists(sql::kTeamExists, *team);
    if (!team_exists) return Fail(team_exists.error());
    if (!*team_exists) return Fail(EventError(Code::kNotFound, e, "unknown team " + *team));
  }
  auto exists = port_.Exists(sql::kUserExists, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "user exists: " + *id));
  auto taken = port_.Exists(sql::kUsernameTaken, *username);
  if (!taken) return Fail(taken.error());
  if (*taken) return Fail(EventError(Code::kAlreadyExists, e, "username taken: " + *username));
  return Run(sql::kInsertUser, *id, *username, *display_name, *team, *admin, *phone, *email);
}

Status Projector::PasswordSet(const ledger::Event& e) {
  auto user = Str(e, "user_id");
  if (!user) return Fail(user.error());
  auto updated = port_.Write(sql::kSetPasswordSetAt, *user, e.time);
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
  auto user_exists = port_.Exists(sql::kUserExists, *user);
  if (!user_exists) return Fail(user_exists.error());
  if (!*user_exists) return Fail(EventError(Code::kNotFound, e, "unknown user " + *user));
  auto exists = port_.Exists(sql::kTokenExists, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "token exists: " + *id));
  // A repeated token_sha256 hits the UNIQUE constraint and maps to AlreadyExists.
  return Run(sql::kInsertToken, *id, *user, *name, *sha, e.time);
}

Status Projector::TokenRevoked(const ledger::Event& e) {
  auto id = Str(e, "id");
  if (!id) return Fail(id.error());
  auto revoked = port_.Write(sql::kRevokeToken, *id);
  if (!revoked) return Fail(revoked.error());
  if (*revoked == 0) return Fail(EventError(Code::kNotFound, e, "unknown token " + *id));
  return {};
}

}  // namespace stip::store::core
