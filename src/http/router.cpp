#include "http/router.h"

#include <algorithm>
#include <stdexcept>

#include <boost/beast/http/verb.hpp>
#include <boost/url/pct_string_view.hpp>

namespace stip::http {
namespace {

// "/a/b/" -> {"a", "b", ""}: a trailing slash is a distinct (empty) segment, so "/x/" does not
// silently match "/x".
std::vector<std::string> SplitPath(const std::string& path) {
  std::vector<std::string> out;
  if (path.empty() || path[0] != '/') return out;
  std::size_t start = 1;
  while (true) {
    const auto slash = path.find('/', start);
    out.push_back(path.substr(start, slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return out;
}

// A request path as segments: split the encoded path, then decode each segment with Boost.URL,
// so an escaped '/' stays inside its segment. Empty when an escape is broken (no route matches).
std::vector<std::string> DecodedSegments(const std::string& encoded_path) {
  std::vector<std::string> out = SplitPath(encoded_path);
  for (std::string& segment : out) {
    auto pct = boost::urls::make_pct_string_view(segment);
    if (!pct) return {};
    segment = pct->decode();
  }
  return out;
}

}  // namespace

void Router::Add(Route route) {
  if (route.pattern.empty() || route.pattern[0] != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + route.pattern);
  }
  std::vector<Segment> segments;
  const auto parts = SplitPath(route.pattern);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string& part = parts[i];
    Segment segment;
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      segment.param = true;
      segment.text = part.substr(1, part.size() - 2);
      if (segment.text.size() > 3 && segment.text.ends_with("...")) {
        segment.rest = true;
        segment.text.resize(segment.text.size() - 3);
        if (i + 1 != parts.size()) {
          throw std::invalid_argument("{name...} must be the last segment: " + route.pattern);
        }
      }
      if (segment.text.empty()) throw std::invalid_argument("empty parameter: " + route.pattern);
    } else if (part.find_first_of("{}") != std::string::npos) {
      throw std::invalid_argument("a parameter must fill a whole segment: " + route.pattern);
    } else {
      segment.text = part;
    }
    segments.push_back(std::move(segment));
  }
  for (const auto& existing : routes_) {
    if (existing.method == route.method && existing.pattern == route.pattern) {
      throw std::invalid_argument("route added twice: " + route.pattern);
    }
  }
  if (route.on_io_thread) {
    const bool literal =
        std::none_of(segments.begin(), segments.end(), [](const Segment& s) { return s.param; });
    if (route.auth != Auth::kPublic || !literal) {
      throw std::invalid_argument(
          "only a public route without parameters may run on the I/O thread: " + route.pattern);
    }
    io_thread_routes_.emplace_back(route.method, route.pattern);
  }
  routes_.push_back(std::move(route));
  segments_.push_back(std::move(segments));
}

int Router::MatchSegments(const std::vector<Segment>& segments,
                          const std::vector<std::string>& path_segments,
                          std::map<std::string, std::string>* params) {
  int literals = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const Segment& s = segments[i];
    if (s.rest) {
      if (i >= path_segments.size()) return -1;
      std::string rest = path_segments[i];
      for (std::size_t j = i + 1; j < path_segments.size(); ++j) rest += "/" + path_segments[j];
      if (rest.empty()) return -1;
      if (params) (*params)[s.text] = std::move(rest);
      return literals;
    }
    if (i >= path_segments.size()) return -1;
    if (s.param) {
      if (path_segments[i].empty()) return -1;
      if (params) (*params)[s.text] = path_segments[i];
    } else {
      if (s.text != path_segments[i]) return -1;
      ++literals;
    }
  }
  return segments.size() == path_segments.size() ? literals : -1;
}

const Route* Router::Match(boost::beast::http::verb method, const std::string& path,
                           std::map<std::string, std::string>& params, bool& path_exists) const {
  path_exists = false;
  const auto parts = DecodedSegments(path);
  const Route* best = nullptr;
  int best_literals = -1;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const int literals = MatchSegments(segments_[i], parts, nullptr);
    if (literals < 0) continue;
    path_exists = true;
    if (routes_[i].method == method && literals > best_literals) {
      best = &routes_[i];
      best_literals = literals;
    }
  }
  if (best) {
    params.clear();
    MatchSegments(segments_[best - routes_.data()], parts, &params);
  }
  return best;
}

bool Router::RunsOnIoThread(boost::beast::http::verb method, std::string_view path) const {
  for (const auto& [m, pattern] : io_thread_routes_) {
    if (m == method && pattern == path) return true;
  }
  return false;
}

std::vector<boost::beast::http::verb> Router::AllowedMethods(const std::string& path) const {
  std::vector<boost::beast::http::verb> out;
  const auto parts = DecodedSegments(path);
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    if (MatchSegments(segments_[i], parts, nullptr) < 0) continue;
    bool seen = false;
    for (auto m : out) seen = seen || m == routes_[i].method;
    if (!seen) out.push_back(routes_[i].method);
  }
  return out;
}

}  // namespace stip::http
