// End-to-end (issue 10) over HTTP: Sanne hands the Veldhoven file over to Iris. Bad input is
// refused with field errors and changes nothing; Marloes reads who her new fixed face will be
// and why before it takes effect; only Iris can accept; after a cold handover Sanne gets 404 in
// the session she still has open; a warm one keeps her in the file until the overlap ends.
#include <regex>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using HandoverE2eTest = FamilyE2eTest;

std::string CsrfIn(const std::string& html) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex("name=\"_csrf\" value=\"([^\"]+)\""))) return m[1];
  ADD_FAILURE() << "no _csrf field on the page";
  return "";
}

TEST_F(HandoverE2eTest, AColdHandoverTheFamilyReadsFirstThenTheOldLeadIsA404) {
  const std::string base = "/api/v1/families/" + family_id_;
  auto iris = NewClient();
  const std::string iris_id = Str(Field(LogIn(*iris, kColleagueUser), "user"), "id");
  auto duo = NewClient();
  const std::string duo_id = Str(Field(LogIn(*duo, kDuoUser), "user"), "id");
  const json::value proposal{{"to_user_id", iris_id},
                             {"reason", "staff_leaving"},
                             {"words", "Sanne gaat in een ander team werken."},
                             {"warm", false}};

  // Bad input: every wrong field is named, and nothing changes.
  HttpResponse bad = lead_->PostJson(
      base + "/handovers",
      json::object{{"to_user_id", duo_id}, {"reason", "zomaar"}, {"words", ""}, {"warm", "ja"}});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_EQ(ErrorFields(bad), (std::vector<std::string>{"warm"}));
  bad = lead_->PostJson(
      base + "/handovers",
      json::object{{"to_user_id", duo_id}, {"reason", "zomaar"}, {"words", ""}, {"warm", true}});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  std::string code;
  EXPECT_EQ(ErrorFields(bad, &code),
            (std::vector<std::string>{"to_user_id", "reason", "words", "meeting_date"}));
  bad = lead_->PostJson(base + "/handovers", json::object{{"to_user_id", iris_id},
                                                          {"reason", "family_wish"},
                                                          {"words", "Wens van het gezin."},
                                                          {"warm", false},
                                                          {"meeting_date", "2026-12-01"}});
  EXPECT_EQ(ErrorFields(bad), (std::vector<std::string>{"meeting_date"}));
  EXPECT_EQ(lead_->PostJson(base + "/handovers", json::object{{"to_user_id", iris_id}}).status,
            400u);
  // The duo does not hand the file over; Iris cannot see it yet.
  EXPECT_EQ(duo->PostJson(base + "/handovers", proposal).status, 403u);
  EXPECT_EQ(iris->Get(base).status, 404u);
  auto marloes = LogInFamily(kMarloes);
  EXPECT_TRUE(Field(Field(Home(*marloes), "fixed_face"), "pending").is_null());

  HttpResponse proposed = lead_->PostJson(base + "/handovers", proposal);
  ASSERT_EQ(proposed.status, 201u) << proposed.Describe();
  const std::string handover_id = Str(ParseJson(proposed), "id");
  // One proposal waits at a time.
  EXPECT_EQ(ErrorFields(lead_->PostJson(base + "/handovers", proposal)),
            (std::vector<std::string>{"to_user_id"}));

  // Marloes reads who and why before it takes effect; Sanne is still her fixed face.
  json::value face = Field(Home(*marloes), "fixed_face");
  EXPECT_EQ(Str(Field(Field(face, "pending"), "to"), "display_name"), "Iris Bos");
  EXPECT_EQ(Str(Field(face, "pending"), "words"), "Sanne gaat in een ander team werken.");
  EXPECT_EQ(Str(Field(face, "pending"), "reason"), "staff_leaving");
  EXPECT_EQ(Str(Field(Home(*marloes), "lead"), "display_name"), kLeadName);
  const std::string page = marloes->Get("/ons-gezin").body;
  EXPECT_NE(page.find("U krijgt een nieuw vast gezicht: Iris Bos"), std::string::npos);
  EXPECT_NE(page.find("het vaste gezicht gaat weg bij het team"), std::string::npos);

  // Only Iris answers: for the duo and the family it does not exist.
  const std::string accept = base + "/handovers/" + handover_id + "/accept";
  EXPECT_EQ(duo->PostJson(accept, json::object{}).status, 404u);
  EXPECT_EQ(lead_->PostJson(accept, json::object{}).status, 404u);
  EXPECT_EQ(marloes->PostJson(accept, json::object{}).status, 404u);
  // Iris sees the offer (on the page and in the API), and the read is on the family's record.
  HttpResponse offered = iris->Get("/api/v1/handovers");
  ASSERT_EQ(offered.status, 200u) << offered.Describe();
  ASSERT_EQ(Arr(ParseJson(offered), "handovers").size(), 1u);
  EXPECT_EQ(Str(Arr(ParseJson(offered), "handovers").at(0), "family_name"), kDemoFamilyName);
  EXPECT_NE(iris->Get("/overdrachten").body.find(kDemoFamilyName), std::string::npos);

  ASSERT_EQ(iris->PostJson(accept, json::object{}).status, 200u);
  EXPECT_EQ(Str(Overview(*iris, family_id_), "my_role"), "lead");
  // Sanne's open session: 404 on the API and on the pages at once.
  EXPECT_EQ(lead_->Get(base).status, 404u);
  EXPECT_EQ(lead_->Get("/gezinnen/" + family_id_).status, 404u);
  EXPECT_EQ(lead_->Get("/gezinnen/" + family_id_ + "/huishouden").status, 404u);
  // Accepting twice changes nothing.
  EXPECT_EQ(iris->PostJson(accept, json::object{}).status, 404u);

  face = Field(Home(*marloes), "fixed_face");
  EXPECT_TRUE(Field(face, "pending").is_null());
  EXPECT_EQ(Str(Field(Field(face, "last_accepted"), "to"), "display_name"), "Iris Bos");
  EXPECT_EQ(Int(face, "handovers"), 1);
  EXPECT_EQ(Int(face, "days_without_lead"), 0);
  EXPECT_EQ(Str(Field(Home(*marloes), "lead"), "display_name"), "Iris Bos");
  EXPECT_NE(marloes->Get("/ons-gezin").body.find("is Iris Bos (Wijkteam Lindewaard-Oost) uw vaste"),
            std::string::npos);
}

TEST_F(HandoverE2eTest, AWarmHandoverKeepsTheOldLeadUntilTheOverlapEnds) {
  const std::string base = "/api/v1/families/" + family_id_;
  auto iris = NewClient();
  const std::string iris_id = Str(Field(LogIn(*iris, kColleagueUser), "user"), "id");
  const std::string sanne_id = Str(ParseJson(lead_->Get("/api/v1/me")), "id");
  // Through the page: a form with a bad date first, then a good one.
  const std::string household = "/gezinnen/" + family_id_ + "/huishouden";
  HttpResponse page = lead_->Get(household);
  ASSERT_EQ(page.status, 200u) << page.Describe();
  const std::string csrf = CsrfIn(page.body);
  HttpResponse bad = lead_->PostForm(household + "/overdracht", {{"_csrf", csrf},
                                                                 {"medewerker", iris_id},
                                                                 {"reden", "other_expertise"},
                                                                 {"toelichting", "Meer kennis."},
                                                                 {"wijze", "warm"},
                                                                 {"overleg", "morgen"}});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_NE(bad.body.find("hh-handover-overleg-fout"), std::string::npos);
  HttpResponse done = lead_->PostForm(household + "/overdracht", {{"_csrf", csrf},
                                                                  {"medewerker", iris_id},
                                                                  {"reden", "other_expertise"},
                                                                  {"toelichting", "Meer kennis."},
                                                                  {"wijze", "warm"},
                                                                  {"overleg", "2099-01-15"}});
  ASSERT_EQ(done.status, 303u) << done.Describe();

  // Iris first declines with words (required), then Sanne proposes again and Iris accepts.
  HttpResponse offers = iris->Get("/overdrachten");
  ASSERT_EQ(offers.status, 200u);
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(offers.body, m, std::regex("/overdrachten/[^/]+/([^/]+)/afwijzen")));
  const std::string first = m[1];
  const std::string decline = "/overdrachten/" + family_id_ + "/" + first + "/afwijzen";
  HttpResponse no_words =
      iris->PostForm(decline, {{"_csrf", CsrfIn(offers.body)}, {"toelichting", ""}});
  EXPECT_EQ(no_words.status, 400u) << no_words.Describe();
  HttpResponse declined = iris->PostForm(
      decline, {{"_csrf", CsrfIn(offers.body)}, {"toelichting", "Mijn caseload is vol."}});
  EXPECT_EQ(declined.status, 303u) << declined.Describe();
  EXPECT_EQ(Str(Overview(*lead_, family_id_), "my_role"), "lead");

  HttpResponse again =
      lead_->PostJson(base + "/handovers", json::object{{"to_user_id", iris_id},
                                                        {"reason", "other"},
                                                        {"words", "Nieuwe poging."},
                                                        {"warm", true},
                                                        {"meeting_date", "2099-02-01"}});
  ASSERT_EQ(again.status, 201u) << again.Describe();
  const std::string second = Str(ParseJson(again), "id");
  ASSERT_EQ(iris->PostJson(base + "/handovers/" + second + "/accept", json::object{}).status, 200u);
  // The overlap: Sanne still reads, as the previous fixed face, but no longer runs the file.
  EXPECT_EQ(Str(Overview(*lead_, family_id_), "my_role"), "previous_lead");
  EXPECT_EQ(lead_
                ->PostJson(base + "/handovers", json::object{{"to_user_id", iris_id},
                                                             {"reason", "other"},
                                                             {"words", "x"},
                                                             {"warm", false}})
                .status,
            403u);
  // Sanne ends the overlap; from then on the file is a 404 to her.
  HttpResponse ended = lead_->PostJson(base + "/involvements/" + sanne_id + "/end",
                                       json::object{{"reason", "Het gesprek samen is geweest."}});
  ASSERT_EQ(ended.status, 200u) << ended.Describe();
  EXPECT_EQ(lead_->Get(base).status, 404u);
  const json::value face = Field(Home(*LogInFamily(kMarloes)), "fixed_face");
  EXPECT_EQ(Int(face, "handovers"), 1);
}

TEST_F(HandoverE2eTest, TheLeadWithdrawsAProposal) {
  const std::string base = "/api/v1/families/" + family_id_;
  auto iris = NewClient();
  const std::string iris_id = Str(Field(LogIn(*iris, kColleagueUser), "user"), "id");
  HttpResponse proposed =
      lead_->PostJson(base + "/handovers", json::object{{"to_user_id", iris_id},
                                                        {"reason", "illness_or_leave"},
                                                        {"words", "Verlof."},
                                                        {"warm", false}});
  ASSERT_EQ(proposed.status, 201u) << proposed.Describe();
  const std::string id = Str(ParseJson(proposed), "id");
  EXPECT_EQ(
      lead_->PostJson(base + "/handovers/" + id + "/withdraw", json::object{{"words", ""}}).status,
      400u);
  EXPECT_EQ(lead_
                ->PostJson(base + "/handovers/" + id + "/withdraw",
                           json::object{{"words", "Het verlof gaat niet door."}})
                .status,
            200u);
  EXPECT_EQ(iris->PostJson(base + "/handovers/" + id + "/accept", json::object{}).status, 404u);
  EXPECT_EQ(Arr(ParseJson(iris->Get("/api/v1/handovers")), "handovers").size(), 0u);
  EXPECT_EQ(Str(Overview(*lead_, family_id_), "my_role"), "lead");
}

}  // namespace
}  // namespace stip::e2e
