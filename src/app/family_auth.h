// How a family member proves who they are. FamilyAuthenticator is the seam: today one-time
// codes by e-mail (CodeAuthenticator); later an OpenID Connect provider (DigiD via a broker).
#pragma once

#include <string>

#include "app/outbox.h"
#include "domain/error.h"
#include "domain/ids.h"
#include "domain/model.h"
#include "domain/time.h"

// The ports the CodeAuthenticator reads and writes (store/store.h).
namespace stip::store {
class AccountReads;
class LoginCodes;
}  // namespace stip::store

namespace stip::app {

class FamilyAuthenticator {
 public:
  virtual ~FamilyAuthenticator() = default;
  // Starts a login for `identifier` (an e-mail address for codes). Succeeds the same way
  // whether or not the identifier belongs to an account, so no one learns who has one.
  // `invitation`: the first message after the lead invited the member, whose code is for
  // `account_id` (one address may have accounts in several families).
  virtual domain::Status Begin(const std::string& identifier, bool invitation,
                               const std::string& account_id = {}) = 0;
  // Checks the secret (a code; for OIDC the authorization code) and returns the account.
  // Unauthenticated with one message for every kind of failure.
  virtual domain::Result<domain::Account> Complete(const std::string& identifier,
                                                   const std::string& secret) = 0;
};

// How many guesses a code withstands is set by Stip's limits (Options::code_free_failures and
// the back-off per address and client), not here.
struct CodePolicy {
  int digits = 8;                         // 10^8 codes
  domain::Millis ttl = 15LL * 60 * 1000;  // a code works 15 minutes (stip serve --code-seconds)
  // No new code while the account has this many unused, unexpired ones: strangers who ask for
  // codes again and again neither flood the member's mailbox nor widen the target for guessing,
  // and the member always has a working code in the mail.
  int max_live = 3;
};

// One-time codes by e-mail: only a salted SHA-256 of each code is stored (login_codes); every
// unused code of an account works until it expires; each is single-use.
class CodeAuthenticator final : public FamilyAuthenticator {
 public:
  CodeAuthenticator(store::AccountReads& accounts, store::LoginCodes& codes,
                    const domain::Clock& clock, domain::IdGen& ids, Outbox& outbox,
                    CodePolicy policy = {})
      : accounts_(accounts),
        codes_(codes),
        clock_(clock),
        ids_(ids),
        outbox_(outbox),
        policy_(policy) {}

  domain::Status Begin(const std::string& identifier, bool invitation,
                       const std::string& account_id = {}) override;
  domain::Result<domain::Account> Complete(const std::string& identifier,
                                           const std::string& secret) override;

 private:
  store::AccountReads& accounts_;
  store::LoginCodes& codes_;
  const domain::Clock& clock_;
  domain::IdGen& ids_;
  Outbox& outbox_;
  CodePolicy policy_;
};

// "  Marloes@Example.ORG " -> "marloes@example.org"; nullopt when it is not an e-mail address.
std::optional<std::string> NormalContact(const std::string& contact);

}  // namespace stip::app
