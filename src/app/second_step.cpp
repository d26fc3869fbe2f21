// A professional's second login step (issue 14 item 2): TOTP codes from an authenticator app.
// The secret is operational state (store::Credentials), never in the ledger; enrolling and
// turning it off are events on the system chain (totp.enrolled, totp.disabled), whose folds
// confirm or delete the stored credential in the event's own transaction.
#include <algorithm>
#include <array>
#include <string_view>

#include "app/events.h"
#include "app/stip.h"
#include "app/totp.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

// The documented demo accounts (app/demo.cpp, README): in demo mode they keep logging in with
// only the password "demo", also where the installation requires a second step.
constexpr std::array<std::string_view, 6> kDemoUsernames = {
    "regisseur", "veiligheid", "collega", "gedragswetenschapper", "teamleider", "beheerder"};

Status RequireProfessional(const Principal& who) {
  if (who.IsFamily() || who.via == Principal::Via::kCli) {
    return Fail(Code::kPermissionDenied, "The second login step is for professionals' own logins.");
  }
  return {};
}

domain::Error WrongCode(const std::string& message) {
  domain::FieldError error{"code", domain::FieldCode::kWrongCode,
                           "is not the code of now, or was used already"};
  return domain::Error{Code::kInvalidArgument, message, {error}};
}

}  // namespace

Result<bool> Stip::SecondStepMissing(const domain::User& user) {
  if (!options_.require_totp) return false;
  if (options_.demo && std::ranges::find(kDemoUsernames, user.username) != kDemoUsernames.end()) {
    return false;
  }
  auto credential = credentials_.FindTotp(user.id);
  if (!credential) return tl::unexpected(credential.error());
  return !(*credential && (*credential)->confirmed);
}

Status Stip::CheckSecondStep(const domain::User& user, const std::string& code) {
  auto credential = credentials_.FindTotp(user.id);
  if (!credential) return tl::unexpected(credential.error());
  if (!*credential || !(*credential)->confirmed) return {};  // no second step: nothing to ask
  if (code.empty()) {
    return Fail(domain::Error{Code::kUnauthenticated,
                              "Give the 6-digit code from your authenticator app as well.",
                              {domain::FieldError{"code", domain::Required()}}});
  }
  auto key = totp::KeyOf((*credential)->secret);
  if (!key) return Fail(domain::Error::Internal("the stored second-step secret is not base32"));
  const auto step = totp::MatchStep(*key, code, clock_.Now());
  bool fresh = false;
  if (step) {
    auto used = credentials_.UseTotpStep(user.id, *step);
    if (!used) return tl::unexpected(used.error());
    fresh = *used;
  }
  if (!fresh) {
    auto error = WrongCode("The code is not right, or it was used already; wait for the next one.");
    error.code = Code::kUnauthenticated;
    return Fail(std::move(error));
  }
  return {};
}

Result<TotpState> Stip::SecondStep(const Principal& who) {
  if (auto r = RequireProfessional(who); !r) return tl::unexpected(r.error());
  auto credential = credentials_.FindTotp(who.user.id);
  if (!credential) return tl::unexpected(credential.error());
  TotpState state;
  auto missing = SecondStepMissing(who.user);
  if (!missing) return tl::unexpected(missing.error());
  state.enrolled = *credential && (*credential)->confirmed;
  state.required = options_.require_totp && (state.enrolled || *missing);
  if (*credential && !(*credential)->confirmed) {
    state.pending_secret = (*credential)->secret;
    state.pending_uri = totp::Uri(options_.totp_issuer, who.user.username, state.pending_secret);
  }
  return state;
}

Result<TotpState> Stip::StartSecondStep(const Principal& who) {
  if (auto r = RequireProfessional(who); !r) return tl::unexpected(r.error());
  // 25 characters of a 20-byte random secret: 150 random bits as the HMAC key (RFC 4226 asks
  // for at least 128), and a base32 text without padding.
  std::string key = ids_.NewSecret(20);
  key.resize(std::min<std::size_t>(key.size(), 25));
  store::TotpCredential credential{ids_.NewId("totp"), who.user.id, totp::Base32(key), false, 0,
                                   clock_.Now()};
  if (credential.secret.empty()) return Fail(domain::Error::Internal("liboath could not encode"));
  auto started = credentials_.StartTotp(credential);
  if (!started) return tl::unexpected(started.error());
  if (!*started) {
    return Fail(Code::kFailedPrecondition,
                "You use a second login step already. Turn it off first to make a new one.");
  }
  return SecondStep(who);
}

Status Stip::ConfirmSecondStep(const Principal& who, const std::string& code) {
  if (auto r = RequireProfessional(who); !r) return r;
  if (code.empty()) {
    return Fail(
        domain::Error::Invalid("Give the code your app shows.", {{"code", domain::Required()}}));
  }
  const auto now = clock_.Now();
  auto credential = credentials_.FindTotp(who.user.id);
  if (!credential) return tl::unexpected(credential.error());
  if (!*credential) {
    return Fail(Code::kFailedPrecondition, "Start setting up the second login step first.");
  }
  if ((*credential)->confirmed) {
    return Fail(Code::kFailedPrecondition, "You use a second login step already.");
  }
  auto key = totp::KeyOf((*credential)->secret);
  if (!key) return Fail(domain::Error::Internal("the stored second-step secret is not base32"));
  if (!totp::MatchStep(*key, code, now)) {
    return Fail(WrongCode("The code is not right. Check the key in your app and its clock."));
  }
  const std::string credential_id = (*credential)->id;
  auto head =
      AppendWithRetry(std::string(ledger::kSystemChain), [&]() -> Result<store::AppendRequest> {
        auto system_head = ledger_.Head(std::string(ledger::kSystemChain));
        if (!system_head) return tl::unexpected(system_head.error());
        store::AppendRequest req{std::string(ledger::kSystemChain), system_head->seq, {}};
        req.events.push_back(MakeEvent(
            req.chain, who.user.id, now,
            events::TotpEnrolled{.user_id = who.user.id, .credential_id = credential_id}));
        return req;
      });
  if (!head) return tl::unexpected(head.error());
  // The first code counts as used: it cannot log in a second time.
  auto step = totp::MatchStep(*key, code, now);
  if (step) {
    if (auto used = credentials_.UseTotpStep(who.user.id, *step); !used) {
      return tl::unexpected(used.error());
    }
  }
  return {};
}

Status Stip::DisableSecondStep(const Principal& who, const std::string& code) {
  if (auto r = RequireProfessional(who); !r) return r;
  if (options_.require_totp) {
    auto missing = SecondStepMissing(who.user);
    if (!missing) return tl::unexpected(missing.error());
    // Not exempt (a demo account in demo mode is): the installation requires it.
    auto exempt = options_.demo &&
                  std::ranges::find(kDemoUsernames, who.user.username) != kDemoUsernames.end();
    if (!exempt) {
      return Fail(Code::kFailedPrecondition,
                  "This installation requires a second login step for every professional.");
    }
  }
  auto credential = credentials_.FindTotp(who.user.id);
  if (!credential) return tl::unexpected(credential.error());
  if (!*credential || !(*credential)->confirmed) {
    return Fail(Code::kFailedPrecondition, "You do not use a second login step.");
  }
  if (code.empty()) {
    return Fail(domain::Error::Invalid("Give the code your app shows now.",
                                       {{"code", domain::Required()}}));
  }
  if (auto checked = CheckSecondStep(who.user, code); !checked) {
    auto error = checked.error();
    if (error.code == Code::kUnauthenticated) error.code = Code::kInvalidArgument;
    return Fail(std::move(error));
  }
  const std::string credential_id = (*credential)->id;
  const auto now = clock_.Now();
  auto head =
      AppendWithRetry(std::string(ledger::kSystemChain), [&]() -> Result<store::AppendRequest> {
        auto system_head = ledger_.Head(std::string(ledger::kSystemChain));
        if (!system_head) return tl::unexpected(system_head.error());
        store::AppendRequest req{std::string(ledger::kSystemChain), system_head->seq, {}};
        req.events.push_back(MakeEvent(
            req.chain, who.user.id, now,
            events::TotpDisabled{.user_id = who.user.id, .credential_id = credential_id}));
        return req;
      });
  if (!head) return tl::unexpected(head.error());
  return {};
}

}  // namespace stip::app
