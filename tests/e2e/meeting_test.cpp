// End-to-end (issue 11 items 3 and 4): meetings and feedback over HTTP on the demo. The family
// adds to the agenda beforehand; the lead records the meeting (the summary an entry of the
// file); who was there says how it was; the lead sees that answers came in, never what; the
// team sees nothing below 10 answers; bad input changes nothing; the pages keep what was typed.
#include <algorithm>
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

std::string Today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day d{now};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return out;
}

class MeetingFlow : public FamilyE2eTest {
 protected:
  std::string Path() const { return "/api/v1/families/" + family_id_ + "/meetings"; }
  json::value Meetings(HttpClient& who) {
    HttpResponse r = who.Get(Path());
    EXPECT_EQ(r.status, 200u) << r.Describe();
    return ParseJson(r);
  }
  std::string MemberId(const json::value& home, const std::string& name) {
    for (const auto& m : Arr(home, "members")) {
      if (Str(m, "name") == name) return Str(m, "id");
    }
    ADD_FAILURE() << "no member " << name;
    return "";
  }
  // Plans a meeting today with Marloes and Lotte; returns its id.
  std::string PlanToday() {
    HttpResponse r =
        lead_->PostJson(Path(), json::object{{"date", Today()},
                                             {"place", "Wijkteam"},
                                             {"members", json::array{marloes_id_, lotte_id_}}});
    EXPECT_EQ(r.status, 201u) << r.Describe();
    return Str(ParseJson(r), "id");
  }
  json::object Record(const std::string& summary) {
    json::array children;
    for (const auto* c : {&lotte_id_, &daan_id_, &mees_id_}) {
      children.push_back(json::object{{"child_id", *c}, {"how", "present"}});
    }
    return json::object{{"summary", summary},
                        {"present_members", json::array{marloes_id_, lotte_id_}},
                        {"children", std::move(children)},
                        {"agreements", json::array{"Oma haalt Mees op."}}};
  }
  void SetUp() override {
    FamilyE2eTest::SetUp();
    marloes_ = LogInFamily(kMarloes);
    const json::value home = Home(*marloes_);
    marloes_id_ = MemberId(home, "Marloes Veldhoven");
    lotte_id_ = MemberId(home, "Lotte Kramer");
    daan_id_ = MemberId(home, "Daan Kramer");
    mees_id_ = MemberId(home, "Mees Kramer");
  }
  std::unique_ptr<HttpClient> marloes_;
  std::string marloes_id_, lotte_id_, daan_id_, mees_id_;
};

// A copy of the meeting `id` of a meetings view (null when it is not there).
json::value Find(const json::value& view, const std::string& id) {
  for (const auto& m : Arr(view, "meetings")) {
    if (Str(m, "id") == id) return m;
  }
  return nullptr;
}

TEST_F(MeetingFlow, TheDemosMeetingsAndWhoSeesWhat) {
  const json::value lead = Meetings(*lead_);
  ASSERT_EQ(Arr(lead, "meetings").size(), 2u);
  EXPECT_TRUE(Field(lead, "may_plan").as_bool());
  for (const auto& m : Arr(lead, "meetings")) {
    EXPECT_TRUE(Field(m, "held").as_bool());
    // That answers came in and from whom; never the answers themselves.
    EXPECT_EQ(Int(Field(m, "feedback_received"), "count"), 2);
    EXPECT_FALSE(m.as_object().contains("my_feedback"));
    EXPECT_EQ(Arr(Field(m, "record"), "children").size(), 3u);
    EXPECT_FALSE(Str(Field(m, "record"), "summary").empty());
  }
  EXPECT_EQ(json::serialize(lead).find("\"answers\""), std::string::npos);
  auto& marloes = marloes_;
  const json::value hers = Meetings(*marloes);
  ASSERT_EQ(Arr(hers, "meetings").size(), 2u);
  const json::value first = Arr(hers, "meetings")[0];
  EXPECT_EQ(Int(Field(Field(first, "my_feedback"), "answers"), "heard"), 4);
  EXPECT_FALSE(first.as_object().contains("feedback_received"));
  EXPECT_EQ(json::serialize(hers).find("Ik mocht zelf vertellen"), std::string::npos)
      << "Marloes reads her own answer, not Lotte's";
  // Lotte (13) is shown the version for children.
  auto lotte = LogInFamily(kLotte);
  EXPECT_TRUE(Field(Meetings(*lotte), "child_wording").as_bool());
  // Ruben (no custody) was at none: an empty list; a colleague not involved: 404.
  auto ruben = LogInFamily(kRuben);
  EXPECT_TRUE(Arr(Meetings(*ruben), "meetings").empty());
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  EXPECT_EQ(iris->Get(Path()).status, 404u);
  // Every read is on the record.
  HttpResponse log = lead_->Get("/api/v1/families/" + family_id_ + "/access-log");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  EXPECT_NE(log.body.find("\"meetings\""), std::string::npos);
}

TEST_F(MeetingFlow, TheFamilyPreparesTheLeadRecordsWhoWasThereSaysHowItWas) {
  auto& marloes = marloes_;
  auto lotte = LogInFamily(kLotte);
  auto ruben = LogInFamily(kRuben);
  const std::string meeting = PlanToday();
  const std::string base = Path() + "/" + meeting;
  HttpResponse point = marloes->PostJson(
      base + "/agenda", json::object{{"kind", "question"}, {"words", "Mag Mees bij oma slapen?"}});
  ASSERT_EQ(point.status, 201u) << point.Describe();
  EXPECT_EQ(lotte->PostJson(base + "/agenda", json::object{{"words", "Ik wil over school praten."}})
                .status,
            201u);
  EXPECT_EQ(ruben->PostJson(base + "/agenda", json::object{{"words", "x"}}).status, 403u);
  // No feedback before the meeting was recorded.
  const json::object answers{{"heard", 4}, {"understood", 3}, {"safe", 4}, {"next_step", 5}};
  EXPECT_EQ(marloes->PostJson(base + "/feedback", answers).status, 422u);
  EXPECT_EQ(marloes->PostJson(base + "/record", Record("x")).status, 403u);
  HttpResponse recorded = lead_->PostJson(base + "/record", Record("We spraken over school."));
  ASSERT_EQ(recorded.status, 201u) << recorded.Describe();
  const std::string summary = Str(ParseJson(recorded), "summary_entry_id");
  // The summary is an entry of the file, open to the family.
  HttpResponse home = marloes->Get("/api/v1/families/" + family_id_ + "/home");
  EXPECT_NE(home.body.find(summary), std::string::npos);
  EXPECT_EQ(lead_->PostJson(base + "/record", Record("Nog eens.")).status, 422u);
  EXPECT_EQ(marloes->PostJson(base + "/agenda", json::object{{"words", "Te laat."}}).status, 422u);
  // The page says why in Dutch, with what was typed kept.
  HttpResponse late = marloes->PostForm("/ons-gezin/overleg/" + meeting + "/agenda",
                                        {{"soort", "point"}, {"woorden", "Te laat."}});
  EXPECT_EQ(late.status, 422u) << late.Describe();
  EXPECT_NE(late.body.find("Dit overleg is al geweest."), std::string::npos) << late.body;
  // Whoever was there answers; whoever was not, and professionals, do not.
  HttpResponse given = marloes->PostJson(base + "/feedback", answers);
  ASSERT_EQ(given.status, 201u) << given.Describe();
  EXPECT_FALSE(Field(ParseJson(given), "changed").as_bool());
  json::object changed = answers;
  changed["heard"] = 5;
  changed["words"] = "Ik werd gehoord.";
  HttpResponse again = marloes->PostJson(base + "/feedback", changed);
  ASSERT_EQ(again.status, 200u) << again.Describe();
  EXPECT_TRUE(Field(ParseJson(again), "changed").as_bool());
  EXPECT_EQ(ruben->PostJson(base + "/feedback", answers).status, 403u);
  EXPECT_EQ(lead_->PostJson(base + "/feedback", answers).status, 403u);
  const json::value mine = Find(Meetings(*marloes), meeting);
  ASSERT_FALSE(mine.is_null());
  EXPECT_EQ(Int(Field(Field(mine, "my_feedback"), "answers"), "heard"), 5);
  EXPECT_TRUE(Field(Field(mine, "my_feedback"), "changeable").as_bool());
  EXPECT_EQ(Arr(mine, "agenda").size(), 2u);
  const json::value lead = Find(Meetings(*lead_), meeting);
  ASSERT_FALSE(lead.is_null());
  EXPECT_EQ(Int(Field(lead, "feedback_received"), "count"), 1);
  EXPECT_EQ(json::serialize(lead).find("Ik werd gehoord"), std::string::npos);
  // The invitation went out by mail to who was there.
  EXPECT_GE(MailsTo(kLotte), 1);
}

TEST_F(MeetingFlow, BadInputIsAClearErrorAndChangesNothing) {
  auto& marloes = marloes_;
  const std::string meeting = PlanToday();
  const std::string base = Path() + "/" + meeting;
  ASSERT_EQ(lead_->PostJson(base + "/record", Record("Gesproken.")).status, 201u);
  const std::size_t meetings = Arr(Meetings(*lead_), "meetings").size();
  struct Bad {
    const char* what;
    HttpClient* who;
    std::string target;
    json::object body;
    std::vector<std::string> problems;
  };
  json::object no_child = Record("Gesproken.");
  no_child["children"] = json::array{};
  const Bad bad[] = {
      {"plan without date or place",
       lead_.get(),
       Path(),
       json::object{{"date", "2026-02-30"}, {"place", ""}, {"members", json::array{"mem_none"}}},
       {"date:not_a_date", "place:required", "members[0]:not_a_member"}},
      {"plan with a wrong type",
       lead_.get(),
       Path(),
       json::object{{"date", Today()}, {"place", "x"}, {"members", "Marloes"}},
       {"members:wrong_type"}},
      {"agenda without words",
       marloes.get(),
       Path() + "/" + PlanToday() + "/agenda",
       json::object{{"kind", "klacht"}, {"words", ""}},
       {"kind:invalid", "words:required"}},
      {"feedback out of range",
       marloes.get(),
       base + "/feedback",
       json::object{{"heard", 6}, {"understood", 0}, {"safe", 3}},
       {"heard:out_of_range", "understood:out_of_range", "next_step:required"}},
      {"feedback not a number",
       marloes.get(),
       base + "/feedback",
       json::object{{"heard", "goed"}, {"understood", 3}, {"safe", 3}, {"next_step", 3}},
       {"heard:wrong_type"}},
      {"feedback with an unknown field",
       marloes.get(),
       base + "/feedback",
       json::object{{"heard", 3}, {"understood", 3}, {"safe", 3}, {"next_step", 3}, {"score", 15}},
       {"score:unknown_field"}},
  };
  for (const auto& b : bad) {
    HttpResponse r = b.who->PostJson(b.target, b.body);
    EXPECT_EQ(r.status, 400u) << b.what << ": " << r.Describe();
    EXPECT_EQ(Problems(r), b.problems) << b.what;
  }
  // A record that forgets the children, for a new meeting: refused, nothing recorded.
  const std::string other = PlanToday();
  HttpResponse forgot = lead_->PostJson(Path() + "/" + other + "/record", no_child);
  EXPECT_EQ(forgot.status, 400u) << forgot.Describe();
  EXPECT_FALSE(Field(Find(Meetings(*lead_), other), "held").as_bool());
  // Nothing else changed: the meetings planned in this test only, no feedback given.
  EXPECT_EQ(Arr(Meetings(*lead_), "meetings").size(), meetings + 2);
  EXPECT_EQ(Int(Field(Find(Meetings(*lead_), meeting), "feedback_received"), "count"), 0);
  EXPECT_EQ(marloes->PostJson(Path() + "/mtg_none/agenda", json::object{{"words", "x"}}).status,
            404u);
}

TEST_F(MeetingFlow, ThePagesKeepWhatWasTypedAndTheTeamSeesNoSmallCells) {
  auto& marloes = marloes_;
  const std::string meeting = PlanToday();
  HttpResponse page = marloes->Get("/ons-gezin/overleg");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Overleg"), std::string::npos);
  HttpResponse empty =
      marloes->PostForm("/ons-gezin/overleg/" + meeting + "/agenda",
                        {{"_csrf", CsrfIn(page.body)}, {"soort", "question"}, {"woorden", ""}}, {});
  EXPECT_EQ(empty.status, 400u) << empty.Describe();
  HttpResponse added = marloes->PostForm(
      "/ons-gezin/overleg/" + meeting + "/agenda",
      {{"_csrf", CsrfIn(page.body)}, {"soort", "point"}, {"woorden", "Over de vakantie."}}, {});
  EXPECT_EQ(added.status, 303u) << added.Describe();
  HttpResponse file = lead_->Get("/gezinnen/" + family_id_ + "/overleg");
  ASSERT_EQ(file.status, 200u) << file.Describe();
  EXPECT_NE(file.body.find("Over de vakantie."), std::string::npos);
  // The record form: a child's "how" not chosen keeps the summary typed.
  std::vector<std::pair<std::string, std::string>> form{
      {"_csrf", CsrfIn(file.body)},
      {"lid_" + marloes_id_, "ja"},
      {"kind_" + lotte_id_, "present"},
      {"kind_" + daan_id_, ""},
      {"kind_" + mees_id_, "present"},
      {"samenvatting", "Een goed gesprek over school."},
      {"afspraken", "Oma haalt Mees op.\nLotte eet ontbijt."}};
  HttpResponse missing =
      lead_->PostForm("/gezinnen/" + family_id_ + "/overleg/" + meeting + "/verslag", form, {});
  EXPECT_EQ(missing.status, 400u) << missing.Describe();
  EXPECT_NE(missing.body.find("Een goed gesprek over school."), std::string::npos);
  form[3].second = "heard_before";
  HttpResponse saved =
      lead_->PostForm("/gezinnen/" + family_id_ + "/overleg/" + meeting + "/verslag", form, {});
  EXPECT_EQ(saved.status, 303u) << saved.Describe();
  // Marloes's page invites her; a feedback out of range keeps her choice of the others.
  HttpResponse home = marloes->Get("/ons-gezin");
  EXPECT_NE(home.body.find("Hoe was het overleg?"), std::string::npos);
  HttpResponse own = marloes->Get("/ons-gezin/overleg");
  HttpResponse partial = marloes->PostForm(
      "/ons-gezin/overleg/" + meeting + "/ervaring",
      {{"_csrf", CsrfIn(own.body)}, {"gehoord", "4"}, {"begrepen", "4"}, {"veilig", "3"}}, {});
  EXPECT_EQ(partial.status, 400u) << partial.Describe();
  HttpResponse answered = marloes->PostForm("/ons-gezin/overleg/" + meeting + "/ervaring",
                                            {{"_csrf", CsrfIn(own.body)},
                                             {"gehoord", "4"},
                                             {"begrepen", "4"},
                                             {"veilig", "3"},
                                             {"volgende_stap", "5"}},
                                            {});
  EXPECT_EQ(answered.status, 303u) << answered.Describe();
  // The team page: 5 answers on the team's meetings, fewer than 10: nothing shown but that.
  auto karin = NewClient();  // the team lead of the demo's local team
  LogIn(*karin, "teamleider");
  HttpResponse team = karin->Get("/mijn-werk/team");
  ASSERT_EQ(team.status, 200u) << team.Describe();
  EXPECT_NE(team.body.find("minder dan 10 antwoorden"), std::string::npos);
}

}  // namespace
}  // namespace stip::e2e
