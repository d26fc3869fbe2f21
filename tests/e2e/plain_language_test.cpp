// End-to-end: plain-language help for writers over HTTP. "Taal controleren" gives advice and
// saves nothing; saving with jargon still works and the confirmation advises; the JSON API;
// the public glossary; the pages' Content-Security-Policy allows Stip's own scripts only.
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "harness.h"

namespace stip::e2e {
namespace {

// 27 words in the first sentence, and two words from the jargon list.
constexpr const char* kText =
    "In het kader van de ondertoezichtstelling hebben wij met moeder en vader uitgebreid "
    "gesproken over de situatie thuis en over wat er nodig is voor de kinderen. Wij bellen.";

std::string CsrfField(const std::string& html) {
  static const std::regex kCsrf(R"re(name="_csrf"\s+value="([^"]+)")re");
  std::smatch m;
  return std::regex_search(html, m, kCsrf) ? m[1].str() : std::string();
}

// The value of one directive of a Content-Security-Policy ("" when absent).
std::string Directive(const std::string& csp, const std::string& name) {
  const auto at = csp.find(name + " ");
  if (at == std::string::npos || (at > 0 && csp[at - 1] != ' ')) return "";
  const auto from = at + name.size() + 1;
  return csp.substr(from, csp.find(';', from) - from);
}

using PlainLanguageTest = E2eTest;

TEST_F(PlainLanguageTest, CheckingGivesAdviceWithoutSavingAndSavingStillWorks) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  HttpClient browser(server_->port());
  ASSERT_EQ(browser
                .PostForm("/login", {{"username", std::string(kLeadUser)},
                                     {"password", std::string(kDemoPassword)}})
                .status,
            303u);
  const std::string family_id = FamilyIdByName(browser, kDemoFamilyName);
  ASSERT_FALSE(family_id.empty());
  const std::string family_path = "/gezinnen/" + family_id;
  HttpResponse page = browser.Get(family_path);
  ASSERT_EQ(page.status, 200u) << page.Describe();
  const std::string csrf = CsrfField(page.body);
  ASSERT_FALSE(csrf.empty());

  // Scripts only from Stip itself; everything else stays as strict as before.
  const std::string csp = page.Header("content-security-policy");
  EXPECT_EQ(Directive(csp, "script-src"), "'self'") << csp;
  EXPECT_EQ(Directive(csp, "default-src"), "'none'") << csp;
  EXPECT_EQ(Directive(csp, "connect-src"), "'self'") << csp;
  EXPECT_EQ(Directive(csp, "frame-ancestors"), "'none'") << csp;
  EXPECT_EQ(csp.find("unsafe"), std::string::npos) << csp;
  static const std::regex kScript(
      R"re(<script src="(/assets/stip-advice\.js\?v=[0-9a-f]+)" defer></script>)re");
  std::smatch script;
  ASSERT_TRUE(std::regex_search(page.body, script, kScript)) << "the live-advice script";
  EXPECT_EQ(page.body.find("<script>"), std::string::npos) << "no inline script";
  HttpResponse js = browser.Get(script[1].str());
  ASSERT_EQ(js.status, 200u);
  EXPECT_TRUE(js.Header("content-type").starts_with("text/javascript"))
      << js.Header("content-type");
  EXPECT_NE(js.body.find("/api/v1/plain-language"), std::string::npos);
  EXPECT_NE(page.body.find("aria-live=\"polite\""), std::string::npos);

  const std::string action = family_path + "/aantekeningen";
  const std::int64_t head = Int(Overview(browser, family_id), "head_seq");

  // "Taal controleren": the advice, the text kept, status 200, nothing saved.
  HttpResponse checked = browser.PostForm(action, {{"_csrf", csrf},
                                                   {"soort", "observation"},
                                                   {"bron", "huisbezoek"},
                                                   {"tekst", kText},
                                                   {"actie", "controleren"}});
  ASSERT_EQ(checked.status, 200u) << checked.Describe();
  EXPECT_NE(checked.body.find(std::string(kText) + "</textarea>"), std::string::npos);
  EXPECT_NE(checked.body.find("heeft 27 woorden"), std::string::npos) << checked.Describe();
  EXPECT_NE(checked.body.find("href=\"/begrippen#ondertoezichtstelling\""), std::string::npos);
  EXPECT_NE(checked.body.find("verplichte hulp met een gezinsvoogd"), std::string::npos);
  EXPECT_NE(checked.body.find("Leesbaarheid: "), std::string::npos);
  EXPECT_EQ(Int(Overview(browser, family_id), "head_seq"), head) << "nothing saved";

  // Saving the same text with its jargon works; the confirmation shows the advice.
  HttpResponse saved = browser.PostForm(
      action,
      {{"_csrf", csrf}, {"soort", "observation"}, {"bron", "huisbezoek"}, {"tekst", kText}});
  ASSERT_EQ(saved.status, 303u) << saved.Describe();
  EXPECT_EQ(Int(Overview(browser, family_id), "head_seq"), head + 1);
  HttpResponse confirmation = browser.Get(saved.Header("location"));
  ASSERT_EQ(confirmation.status, 200u);
  EXPECT_NE(confirmation.body.find("Uw aantekening is opgeslagen."), std::string::npos);
  EXPECT_NE(confirmation.body.find("Tips voor duidelijke taal bij de tekst die u net opsloeg"),
            std::string::npos);
  EXPECT_NE(confirmation.body.find("heeft 27 woorden"), std::string::npos);
}

TEST_F(PlainLanguageTest, ApiAdvisesProfessionalsAndRefusesBadInput) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  HttpClient anonymous(server_->port());
  EXPECT_EQ(
      anonymous.PostJson("/api/v1/plain-language", boost::json::object{{"text", kText}}).status,
      401u);

  HttpClient api(server_->port());
  LogIn(api, kLeadUser);
  HttpResponse r = api.PostJson("/api/v1/plain-language", boost::json::object{{"text", kText}});
  ASSERT_EQ(r.status, 200u) << r.Describe();
  const auto advice = ParseJson(r);
  const auto longs = Arr(advice, "long_sentences");
  ASSERT_EQ(longs.size(), 1u);
  EXPECT_EQ(Int(longs[0], "words"), 27);
  EXPECT_EQ(Int(longs[0], "offset"), 0);
  const auto jargon = Arr(advice, "jargon");
  ASSERT_EQ(jargon.size(), 2u);
  EXPECT_EQ(Str(jargon[1], "term"), "ondertoezichtstelling");
  EXPECT_EQ(Str(jargon[1], "glossary_url"), "/begrippen#ondertoezichtstelling");
  EXPECT_FALSE(Str(Field(advice, "readability"), "label").empty());

  HttpResponse bad = api.Request(boost::beast::http::verb::post, "/api/v1/plain-language",
                                 "{\"text\": ", "application/json");
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  (void)ErrorFields(bad);  // the error shape, with or without fields
  HttpResponse too_long = api.PostJson("/api/v1/plain-language",
                                       boost::json::object{{"text", std::string(20001, 'x')}});
  EXPECT_EQ(too_long.status, 400u);
  EXPECT_EQ(ErrorFields(too_long), std::vector<std::string>{"text"});
}

TEST_F(PlainLanguageTest, GlossaryListsTheTermsForEveryone) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  HttpClient browser(server_->port());
  HttpResponse home = browser.Get("/login");
  EXPECT_NE(home.body.find("href=\"/begrippen\""), std::string::npos) << "linked from the footer";
  HttpResponse nl = browser.Get("/begrippen");
  ASSERT_EQ(nl.status, 200u) << nl.Describe();
  for (const char* id :
       {"ondertoezichtstelling", "gezag", "voogdij", "machtiging-uithuisplaatsing", "gezinsvoogd",
        "jeugdbescherming", "raad-voor-de-kinderbescherming", "kinderrechter", "vertrouwenspersoon",
        "akj", "inzage", "correctie", "achterhouden", "bezwaar", "eigen-verklaring", "toestemming",
        "vast-gezicht", "regisseur"}) {
    EXPECT_NE(nl.body.find("<dt id=\"" + std::string(id) + "\""), std::string::npos) << id;
  }
  for (char c : std::string("ABGKOVZ")) {
    EXPECT_NE(nl.body.find("href=\"#letter-" + std::string(1, static_cast<char>(c + 32)) + "\">" +
                           std::string(1, c) + "</a>"),
              std::string::npos)
        << c;
  }
  HttpResponse en = browser.Get("/begrippen?lang=en");
  ASSERT_EQ(en.status, 200u);
  EXPECT_NE(en.body.find("lang=\"en\""), std::string::npos);
  EXPECT_NE(en.body.find("(Child Protection Board)"), std::string::npos);
}

}  // namespace
}  // namespace stip::e2e
