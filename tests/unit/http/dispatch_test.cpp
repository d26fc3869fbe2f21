// Access rules enforced from the route table: 401/303 without a principal, CSRF on session
// calls that change state, none on Bearer calls; plus locale, 404/405, HEAD, headers and 500.
#include "http/dispatch.h"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <sstream>

#include "http/metrics.h"

namespace stip::http {
namespace {

using boost::beast::http::verb;
using domain::Code;

class FakeAuthenticator : public Authenticator {
 public:
  domain::Result<app::Principal> FromSession(const std::string& token) override {
    ++lookups;
    if (token == "down") return domain::Fail(Code::kUnavailable, "The database is busy.");
    if (token != "good-session") return domain::Fail(Code::kUnauthenticated, "Session ended.");
    return app::Principal{User(), app::Principal::Via::kSession, "the-csrf", std::nullopt};
  }
  domain::Result<app::Principal> FromBearer(const std::string& token) override {
    ++lookups;
    if (token != "good-token") return domain::Fail(Code::kUnauthenticated, "Unknown token.");
    return app::Principal{User(), app::Principal::Via::kToken, "", std::nullopt};
  }
  static domain::User User() {
    domain::User u;
    u.id = "usr_1";
    u.username = "sanne";
    return u;
  }
  int lookups = 0;
};

class DispatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto echo = [this](Request& r) {
      seen_ = r;
      return Response::Json(200, boost::json::object{{"ok", true}});
    };
    router_.Add({verb::get, "/healthz", "ops.healthz", false, Auth::kPublic, echo});
    router_.Add({verb::get, "/api/v1/me", "api.me", false, Auth::kApi, echo});
    router_.Add({verb::post, "/api/v1/things", "api.things.create", true, Auth::kApi, echo});
    router_.Add({verb::get, "/families/{id}", "page.family", false, Auth::kPage, echo});
    router_.Add({verb::post, "/families/{id}/entries", "page.entry", true, Auth::kPage, echo});
    router_.Add({verb::get, "/boom", "boom", false, Auth::kPublic,
                 [](Request&) -> Response { throw std::runtime_error("kaput"); }});
    router_.Add({verb::post, "/wachtwoord-herstellen/{token}", "page.password_reset", true,
                 Auth::kPublic,
                 [](Request&) -> Response { throw std::runtime_error("de opslag viel weg"); }});
    router_.Add({verb::get, "/static/{file...}", "static", false, Auth::kPublic, [](Request&) {
                   Response r = Response::Text(200, "body{}", "text/css");
                   r.headers.emplace_back("Cache-Control", "public, max-age=3600");
                   return r;
                 }});
    metrics_.RegisterRoutes(router_);
  }

  Response Call(verb method, std::string target, std::map<std::string, std::string> headers = {},
                std::string body = "") {
    Request r;
    r.method = method;
    r.target = std::move(target);
    r.headers = std::move(headers);
    r.body = std::move(body);
    return dispatcher_.Handle(r);
  }

  static std::string HeaderOf(const Response& r, const std::string& name) {
    for (const auto& [k, v] : r.headers) {
      if (k == name) return v;
    }
    return "";
  }
  static std::string CodeOf(const Response& r) {
    return std::string(boost::json::parse(r.body).at("error").at("code").as_string());
  }

  Router router_;
  FakeAuthenticator auth_;
  Metrics metrics_;
  Dispatcher dispatcher_{router_, auth_, &metrics_, DispatchOptions{true, {}}};
  Request seen_;
};

TEST_F(DispatchTest, PublicRoutesDoNoCredentialLookup) {
  Response r = Call(verb::get, "/healthz", {{"cookie", "stip_session=good-session"}});
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(auth_.lookups, 0);
  EXPECT_FALSE(seen_.principal);
}

TEST_F(DispatchTest, ApiWithoutCredentialsIs401Json) {
  Response r = Call(verb::get, "/api/v1/me");
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(CodeOf(r), "unauthenticated");
  r = Call(verb::get, "/api/v1/me", {{"cookie", "stip_session=stale"}});
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(boost::json::parse(r.body).at("error").at("message"), "Session ended.");
  r = Call(verb::get, "/api/v1/me", {{"authorization", "Basic dXNlcjpwdw=="}});
  EXPECT_EQ(r.status, 401u);
  r = Call(verb::get, "/api/v1/me", {{"authorization", "Bearer wrong"}});
  EXPECT_EQ(r.status, 401u);
}

TEST_F(DispatchTest, StoreTroubleIsNotBlamedOnTheCaller) {
  Response r = Call(verb::get, "/api/v1/me", {{"cookie", "stip_session=down"}});
  EXPECT_EQ(r.status, 503u);
}

TEST_F(DispatchTest, SessionCookieAuthenticates) {
  Response r = Call(verb::get, "/api/v1/me", {{"cookie", "a=b; stip_session=good-session"}});
  EXPECT_EQ(r.status, 200u);
  ASSERT_TRUE(seen_.principal);
  EXPECT_EQ(seen_.principal->user.id, "usr_1");
  EXPECT_EQ(seen_.session_token, "good-session");
  EXPECT_TRUE(seen_.secure_cookies);
}

TEST_F(DispatchTest, BearerAuthenticatesWithoutSessionToken) {
  Response r = Call(verb::get, "/api/v1/me", {{"authorization", "bearer  good-token "}});
  EXPECT_EQ(r.status, 200u);
  ASSERT_TRUE(seen_.principal);
  EXPECT_TRUE(seen_.session_token.empty());
}

TEST_F(DispatchTest, PagesRedirectToLoginWithTheWayBack) {
  Response r = Call(verb::get, "/families/fam_1?lang=en");
  EXPECT_EQ(r.status, 303u);
  EXPECT_EQ(HeaderOf(r, "Location"), "/login?next=%2Ffamilies%2Ffam_1%3Flang%3Den");
}

TEST_F(DispatchTest, SessionStateChangesNeedTheCsrfHeader) {
  const std::map<std::string, std::string> session = {{"cookie", "stip_session=good-session"}};
  Response r = Call(verb::post, "/api/v1/things", session);
  EXPECT_EQ(r.status, 403u);
  EXPECT_EQ(CodeOf(r), "permission_denied");
  EXPECT_NE(r.body.find("CSRF token is missing or wrong"), std::string::npos);

  auto with = session;
  with["x-csrf-token"] = "the-csrf-but-wrong";
  EXPECT_EQ(Call(verb::post, "/api/v1/things", with).status, 403u);
  with["x-csrf-token"] = "the-csrf";
  EXPECT_EQ(Call(verb::post, "/api/v1/things", with).status, 200u);
}

TEST_F(DispatchTest, HtmlFormsMayCarryTheCsrfField) {
  std::map<std::string, std::string> h = {{"cookie", "stip_session=good-session"},
                                          {"content-type", "application/x-www-form-urlencoded"}};
  EXPECT_EQ(Call(verb::post, "/families/f/entries", h, "text=hoi&_csrf=the-csrf").status, 200u);
  EXPECT_EQ(Call(verb::post, "/families/f/entries", h, "text=hoi&_csrf=nope").status, 403u);
  EXPECT_EQ(Call(verb::post, "/families/f/entries", h, "text=hoi").status, 403u);
  // The field only counts in a form body, not in JSON.
  h["content-type"] = "application/json";
  EXPECT_EQ(Call(verb::post, "/families/f/entries", h, "_csrf=the-csrf").status, 403u);
}

TEST_F(DispatchTest, BearerCallsNeedNoCsrf) {
  Response r = Call(verb::post, "/api/v1/things", {{"authorization", "Bearer good-token"}});
  EXPECT_EQ(r.status, 200u);
}

TEST_F(DispatchTest, ReadsNeedNoCsrf) {
  EXPECT_EQ(Call(verb::get, "/api/v1/me", {{"cookie", "stip_session=good-session"}}).status, 200u);
}

TEST_F(DispatchTest, LocaleFromQueryThenCookieElseDutch) {
  Call(verb::get, "/healthz");
  EXPECT_EQ(seen_.locale, "nl");
  Call(verb::get, "/healthz?lang=en");
  EXPECT_EQ(seen_.locale, "en");
  Call(verb::get, "/healthz", {{"cookie", "stip_lang=en"}});
  EXPECT_EQ(seen_.locale, "en");
  Call(verb::get, "/healthz?lang=nl", {{"cookie", "stip_lang=en"}});
  EXPECT_EQ(seen_.locale, "nl");
  Call(verb::get, "/healthz?lang=fr", {{"cookie", "stip_lang=de"}});
  EXPECT_EQ(seen_.locale, "nl");
}

TEST_F(DispatchTest, UnknownPathIs404AndOtherMethodIs405) {
  Response r = Call(verb::get, "/api/v1/nothing");
  EXPECT_EQ(r.status, 404u);
  EXPECT_EQ(CodeOf(r), "not_found");
  r = Call(verb::delete_, "/api/v1/me");
  EXPECT_EQ(r.status, 405u);
  EXPECT_EQ(HeaderOf(r, "Allow"), "GET");
  r = Call(verb::get, "http://evil.example/x");
  EXPECT_EQ(r.status, 400u);
}

TEST_F(DispatchTest, NotFoundPageOutsideTheApi) {
  router_.SetNotFound([](Request&) { return Response::Html(404, "<h1>Niet gevonden</h1>"); });
  EXPECT_EQ(Call(verb::get, "/nope").content_type, "text/html; charset=utf-8");
  EXPECT_EQ(Call(verb::get, "/api/nope").content_type, "application/json");
}

TEST_F(DispatchTest, HeadUsesTheGetRoute) { EXPECT_EQ(Call(verb::head, "/healthz").status, 200u); }

TEST_F(DispatchTest, HandlerExceptionsBecomeA500) {
  Response r = Call(verb::get, "/boom");
  EXPECT_EQ(r.status, 500u);
  EXPECT_EQ(CodeOf(r), "internal");
  EXPECT_EQ(r.body.find("kaput"), std::string::npos);  // internals stay in the log
  EXPECT_NE(metrics_.Render().find(
                "stip_http_requests_total{route=\"boom\",method=\"GET\",status=\"500\"} 1"),
            std::string::npos);
}

// Privacy review (finding 4): a path can hold a secret (the token of a password reset link); the
// log of a failed handler names the route's pattern, never the path.
TEST_F(DispatchTest, AFailedHandlerLogsThePatternNotThePathWithItsToken) {
  std::ostringstream log;
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(log);
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(std::make_shared<spdlog::logger>("capture", sink));
  const std::string token = "Zx9geheimTokenUitDeMail0123456789abcdefghij";
  Response r = Call(verb::post, "/wachtwoord-herstellen/" + token);
  spdlog::set_default_logger(previous);
  EXPECT_EQ(r.status, 500u);
  const std::string text = log.str();
  EXPECT_EQ(text.find(token), std::string::npos) << text;
  EXPECT_NE(text.find("/wachtwoord-herstellen/{token}"), std::string::npos) << text;
  EXPECT_NE(text.find("de opslag viel weg"), std::string::npos) << text;
}

TEST_F(DispatchTest, SecurityHeadersOnEveryResponse) {
  for (const Response& r : {Call(verb::get, "/healthz"), Call(verb::get, "/nothing"),
                            Call(verb::get, "/api/v1/me"), Call(verb::get, "/families/x")}) {
    EXPECT_EQ(HeaderOf(r, "X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(HeaderOf(r, "Referrer-Policy"), "same-origin");
    EXPECT_EQ(HeaderOf(r, "X-Frame-Options"), "DENY");
    EXPECT_NE(HeaderOf(r, "Content-Security-Policy").find("script-src 'self'"), std::string::npos);
    EXPECT_EQ(HeaderOf(r, "Cache-Control"), "no-store");
  }
  for (const Response& r : {Call(verb::get, "/healthz"), Call(verb::get, "/nothing")}) {
    EXPECT_EQ(HeaderOf(r, "Strict-Transport-Security"), "max-age=31536000")
        << "secure cookies mean HTTPS: browsers are told to keep to it";
  }
  Response asset = Call(verb::get, "/static/css/stip.css");
  EXPECT_EQ(HeaderOf(asset, "Cache-Control"), "public, max-age=3600");
  int cache_headers = 0;
  for (const auto& [k, v] : asset.headers) cache_headers += k == "Cache-Control";
  EXPECT_EQ(cache_headers, 1);
}

TEST_F(DispatchTest, NoHstsWithoutSecureCookies) {
  Dispatcher plain{router_, auth_, &metrics_, DispatchOptions{false, {}}};
  Request r;
  r.method = verb::get;
  r.target = "/healthz";
  EXPECT_EQ(HeaderOf(plain.Handle(r), "Strict-Transport-Security"), "")
      << "over plain HTTP (a test or a loopback set-up) the header would only mislead";
}

TEST_F(DispatchTest, BodiesInAnotherCharsetAre415AndReachNoHandler) {
  const std::map<std::string, std::string> bearer = {{"authorization", "Bearer good-token"}};
  for (const std::string type :
       {"application/json; charset=iso-8859-1", "application/json;charset=\"windows-1252\"",
        "application/x-www-form-urlencoded; charset=latin1"}) {
    auto headers = bearer;
    headers["content-type"] = type;
    seen_ = {};
    Response r = Call(verb::post, "/api/v1/things", headers, "{}");
    EXPECT_EQ(r.status, 415u) << type;
    EXPECT_EQ(seen_.target, "") << type << ": the handler ran";
  }
  for (const std::string type : {"application/json; charset=UTF-8",
                                 "application/json; charset=\"utf-8\"", "application/json"}) {
    auto headers = bearer;
    headers["content-type"] = type;
    EXPECT_EQ(Call(verb::post, "/api/v1/things", headers, "{}").status, 200u) << type;
  }
}

TEST_F(DispatchTest, AFormWithABrokenEscapeIs400AndReachesNoHandler) {
  auto headers =
      std::map<std::string, std::string>{{"authorization", "Bearer good-token"},
                                         {"content-type", "application/x-www-form-urlencoded"}};
  seen_ = {};
  EXPECT_EQ(Call(verb::post, "/api/v1/things", headers, "a=1&b=%zz").status, 400u);
  EXPECT_EQ(Call(verb::post, "/api/v1/things", headers, "a=1&b=%4").status, 400u);
  EXPECT_EQ(seen_.target, "");
  EXPECT_EQ(Call(verb::post, "/api/v1/things", headers, "a=1&b=%41+c").status, 200u);
}

TEST_F(DispatchTest, TheClientIsTheConnectionUnlessATrustedProxyNamesIt) {
  Dispatcher behind{router_, auth_, &metrics_, DispatchOptions{true, {"10.0.1.5", "10.0.1.6"}}};
  const auto client_of = [&](std::string remote, std::string forwarded) {
    Request r;
    r.method = verb::get;
    r.target = "/healthz";
    r.remote_ip = std::move(remote);
    if (!forwarded.empty()) r.headers["x-forwarded-for"] = std::move(forwarded);
    seen_ = {};
    behind.Handle(r);
    return seen_.client;
  };
  EXPECT_EQ(client_of("198.51.100.7", ""), "198.51.100.7");
  EXPECT_EQ(client_of("198.51.100.7", "203.0.113.9"), "198.51.100.7")
      << "a client that is not a trusted proxy cannot choose its own address";
  EXPECT_EQ(client_of("10.0.1.5", "203.0.113.9"), "203.0.113.9");
  EXPECT_EQ(client_of("10.0.1.5", "1.2.3.4, 203.0.113.9"), "203.0.113.9")
      << "the rightmost address is the one the proxy saw; left of it the client wrote";
  EXPECT_EQ(client_of("10.0.1.5", "203.0.113.9, 10.0.1.6"), "203.0.113.9")
      << "a chain of trusted proxies is skipped";
  EXPECT_EQ(client_of("10.0.1.5", ""), "10.0.1.5");
  EXPECT_EQ(client_of("::ffff:10.0.1.5", "203.0.113.9"), "203.0.113.9")
      << "the proxy on a dual-stack socket is still the trusted proxy";
  EXPECT_EQ(client_of("::ffff:198.51.100.7", ""), "198.51.100.7");
}

}  // namespace
}  // namespace stip::http
