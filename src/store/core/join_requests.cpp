// Ask to join (issue 10 item 6): the fold of join_request.* into `join_requests`, and the reads
// (with `known_checks`, folded in signals.cpp).
#include "ledger/events.h"
#include "store/core/core_store.h"
#include "store/core/projector.h"
#include "store/core/reads_support.h"

namespace stip::store::core {
namespace {

using domain::Code;
using domain::Fail;

namespace sql {
inline constexpr Sql kOpenRequestBy =
    "SELECT 1 FROM join_requests WHERE family_id = $1 AND user_id = $2 AND status = 'open'";
inline constexpr Sql kInsertRequest =
    "INSERT INTO join_requests (family_id, id, seq, user_id, check_id, role, message, status, "
    "asked_at, decided_at, decided_by, answer) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, 0, '', '') "
    "ON CONFLICT (family_id, id) DO NOTHING";
inline constexpr Sql kFindOpen =
    "SELECT user_id FROM join_requests WHERE family_id = $1 AND id = $2 AND status = 'open'";
inline constexpr Sql kDecide =
    "UPDATE join_requests SET status = $3, decided_at = $4, decided_by = $5, answer = $6 "
    "WHERE family_id = $1 AND id = $2 AND status = 'open'";
inline constexpr Sql kMatched =
    "SELECT DISTINCT k.family_id FROM known_checks k "
    "JOIN involvements i ON i.family_id = k.family_id AND i.role = 'lead' AND i.ended_at IS NULL "
    "JOIN users u ON u.id = i.user_id "
    "WHERE k.id = $1 AND k.user_id = $2 AND (u.team_id = $3 OR $3 = '') AND k.checked_at >= $4 "
    "ORDER BY k.family_id";
#define STIP_JOIN_REQUEST_COLUMNS                                                      \
  "SELECT r.id, r.family_id, r.user_id, r.check_id, r.role, r.message, r.status, "     \
  "r.asked_at, r.decided_at, r.decided_by, r.answer, coalesce(u.team_id, ''), f.name " \
  "FROM join_requests r JOIN families f ON f.id = r.family_id "                        \
  "LEFT JOIN involvements i ON i.family_id = r.family_id AND i.role = 'lead' "         \
  "AND i.ended_at IS NULL LEFT JOIN users u ON u.id = i.user_id "
inline constexpr Sql kListOfFamily =
    STIP_JOIN_REQUEST_COLUMNS "WHERE r.family_id = $1 ORDER BY r.asked_at DESC, r.id";
inline constexpr Sql kListToLead = STIP_JOIN_REQUEST_COLUMNS
    "WHERE r.status = 'open' AND i.user_id = $1 ORDER BY r.asked_at DESC, r.id";
inline constexpr Sql kListBy =
    STIP_JOIN_REQUEST_COLUMNS "WHERE r.user_id = $1 ORDER BY r.asked_at DESC, r.id";
#undef STIP_JOIN_REQUEST_COLUMNS
}  // namespace sql

domain::JoinRequest RequestOf(const Row& r) {
  return {r.Text(0), r.Text(1), r.Text(2), r.Text(3),  r.Text(4),  r.Text(5), r.Text(6),
          r.Int(7),  r.Int(8),  r.Text(9), r.Text(10), r.Text(11), r.Text(12)};
}

}  // namespace

Status Projector::On(const ledger::events::JoinRequestMade& ev, const Envelope& env) {
  if (ev.role != "duo" && ev.role != "second_opinion") {
    return Fail(env.BadField("role", "must be duo or second_opinion"));
  }
  auto open = port_.Exists(sql::kOpenRequestBy, env.chain(), env.actor());
  if (!open) return Fail(open.error());
  if (*open) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "user " + env.actor() + " has an open join request here already"));
  }
  auto inserted = port_.Write(sql::kInsertRequest, env.chain(), ev.id, env.seq(), env.actor(),
                              ev.check_id, ev.role, ev.message, env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) {
    return Fail(env.Problem(Code::kAlreadyExists, "join request exists: " + ev.id));
  }
  return {};
}

namespace {

Status Decide(SqlPort& port, const Envelope& env, const std::string& id, const char* status,
              const std::string& words) {
  auto found = port.One<std::string>(
      sql::kFindOpen, [](const Row& r) { return r.Text(0); }, env.chain(), id);
  if (!found) return Fail(found.error());
  if (!*found) {
    return Fail(env.Problem(Code::kFailedPrecondition, "no join request waits with id " + id));
  }
  auto changed = port.Write(sql::kDecide, env.chain(), id, std::string(status), env.time(),
                            env.actor(), words);
  if (!changed) return Fail(changed.error());
  return {};
}

}  // namespace

Status Projector::On(const ledger::events::JoinRequestAccepted& ev, const Envelope& env) {
  return Decide(port_, env, ev.id, "accepted", "");
}

Status Projector::On(const ledger::events::JoinRequestDeclined& ev, const Envelope& env) {
  return Decide(port_, env, ev.id, "declined", ev.words);
}

Result<std::vector<std::string>> CoreStore::MatchedFamilies(const std::string& check_id,
                                                            const std::string& user_id,
                                                            const std::string& team_id,
                                                            domain::Millis checked_since) {
  std::vector<std::string> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        sql::kMatched, [&](const Row& r) { out.push_back(r.Text(0)); }, check_id, user_id, team_id,
        checked_since);
  });
  if (!status) return Fail(status.error());
  return out;
}

namespace {

Status Each(SqlPort& port, Sql query, const std::string& key,
            std::vector<domain::JoinRequest>& out) {
  return port.Each(
      query, [&](const Row& r) { out.push_back(RequestOf(r)); }, key);
}

}  // namespace

Result<std::vector<domain::JoinRequest>> CoreStore::ListJoinRequests(const std::string& family_id) {
  std::vector<domain::JoinRequest> out;
  auto status =
      ReadOne([&](SqlPort& port) { return Each(port, sql::kListOfFamily, family_id, out); });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<domain::JoinRequest>> CoreStore::ListJoinRequestsToLead(
    const std::string& user_id) {
  std::vector<domain::JoinRequest> out;
  auto status = ReadOne([&](SqlPort& port) { return Each(port, sql::kListToLead, user_id, out); });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<domain::JoinRequest>> CoreStore::ListJoinRequestsBy(const std::string& user_id) {
  std::vector<domain::JoinRequest> out;
  auto status = ReadOne([&](SqlPort& port) { return Each(port, sql::kListBy, user_id, out); });
  if (!status) return Fail(status.error());
  return out;
}

}  // namespace stip::store::core
