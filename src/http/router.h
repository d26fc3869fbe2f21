// The route table: one place that lists every route, whether it changes state and how its caller
// must be authenticated. The server enforces authentication and CSRF from this table, and tests
// iterate it (every state-changing route appends ledger events; every route has an access test).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/message.h"

namespace stip::http {

enum class Auth {
  kPublic,  // anyone (login, health, assets)
  kPage,    // a logged-in person; HTML: unauthenticated -> 303 to /login
  kApi,     // session cookie (+ X-CSRF-Token on state changes) or Bearer token; else 401 JSON
};

using Handler = std::function<Response(Request&)>;

struct Route {
  boost::beast::http::verb method;
  std::string
      pattern;       // "/api/v1/families/{id}/entries"; {name} matches one path segment;
                     // a last segment {name...} matches the rest of the path ("/static/{file...}")
  std::string name;  // stable name for metrics and tests: "api.families.create"
  bool changes_state = false;
  Auth auth = Auth::kPublic;
  Handler handler;
  // The handler answers from memory: no store, no lock held for long, no waiting. Such a route
  // runs on the connection's I/O thread instead of being handed to a worker and back (two
  // thread wake-ups, which cost more than the handler itself). Only for public routes without
  // parameters (the server looks them up by method and exact path before routing).
  bool on_io_thread = false;
};

class Router {
 public:
  // Throws std::invalid_argument for a malformed pattern or a second route with the same method
  // and pattern: a broken route table is a programming error and should stop the start-up.
  void Add(Route route);
  // The matching route, with params filled; nullptr when no route matches. `path` is the
  // percent-encoded path as received: it is split at '/' first and each segment decoded after,
  // so "a%2Fb" is one segment (one parameter "a/b"), never two. `path_exists` tells the server
  // whether some route matches the path with another method (405 instead of 404).
  // When several patterns match, the one with more literal segments wins ("/families/new" over
  // "/families/{id}"), whatever the order they were added in.
  const Route* Match(boost::beast::http::verb method, const std::string& path,
                     std::map<std::string, std::string>& params, bool& path_exists) const;
  const std::vector<Route>& routes() const { return routes_; }
  // True when `path` (percent-encoded, without the query) with `method` is a route that asked to
  // run on the I/O thread (Route::on_io_thread). A few string compares: no allocation.
  bool RunsOnIoThread(boost::beast::http::verb method, std::string_view path) const;
  // The methods some route accepts for the percent-encoded `path` (the Allow header of a 405).
  std::vector<boost::beast::http::verb> AllowedMethods(const std::string& path) const;

  // Optional: renders unmatched paths outside /api/ (a friendly HTML 404 page). The request is
  // unauthenticated; the response status should stay 404. Without it, 404 is a JSON error.
  void SetNotFound(Handler handler) { not_found_ = std::move(handler); }
  const Handler& not_found() const { return not_found_; }
  // Optional: renders a refusal the server makes before a page route's handler runs (a wrong
  // CSRF token, a body in another charset, ...) as an HTML page for `status`, in the reader's
  // language, instead of the API's JSON error. Without it, such refusals are JSON.
  using PageErrorHandler = std::function<Response(const Request&, unsigned status)>;
  void SetPageError(PageErrorHandler handler) { page_error_ = std::move(handler); }
  const PageErrorHandler& page_error() const { return page_error_; }

 private:
  struct Segment {
    std::string text;  // literal text, or the parameter name
    bool param = false;
    bool rest = false;  // {name...}: the remainder of the path
  };
  // Literal segment count when `segments` matches `path_segments`, else -1.
  static int MatchSegments(const std::vector<Segment>& segments,
                           const std::vector<std::string>& path_segments,
                           std::map<std::string, std::string>* params);

  std::vector<Route> routes_;
  std::vector<std::vector<Segment>> segments_;  // parallel to routes_
  std::vector<std::pair<boost::beast::http::verb, std::string>> io_thread_routes_;
  Handler not_found_;
  PageErrorHandler page_error_;
};

}  // namespace stip::http
