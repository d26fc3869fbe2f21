// End-to-end (issue 10 item 6, "al bekend?") over HTTP: before opening a file, Iris checks
// whether the children are known in this installation. A match tells her only which team holds
// the file and how to reach it, never the family; the family's access log shows that someone
// asked; a second file for a known child is opened only on purpose, with a reason. Bad input
// changes nothing; administrators and family members may not check.
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using KnownElsewhereE2eTest = FamilyE2eTest;

constexpr std::string_view kCheck = "/api/v1/known-elsewhere/check";

json::value Children(json::array children) { return json::object{{"children", children}}; }

std::size_t LinesWhat(HttpClient& lead, const std::string& family_id, std::string_view what) {
  HttpResponse log = lead.Get("/api/v1/families/" + family_id + "/access-log?limit=200");
  EXPECT_EQ(log.status, 200u) << log.Describe();
  std::size_t n = 0;
  for (const auto& line : Arr(ParseJson(log), "lines")) {
    if (Str(line, "what") == what) ++n;
  }
  return n;
}

TEST_F(KnownElsewhereE2eTest, AMatchNamesOnlyTheTeamAndTheFamilyReadsThatSomeoneAsked) {
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);

  // Lotte's test BSN (demo): known, in the file of Wijkteam Lindewaard-Oost.
  HttpResponse known =
      iris->PostJson(std::string(kCheck), Children({json::object{{"bsn", "999990020"}}}));
  ASSERT_EQ(known.status, 200u) << known.Describe();
  const json::value body = ParseJson(known);
  EXPECT_EQ(Field(body, "known"), json::value(true));
  EXPECT_EQ(Str(body, "check_id").substr(0, 4), "chk_");
  const json::array teams = Arr(body, "teams");
  ASSERT_EQ(teams.size(), 1u) << known.Describe();
  EXPECT_EQ(Str(teams[0], "name"), kLeadTeam);
  EXPECT_EQ(Str(teams[0], "phone"), "0599 123 456");
  EXPECT_EQ(Str(teams[0], "email"), "wijkteam-oost@lindewaard.example");
  // Nothing of the family: not its name, id, members or lead.
  for (std::string_view secret :
       {std::string_view(kDemoFamilyName), std::string_view("Veldhoven"), std::string_view("Lotte"),
        std::string_view(kLeadName), std::string_view(family_id_)}) {
    EXPECT_EQ(known.body.find(secret), std::string::npos) << secret << " in " << known.body;
  }
  // An unknown BSN, and a child by name and birth date that no file holds: no match.
  HttpResponse unknown = iris->PostJson(
      std::string(kCheck),
      Children({json::object{{"bsn", "999990044"}},
                json::object{{"name", "Sem de Boer"}, {"birth_date", "2016-03-01"}}}));
  ASSERT_EQ(unknown.status, 200u) << unknown.Describe();
  EXPECT_EQ(Field(ParseJson(unknown), "known"), json::value(false));
  EXPECT_TRUE(Arr(ParseJson(unknown), "teams").empty());

  // The family reads that a professional asked (one line for the one match), and no more.
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 1u);
  HttpResponse log = lead_->Get("/api/v1/families/" + family_id_ + "/access-log?limit=200");
  for (const auto& line : Arr(ParseJson(log), "lines")) {
    if (Str(line, "what") != "known_elsewhere_check") continue;
    EXPECT_EQ(Str(line, "user_name"), "Iris Bos");
    EXPECT_EQ(Str(line, "role"), "known_elsewhere");
    EXPECT_EQ(Str(line, "purpose"), "nagaan of het gezin al bekend is");
  }
  // Iris still cannot open the file.
  EXPECT_EQ(iris->Get("/api/v1/families/" + family_id_).status, 404u);
}

TEST_F(KnownElsewhereE2eTest, BadInputIsRefusedAndChangesNothing) {
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  std::string code;
  // Not 11-proof, too short, and a child with neither a BSN nor a name.
  HttpResponse bad =
      iris->PostJson(std::string(kCheck),
                     Children({json::object{{"bsn", "999990018"}}, json::object{{"bsn", "12345"}},
                               json::object{{"birth_date", "2016-03-01"}}}));
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_EQ(ErrorFields(bad, &code),
            (std::vector<std::string>{"children[0].bsn", "children[1].bsn", "children[2].name"}));
  EXPECT_NE(bad.body.find("11-test"), std::string::npos) << bad.Describe();
  EXPECT_EQ(iris->PostJson(std::string(kCheck), Children({})).status, 400u);
  EXPECT_EQ(iris->PostJson(std::string(kCheck), json::object{{"kinderen", 1}}).status, 400u);
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 0u);
}

TEST_F(KnownElsewhereE2eTest, OnlyProfessionalsOfATeamCheck) {
  auto admin = NewClient();
  LogIn(*admin, kAdminUser);
  const json::value lotte = Children({json::object{{"bsn", "999990020"}}});
  EXPECT_EQ(admin->PostJson(std::string(kCheck), lotte).status, 403u);
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(marloes->PostJson(std::string(kCheck), lotte).status, 403u);
  auto anonymous = NewClient();
  EXPECT_EQ(anonymous->PostJson(std::string(kCheck), lotte).status, 401u);
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 0u);
}

TEST_F(KnownElsewhereE2eTest, ASecondFileForAKnownChildOnlyOnPurposeWithAReason) {
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  const std::string sanne_id = Str(Field(LogIn(*lead_, kLeadUser), "user"), "id");
  json::object family{{"name", "Gezin Kramer"},
                      {"members", json::array{json::object{{"name", "Lotte Kramer"},
                                                           {"role", "child"},
                                                           {"birth_date", "2013-08-01"},
                                                           {"bsn", "999990020"}}}},
                      {"lead_user_id", sanne_id}};
  // Known elsewhere and not seen: refused, nothing opened.
  HttpResponse refused = lead_->PostJson("/api/v1/families", family);
  EXPECT_EQ(refused.status, 409u) << refused.Describe();
  EXPECT_NE(refused.body.find("known_elsewhere_seen"), std::string::npos);
  // Seen, but no reason: the reason is asked for.
  family["known_elsewhere_seen"] = true;
  EXPECT_EQ(ErrorFields(lead_->PostJson("/api/v1/families", family)),
            (std::vector<std::string>{"known_elsewhere_reason"}));
  // A BSN for a parent, and a bad one for a child: named, nothing opened.
  json::object bad = family;
  bad["members"] = json::array{json::object{{"name", "Ruben Kramer"},
                                            {"role", "parent"},
                                            {"birth_date", "1983-01-01"},
                                            {"bsn", "999990007"}},
                               json::object{{"name", "Lotte Kramer"},
                                            {"role", "child"},
                                            {"birth_date", "2013-08-01"},
                                            {"bsn", "999990021"}}};
  EXPECT_EQ(ErrorFields(lead_->PostJson("/api/v1/families", bad)),
            (std::vector<std::string>{"members[0].bsn", "members[1].bsn"}));
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 0u);

  family["known_elsewhere_reason"] = "Lotte woont nu bij haar vader in een andere gemeente.";
  HttpResponse opened = lead_->PostJson("/api/v1/families", family);
  ASSERT_EQ(opened.status, 201u) << opened.Describe();
  const std::string second = Str(ParseJson(opened), "id");
  // The match is on the first file's record.
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 1u);

  // A child who joins a file later gets a signal too: Sem, born in the new file, is found.
  HttpResponse added = lead_->PostJson("/api/v1/families/" + second + "/members",
                                       json::object{{"name", "Sem Kramer"},
                                                    {"role", "child"},
                                                    {"birth_date", "2026-01-02"},
                                                    {"reason", "geboren"},
                                                    {"bsn", "999990056"}});
  ASSERT_EQ(added.status, 201u) << added.Describe();
  HttpResponse found =
      duo->PostJson(std::string(kCheck), Children({json::object{{"bsn", "999990056"}}}));
  ASSERT_EQ(found.status, 200u) << found.Describe();
  EXPECT_EQ(Field(ParseJson(found), "known"), json::value(true));
  EXPECT_EQ(LinesWhat(*lead_, second, "known_elsewhere_check"), 1u);
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 1u);
}

}  // namespace
}  // namespace stip::e2e
