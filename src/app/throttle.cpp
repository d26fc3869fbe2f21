#include "app/throttle.h"

#include <algorithm>

#include "app/system.h"
#include "store/store.h"

namespace stip::app {

std::string AttemptKey(std::string_view what, std::string_view account, std::string_view client) {
  // Length-prefixed parts, so no account name or address can be made to collide with another.
  std::string parts;
  for (std::string_view part : {what, account, client}) {
    parts += std::to_string(part.size()) + ":" + std::string(part) + ";";
  }
  return std::string(what) + ":" + Sha256Hex(parts);
}

KeyedMutex::Guard TakeTurn(const std::string& key) {
  // One per process, like the attempts it orders (the store shares the counts between them).
  static KeyedMutex turns;
  return turns.Lock(key);
}

domain::Status ClaimAttempt(store::Throttles& throttles, const std::string& key, domain::Millis now,
                            const BackOff& backoff, std::string_view refusal) {
  // A lost claim means another attempt was counted in between: read again and decide again.
  // Eight rounds is far more than two processes' worth of simultaneous attempts on one key.
  for (int round = 0; round < 8; ++round) {
    auto seen = throttles.Attempts(key);
    if (!seen) return tl::unexpected(seen.error());
    const auto [count, last_at] = *seen;
    if (count >= backoff.free_attempts) {
      const int doublings = std::min(count - backoff.free_attempts, 20);
      const domain::Millis wait = std::min(backoff.base << doublings, backoff.max);
      if (now < last_at + wait) {
        const auto seconds = (last_at + wait - now + 999) / 1000;
        return domain::Fail(
            domain::Code::kResourceExhausted,
            std::string(refusal) + " Try again in " + std::to_string(seconds) + " seconds.");
      }
    }
    auto claimed = throttles.ClaimAttempt(key, count, now);
    if (!claimed) return tl::unexpected(claimed.error());
    if (*claimed) return {};
  }
  return domain::Fail(domain::Code::kResourceExhausted,
                      std::string(refusal) + " Try again in a few seconds.");
}

}  // namespace stip::app
