#include "http/cookies.h"

#include <algorithm>

namespace stip::http {
namespace {

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string Attributes(domain::Millis max_age_s, bool secure) {
  std::string out =
      "; Path=/; Max-Age=" + std::to_string(max_age_s) + "; HttpOnly; SameSite=Strict";
  if (secure) out += "; Secure";
  return out;
}

}  // namespace

std::map<std::string, std::string> ParseCookies(std::string_view header) {
  std::map<std::string, std::string> cookies;
  while (!header.empty()) {
    const auto end = header.find(';');
    std::string_view pair = TrimSpace(header.substr(0, end));
    header = end == std::string_view::npos ? std::string_view{} : header.substr(end + 1);
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;  // not a name=value pair
    std::string_view name = TrimSpace(pair.substr(0, eq));
    std::string_view value = TrimSpace(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    cookies.emplace(std::string(name), std::string(value));  // emplace keeps the first
  }
  return cookies;
}

std::string SessionCookie(std::string_view token, domain::Millis max_age_ms, bool secure) {
  const domain::Millis seconds = std::max<domain::Millis>(0, max_age_ms / 1000);
  return std::string(kSessionCookie) + "=" + std::string(token) + Attributes(seconds, secure);
}

std::string ClearSessionCookie(bool secure) {
  return std::string(kSessionCookie) + "=" + Attributes(0, secure);
}

}  // namespace stip::http
