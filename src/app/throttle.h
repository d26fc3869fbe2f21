// Back-off against guessing passwords and login codes, per account and client, counted before
// the check and atomically across processes, so parallel attempts cannot share one stale count.
#pragma once

#include <string>
#include <string_view>

#include "app/keyed_mutex.h"
#include "domain/error.h"
#include "domain/time.h"

namespace stip::store {
class Throttles;
}  // namespace stip::store

namespace stip::app {

struct BackOff {
  int free_attempts = 3;         // failed attempts before waiting starts
  domain::Millis base = 2000;    // the first wait; it doubles per further failure
  domain::Millis max = 900'000;  // the cap: an attacker cannot make anyone wait longer
};

// The client part of AttemptKey for the count of all clients together.
inline constexpr std::string_view kAllClients = "*all clients*";

// The key of the attempts of one client on one account: `what` ("password", "code") and the
// account name, hashed so the operational table holds no e-mail address or username in clear.
std::string AttemptKey(std::string_view what, std::string_view account, std::string_view client);

// Attempts under one key take turns within this process; hold the guard until the attempt is
// cleared or failed. Attempts are counted before the check, so without turns a few parallel
// logins with the right password would count as failures in flight and trip the back-off.
// Across processes at most one attempt per process is in flight, below the free attempts.
KeyedMutex::Guard TakeTurn(const std::string& key);

// Counts this attempt under `key` before the caller checks the secret. Ok: go on (clear the key
// on success). ResourceExhausted, "<refusal> Try again in N seconds.", while the back-off holds.
domain::Status ClaimAttempt(store::Throttles& throttles, const std::string& key, domain::Millis now,
                            const BackOff& backoff, std::string_view refusal);

}  // namespace stip::app
