// End-to-end (issue 3): the 16-year-old's own confidential information stays with him until he
// gives a parent consent on "Ons gezin", and is hidden again when he ends it; a parent without
// custody sees the summary only; an account the lead ends stops working at once.
#include <regex>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using ConsentTest = FamilyE2eTest;

constexpr std::string_view kSecret = "Daan vertelde in vertrouwen over zijn nieuwe vriendin.";

// The CSRF token a page's forms carry, as a browser would send it back.
std::string CsrfIn(const std::string& html) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex("name=\"_csrf\" value=\"([^\"]+)\""))) return m[1];
  ADD_FAILURE() << "no _csrf field on the page";
  return "";
}

bool HasEntry(const json::value& list_owner, std::string_view key, const std::string& id) {
  for (const auto& e : Arr(list_owner, key)) {
    if (Str(e, "id") == id) return true;
  }
  return false;
}

bool Contains(const HttpResponse& r, std::string_view part) {
  return r.body.find(part) != std::string::npos;
}

TEST_F(ConsentTest, TheYoungPersonsConfidentialEntryNeedsHisConsent) {
  auto daan = LogInFamily(kDaan);
  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  const std::string daan_id = Str(Field(Home(*daan), "me"), "member_id");
  const std::string marloes_id = Str(Field(Home(*marloes), "me"), "member_id");
  json::object body = EntryBody(std::string(kSecret), "conversation_report").as_object();
  body["concerns"] = json::array{json::value(daan_id)};
  body["confidential_of"] = daan_id;
  HttpResponse added = lead_->PostJson("/api/v1/families/" + family_id_ + "/entries", body);
  ASSERT_EQ(added.status, 201u) << added.Describe();
  const std::string entry = Str(ParseJson(added), "id");

  // Hidden from the parents, in the API and on the page; Daan reads it.
  const auto parent_sees = [&] {
    const bool api = HasEntry(Home(*marloes), "entries", entry);
    const bool file = HasEntry(Overview(*marloes, family_id_), "entries", entry);
    const bool page = Contains(marloes->Get("/ons-gezin"), kSecret);
    EXPECT_EQ(api, file);
    EXPECT_EQ(api, page);
    return api && file && page;
  };
  EXPECT_FALSE(parent_sees());
  EXPECT_TRUE(HasEntry(Home(*daan), "entries", entry));
  HttpResponse daans_page = daan->Get("/ons-gezin");
  ASSERT_EQ(daans_page.status, 200u);
  EXPECT_TRUE(Contains(daans_page, kSecret));
  EXPECT_TRUE(Contains(daans_page, "Je kunt je toestemming altijd weer stoppen."));
  // The parents get no consent form, and never the professionals' menu.
  HttpResponse marloes_page = marloes->Get("/ons-gezin");
  EXPECT_FALSE(Contains(marloes_page, "action=\"/ons-gezin/toestemming\""));
  EXPECT_FALSE(Contains(marloes_page, "/gezinnen/nieuw"));
  EXPECT_TRUE(Contains(marloes_page, "href=\"/ons-gezin/inzage\""));

  // Daan gives Marloes consent with the HTML form, as a browser without JavaScript does.
  HttpResponse given =
      daan->PostForm("/ons-gezin/toestemming",
                     {{"_csrf", CsrfIn(daans_page.body)}, {"lid", marloes_id}, {"tot", ""}}, {});
  ASSERT_EQ(given.status, 303u) << given.Describe();
  EXPECT_EQ(given.Header("location"), "/ons-gezin?toestemming=gegeven#toestemming");
  EXPECT_TRUE(parent_sees());

  // The parent without custody still sees the summary only: no entries at all.
  const json::value summary = Home(*ruben);
  EXPECT_TRUE(Field(summary, "summary_only").as_bool());
  EXPECT_TRUE(Arr(summary, "entries").empty());
  HttpResponse ruben_page = ruben->Get("/ons-gezin");
  EXPECT_FALSE(Contains(ruben_page, kSecret));
  EXPECT_FALSE(Contains(ruben_page, "/ons-gezin/inzage")) << "no access log without custody";

  // Daan ends it again on his page: hidden from Marloes at once.
  daans_page = daan->Get("/ons-gezin");
  std::smatch end;
  ASSERT_TRUE(std::regex_search(daans_page.body, end,
                                std::regex("action=\"(/ons-gezin/toestemming/[^\"]+/intrekken)\"")))
      << daans_page.body;
  HttpResponse ended = daan->PostForm(end[1], {{"_csrf", CsrfIn(daans_page.body)}}, {});
  ASSERT_EQ(ended.status, 303u) << ended.Describe();
  EXPECT_FALSE(parent_sees());
  EXPECT_TRUE(Arr(Home(*daan), "consents").empty());
}

TEST_F(ConsentTest, AnEndedAccountLosesItsSessionAndItsCodeLogin) {
  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  const std::string old_code = CodeFor(kMarloes);
  ASSERT_EQ(marloes->Get("/ons-gezin").status, 200u);

  // The lead ends Marloes's account with the button on the family page.
  HttpResponse page = lead_->Get("/gezinnen/" + family_id_);
  ASSERT_EQ(page.status, 200u) << page.Describe();
  // Her row in the accounts table, and the end-account form in it.
  const std::size_t row = page.body.find("marloes@example.org</td>");
  ASSERT_NE(row, std::string::npos) << page.body;
  const std::string rest = page.body.substr(row);
  std::smatch form;
  ASSERT_TRUE(
      std::regex_search(rest, form, std::regex("action=\"(/gezinnen/[^\"]+/beeindigen)\"")));
  HttpResponse no_reason = lead_->PostForm(form[1], {{"_csrf", CsrfIn(page.body)}}, {});
  EXPECT_EQ(no_reason.status, 400u) << no_reason.Describe();
  EXPECT_EQ(marloes->Get("/api/v1/families/" + family_id_ + "/home").status, 200u);
  HttpResponse ended = lead_->PostForm(
      form[1], {{"_csrf", CsrfIn(page.body)}, {"reden", "Verkeerd e-mailadres."}}, {});
  ASSERT_EQ(ended.status, 303u) << ended.Describe();
  EXPECT_TRUE(Contains(lead_->Get("/gezinnen/" + family_id_), "Beëindigd"));

  // Her session stops at once: 401 from the API, the login page for the pages.
  HttpResponse api = marloes->Get("/api/v1/families/" + family_id_ + "/home");
  EXPECT_EQ(api.status, 401u) << api.Describe();
  HttpResponse html = marloes->Get("/ons-gezin");
  EXPECT_EQ(html.status, 303u);
  EXPECT_TRUE(html.Header("location").starts_with("/login")) << html.Header("location");
  // No new code is sent, and neither the old code nor a guess logs in.
  const int mails = MailsTo(kMarloes);
  EXPECT_EQ(NewClient()
                ->PostJson("/api/v1/family-session/code", json::object{{"contact", kMarloes}})
                .status,
            202u);
  // Codes are mailed in the background, one request after the other: once a later request's
  // mail is there, Marloes' request has been dealt with too.
  RequestCodeAndAwaitMail(kRuben);
  EXPECT_EQ(MailsTo(kMarloes), mails);
  HttpResponse relogin = NewClient()->PostJson(
      "/api/v1/family-session", json::object{{"contact", kMarloes}, {"code", old_code}});
  EXPECT_EQ(relogin.status, 401u) << relogin.Describe();

  // The same over JSON for Ruben; the duo may not, and an ended account stays ended.
  const std::string ruben_account = Str(Field(Home(*ruben), "me"), "account_id");
  const std::string revoke =
      "/api/v1/families/" + family_id_ + "/accounts/" + ruben_account + "/revoke";
  HttpClient duo(server_->port());
  LogIn(duo, kDuoUser);
  EXPECT_EQ(duo.PostJson(revoke, json::object{{"reason", "Verhuisd."}}).status, 403u);
  EXPECT_EQ(ruben->Get("/api/v1/families/" + family_id_ + "/home").status, 200u);
  HttpResponse missing = lead_->PostJson(revoke, json::object{});
  EXPECT_EQ(missing.status, 400u) << missing.Describe();
  HttpResponse done = lead_->PostJson(revoke, json::object{{"reason", "Verhuisd."}});
  EXPECT_EQ(done.status, 200u) << done.Describe();
  EXPECT_EQ(ruben->Get("/api/v1/families/" + family_id_ + "/home").status, 401u);
  EXPECT_EQ(lead_->PostJson(revoke, json::object{{"reason", "Nog eens."}}).status, 422u);
}

}  // namespace
}  // namespace stip::e2e
