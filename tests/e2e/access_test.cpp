// End-to-end: who may do what — a family file stays hidden from the uninvolved, credentials and
// CSRF are enforced, tokens work without CSRF, logout ends a session, guessing is slowed down.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using AccessTest = E2eTest;

std::int64_t HeadSeq(HttpClient& lead, const std::string& family_id) {
  return Int(Overview(lead, family_id), "head_seq");
}

TEST_F(AccessTest, UninvolvedProfessionalsDoNotSeeTheFamily) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  const std::int64_t head = HeadSeq(*lead, family_id);

  for (std::string_view user : {kColleagueUser, kAdminUser}) {
    SCOPED_TRACE(std::string(user));
    HttpClient other(server_->port());
    LogIn(other, user);
    HttpResponse list = other.Get("/api/v1/families");
    ASSERT_EQ(list.status, 200u) << list.Describe();
    EXPECT_TRUE(Arr(ParseJson(list), "families").empty()) << list.Describe();

    HttpResponse read = other.Get("/api/v1/families/" + family_id);
    EXPECT_EQ(read.status, 404u) << read.Describe();
    std::string code;
    ErrorFields(read, &code);
    EXPECT_EQ(code, "not_found");
    // Same answer as for a file that does not exist: its existence is not revealed.
    HttpResponse missing = other.Get("/api/v1/families/fam_doesnotexist");
    EXPECT_EQ(missing.status, 404u) << missing.Describe();

    EXPECT_EQ(other.Get("/api/v1/families/" + family_id + "/access-log").status, 404u);
    HttpResponse write = other.PostJson("/api/v1/families/" + family_id + "/entries",
                                        EntryBody("Mag ik dit lezen?"));
    EXPECT_EQ(write.status, 404u) << write.Describe();
  }
  EXPECT_EQ(HeadSeq(*lead, family_id), head) << "nothing was added";

  // The lead's access log shows no reads by them.
  HttpResponse log = lead->Get("/api/v1/families/" + family_id + "/access-log?limit=200");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  for (const auto& line : Arr(ParseJson(log), "lines")) {
    EXPECT_EQ(Str(line, "user_name"), kLeadName) << json::serialize(line);
  }
}

TEST_F(AccessTest, CredentialsCsrfTokensAndLogout) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  const std::string entries = "/api/v1/families/" + family_id + "/entries";
  const std::int64_t head = HeadSeq(*lead, family_id);

  // No credentials at all: 401 with the JSON error shape.
  HttpClient anonymous(server_->port());
  for (const std::string& path : std::vector<std::string>{
           "/api/v1/families", "/api/v1/families/" + family_id, "/api/v1/me"}) {
    HttpResponse r = anonymous.Get(path);
    EXPECT_EQ(r.status, 401u) << path << ": " << r.Describe();
    std::string code;
    ErrorFields(r, &code);
    EXPECT_EQ(code, "unauthenticated") << path;
  }
  EXPECT_EQ(anonymous.PostJson(entries, EntryBody("anoniem")).status, 401u);
  HttpResponse forged = anonymous.Get("/api/v1/families", {{"Cookie", "stip_session=forged"}});
  EXPECT_EQ(forged.status, 401u) << forged.Describe();

  // A cookie-authenticated change without the right CSRF token: 403, nothing written.
  lead->SetDefaultHeader("X-CSRF-Token", "");
  HttpResponse missing = lead->PostJson(entries, EntryBody("zonder csrf"));
  EXPECT_EQ(missing.status, 403u) << missing.Describe();
  std::string code;
  ErrorFields(missing, &code);
  EXPECT_EQ(code, "permission_denied");
  HttpResponse wrong =
      lead->PostJson(entries, EntryBody("verkeerde csrf"), {{"X-CSRF-Token", "not-the-token"}});
  EXPECT_EQ(wrong.status, 403u) << wrong.Describe();
  EXPECT_EQ(HeadSeq(*lead, family_id), head) << "a refused request changed the file";

  // Log in again for a fresh CSRF token; issue a personal access token.
  LogIn(*lead, kLeadUser);
  ASSERT_FALSE(HasFailure());
  HttpResponse issued = lead->PostJson("/api/v1/tokens", json::object{{"name", "e2e koppeling"}});
  ASSERT_EQ(issued.status, 201u) << issued.Describe();
  const json::value token_body = ParseJson(issued);
  const std::string token = Str(token_body, "token");
  EXPECT_FALSE(Str(token_body, "id").empty());
  ASSERT_FALSE(token.empty());

  // The Bearer token works without cookie and without CSRF.
  HttpClient system(server_->port());
  system.SetDefaultHeader("Authorization", "Bearer " + token);
  HttpResponse by_token = system.PostJson(entries, EntryBody("Via de koppeling vastgelegd."));
  ASSERT_EQ(by_token.status, 201u) << by_token.Describe();
  const std::string token_entry = Str(ParseJson(by_token), "id");
  const json::value overview = Overview(system, family_id);
  ASSERT_FALSE(Arr(overview, "entries").empty());
  EXPECT_EQ(Str(Arr(overview, "entries")[0], "id"), token_entry);
  EXPECT_EQ(Str(Arr(overview, "entries")[0], "author_name"), kLeadName);
  EXPECT_EQ(Int(overview, "head_seq"), head + 1);
  HttpResponse bad_token =
      anonymous.Get("/api/v1/families", {{"Authorization", "Bearer not-a-real-token"}});
  EXPECT_EQ(bad_token.status, 401u) << bad_token.Describe();

  // Logout: 204, the cookie is cleared, and the old cookie value no longer works.
  const std::string old_cookie = lead->Cookie("stip_session");
  ASSERT_FALSE(old_cookie.empty());
  HttpResponse out = lead->Delete("/api/v1/session");
  EXPECT_EQ(out.status, 204u) << out.Describe();
  EXPECT_TRUE(lead->Cookie("stip_session").empty())
      << "the response should clear the stip_session cookie";
  HttpClient replay(server_->port());
  HttpResponse after =
      replay.Get("/api/v1/families/" + family_id, {{"Cookie", "stip_session=" + old_cookie}});
  EXPECT_EQ(after.status, 401u) << "a logged-out session must be useless: " << after.Describe();
  // The token is independent of the session and still works.
  EXPECT_EQ(system.Get("/api/v1/families").status, 200u);
}

TEST_F(AccessTest, RepeatedWrongPasswordsSlowDownLogin) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  HttpClient client(server_->port());
  const auto attempt = [&](std::string_view password) {
    return client.PostJson("/api/v1/session",
                           json::object{{"username", kLeadUser}, {"password", password}});
  };
  for (int i = 0; i < 3; ++i) {
    HttpResponse r = attempt("raden" + std::to_string(i));
    EXPECT_EQ(r.status, 401u) << "attempt " << i << ": " << r.Describe();
    EXPECT_TRUE(client.Cookie("stip_session").empty());
  }
  HttpResponse right = attempt(kDemoPassword);
  EXPECT_EQ(right.status, 429u) << "even the right password waits after repeated failures: "
                                << right.Describe();
  std::string code;
  ErrorFields(right, &code);
  EXPECT_EQ(code, "resource_exhausted");
  EXPECT_TRUE(client.Cookie("stip_session").empty());

  // Another account is not affected.
  HttpClient duo(server_->port());
  LogIn(duo, kDuoUser);
}

}  // namespace
}  // namespace stip::e2e
