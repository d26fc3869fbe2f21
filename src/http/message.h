// Request and Response as handlers see them: already parsed, authenticated and size-checked by
// the server. Handlers (JSON API in src/http/api_*.cpp, HTML pages in src/web) only adapt.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/beast/http/verb.hpp>
#include <boost/json/value.hpp>

#include "app/stip.h"
#include "domain/error.h"

namespace stip::http {

struct Request {
  boost::beast::http::verb method = boost::beast::http::verb::get;
  std::string target;                          // as received, e.g. "/families/x?before=3"
  std::string path;                            // percent-decoded path without the query
  std::string encoded_path;                    // the path as received, for the router
  std::map<std::string, std::string> query;    // decoded query parameters (last one wins)
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string remote_ip;
  // Who is asking, for limits per client: remote_ip, or behind a trusted proxy the address the
  // proxy names in X-Forwarded-For (the dispatcher fills it in).
  std::string client;
  std::map<std::string, std::string> params;  // from the route pattern, e.g. {"id": "fam_..."}
  std::optional<app::Principal> principal;    // set when the caller is authenticated
  std::string session_token;                  // raw cookie value when authenticated by session
  std::string locale = "nl";                  // "nl" (default) or "en", from ?lang= or cookie
  // Set by the server from ServerOptions::secure_cookies (behind TLS): cookies a handler sets
  // must then carry `Secure` (see SessionCookie in http/cookies.h).
  bool secure_cookies = false;

  std::string Header(const std::string& lower_name) const;
  std::string Cookie(const std::string& name) const;
  // application/x-www-form-urlencoded body; last value wins.
  std::map<std::string, std::string> Form() const;
};

// The server adds the security headers and `Cache-Control: no-store` to every response; a
// handler that serves a cacheable static asset sets its own Cache-Control header instead.
struct Response {
  unsigned status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // Set-Cookie, Location, ...

  static Response Json(unsigned status, const boost::json::value& body);
  static Response Html(unsigned status, std::string body);
  static Response Redirect(const std::string& location);  // 303 See Other
  static Response Text(unsigned status, std::string body, std::string content_type);
  // {"error":{"code","message","fields":[{"field","message"}]}} with the mapped status.
  static Response FromError(const domain::Error& error);
};

// The one table from error codes to HTTP statuses.
unsigned StatusFor(domain::Code code);

// Splits an origin-form request target ("/a%20b/c?x=1&y=%C3%A9") into the decoded path and the
// decoded query parameters of `request`. False when the target is not a valid origin-form URL.
bool ParseTarget(std::string_view target, Request& request);

// Decodes "a=1&b=x+y%21" (query strings and form bodies): '+' is a space, last value wins, and
// pairs with a broken percent escape are skipped rather than guessed at.
std::map<std::string, std::string> ParseUrlEncoded(std::string_view text);

// The media type of a Content-Type value, lower-cased, without parameters:
// "Application/JSON; charset=utf-8" -> "application/json".
std::string MediaType(std::string_view content_type);

// Whether a Content-Type value declares no charset or UTF-8 ("utf-8", any case, quoted or not).
// Stip reads every body as UTF-8, so a body declared in another charset would be misread.
bool DeclaresUtf8OrNothing(std::string_view content_type);

// Whether every percent escape in a urlencoded text is complete: "a=%zz" and "a=%4" are not.
bool IsWellFormedUrlEncoded(std::string_view text);

}  // namespace stip::http
