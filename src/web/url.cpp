#include "web/url.h"

namespace stip::web {
namespace {

constexpr std::size_t kMaxNextLength = 2000;

bool IsUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// "https://stip.example:8080/x" -> "stip.example:8080"; "" when it is not an http(s) URL.
std::string_view AuthorityOf(std::string_view url) {
  std::size_t start;
  if (url.starts_with("https://")) {
    start = 8;
  } else if (url.starts_with("http://")) {
    start = 7;
  } else {
    return {};
  }
  const std::size_t end = url.find_first_of("/?#", start);
  return url.substr(start, end == std::string_view::npos ? url.npos : end - start);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace

std::string SafeNextPath(std::string_view next) {
  if (next.empty() || next.size() > kMaxNextLength || next[0] != '/') {
    return std::string(kHomePath);
  }
  if (next.size() > 1 && (next[1] == '/' || next[1] == '\\')) return std::string(kHomePath);
  for (const char ch : next) {
    const auto c = static_cast<unsigned char>(ch);
    // Printable ASCII only; a path with other bytes arrives percent-encoded from our own links.
    if (c <= 0x20 || c >= 0x7f || c == '\\') return std::string(kHomePath);
  }
  return std::string(next);
}

std::string UrlEncode(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(value.size());
  for (const char ch : value) {
    const auto c = static_cast<unsigned char>(ch);
    if (IsUnreserved(c)) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xf];
    }
  }
  return out;
}

bool IsSameOrigin(std::string_view origin, std::string_view referer, std::string_view host) {
  // "null" is what browsers send for privacy-sensitive contexts; treat it as cross-site.
  if (!origin.empty()) {
    return origin != "null" && !host.empty() && EqualsIgnoreCase(AuthorityOf(origin), host);
  }
  if (!referer.empty()) return !host.empty() && EqualsIgnoreCase(AuthorityOf(referer), host);
  return true;
}

}  // namespace stip::web
