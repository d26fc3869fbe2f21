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
      notify_(store),
      signals_(store),
      retention_(store),
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
                                const std::string& client, const std::string& code) {
  const domain::Millis now = clock_.Now();
  // Two counts: this client's (a long back-off, so one guesser is stopped) and all clients'
  // together (a short one, so guessing from many addresses is slowed but the owner waits a
  // minute at most).
  const std::string attempts = AttemptKey("password", username, client);
  const std::string shared = AttemptKey("password", username, kAllClients);
  const auto turn = TakeTurn(attempts);
  const auto shared_turn = TakeTurn(shared);
  const BackOff backoff{options_.login_free_failures, options_.login_backoff_base,
                        options_.login_backoff_max};
  const BackOff shared_backoff{options_.shared_free_failures, options_.login_backoff_base,
                               options_.shared_backoff_max};
  if (auto claimed = ClaimAttempt(throttles_, attempts, now, backoff,
                                  "Too many failed logins for this account from here.");
      !claimed) {
    return tl::unexpected(claimed.error());
  }
  if (auto claimed = ClaimAttempt(throttles_, shared, now, shared_backoff,
                                  "Many failed logins for this account from several places.");
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
  // Issue 14 item 2: with a second step the code must be right too; a wrong one stays counted
  // like a wrong password (the back-off guards the 6 digits).
  if (auto checked = CheckSecondStep(**user, code); !checked)
    return tl::unexpected(checked.error());
  if (auto r = throttles_.ClearAttempts(attempts); !r) return tl::unexpected(r.error());
  if (auto r = throttles_.ClearAttempts(shared); !r) return tl::unexpected(r.error());
  // Told only after the right password, so that it does not tell strangers who exists.
  if ((*user)->disabled) {
    return Fail(Code::kPermissionDenied,
                "This account is disabled. Ask the administrator of your organisation.");
  }

  LoginResult result;
  result.session_token = ids_.NewSecret(32);
  result.csrf = ids_.NewSecret(24);
  result.expires_at = now + options_.session_ttl;
  result.user = **user;
  auto missing = SecondStepMissing(**user);
  if (!missing) return tl::unexpected(missing.error());
  result.second_step_missing = *missing;
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
  // Issue 14: read from the store on every request, so disabling works at once everywhere.
  if ((*user)->disabled) return Fail(Code::kUnauthenticated, "This account is disabled.");
  Principal principal{**user, Principal::Via::kSession, (*session)->csrf, std::nullopt};
  auto missing = SecondStepMissing(**user);
  if (!missing) return tl::unexpected(missing.error());
  principal.second_step_missing = *missing;
  return principal;
}

Result<Principal> Stip::TokenPrincipal(const std::string& bearer_token) {
  auto token = admin_.FindTokenBySha256(Sha256Hex(bearer_token));
  if (!token) return tl::unexpected(token.error());
  if (!*token || (*token)->revoked) {
    return Fail(Code::kUnauthenticated, "The access token is unknown or revoked.");
  }
  // Issue 14: no cache in between; every process sees an expiry or a revocation at once.
  if ((*token)->expires_at <= clock_.Now()) {
    return Fail(Code::kUnauthenticated, "The access token has expired; issue a new one.");
  }
  auto user = admin_.FindUser((*token)->user_id);
  if (!user) return tl::unexpected(user.error());
  if (!*user) return Fail(Code::kUnauthenticated, "This account no longer exists.");
  if ((*user)->disabled) return Fail(Code::kUnauthenticated, "This account is disabled.");
  Principal principal{**user, Principal::Via::kToken, "", std::nullopt};
  auto missing = SecondStepMissing(**user);
  if (!missing) return tl::unexpected(missing.error());
  principal.second_step_missing = *missing;
  return principal;
}

Status Stip::Logout(const std::string& session_token) {
  return credentials_.DeleteSession(Sha256Hex(session_token));
}

Result<IssuedToken> Stip::IssueToken(const Principal& who, const std::string& name,
                                     std::optional<std::int64_t> days) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "API tokens are for professionals' systems.");
  }
  std::vector<domain::FieldError> errors;
  if (auto problem = domain::CheckText(name, domain::kMaxNameChars, true, false)) {
    errors.push_back({"name", *problem});
  }
  const std::int64_t lifetime = days.value_or(options_.token_days);
  if (lifetime < 1 || lifetime > options_.token_max_days) {
    errors.push_back(
        {"expires_in_days",
         domain::FieldCode::kOutOfRange,
         "use a whole number of days from 1 to " + std::to_string(options_.token_max_days),
         {{"min", std::int64_t{1}}, {"max", std::int64_t{options_.token_max_days}}}});
  }
  if (!errors.empty()) return Fail(domain::Error::Invalid("The token is not valid.", errors));
  const auto now = clock_.Now();
  IssuedToken issued{ids_.NewId("tok"), ids_.NewSecret(32), now + lifetime * 24 * 3600 * 1000};
  auto head =
      AppendWithRetry(std::string(ledger::kSystemChain), [&]() -> Result<store::AppendRequest> {
        auto system_head = ledger_.Head(std::string(ledger::kSystemChain));
        if (!system_head) return tl::unexpected(system_head.error());
        store::AppendRequest req{std::string(ledger::kSystemChain), system_head->seq, {}};
        req.events.push_back(MakeEvent(
            req.chain, who.user.id, now,
            events::TokenIssued{.id = issued.id,
                                .user_id = who.user.id,
                                .name = name,
                                .token_sha256 = Sha256Hex(issued.token),
                                .expires_at = domain::FormatTimestamp(issued.expires_at)}));
        return req;
      });
  if (!head) return tl::unexpected(head.error());
  return issued;
}

}  // namespace stip::app
