// Administration on the web (issue 14 item 1): a password reset through a one-time link sent by
// the outbox, an administrator's reset of a lost second step, organisations and a team's name.
// Every change is an event on the system chain; the link's token is only ever in its one mail
// (the ledger and the projection hold its SHA-256).
#include <spdlog/spdlog.h>

#include <utility>

#include "app/admin_internal.h"
#include "app/events.h"
#include "app/outbox.h"
#include "app/stip.h"
#include "app/system.h"
#include "domain/password_policy.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

// 32 random bytes from libsodium (RandomIdGen::NewSecret): 43 url-safe base64 characters.
constexpr std::size_t kResetTokenBytes = 32;
constexpr std::size_t kMaxReasonChars = 500;

// Only an https address keeps the link's token off the wire (privacy review, finding 7).
bool IsHttps(std::string_view url) {
  constexpr std::string_view kScheme = "https://";
  if (url.size() <= kScheme.size()) return false;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    const char c = url[i];
    if (((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c) != kScheme[i]) return false;
  }
  return true;
}

// Why no reset link is made, and what the operator does about it.
domain::Error Refusal(ResetLinkBlock block, const std::string& public_url) {
  switch (block) {
    case ResetLinkBlock::kNoOutbox:
      break;
    case ResetLinkBlock::kNoSmtp:
      return {Code::kFailedPrecondition,
              "Stip sends no reset link: without --smtp-relay a mail is only written to a "
              "directory on this server, with the working link in it, and never reaches the "
              "professional. Start Stip with --smtp-relay host:port (see docs/deploy.md).",
              {}};
    case ResetLinkBlock::kNotHttps:
      return {Code::kFailedPrecondition,
              "Stip makes no reset link that is not https: the link would start with " +
                  public_url +
                  ". Start Stip with --public-url set to the https address people open Stip "
                  "at (see docs/deploy.md).",
              {}};
  }
  return {Code::kUnavailable,
          "Stip cannot send e-mail: no outbox is configured (see docs/deploy.md).",
          {}};
}

}  // namespace

// Names compare without regard to ASCII case ("Team Noord" and "team noord" are one name).
bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

domain::Error TeamNameTaken() {
  return {
      Code::kAlreadyExists,
      "The organisation has a team with that name already; choose another name.",
      {domain::FieldError{"name", domain::FieldCode::kAlreadyUsed, "is the name of another team"}}};
}

namespace {

std::string StateName(const store::PasswordReset& r, domain::Millis now) {
  if (r.state == "open" && r.expires_at <= now) return "expired";
  return r.state;
}

PasswordResetLink::State StateOf(const store::PasswordReset& r, domain::Millis now) {
  using S = PasswordResetLink::State;
  if (r.state == "used") return S::kUsed;
  if (r.state == "replaced") return S::kReplaced;
  if (r.state == "ended") return S::kEnded;
  return r.expires_at <= now ? S::kExpired : S::kOpen;
}

// Content-free: the mail says only that a new password can be set, and where.
Mail ResetMail(const std::string& to, const std::string& url, const std::string& token,
               domain::Millis now) {
  const std::string link = url + "/wachtwoord-herstellen/" + token;
  Mail mail;
  mail.to = to;
  mail.subject = "Nieuw wachtwoord voor Stip / A new password for Stip";
  mail.body =
      "Beste collega,\n\n"
      "Een beheerder van Stip heeft gevraagd of u een nieuw wachtwoord maakt. Dat doet u via "
      "deze link:\n\n    " +
      link +
      "\n\n"
      "De link werkt 24 uur en maar een keer. Heeft u hier niet om gevraagd? Bel dan uw "
      "beheerder.\n\n"
      "---\n"
      "An administrator of Stip asked for you to make a new password. Use this link (it works "
      "for 24 hours, and once):\n\n    " +
      link + "\n\nDid you not expect this? Call your administrator.\n";
  mail.created_at = now;
  return mail;
}

Mail SecondStepResetMail(const std::string& to, const std::string& url, domain::Millis now) {
  Mail mail;
  mail.to = to;
  mail.subject = "Uw tweede inlogstap is weggehaald / Your second login step was removed";
  mail.body =
      "Beste collega,\n\n"
      "Een beheerder van Stip heeft de tweede inlogstap van uw account weggehaald. U logt nu "
      "in met alleen uw wachtwoord. Maak daarna een nieuwe tweede stap op 'Mijn account':\n\n"
      "    " +
      url +
      "/mijn-account/tweede-stap\n\n"
      "Heeft u hier niet om gevraagd? Bel dan meteen uw beheerder.\n\n"
      "---\n"
      "An administrator of Stip removed the second login step of your account. Log in with your "
      "password and set up a new second step on 'Mijn account'. Did you not ask for this? Call "
      "your administrator at once.\n";
  mail.created_at = now;
  return mail;
}

}  // namespace

std::optional<ResetLinkBlock> Stip::ResetLinkBlocked() const {
  if (outbox_ == nullptr) return ResetLinkBlock::kNoOutbox;
  // The demo writes its mails to a directory on purpose, and runs on localhost.
  if (options_.demo) return std::nullopt;
  if (!outbox_->Delivers()) return ResetLinkBlock::kNoSmtp;
  if (!IsHttps(options_.public_url)) return ResetLinkBlock::kNotHttps;
  return std::nullopt;
}

Result<AccountSecurity::Reset> Stip::RequestPasswordReset(const Principal& who,
                                                          const std::string& user_id) {
  if (auto r = RequireAdmin(who); !r) return tl::unexpected(r.error());
  if (auto block = ResetLinkBlocked()) return Fail(Refusal(*block, options_.public_url));
  const std::string token = ids_.NewSecret(kResetTokenBytes);
  const std::string id = ids_.NewId("pwr");
  const auto now = clock_.Now();
  const auto expires_at = now + options_.password_reset_ttl;
  std::string email;
  auto appended = AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto user = KnownUser(admin_, user_id);
    if (!user) return tl::unexpected(user.error());
    if (user->disabled) {
      return Fail(Code::kFailedPrecondition,
                  "This account is disabled; enable it first, then ask for a new password.");
    }
    if (domain::Trim(user->email).empty()) {
      return Fail(Code::kFailedPrecondition,
                  "This professional has no e-mail address in Stip, so no link can be sent.");
    }
    email = user->email;
    auto latest = admin_.LatestPasswordReset(user_id);
    if (!latest) return tl::unexpected(latest.error());
    if (*latest && (*latest)->requested_at + options_.password_reset_interval > now) {
      return Fail(Code::kResourceExhausted,
                  "A link was sent less than a minute ago; wait a minute before asking again.");
    }
    return std::vector{SystemEvent(
        who.user.id, now,
        events::PasswordResetRequested{.id = id,
                                       .user_id = user_id,
                                       .token_sha256 = Sha256Hex(token),
                                       .expires_at = domain::FormatTimestamp(expires_at)})};
  });
  if (!appended) return tl::unexpected(appended.error());
  const MailFate fate = MailProfessional(ResetMail(email, options_.public_url, token, now));
  if (fate == MailFate::kNotSent) {
    return Fail(Code::kUnavailable,
                "The link was made, but the mail could not be sent. Ask again in a minute.");
  }
  return AccountSecurity::Reset{id, who.user.id, now, expires_at, "open", fate};
}

Result<PasswordResetLink> Stip::CheckPasswordReset(const std::string& token) {
  if (token.empty() || token.size() > 128) return Fail(Code::kNotFound, "No such link.");
  auto reset = admin_.FindPasswordReset(Sha256Hex(token));
  if (!reset) return tl::unexpected(reset.error());
  if (!*reset) return Fail(Code::kNotFound, "No such link.");
  auto user = admin_.FindUser((*reset)->user_id);
  if (!user) return tl::unexpected(user.error());
  if (!*user) return Fail(Code::kNotFound, "No such link.");
  PasswordResetLink link;
  link.state = StateOf(**reset, clock_.Now());
  // A link of a disabled account does not work, also if the fold predates the disabling.
  if ((*user)->disabled && link.state == PasswordResetLink::State::kOpen) {
    link.state = PasswordResetLink::State::kEnded;
  }
  link.username = (*user)->username;
  link.display_name = (*user)->display_name;
  link.expires_at = (*reset)->expires_at;
  return link;
}

Status Stip::ResetPassword(const std::string& token, const std::string& password) {
  auto link = CheckPasswordReset(token);
  if (!link) return tl::unexpected(link.error());
  if (link->state != PasswordResetLink::State::kOpen) {
    return Fail(Code::kFailedPrecondition, "This link does not work any more.");
  }
  if (auto problem = domain::CheckNewPassword(password, link->username)) {
    return Fail(domain::Error::Invalid("Choose another password.", {std::move(*problem)}));
  }
  auto password_hash = HashPassword(password);
  if (!password_hash) return tl::unexpected(password_hash.error());
  const std::string token_sha256 = Sha256Hex(token);
  const auto now = clock_.Now();
  return AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    // Read again at the head this append builds on: of two uses at once, one wins.
    auto reset = admin_.FindPasswordReset(token_sha256);
    if (!reset) return tl::unexpected(reset.error());
    if (!*reset) return Fail(Code::kNotFound, "No such link.");
    auto user = admin_.FindUser((*reset)->user_id);
    if (!user) return tl::unexpected(user.error());
    if (!*user) return Fail(Code::kNotFound, "No such link.");
    if (StateOf(**reset, now) != PasswordResetLink::State::kOpen || (*user)->disabled) {
      return Fail(Code::kFailedPrecondition, "This link does not work any more.");
    }
    const std::string user_id = (*user)->id;
    auto tokens = admin_.ListTokensOf(user_id);
    if (!tokens) return tl::unexpected(tokens.error());
    // The password and the sessions (operational state, outside the ledger's transaction)
    // change before the events that use up the link: a failure in between leaves the new
    // password with a link that still works, never a used link with the old password and its
    // sessions. Doing it again after a lost race is harmless.
    if (auto r = credentials_.SetPasswordHash(user_id, *password_hash); !r) {
      return tl::unexpected(r.error());
    }
    if (auto r = credentials_.DeleteSessionsOf(user_id); !r) return tl::unexpected(r.error());
    std::vector<ledger::Event> added{
        SystemEvent(user_id, now,
                    events::PasswordResetUsed{.id = (*reset)->id, .user_id = user_id}),
        SystemEvent(user_id, now, events::PasswordSet{.user_id = user_id})};
    // Whoever had the old password may have made tokens with it: they all end.
    for (const auto& t : *tokens) {
      if (t.revoked || t.expires_at <= now) continue;
      added.push_back(SystemEvent(user_id, now, events::TokenRevoked{.id = t.id}));
    }
    return added;
  });
}

Result<AccountSecurity> Stip::ReadAccountSecurity(const Principal& who,
                                                  const std::string& user_id) {
  if (auto r = RequireAdmin(who); !r) return tl::unexpected(r.error());
  auto user = admin_.FindUser(user_id);
  if (!user) return tl::unexpected(user.error());
  if (!*user) return Fail(Code::kNotFound, "No professional has id '" + user_id + "'.");
  AccountSecurity out;
  auto credential = credentials_.FindTotp(user_id);
  if (!credential) return tl::unexpected(credential.error());
  out.second_step = *credential && (*credential)->confirmed;
  auto latest = admin_.LatestPasswordReset(user_id);
  if (!latest) return tl::unexpected(latest.error());
  if (*latest) {
    const auto& r = **latest;
    out.last_reset = AccountSecurity::Reset{
        r.id,        r.requested_by, r.requested_at, r.expires_at, StateName(r, clock_.Now()),
        std::nullopt};
  }
  return out;
}

Result<MailFate> Stip::ResetSecondStepOf(const Principal& who, const std::string& user_id,
                                         const std::string& reason) {
  if (auto r = RequireAdmin(who); !r) return tl::unexpected(r.error());
  if (user_id == who.user.id) {
    // Someone holding an administrator's session could otherwise drop that account to a
    // password alone; one's own second step ends with a current code (DisableSecondStep).
    return Fail(Code::kFailedPrecondition,
                "You cannot remove your own second step here; ask another administrator, or "
                "turn it off on your account page with a code from your app.");
  }
  if (auto problem = domain::CheckText(reason, kMaxReasonChars, true, false)) {
    return Fail(domain::Error::Invalid("Give a reason.", {{"reason", *problem}}));
  }
  const auto now = clock_.Now();
  std::string email;
  auto appended = AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto user = KnownUser(admin_, user_id);
    if (!user) return tl::unexpected(user.error());
    auto credential = credentials_.FindTotp(user_id);
    if (!credential) return tl::unexpected(credential.error());
    if (!*credential || !(*credential)->confirmed) {
      return Fail(Code::kFailedPrecondition, "This professional does not use a second login step.");
    }
    email = user->email;
    return std::vector{
        SystemEvent(who.user.id, now,
                    events::TotpReset{
                        .user_id = user_id, .credential_id = (*credential)->id, .reason = reason})};
  });
  if (!appended) return tl::unexpected(appended.error());
  // Whoever holds the phone may hold a session too: they all end.
  if (auto r = credentials_.DeleteSessionsOf(user_id); !r) return tl::unexpected(r.error());
  return MailProfessional(SecondStepResetMail(email, options_.public_url, now));
}

Result<std::vector<domain::Organisation>> Stip::ListOrganisations(const Principal& who) {
  if (auto r = RequireAdmin(who); !r) return tl::unexpected(r.error());
  return admin_.ListOrganisations();
}

Status Stip::RenameTeam(const Principal& who, const std::string& team_id, const std::string& name) {
  if (auto r = RequireAdmin(who); !r) return r;
  if (auto problem = domain::CheckText(name, domain::kMaxNameChars, true, false)) {
    return Fail(domain::Error::Invalid("The team needs a name.", {{"name", *problem}}));
  }
  const auto now = clock_.Now();
  return AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto team = KnownTeam(admin_, team_id);
    if (!team) return tl::unexpected(team.error());
    if (team->name == name) return std::vector<ledger::Event>{};  // the same name
    auto teams = admin_.ListTeams();
    if (!teams) return tl::unexpected(teams.error());
    for (const auto& t : *teams) {
      if (t.id != team_id && t.organisation_id == team->organisation_id && SameName(t.name, name)) {
        return Fail(TeamNameTaken());
      }
    }
    return std::vector{
        SystemEvent(who.user.id, now, events::TeamRenamed{.id = team_id, .name = name})};
  });
}

}  // namespace stip::app
