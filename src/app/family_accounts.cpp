// Family accounts (invite, log in with a code, sessions) and a young person's consent.
#include <algorithm>
#include <utility>

#include <spdlog/spdlog.h>

#include "app/events.h"
#include "app/family_auth.h"
#include "app/stip.h"
#include "app/system.h"
#include "app/throttle.h"
#include "domain/household.h"
#include "domain/local_time.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

constexpr std::size_t kMaxRevokeReasonChars = 500;

domain::Error NoOutbox() {
  return {Code::kUnavailable,
          "Stip cannot send e-mail yet: no outbox is configured (see docs/architecture.md).",
          {}};
}

}  // namespace

void Stip::SetOutbox(Outbox& outbox, domain::Millis code_ttl) {
  outbox_ = &outbox;
  CodePolicy policy;
  policy.ttl = code_ttl;
  family_auth_ =
      std::make_shared<CodeAuthenticator>(accounts_, codes_, clock_, ids_, outbox, policy);
}

void Stip::SetFamilyAuthenticator(std::unique_ptr<FamilyAuthenticator> authenticator) {
  family_auth_ = std::move(authenticator);
}

Result<std::string> Stip::InviteMember(const Principal& who, const std::string& family_id,
                                       const NewInvitation& invitation) {
  if (!family_auth_) return Fail(NoOutbox());
  const auto contact = NormalContact(invitation.contact);
  const std::string account_id = ids_.NewId("acc");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kInviteMember);
    if (!access) return tl::unexpected(access.error());
    std::vector<domain::FieldError> errors;
    const domain::Member* member = domain::FindMemberIn(access->family, invitation.member_id);
    if (!member) errors.push_back({"member_id", domain::NotAMember()});
    if (!contact) {
      errors.push_back({"contact", domain::FieldCode::kNotAnEmail, "must be an e-mail address"});
    }
    if (member && member->role == domain::MemberRole::kChild &&
        domain::AgeOn(member->birth_date, access->query.today) <
            access->query.policy.own_access_age) {
      errors.push_back({"member_id",
                        domain::FieldCode::kTooYoungForAccount,
                        "a child under 12 has no own account; the parents with custody read "
                        "for the child",
                        {{"age", std::int64_t{access->query.policy.own_access_age}}}});
    }
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The invitation cannot be sent like this.", errors));
    }
    auto accounts = accounts_.ListAccounts(family_id);
    if (!accounts) return tl::unexpected(accounts.error());
    for (const auto& a : *accounts) {
      if (!a.revoked && a.member_id == invitation.member_id) {
        return Fail(Code::kAlreadyExists, "This family member already has an account.");
      }
    }
    // Only this family's accounts are compared: an address may have an account in another
    // family too (the person changes between them after logging in), and a different answer
    // would tell this lead that the address is known to Stip elsewhere.
    for (const auto& a : *accounts) {
      if (!a.revoked && a.contact == *contact) {
        return Fail(domain::Error{
            Code::kAlreadyExists,
            "Another member of this family has an account with this e-mail address; use "
            "another address.",
            {{"contact", domain::FieldCode::kAlreadyUsed, "is already used in this family"}}});
      }
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, clock_.Now(),
                  events::AccountInvited{
                      .id = account_id, .member_id = invitation.member_id, .contact = *contact}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  if (auto sent = family_auth_->Begin(*contact, true, account_id); !sent) {
    return tl::unexpected(sent.error());
  }
  return account_id;
}

// Ending an account is the lead's, like inviting (the engine's kInviteMember: lead only).
Status Stip::RevokeAccount(const Principal& who, const std::string& family_id,
                           const std::string& account_id, const std::string& reason) {
  if (auto problem = domain::CheckText(reason, kMaxRevokeReasonChars, true, true)) {
    return Fail(domain::Error::Invalid("Say why the account ends.", {{"reason", *problem}}));
  }
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kInviteMember);
    if (!access) return tl::unexpected(access.error());
    auto account = accounts_.FindAccount(account_id);
    if (!account) return tl::unexpected(account.error());
    if (!*account || (*account)->family_id != family_id) {
      return Fail(Code::kNotFound, "There is no account '" + account_id + "' in this family file.");
    }
    if ((*account)->revoked) {
      return Fail(Code::kFailedPrecondition, "This account has been ended already.");
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::AccountRevoked{.id = account_id, .reason = domain::Trim(reason)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::BeginFamilyLogin(const std::string& contact, const std::string& client) {
  if (!family_auth_) return Fail(NoOutbox());
  const auto normal = NormalContact(contact);
  if (!normal) return {};  // the same answer as for an unknown address
  // Every limit is counted before anything is looked up, for known and unknown addresses
  // alike: the request takes the same path and time either way, and a limit may say so.
  const domain::Millis now = clock_.Now();
  const domain::Millis window = options_.code_request_window;
  const struct {
    std::string key;
    int limit;
    const char* message;
  } limits[] = {
      {AttemptKey("codes-client", "", client), options_.codes_per_client,
       "Too many codes were asked for from this connection."},
      {AttemptKey("codes-address", *normal, client), options_.codes_per_address_and_client,
       "You asked for a code for this address too often. Use the newest code in your mail."},
  };
  for (const auto& limit : limits) {
    auto counted = throttles_.CountInWindow(limit.key, now, window);
    if (!counted) return tl::unexpected(counted.error());
    if (counted->first > limit.limit) {
      const auto minutes = (counted->second + window - now + 59'999) / 60'000;
      return Fail(Code::kResourceExhausted, std::string(limit.message) + " Or try again in " +
                                                std::to_string(minutes) + " minutes.");
    }
  }
  const bool queued = background_->Post([auth = family_auth_, address = *normal] {
    if (auto sent = auth->Begin(address, false); !sent) {
      spdlog::warn("a login code could not be sent: {}", sent.error().message);
    }
  });
  if (!queued) {
    return Fail(Code::kUnavailable, "Stip is sending many codes right now; try again in a minute.");
  }
  return {};
}

void Stip::DrainBackground() { background_->Drain(); }

Result<LoginResult> Stip::CompleteFamilyLogin(const std::string& contact, const std::string& code,
                                              const std::string& client) {
  if (!family_auth_) return Fail(NoOutbox());
  const auto now = clock_.Now();
  const auto normal = NormalContact(contact);
  // As for passwords: this client's count, and all clients' together (short back-off).
  const std::string attempts = AttemptKey("code", normal.value_or(contact), client);
  const std::string shared = AttemptKey("code", normal.value_or(contact), kAllClients);
  const auto turn = TakeTurn(attempts);
  const auto shared_turn = TakeTurn(shared);
  const BackOff backoff{options_.code_free_failures, options_.login_backoff_base,
                        options_.login_backoff_max};
  const BackOff shared_backoff{options_.shared_free_failures, options_.login_backoff_base,
                               options_.shared_backoff_max};
  if (auto claimed = ClaimAttempt(throttles_, attempts, now, backoff,
                                  "Too many wrong codes for this address from this connection.");
      !claimed) {
    return tl::unexpected(claimed.error());
  }
  if (auto claimed = ClaimAttempt(throttles_, shared, now, shared_backoff,
                                  "Many wrong codes for this address from several places.");
      !claimed) {
    return tl::unexpected(claimed.error());
  }
  auto account = family_auth_->Complete(contact, code);
  if (!account) return tl::unexpected(account.error());
  for (const std::string* key : {&attempts, &shared}) {
    if (auto cleared = throttles_.ClearAttempts(*key); !cleared) {
      return tl::unexpected(cleared.error());
    }
  }
  if (!account->activated_at) {
    auto head = AppendWithRetry(account->family_id, [&]() -> Result<store::AppendRequest> {
      auto current = accounts_.FindAccount(account->id);
      if (!current) return tl::unexpected(current.error());
      auto family_head = ledger_.Head(account->family_id);
      if (!family_head) return tl::unexpected(family_head.error());
      if (*current && (*current)->activated_at) {
        return Fail(Code::kAlreadyExists, "already activated");  // another login was first
      }
      store::AppendRequest req{account->family_id, family_head->seq, {}};
      req.events.push_back(MakeEvent(account->family_id, account->id, now,
                                     events::AccountActivated{.id = account->id}));
      return req;
    });
    if (!head && head.error().code != Code::kAlreadyExists) return tl::unexpected(head.error());
  }
  return StartFamilySession(account->id, now, now + options_.session_ttl);
}

Result<LoginResult> Stip::StartFamilySession(const std::string& account_id, domain::Millis now,
                                             domain::Millis expires_at) {
  auto principal = FamilyPrincipal(account_id, "");
  if (!principal) return tl::unexpected(principal.error());
  LoginResult result;
  result.session_token = ids_.NewSecret(32);
  result.csrf = ids_.NewSecret(24);
  result.expires_at = expires_at;
  result.user = principal->user;
  result.network = principal->IsNetwork();
  store::Session session{Sha256Hex(result.session_token), account_id, result.csrf, now,
                         result.expires_at};
  if (auto r = credentials_.CreateSession(session); !r) return tl::unexpected(r.error());
  return result;
}

Result<std::vector<OtherFamily>> Stip::OtherFamiliesOf(const Principal& who) {
  std::vector<OtherFamily> out;
  if (!who.IsFamily() || !who.account) {
    return Fail(Code::kPermissionDenied,
                "Only a family member or a network member changes between families.");
  }
  auto accounts = accounts_.ListAccountsByContact(who.account->contact);
  if (!accounts) return tl::unexpected(accounts.error());
  for (const auto& a : *accounts) {
    // Another family only, and an account its owner took up with the invitation's code: the
    // first visit to a new family is through that code (its lead sees it activated then).
    if (a.id == who.account->id || a.family_id == who.account->family_id || !a.activated_at) {
      continue;
    }
    auto family = families_.FindFamily(a.family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*family) continue;
    out.push_back({a.id, (*family)->name, a.member_id.starts_with("nwm_")});
  }
  return out;
}

Result<LoginResult> Stip::SwitchFamily(const Principal& who, const std::string& account_id,
                                       const std::string& session_token) {
  auto others = OtherFamiliesOf(who);
  if (!others) return tl::unexpected(others.error());
  const bool mine = std::any_of(others->begin(), others->end(),
                                [&](const OtherFamily& f) { return f.account_id == account_id; });
  if (!mine) return Fail(Code::kNotFound, "You have no account '" + account_id + "' to change to.");
  // The session changes hands: the old one ends, and the new one ends when it would have, so
  // changing back and forth never keeps anyone logged in longer than one code login.
  const std::string hash = Sha256Hex(session_token);
  auto current = credentials_.FindSession(hash);
  if (!current) return tl::unexpected(current.error());
  if (!*current || (*current)->user_id != who.account->id) {
    return Fail(Code::kUnauthenticated, "Log in again to change to another family.");
  }
  auto login = StartFamilySession(account_id, clock_.Now(), (*current)->expires_at);
  if (!login) return tl::unexpected(login.error());
  if (auto ended = credentials_.DeleteSession(hash); !ended) return tl::unexpected(ended.error());
  return login;
}

Result<Principal> Stip::FamilyPrincipal(const std::string& account_id, const std::string& csrf) {
  auto account = accounts_.FindAccount(account_id);
  if (!account) return tl::unexpected(account.error());
  if (!*account || (*account)->revoked) {
    return Fail(Code::kUnauthenticated, "This account no longer exists.");
  }
  Principal p;
  p.user.id = account_id;
  p.user.username = (*account)->contact;
  p.via = Principal::Via::kSession;
  p.csrf = csrf;
  p.account = std::move(**account);
  if (p.IsNetwork()) {
    // Issue 10: a network member's name is on their own record; what they may see is decided
    // per request from the consents (a session outlives none of them).
    auto network = accounts_.ListNetworkMembers(p.account->family_id);
    if (!network) return tl::unexpected(network.error());
    for (const auto& n : *network) {
      if (n.id == p.account->member_id) p.user.display_name = n.name;
    }
    if (p.user.display_name.empty()) {
      return Fail(Code::kUnauthenticated, "This account no longer exists.");
    }
    return p;
  }
  // One load of the file gives the member's name and, for the family's menu, the engine's
  // answer on the access log (asked on every request, like every other decision).
  auto access = LoadAccess(p, p.account->family_id);
  if (!access) {
    if (access.error().code != Code::kNotFound) return tl::unexpected(access.error());
    return Fail(Code::kUnauthenticated, "This account no longer exists.");
  }
  const domain::Member* member = domain::FindMemberIn(access->family, p.account->member_id);
  if (!member) return Fail(Code::kUnauthenticated, "This account no longer exists.");
  p.user.display_name = member->name;
  p.may_view_access_log =
      domain::Decide(access->family, access->query, domain::Action::kViewAccessLog).allowed;
  return p;
}

Result<std::string> Stip::GiveConsent(const Principal& who, const std::string& family_id,
                                      const NewConsent& input) {
  const std::string consent_id = ids_.NewId("cns");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kManageConsent);
    if (!access) return tl::unexpected(access.error());
    domain::Consent consent;
    consent.young_person_id = who.account->member_id;
    consent.member_id = input.member_id;
    consent.given_on = access->query.today;
    std::vector<domain::FieldError> errors;
    if (!input.valid_until.empty()) {
      consent.valid_until = domain::ParseDate(input.valid_until);
      if (!consent.valid_until) {
        errors.push_back({"valid_until", domain::NotADate()});
      }
    }
    auto rule_errors = domain::CheckConsent(access->family, consent, access->query.today);
    errors.insert(errors.end(), rule_errors.begin(), rule_errors.end());
    if (!errors.empty()) return Fail(domain::Error::Invalid("The consent is not valid.", errors));
    events::ConsentGiven given{.id = consent_id,
                               .young_person_id = consent.young_person_id,
                               .member_id = consent.member_id};
    if (consent.valid_until) given.valid_until = domain::FormatDate(*consent.valid_until);
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, clock_.Now(), given));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return consent_id;
}

Status Stip::EndConsent(const Principal& who, const std::string& family_id,
                        const std::string& consent_id) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kManageConsent);
    if (!access) return tl::unexpected(access.error());
    auto consents = accounts_.ListConsents(family_id);
    if (!consents) return tl::unexpected(consents.error());
    bool mine = false;
    for (const auto& c : *consents) {
      mine = mine || (c.id == consent_id && c.consent.young_person_id == who.account->member_id);
    }
    if (!mine) return Fail(Code::kNotFound, "You have no running consent with this id.");
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, clock_.Now(), events::ConsentEnded{.id = consent_id}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

}  // namespace stip::app
