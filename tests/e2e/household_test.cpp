// End-to-end (issue 10) over HTTP: professionals join and leave the demo family's file and a
// former one gets 404 at once in the session they still have open; the household changes
// (a member joins, one leaves, custody changes on a ruling) and access follows at once; bad
// input is refused with field errors and changes nothing; the family sees who is involved and
// what changed.
#include <regex>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using HouseholdE2eTest = FamilyE2eTest;

std::string CsrfIn(const std::string& html) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex("name=\"_csrf\" value=\"([^\"]+)\""))) return m[1];
  ADD_FAILURE() << "no _csrf field on the page";
  return "";
}

std::string MemberId(const json::value& home, const std::string& name) {
  for (const auto& m : Arr(home, "members")) {
    if (Str(m, "name") == name) return Str(m, "id");
  }
  ADD_FAILURE() << "no member " << name;
  return "";
}

bool HasName(const json::array& list, std::string_view key, std::string_view name) {
  for (const auto& item : list) {
    if (item.as_object().contains(key) && Str(Field(item, key), "display_name") == name) {
      return true;
    }
  }
  return false;
}

TEST_F(HouseholdE2eTest, AProfessionalJoinsAndLeavesAndIsA404AtOnce) {
  const std::string base = "/api/v1/families/" + family_id_;
  auto iris = NewClient();
  const std::string iris_id = Str(Field(LogIn(*iris, kColleagueUser), "user"), "id");
  EXPECT_EQ(iris->Get(base).status, 404u);

  // Bad input: the lead cannot be added this way, and a reason is required. Nothing changes.
  HttpResponse bad = lead_->PostJson(
      base + "/involvements", json::object{{"user_id", iris_id}, {"role", "lead"}, {"reason", ""}});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_EQ(ErrorFields(bad), (std::vector<std::string>{"role", "reason"}));
  HttpResponse missing = lead_->PostJson(base + "/involvements", json::object{{"role", "duo"}});
  EXPECT_EQ(missing.status, 400u) << missing.Describe();
  EXPECT_EQ(iris->Get(base).status, 404u);
  // The duo may not add anyone.
  auto duo = NewClient();
  const std::string duo_id = Str(Field(LogIn(*duo, kDuoUser), "user"), "id");
  EXPECT_EQ(duo->PostJson(base + "/involvements", json::object{{"user_id", iris_id},
                                                               {"role", "second_opinion"},
                                                               {"reason", "Tegenspraak."}})
                .status,
            403u);

  HttpResponse joined = lead_->PostJson(base + "/involvements",
                                        json::object{{"user_id", iris_id},
                                                     {"role", "second_opinion"},
                                                     {"reason", "Tegenspraak op het besluit."}});
  ASSERT_EQ(joined.status, 201u) << joined.Describe();
  EXPECT_EQ(Str(Overview(*iris, family_id_), "my_role"), "second_opinion");
  EXPECT_EQ(iris->Get("/gezinnen/" + family_id_ + "/huishouden").status, 200u);
  auto marloes = LogInFamily(kMarloes);
  EXPECT_TRUE(HasName(Arr(Home(*marloes), "involved"), "professional", "Iris Bos"));

  HttpResponse ended = lead_->PostJson(base + "/involvements/" + iris_id + "/end",
                                       json::object{{"reason", "Het advies is gegeven."}});
  ASSERT_EQ(ended.status, 200u) << ended.Describe();
  // The same open session: 404 on the API and on the pages.
  EXPECT_EQ(iris->Get(base).status, 404u);
  EXPECT_EQ(iris->Get(base + "/household").status, 404u);
  EXPECT_EQ(iris->Get("/gezinnen/" + family_id_).status, 404u);
  EXPECT_EQ(iris->Get("/gezinnen/" + family_id_ + "/huishouden").status, 404u);
  // Ending twice: a field error, not a second event.
  EXPECT_EQ(lead_
                ->PostJson(base + "/involvements/" + iris_id + "/end",
                           json::object{{"reason", "Nog eens."}})
                .status,
            400u);
  const json::value home = Home(*marloes);
  EXPECT_FALSE(HasName(Arr(home, "involved"), "professional", "Iris Bos"));
  const json::value last = Arr(home, "changes").at(0);
  EXPECT_EQ(Str(last, "kind"), "involvement.ended");
  EXPECT_EQ(Str(last, "reason"), "Het advies is gegeven.");
  EXPECT_EQ(Str(last, "subject_name"), "Iris Bos");
  EXPECT_NE(marloes->Get("/ons-gezin").body.find("Het advies is gegeven."), std::string::npos);

  // The duo leaves on their own through the page; then the file is a 404 to them too.
  HttpResponse page = duo->Get("/gezinnen/" + family_id_ + "/huishouden");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  const std::string end_path =
      "/gezinnen/" + family_id_ + "/huishouden/betrokkenen/" + duo_id + "/beeindigen";
  HttpResponse no_reason = duo->PostForm(end_path, {{"_csrf", CsrfIn(page.body)}, {"reden", ""}});
  EXPECT_EQ(no_reason.status, 400u) << no_reason.Describe();
  HttpResponse left =
      duo->PostForm(end_path, {{"_csrf", CsrfIn(page.body)}, {"reden", "Veiligheid is geborgd."}});
  EXPECT_EQ(left.status, 303u) << left.Describe();
  EXPECT_EQ(duo->Get(base).status, 404u);
}

TEST_F(HouseholdE2eTest, TheHouseholdChangesAndAccessFollowsAtOnce) {
  const std::string base = "/api/v1/families/" + family_id_;
  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  auto lotte = LogInFamily(kLotte);
  const json::value home = Home(*marloes);
  const std::string marloes_id = MemberId(home, "Marloes Veldhoven");
  const std::string ruben_id = MemberId(home, "Ruben Kramer");
  EXPECT_FALSE(Field(Home(*marloes), "summary_only").as_bool());
  EXPECT_TRUE(Field(Home(*ruben), "summary_only").as_bool());

  // A baby is born; bad input first.
  HttpResponse bad = lead_->PostJson(
      base + "/members",
      json::object{
          {"name", "Noa"}, {"role", "baby"}, {"birth_date", "2026-02-30"}, {"reason", ""}});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_EQ(ErrorFields(bad), (std::vector<std::string>{"role", "birth_date", "reason"}));
  HttpResponse born =
      lead_->PostJson(base + "/members", json::object{{"name", "Noa Kramer"},
                                                      {"role", "child"},
                                                      {"birth_date", "2020-06-01"},
                                                      {"reason", "Noa is geboren."}});
  ASSERT_EQ(born.status, 201u) << born.Describe();
  const std::string noa = Str(ParseJson(born), "id");
  HttpResponse wrong_day =
      lead_->PostJson(base + "/members/" + noa + "/birth-date",
                      json::object{{"birth_date", "2099-01-01"}, {"reason", "Typfout."}});
  EXPECT_EQ(ErrorFields(wrong_day), std::vector<std::string>{"birth_date"});
  EXPECT_EQ(lead_
                ->PostJson(base + "/members/" + noa + "/birth-date",
                           json::object{{"birth_date", "2020-06-02"}, {"reason", "Typfout."}})
                .status,
            200u);

  // Custody per pair on a ruling: Marloes loses it for every child, Ruben gains it.
  const json::value household = ParseJson(lead_->Get(base + "/household"));
  HttpResponse no_ruling =
      lead_->PostJson(base + "/custody", json::object{{"parent_id", noa},
                                                      {"child_id", marloes_id},
                                                      {"ruling_date", "gisteren"},
                                                      {"reason", "x"}});
  // has_custody is missing too: a missing answer never grants custody.
  EXPECT_EQ(ErrorFields(no_ruling),
            (std::vector<std::string>{"parent_id", "child_id", "ruling_date", "has_custody"}));
  for (const auto& m : Arr(household, "members")) {
    if (Str(m, "role") != "child") continue;
    for (const auto& [parent, has] : {std::pair{marloes_id, false}, std::pair{ruben_id, true}}) {
      HttpResponse set = lead_->PostJson(base + "/custody",
                                         json::object{{"parent_id", parent},
                                                      {"child_id", Str(m, "id")},
                                                      {"has_custody", has},
                                                      {"ruling_date", "2026-11-02"},
                                                      {"reason", "Uitspraak van de rechtbank."}});
      ASSERT_EQ(set.status, 200u) << set.Describe();
    }
  }
  // The sessions that were open: Marloes has the summary only now, Ruben the whole file.
  const json::value after = Home(*marloes);
  EXPECT_TRUE(Field(after, "summary_only").as_bool());
  EXPECT_TRUE(Arr(after, "entries").empty());
  EXPECT_FALSE(Field(Home(*ruben), "summary_only").as_bool());
  const json::value change = Arr(Home(*ruben), "changes").at(0);
  EXPECT_EQ(Str(change, "kind"), "custody.set");
  EXPECT_EQ(Str(change, "on_date"), "2026-11-02");
  EXPECT_NE(ruben->Get("/ons-gezin").body.find("Uitspraak van de rechtbank."), std::string::npos);

  // Lotte moves out: she keeps her own file (what is about her), not what is written about the
  // household from the day she left (the household review of issue 10).
  EXPECT_EQ(lotte->Get(base + "/home").status, 200u);
  const std::string lotte_id = MemberId(home, "Lotte Kramer");
  HttpResponse future = lead_->PostJson(base + "/members/" + lotte_id + "/left",
                                        json::object{{"left_on", "2099-01-01"}, {"reason", "x"}});
  EXPECT_EQ(ErrorFields(future), std::vector<std::string>{"left_on"});
  HttpResponse moved =
      lead_->PostJson(base + "/members/" + lotte_id + "/left",
                      json::object{{"left_on", "2026-11-03"}, {"reason", "Woont bij haar tante."}});
  ASSERT_EQ(moved.status, 200u) << moved.Describe();
  EXPECT_EQ(lotte->Get(base + "/home").status, 200u);

  // The same through the household page, with bad input first.
  HttpResponse page = lead_->Get("/gezinnen/" + family_id_ + "/huishouden");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Woont bij haar tante."), std::string::npos);
  const std::string csrf = CsrfIn(page.body);
  HttpResponse form_bad =
      lead_->PostForm("/gezinnen/" + family_id_ + "/huishouden/leden", {{"_csrf", csrf},
                                                                        {"naam", ""},
                                                                        {"rol", "child"},
                                                                        {"geboortedatum", "morgen"},
                                                                        {"reden", ""}});
  EXPECT_EQ(form_bad.status, 400u) << form_bad.Describe();
  EXPECT_NE(form_bad.body.find("hh-add-naam-fout"), std::string::npos);
  HttpResponse form_ok = lead_->PostForm("/gezinnen/" + family_id_ + "/huishouden/leden",
                                         {{"_csrf", csrf},
                                          {"naam", "Opa Henk"},
                                          {"rol", "other_adult"},
                                          {"geboortedatum", "1950-03-04"},
                                          {"reden", "Opa komt bij het gezin wonen."}});
  EXPECT_EQ(form_ok.status, 303u) << form_ok.Describe();
  EXPECT_NE(marloes->Get("/ons-gezin").body.find("Opa Henk"), std::string::npos);
}

}  // namespace
}  // namespace stip::e2e
