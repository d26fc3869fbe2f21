// The JSON API in process: real app::Stip on SQLite in a temporary directory, a fake clock and
// sequential ids, requests through the same Dispatcher the server uses (no sockets).
#include "http/api.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "http/dispatch.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::http {
namespace {

using boost::beast::http::verb;
namespace json = boost::json;

// A JSON value as text, so that it compares with std::string.
std::string Str(const json::value& v) {
  return v.is_string() ? std::string(v.get_string()) : json::serialize(v);
}

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-http-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<app::Stip>(*store_, clock_, ids_);
    const app::Principal admin = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(admin, "Gemeente Testdorp");
    ASSERT_TRUE(org) << org.error().message;
    auto local = stip_->CreateTeam(admin, {"", *org, "Wijkteam", domain::TeamKind::kLocal, "", ""});
    auto safety = stip_->CreateTeam(
        admin, {"", *org, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
    ASSERT_TRUE(local && safety);
    lead_id_ = User("lead", *local);
    duo_id_ = User("duo", *safety);
    User("other", *local);

    AddApiRoutes(router_, *stip_, metrics_, clock_);
    metrics_.RegisterRoutes(router_);
    auth_ = std::make_unique<StipAuthenticator>(*stip_);
    dispatcher_ = std::make_unique<Dispatcher>(router_, *auth_, &metrics_);
  }

  void TearDown() override {
    dispatcher_.reset();
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::string User(const std::string& username, const std::string& team) {
    auto id = stip_->CreateUser(stip_->CliPrincipal(), {username, "Naam " + username, team,
                                                        "paarse-olifant-fietst", false, "", ""});
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : "";
  }

  struct Reply {
    unsigned status;
    json::value body;
    Response raw;
  };

  Reply Call(verb method, std::string target, std::string body = "",
             std::map<std::string, std::string> headers = {}) {
    Request r;
    r.method = method;
    r.target = std::move(target);
    r.headers = std::move(headers);
    if (!body.empty() && !r.headers.count("content-type")) {
      r.headers["content-type"] = "application/json";
    }
    r.body = std::move(body);
    Response res = dispatcher_->Handle(r);
    json::value parsed;
    if (res.content_type == "application/json") parsed = json::parse(res.body);
    return {res.status, parsed, res};
  }

  // Logs in; returns headers that carry the session cookie and the CSRF token.
  std::map<std::string, std::string> Login(const std::string& username) {
    auto r = Call(verb::post, "/api/v1/session",
                  R"({"username":")" + username + R"(","password":"paarse-olifant-fietst"})");
    EXPECT_EQ(r.status, 200u) << json::serialize(r.body);
    std::string cookie;
    for (const auto& [k, v] : r.raw.headers) {
      if (k == "Set-Cookie") cookie = v.substr(0, v.find(';'));
    }
    return {{"cookie", cookie}, {"x-csrf-token", std::string(r.body.at("csrf").as_string())}};
  }

  std::string FamilyBody() const {
    return R"({"name":"Gezin Jansen",
      "members":[{"ref":"m","name":"Eva Jansen","role":"parent","birth_date":"1988-04-02"},
                 {"ref":"c","name":"Noor Jansen","role":"child","birth_date":"2019-06-11"}],
      "custody":[{"parent_ref":"m","child_ref":"c"}],
      "lead_user_id":")" +
           lead_id_ + R"(","duo_user_id":")" + duo_id_ + R"("})";
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<app::Stip> stip_;
  std::string lead_id_, duo_id_;
  Router router_;
  Metrics metrics_;
  std::unique_ptr<StipAuthenticator> auth_;
  std::unique_ptr<Dispatcher> dispatcher_;
};

TEST_F(ApiTest, EveryApiRouteIsInTheOpenApiDocument) {
  EXPECT_TRUE(UndocumentedApiRoutes(router_).empty());
  auto r = Call(verb::get, "/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.body.at("openapi"), "3.0.3");
  const auto& paths = r.body.at("paths").as_object();
  for (const Route& route : router_.routes()) {
    std::string method(boost::beast::http::to_string(route.method));
    for (char& c : method) c = static_cast<char>(std::tolower(c));
    ASSERT_TRUE(paths.contains(route.pattern)) << route.pattern;
    EXPECT_TRUE(paths.at(route.pattern).as_object().contains(method)) << route.name;
  }
  // The limits that answer 429 are documented where they apply, and nowhere else.
  for (const auto& [path, method] :
       {std::pair{"/api/v1/session", "post"}, std::pair{"/api/v1/family-session/code", "post"},
        std::pair{"/api/v1/family-session", "post"},
        std::pair{"/api/v1/known-elsewhere/check", "post"}}) {
    EXPECT_TRUE(paths.at(path).at(method).at("responses").as_object().contains("429")) << path;
  }
  EXPECT_FALSE(
      paths.at("/api/v1/families/{id}").at("get").at("responses").as_object().contains("429"));
  const auto& get = paths.at("/api/v1/families/{id}").at("get");
  EXPECT_EQ(get.at("parameters").at(0).at("name"), "id");
  EXPECT_EQ(get.at("parameters").at(0).at("in"), "path");
  const auto& schemes = r.body.at("components").at("securitySchemes").as_object();
  EXPECT_TRUE(schemes.contains("sessionCookie"));
  EXPECT_TRUE(schemes.contains("csrfToken"));
  EXPECT_TRUE(schemes.contains("bearerToken"));
  // Every $ref points at something that exists.
  const std::string text = r.raw.body;
  for (auto at = text.find("#/components/schemas/"); at != std::string::npos;
       at = text.find("#/components/schemas/", at + 1)) {
    const auto start = at + std::string("#/components/schemas/").size();
    const std::string name = text.substr(start, text.find('"', start) - start);
    EXPECT_TRUE(r.body.at("components").at("schemas").as_object().contains(name)) << name;
  }
  // A field error's code is one of the documented ones, and every code is documented.
  const auto& codes = r.body.at("components")
                          .at("schemas")
                          .at("FieldError")
                          .at("properties")
                          .at("code")
                          .at("enum")
                          .as_array();
  EXPECT_EQ(codes.size(), domain::kAllFieldCodes.size());
  for (const domain::FieldCode code : domain::kAllFieldCodes) {
    EXPECT_NE(
        std::find(codes.begin(), codes.end(), boost::json::value(domain::FieldCodeName(code))),
        codes.end())
        << domain::FieldCodeName(code);
  }
}

TEST_F(ApiTest, HealthAndMetricsArePublic) {
  auto r = Call(verb::get, "/healthz");
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.raw.body, "ok");
  Call(verb::get, "/api/v1/me");
  r = Call(verb::get, "/metrics");
  EXPECT_EQ(r.status, 200u);
  EXPECT_NE(
      r.raw.body.find("stip_http_requests_total{route=\"api.me\",method=\"GET\",status=\"401\"} 1"),
      std::string::npos);
}

TEST_F(ApiTest, LoginSetsALockedDownCookieAndReturnsTheCsrfToken) {
  auto r = Call(verb::post, "/api/v1/session",
                R"({"username":"lead","password":"paarse-olifant-fietst"})");
  ASSERT_EQ(r.status, 200u) << json::serialize(r.body);
  EXPECT_FALSE(r.body.at("csrf").as_string().empty());
  EXPECT_EQ(r.body.at("user").at("username"), "lead");
  EXPECT_EQ(Str(r.body.at("expires_at")),
            domain::FormatTimestamp(clock_.Now() + 12LL * 3600 * 1000));
  std::string cookie;
  for (const auto& [k, v] : r.raw.headers) {
    if (k == "Set-Cookie") cookie = v;
  }
  EXPECT_EQ(cookie.rfind("stip_session=", 0), 0u);
  EXPECT_NE(cookie.find("; HttpOnly; SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Max-Age=43200"), std::string::npos);
}

TEST_F(ApiTest, WrongPasswordIs401AndBadBodiesAre400Or415) {
  auto r = Call(verb::post, "/api/v1/session", R"({"username":"lead","password":"nee"})");
  EXPECT_EQ(r.status, 401u);
  r = Call(verb::post, "/api/v1/session", R"({"username":"lead","pasword":"x"})");
  EXPECT_EQ(r.status, 400u);
  ASSERT_EQ(r.body.at("error").at("fields").as_array().size(), 2u);
  EXPECT_EQ(r.body.at("error").at("fields").at(0).at("field"), "password");
  EXPECT_EQ(r.body.at("error").at("fields").at(1).at("field"), "pasword");
  r = Call(verb::post, "/api/v1/session", "username=lead", {{"content-type", "text/plain"}});
  EXPECT_EQ(r.status, 415u);
}

TEST_F(ApiTest, AFamilyIsCreatedReadAndWrittenWithSessionAndCsrf) {
  auto session = Login("lead");
  auto no_csrf = session;
  no_csrf.erase("x-csrf-token");
  auto r = Call(verb::post, "/api/v1/families", FamilyBody(), no_csrf);
  EXPECT_EQ(r.status, 403u);

  r = Call(verb::post, "/api/v1/families", FamilyBody(), session);
  ASSERT_EQ(r.status, 201u) << json::serialize(r.body);
  const std::string id(r.body.at("id").as_string());
  bool located = false;
  for (const auto& [k, v] : r.raw.headers)
    located |= k == "Location" && v == "/api/v1/families/" + id;
  EXPECT_TRUE(located);

  r = Call(verb::post, "/api/v1/families/" + id + "/entries",
           R"({"kind":"observation","source":"eigen waarneming","text":"Noor speelde rustig."})",
           session);
  ASSERT_EQ(r.status, 201u) << json::serialize(r.body);
  const std::string entry_id(r.body.at("id").as_string());

  r = Call(verb::get, "/api/v1/families/" + id + "?purpose=kwaliteitstoetsing", "", session);
  ASSERT_EQ(r.status, 200u) << json::serialize(r.body);
  EXPECT_EQ(r.body.at("name"), "Gezin Jansen");
  EXPECT_EQ(r.body.at("my_role"), "lead");
  EXPECT_EQ(Str(r.body.at("lead").at("id")), lead_id_);
  EXPECT_EQ(Str(r.body.at("duo").at("id")), duo_id_);
  const auto& members = r.body.at("members").as_array();
  ASSERT_EQ(members.size(), 2u);
  for (const auto& m : members) {
    if (m.at("role") == "child") {
      EXPECT_EQ(m.at("age"), 7);  // 2019-06-11 on 2026-11-29
    }
  }
  ASSERT_EQ(r.body.at("entries").as_array().size(), 1u);
  const auto& entry = r.body.at("entries").at(0);
  EXPECT_EQ(Str(entry.at("id")), entry_id);
  EXPECT_EQ(Str(entry.at("author_id")), lead_id_);
  EXPECT_EQ(Str(entry.at("created_at")), domain::FormatTimestamp(clock_.Now()));

  r = Call(verb::get, "/api/v1/families", "", session);
  ASSERT_EQ(r.status, 200u);
  ASSERT_EQ(r.body.at("families").as_array().size(), 1u);
  EXPECT_EQ(Str(r.body.at("families").at(0).at("id")), id);

  r = Call(verb::get, "/api/v1/families/" + id + "/access-log?limit=10", "", session);
  ASSERT_EQ(r.status, 200u) << json::serialize(r.body);
  EXPECT_EQ(Str(r.body.at("family_id")), id);
  ASSERT_GE(r.body.at("lines").as_array().size(), 1u);
  bool purpose_logged = false;
  for (const auto& line : r.body.at("lines").as_array()) {
    purpose_logged |=
        line.at("purpose") == "kwaliteitstoetsing" && Str(line.at("user_id")) == lead_id_;
  }
  EXPECT_TRUE(purpose_logged);
}

TEST_F(ApiTest, EveryFieldProblemOfANewFamilyInOneResponse) {
  auto session = Login("lead");
  auto r = Call(verb::post, "/api/v1/families",
                R"({"name":1,"members":[{"ref":"c","role":"child","birth_date":5,"extra":1}],
                    "custody":"none","lead":"x"})",
                session);
  ASSERT_EQ(r.status, 400u);
  std::vector<std::string> fields;
  for (const auto& f : r.body.at("error").at("fields").as_array()) {
    fields.emplace_back(f.at("field").as_string());
  }
  EXPECT_EQ(fields,
            (std::vector<std::string>{"name", "members[0].name", "members[0].birth_date",
                                      "members[0].extra", "custody", "lead_user_id", "lead"}));
}

TEST_F(ApiTest, SomeoneWithoutInvolvementGetsNotFound) {
  auto lead = Login("lead");
  auto r = Call(verb::post, "/api/v1/families", FamilyBody(), lead);
  ASSERT_EQ(r.status, 201u);
  const std::string id(r.body.at("id").as_string());
  auto other = Login("other");
  EXPECT_EQ(Call(verb::get, "/api/v1/families/" + id, "", other).status, 404u);
  EXPECT_EQ(Call(verb::get, "/api/v1/families/fam_nope", "", lead).status, 404u);
}

TEST_F(ApiTest, PagingParametersAreChecked) {
  auto session = Login("lead");
  auto r = Call(verb::get, "/api/v1/families/x?limit=0&before=-2", "", session);
  ASSERT_EQ(r.status, 400u);
  EXPECT_EQ(r.body.at("error").at("fields").as_array().size(), 2u);
  EXPECT_EQ(Call(verb::get, "/api/v1/families/x/access-log?limit=999", "", session).status, 400u);
}

TEST_F(ApiTest, BearerTokensWorkWithoutCsrf) {
  auto session = Login("lead");
  auto r = Call(verb::post, "/api/v1/tokens", R"({"name":"koppeling"})", session);
  ASSERT_EQ(r.status, 201u) << json::serialize(r.body);
  const std::string token(r.body.at("token").as_string());
  std::map<std::string, std::string> bearer = {{"authorization", "Bearer " + token}};
  r = Call(verb::get, "/api/v1/me", "", bearer);
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(Str(r.body.at("id")), lead_id_);
  EXPECT_EQ(r.body.at("team").at("kind"), "local");
  EXPECT_EQ(Call(verb::post, "/api/v1/families", FamilyBody(), bearer).status, 201u);
  r = Call(verb::get, "/api/v1/professionals", "", bearer);
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.body.at("professionals").as_array().size(), 3u);
}

TEST_F(ApiTest, LogoutClearsTheCookieAndEndsTheSession) {
  auto session = Login("lead");
  auto no_csrf = session;
  no_csrf.erase("x-csrf-token");
  EXPECT_EQ(Call(verb::delete_, "/api/v1/session", "", no_csrf).status, 403u);
  auto r = Call(verb::delete_, "/api/v1/session", "", session);
  ASSERT_EQ(r.status, 204u);
  bool cleared = false;
  for (const auto& [k, v] : r.raw.headers)
    cleared |= k == "Set-Cookie" && v.find("Max-Age=0") != std::string::npos;
  EXPECT_TRUE(cleared);
  EXPECT_EQ(Call(verb::get, "/api/v1/me", "", session).status, 401u);
}

// Issue 3: advice for writers. A sentence over 20 words and two jargon words, as a
// professional would type them.
constexpr const char* kLongJargonText =
    "In het kader van de ondertoezichtstelling hebben wij met moeder en vader uitgebreid "
    "gesproken over de situatie thuis en over wat er nodig is voor Noor. Het gaat goed.";

TEST_F(ApiTest, PlainLanguageAdviceForAProfessional) {
  auto session = Login("lead");
  json::object body{{"text", kLongJargonText}};
  auto r = Call(verb::post, "/api/v1/plain-language", json::serialize(body), session);
  ASSERT_EQ(r.status, 200u) << json::serialize(r.body);
  EXPECT_EQ(r.body.at("max_sentence_words"), 20);

  const auto& longs = r.body.at("long_sentences").as_array();
  ASSERT_EQ(longs.size(), 1u);
  EXPECT_EQ(longs[0].at("offset"), 0);
  EXPECT_GT(longs[0].at("words").as_int64(), 20);
  EXPECT_TRUE(Str(longs[0].at("text")).starts_with("In het kader van"));
  EXPECT_TRUE(Str(longs[0].at("text")).ends_with("voor Noor"));

  const auto& jargon = r.body.at("jargon").as_array();
  ASSERT_EQ(jargon.size(), 2u);
  EXPECT_EQ(Str(jargon[0].at("term")), "in het kader van");
  EXPECT_EQ(Str(jargon[1].at("term")), "ondertoezichtstelling");
  EXPECT_EQ(Str(jargon[1].at("text")), "ondertoezichtstelling");
  EXPECT_EQ(jargon[1].at("char_offset"), 20);
  EXPECT_FALSE(Str(jargon[1].at("plain")).empty());
  EXPECT_EQ(Str(jargon[1].at("glossary_url")), "/begrippen#ondertoezichtstelling");

  const auto& readability = r.body.at("readability");
  EXPECT_EQ(readability.at("sentences"), 2);
  ASSERT_TRUE(readability.at("score").is_number());
  EXPECT_FALSE(Str(readability.at("label")).empty());

  // Without a CSRF token too: asking for advice changes nothing.
  auto no_csrf = session;
  no_csrf.erase("x-csrf-token");
  EXPECT_EQ(Call(verb::post, "/api/v1/plain-language", R"({"text":""})", no_csrf).status, 200u);
  auto empty = Call(verb::post, "/api/v1/plain-language", R"({"text":""})", session);
  EXPECT_TRUE(empty.body.at("readability").at("score").is_null());
  EXPECT_TRUE(empty.body.at("jargon").as_array().empty());
}

TEST_F(ApiTest, PlainLanguageRefusesBadRequestsClearly) {
  EXPECT_EQ(Call(verb::post, "/api/v1/plain-language", R"({"text":"Hallo."})").status, 401u);
  auto session = Login("lead");
  const auto check = [&](const std::string& body, unsigned status, const char* field) {
    auto r = Call(verb::post, "/api/v1/plain-language", body, session);
    EXPECT_EQ(r.status, status) << body << " " << json::serialize(r.body);
    if (!field || !r.body.is_object()) return;
    const auto& fields = r.body.at("error").at("fields").as_array();
    ASSERT_FALSE(fields.empty()) << body;
    EXPECT_EQ(Str(fields[0].at("field")), field) << body;
  };
  check("{not json", 400, nullptr);
  check("[]", 400, nullptr);
  check("{}", 400, "text");
  check(R"({"text":12})", 400, "text");
  check(R"({"text":"Hallo.","extra":1})", 400, "extra");
  check(json::serialize(json::object{{"text", std::string(20001, 'a')}}), 400, "text");
  auto wrong_type = session;
  wrong_type["content-type"] = "text/plain";
  EXPECT_EQ(Call(verb::post, "/api/v1/plain-language", "Hallo.", wrong_type).status, 415u);
}

}  // namespace
}  // namespace stip::http
