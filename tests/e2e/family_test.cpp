// End-to-end (issue 3): family members invited by `stip demo` log in with the code from the
// file outbox and see what the access engine allows; bad input gets a clear 4xx.
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;
using boost::beast::http::verb;

using FamilyTest = FamilyE2eTest;

TEST_F(FamilyTest, AnInvitedParentLogsInWithTheCodeFromTheOutboxAndSeesEntries) {
  auto marloes = LogInFamily(kMarloes);
  json::value home = Home(*marloes);
  EXPECT_FALSE(Field(home, "summary_only").as_bool());
  EXPECT_EQ(Str(Field(home, "lead"), "display_name"), kLeadName);
  EXPECT_FALSE(Arr(home, "entries").empty());
  // The demo's neighbour's call is withheld from her (a placeholder), Daan's (16) own
  // confidential entry is left out, and every other entry is visible.
  int withheld = 0;
  for (const auto& e : Arr(home, "entries")) {
    const std::string visibility = Str(e, "visibility");
    if (visibility == "withheld") ++withheld;
    if (visibility != "withheld") {
      EXPECT_EQ(visibility, "visible");
    }
  }
  EXPECT_EQ(withheld, 1);
  EXPECT_EQ(Arr(home, "entries").size(), static_cast<std::size_t>(kDemoEntries - 1));

  HttpResponse page = marloes->Get("/ons-gezin");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find(std::string(kLeadName)), std::string::npos);
  EXPECT_NE(page.body.find("Jullie rechten"), std::string::npos);
  EXPECT_NE(page.body.find("AKJ"), std::string::npos);
  // The professional pages send a family member home; the download has the same entries.
  EXPECT_EQ(marloes->Get("/gezinnen").Header("location"), "/ons-gezin");
  HttpResponse download = marloes->Get("/ons-gezin/download.json");
  ASSERT_EQ(download.status, 200u) << download.Describe();
  EXPECT_EQ(Arr(ParseJson(download), "entries").size(), Arr(home, "entries").size());
  EXPECT_EQ(marloes->Get("/ons-gezin/afdrukken").status, 200u);
  // The demo start page shows the outbox.
  HttpResponse demo = NewClient()->Get("/demo");
  ASSERT_EQ(demo.status, 200u);
  EXPECT_NE(demo.body.find(std::string(kMarloes)), std::string::npos);
}

TEST_F(FamilyTest, TheThirteenYearOldSeesTheChildView) {
  auto lotte = LogInFamily(kLotte);
  json::value home = Home(*lotte);
  EXPECT_TRUE(Field(home, "child_view").as_bool());
  EXPECT_EQ(Str(Field(home, "me"), "role"), "child");
  HttpResponse page = lotte->Get("/ons-gezin");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("stip-child-view"), std::string::npos);
  EXPECT_NE(page.body.find("Wat mag jij?"), std::string::npos);
}

TEST_F(FamilyTest, TheParentWithoutCustodySeesTheSummaryOnly) {
  auto ruben = LogInFamily(kRuben);
  json::value home = Home(*ruben);
  EXPECT_TRUE(Field(home, "summary_only").as_bool());
  EXPECT_TRUE(Arr(home, "entries").empty());
  EXPECT_EQ(Arr(home, "members").size(), static_cast<std::size_t>(kDemoMembers));
  EXPECT_EQ(ruben->Get("/api/v1/families/" + family_id_).status, 403u);
  EXPECT_EQ(ruben->Get("/api/v1/families/" + family_id_ + "/access-log").status, 403u);
  HttpResponse page = ruben->Get("/ons-gezin");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("geen gezag"), std::string::npos);
  // Issue 13 item 4: he is not told that he may read what is written about him, but what he
  // has a right to instead, and whom to ask.
  EXPECT_EQ(page.body.find("Je mag lezen wat over jou is opgeschreven"), std::string::npos);
  EXPECT_NE(page.body.find("recht op belangrijke informatie"), std::string::npos);
  EXPECT_EQ(page.body.find("beheerder"), std::string::npos);
}

TEST_F(FamilyTest, OnlyTheYoungPersonGivesConsentForTheirOwnInformation) {
  auto daan = LogInFamily(kDaan);
  auto marloes = LogInFamily(kMarloes);
  const std::string marloes_id = Str(Field(Home(*marloes), "me"), "member_id");
  const std::string consents = "/api/v1/families/" + family_id_ + "/consents";
  EXPECT_EQ(marloes->PostJson(consents, json::object{{"member_id", marloes_id}}).status, 403u);
  HttpResponse given = daan->PostJson(consents, json::object{{"member_id", marloes_id}});
  ASSERT_EQ(given.status, 201u) << given.Describe();
  EXPECT_EQ(Arr(Home(*daan), "consents").size(), 1u);
  const std::string id = Str(ParseJson(given), "id");
  EXPECT_EQ(daan->Delete(consents + "/" + id).status, 204u);
  EXPECT_TRUE(Arr(Home(*daan), "consents").empty());
}

TEST_F(FamilyTest, TheFamilySeesWhoReadTheirFile) {
  Overview(*lead_, family_id_);  // Sanne reads the file
  auto marloes = LogInFamily(kMarloes);
  HttpResponse page = marloes->Get("/ons-gezin/inzage");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("las Sanne de Wit (Wijkteam Lindewaard-Oost, vast gezicht) jullie "
                           "aantekeningen."),
            std::string::npos)
      << page.body;
  HttpResponse future = marloes->Get("/ons-gezin/inzage?van=2999-01-01");
  ASSERT_EQ(future.status, 200u);
  EXPECT_NE(future.body.find("niemand"), std::string::npos);
  EXPECT_EQ(marloes->Get("/ons-gezin/inzage?van=2026-13-01").status, 400u);
  // Reads by family members are logged too, with their role.
  HttpResponse log = lead_->Get("/api/v1/families/" + family_id_ + "/access-log?limit=200");
  bool parent_read = false;
  for (const auto& line : Arr(ParseJson(log), "lines")) {
    parent_read = parent_read ||
                  (Str(line, "role") == "parent" && Str(line, "user_name") == "Marloes Veldhoven");
  }
  EXPECT_TRUE(parent_read) << log.Describe();
}

TEST_F(FamilyTest, BadInputGetsAClear4xxAndChangesNothing) {
  const std::int64_t head = Int(Overview(*lead_, family_id_), "head_seq");
  const std::string code = CodeFor(kMarloes);
  auto client = NewClient();
  // A wrong code, then the right one, then the same code again.
  HttpResponse wrong = client->PostJson(
      "/api/v1/family-session",
      json::object{{"contact", kMarloes}, {"code", code == "00000000" ? "11111111" : "00000000"}});
  EXPECT_EQ(wrong.status, 401u) << wrong.Describe();
  EXPECT_EQ(
      client
          ->PostJson("/api/v1/family-session", json::object{{"contact", kMarloes}, {"code", code}})
          .status,
      200u);
  HttpResponse reused = NewClient()->PostJson("/api/v1/family-session",
                                              json::object{{"contact", kMarloes}, {"code", code}});
  EXPECT_EQ(reused.status, 401u) << reused.Describe();
  // Unknown and known addresses get the same answer.
  HttpResponse unknown = NewClient()->PostJson("/api/v1/family-session/code",
                                               json::object{{"contact", "nobody@example.org"}});
  HttpResponse known =
      NewClient()->PostJson("/api/v1/family-session/code", json::object{{"contact", kRuben}});
  EXPECT_EQ(unknown.status, 202u);
  EXPECT_EQ(unknown.body, known.body);
  // Another family's id, an oversized address, a bad consent date (with a fresh code).
  RequestCodeAndAwaitMail(kMarloes);
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(marloes->Get("/api/v1/families/fam_someoneelse/home").status, 404u);
  EXPECT_EQ(marloes->Get("/api/v1/families/fam_someoneelse/export").status, 404u);
  HttpResponse oversized = lead_->PostJson(
      "/api/v1/families/" + family_id_ + "/accounts",
      json::object{{"member_id", "mem_x"}, {"contact", std::string(5000, 'a') + "@example.org"}});
  EXPECT_EQ(oversized.status, 400u) << oversized.Describe();
  auto daan = LogInFamily(kDaan);
  HttpResponse bad_date =
      daan->PostJson("/api/v1/families/" + family_id_ + "/consents",
                     json::object{{"member_id", "mem_x"}, {"valid_until", "morgen"}});
  EXPECT_EQ(bad_date.status, 400u) << bad_date.Describe();
  // Family members write no entries.
  EXPECT_EQ(marloes->PostJson("/api/v1/families/" + family_id_ + "/entries", EntryBody("Mag dit?"))
                .status,
            403u);
  EXPECT_EQ(Int(Overview(*lead_, family_id_), "head_seq"), head + 2)
      << "only the two activations (Marloes, Daan) were added";
}

TEST_F(FamilyTest, TheHtmlCodeLoginLeadsToOnsGezin) {
  auto browser = NewClient();
  ASSERT_EQ(browser->Get("/inloggen/code").status, 200u);
  const std::string origin = "http://127.0.0.1:" + std::to_string(server_->port());
  const int mails = MailsTo(kLotte);
  HttpResponse sent =
      browser->PostForm("/inloggen/code", {{"email", std::string(kLotte)}}, {{"Origin", origin}});
  ASSERT_EQ(sent.status, 200u) << sent.Describe();
  AwaitMails(kLotte, mails + 1);
  HttpResponse login = browser->PostForm(
      "/inloggen/code/controleren", {{"email", std::string(kLotte)}, {"code", CodeFor(kLotte)}},
      {{"Origin", origin}});
  ASSERT_EQ(login.status, 303u) << login.Describe();
  EXPECT_EQ(login.Header("location"), "/ons-gezin");
  EXPECT_EQ(browser->Get("/ons-gezin").status, 200u);
}

// An expired code over HTTP: the operator's --code-seconds makes codes short-lived, so the test
// needs no fake clock in the server. The expired code is refused with 401; a fresh one works.
using ShortCodeTest = E2eTest;

TEST_F(ShortCodeTest, AnExpiredCodeIsRefusedAndAFreshOneWorks) {
  std::filesystem::create_directories(data_dir());
  server_ = StipServer::StartWithArgs(
      "demo-short-codes",
      {"demo", "--port", "0", "--data", data_dir().string(), "--code-seconds", "1"}, tmp_.path());
  ASSERT_TRUE(server_);
  const auto ask = [&] {
    RequestCodeAndAwaitMail(kMarloes);
    return OutboxCode(data_dir() / "outbox", kMarloes);
  };
  const auto use = [&](const std::string& code) {
    return NewClient()->PostJson("/api/v1/family-session",
                                 json::object{{"contact", kMarloes}, {"code", code}});
  };
  const std::string old_code = ask();
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  HttpResponse expired = use(old_code);
  EXPECT_EQ(expired.status, 401u) << expired.Describe();
  EXPECT_NE(expired.body.find("code"), std::string::npos) << expired.Describe();
  HttpResponse fresh = use(ask());
  EXPECT_EQ(fresh.status, 200u) << fresh.Describe();
}

}  // namespace
}  // namespace stip::e2e
