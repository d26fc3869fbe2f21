// One-time login codes for family members (issue 3): generate, send, check. Every failure
// gives the same answer, so the code path does not reveal whether an address has an account.
// The limits on asking and guessing are Stip's (family_accounts.cpp), per address and client.
#include <algorithm>
#include <cctype>
#include <string>

#include <sodium.h>

#include "app/family_auth.h"
#include "app/system.h"
#include "store/store.h"

namespace stip::app {
namespace {

using domain::Code;
using domain::Fail;

constexpr std::size_t kMaxContactChars = 254;

std::string RandomDigits(int digits) {
  std::string out;
  for (int i = 0; i < digits; ++i) out += static_cast<char>('0' + randombytes_uniform(10));
  return out;
}

// Salted with the code's own id, so equal codes of two accounts hash differently.
std::string CodeHash(const std::string& code_id, const std::string& code) {
  return Sha256Hex(code_id + ":" + code);
}

domain::Error WrongCode() {
  return {Code::kUnauthenticated,
          "De code klopt niet of is verlopen. Vraag een nieuwe code aan. / The code is wrong or "
          "has expired. Ask for a new code.",
          {}};
}

std::string Digits(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

Mail CodeMail(const std::string& to, const std::string& code, bool invitation, int minutes) {
  Mail mail;
  mail.to = to;
  const std::string minutes_text = std::to_string(minutes);
  if (invitation) {
    mail.subject = "Uitnodiging voor Stip, jullie gezinsdossier / Invitation to Stip";
    mail.body =
        "Hallo,\n\n"
        // True for every member invited: what each may read differs (custody, age, withholding),
        // so the mail promises nothing the page would take back (issue 13 item 4).
        "Je bent uitgenodigd voor Stip, het dossier van jullie gezin. Daarin schrijven de "
        "hulpverleners over jullie gezin. Na het inloggen zie je wat je daarvan mag lezen, en "
        "waarom.\n\n"
        "Log in met je e-mailadres en deze code:\n\n    " +
        code +
        "\n\n"
        "De code werkt " +
        minutes_text +
        " minuten en maar één keer. Daarna vraag je op de inlogpagina een nieuwe code aan.\n\n"
        "---\n"
        "You have been invited to Stip, your family's file. After logging in you see what of it "
        "you may read, and why. Log in with your e-mail address and the code above. The code works "
        "for " +
        minutes_text + " minutes and only once.\n";
  } else {
    mail.subject = "Je inlogcode voor Stip / Your Stip login code";
    mail.body = "Hallo,\n\nJe code om in te loggen bij Stip is:\n\n    " + code +
                "\n\n"
                "De code werkt " +
                minutes_text +
                " minuten en maar één keer. Heb je niet om een code gevraagd? Dan hoef je niets "
                "te doen.\n\n"
                "---\n"
                "Your code to log in to Stip is shown above. It works for " +
                minutes_text +
                " minutes and only once. Did you not ask for it? Then you need not do anything.\n";
  }
  return mail;
}

// Issue 10: the invitation of a network member (naaste), in plain Dutch first.
std::string NetworkInvitationText(const std::string& code, int minutes) {
  const std::string m = std::to_string(minutes);
  return "Hallo,\n\n"
         "Een gezin heeft je uitgenodigd in Stip. Het gezin deelt daar een paar dingen met jou, "
         "omdat je hen helpt. Je ziet alleen wat zij met jou delen. Zij kunnen het delen altijd "
         "stoppen.\n\n"
         "Log in met je e-mailadres en deze code:\n\n    " +
         code + "\n\nDe code werkt " + m +
         " minuten en maar één keer. Daarna vraag je op de inlogpagina een nieuwe code aan.\n\n"
         "---\n"
         "A family invited you to Stip, to read a few things they share with you because you "
         "help them. Log in with your e-mail address and the code above. The code works for " +
         m + " minutes and only once.\n";
}

}  // namespace

std::optional<std::string> NormalContact(const std::string& contact) {
  std::string s = contact;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.erase(0, 1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto at = s.find('@');
  if (s.empty() || s.size() > kMaxContactChars || at == std::string::npos || at == 0 ||
      at + 1 >= s.size() || s.find('@', at + 1) != std::string::npos ||
      s.find('.', at) == std::string::npos) {
    return std::nullopt;
  }
  for (unsigned char c : s) {
    if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == ',' || c == ';') return std::nullopt;
  }
  return s;
}

domain::Status CodeAuthenticator::Begin(const std::string& identifier, bool invitation,
                                        const std::string& account_id) {
  const auto contact = NormalContact(identifier);
  if (!contact) return {};  // the same answer as for an unknown address
  auto accounts = accounts_.ListAccountsByContact(*contact);
  if (!accounts) return tl::unexpected(accounts.error());
  if (accounts->empty()) return {};
  // One address may have an account in several families: an invitation's code is for the
  // account just made, a login code for the oldest; either logs the person in, and they change
  // to their other families from their page.
  auto account = accounts->begin();
  if (invitation && !account_id.empty()) {
    account = std::find_if(accounts->begin(), accounts->end(),
                           [&](const domain::Account& a) { return a.id == account_id; });
    if (account == accounts->end()) return {};  // revoked before the mail went out
  }
  const auto now = clock_.Now();
  if (!invitation) {
    auto live = codes_.LiveLoginCodes(account->id, now);
    if (!live) return tl::unexpected(live.error());
    if (static_cast<int>(live->size()) >= policy_.max_live) return {};  // those still work
  }
  store::LoginCode stored;
  stored.id = ids_.NewId("code");
  stored.account_id = account->id;
  const std::string code = RandomDigits(policy_.digits);
  stored.code_sha256 = CodeHash(stored.id, code);
  stored.created_at = now;
  stored.expires_at = now + policy_.ttl;
  if (auto r = codes_.CreateLoginCode(stored); !r) return r;
  Mail mail = CodeMail(*contact, code, invitation, static_cast<int>(policy_.ttl / 60000));
  if (invitation && account->member_id.starts_with("nwm_")) {
    // Issue 10: a network member reads only what the family shares, not "your family file".
    mail.subject = "Uitnodiging voor Stip / Invitation to Stip";
    mail.body = NetworkInvitationText(code, static_cast<int>(policy_.ttl / 60000));
  }
  mail.created_at = now;
  return outbox_.Send(mail);
}

domain::Result<domain::Account> CodeAuthenticator::Complete(const std::string& identifier,
                                                            const std::string& secret) {
  const auto contact = NormalContact(identifier);
  const std::string code = Digits(secret);
  if (!contact || code.empty()) return Fail(WrongCode());
  auto accounts = accounts_.ListAccountsByContact(*contact);
  if (!accounts) return tl::unexpected(accounts.error());
  const auto now = clock_.Now();
  // An unknown address costs the same look-up as a known one, so timing does not tell them apart.
  if (accounts->empty()) {
    [[maybe_unused]] auto none = codes_.LiveLoginCodes("acc_none", now);
    return Fail(WrongCode());
  }
  // Every live code of every account of the address is tried, so a code asked for by someone
  // else (or a second request of the member's own) never makes another stop working before its
  // time; the code logs in to the account it was made for.
  for (domain::Account& account : *accounts) {
    auto live = codes_.LiveLoginCodes(account.id, now);
    if (!live) return tl::unexpected(live.error());
    for (const store::LoginCode& candidate : *live) {
      const std::string hash = CodeHash(candidate.id, code);
      if (hash.size() != candidate.code_sha256.size() ||
          sodium_memcmp(hash.data(), candidate.code_sha256.data(), hash.size()) != 0) {
        continue;
      }
      auto consumed = codes_.ConsumeLoginCode(candidate.id, now);
      if (!consumed) return tl::unexpected(consumed.error());
      if (!*consumed) return Fail(WrongCode());  // used at the same moment by another request
      return std::move(account);
    }
  }
  return Fail(WrongCode());
}

}  // namespace stip::app
