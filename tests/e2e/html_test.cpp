// End-to-end: the HTML pages without JavaScript — Dutch login page, the family list and file,
// adding an entry with the form (and its hidden CSRF field), and the access-log page.
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "harness.h"

namespace stip::e2e {
namespace {

std::string CsrfField(const std::string& html) {
  static const std::regex kCsrf(R"re(name="_csrf"\s+value="([^"]+)")re");
  std::smatch m;
  return std::regex_search(html, m, kCsrf) ? m[1].str() : std::string();
}

void ExpectDutchHtml(const HttpResponse& r) {
  EXPECT_TRUE(r.Header("content-type").starts_with("text/html"))
      << "Content-Type: " << r.Header("content-type");
  EXPECT_NE(r.body.find("lang=\"nl\""), std::string::npos) << "a Dutch page: " << r.Describe();
}

using HtmlTest = E2eTest;

TEST_F(HtmlTest, LoginPageIsDutchAndWrongPasswordsStayOut) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  HttpClient browser(server_->port());

  HttpResponse page = browser.Get("/login");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  ExpectDutchHtml(page);
  EXPECT_NE(page.body.find("name=\"username\""), std::string::npos);
  EXPECT_NE(page.body.find("name=\"password\""), std::string::npos);

  HttpResponse anonymous = browser.Get("/gezinnen");
  EXPECT_EQ(anonymous.status, 303u) << anonymous.Describe();
  EXPECT_TRUE(anonymous.Header("location").starts_with("/login"))
      << "Location: " << anonymous.Header("location");

  HttpResponse wrong =
      browser.PostForm("/login", {{"username", std::string(kLeadUser)}, {"password", "fout"}});
  EXPECT_NE(wrong.status, 303u) << wrong.Describe();
  EXPECT_TRUE(wrong.status == 200 || (wrong.status >= 400 && wrong.status < 500))
      << wrong.Describe();
  ExpectDutchHtml(wrong);
  EXPECT_TRUE(browser.Cookie("stip_session").empty());
  EXPECT_EQ(browser.Get("/gezinnen").status, 303u) << "still logged out";
}

TEST_F(HtmlTest, LeadWorksInTheFamilyFileWithoutJavaScript) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  HttpClient browser(server_->port());

  HttpResponse login = browser.PostForm(
      "/login", {{"username", std::string(kLeadUser)}, {"password", std::string(kDemoPassword)}});
  ASSERT_EQ(login.status, 303u) << login.Describe();
  EXPECT_FALSE(login.Header("location").empty());
  ASSERT_FALSE(browser.Cookie("stip_session").empty()) << "no session cookie after logging in";

  HttpResponse list = browser.Get("/gezinnen");
  ASSERT_EQ(list.status, 200u) << list.Describe();
  ExpectDutchHtml(list);
  EXPECT_NE(list.body.find(kDemoFamilyName), std::string::npos) << list.Describe();

  const std::string family_id = FamilyIdByName(browser, kDemoFamilyName);
  ASSERT_FALSE(family_id.empty());
  const std::string family_path = "/gezinnen/" + family_id;
  EXPECT_NE(list.body.find("href=\"" + family_path + "\""), std::string::npos)
      << "the list links to the family page";

  HttpResponse page = browser.Get(family_path);
  ASSERT_EQ(page.status, 200u) << page.Describe();
  ExpectDutchHtml(page);
  EXPECT_NE(page.body.find(kLeadName), std::string::npos) << "the fixed face is shown";
  EXPECT_NE(page.body.find(kLeadTeam), std::string::npos);
  EXPECT_NE(page.body.find("Lotte Kramer"), std::string::npos) << "members are shown";
  const std::string csrf = CsrfField(page.body);
  ASSERT_FALSE(csrf.empty()) << "the entry form carries a hidden _csrf field";
  const std::string action = family_path + "/aantekeningen";
  EXPECT_NE(page.body.find("action=\"" + action + "\""), std::string::npos);
  const std::int64_t head = Int(Overview(browser, family_id), "head_seq");

  // Without the hidden field the form is refused and nothing is written.
  const std::string refused_text = "Deze aantekening mag er niet komen.";
  HttpResponse refused = browser.PostForm(
      action, {{"soort", "observation"}, {"bron", "huisbezoek"}, {"tekst", refused_text}});
  EXPECT_EQ(refused.status, 403u) << refused.Describe();
  HttpResponse forged = browser.PostForm(action, {{"_csrf", "vervalst"},
                                                  {"soort", "observation"},
                                                  {"bron", "huisbezoek"},
                                                  {"tekst", refused_text}});
  EXPECT_EQ(forged.status, 403u) << forged.Describe();
  // A person gets the refusal as a page in their language, not the API's JSON (issue 13 item 4).
  ExpectDutchHtml(forged);
  EXPECT_NE(forged.body.find("U mag dit niet doen"), std::string::npos) << forged.Describe();
  EXPECT_EQ(Int(Overview(browser, family_id), "head_seq"), head);
  // So is a path that does not exist, and a page address asked with a method it does not take.
  HttpResponse unknown = browser.Get("/ons-gezin/bestaat-niet");
  EXPECT_EQ(unknown.status, 404u) << unknown.Describe();
  ExpectDutchHtml(unknown);
  EXPECT_NE(unknown.body.find("Deze pagina is er niet"), std::string::npos) << unknown.Describe();
  HttpResponse wrong_method = browser.Get(action);
  EXPECT_EQ(wrong_method.status, 405u) << wrong_method.Describe();
  EXPECT_EQ(wrong_method.Header("allow"), "POST");
  ExpectDutchHtml(wrong_method);
  // The API keeps answering in JSON.
  HttpResponse api_unknown = browser.Get("/api/v1/bestaat-niet");
  EXPECT_EQ(api_unknown.status, 404u);
  EXPECT_NE(api_unknown.Header("content-type").find("application/json"), std::string::npos);

  // With it the entry is added, and the browser is sent back to a page that shows it.
  const std::string text = "Mees heeft vandaag op school een spreekbeurt over zijn hond gehouden.";
  HttpResponse added = browser.PostForm(
      action, {{"_csrf", csrf}, {"soort", "observation"}, {"bron", "huisbezoek"}, {"tekst", text}});
  ASSERT_EQ(added.status, 303u) << added.Describe();
  const std::string location = added.Header("location");
  ASSERT_TRUE(location.starts_with(family_path)) << "Location: " << location;
  HttpResponse shown = browser.Get(location);
  ASSERT_EQ(shown.status, 200u) << shown.Describe();
  EXPECT_NE(shown.body.find(text), std::string::npos) << "the new entry is on the page";
  EXPECT_EQ(shown.body.find(refused_text), std::string::npos);
  const boost::json::value overview = Overview(browser, family_id);
  EXPECT_EQ(Int(overview, "head_seq"), head + 1);
  ASSERT_FALSE(Arr(overview, "entries").empty());
  EXPECT_EQ(Str(Arr(overview, "entries")[0], "text"), text);
  EXPECT_EQ(Str(Arr(overview, "entries")[0], "kind"), "observation");

  // An invalid form comes back with the error next to the field, and writes nothing.
  HttpResponse invalid = browser.PostForm(
      action, {{"_csrf", csrf}, {"soort", "observation"}, {"bron", "huisbezoek"}, {"tekst", ""}});
  EXPECT_TRUE(invalid.status == 400 || invalid.status == 422 || invalid.status == 200)
      << invalid.Describe();
  ExpectDutchHtml(invalid);
  EXPECT_NE(invalid.body.find("aria-invalid=\"true\""), std::string::npos)
      << "the field with the problem is marked: " << invalid.Describe();
  EXPECT_EQ(Int(Overview(browser, family_id), "head_seq"), head + 1);

  // The access-log page shows who read the file.
  HttpResponse log = browser.Get(family_path + "/inzage");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  ExpectDutchHtml(log);
  EXPECT_NE(log.body.find(kLeadName), std::string::npos) << log.Describe();

  // The uninvolved colleague gets a 404 page for the same address.
  HttpClient colleague(server_->port());
  HttpResponse colleague_login = colleague.PostForm(
      "/login",
      {{"username", std::string(kColleagueUser)}, {"password", std::string(kDemoPassword)}});
  ASSERT_EQ(colleague_login.status, 303u) << colleague_login.Describe();
  HttpResponse hidden = colleague.Get(family_path);
  EXPECT_EQ(hidden.status, 404u) << hidden.Describe();
  EXPECT_EQ(hidden.body.find(kLeadName), std::string::npos) << "nothing of the file leaks";
}

}  // namespace
}  // namespace stip::e2e
