#include "http/dispatch.h"

#include <strings.h>

#include <algorithm>
#include <chrono>
#include <exception>

#include <sodium.h>
#include <spdlog/spdlog.h>
#include <boost/asio/ip/address.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include "http/cookies.h"
#include "http/metrics.h"

namespace stip::http {
namespace {

namespace verb_ns = boost::beast::http;

bool HasHeader(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k.size() == name.size() && strncasecmp(k.data(), name.data(), k.size()) == 0) return true;
  }
  return false;
}

void AddIfAbsent(Response& r, std::string_view name, std::string_view value) {
  if (!HasHeader(r, name)) r.headers.emplace_back(std::string(name), std::string(value));
}

bool SameSecret(const std::string& a, const std::string& b) {
  // Constant time, so the comparison does not leak how much of a guessed token was right.
  return !a.empty() && a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string Locale(const Request& request) {
  if (auto it = request.query.find("lang"); it != request.query.end()) {
    if (it->second == "en" || it->second == "nl") return it->second;
  }
  std::string cookie = request.Cookie(std::string(kLangCookie));
  if (cookie == "en" || cookie == "nl") return cookie;
  return "nl";
}

std::string AllowList(const std::vector<verb_ns::verb>& methods) {
  std::string out;
  for (auto m : methods) {
    if (!out.empty()) out += ", ";
    out += std::string(verb_ns::to_string(m));
  }
  return out;
}

// A body Stip would misread: declared in another charset than UTF-8 (415), or a form with a
// broken percent escape, which would otherwise lose that field without a word (400).
std::optional<Response> RefuseBody(const Request& request) {
  if (request.body.empty()) return std::nullopt;
  const std::string content_type = request.Header("content-type");
  if (!DeclaresUtf8OrNothing(content_type)) {
    Response r = Response::FromError(domain::Error::Invalid(
        "Stip reads request bodies as UTF-8 only. Send the body in UTF-8, with no charset or "
        "with charset=utf-8 in the Content-Type header."));
    r.status = 415;
    return r;
  }
  if (MediaType(content_type) == "application/x-www-form-urlencoded" &&
      !IsWellFormedUrlEncoded(request.body)) {
    return Response::FromError(domain::Error::Invalid(
        "The form body has a broken percent escape (a % not followed by two hexadecimal "
        "digits). Write a literal % as %25."));
  }
  return std::nullopt;
}

// An IP address in one spelling: "::ffff:10.0.1.5" (IPv4 on a dual-stack socket) is 10.0.1.5,
// and IPv6 is written the canonical way. Anything that is not an address stays as it is.
std::string NormalIp(std::string_view text) {
  boost::system::error_code ec;
  auto address = boost::asio::ip::make_address(std::string(text), ec);
  if (ec) return std::string(text);
  if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    return boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, address.to_v6())
        .to_string();
  }
  return address.to_string();
}

// The client behind the trusted proxies: X-Forwarded-For read from the right (each proxy appends
// the address it got the request from), skipping the proxies themselves.
std::string ClientOf(const Request& request, const std::vector<std::string>& trusted) {
  const auto is_trusted = [&](std::string_view ip) {
    const std::string normal = NormalIp(ip);
    return std::any_of(trusted.begin(), trusted.end(),
                       [&](const std::string& t) { return NormalIp(t) == normal; });
  };
  if (!is_trusted(request.remote_ip)) return NormalIp(request.remote_ip);
  const std::string header = request.Header("x-forwarded-for");
  std::string_view forwarded = header;
  while (!forwarded.empty()) {
    const auto comma = forwarded.rfind(',');
    std::string_view hop =
        comma == std::string_view::npos ? forwarded : forwarded.substr(comma + 1);
    forwarded = comma == std::string_view::npos ? std::string_view{} : forwarded.substr(0, comma);
    while (!hop.empty() && (hop.front() == ' ' || hop.front() == '\t')) hop.remove_prefix(1);
    while (!hop.empty() && (hop.back() == ' ' || hop.back() == '\t')) hop.remove_suffix(1);
    if (!hop.empty() && !is_trusted(hop)) return NormalIp(hop);
  }
  return NormalIp(request.remote_ip);
}

}  // namespace

Dispatcher::Dispatcher(const Router& router, Authenticator& auth, Metrics* metrics,
                       DispatchOptions options)
    : router_(router), auth_(auth), metrics_(metrics), options_(options) {}

bool Dispatcher::RunsOnIoThread(verb_ns::verb method, std::string_view target) const {
  const auto query = target.find('?');
  return router_.RunsOnIoThread(method == verb_ns::verb::head ? verb_ns::verb::get : method,
                                target.substr(0, query));
}

Response Dispatcher::Handle(Request& request) const {
  const auto start = std::chrono::steady_clock::now();
  const Route* matched = nullptr;
  // The log names the route's pattern ("/wachtwoord-herstellen/{token}"), never the path: a
  // path can hold a secret, such as the token of a password reset link (privacy review).
  const auto route_of = [&matched] {
    return matched ? matched->name + " " + matched->pattern : std::string(kUnmatchedRoute);
  };
  Response response;
  try {
    response = Dispatch(request, &matched);
  } catch (const std::exception& e) {
    spdlog::error("handler {} failed: {}", route_of(), e.what());
    response = Response::FromError(domain::Error::Internal(
        "Something went wrong on our side and has been logged. Try again later."));
  } catch (...) {
    spdlog::error("handler {} failed with a non-standard exception", route_of());
    response = Response::FromError(domain::Error::Internal(
        "Something went wrong on our side and has been logged. Try again later."));
  }
  AddStandardHeaders(response);
  // Secure cookies mean Stip is served over HTTPS: browsers then refuse plain HTTP for a year,
  // so a session cookie never travels unencrypted after a downgraded link.
  if (options_.secure_cookies) {
    AddIfAbsent(response, "Strict-Transport-Security", "max-age=31536000");
  }
  if (metrics_) {
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    metrics_->ObserveRequest(matched ? std::string_view(matched->name) : kUnmatchedRoute,
                             request.method, response.status, seconds.count());
  }
  return response;
}

Response Dispatcher::Dispatch(Request& request, const Route** matched) const {
  request.secure_cookies = options_.secure_cookies;
  request.client = ClientOf(request, options_.trusted_proxies);
  if (!ParseTarget(request.target, request)) {
    return Response::FromError(domain::Error::Invalid(
        "The request target is not a valid URL path; percent-encode special characters."));
  }
  request.locale = Locale(request);

  bool path_exists = false;
  const http::Route* route =
      router_.Match(request.method, request.encoded_path, request.params, path_exists);
  if (!route && request.method == verb_ns::verb::head) {
    route = router_.Match(verb_ns::verb::get, request.encoded_path, request.params, path_exists);
  }
  if (!route) {
    if (path_exists) {
      const auto methods = router_.AllowedMethods(request.encoded_path);
      const std::string allow = AllowList(methods);
      // A page's address asked with another method answers as a page; the API, /healthz and
      // /metrics keep their JSON.
      std::map<std::string, std::string> ignored;
      bool exists = false;
      const http::Route* page =
          methods.empty() ? nullptr
                          : router_.Match(methods.front(), request.encoded_path, ignored, exists);
      Response r =
          router_.page_error() && page != nullptr && page->auth == Auth::kPage
              ? router_.page_error()(request, 405)
              : Response::FromError(domain::Error::Invalid(
                    "This path does not take " + std::string(verb_ns::to_string(request.method)) +
                    "; it takes " + allow + "."));
      r.status = 405;
      r.headers.emplace_back("Allow", allow);
      return r;
    }
    if (router_.not_found() && !request.path.starts_with("/api/")) {
      return router_.not_found()(request);
    }
    return Response::FromError(domain::Error::NotFound(
        "There is nothing at " + request.path + ". The API is described at /api/v1/openapi.json."));
  }
  *matched = route;
  // A person on a page gets a refusal as a page in their language, not the API's JSON.
  const auto as_page = [&](Response refusal) {
    if (route->auth != Auth::kPage || !router_.page_error() || refusal.status < 400) {
      return refusal;
    }
    return router_.page_error()(request, refusal.status);
  };
  if (auto denied = Authorize(*route, request)) return as_page(std::move(*denied));
  if (auto refused = RefuseBody(request)) return as_page(std::move(*refused));
  return route->handler(request);
}

namespace {

constexpr std::string_view kSecondStepPage = "/mijn-account/tweede-stap";

bool OpenWithoutSecondStep(std::string_view route) {
  return route.starts_with("api.totp.") || route.starts_with("page.account.totp") ||
         route == "api.me" || route == "api.session.delete" || route == "page.logout";
}

}  // namespace

std::optional<Response> Dispatcher::Authorize(const http::Route& route, Request& request) const {
  if (route.auth == Auth::kPublic) return std::nullopt;  // no credential lookup: no I/O

  std::optional<domain::Error> refused;  // why the credentials were not accepted
  bool by_session = false;
  const std::string authorization = request.Header("authorization");
  if (!authorization.empty()) {
    constexpr std::string_view kScheme = "bearer ";
    std::string token;
    if (authorization.size() > kScheme.size() &&
        strncasecmp(authorization.data(), kScheme.data(), kScheme.size()) == 0) {
      token = authorization.substr(kScheme.size());
      while (!token.empty() && token.front() == ' ') token.erase(0, 1);
      while (!token.empty() && token.back() == ' ') token.pop_back();
    }
    if (token.empty()) {
      refused = domain::Error{domain::Code::kUnauthenticated,
                              "Use the header Authorization: Bearer <token>, with a token from "
                              "POST /api/v1/tokens.",
                              {}};
    } else if (auto p = auth_.FromBearer(token)) {
      request.principal = std::move(*p);
    } else if (p.error().code == domain::Code::kUnauthenticated) {
      refused = p.error();
    } else {
      return Response::FromError(p.error());  // the store is down, not the caller's fault
    }
  } else if (std::string cookie = request.Cookie(std::string(kSessionCookie)); !cookie.empty()) {
    if (auto p = auth_.FromSession(cookie)) {
      request.principal = std::move(*p);
      request.session_token = std::move(cookie);
      by_session = true;
    } else if (p.error().code == domain::Code::kUnauthenticated) {
      refused = p.error();
    } else {
      return Response::FromError(p.error());
    }
  }

  if (!request.principal) {
    if (route.auth == Auth::kPage) return Response::Redirect(LoginRedirect(request));
    if (!refused) {
      refused = domain::Error{domain::Code::kUnauthenticated,
                              "Log in first (POST /api/v1/session) or send Authorization: "
                              "Bearer <token>.",
                              {}};
    }
    return Response::FromError(*refused);
  }

  if (route.changes_state && by_session) {
    std::string csrf = request.Header(std::string(kCsrfHeader));
    if (csrf.empty() &&
        MediaType(request.Header("content-type")) == "application/x-www-form-urlencoded") {
      auto form = request.Form();
      if (auto it = form.find(std::string(kCsrfFormField)); it != form.end()) csrf = it->second;
    }
    if (!SameSecret(csrf, request.principal->csrf)) {
      return Response::FromError(domain::Error::Denied(
          "The CSRF token is missing or wrong. Send the \"csrf\" value returned by "
          "POST /api/v1/session in the X-CSRF-Token header (HTML forms: the _csrf field); "
          "log in again if you no longer have it. Bearer-token calls need no CSRF token."));
    }
  }
  // Issue 14 item 2: the installation requires a second login step that this professional has
  // not set up: only setting it up, who they are, and logging out are open.
  if (request.principal->second_step_missing && !OpenWithoutSecondStep(route.name)) {
    if (route.auth == Auth::kPage) return Response::Redirect(std::string(kSecondStepPage));
    return Response::FromError(domain::Error{
        domain::Code::kFailedPrecondition,
        "This installation requires a second login step. Set it up first: POST /api/v1/totp, "
        "then POST /api/v1/totp/confirm with a code from your app.",
        {}});
  }
  return std::nullopt;
}

void AddStandardHeaders(Response& response) {
  AddIfAbsent(response, "X-Content-Type-Options", "nosniff");
  AddIfAbsent(response, "Referrer-Policy", "same-origin");
  AddIfAbsent(response, "X-Frame-Options", "DENY");
  AddIfAbsent(response, "Content-Security-Policy",
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
              "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  AddIfAbsent(response, "Cache-Control", "no-store");
}

std::string LoginRedirect(const Request& request) {
  const std::string& next = request.target.empty() ? request.path : request.target;
  return "/login?next=" + boost::urls::encode(next, boost::urls::unreserved_chars);
}

}  // namespace stip::http
