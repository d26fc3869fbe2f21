// Identifiers and secrets are made by an injectable generator so tests are exact.
#pragma once

#include <string>
#include <string_view>

namespace stip::domain {

class IdGen {
 public:
  virtual ~IdGen() = default;
  // A new unique id with a readable prefix, e.g. NewId("fam") -> "fam_7q2x...".
  virtual std::string NewId(std::string_view prefix) = 0;
  // A secret of `bytes` random bytes, URL-safe base64 without padding (tokens, CSRF).
  virtual std::string NewSecret(std::size_t bytes) = 0;
};

}  // namespace stip::domain
