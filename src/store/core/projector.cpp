// The projector's routing, the family touch that Apply defers to Flush, and the system chain's
// events (organisation, teams, users, passwords, API tokens).
#include "store/core/projector.h"

#include <array>
#include <string>
#include <utility>

#include "domain/model.h"
#include "domain/time.h"
#include "ledger/events.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

// The lifetime of a token whose token.issued carries no expires_at (written before issue 14).
constexpr domain::Millis kDefaultTokenLifetime = 90LL * 24 * 3600 * 1000;

}  // namespace

domain::Error Envelope::Problem(domain::Code code, const std::string& what) const {
  return events::EventError(code, event_, what);
}

domain::Error Envelope::BadField(std::string_view key, const std::string& what) const {
  return events::BadField(event_, key, what);
}

template <typename T>
Status Projector::Decoded(const ledger::Event& e) {
  auto decoded = events::Decode<T>(e);
  if (!decoded) return Fail(std::move(decoded.error()));
  return On(std::as_const(*decoded), Envelope(e));
}

const Projector::Route* Projector::FindRoute(std::string_view type) {
  // One route per type of the catalogue, in its order; Decoded<T> needs an On for each.
  static constexpr auto kRoutes = []<typename... T>(events::TypeList<T...>) {
    return std::array<Route, sizeof...(T)>{
        Route{T::kType, T::kChain == events::Chain::kSystem, &Projector::Decoded<T>}...};
  }(events::AllEvents{});
  for (const Route& route : kRoutes) {
    if (route.type == type) return &route;
  }
  return nullptr;
}

Status Projector::Apply(const ledger::Event& event) {
  // Issue 14: a destroyed event has no content left to fold; the file.destroyed that lists it
  // (later in the chain) removes whatever was folded from it.
  if (event.redacted) return {};
  const Route* route = FindRoute(event.type);
  if (route == nullptr)
    return Fail(events::EventError(Code::kInvalidArgument, event, "unknown event type"));
  const bool on_system = event.chain == ledger::kSystemChain;
  if (route->system_chain != on_system) {
    return Fail(events::EventError(Code::kInvalidArgument, event,
                                   route->system_chain
                                       ? "belongs on the system chain"
                                       : "belongs on a family chain, not on system"));
  }
  if (event.type == events::FileDestroyed::kType) {
    // The family row goes with the file (and is absent when the ledger is folded again, since
    // every event before was destroyed), so it is neither required nor touched.
    if (auto status = Flush(); !status) return status;
    return (this->*route->handler)(event);
  }
  if (event.type == events::FamilyCreated::kType) {
    if (auto status = Flush(); !status) return status;
    auto created = (this->*route->handler)(event);
    if (created) pending_.family = event.chain;  // its row exists now, untouched since
    return created;
  }
  // Every family event changes the file ("updated_at" is the time of its last event) and
  // needs the family to exist: one UPDATE does both before the handler runs (and so before its
  // payload is decoded: a missing family is reported before a bad field), and a handler that
  // then fails undoes the touch with its item. Further events of the same family only note the
  // touch; Flush (or the next family) writes it, so a batch of events costs one UPDATE of the
  // family row instead of one per event.
  if (!on_system) {
    const bool entry =
        event.type == events::EntryAdded::kType || event.type == events::EntryCorrected::kType;
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
  return (this->*route->handler)(event);
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
    return Fail(events::EventError(Code::kNotFound, e,
                                   "family " + e.chain +
                                       " does not exist (a family chain starts with " +
                                       std::string(events::FamilyCreated::kType) + ")"));
  }
  return {};
}

// --- system chain -------------------------------------------------------------------------------

Status Projector::On(const events::OrganisationCreated& ev, const Envelope& env) {
  auto exists = port_.Exists(sql::kOrganisationExists, ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "organisation exists: " + ev.id));
  return Run(sql::kInsertOrganisation, ev.id, ev.name, env.time());
}

Status Projector::On(const events::TeamCreated& ev, const Envelope& env) {
  if (!domain::ParseTeamKind(ev.kind)) return Fail(env.BadField("kind", "is not a team kind"));
  auto org_exists = port_.Exists(sql::kOrganisationExists, ev.organisation_id);
  if (!org_exists) return Fail(org_exists.error());
  if (!*org_exists) {
    return Fail(env.Problem(Code::kNotFound, "unknown organisation " + ev.organisation_id));
  }
  auto exists = port_.Exists(sql::kTeamExists, ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "team exists: " + ev.id));
  return Run(sql::kInsertTeam, ev.id, ev.organisation_id, ev.name, ev.kind, ev.phone, ev.email);
}

Status Projector::On(const events::UserCreated& ev, const Envelope& env) {
  if (!ev.team_id.empty()) {
    auto team_exists = port_.Exists(sql::kTeamExists, ev.team_id);
    if (!team_exists) return Fail(team_exists.error());
    if (!*team_exists) return Fail(env.Problem(Code::kNotFound, "unknown team " + ev.team_id));
  }
  auto exists = port_.Exists(sql::kUserExists, ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "user exists: " + ev.id));
  auto taken = port_.Exists(sql::kUsernameTaken, ev.username);
  if (!taken) return Fail(taken.error());
  if (*taken) return Fail(env.Problem(Code::kAlreadyExists, "username taken: " + ev.username));
  return Run(sql::kInsertUser, ev.id, ev.username, ev.display_name, ev.team_id, ev.admin, ev.phone,
             ev.email);
}

Status Projector::On(const events::PasswordSet& ev, const Envelope& env) {
  auto updated = port_.Write(sql::kSetPasswordSetAt, ev.user_id, env.time());
  if (!updated) return Fail(updated.error());
  if (*updated == 0) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.user_id));
  return {};
}

Status Projector::On(const events::TokenIssued& ev, const Envelope& env) {
  auto user_exists = port_.Exists(sql::kUserExists, ev.user_id);
  if (!user_exists) return Fail(user_exists.error());
  if (!*user_exists) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.user_id));
  auto exists = port_.Exists(sql::kTokenExists, ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "token exists: " + ev.id));
  // Issue 14: tokens issued before expiry was written expire 90 days after they were issued.
  domain::Millis expires_at = env.time() + kDefaultTokenLifetime;
  if (!ev.expires_at.empty()) {
    const auto parsed = domain::ParseTimestamp(ev.expires_at);
    if (!parsed) return Fail(env.BadField("expires_at", "is not an RFC 3339 UTC timestamp"));
    expires_at = *parsed;
  }
  // A repeated token_sha256 hits the UNIQUE constraint and maps to AlreadyExists.
  return Run(sql::kInsertToken, ev.id, ev.user_id, ev.name, ev.token_sha256, env.time(),
             expires_at);
}

Status Projector::On(const events::TokenRevoked& ev, const Envelope& env) {
  auto revoked = port_.Write(sql::kRevokeToken, ev.id);
  if (!revoked) return Fail(revoked.error());
  if (*revoked == 0) return Fail(env.Problem(Code::kNotFound, "unknown token " + ev.id));
  return {};
}

}  // namespace stip::store::core
