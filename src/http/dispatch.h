// From a received request to a response, without any networking: target parsing, locale, route
// matching, authentication and CSRF (from the route table), the handler call, metrics and the
// headers every response carries. The Beast server (server.cpp) only moves bytes around it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/stip.h"
#include "domain/error.h"
#include "http/message.h"
#include "http/router.h"

namespace stip::http {

class Metrics;

// The two credential checks the dispatcher needs; a narrow interface so that tests can run the
// access rules without a database.
class Authenticator {
 public:
  virtual ~Authenticator() = default;
  virtual domain::Result<app::Principal> FromSession(const std::string& session_token) = 0;
  virtual domain::Result<app::Principal> FromBearer(const std::string& bearer_token) = 0;
};

// The real one: app::Stip::SessionPrincipal / TokenPrincipal.
class StipAuthenticator : public Authenticator {
 public:
  explicit StipAuthenticator(app::Stip& stip) : stip_(stip) {}
  domain::Result<app::Principal> FromSession(const std::string& token) override {
    return stip_.SessionPrincipal(token);
  }
  domain::Result<app::Principal> FromBearer(const std::string& token) override {
    return stip_.TokenPrincipal(token);
  }

 private:
  app::Stip& stip_;
};

struct DispatchOptions {
  bool secure_cookies = false;  // copied into Request::secure_cookies
  // Addresses of the proxies in front of Stip (nginx, HAProxy). A request from one of them is
  // from the client its X-Forwarded-For names; from anyone else the header is ignored, because
  // a client could write anything there and so escape the limits per client.
  std::vector<std::string> trusted_proxies;
};

class Dispatcher {
 public:
  // `metrics` may be null (tests). All referenced objects must outlive the dispatcher.
  Dispatcher(const Router& router, Authenticator& auth, Metrics* metrics,
             DispatchOptions options = {});

  // Fills in the parsed parts of `request` (path, query, params, principal, session_token,
  // locale) from method/target/headers/body, enforces the route's access rules, runs the
  // handler and returns its response with the standard headers. Never throws: a handler's
  // exception becomes a logged 500. HEAD is served by the GET route (the server drops the body).
  Response Handle(Request& request) const;

  // Whether the request's route answers from memory and may run on the I/O thread
  // (Route::on_io_thread), judged from the method and the raw target.
  bool RunsOnIoThread(boost::beast::http::verb method, std::string_view target) const;

 private:
  // Sets *matched to the route it found (left alone when none matches).
  Response Dispatch(Request& request, const Route** matched) const;
  // nullopt when access is granted (request.principal set where applicable); else the response.
  std::optional<Response> Authorize(const http::Route& route, Request& request) const;

  const Router& router_;
  Authenticator& auth_;
  Metrics* metrics_;
  DispatchOptions options_;
};

// Adds the headers every response carries (nosniff, referrer policy, frame denial, the content
// security policy, and Cache-Control: no-store unless the handler chose a Cache-Control itself).
void AddStandardHeaders(Response& response);

// "next" target for a redirect to the login page: the path and query of `request`,
// percent-encoded so it survives as one query parameter.
std::string LoginRedirect(const Request& request);

}  // namespace stip::http
