#include "web/url.h"

#include <boost/url/encode.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

namespace stip::web {
namespace {

constexpr std::size_t kMaxNextLength = 2000;

// "https://stip.example:8080/x" -> "stip.example:8080"; "" when it is not an http(s) URL.
std::string_view AuthorityOf(std::string_view url) {
  auto parsed = boost::urls::parse_absolute_uri(url);
  if (!parsed || !parsed->has_authority()) return {};
  if (parsed->scheme_id() != boost::urls::scheme::http &&
      parsed->scheme_id() != boost::urls::scheme::https) {
    return {};
  }
  const boost::urls::pct_string_view host_and_port = parsed->encoded_host_and_port();
  // A view into `url` itself, which outlives the parsed url_view.
  return url.substr(static_cast<std::size_t>(host_and_port.data() - url.data()),
                    host_and_port.size());
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
  return boost::urls::encode(value, boost::urls::unreserved_chars);
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
