// Cookie and CSRF names, Cookie-header parsing and the Set-Cookie values Stip sends.
// Shared by the JSON API and the HTML pages so that both log people in and out the same way.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "domain/time.h"

namespace stip::http {

inline constexpr std::string_view kSessionCookie = "stip_session";
inline constexpr std::string_view kLangCookie = "stip_lang";
inline constexpr std::string_view kCsrfHeader = "x-csrf-token";  // lower-case, as in headers
inline constexpr std::string_view kCsrfFormField = "_csrf";

// "a=1; b=\"two\"" -> {a: 1, b: two}. The first occurrence of a name wins: browsers send the
// cookie with the most specific path first.
std::map<std::string, std::string> ParseCookies(std::string_view header);

// `stip_session=<token>; Path=/; Max-Age=<s>; HttpOnly; SameSite=Strict` (+ `; Secure`).
// HttpOnly keeps scripts away from the token; SameSite=Strict keeps other sites from using it.
std::string SessionCookie(std::string_view token, domain::Millis max_age_ms, bool secure);
// The same cookie, emptied and expired at once (logout).
std::string ClearSessionCookie(bool secure);

}  // namespace stip::http
