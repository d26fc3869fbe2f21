// Administration on the web (issue 14 item 1): the folds of password reset links, of an
// administrator's reset of a second step and of a team's new name, and the reads behind them.
#include "ledger/events.h"
#include "store/core/core_store.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"
#include "store/core/reads_support.h"

namespace stip::store::core {

using domain::Code;
using domain::Fail;
namespace events = ledger::events;

namespace admin_sql {

inline constexpr Sql kInsertReset =
    "INSERT INTO password_resets (id, user_id, token_sha256, requested_by, requested_at, "
    "expires_at, state, ended_at) VALUES ($1, $2, $3, $4, $5, $6, 'open', 0)";
inline constexpr Sql kUseReset =
    "UPDATE password_resets SET state = 'used', ended_at = $3 "
    "WHERE id = $1 AND user_id = $2 AND state = 'open'";
inline constexpr Sql kFindReset =
    "SELECT id, user_id, token_sha256, requested_by, requested_at, expires_at, state, ended_at "
    "FROM password_resets WHERE token_sha256 = $1";
inline constexpr Sql kLatestReset =
    "SELECT id, user_id, token_sha256, requested_by, requested_at, expires_at, state, ended_at "
    "FROM password_resets WHERE user_id = $1 ORDER BY requested_at DESC, id DESC LIMIT 1";
inline constexpr Sql kRenameTeam = "UPDATE teams SET name = $2 WHERE id = $1";
inline constexpr Sql kListOrganisations = "SELECT id, name FROM organisations ORDER BY name, id";

}  // namespace admin_sql

namespace {

PasswordReset ResetOf(const Row& r) {
  return PasswordReset{r.Text(0), r.Text(1), r.Text(2), r.Text(3),
                       r.Int(4),  r.Int(5),  r.Text(6), r.Int(7)};
}

}  // namespace

// A newer link replaces every open one of the same user.
Status Projector::On(const events::PasswordResetRequested& ev, const Envelope& env) {
  auto user = port_.Exists(projector_sql::kUserExists, ev.user_id);
  if (!user) return Fail(user.error());
  if (!*user) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.user_id));
  const auto expires_at = domain::ParseTimestamp(ev.expires_at);
  if (!expires_at) return Fail(env.BadField("expires_at", "is not an RFC 3339 UTC timestamp"));
  if (auto r = Run(projector_sql::kEndOpenResets, ev.user_id, env.time(), std::string("replaced"));
      !r) {
    return r;
  }
  // A repeated id or token_sha256 hits a unique constraint and maps to AlreadyExists.
  return Run(admin_sql::kInsertReset, ev.id, ev.user_id, ev.token_sha256, env.actor(), env.time(),
             *expires_at);
}

Status Projector::On(const events::PasswordResetUsed& ev, const Envelope& env) {
  auto used = port_.Write(admin_sql::kUseReset, ev.id, ev.user_id, env.time());
  if (!used) return Fail(used.error());
  if (*used == 0) return Fail(env.Problem(Code::kFailedPrecondition, "no open reset " + ev.id));
  return {};
}

// Like totp.disabled: the named credential only (a rebuild finds no such row).
Status Projector::On(const events::TotpReset& ev, const Envelope&) {
  return Run(projector_sql::kDeleteTotp, ev.credential_id, ev.user_id);
}

Status Projector::On(const events::TeamRenamed& ev, const Envelope& env) {
  auto updated = port_.Write(admin_sql::kRenameTeam, ev.id, ev.name);
  if (!updated) return Fail(updated.error());
  if (*updated == 0) return Fail(env.Problem(Code::kNotFound, "unknown team " + ev.id));
  return {};
}

Result<std::vector<domain::Organisation>> CoreStore::ListOrganisations() {
  std::vector<domain::Organisation> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(admin_sql::kListOrganisations, [&](const Row& r) {
      out.push_back({r.Text(0), r.Text(1)});
    });
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::optional<PasswordReset>> CoreStore::FindPasswordReset(const std::string& token_sha256) {
  return Fetch<std::optional<PasswordReset>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<PasswordReset>(admin_sql::kFindReset, &ResetOf, token_sha256);
  });
}

Result<std::optional<PasswordReset>> CoreStore::LatestPasswordReset(const std::string& user_id) {
  return Fetch<std::optional<PasswordReset>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<PasswordReset>(admin_sql::kLatestReset, &ResetOf, user_id);
  });
}

}  // namespace stip::store::core
