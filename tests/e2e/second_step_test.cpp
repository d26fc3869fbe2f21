// End-to-end (issue 14 item 2): a professional's second login step (TOTP) on the API and the
// pages, against the real binary; the codes come from liboath, as from an authenticator app.
// With --require-totp an account without the step can only set it up; the demo's documented
// accounts are exempt in demo mode.
#include <liboath/oath.h>

#include <ctime>
#include <regex>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

// The code an app shows `offset_seconds` from now (each code works once: a test that needs a
// second one takes the next step's, which the server accepts one step early).
std::string AppCode(const std::string& base32, int offset_seconds = 0) {
  oath_init();
  std::string padded = base32;
  while (padded.size() % 8 != 0) padded += '=';
  char* key = nullptr;
  size_t key_length = 0;
  EXPECT_EQ(oath_base32_decode(padded.data(), padded.size(), &key, &key_length), OATH_OK);
  char otp[7] = {};
  EXPECT_EQ(oath_totp_generate(key, key_length, std::time(nullptr) + offset_seconds, 30, 0, 6, otp),
            OATH_OK);
  std::free(key);  // NOLINT: liboath allocates with malloc
  return otp;
}

std::string FieldCodeOf(const HttpResponse& r, std::string_view field) {
  for (const auto& f : Arr(Field(ParseJson(r), "error"), "fields")) {
    if (Str(f, "field") == field) return Str(f, "code");
  }
  return "";
}

std::string Match(const std::string& html, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(html, m, std::regex(pattern)) ? m[1].str() : std::string();
}

using SecondStepTest = E2eTest;

TEST_F(SecondStepTest, ApiEnrolsWithAFirstCodeAndLoginThenNeedsTheCode) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  HttpClient lead(server_->port());
  LogIn(lead, kLeadUser);

  HttpResponse state = lead.Get("/api/v1/totp");
  ASSERT_EQ(state.status, 200u) << state.Describe();
  EXPECT_FALSE(ParseJson(state).at("enrolled").as_bool());
  // Nothing to confirm yet: 422.
  EXPECT_EQ(lead.PostJson("/api/v1/totp/confirm", json::object{{"code", "123456"}}).status, 422u);

  HttpResponse started = lead.PostJson("/api/v1/totp", json::object{});
  ASSERT_EQ(started.status, 201u) << started.Describe();
  const std::string secret = Str(ParseJson(started), "secret");
  ASSERT_FALSE(secret.empty());
  EXPECT_TRUE(Str(ParseJson(started), "otpauth_uri").starts_with("otpauth://totp/Stip:regisseur"));

  // Bad input: 400 with the field, nothing changed.
  HttpResponse missing = lead.PostJson("/api/v1/totp/confirm", json::object{});
  EXPECT_EQ(missing.status, 400u) << missing.Describe();
  EXPECT_EQ(FieldCodeOf(missing, "code"), "required");
  HttpResponse letters = lead.PostJson("/api/v1/totp/confirm", json::object{{"code", "abcdef"}});
  EXPECT_EQ(letters.status, 400u) << letters.Describe();
  EXPECT_EQ(FieldCodeOf(letters, "code"), "wrong_code");
  EXPECT_FALSE(ParseJson(lead.Get("/api/v1/totp")).at("enrolled").as_bool());

  HttpResponse confirmed =
      lead.PostJson("/api/v1/totp/confirm", json::object{{"code", AppCode(secret)}});
  ASSERT_EQ(confirmed.status, 204u) << confirmed.Describe();
  const json::value on = ParseJson(lead.Get("/api/v1/totp"));
  EXPECT_TRUE(on.at("enrolled").as_bool());
  EXPECT_FALSE(on.as_object().contains("secret")) << "the secret is shown only while setting up";

  // Logging in now needs the code as well.
  HttpClient other(server_->port());
  HttpResponse without = other.PostJson(
      "/api/v1/session", json::object{{"username", kLeadUser}, {"password", kDemoPassword}});
  EXPECT_EQ(without.status, 401u) << without.Describe();
  EXPECT_EQ(FieldCodeOf(without, "code"), "required");
  HttpResponse wrong = other.PostJson(
      "/api/v1/session",
      json::object{{"username", kLeadUser}, {"password", kDemoPassword}, {"code", "abcdef"}});
  EXPECT_EQ(wrong.status, 401u);
  EXPECT_EQ(FieldCodeOf(wrong, "code"), "wrong_code");
  HttpResponse with =
      other.PostJson("/api/v1/session", json::object{{"username", kLeadUser},
                                                     {"password", kDemoPassword},
                                                     {"code", AppCode(secret, 30)}});
  ASSERT_EQ(with.status, 200u) << with.Describe();
  EXPECT_FALSE(ParseJson(with).at("second_step_missing").as_bool());
}

TEST_F(SecondStepTest, PagesSetItUpAndTheLoginPageAsksForTheCode) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  HttpClient duo(server_->port());
  ASSERT_EQ(duo.PostForm("/login", {{"username", "veiligheid"}, {"password", "demo"}}).status,
            303u);
  HttpResponse account = duo.Get("/mijn-account");
  ASSERT_EQ(account.status, 200u);
  EXPECT_NE(account.body.find("/mijn-account/tweede-stap"), std::string::npos);
  HttpResponse page = duo.Get("/mijn-account/tweede-stap");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Tweede stap bij inloggen"), std::string::npos);
  EXPECT_NE(page.body.find("U gebruikt nog geen tweede stap."), std::string::npos);
  const std::string csrf = Match(page.body, R"re(name="_csrf"\s+value="([^"]+)")re");
  ASSERT_FALSE(csrf.empty());

  ASSERT_EQ(duo.PostForm("/mijn-account/tweede-stap/starten", {{"_csrf", csrf}}).status, 303u);
  HttpResponse setup = duo.Get("/mijn-account/tweede-stap");
  const std::string secret =
      Match(setup.body, R"re(<code id="tweede-stap-sleutel">([A-Z2-7]+)</code>)re");
  ASSERT_FALSE(secret.empty()) << setup.body;
  EXPECT_NE(setup.body.find("href=\"otpauth://totp/"), std::string::npos);

  // A wrong code: the page again with the problem beside the field, still not on.
  HttpResponse wrong =
      duo.PostForm("/mijn-account/tweede-stap/bevestigen", {{"_csrf", csrf}, {"code", "12345"}});
  EXPECT_EQ(wrong.status, 400u) << wrong.Describe();
  EXPECT_NE(wrong.body.find("Deze code klopt niet of is al gebruikt."), std::string::npos);
  EXPECT_NE(wrong.body.find("aria-invalid=\"true\""), std::string::npos);
  HttpResponse done = duo.PostForm("/mijn-account/tweede-stap/bevestigen",
                                   {{"_csrf", csrf}, {"code", AppCode(secret)}});
  ASSERT_EQ(done.status, 303u) << done.Describe();
  HttpResponse after = duo.Get(done.Header("location"));
  EXPECT_NE(after.body.find("De tweede stap staat aan."), std::string::npos);
  EXPECT_EQ(after.body.find(secret), std::string::npos) << "not shown again";

  // The login page asks for the code after the right password, and then logs in.
  HttpClient browser(server_->port());
  HttpResponse asked =
      browser.PostForm("/login", {{"username", "veiligheid"}, {"password", "demo"}});
  EXPECT_EQ(asked.status, 401u) << asked.Describe();
  EXPECT_NE(asked.body.find("name=\"code\""), std::string::npos);
  EXPECT_NE(asked.body.find("Vul ook de code uit uw app in."), std::string::npos);
  HttpResponse in = browser.PostForm(
      "/login", {{"username", "veiligheid"}, {"password", "demo"}, {"code", AppCode(secret, 30)}});
  EXPECT_EQ(in.status, 303u) << in.Describe();
  EXPECT_EQ(browser.Get("/gezinnen").status, 200u);
}

TEST_F(SecondStepTest, RequiredForEveryoneButTheDemoAccountsInDemoMode) {
  server_ = StipServer::StartWithArgs(
      "demo", {"demo", "--port", "0", "--data", data_dir().string(), "--require-totp"},
      tmp_.path());
  ASSERT_TRUE(server_);
  // The documented demo account: exempt in demo mode.
  HttpClient lead(server_->port());
  const json::value lead_login = LogIn(lead, kLeadUser);
  EXPECT_FALSE(lead_login.at("second_step_missing").as_bool());
  EXPECT_EQ(lead.Get("/api/v1/families").status, 200u);

  // A new professional: only setting up the step is open until it is on.
  HttpClient admin(server_->port());
  LogIn(admin, kAdminUser);
  HttpResponse me = lead.Get("/api/v1/me");
  const std::string team = Str(Field(ParseJson(me), "team"), "id");
  HttpResponse added =
      admin.PostJson("/api/v1/users", json::object{{"username", "noor"},
                                                   {"display_name", "Noor Visser"},
                                                   {"team_id", team},
                                                   {"password", "paarse-olifant-fietst"}});
  ASSERT_EQ(added.status, 201u) << added.Describe();
  HttpClient noor(server_->port());
  const json::value login = LogIn(noor, "noor", "paarse-olifant-fietst");
  EXPECT_TRUE(login.at("second_step_missing").as_bool());
  HttpResponse refused = noor.Get("/api/v1/families");
  EXPECT_EQ(refused.status, 422u) << refused.Describe();
  EXPECT_EQ(noor.Get("/gezinnen").Header("location"), "/mijn-account/tweede-stap");
  EXPECT_EQ(noor.Get("/mijn-account/tweede-stap").status, 200u);
  HttpResponse started = noor.PostJson("/api/v1/totp", json::object{});
  ASSERT_EQ(started.status, 201u) << started.Describe();
  EXPECT_TRUE(ParseJson(started).at("required").as_bool());
  const std::string secret = Str(ParseJson(started), "secret");
  ASSERT_EQ(noor.PostJson("/api/v1/totp/confirm", json::object{{"code", AppCode(secret)}}).status,
            204u);
  EXPECT_EQ(noor.Get("/api/v1/families").status, 200u) << "open at once, same session";
  // Required: it cannot be turned off.
  HttpResponse off =
      noor.PostJson("/api/v1/totp/disable", json::object{{"code", AppCode(secret, 30)}});
  EXPECT_EQ(off.status, 422u) << off.Describe();
}

}  // namespace
}  // namespace stip::e2e
