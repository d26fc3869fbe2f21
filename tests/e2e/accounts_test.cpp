// End-to-end (issue 14): API tokens with a life cycle (issued with an expiry, listed without
// their secrets, revoked on the API, the CLI and "Mijn account"), the administrator's accounts
// (API and pages, with bad input), and a disabled professional whose session ends at once.
#include <regex>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

std::string CsrfField(const std::string& html) {
  static const std::regex kCsrf(R"re(name="_csrf"\s+value="([^"]+)")re");
  std::smatch m;
  return std::regex_search(html, m, kCsrf) ? m[1].str() : std::string();
}

std::string ErrorCodeOf(const HttpResponse& r, std::string_view field) {
  const json::value body = ParseJson(r);
  for (const auto& f : Arr(Field(body, "error"), "fields")) {
    if (Str(f, "field") == field) return Str(f, "code");
  }
  return "";
}

// The id of the professional with `username` in GET /api/v1/users (as an administrator).
std::string UserId(HttpClient& admin, std::string_view username) {
  HttpResponse users = admin.Get("/api/v1/users");
  EXPECT_EQ(users.status, 200u) << users.Describe();
  for (const auto& u : Arr(ParseJson(users), "users")) {
    if (Str(u, "username") == username) return Str(u, "id");
  }
  ADD_FAILURE() << "no user " << username;
  return "";
}

using AccountsTest = E2eTest;

TEST_F(AccountsTest, TokensExpireAreListedAndRevokedOnApiAndCli) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  auto lead = NewClient();
  LogIn(*lead, kLeadUser);

  // Bad input changes nothing.
  const auto bad = [&](const json::value& body, std::string_view field, std::string_view code) {
    HttpResponse r = lead->PostJson("/api/v1/tokens", body);
    EXPECT_EQ(r.status, 400u) << r.Describe();
    EXPECT_EQ(ErrorCodeOf(r, field), code) << r.Describe();
  };
  bad(json::object{{"name", "x"}, {"expires_in_days", 0}}, "expires_in_days", "out_of_range");
  bad(json::object{{"name", "x"}, {"expires_in_days", 366}}, "expires_in_days", "out_of_range");
  bad(json::object{{"name", "x"}, {"expires_in_days", "veel"}}, "expires_in_days", "wrong_type");
  bad(json::object{{"name", ""}}, "name", "required");
  bad(json::object{{"name", "x"}, {"secret", "y"}}, "secret", "unknown_field");
  HttpResponse none = lead->Get("/api/v1/tokens");
  ASSERT_EQ(none.status, 200u) << none.Describe();
  EXPECT_TRUE(Arr(ParseJson(none), "tokens").empty());

  HttpResponse issued = lead->PostJson(
      "/api/v1/tokens", json::object{{"name", "koppeling"}, {"expires_in_days", 30}});
  ASSERT_EQ(issued.status, 201u) << issued.Describe();
  const std::string id = Str(ParseJson(issued), "id");
  const std::string secret = Str(ParseJson(issued), "token");
  EXPECT_FALSE(Str(ParseJson(issued), "expires_at").empty());
  HttpResponse other = lead->PostJson("/api/v1/tokens", json::object{{"name", "tweede"}});
  ASSERT_EQ(other.status, 201u) << other.Describe();
  const std::string other_secret = Str(ParseJson(other), "token");

  HttpResponse list = lead->Get("/api/v1/tokens");
  ASSERT_EQ(list.status, 200u) << list.Describe();
  EXPECT_EQ(Arr(ParseJson(list), "tokens").size(), 2u);
  EXPECT_EQ(list.body.find(secret), std::string::npos) << "the list never holds a secret";
  for (const auto& t : Arr(ParseJson(list), "tokens")) EXPECT_EQ(Str(t, "state"), "active");

  HttpClient api(server_->port());
  api.SetDefaultHeader("Authorization", "Bearer " + secret);
  ASSERT_EQ(api.Get("/api/v1/me").status, 200u);

  // A colleague cannot see or revoke it; an unknown id is 404 too.
  auto colleague = NewClient();
  LogIn(*colleague, kColleagueUser);
  EXPECT_EQ(colleague->Delete("/api/v1/tokens/" + id).status, 404u);
  EXPECT_TRUE(Arr(ParseJson(colleague->Get("/api/v1/tokens")), "tokens").empty());
  EXPECT_EQ(lead->Delete("/api/v1/tokens/tok_none").status, 404u);
  ASSERT_EQ(api.Get("/api/v1/me").status, 200u);

  HttpResponse revoked = lead->Delete("/api/v1/tokens/" + id);
  EXPECT_EQ(revoked.status, 204u) << revoked.Describe();
  EXPECT_EQ(api.Get("/api/v1/me").status, 401u) << "a revoked token is refused at once";

  // The operator revokes the other one on the console, while the server runs.
  HttpClient second(server_->port());
  second.SetDefaultHeader("Authorization", "Bearer " + other_secret);
  ASSERT_EQ(second.Get("/api/v1/me").status, 200u);
  const std::string other_id = Str(ParseJson(other), "id");
  CommandResult cli = RunStip({"token", "revoke", other_id, "--data", data_dir().string()});
  EXPECT_TRUE(cli.status.Exited(0)) << cli.Describe();
  EXPECT_EQ(second.Get("/api/v1/me").status, 401u) << "revoked on the CLI, refused by the server";
  CommandResult listed =
      RunStip({"token", "list", "--user", Str(ParseJson(lead->Get("/api/v1/me")), "id"), "--data",
               data_dir().string()});
  EXPECT_TRUE(listed.status.Exited(0)) << listed.Describe();
  EXPECT_NE(listed.out.find("revoked"), std::string::npos) << listed.out;
  EXPECT_EQ(RunStip({"token", "revoke", "tok_none", "--data", data_dir().string()}).status.code, 4)
      << "an unknown token is not found";
}

TEST_F(AccountsTest, AdministratorManagesAccountsOnTheApi) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  auto admin = NewClient();
  LogIn(*admin, kAdminUser);
  auto lead = NewClient();
  LogIn(*lead, kLeadUser);
  EXPECT_EQ(lead->Get("/api/v1/users").status, 403u);

  HttpResponse users = admin->Get("/api/v1/users");
  ASSERT_EQ(users.status, 200u) << users.Describe();
  const json::value listing = ParseJson(users);
  ASSERT_EQ(Arr(listing, "teams").size(), 2u);
  std::string team;
  for (const auto& t : Arr(listing, "teams")) {
    if (Str(t, "name") == kLeadTeam) team = Str(t, "id");
  }
  ASSERT_FALSE(team.empty());

  // Bad input: each problem is named, nothing is added.
  const auto add = [&](const std::string& username, const std::string& password) {
    return admin->PostJson("/api/v1/users", json::object{{"username", username},
                                                         {"display_name", "Noor Visser"},
                                                         {"team_id", team},
                                                         {"password", password}});
  };
  EXPECT_EQ(ErrorCodeOf(add("noor", "demo"), "password"), "wrong_length");
  EXPECT_EQ(ErrorCodeOf(add("noor", "Welkom2024!!"), "password"), "common_password");
  EXPECT_EQ(ErrorCodeOf(add("Noor Visser", "paarse-olifant-fietst"), "username"), "bad_format");
  HttpResponse no_team =
      admin->PostJson("/api/v1/users", json::object{{"username", "noor"},
                                                    {"display_name", "Noor"},
                                                    {"team_id", "team_none"},
                                                    {"password", "paarse-olifant-fietst"}});
  EXPECT_EQ(ErrorCodeOf(no_team, "team_id"), "unknown_id") << no_team.Describe();
  EXPECT_EQ(lead->PostJson("/api/v1/users", json::object{{"username", "noor"},
                                                         {"display_name", "Noor"},
                                                         {"team_id", team},
                                                         {"password", "paarse-olifant-fietst"}})
                .status,
            403u);
  HttpResponse added = add("noor", "paarse-olifant-fietst");
  ASSERT_EQ(added.status, 201u) << added.Describe();
  EXPECT_EQ(add("noor", "nog-een-lang-wachtwoord").status, 409u);
  auto noor = NewClient();
  ASSERT_FALSE(LogIn(*noor, "noor", "paarse-olifant-fietst").is_null());

  // Disabling the colleague ends her open session at once; she cannot log in again.
  auto colleague = NewClient();
  LogIn(*colleague, kColleagueUser);
  ASSERT_EQ(colleague->Get("/api/v1/me").status, 200u);
  const std::string colleague_id = UserId(*admin, kColleagueUser);
  const std::string admin_id = UserId(*admin, kAdminUser);
  const std::string disable = "/api/v1/users/" + colleague_id + "/disable";
  EXPECT_EQ(ErrorCodeOf(admin->PostJson(disable, json::object{{"reason", ""}}), "reason"),
            "required");
  EXPECT_EQ(admin->PostJson(disable, json::object{{"why", "x"}}).status, 400u);
  EXPECT_EQ(lead->PostJson(disable, json::object{{"reason", "Weg"}}).status, 403u);
  EXPECT_EQ(
      admin->PostJson("/api/v1/users/" + admin_id + "/disable", json::object{{"reason", "Zelf"}})
          .status,
      422u);
  EXPECT_EQ(admin->PostJson("/api/v1/users/usr_none/disable", json::object{{"reason", "x"}}).status,
            404u);
  ASSERT_EQ(colleague->Get("/api/v1/me").status, 200u) << "nothing changed yet";
  HttpResponse disabled = admin->PostJson(disable, json::object{{"reason", "Uit dienst."}});
  ASSERT_EQ(disabled.status, 200u) << disabled.Describe();
  EXPECT_EQ(colleague->Get("/api/v1/me").status, 401u) << "her session ends at once";
  auto again = NewClient();
  HttpResponse refused = again->PostJson(
      "/api/v1/session", json::object{{"username", kColleagueUser}, {"password", kDemoPassword}});
  EXPECT_EQ(refused.status, 403u) << refused.Describe();
  EXPECT_EQ(admin->PostJson(disable, json::object{{"reason", "Nog eens."}}).status, 422u);

  HttpResponse access = admin->Get("/api/v1/users/" + colleague_id + "/access");
  ASSERT_EQ(access.status, 200u) << access.Describe();
  EXPECT_TRUE(Arr(ParseJson(access), "sessions").empty());
  EXPECT_EQ(lead->Get("/api/v1/users/" + colleague_id + "/access").status, 403u);
  EXPECT_EQ(admin->Get("/api/v1/users/usr_none/access").status, 404u);

  HttpResponse enabled = admin->PostJson("/api/v1/users/" + colleague_id + "/enable",
                                         json::object{{"reason", "Terug in dienst."}});
  ASSERT_EQ(enabled.status, 200u) << enabled.Describe();
  EXPECT_FALSE(LogIn(*again, kColleagueUser).is_null());

  // Another team; an unknown one is a field error.
  const std::string move = "/api/v1/users/" + colleague_id + "/team";
  EXPECT_EQ(ErrorCodeOf(admin->PostJson(move, json::object{{"team_id", "team_none"}}), "team_id"),
            "unknown_id");
  std::string safety;
  for (const auto& t : Arr(listing, "teams")) {
    if (Str(t, "id") != team) safety = Str(t, "id");
  }
  EXPECT_EQ(admin->PostJson(move, json::object{{"team_id", safety}}).status, 200u);

  // The administrator sees no family anywhere.
  HttpResponse families = admin->Get("/api/v1/families");
  ASSERT_EQ(families.status, 200u);
  EXPECT_TRUE(Arr(ParseJson(families), "families").empty());
  const std::string family_id = FamilyIdByName(*lead, kDemoFamilyName);
  EXPECT_EQ(admin->Get("/api/v1/families/" + family_id).status, 404u);
  EXPECT_EQ(admin->Get("/api/v1/families/" + family_id + "/access-log").status, 404u);
  EXPECT_EQ(users.body.find(kDemoFamilyName), std::string::npos);
  EXPECT_EQ(access.body.find(kDemoFamilyName), std::string::npos);
}

TEST_F(AccountsTest, PagesForTokensAndAccountsWithoutJavaScript) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  HttpClient lead(server_->port());
  ASSERT_EQ(lead.PostForm("/login", {{"username", std::string(kLeadUser)},
                                     {"password", std::string(kDemoPassword)}})
                .status,
            303u);
  HttpResponse account = lead.Get("/mijn-account");
  ASSERT_EQ(account.status, 200u) << account.Describe();
  EXPECT_NE(account.body.find("Sleutels voor koppelingen"), std::string::npos);
  const std::string csrf = CsrfField(account.body);
  ASSERT_FALSE(csrf.empty());
  EXPECT_EQ(lead.Get("/beheer").status, 403u) << "only administrators";

  // A bad number of days: the form again, with the problem in words; nothing made.
  HttpResponse bad = lead.PostForm("/mijn-account/sleutels",
                                   {{"_csrf", csrf}, {"naam", "Koppeling"}, {"dagen", "veel"}});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_NE(bad.body.find("Vul een aantal dagen in van 1 tot en met 365."), std::string::npos);
  HttpResponse made = lead.PostForm("/mijn-account/sleutels",
                                    {{"_csrf", csrf}, {"naam", "Koppeling"}, {"dagen", "30"}});
  ASSERT_EQ(made.status, 201u) << made.Describe();
  std::smatch secret;
  ASSERT_TRUE(std::regex_search(made.body, secret,
                                std::regex(R"re(<code id="nieuwe-sleutel">([^<]+)</code>)re")));
  HttpClient api(server_->port());
  api.SetDefaultHeader("Authorization", "Bearer " + secret[1].str());
  ASSERT_EQ(api.Get("/api/v1/me").status, 200u);
  HttpResponse listed = lead.Get("/mijn-account");
  EXPECT_EQ(listed.body.find(secret[1].str()), std::string::npos) << "shown once only";
  std::smatch action;
  ASSERT_TRUE(std::regex_search(
      listed.body, action, std::regex(R"re(action="(/mijn-account/sleutels/[^"]+/intrekken)")re")));
  HttpResponse revoked = lead.PostForm(action[1].str(), {{"_csrf", csrf}});
  EXPECT_EQ(revoked.status, 303u) << revoked.Describe();
  EXPECT_EQ(api.Get("/api/v1/me").status, 401u);

  // The administrator adds an account (a weak password first) and disables the colleague,
  // whose open session in her browser ends.
  HttpClient colleague(server_->port());
  ASSERT_EQ(colleague
                .PostForm("/login", {{"username", std::string(kColleagueUser)},
                                     {"password", std::string(kDemoPassword)}})
                .status,
            303u);
  ASSERT_EQ(colleague.Get("/gezinnen").status, 200u);
  HttpClient admin(server_->port());
  ASSERT_EQ(admin
                .PostForm("/login", {{"username", std::string(kAdminUser)},
                                     {"password", std::string(kDemoPassword)}})
                .status,
            303u);
  HttpResponse overview = admin.Get("/beheer");
  ASSERT_EQ(overview.status, 200u) << overview.Describe();
  EXPECT_NE(overview.body.find(kLeadTeam), std::string::npos);
  EXPECT_NE(overview.body.find("Iris Bos"), std::string::npos);
  EXPECT_EQ(overview.body.find(kDemoFamilyName), std::string::npos);
  const std::string admin_csrf = CsrfField(overview.body);
  std::smatch team;
  ASSERT_TRUE(
      std::regex_search(overview.body, team, std::regex(R"re(<option value="(team_[^"]+)")re")));
  HttpResponse weak = admin.PostForm("/beheer/accounts", {{"_csrf", admin_csrf},
                                                          {"gebruikersnaam", "noor"},
                                                          {"naam", "Noor Visser"},
                                                          {"team", team[1].str()},
                                                          {"wachtwoord", "welkom123456"}});
  EXPECT_EQ(weak.status, 400u) << weak.Describe();
  EXPECT_NE(weak.body.find("dit wachtwoord is te makkelijk te raden"), std::string::npos);
  EXPECT_EQ(weak.body.find("welkom123456"), std::string::npos) << "never sent back";
  HttpResponse added =
      admin.PostForm("/beheer/accounts", {{"_csrf", admin_csrf},
                                          {"gebruikersnaam", "noor"},
                                          {"naam", "Noor Visser"},
                                          {"team", team[1].str()},
                                          {"wachtwoord", "paarse-olifant-fietst"}});
  ASSERT_EQ(added.status, 303u) << added.Describe();
  HttpResponse after = admin.Get(added.Header("location"));
  EXPECT_NE(after.body.find("Noor Visser"), std::string::npos);

  std::smatch user;
  const std::regex iris(R"re(href="(/beheer/accounts/[^"]+)">Iris Bos<)re");
  ASSERT_TRUE(std::regex_search(after.body, user, iris)) << after.body;
  const std::string user_path = user[1].str();
  HttpResponse detail = admin.Get(user_path);
  ASSERT_EQ(detail.status, 200u) << detail.Describe();
  HttpResponse no_reason =
      admin.PostForm(user_path + "/uitzetten", {{"_csrf", admin_csrf}, {"reden", ""}});
  EXPECT_EQ(no_reason.status, 400u) << no_reason.Describe();
  EXPECT_NE(no_reason.body.find("Vul een reden in."), std::string::npos);
  ASSERT_EQ(colleague.Get("/gezinnen").status, 200u) << "nothing changed yet";
  HttpResponse off =
      admin.PostForm(user_path + "/uitzetten", {{"_csrf", admin_csrf}, {"reden", "Uit dienst"}});
  ASSERT_EQ(off.status, 303u) << off.Describe();
  HttpResponse ended = colleague.Get("/gezinnen");
  EXPECT_EQ(ended.status, 303u) << "her open session ends";
  EXPECT_TRUE(ended.Header("location").starts_with("/login"));
  HttpResponse shown = admin.Get(off.Header("location"));
  EXPECT_NE(shown.body.find("Uit dienst"), std::string::npos);
  EXPECT_EQ(
      admin.PostForm(user_path + "/team", {{"_csrf", admin_csrf}, {"team", "team_none"}}).status,
      400u);
}

}  // namespace
}  // namespace stip::e2e
