// The real clock and id generator (libsodium randomness). Tests use fakes of the same
// interfaces (domain/time.h, domain/ids.h) so that their results are exact.
#pragma once

#include <string>

#include "domain/error.h"
#include "domain/ids.h"
#include "domain/time.h"

namespace stip::app {

class SystemClock final : public domain::Clock {
 public:
  domain::Millis Now() const override;
};

class RandomIdGen final : public domain::IdGen {
 public:
  RandomIdGen();                                        // initialises libsodium
  std::string NewId(std::string_view prefix) override;  // prefix + "_" + 20 base32 chars
  std::string NewSecret(std::size_t bytes) override;
};

// Password hashing with argon2id (libsodium's interactive limits).
domain::Result<std::string> HashPassword(const std::string& password);
bool CheckPassword(const std::string& stored_hash, const std::string& password);
// Lowercase hex SHA-256 of a secret: what the store keeps of session cookies and tokens.
std::string Sha256Hex(const std::string& secret);
// Lowercase hex HMAC-SHA-256 of `message` under `key` (any length): the keyed hash of a child's
// identity for "al bekend?" (issue 10 item 6). Without the key it cannot be recomputed.
std::string HmacSha256Hex(const std::string& key, const std::string& message);

}  // namespace stip::app
