// End-to-end (issue 12 item 3): court measures over HTTP. The demo's running OTS with its
// deadlines on the measures route and on Mijn werk; the frame of the file; recording, extending
// and ending a measure; who may read and act (a parent with custody reads, a child of 12+ only
// about themselves, a parent without custody 403, an uninvolved professional 404, a member may
// not write); bad input is a 400 with the fields and changes nothing; the pages keep what was
// typed; no score anywhere.
#include <algorithm>
#include <cctype>
#include <map>
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

// "2026-12-07" moved by whole years (29 February becomes 28 February).
std::string PlusYears(const std::string& day, int years) {
  std::string out = std::to_string(std::stoi(day.substr(0, 4)) + years) + day.substr(4);
  if (out.substr(5) == "02-29") out = out.substr(0, 5) + "02-28";
  return out;
}

class MeasureFlow : public FamilyE2eTest {
 protected:
  void SetUp() override {
    FamilyE2eTest::SetUp();
    marloes_ = LogInFamily(kMarloes);
    for (const auto& m : Arr(Home(*marloes_), "members")) members_[Str(m, "name")] = Str(m, "id");
    today_ = Str(List(*lead_), "today");
  }
  std::string Id(const std::string& first_name) {
    for (const auto& [name, id] : members_) {
      if (name.starts_with(first_name)) return id;
    }
    ADD_FAILURE() << "no member " << first_name;
    return "";
  }
  std::string Path() const { return "/api/v1/families/" + family_id_ + "/measures"; }
  json::value List(HttpClient& who) {
    HttpResponse r = who.Get(Path());
    EXPECT_EQ(r.status, 200u) << r.Describe();
    return ParseJson(r);
  }
  json::object Ots(const std::string& child) {
    return json::object{{"kind", "ots"},
                        {"children", json::array{json::string(child)}},
                        {"ruling_date", today_},
                        {"start", today_},
                        {"end", PlusYears(today_, 1)},
                        {"threats", "Lotte gaat niet naar school en is vaak alleen."}};
  }

  std::unique_ptr<HttpClient> marloes_;
  std::map<std::string, std::string> members_;
  std::string today_;
};

TEST_F(MeasureFlow, TheDemoHasARunningOtsWhoseDeadlinesShowOnMyWork) {
  const json::value list = List(*lead_);
  EXPECT_EQ(Str(list, "frame"), "compulsory");
  const auto& measures = Arr(list, "measures");
  ASSERT_EQ(measures.size(), 1u);
  EXPECT_EQ(Str(measures.at(0), "kind"), "ots");
  EXPECT_EQ(Str(measures.at(0), "state"), "running");
  EXPECT_EQ(Str(Arr(measures.at(0), "children").at(0), "id"), Id("Mees"));
  std::vector<std::string> kinds;
  for (const auto& d : Arr(list, "deadlines")) kinds.push_back(Str(d, "kind"));
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "raad_no_extension"), kinds.end());
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "extension_request"), kinds.end());
  // The Raad's deadline is within its early warning: an item on Mijn werk, and counted.
  const json::value work = ParseJson(lead_->Get("/api/v1/my-work"));
  bool found = false;
  for (const auto& f : Arr(work, "files")) {
    for (const auto& item : Arr(f, "items")) {
      if (Str(item, "kind") == "measure_deadline" && Str(item, "deadline") == "raad_no_extension") {
        found = true;
        EXPECT_EQ(Str(item, "measure_kind"), "ots");
        EXPECT_FALSE(Str(item, "due").empty());
      }
    }
  }
  EXPECT_TRUE(found);
  EXPECT_GE(Int(Field(work, "counts"), "measure_deadlines"), 1);
  // The file's page shows the frame; so does the family's.
  HttpResponse page = lead_->Get("/gezinnen/" + family_id_);
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Gedwongen kader"), std::string::npos);
  HttpResponse home = marloes_->Get("/ons-gezin");
  ASSERT_EQ(home.status, 200u);
  EXPECT_NE(home.body.find("Er loopt nu een maatregel van de rechter."), std::string::npos);
}

TEST_F(MeasureFlow, WhoReadsAndWhoActs) {
  auto lotte = LogInFamily(kLotte);
  auto ruben = LogInFamily(kRuben);
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  // Marloes has custody of Mees; Lotte (13) reads measures about herself only; Ruben has no
  // custody (summary only); Iris is not involved.
  EXPECT_EQ(Arr(List(*marloes_), "measures").size(), 1u);
  EXPECT_TRUE(Arr(List(*lotte), "measures").empty());
  EXPECT_EQ(ruben->Get(Path()).status, 403u);
  EXPECT_EQ(iris->Get(Path()).status, 404u);
  EXPECT_EQ(iris->PostJson(Path(), Ots(Id("Lotte"))).status, 404u);
  EXPECT_EQ(marloes_->PostJson(Path(), Ots(Id("Lotte"))).status, 403u);
  // The duo records one for Lotte; now she reads it, about herself.
  HttpResponse r = duo->PostJson(Path(), Ots(Id("Lotte")));
  ASSERT_EQ(r.status, 201u) << r.Describe();
  const std::string id = Str(ParseJson(r), "id");
  EXPECT_EQ(Arr(List(*lotte), "measures").size(), 1u);
  EXPECT_EQ(Str(Arr(List(*lotte), "measures").at(0), "id"), id);
  EXPECT_EQ(marloes_
                ->PostJson(Path() + "/" + id + "/end",
                           json::object{{"ended_on", today_}, {"reason", "Klaar."}})
                .status,
            403u);
  EXPECT_EQ(iris->PostJson(Path() + "/" + id + "/end",
                           json::object{{"ended_on", today_}, {"reason", "Klaar."}})
                .status,
            404u);
}

TEST_F(MeasureFlow, AnOtsIsExtendedAndEndedWithItsHistory) {
  HttpResponse r = lead_->PostJson(Path(), Ots(Id("Lotte")));
  ASSERT_EQ(r.status, 201u) << r.Describe();
  const std::string id = Str(ParseJson(r), "id");
  // Extended by a year; more than a year at once is refused.
  HttpResponse too_far =
      lead_->PostJson(Path() + "/" + id + "/extend",
                      json::object{{"ruling_date", today_}, {"end", PlusYears(today_, 3)}});
  EXPECT_EQ(too_far.status, 400u) << too_far.Describe();
  EXPECT_EQ(ErrorFields(too_far), (std::vector<std::string>{"end"}));
  HttpResponse extended =
      lead_->PostJson(Path() + "/" + id + "/extend", json::object{{"ruling_date", today_},
                                                                  {"end", PlusYears(today_, 2)},
                                                                  {"reason", "Zorgen blijven."}});
  ASSERT_EQ(extended.status, 200u) << extended.Describe();
  HttpResponse ended = lead_->PostJson(
      Path() + "/" + id + "/end", json::object{{"ended_on", today_}, {"reason", "Opgeheven."}});
  ASSERT_EQ(ended.status, 200u) << ended.Describe();
  HttpResponse again = lead_->PostJson(Path() + "/" + id + "/end",
                                       json::object{{"ended_on", today_}, {"reason", "Nogmaals."}});
  EXPECT_EQ(again.status, 422u) << again.Describe();
  json::value m;
  for (const auto& x : Arr(List(*lead_), "measures")) {
    if (Str(x, "id") == id) m = x;
  }
  ASSERT_TRUE(m.is_object());
  EXPECT_EQ(Str(m, "state"), "ended");
  EXPECT_EQ(Str(m, "end"), PlusYears(today_, 2));
  EXPECT_EQ(Str(m, "ended_reason"), "Opgeheven.");
  const auto& history = Arr(m, "history");
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(Str(history.at(1), "step"), "extended");
  EXPECT_EQ(Str(history.at(2), "step"), "ended");
  // A voorlopige OTS needs an end.
  json::object vots = Ots(Id("Lotte"));
  vots["kind"] = "voorlopige_ots";
  vots.erase("end");
  HttpResponse no_end = lead_->PostJson(Path(), vots);
  EXPECT_EQ(no_end.status, 400u);
  EXPECT_EQ(ErrorFields(no_end), (std::vector<std::string>{"end"}));
  const auto demo_id = Str(Arr(List(*lead_), "measures").at(0), "id");
  HttpResponse extend_demo =
      lead_->PostJson(Path() + "/nergens/extend",
                      json::object{{"ruling_date", today_}, {"end", PlusYears(today_, 1)}});
  EXPECT_EQ(extend_demo.status, 404u);
  EXPECT_FALSE(demo_id.empty());
}

TEST_F(MeasureFlow, BadInputIsRefusedWithItsFieldsAndChangesNothing) {
  const std::size_t before = Arr(List(*lead_), "measures").size();
  json::object bad = Ots(Id("Lotte"));
  bad["kind"] = "risicoscore";
  HttpResponse kind = lead_->PostJson(Path(), bad);
  ASSERT_EQ(kind.status, 400u) << kind.Describe();
  EXPECT_EQ(ErrorFields(kind), (std::vector<std::string>{"kind"}));
  bad = Ots(Id("Lotte"));
  bad["end"] = today_;  // not after the start
  HttpResponse end = lead_->PostJson(Path(), bad);
  ASSERT_EQ(end.status, 400u) << end.Describe();
  EXPECT_EQ(ErrorFields(end), (std::vector<std::string>{"end"}));
  // Lotte (13) is 18 in five years: a measure that starts then is refused.
  bad = Ots(Id("Lotte"));
  bad["start"] = PlusYears(today_, 6);
  bad["end"] = PlusYears(today_, 7);
  HttpResponse adult = lead_->PostJson(Path(), bad);
  ASSERT_EQ(adult.status, 400u) << adult.Describe();
  EXPECT_EQ(ErrorFields(adult), (std::vector<std::string>{"start"}));
  // A parent is not a child; an unknown field; a wrong type.
  bad = Ots(Id("Marloes"));
  bad["score"] = 3;
  HttpResponse shape = lead_->PostJson(Path(), bad);
  ASSERT_EQ(shape.status, 400u) << shape.Describe();
  EXPECT_EQ(ErrorFields(shape), (std::vector<std::string>{"score"}));
  bad.erase("score");
  HttpResponse parent = lead_->PostJson(Path(), bad);
  ASSERT_EQ(parent.status, 400u) << parent.Describe();
  EXPECT_EQ(ErrorFields(parent), (std::vector<std::string>{"children[0]"}));
  EXPECT_EQ(Arr(List(*lead_), "measures").size(), before);
}

TEST_F(MeasureFlow, PagesKeepWhatWasTypedAndTheFamilyReadsPlainWords) {
  const std::string base = "/gezinnen/" + family_id_ + "/maatregelen";
  HttpResponse page = lead_->Get(base);
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Termijnen"), std::string::npos);
  EXPECT_NE(page.body.find("BW 1:265j"), std::string::npos);
  std::vector<std::pair<std::string, std::string>> form{
      {"_csrf", CsrfIn(page.body)},
      {"soort", "ots"},
      {"kind_" + Id("Lotte"), "ja"},
      {"uitspraak", today_},
      {"start", today_},
      {"einde", today_},
      {"bedreigingen", "Mijn getypte bedreigingen"}};
  HttpResponse bad = lead_->PostForm(base, form, {});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_NE(bad.body.find("Mijn getypte bedreigingen"), std::string::npos);
  EXPECT_NE(bad.body.find("id=\"nieuw-einde-fout\""), std::string::npos);
  form[5].second = PlusYears(today_, 1);
  HttpResponse saved = lead_->PostForm(base, form, {});
  ASSERT_EQ(saved.status, 303u) << saved.Describe();
  EXPECT_EQ(Arr(List(*lead_), "measures").size(), 2u);
  // The family's page: plain words with dates; the professionals' page is not theirs.
  HttpResponse family = marloes_->Get("/ons-gezin/maatregelen");
  ASSERT_EQ(family.status, 200u) << family.Describe();
  EXPECT_NE(family.body.find("Wat gebeurt hierna?"), std::string::npos);
  EXPECT_NE(family.body.find("OTS"), std::string::npos);
  EXPECT_EQ(marloes_->Get(base).status, 404u);
  // No score, prediction or ranking on any route or page.
  for (const std::string& text :
       {page.body, family.body, lead_->Get(Path()).body, marloes_->Get(Path()).body}) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* word : {"score", "risico", "voorspel", "predict", "ranking", "gemiddeld"}) {
      EXPECT_EQ(lower.find(word), std::string::npos) << word;
    }
  }
}

// Privacy review finding 1: a gezagsbeëindiging names the parents it concerns; Ruben, without
// custody, reads its summary (kind, dates, his rights), never the threats, and still no entries.
TEST_F(MeasureFlow, AParentWithoutCustodySeesTheGezagsbeeindigingNamingHim) {
  auto ruben = LogInFamily(kRuben);
  EXPECT_EQ(ruben->Get(Path()).status, 403u);
  json::object ending{{"kind", "gezagsbeeindiging"},
                      {"children", json::array{json::string(Id("Mees"))}},
                      {"ruling_date", today_},
                      {"start", today_},
                      {"threats", "Geheime zorgen over Mees."}};
  // Without the parents it concerns: refused, field by field, and nothing changes.
  const std::size_t before = Arr(List(*lead_), "measures").size();
  HttpResponse unnamed = lead_->PostJson(Path(), ending);
  ASSERT_EQ(unnamed.status, 400u) << unnamed.Describe();
  EXPECT_EQ(ErrorFields(unnamed), (std::vector<std::string>{"parents"}));
  ending["parents"] = json::array{json::string(Id("Mees"))};
  HttpResponse child = lead_->PostJson(Path(), ending);
  ASSERT_EQ(child.status, 400u) << child.Describe();
  EXPECT_EQ(ErrorFields(child), (std::vector<std::string>{"parents[0]"}));
  EXPECT_EQ(Arr(List(*lead_), "measures").size(), before);
  ending["parents"] = json::array{json::string(Id("Ruben")), json::string(Id("Marloes"))};
  HttpResponse r = lead_->PostJson(Path(), ending);
  ASSERT_EQ(r.status, 201u) << r.Describe();
  const json::value list = List(*ruben);
  const auto& measures = Arr(list, "measures");
  ASSERT_EQ(measures.size(), 1u);  // not the demo's OTS, which does not name him
  EXPECT_EQ(Str(measures.at(0), "kind"), "gezagsbeeindiging");
  EXPECT_TRUE(Field(measures.at(0), "summary_only").as_bool());
  EXPECT_EQ(Str(measures.at(0), "threats"), "");
  EXPECT_EQ(Str(measures.at(0), "ruling_date"), today_);
  EXPECT_TRUE(Arr(measures.at(0), "history").empty());
  std::vector<std::string> rights;
  for (const auto& x : Arr(measures.at(0), "rights")) rights.push_back(Str(x, "id"));
  EXPECT_NE(std::find(rights.begin(), rights.end(), "gratis_advocaat"), rights.end());
  EXPECT_NE(std::find(rights.begin(), rights.end(), "hoger_beroep"), rights.end());
  EXPECT_EQ(ruben->Get(Path()).body.find("Geheime zorgen"), std::string::npos);
  // Still the summary of the file: no entries.
  const json::value home = Home(*ruben);
  EXPECT_TRUE(Field(home, "summary_only").as_bool());
  EXPECT_TRUE(Arr(home, "entries").empty());
  // His page links to it and shows it with his rights, without the threats.
  HttpResponse start = ruben->Get("/ons-gezin");
  EXPECT_NE(start.body.find("/ons-gezin/maatregelen"), std::string::npos);
  HttpResponse page = ruben->Get("/ons-gezin/maatregelen");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Gezagsbeëindiging"), std::string::npos);
  EXPECT_NE(page.body.find("Uw rechten"), std::string::npos);
  EXPECT_NE(page.body.find("juridischloket.nl"), std::string::npos);
  EXPECT_NE(page.body.find("Uiterlijk op"), std::string::npos);  // appeal: 3 months from today
  EXPECT_EQ(page.body.find("Geheime zorgen"), std::string::npos);
  // Marloes, with custody, reads it whole.
  bool whole = false;
  for (const auto& m : Arr(List(*marloes_), "measures")) {
    if (Str(m, "kind") == "gezagsbeeindiging") {
      whole =
          !Field(m, "summary_only").as_bool() && Str(m, "threats") == "Geheime zorgen over Mees.";
    }
  }
  EXPECT_TRUE(whole);
}

// Issue 12 item 4: Marloes sees her rights with the OTS of Mees, with the appeal date; a
// professional's data stays off her page.
TEST_F(MeasureFlow, MarloesSeesHerRightsWithTheOtsOfMees) {
  const json::value list = List(*marloes_);
  const json::value ots = Arr(list, "measures").at(0);  // a copy: Arr gives a temporary
  const std::string ruling = Str(ots, "ruling_date");
  json::value appeal;
  for (const auto& x : Arr(ots, "rights")) {
    if (Str(x, "id") == "hoger_beroep") appeal = x;
    EXPECT_FALSE(Str(x, "source").empty());
    EXPECT_FALSE(Str(x, "checked").empty());
    EXPECT_EQ(Str(x, "text").find("[["), std::string::npos);
  }
  ASSERT_TRUE(appeal.is_object());
  EXPECT_EQ(Str(appeal, "source"), "Rv 806");
  // Three months after the ruling.
  const std::string deadline = Str(appeal, "deadline");
  const int month = std::stoi(ruling.substr(5, 2));
  EXPECT_EQ(std::stoi(deadline.substr(5, 2)), (month + 2) % 12 + 1) << deadline;
  EXPECT_GT(deadline, ruling);
  EXPECT_EQ(Str(Arr(appeal, "terms").at(0), "href"), "/begrippen#kinderrechter");
  HttpResponse page = marloes_->Get("/ons-gezin/maatregelen");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  for (const char* text :
       {"Wat gebeurt er?", "Wat betekent dit?", "Wat gebeurt hierna?", "Uw rechten",
        "In hoger beroep gaan", "href=\"/begrippen#hoger-beroep\"", "akj.nl", "Bron: Rv 806"}) {
    EXPECT_NE(page.body.find(text), std::string::npos) << text;
  }
  // The demo's OTS was ruled nine months ago: the appeal's date has passed, and says so.
  EXPECT_NE(page.body.find("De termijn liep tot"), std::string::npos);
  // The professionals' forms and history are not on her page.
  EXPECT_EQ(page.body.find("Termijn gehaald"), std::string::npos);
  EXPECT_EQ(page.body.find("vastgelegd door"), std::string::npos);
  EXPECT_EQ(page.body.find("/maatregelen/"), std::string::npos);
}

// Privacy review finding 3: a deadline met no longer shows as overdue on Mijn werk.
TEST_F(MeasureFlow, ADeadlineMarkedDoneLeavesMyWork) {
  const json::value list = List(*lead_);
  json::value raad;
  for (const auto& d : Arr(list, "deadlines")) {
    if (Str(d, "kind") == "raad_no_extension") raad = d;
  }
  ASSERT_TRUE(raad.is_object());
  const std::string id = Str(raad, "measure_id");
  const std::string done_path = Path() + "/" + id + "/deadline-done";
  // Bad input: 400 with the fields; the end is not a deadline to meet; nothing changes.
  HttpResponse bad = lead_->PostJson(
      done_path, json::object{{"deadline", "ends"}, {"due", "2020-01-01"}, {"done_on", "morgen"}});
  ASSERT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_EQ(ErrorFields(bad), (std::vector<std::string>{"deadline", "done_on"}));
  EXPECT_EQ(marloes_
                ->PostJson(done_path, json::object{{"deadline", "raad_no_extension"},
                                                   {"due", Str(raad, "due")},
                                                   {"done_on", today_}})
                .status,
            403u);
  HttpResponse done = lead_->PostJson(done_path, json::object{{"deadline", "raad_no_extension"},
                                                              {"due", Str(raad, "due")},
                                                              {"done_on", today_},
                                                              {"note", "Raad gebeld."}});
  ASSERT_EQ(done.status, 200u) << done.Describe();
  HttpResponse again = lead_->PostJson(done_path, json::object{{"deadline", "raad_no_extension"},
                                                               {"due", Str(raad, "due")},
                                                               {"done_on", today_}});
  EXPECT_EQ(again.status, 422u) << again.Describe();
  for (const auto& d : Arr(List(*lead_), "deadlines")) {
    if (Str(d, "kind") != "raad_no_extension") continue;
    EXPECT_EQ(Str(d, "done_on"), today_);
    EXPECT_FALSE(Field(d, "overdue").as_bool());
  }
  const json::value work = ParseJson(lead_->Get("/api/v1/my-work"));
  for (const auto& f : Arr(work, "files")) {
    for (const auto& item : Arr(f, "items")) {
      EXPECT_FALSE(Str(item, "kind") == "measure_deadline" &&
                   Str(item, "deadline") == "raad_no_extension");
    }
  }
  // The form on the page does the same for the extension request.
  const std::string base = "/gezinnen/" + family_id_ + "/maatregelen";
  HttpResponse page = lead_->Get(base);
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Termijn gehaald"), std::string::npos);
  std::smatch opt;
  ASSERT_TRUE(
      std::regex_search(page.body, opt, std::regex("value=\"(extension_request\\|[0-9-]+)\"")));
  HttpResponse typed_bad = lead_->PostForm(base + "/" + id + "/termijn",
                                           {{"_csrf", CsrfIn(page.body)},
                                            {"termijn", opt[1]},
                                            {"datum", "2099-01-01"},
                                            {"toelichting", "Mijn getypte toelichting"}},
                                           {});
  EXPECT_EQ(typed_bad.status, 400u) << typed_bad.Describe();
  EXPECT_NE(typed_bad.body.find("Mijn getypte toelichting"), std::string::npos);
  HttpResponse saved =
      lead_->PostForm(base + "/" + id + "/termijn",
                      {{"_csrf", CsrfIn(page.body)}, {"termijn", opt[1]}, {"datum", today_}}, {});
  ASSERT_EQ(saved.status, 303u) << saved.Describe();
}

}  // namespace
}  // namespace stip::e2e
