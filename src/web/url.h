// Small URL helpers for pages: where to go after logging in (never off-site), encoding values
// into links, and the same-origin check that protects the public login form.
#pragma once

#include <string>
#include <string_view>

namespace stip::web {

inline constexpr std::string_view kHomePath = "/gezinnen";
// Where a signed-in family member belongs: "Ons gezin".
inline constexpr std::string_view kFamilyHomePath = "/ons-gezin";
// Issue 14: the administrator's home, and every professional's own account page.
inline constexpr std::string_view kAdminPath = "/beheer";
inline constexpr std::string_view kAccountPath = "/mijn-account";

// `next` when it is a path on this site ("/gezinnen/fam_1?voor=3"); otherwise kHomePath.
// Rejects absolute and scheme-relative URLs ("//evil.example", "/\evil.example"), backslashes,
// white space and control characters (browsers drop tabs and newlines, turning "/\t/x" into
// "//x"), and anything longer than 2000 characters.
std::string SafeNextPath(std::string_view next);

// Percent-encodes everything except unreserved characters (RFC 3986), for one query value or
// one path segment.
std::string UrlEncode(std::string_view value);

// True when a request's Origin (or, without Origin, its Referer) names the host it was sent
// to, or when neither header is present (old browsers, privacy tools). `host` is the Host
// header, e.g. "stip.example:8080".
bool IsSameOrigin(std::string_view origin, std::string_view referer, std::string_view host);

}  // namespace stip::web
