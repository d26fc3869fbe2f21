// End-to-end (issue 11): the demo's safety map over HTTP. Every voice side by side in a stable
// order, never combined; who may read, add and answer, and who may not; one answer per person
// per worry per round; bad input changes nothing; the pages show the chart and a table with
// exactly the values people gave, and keep what was typed on an error.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using SafetyMapTest = FamilyE2eTest;

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

// Every key anywhere in a JSON value.
void Keys(const json::value& v, std::vector<std::string>& out) {
  if (v.is_object()) {
    for (const auto& [k, x] : v.as_object()) {
      out.emplace_back(k);
      Keys(x, out);
    }
  } else if (v.is_array()) {
    for (const auto& x : v.as_array()) Keys(x, out);
  }
}

// The names of the participants of a worry's series, in the order given.
std::vector<std::string> Names(const json::value& danger) {
  std::vector<std::string> out;
  for (const auto& s : Arr(danger, "series")) out.push_back(Str(Field(s, "participant"), "name"));
  return out;
}

// The score of `name` in `round` for the worry, -1 when none.
std::int64_t ScoreOf(const json::value& danger, const std::string& name, std::int64_t round) {
  for (const auto& s : Arr(danger, "series")) {
    if (Str(Field(s, "participant"), "name") != name) continue;
    for (const auto& a : Arr(s, "answers")) {
      if (Int(a, "round") == round && !Field(a, "score").is_null()) return Int(a, "score");
    }
  }
  return -1;
}

class SafetyMapFlow : public SafetyMapTest {
 protected:
  std::string Path() const { return "/api/v1/families/" + family_id_ + "/safety-map"; }
  json::value Map(HttpClient& who) {
    HttpResponse r = who.Get(Path());
    EXPECT_EQ(r.status, 200u) << r.Describe();
    return ParseJson(r);
  }
  std::size_t Answers(HttpClient& who) {
    std::size_t n = 0;
    for (const auto& d : Arr(Map(who), "dangers")) {
      for (const auto& s : Arr(d, "series")) {
        for (const auto& a : Arr(s, "answers")) n += Field(a, "score").is_null() ? 0 : 1;
      }
    }
    return n;
  }
};

TEST_F(SafetyMapFlow, EveryVoiceSideBySideNeverCombined) {
  const json::value map = Map(*lead_);
  EXPECT_EQ(Int(map, "current_round"), 2);
  ASSERT_EQ(Arr(map, "dangers").size(), 2u);
  const json::value fights = Arr(map, "dangers")[0];
  // One series per participant, family first (parent, children by name), then professionals
  // by name: never by score.
  EXPECT_EQ(Names(fights),
            (std::vector<std::string>{"Marloes Veldhoven", "Lotte Kramer", "Mees Kramer",
                                      "Sanne de Wit", "Youssef Amrani"}));
  EXPECT_EQ(ScoreOf(fights, "Marloes Veldhoven", 1), 6);
  EXPECT_EQ(ScoreOf(fights, "Lotte Kramer", 2), 7);
  EXPECT_EQ(ScoreOf(fights, "Mees Kramer", 1), -1);  // Mees answered in round 2 only
  EXPECT_EQ(Arr(fights, "disagreements").size(), 1u);
  EXPECT_EQ(Str(Field(Arr(fights, "disagreements")[0], "member"), "name"), "Marloes Veldhoven");
  EXPECT_EQ(Arr(fights, "goals").size(), 1u);
  EXPECT_EQ(Arr(map, "strengths").size(), 3u);
  // A child's answer carries the child-friendly wording it was shown; Mees's is marked as
  // taken down by Sanne.
  for (const auto& s : Arr(fights, "series")) {
    const std::string name = Str(Field(s, "participant"), "name");
    for (const auto& a : Arr(s, "answers")) {
      if (Field(a, "score").is_null()) continue;
      const bool child = name == "Lotte Kramer" || name == "Mees Kramer";
      EXPECT_EQ(Str(a, "scale_0") == Str(Field(map, "child_scale"), "zero"), child) << name;
      EXPECT_EQ(Field(a, "recorded").as_bool(), name == "Mees Kramer") << name;
    }
  }
  // No number computed from the answers anywhere: no average, mean, total or sum.
  std::vector<std::string> keys;
  Keys(map, keys);
  for (const auto& k : keys) {
    // Issue 12 item 7: nor a prediction, probability or ranking (decision_test.cpp checks the
    // decisions' routes and pages the same way).
    for (const char* bad : {"average", "mean", "total", "sum", "combined", "median", "risk",
                            "predict", "probab", "rank"}) {
      EXPECT_EQ(k.find(bad), std::string::npos) << k;
    }
  }
  // The read is on the record.
  HttpResponse log = lead_->Get("/api/v1/families/" + family_id_ + "/access-log");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  EXPECT_NE(log.body.find("\"safety_map\""), std::string::npos);
}

TEST_F(SafetyMapFlow, WhoMayReadAndWhoMayNot) {
  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  auto lotte = LogInFamily(kLotte);
  auto daan = LogInFamily(kDaan);
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  EXPECT_EQ(Map(*marloes).at("dangers").as_array().size(), 2u);
  EXPECT_EQ(Map(*lotte).at("dangers").as_array().size(), 2u);
  EXPECT_EQ(ruben->Get(Path()).status, 403u);  // without custody: the summary only
  EXPECT_EQ(iris->Get(Path()).status, 404u);   // not involved: the file does not exist
  // Daan (16) answers; his answer is his: Marloes does not read it without his consent.
  const std::string danger = Str(Arr(Map(*daan), "dangers")[0], "id");
  HttpResponse given =
      daan->PostJson(Path() + "/scores", json::object{{"danger_id", danger}, {"score", 4}});
  ASSERT_EQ(given.status, 201u) << given.Describe();
  EXPECT_EQ(ScoreOf(Arr(Map(*daan), "dangers")[0], "Daan Kramer", 2), 4);
  EXPECT_EQ(ScoreOf(Arr(Map(*lead_), "dangers")[0], "Daan Kramer", 2), 4);
  EXPECT_EQ(ScoreOf(Arr(Map(*marloes), "dangers")[0], "Daan Kramer", 2), -1);
  EXPECT_EQ(ScoreOf(Arr(Map(*lotte), "dangers")[0], "Daan Kramer", 2), -1);
}

// The map is about the whole household: Lotte moves out; from the day she left she reads
// nothing new on the map, and no longer answers or writes in her disagreement.
TEST_F(SafetyMapFlow, AMemberWhoLeftReadsNothingNewAndNoLongerAnswers) {
  auto marloes = LogInFamily(kMarloes);
  auto lotte = LogInFamily(kLotte);
  const std::string base = "/api/v1/families/" + family_id_;
  std::string lotte_id;
  for (const auto& m : Arr(ParseJson(marloes->Get(base + "/home")), "members")) {
    if (Str(m, "name") == "Lotte Kramer") lotte_id = Str(m, "id");
  }
  ASSERT_FALSE(lotte_id.empty());
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day yesterday{today - std::chrono::days{1}};
  char left_on[16];
  std::snprintf(left_on, sizeof left_on, "%04d-%02u-%02u", static_cast<int>(yesterday.year()),
                static_cast<unsigned>(yesterday.month()), static_cast<unsigned>(yesterday.day()));
  HttpResponse moved =
      lead_->PostJson(base + "/members/" + lotte_id + "/left",
                      json::object{{"left_on", left_on}, {"reason", "Woont bij haar tante."}});
  ASSERT_EQ(moved.status, 200u) << moved.Describe();
  HttpResponse added = lead_->PostJson(Path() + "/dangers",
                                       json::object{{"who_worried", "De school"},
                                                    {"worry", "Mees mist zijn lessen."},
                                                    {"if_nothing_changes", "Mees raakt achter."}});
  ASSERT_EQ(added.status, 201u) << added.Describe();
  const std::string worry = Str(ParseJson(added), "id");
  const auto has = [&](HttpClient& who) {
    const auto dangers = Arr(Map(who), "dangers");
    return std::any_of(dangers.begin(), dangers.end(),
                       [&](const json::value& d) { return Str(d, "id") == worry; });
  };
  EXPECT_TRUE(has(*marloes));
  EXPECT_TRUE(has(*lead_));
  EXPECT_FALSE(has(*lotte));
  const std::size_t before = Answers(*lead_);
  HttpResponse answer =
      lotte->PostJson(Path() + "/scores", json::object{{"danger_id", worry}, {"score", 5}});
  EXPECT_EQ(answer.status, 403u) << answer.Describe();
  HttpResponse disagree = lotte->PostJson(
      Path() + "/disagreements", json::object{{"danger_id", worry}, {"words", "Niet waar."}});
  EXPECT_EQ(disagree.status, 403u) << disagree.Describe();
  EXPECT_EQ(Answers(*lead_), before);
}

// The purpose of the read: chosen in the API ("purpose") and on the page ("doel", carried from
// the file's page), checked as for the file, and on the access log.
TEST_F(SafetyMapFlow, TheMapIsReadWithAPurposeOnTheRecord) {
  const std::string base = "/api/v1/families/" + family_id_;
  EXPECT_EQ(lead_->Get(Path() + "?purpose=nieuwsgierig").status, 400u);
  EXPECT_EQ(lead_->Get(Path() + "?purpose=noodtoegang").status, 400u);
  EXPECT_EQ(lead_->Get(Path() + "?purpose=overdracht").status, 200u);
  HttpResponse file = lead_->Get("/gezinnen/" + family_id_ + "?doel=tegenspraak");
  ASSERT_EQ(file.status, 200u) << file.Describe();
  const std::string page = "/gezinnen/" + family_id_ + "/veiligheid?doel=tegenspraak";
  EXPECT_NE(file.body.find(page), std::string::npos) << "the link keeps the purpose";
  EXPECT_EQ(lead_->Get(page).status, 200u);
  EXPECT_EQ(lead_->Get("/gezinnen/" + family_id_ + "/veiligheid?doel=x").status, 400u);
  std::vector<std::string> purposes;
  for (const auto& line : Arr(ParseJson(lead_->Get(base + "/access-log?limit=100")), "lines")) {
    if (Str(line, "what") == "safety_map" && purposes.size() < 2) {
      purposes.push_back(Str(line, "purpose"));
    }
  }
  EXPECT_EQ(purposes, (std::vector<std::string>{"tegenspraak", "overdracht"}));
}

// A second opinion reads the map and answers with their own score; opening rounds and adding
// to the map is for the lead and the duo, who run the file.
TEST_F(SafetyMapFlow, ASecondOpinionAnswersButDoesNotShapeTheMap) {
  const std::string base = "/api/v1/families/" + family_id_;
  auto iris = NewClient();
  const std::string iris_id = Str(Field(LogIn(*iris, kColleagueUser), "user"), "id");
  HttpResponse joined = lead_->PostJson(base + "/involvements",
                                        json::object{{"user_id", iris_id},
                                                     {"role", "second_opinion"},
                                                     {"reason", "Tegenspraak op het besluit."}});
  ASSERT_EQ(joined.status, 201u) << joined.Describe();
  const json::value map = Map(*iris);
  EXPECT_FALSE(Field(Field(map, "you"), "may_edit").as_bool());
  const std::string fights = Str(Arr(map, "dangers")[0], "id");
  const std::size_t dangers = Arr(map, "dangers").size();
  EXPECT_EQ(iris->PostJson(Path() + "/rounds", json::object{}).status, 403u);
  EXPECT_EQ(iris->PostJson(Path() + "/strengths", json::object{{"words", "x"}}).status, 403u);
  EXPECT_EQ(
      iris->PostJson(Path() + "/goals", json::object{{"danger_id", fights}, {"words", "x"}}).status,
      403u);
  EXPECT_EQ(iris->PostJson(Path() + "/dangers",
                           json::object{
                               {"who_worried", "Ik"}, {"worry", "x"}, {"if_nothing_changes", "y"}})
                .status,
            403u);
  EXPECT_EQ(Int(Map(*lead_), "current_round"), Int(map, "current_round"));
  EXPECT_EQ(Arr(Map(*lead_), "dangers").size(), dangers);
  HttpResponse own =
      iris->PostJson(Path() + "/scores", json::object{{"danger_id", fights}, {"score", 3}});
  EXPECT_EQ(own.status, 201u) << own.Describe();
  EXPECT_EQ(ScoreOf(Arr(Map(*lead_), "dangers")[0], "Iris Bos", Int(map, "current_round")), 3);
  EXPECT_TRUE(Field(Field(Map(*lead_), "you"), "may_edit").as_bool());
}

TEST_F(SafetyMapFlow, AddingAndAnsweringWithBadInputChangingNothing) {
  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  auto lotte = LogInFamily(kLotte);
  const std::string fights = Str(Arr(Map(*lead_), "dangers")[0], "id");
  // Only involved professionals open rounds and add worries, strengths and goals.
  EXPECT_EQ(marloes->PostJson(Path() + "/rounds", json::object{}).status, 403u);
  EXPECT_EQ(marloes->PostJson(Path() + "/strengths", json::object{{"words", "x"}}).status, 403u);
  HttpResponse round = lead_->PostJson(Path() + "/rounds", json::object{});
  ASSERT_EQ(round.status, 201u) << round.Describe();
  EXPECT_EQ(Int(ParseJson(round), "round"), 3);

  const std::size_t before = Answers(*lead_);
  struct Bad {
    const char* what;
    HttpClient* who;
    std::string route;
    json::object body;
    unsigned status;
    std::vector<std::string> problems;
  };
  const Bad bad[] = {
      {"worry without words",
       lead_.get(),
       "/dangers",
       json::object{{"who_worried", ""}, {"worry", "x"}, {"if_nothing_changes", ""}},
       400,
       {"who_worried:required", "if_nothing_changes:required"}},
      {"goal for an unknown worry",
       lead_.get(),
       "/goals",
       json::object{{"danger_id", "dng_none"}, {"words", "Op tijd."}},
       400,
       {"danger_id:unknown_id"}},
      {"score above 10",
       lotte.get(),
       "/scores",
       json::object{{"danger_id", fights}, {"score", 11}},
       400,
       {"score:out_of_range"}},
      {"no score",
       lotte.get(),
       "/scores",
       json::object{{"danger_id", fights}},
       400,
       {"score:required"}},
      {"score not a number",
       lotte.get(),
       "/scores",
       json::object{{"danger_id", fights}, {"score", "zes"}},
       400,
       {"score:wrong_type"}},
      {"unknown field",
       lotte.get(),
       "/scores",
       json::object{{"danger_id", fights}, {"score", 5}, {"gemiddelde", 5}},
       400,
       {"gemiddelde:unknown_field"}},
      {"an unknown child",
       lead_.get(),
       "/scores",
       json::object{{"danger_id", fights}, {"score", 5}, {"recorded_for", "mem_none"}},
       400,
       {"recorded_for:not_a_member"}},
      {"another's disagreement",
       marloes.get(),
       "/disagreements",
       json::object{{"danger_id", fights}, {"member_id", "mem_other"}, {"words", "Nee."}},
       400,
       {"member_id:does_not_match"}},
  };
  for (const auto& b : bad) {
    HttpResponse r = b.who->PostJson(Path() + b.route, b.body);
    EXPECT_EQ(r.status, b.status) << b.what << ": " << r.Describe();
    EXPECT_EQ(Problems(r), b.problems) << b.what;
  }
  // Who may not answer: the father without custody; a parent does not take down a child's.
  EXPECT_EQ(
      ruben->PostJson(Path() + "/scores", json::object{{"danger_id", fights}, {"score", 5}}).status,
      403u);
  EXPECT_EQ(Answers(*lead_), before);

  // Lotte answers in round 3 from her own account; a second answer in the round is refused.
  HttpResponse mine = lotte->PostJson(
      Path() + "/scores",
      json::object{{"danger_id", fights}, {"score", 8}, {"words", "Het is echt beter."}});
  ASSERT_EQ(mine.status, 201u) << mine.Describe();
  HttpResponse again =
      lotte->PostJson(Path() + "/scores", json::object{{"danger_id", fights}, {"score", 2}});
  EXPECT_EQ(again.status, 409u) << again.Describe();
  const json::value after = Arr(Map(*lead_), "dangers")[0];
  EXPECT_EQ(ScoreOf(after, "Lotte Kramer", 3), 8);
  EXPECT_EQ(ScoreOf(after, "Lotte Kramer", 2), 7);  // the earlier round stays as it was
  // Marloes writes in her own disagreement, word for word.
  HttpResponse disagree = marloes->PostJson(
      Path() + "/disagreements",
      json::object{{"danger_id", fights}, {"words", "  Wij hebben nu  een plan.  "}});
  ASSERT_EQ(disagree.status, 201u) << disagree.Describe();
  const auto disagreements = Arr(Arr(Map(*lotte), "dangers")[0], "disagreements");
  ASSERT_EQ(disagreements.size(), 2u);
  EXPECT_EQ(Str(disagreements[1], "words"), "Wij hebben nu  een plan.");
  EXPECT_TRUE(Field(disagreements[1], "written_by_member").as_bool());
}

// The pages: the chart and the table hold exactly the values given, nothing computed; the
// family's page answers with the child-friendly wording and keeps what was typed on an error.
// The whole household reads who is worried: the form says so, and that a reporter or another
// third party is not named there.
TEST_F(SafetyMapFlow, TheWorryFormSaysNotToNameTheReporter) {
  HttpResponse page = lead_->Get("/gezinnen/" + family_id_ + "/veiligheid");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("id=\"zorg-wie-uitleg\">Het hele gezin leest dit. Schrijf hier niet "
                           "wie de zorg heeft gemeld."),
            std::string::npos);
  EXPECT_NE(page.body.find("id=\"zorg-wie\" name=\"wie\" type=\"text\" value=\"\" "
                           "aria-describedby=\"zorg-wie-uitleg\""),
            std::string::npos);
}

// A younger child's answer taken down by a professional is stored with the child-friendly
// wording: the form shows that wording beside the choice of the child.
TEST_F(SafetyMapFlow, TheFormShowsTheChildWordingBesideTheChildChoice) {
  HttpResponse page = lead_->Get("/gezinnen/" + family_id_ + "/veiligheid");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  const std::string zero = Str(Field(Map(*lead_), "child_scale"), "zero");
  const auto hint = page.body.find("id=\"antwoord-kind-uitleg\">");
  ASSERT_NE(hint, std::string::npos);
  EXPECT_NE(page.body.find("0 betekent: " + zero, hint), std::string::npos);
  EXPECT_NE(page.body.find("id=\"antwoord-kind\" name=\"kind\" "
                           "aria-describedby=\"antwoord-kind-uitleg\""),
            std::string::npos);
}

// Texts true for who reads them: a parent reads "the answers you may see" (Daan's, 16+, are
// his); a professional taking down a child's second answer hears that the child answered.
TEST_F(SafetyMapFlow, TheTextsAreTrueForWhoReadsThem) {
  auto marloes = LogInFamily(kMarloes);
  HttpResponse own = marloes->Get("/ons-gezin/veiligheid");
  ASSERT_EQ(own.status, 200u) << own.Describe();
  EXPECT_NE(own.body.find("Zo ziet u de antwoorden die u mag zien naast elkaar."),
            std::string::npos);
  EXPECT_EQ(own.body.find("Zo ziet u ieders eigen antwoord"), std::string::npos);
  const json::value fights = Arr(Map(*lead_), "dangers")[0];
  std::string mees;
  for (const auto& sr : Arr(fights, "series")) {
    if (Str(Field(sr, "participant"), "name") == "Mees Kramer") {
      mees = Str(Field(sr, "participant"), "id");
    }
  }
  ASSERT_FALSE(mees.empty());
  ASSERT_NE(ScoreOf(fights, "Mees Kramer", Int(Map(*lead_), "current_round")), -1);
  HttpResponse page = lead_->Get("/gezinnen/" + family_id_ + "/veiligheid");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  HttpResponse twice = lead_->PostForm("/gezinnen/" + family_id_ + "/veiligheid/antwoord",
                                       {{"_csrf", CsrfIn(page.body)},
                                        {"zorg_id", Str(fights, "id")},
                                        {"cijfer", "4"},
                                        {"kind", mees}},
                                       {});
  EXPECT_EQ(twice.status, 409u) << twice.Describe();
  EXPECT_NE(twice.body.find("Dit kind gaf al een cijfer bij deze zorg in deze ronde."),
            std::string::npos);
  EXPECT_EQ(twice.body.find("U gaf al een cijfer"), std::string::npos);
}

TEST_F(SafetyMapFlow, PagesShowOnlyTheGivenValues) {
  HttpResponse page = lead_->Get("/gezinnen/" + family_id_ + "/veiligheid");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("<svg"), std::string::npos);
  EXPECT_NE(page.body.find("<caption"), std::string::npos);
  EXPECT_NE(page.body.find("scope=\"row\""), std::string::npos);
  // The table cells, in order, are the series' given values (or "geen antwoord").
  std::vector<std::string> expected;
  std::vector<std::string> labels;  // what the chart writes beside each line's last point
  for (const auto& d : Arr(Map(*lead_), "dangers")) {
    for (const auto& s : Arr(d, "series")) {
      std::string last;
      for (const auto& a : Arr(s, "answers")) {
        const bool none = Field(a, "score").is_null();
        expected.push_back(none ? "geen antwoord" : std::to_string(Int(a, "score")));
        if (!none) last = std::to_string(Int(a, "score"));
      }
      labels.push_back(Str(Field(s, "participant"), "name") + " (" + last + ")");
    }
  }
  std::vector<std::string> cells;
  const std::regex cell("<td class=\"utrecht-table__cell\">([^<]*)</td>");
  for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), cell);
       it != std::sregex_iterator(); ++it) {
    cells.push_back((*it)[1]);
  }
  EXPECT_EQ(cells, expected);
  std::vector<std::string> texts;
  const std::regex svg_text("<text stroke=\"none\"[^>]*>([^<]*)</text>");
  for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), svg_text);
       it != std::sregex_iterator(); ++it) {
    texts.push_back((*it)[1]);
  }
  EXPECT_EQ(texts, labels);
  // A family member on the professionals' page: it does not exist for them.
  auto lotte = LogInFamily(kLotte);
  EXPECT_EQ(lotte->Get("/gezinnen/" + family_id_ + "/veiligheid").status, 404u);

  // Lotte's own page: the child-friendly wording; an answer without a score comes back with
  // her words kept and the problem named; then she answers in a new round.
  ASSERT_EQ(lead_->PostJson(Path() + "/rounds", json::object{}).status, 201u);
  HttpResponse own = lotte->Get("/ons-gezin/veiligheid");
  ASSERT_EQ(own.status, 200u) << own.Describe();
  EXPECT_NE(own.body.find("Thuis is het niet veilig voor mij."), std::string::npos);
  const std::string danger = Str(Arr(Map(*lead_), "dangers")[1], "id");
  HttpResponse missing = lotte->PostForm(
      "/ons-gezin/veiligheid/antwoord",
      {{"_csrf", CsrfIn(own.body)}, {"zorg_id", danger}, {"woorden", "Mijn eigen woorden"}}, {});
  EXPECT_EQ(missing.status, 400u) << missing.Describe();
  EXPECT_NE(missing.body.find("Mijn eigen woorden"), std::string::npos);
  EXPECT_NE(missing.body.find("id=\"antwoord-cijfer-fout\""), std::string::npos);
  HttpResponse answered = lotte->PostForm("/ons-gezin/veiligheid/antwoord",
                                          {{"_csrf", CsrfIn(own.body)},
                                           {"zorg_id", danger},
                                           {"cijfer", "9"},
                                           {"woorden", "Mijn eigen woorden"}},
                                          {});
  ASSERT_EQ(answered.status, 303u) << answered.Describe();
  EXPECT_EQ(ScoreOf(Arr(Map(*lead_), "dangers")[1], "Lotte Kramer", 3), 9);
  HttpResponse twice =
      lotte->PostForm("/ons-gezin/veiligheid/antwoord",
                      {{"_csrf", CsrfIn(own.body)}, {"zorg_id", danger}, {"cijfer", "3"}}, {});
  EXPECT_EQ(twice.status, 409u);
  EXPECT_EQ(ScoreOf(Arr(Map(*lead_), "dangers")[1], "Lotte Kramer", 3), 9);
  // Ruben has the summary only: no safety page.
  auto ruben = LogInFamily(kRuben);
  EXPECT_EQ(ruben->Get("/ons-gezin/veiligheid").status, 403u);
}

}  // namespace
}  // namespace stip::e2e
