#include "app/stip.h"

#include <utility>

#include "app/events.h"
#include "app/system.h"
#include "app/throttle.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

Stip::Stip(store::Store& store, const domain::Clock& clock, domain::IdGen& ids, Options options)
    : ledger_(store),
      history_(store),
      admin_(store),
      families_(store),
      reactions_(store),
      accounts_(store),
      credentials_(store),
      codes_(store),
      throttles_(store),
      clock_(clock),
      ids_(ids),
      options_(options),
      committer_(std::make_unique<Committer>(ledger_)),
      background_(std::make_unique<Background>()) {}

Stip::~Stip() = default;

Principal Stip::CliPrincipal() const {
  Principal p;
  p.user.id = "system";
  p.user.username = "system";
  p.user.display_name = "Beheer (console)";
  p.user.admin = true;
  p.via = Principal::Via::kCli;
  return p;
}

Result<store::ChainHead> Stip::AppendWithRetry(
    const std::string& chain, const std::function<Result<store::AppendRequest>()>& build) {
  const auto turn = chain_locks_.Lock(chain);
  for (int attempt = 0; attempt <= options_.conflict_retries; ++attempt) {
    auto request = build();
    if (!request) return tl::unexpected(request.error());
    auto head = committer_->Append(std::move(*request));
    if (head || head.error().code != Code::kConflict) return head;
  }
  return Fail(Code::kUnavailable,
              "This file is being changed by many people at once; try again in a moment.");
}

// --- authentication ---------------------------------------------------------------------------

Result<LoginResult> Stip::Login(const std::string& username, const std::string& password,
                                const std::string& client) {
  const domain::Millis now = clock_.Now();
  const std::string attempts = AttemptKey("password", username, client);
  const auto turn = TakeTurn(attempts);
  const BackOff backoff{options_.login_free_failures, options_.login_backoff_base,
                        options_.login_backoff_max};
  if (auto claimed = ClaimAttempt(throttles_, attempts, now, backoff,
                                  "Too many failed logins for this account from here.");
      !claimed) {
    return tl::unexpected(claimed.error());
  }

  auto user = admin_.FindUserByUsername(username);
  if (!user) return tl::unexpected(user.error());
  std::optional<std::string> stored;
  if (*user) {
    auto hash = credentials_.PasswordHash((*user)->id);
    if (!hash) return tl::unexpected(hash.error());
    stored = *hash;
  }
  // Verify against a real hash even for an unknown user, so timing does not tell who exists.
  static const std::string kDummy = HashPassword("stip-timing-equaliser").value_or("");
  const bool ok = CheckPassword(stored ? *stored : kDummy, password) && stored.has_value();
  // The attempt was counted before the check; only a success clears the count.
  if (!ok) return Fail(Code::kUnauthenticated, "The username or the password is wrong.");
  if (auto r = throttles_.ClearAttempts(attempts); !r) return tl::unexpected(r.error());

  LoginResult result;
  result.session_token = ids_.NewSecret(32);
  result.csrf = ids_.NewSecret(24);
  result.expires_at = now + options_.session_ttl;
  result.user = **user;
  store::Session session{Sha256Hex(result.session_token), result.user.id, result.csrf, now,
                         result.expires_at};
  if (auto r = credentials_.CreateSession(session); !r) return tl::unexpected(r.error());
  return result;
}

Result<Principal> Stip::SessionPrincipal(const std::string& session_token) {
  auto session = credentials_.FindSession(Sha256Hex(session_token));
  if (!session) return tl::unexpected(session.error());
  if (!*session || (*session)->expires_at <= clock_.Now()) {
    return Fail(Code::kUnauthenticated, "Your session has ended; log in again.");
  }
  // A family member's session holds the account id (issue 3).
  if ((*session)->user_id.starts_with("acc_")) {
    return FamilyPrincipal((*session)->user_id, (*session)->csrf);
  }
  auto user = admin_.FindUser((*session)->user_id);
  if (!user) return tl::unexpected(user.error());
  if (!*user) return Fail(Code::kUnauthenticated, "This account no longer exists.");
  return Principal{**user, Principal::Via::kSession, (*session)->csrf, std::nullopt};
}

Result<Principal> Stip::TokenPrincipal(const std::string& bearer_token) {
  auto token = admin_.FindTokenBySha256(Sha256Hex(bearer_token));
  if (!token) return tl::unexpected(token.error());
  if (!*token || (*token)->revoked) {
    return Fail(Code::kUnauthenticated, "The access token is unknown or revoked.");
  }
  auto user = admin_.FindUser((*token)->user_id);
  if (!user) return tl::unexpected(user.error());
  if (!*user) return Fail(Code::kUnauthenticated, "This account no longer exists.");
  return Principal{**user, Principal::Via::kToken, "", std::nullopt};
}

Status Stip::Logout(const std::string& session_token) {
  return credentials_.DeleteSession(Sha256Hex(session_token));
}

Result<IssuedToken> Stip::IssueToken(const Principal& who, const std::string& name) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "API tokens are for professionals' systems.");
  }
  if (auto problem = domain::CheckText(name, domain::kMaxNameChars, true, false)) {
    return Fail(domain::Error::Invalid("The token needs a name.", {{"name", *problem}}));
  }
  IssuedToken issued{ids_.NewId("tok"), ids_.NewSecret(32)};
  const auto now = clock_.Now();
  auto head =
      AppendWithRetry(std::string(ledger::kSystemChain), [&]() -> Result<store::AppendRequest> {
        auto system_head = ledger_.Head(std::string(ledger::kSystemChain));
        if (!system_head) return tl::unexpected(system_head.error());
        store::AppendRequest req{std::string(ledger::kSystemChain), system_head->seq, {}};
        req.events.push_back(
            MakeEvent(req.chain, who.user.id, now,
                      events::TokenIssued{.id = issued.id,
                                          .user_id = who.user.id,
                                          .name = name,
                                          .token_sha256 = Sha256Hex(issued.token)}));
        return req;
      });
  if (!head) return tl::unexpected(head.error());
  return issued;
}

}  // namespace stip::app
