// Accounts and tokens with a life cycle (issue 14): listing and revoking API tokens, a user's
// sessions, and the administrator's changes to professional accounts (disable, enable, team).
// Every change is an event on the system chain; sessions are operational state.
#include <utility>

#include "app/admin_internal.h"
#include "app/events.h"
#include "app/stip.h"
#include "app/system.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

// Whose tokens or sessions `who` asks for: their own ("" or their id), or, for an
// administrator, anyone's. A family member has neither.
Result<std::string> Subject(const Principal& who, const std::string& user_id) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "Tokens and sessions here are professionals' own.");
  }
  if (user_id.empty() || user_id == who.user.id) return who.user.id;
  if (!who.user.admin) {
    return Fail(Code::kPermissionDenied, "Only an administrator may see another user's access.");
  }
  return user_id;
}

std::string StateOf(const store::ApiToken& t, domain::Millis now) {
  if (t.revoked) return "revoked";
  return t.expires_at <= now ? "expired" : "active";
}

}  // namespace

Result<std::vector<TokenInfo>> Stip::ListTokens(const Principal& who, const std::string& user_id) {
  auto subject = Subject(who, user_id);
  if (!subject) return tl::unexpected(subject.error());
  if (*subject != who.user.id) {
    auto user = admin_.FindUser(*subject);
    if (!user) return tl::unexpected(user.error());
    if (!*user) return Fail(Code::kNotFound, "No professional has id '" + *subject + "'.");
  }
  auto tokens = admin_.ListTokensOf(*subject);
  if (!tokens) return tl::unexpected(tokens.error());
  const auto now = clock_.Now();
  std::vector<TokenInfo> out;
  out.reserve(tokens->size());
  for (const auto& t : *tokens) {
    out.push_back({t.id, t.user_id, t.name, t.issued_at, t.expires_at, StateOf(t, now)});
  }
  return out;
}

Status Stip::RevokeToken(const Principal& who, const std::string& token_id) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "API tokens are for professionals' systems.");
  }
  const auto now = clock_.Now();
  return AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto token = admin_.FindToken(token_id);
    if (!token) return tl::unexpected(token.error());
    // Someone else's token does not exist for a non-administrator.
    if (!*token || ((*token)->user_id != who.user.id && !who.user.admin)) {
      return Fail(Code::kNotFound, "You have no token with id '" + token_id + "'.");
    }
    // Revoked or expired already: nothing to add.
    if (StateOf(**token, now) != "active") return std::vector<ledger::Event>{};
    return std::vector{SystemEvent(who.user.id, now, events::TokenRevoked{.id = token_id})};
  });
}

Result<std::vector<SessionInfo>> Stip::ListSessions(const Principal& who,
                                                    const std::string& user_id,
                                                    const std::string& current_session) {
  auto subject = Subject(who, user_id);
  if (!subject) return tl::unexpected(subject.error());
  const auto now = clock_.Now();
  auto sessions = credentials_.ListSessionsOf(*subject, now);
  if (!sessions) return tl::unexpected(sessions.error());
  const std::string current = current_session.empty() ? "" : Sha256Hex(current_session);
  std::vector<SessionInfo> out;
  out.reserve(sessions->size());
  for (const auto& s : *sessions) {
    out.push_back({s.created_at, s.expires_at, !current.empty() && s.token_sha256 == current});
  }
  return out;
}

Status Stip::DisableUser(const Principal& who, const std::string& user_id,
                         const std::string& reason) {
  if (auto r = RequireAdmin(who); !r) return r;
  if (auto problem = domain::CheckText(reason, 500, true, false)) {
    return Fail(domain::Error::Invalid("Give a reason.", {{"reason", *problem}}));
  }
  if (user_id == who.user.id) {
    return Fail(Code::kFailedPrecondition,
                "You cannot disable your own account; ask another administrator.");
  }
  const auto now = clock_.Now();
  auto appended = AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto user = KnownUser(admin_, user_id);
    if (!user) return tl::unexpected(user.error());
    if (user->disabled) return Fail(Code::kFailedPrecondition, "This account is disabled already.");
    auto tokens = admin_.ListTokensOf(user_id);
    if (!tokens) return tl::unexpected(tokens.error());
    std::vector added{
        SystemEvent(who.user.id, now, events::UserDisabled{.user_id = user_id, .reason = reason})};
    // Its tokens end for good: enabling the account again does not bring them back.
    for (const auto& t : *tokens) {
      if (StateOf(t, now) != "active") continue;
      added.push_back(SystemEvent(who.user.id, now, events::TokenRevoked{.id = t.id}));
    }
    return added;
  });
  if (!appended) return appended;
  // The sessions would be refused anyway (every request reads the user); ending them keeps a
  // later enable from reviving them.
  return credentials_.DeleteSessionsOf(user_id);
}

Status Stip::EnableUser(const Principal& who, const std::string& user_id,
                        const std::string& reason) {
  if (auto r = RequireAdmin(who); !r) return r;
  if (auto problem = domain::CheckText(reason, 500, true, false)) {
    return Fail(domain::Error::Invalid("Give a reason.", {{"reason", *problem}}));
  }
  const auto now = clock_.Now();
  return AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto user = KnownUser(admin_, user_id);
    if (!user) return tl::unexpected(user.error());
    if (!user->disabled) return Fail(Code::kFailedPrecondition, "This account is not disabled.");
    return std::vector{
        SystemEvent(who.user.id, now, events::UserEnabled{.user_id = user_id, .reason = reason})};
  });
}

Status Stip::ChangeTeam(const Principal& who, const std::string& user_id,
                        const std::string& team_id) {
  if (auto r = RequireAdmin(who); !r) return r;
  if (team_id.empty()) {
    return Fail(domain::Error::Invalid("Choose a team.", {{"team_id", domain::Required()}}));
  }
  const auto now = clock_.Now();
  return AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto user = KnownUser(admin_, user_id);
    if (!user) return tl::unexpected(user.error());
    auto team = admin_.FindTeam(team_id);
    if (!team) return tl::unexpected(team.error());
    if (!*team) {
      return Fail(
          domain::Error::Invalid("Unknown team.", {{"team_id", domain::UnknownId("team")}}));
    }
    if (user->team_id == team_id) return std::vector<ledger::Event>{};  // in that team already
    return std::vector{SystemEvent(
        who.user.id, now, events::UserTeamChanged{.user_id = user_id, .team_id = team_id})};
  });
}

Result<std::vector<domain::Team>> Stip::ListTeams(const Principal& who) {
  if (auto r = RequireAdmin(who); !r) return tl::unexpected(r.error());
  return admin_.ListTeams();
}

}  // namespace stip::app
