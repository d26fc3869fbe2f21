// End-to-end (issue 10 item 4) over HTTP: Iris, who is not involved, opens the Veldhoven file
// with emergency access and a reason. Bad input is refused and changes nothing; who is involved,
// administrators and the family cannot; she reads and cannot write; Marloes reads that it
// happened and why; the team lead of Iris's team judges it once and another team's lead cannot;
// when Iris ends it, the file is a 404 to her again in the session she has open.
#include <regex>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using EmergencyE2eTest = FamilyE2eTest;

constexpr std::string_view kTeamLeadUser = "teamleider";  // Karin Mulder, lead of Iris's team
constexpr char kReason[] = "De politie belde om 03:00 over Lotte; ik heb dienst.";

std::string CsrfIn(const std::string& html) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex("name=\"_csrf\" value=\"([^\"]+)\""))) return m[1];
  ADD_FAILURE() << "no _csrf field on the page";
  return "";
}

TEST_F(EmergencyE2eTest, IrisUsesEmergencyAccessMarloesSeesItTheTeamLeadJudgesIt) {
  const std::string base = "/api/v1/families/" + family_id_;
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  EXPECT_EQ(iris->Get(base).status, 404u) << "not involved: no file";

  // Bad input: named fields, nothing recorded.
  HttpResponse bad = iris->PostJson("/api/v1/emergency-access",
                                    json::object{{"family_id", family_id_}, {"reason", "  "}});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_EQ(ErrorFields(bad), (std::vector<std::string>{"reason"}));
  bad = iris->PostJson("/api/v1/emergency-access",
                       json::object{{"family_id", family_id_}, {"reason", std::string(1001, 'a')}});
  EXPECT_EQ(ErrorFields(bad), (std::vector<std::string>{"reason"}));
  EXPECT_EQ(ErrorFields(iris->PostJson("/api/v1/emergency-access", json::object{{"reason", "x"}})),
            (std::vector<std::string>{"family_id"}));
  EXPECT_EQ(iris->PostJson("/api/v1/emergency-access",
                           json::object{{"family_id", "fam_bestaatniet"}, {"reason", kReason}})
                .status,
            404u);
  EXPECT_EQ(Arr(ParseJson(iris->Get("/api/v1/emergency-access")), "emergency_access").size(), 0u);

  // Who may not: the lead (involved: 409), an administrator (403), a family member (403).
  const json::object body{{"family_id", family_id_}, {"reason", kReason}};
  EXPECT_EQ(lead_->PostJson("/api/v1/emergency-access", body).status, 409u);
  auto admin = NewClient();
  LogIn(*admin, kAdminUser);
  EXPECT_EQ(admin->PostJson("/api/v1/emergency-access", body).status, 403u);
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(marloes->PostJson("/api/v1/emergency-access", body).status, 403u);

  HttpResponse opened = iris->PostJson("/api/v1/emergency-access", body);
  ASSERT_EQ(opened.status, 201u) << opened.Describe();
  const json::value use = ParseJson(opened);
  const std::string use_id = Str(use, "id");
  EXPECT_TRUE(Field(use, "active").as_bool());
  EXPECT_EQ(Str(use, "reason"), kReason);
  EXPECT_EQ(iris->PostJson("/api/v1/emergency-access", body).status, 409u) << "open already";

  // Read-only: she reads the file as a professional, every write is refused.
  const json::value file = Overview(*iris, family_id_);
  EXPECT_EQ(Str(file, "my_role"), "emergency");
  EXPECT_FALSE(Str(file, "emergency_until").empty());
  EXPECT_EQ(iris->PostJson(base + "/entries", EntryBody("Iets.")).status, 403u);
  // The family's network (who they trust, what they share) is not on the allow-list.
  EXPECT_EQ(iris->Get(base + "/network").status, 403u);
  EXPECT_EQ(iris->Get("/gezinnen/" + family_id_ + "/naasten").status, 403u);
  HttpResponse page = iris->Get("/gezinnen/" + family_id_);
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Noodtoegang tot "), std::string::npos);
  EXPECT_NE(page.body.find("alleen lezen"), std::string::npos);
  EXPECT_EQ(page.body.find("id=\"nieuwe-aantekening\""), std::string::npos) << "no entry form";

  // Marloes reads that it happened, and why; every read is flagged.
  const json::value log = ParseJson(marloes->Get(base + "/access-log"));
  int flagged = 0;
  for (const auto& line : Arr(log, "lines")) {
    if (Str(line, "role") != "emergency") continue;
    EXPECT_TRUE(Field(line, "emergency").as_bool());
    EXPECT_EQ(Str(line, "purpose"), "noodtoegang");
    ++flagged;
  }
  EXPECT_GE(flagged, 2);
  ASSERT_EQ(Arr(log, "emergency_uses").size(), 1u);
  EXPECT_EQ(Str(Arr(log, "emergency_uses")[0], "reason"), kReason);
  EXPECT_TRUE(Field(Arr(log, "emergency_uses")[0], "review").is_null());
  HttpResponse family_page = marloes->Get("/ons-gezin/inzage");
  ASSERT_EQ(family_page.status, 200u);
  EXPECT_NE(family_page.body.find("Iris Bos (Wijkteam Lindewaard-Oost) gebruikte noodtoegang"),
            std::string::npos);
  EXPECT_NE(family_page.body.find("De teamleider heeft dit nog niet gecontroleerd."),
            std::string::npos);
  EXPECT_NE(family_page.body.find("De toegang loopt tot "), std::string::npos);
  EXPECT_EQ(family_page.body.find("U kunt lezen"), std::string::npos)
      << "words for the professional are not true for the family";
  EXPECT_NE(family_page.body.find("niet bij jullie betrokken"), std::string::npos);
  // The professionals' access log of the file speaks to them, not to the family (review).
  HttpResponse lead_page = lead_->Get("/gezinnen/" + family_id_ + "/inzage");
  ASSERT_EQ(lead_page.status, 200u);
  EXPECT_NE(lead_page.body.find("Iris Bos (Wijkteam Lindewaard-Oost) gebruikte noodtoegang"),
            std::string::npos);
  EXPECT_EQ(lead_page.body.find("jullie"), std::string::npos)
      << "the family's words are not true for the professional";
  EXPECT_NE(lead_page.body.find("niet bij dit gezin betrokken"), std::string::npos);

  // Another team's lead sees nothing and cannot judge it.
  auto youssef = NewClient();
  LogIn(*youssef, kDuoUser);
  const json::value me = ParseJson(youssef->Get("/api/v1/me"));
  const std::string safety_team = Str(me, "team_id");
  const std::string youssef_id = Str(me, "id");
  ASSERT_EQ(admin
                ->PostJson("/api/v1/teams/" + safety_team + "/lead",
                           json::object{{"user_id", youssef_id}, {"reason", "Teamleider."}})
                .status,
            200u);
  EXPECT_EQ(Arr(ParseJson(youssef->Get("/api/v1/emergency-access/reviews")), "reviews").size(), 0u);
  const std::string review = "/api/v1/emergency-access/" + use_id + "/review";
  const json::object justified{{"outcome", "justified"}, {"words", "Acuut, het kon niet wachten."}};
  EXPECT_EQ(youssef->PostJson(review, justified).status, 404u);
  EXPECT_EQ(iris->PostJson(review, justified).status, 403u) << "not one's own";

  // The team lead of Iris's team: the use with the lines read, counted on Mijn werk.
  auto karin = NewClient();
  LogIn(*karin, kTeamLeadUser);
  EXPECT_EQ(karin->Get(base).status, 404u) << "a team lead never sees the file";
  EXPECT_EQ(Int(Field(ParseJson(karin->Get("/api/v1/my-work")), "counts"), "emergency_reviews"), 1);
  const json::value queue = ParseJson(karin->Get("/api/v1/emergency-access/reviews"));
  ASSERT_EQ(Arr(queue, "reviews").size(), 1u);
  EXPECT_EQ(Str(Arr(queue, "reviews")[0], "family_id"), family_id_);
  EXPECT_GE(Arr(Arr(queue, "reviews")[0], "lines_read").size(), 2u);
  HttpResponse no_words =
      karin->PostJson(review, json::object{{"outcome", "misschien"}, {"words", ""}});
  EXPECT_EQ(no_words.status, 400u);
  EXPECT_EQ(ErrorFields(no_words), (std::vector<std::string>{"outcome", "words"}));
  ASSERT_EQ(karin->PostJson(review, justified).status, 200u);
  EXPECT_EQ(karin->PostJson(review, justified).status, 409u) << "once";
  const json::value judged =
      Arr(ParseJson(marloes->Get(base + "/access-log")), "emergency_uses")[0];
  EXPECT_EQ(Str(Field(judged, "review"), "outcome"), "justified");
  EXPECT_EQ(Str(Field(judged, "review"), "by"), "Karin Mulder");

  // Iris ends it: a 404 again in the same session.
  EXPECT_EQ(lead_->PostJson("/api/v1/emergency-access/" + use_id + "/end", json::object{}).status,
            404u);
  ASSERT_EQ(iris->PostJson("/api/v1/emergency-access/" + use_id + "/end", json::object{}).status,
            200u);
  EXPECT_EQ(iris->Get(base).status, 404u);
  EXPECT_EQ(iris->Get("/gezinnen/" + family_id_).status, 404u);
  EXPECT_FALSE(
      Field(Arr(ParseJson(iris->Get("/api/v1/emergency-access")), "emergency_access")[0], "active")
          .as_bool());
}

TEST_F(EmergencyE2eTest, ThePagesOpenTheFileAndTheTeamLeadJudgesOnHisPage) {
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  HttpResponse form = iris->Get("/noodtoegang");
  ASSERT_EQ(form.status, 200u) << form.Describe();
  const std::string csrf = CsrfIn(form.body);
  HttpResponse bad =
      iris->PostForm("/noodtoegang", {{"_csrf", csrf}, {"dossier", family_id_}, {"reden", ""}});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_NE(bad.body.find("id=\"reden-fout\""), std::string::npos);
  HttpResponse unknown = iris->PostForm(
      "/noodtoegang", {{"_csrf", csrf}, {"dossier", "fam_bestaatniet"}, {"reden", kReason}});
  EXPECT_EQ(unknown.status, 404u);
  EXPECT_NE(unknown.body.find("id=\"dossier-fout\""), std::string::npos);
  HttpResponse done = iris->PostForm(
      "/noodtoegang", {{"_csrf", csrf}, {"dossier", family_id_}, {"reden", kReason}});
  ASSERT_EQ(done.status, 303u) << done.Describe();
  EXPECT_EQ(iris->Get("/gezinnen/" + family_id_).status, 200u);

  auto karin = NewClient();
  LogIn(*karin, kTeamLeadUser);
  HttpResponse queue = karin->Get("/noodtoegang/beoordelen");
  ASSERT_EQ(queue.status, 200u);
  EXPECT_NE(queue.body.find(kReason), std::string::npos);
  EXPECT_EQ(queue.body.find(std::string(kDemoFamilyName)), std::string::npos)
      << "the file's number, never its name";
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(queue.body, m, std::regex("action=\"/noodtoegang/([^/\"]+)/beoordelen\"")));
  const std::string action = "/noodtoegang/" + std::string(m[1]) + "/beoordelen";
  HttpResponse missing =
      karin->PostForm(action, {{"_csrf", CsrfIn(queue.body)}, {"toelichting", ""}});
  EXPECT_EQ(missing.status, 400u);
  EXPECT_NE(missing.body.find("aria-invalid=\"true\""), std::string::npos);
  HttpResponse judged = karin->PostForm(action, {{"_csrf", CsrfIn(queue.body)},
                                                 {"oordeel", "not_justified"},
                                                 {"toelichting", "Dit kon wachten."}});
  EXPECT_EQ(judged.status, 303u) << judged.Describe();
  auto marloes = LogInFamily(kMarloes);
  HttpResponse log = marloes->Get("/ons-gezin/inzage");
  EXPECT_NE(log.body.find("Karin Mulder (teamleider) vond dit niet terecht: Dit kon wachten."),
            std::string::npos);
}

}  // namespace
}  // namespace stip::e2e
