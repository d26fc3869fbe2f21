// End-to-end (issue 11 item 2): the family's own plan first, over HTTP. The demo's accepted
// offer and two versions; the family writes, professionals comment and never overwrite; who
// may read and who may not; a waiver starts the 6-week term the lead sees on the file; bad
// input changes nothing; the pages keep what was typed and show what changed between versions.
#include <chrono>
#include <cstdio>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

std::string CsrfIn(const std::string& html) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex("name=\"_csrf\" value=\"([^\"]+)\""))) return m[1];
  ADD_FAILURE() << "no _csrf field on the page";
  return "";
}

std::vector<std::string> Problems(const HttpResponse& r) {
  std::vector<std::string> out;
  for (const auto& f : Arr(Field(ParseJson(r), "error"), "fields")) {
    out.push_back(Str(f, "field") + ":" + Str(f, "code"));
  }
  return out;
}

// Today (UTC, never after the Dutch date the server checks against) plus `days`.
std::string Day(int days = 0) {
  const auto day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) +
                   std::chrono::days(days);
  const std::chrono::year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

class FamilyPlanFlow : public FamilyE2eTest {
 protected:
  std::string Path(const std::string& family_id = {}) const {
    return "/api/v1/families/" + (family_id.empty() ? family_id_ : family_id) + "/plan";
  }
  json::value Plan(HttpClient& who) {
    HttpResponse r = who.Get(Path());
    EXPECT_EQ(r.status, 200u) << r.Describe();
    return ParseJson(r);
  }
  std::size_t Versions(HttpClient& who) { return Arr(Plan(who), "versions").size(); }
  static json::object AVersion() {
    return json::object{{"goals", json::array{"Er is minder ruzie in huis."}},
                        {"actions", json::array{json::object{{"what", "Mees ophalen op woensdag."},
                                                             {"owner_kind", "network"},
                                                             {"owner", "Oma Veldhoven"},
                                                             {"due_on", Day(7)}}}},
                        {"evaluation_on", Day(42)},
                        {"if_not_working", "Dan komen we weer samen."}};
  }
};

TEST_F(FamilyPlanFlow, TheDemoFamilyAcceptedAndWroteTwoVersions) {
  const json::value plan = Plan(*lead_);
  const json::value offer = Field(plan, "offer");
  EXPECT_EQ(Str(offer, "outcome"), "accepted");
  EXPECT_FALSE(Field(offer, "expected_by").is_null());
  EXPECT_TRUE(Field(offer, "professional_plan_due").is_null());  // accepted: no term runs
  ASSERT_EQ(Arr(plan, "versions").size(), 2u);
  const json::value v2 = Arr(plan, "versions")[1];
  EXPECT_EQ(Int(v2, "version"), 2);
  EXPECT_EQ(Str(Field(v2, "written_by"), "name"), "Marloes Veldhoven");
  EXPECT_EQ(Arr(v2, "goals").size(), 3u);
  // Sanne's two comments on version 1; the second is withheld from Lotte (issue 11 item 6).
  ASSERT_EQ(Arr(plan, "comments").size(), 2u);
  EXPECT_EQ(Arr(Arr(plan, "comments")[1], "withheld").size(), 1u);
  EXPECT_TRUE(Field(plan, "may_manage").as_bool());
  EXPECT_FALSE(Field(plan, "may_write").as_bool());
  // The compare names what came per field; nothing went.
  HttpResponse compare = lead_->Get(Path() + "/compare?from=1&to=2");
  ASSERT_EQ(compare.status, 200u) << compare.Describe();
  std::vector<std::string> changed;
  for (const auto& c : Arr(ParseJson(compare), "changes")) {
    if (Field(c, "changed").as_bool()) changed.push_back(Str(c, "field"));
    EXPECT_TRUE(Arr(c, "removed").empty()) << Str(c, "field");
  }
  EXPECT_EQ(changed, (std::vector<std::string>{"goals", "actions"}));
  // Every read is on the record.
  HttpResponse log = lead_->Get("/api/v1/families/" + family_id_ + "/access-log");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  EXPECT_NE(log.body.find("\"family_plan\""), std::string::npos);
}

TEST_F(FamilyPlanFlow, TheFamilyWritesAndProfessionalsCommentButNeverOverwrite) {
  auto marloes = LogInFamily(kMarloes);
  auto lotte = LogInFamily(kLotte);
  EXPECT_TRUE(Field(Plan(*marloes), "may_write").as_bool());
  // Marloes writes version 3; Lotte (13) writes version 4 from her own account.
  HttpResponse third = marloes->PostJson(Path() + "/versions", AVersion());
  ASSERT_EQ(third.status, 201u) << third.Describe();
  EXPECT_EQ(Int(ParseJson(third), "version"), 3);
  auto lottes = AVersion();
  lottes["goals"] = json::array{"Ik wil mijn huiswerk op mijn kamer maken."};
  HttpResponse fourth = lotte->PostJson(Path() + "/versions", lottes);
  ASSERT_EQ(fourth.status, 201u) << fourth.Describe();
  // The lead and the duo may not write the family's plan: 403, nothing changed.
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  for (HttpClient* pro : {lead_.get(), duo.get()}) {
    HttpResponse refused = pro->PostJson(Path() + "/versions", AVersion());
    EXPECT_EQ(refused.status, 403u) << refused.Describe();
  }
  HttpResponse page = lead_->Get("/gezinnen/" + family_id_ + "/plan");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  HttpResponse by_page = lead_->PostForm("/gezinnen/" + family_id_ + "/plan/versie",
                                         {{"_csrf", CsrfIn(page.body)},
                                          {"soort", "family"},
                                          {"doelen", "Overschreven door de regisseur."},
                                          {"acties", "0"},
                                          {"wakers", "0"}},
                                         {});
  EXPECT_EQ(by_page.status, 403u) << by_page.Describe();
  EXPECT_EQ(Versions(*lead_), 4u);
  const json::value v4 = Arr(Plan(*marloes), "versions")[3];
  EXPECT_EQ(Str(Field(v4, "written_by"), "name"), "Lotte Kramer");
  EXPECT_EQ(std::string(Arr(v4, "goals")[0].as_string()),
            "Ik wil mijn huiswerk op mijn kamer maken.");
  // The lead comments beside version 3; the family reads it.
  HttpResponse comment = lead_->PostJson(
      Path() + "/comments", json::object{{"version", 3}, {"words", "Mooi dat oma meedoet."}});
  ASSERT_EQ(comment.status, 201u) << comment.Describe();
  bool seen = false;
  for (const auto& c : Arr(Plan(*marloes), "comments")) {
    seen = seen || (Int(c, "version") == 3 && Str(c, "words") == "Mooi dat oma meedoet.");
  }
  EXPECT_TRUE(seen);
  // A family member neither comments nor manages the offer.
  EXPECT_EQ(
      marloes->PostJson(Path() + "/comments", json::object{{"version", 3}, {"words", "x"}}).status,
      403u);
  EXPECT_EQ(
      marloes->PostJson(Path() + "/conditions", json::object{{"conditions", json::array{}}}).status,
      403u);
}

TEST_F(FamilyPlanFlow, WhoMayReadAndWhoMayNot) {
  auto ruben = LogInFamily(kRuben);
  auto daan = LogInFamily(kDaan);
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  EXPECT_EQ(Versions(*daan), 2u);
  EXPECT_EQ(ruben->Get(Path()).status, 403u);  // without custody: the summary only
  EXPECT_EQ(iris->Get(Path()).status, 404u);   // not involved: the file does not exist
  EXPECT_EQ(iris->Get(Path() + "/compare?from=1&to=2").status, 404u);
  EXPECT_EQ(
      iris->PostJson(Path() + "/comments", json::object{{"version", 1}, {"words", "x"}}).status,
      404u);
  EXPECT_EQ(iris->Get("/gezinnen/" + family_id_ + "/plan").status, 404u);
  EXPECT_EQ(ruben->Get("/ons-gezin/plan").status, 403u);
}

TEST_F(FamilyPlanFlow, BadInputIsAClearErrorAndChangesNothing) {
  auto marloes = LogInFamily(kMarloes);
  const std::size_t before = Versions(*lead_);
  // No goal, a date that is not real, an owner kind that is not one of the three.
  auto bad = AVersion();
  bad["goals"] = json::array{};
  bad["actions"] = json::array{json::object{
      {"what", "Iets"}, {"owner_kind", "buurman"}, {"owner", "Piet"}, {"due_on", "2026-02-30"}}};
  HttpResponse r = marloes->PostJson(Path() + "/versions", bad);
  ASSERT_EQ(r.status, 400u) << r.Describe();
  EXPECT_EQ(Problems(r),
            (std::vector<std::string>{"actions[0].owner_kind:not_one_of",
                                      "actions[0].due_on:not_a_date", "goals:too_few"}));
  // A safety rule in a family plan; an unknown field; a field of the wrong type.
  auto rules = AVersion();
  rules["rules"] = json::array{"Niet drinken."};
  r = marloes->PostJson(Path() + "/versions", rules);
  ASSERT_EQ(r.status, 400u) << r.Describe();
  EXPECT_EQ(Problems(r), (std::vector<std::string>{"rules:invalid"}));
  auto unknown = AVersion();
  unknown["author"] = "Sanne";
  EXPECT_EQ(marloes->PostJson(Path() + "/versions", unknown).status, 400u);
  auto wrong = AVersion();
  wrong["goals"] = "Een doel";
  EXPECT_EQ(marloes->PostJson(Path() + "/versions", wrong).status, 400u);
  EXPECT_EQ(Versions(*lead_), before);
  // The offer was made and answered already: 422, and the answer stays.
  r = lead_->PostJson(Path() + "/offer", json::object{{"offered_on", Day()}});
  EXPECT_EQ(r.status, 422u) << r.Describe();
  r = lead_->PostJson(Path() + "/offer/outcome",
                      json::object{{"outcome", "declined"}, {"decided_on", Day()}});
  EXPECT_EQ(r.status, 422u) << r.Describe();
  EXPECT_EQ(Str(Field(Plan(*lead_), "offer"), "outcome"), "accepted");
  // Compare: not a number, and a version that is not there.
  r = lead_->Get(Path() + "/compare?from=een&to=2");
  ASSERT_EQ(r.status, 400u) << r.Describe();
  EXPECT_EQ(Problems(r), (std::vector<std::string>{"from:out_of_range"}));
  EXPECT_EQ(lead_->Get(Path() + "/compare?from=1&to=9").status, 404u);
  // A comment on no version, without words.
  r = lead_->PostJson(Path() + "/comments", json::object{{"version", 9}, {"words", ""}});
  ASSERT_EQ(r.status, 400u) << r.Describe();
  EXPECT_EQ(Problems(r), (std::vector<std::string>{"version:unknown_id", "words:required"}));
  EXPECT_EQ(Arr(Plan(*lead_), "comments").size(), 2u);
}

TEST_F(FamilyPlanFlow, AWaiverStartsTheSixWeekTermTheLeadSees) {
  HttpResponse me = lead_->Get("/api/v1/professionals");
  ASSERT_EQ(me.status, 200u) << me.Describe();
  std::string lead_id;
  for (const auto& p : Arr(ParseJson(me), "professionals")) {
    if (Str(p, "display_name") == kLeadName) lead_id = Str(p, "id");
  }
  const std::string other = CreateSecondFamily(*lead_, lead_id);
  ASSERT_FALSE(other.empty());
  // Bad input first: a date in the future, a waiver without its ground and reason.
  HttpResponse r = lead_->PostJson(Path(other) + "/offer", json::object{{"offered_on", Day(3)}});
  ASSERT_EQ(r.status, 400u) << r.Describe();
  EXPECT_EQ(Problems(r), (std::vector<std::string>{"offered_on:date_in_future"}));
  EXPECT_TRUE(ParseJson(lead_->Get(Path(other))).at("offer").is_null());
  r = lead_->PostJson(Path(other) + "/offer", json::object{{"offered_on", Day()}});
  ASSERT_EQ(r.status, 200u) << r.Describe();
  r = lead_->PostJson(Path(other) + "/offer/outcome",
                      json::object{{"outcome", "waived"}, {"decided_on", Day()}});
  ASSERT_EQ(r.status, 400u) << r.Describe();
  EXPECT_EQ(Problems(r), (std::vector<std::string>{"ground:required", "reason:required"}));
  r = lead_->PostJson(Path(other) + "/offer/outcome",
                      json::object{{"outcome", "waived"},
                                   {"decided_on", Day()},
                                   {"ground", "concrete_threat"},
                                   {"reason", "Er is direct gevaar voor de kinderen."}});
  ASSERT_EQ(r.status, 200u) << r.Describe();
  const json::value offer = Field(ParseJson(lead_->Get(Path(other))), "offer");
  EXPECT_EQ(Str(offer, "outcome"), "waived");
  EXPECT_EQ(Str(offer, "professional_plan_due"), Day(42));
  // The file's page shows the lead the term.
  HttpResponse file = lead_->Get("/gezinnen/" + other);
  ASSERT_EQ(file.status, 200u) << file.Describe();
  EXPECT_NE(file.body.find("het plan van de hulpverleners moet er uiterlijk op"),
            std::string::npos);
}

TEST_F(FamilyPlanFlow, PagesKeepWhatWasTypedAndShowWhatChanged) {
  auto marloes = LogInFamily(kMarloes);
  HttpResponse own = marloes->Get("/ons-gezin/plan");
  ASSERT_EQ(own.status, 200u) << own.Describe();
  EXPECT_NE(own.body.find("Versie 2"), std::string::npos);
  EXPECT_NE(own.body.find("Goed begin."), std::string::npos);  // Sanne's comment
  // An action without a date: 400, the page again with what was typed and the problem.
  HttpResponse bad = marloes->PostForm("/ons-gezin/plan/versie",
                                       {{"_csrf", CsrfIn(own.body)},
                                        {"soort", "family"},
                                        {"doelen", "Rust in huis.\nSamen eten."},
                                        {"acties", "2"},
                                        {"actie-0-wat", ""},
                                        {"actie-1-wat", "Samen koken op zondag."},
                                        {"actie-1-wie", "Marloes"},
                                        {"actie-1-soort", "member"},
                                        {"actie-1-datum", ""},
                                        {"wakers", "0"}},
                                       {});
  ASSERT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_NE(bad.body.find("Samen koken op zondag."), std::string::npos);
  EXPECT_NE(bad.body.find("Rust in huis.\nSamen eten."), std::string::npos);
  EXPECT_NE(bad.body.find("id=\"actie-1-datum-fout\""), std::string::npos);
  EXPECT_EQ(Versions(*lead_), 2u);
  // With the date: saved as version 3.
  HttpResponse good = marloes->PostForm("/ons-gezin/plan/versie",
                                        {{"_csrf", CsrfIn(own.body)},
                                         {"soort", "family"},
                                         {"doelen", "Rust in huis.\nSamen eten."},
                                         {"acties", "2"},
                                         {"actie-1-wat", "Samen koken op zondag."},
                                         {"actie-1-wie", "Marloes"},
                                         {"actie-1-soort", "member"},
                                         {"actie-1-datum", Day(5)},
                                         {"wakers", "0"}},
                                        {});
  EXPECT_EQ(good.status, 303u) << good.Describe();
  EXPECT_EQ(Versions(*lead_), 3u);
  // The compare page shows what went and what came.
  HttpResponse compare = lead_->Get("/gezinnen/" + family_id_ + "/plan/vergelijk?van=2&tot=3");
  ASSERT_EQ(compare.status, 200u) << compare.Describe();
  EXPECT_NE(compare.body.find("<ins>Samen eten.</ins>"), std::string::npos);
  EXPECT_NE(compare.body.find("<del>Er is minder ruzie in huis.</del>"), std::string::npos);
  HttpResponse family_compare = marloes->Get("/ons-gezin/plan/vergelijk?van=1&tot=3");
  EXPECT_EQ(family_compare.status, 200u) << family_compare.Describe();
}

}  // namespace
}  // namespace stip::e2e
