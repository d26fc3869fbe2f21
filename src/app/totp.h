// Time-based one-time codes (TOTP, RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits) through
// liboath, for a professional's second login step (issue 14 item 2). Pure: time is passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/time.h"

namespace stip::app::totp {

inline constexpr unsigned kStepSeconds = 30;
inline constexpr unsigned kDigits = 6;

// The key's base32 text (RFC 4648, no padding), as authenticator apps take it.
std::string Base32(std::string_view key);
// The key of a base32 text; nullopt when it is not base32.
std::optional<std::string> KeyOf(std::string_view base32);
// The time step of `code` for `key` at `now`, one step either side allowed (a clock that is a
// little off, or a code typed just as it changed); nullopt when the code does not match.
std::optional<std::int64_t> MatchStep(std::string_view key, std::string_view code,
                                      domain::Millis now);
// otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
std::string Uri(std::string_view issuer, std::string_view account, std::string_view base32);

}  // namespace stip::app::totp
