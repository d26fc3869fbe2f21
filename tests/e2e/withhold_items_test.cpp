// End-to-end (issue 11 item 6): withholding works on a comment on the plan, a child's own words,
// an item of the safety map and an agreement of a meeting as on entries. The member it is
// withheld from sees a placeholder (ground, until when, how to object), never the words, on the
// API, the Ons gezin page and the family copy; others still read it; the objection route is the
// same; bad input gets a clear 4xx and changes nothing. A professional who narrows the sharing
// of a child's words says why, and the child reads it.
#include <chrono>
#include <cstdio>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"
#include "pdf_text.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

std::vector<std::string> Problems(const HttpResponse& r) {
  std::vector<std::string> out;
  for (const auto& f : Arr(Field(ParseJson(r), "error"), "fields")) {
    out.push_back(Str(f, "field") + ":" + Str(f, "code"));
  }
  return out;
}

std::string CsrfIn(const std::string& html) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex("name=\"_csrf\" value=\"([^\"]+)\""))) return m[1];
  ADD_FAILURE() << "no _csrf field on the page";
  return "";
}

std::string Day(int days) {
  const auto day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) +
                   std::chrono::days(days);
  const std::chrono::year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

std::string MemberId(const json::value& overview, const std::string& first_name) {
  for (const auto& m : Arr(overview, "members")) {
    if (Str(m, "name").starts_with(first_name)) return Str(m, "id");
  }
  ADD_FAILURE() << "no member " << first_name;
  return {};
}

class WithholdItems : public FamilyE2eTest {
 protected:
  std::string Base() const { return "/api/v1/families/" + family_id_; }
  HttpResponse Withhold(HttpClient& who, json::object body) {
    return who.PostJson(Base() + "/withholdings", body);
  }
  static json::object Body(const std::string& kind, const std::string& id,
                           const std::string& member_id) {
    return json::object{{"target_kind", kind},
                        {"target_id", id},
                        {"member_id", member_id},
                        {"ground", "serious_harm_to_child"},
                        {"reason", "Dit is nu te zwaar om te lezen."},
                        {"review_date", Day(30)}};
  }
  json::value Get(HttpClient& who, const std::string& path) {
    HttpResponse r = who.Get(Base() + path);
    EXPECT_EQ(r.status, 200u) << r.Describe();
    return ParseJson(r);
  }
};

TEST_F(WithholdItems, APlanCommentWithheldFromMarloesShowsHerOnlyAPlaceholder) {
  const std::string sentence = "Unieke zin 7731 voor de professionals.";
  HttpResponse comment =
      lead_->PostJson(Base() + "/plan/comments", json::object{{"version", 2}, {"words", sentence}});
  ASSERT_EQ(comment.status, 201u) << comment.Describe();
  const std::string comment_id = Str(ParseJson(comment), "id");
  const std::string marloes_id = MemberId(Overview(*lead_, family_id_), "Marloes");
  auto marloes = LogInFamily(kMarloes);
  auto lotte = LogInFamily(kLotte);

  // Bad input: a clear 4xx, nothing changed (Marloes still reads the comment).
  auto bad = Body("plan_comment", comment_id, marloes_id);
  bad["target_kind"] = "bericht";
  EXPECT_EQ(Problems(Withhold(*lead_, bad)), std::vector<std::string>{"target_kind:not_one_of"});
  bad = Body("plan_comment", "pcm_bestaat_niet", marloes_id);
  EXPECT_EQ(Withhold(*lead_, bad).status, 404u);
  bad = Body("plan_comment", comment_id, marloes_id);
  bad["ground"] = "omdat";
  EXPECT_EQ(Problems(Withhold(*lead_, bad)), std::vector<std::string>{"ground:not_one_of"});
  bad = Body("plan_comment", comment_id, marloes_id);
  bad["review_date"] = Day(-1);
  EXPECT_EQ(Problems(Withhold(*lead_, bad)),
            std::vector<std::string>{"review_date:date_not_after_today"});
  bad = Body("plan_comment", comment_id, marloes_id);
  bad.erase("target_id");
  EXPECT_EQ(Withhold(*lead_, bad).status, 400u);
  // A family member cannot withhold anything.
  EXPECT_EQ(Withhold(*marloes, Body("plan_comment", comment_id, marloes_id)).status, 403u);
  EXPECT_NE(marloes->Get(Base() + "/plan").body.find(sentence), std::string::npos);

  // Withheld from Marloes.
  HttpResponse held = Withhold(*lead_, Body("plan_comment", comment_id, marloes_id));
  ASSERT_EQ(held.status, 201u) << held.Describe();
  const std::string withholding_id = Str(ParseJson(held), "id");
  // Again for her: renew that one instead (422).
  EXPECT_EQ(Withhold(*lead_, Body("plan_comment", comment_id, marloes_id)).status, 422u);

  // Marloes: a placeholder on the API, on her page and nowhere the words.
  HttpResponse api = marloes->Get(Base() + "/plan");
  ASSERT_EQ(api.status, 200u);
  EXPECT_EQ(api.body.find(sentence), std::string::npos);
  bool placeholder = false;
  for (const auto& c : Arr(ParseJson(api), "comments")) {
    if (Str(c, "id") != comment_id) continue;
    EXPECT_EQ(Str(c, "words"), "");
    ASSERT_EQ(Arr(c, "withheld").size(), 1u);
    const json::value w = Arr(c, "withheld")[0];
    EXPECT_EQ(Str(w, "ground"), "serious_harm_to_child");
    EXPECT_EQ(Str(w, "review_date"), Day(30));
    EXPECT_EQ(Str(w, "kind"), "plan_comment");
    placeholder = true;
  }
  EXPECT_TRUE(placeholder);
  HttpResponse page = marloes->Get("/ons-gezin/plan");
  ASSERT_EQ(page.status, 200u);
  EXPECT_EQ(page.body.find(sentence), std::string::npos);
  EXPECT_NE(page.body.find("Dit kunt u nu niet lezen."), std::string::npos);
  EXPECT_NE(page.body.find("/ons-gezin/achterhoudingen/" + withholding_id + "/bezwaar"),
            std::string::npos);
  // Nor in her copy (JSON, printable page, PDF).
  for (const char* route : {"/ons-gezin/download.json", "/ons-gezin/afdrukken"}) {
    HttpResponse copy = marloes->Get(route);
    EXPECT_EQ(copy.status, 200u) << route;
    EXPECT_EQ(copy.body.find(sentence), std::string::npos) << route;
  }
  if (stip::testing::HavePopplerTool("pdftotext")) {
    HttpResponse pdf = marloes->Get("/ons-gezin/kopie.pdf");
    ASSERT_EQ(pdf.status, 200u);
    EXPECT_EQ(stip::testing::PdfText(pdf.body).find("7731"), std::string::npos);
  }

  // Lotte and the lead still read it; the lead sees whom it is withheld from.
  EXPECT_NE(lotte->Get(Base() + "/plan").body.find(sentence), std::string::npos);
  EXPECT_NE(lotte->Get("/ons-gezin/plan").body.find(sentence), std::string::npos);
  HttpResponse pro = lead_->Get(Base() + "/plan");
  EXPECT_NE(pro.body.find(sentence), std::string::npos);
  EXPECT_NE(pro.body.find(withholding_id), std::string::npos);
  HttpResponse pro_page = lead_->Get("/gezinnen/" + family_id_ + "/plan");
  EXPECT_NE(pro_page.body.find(sentence), std::string::npos);
  EXPECT_NE(pro_page.body.find("Achtergehouden voor Marloes"), std::string::npos);

  // The same objection route as for an entry; once while it is open.
  HttpResponse objection =
      marloes->PostJson(Base() + "/withholdings/" + withholding_id + "/objections",
                        json::object{{"text", "Ik wil weten wat er over ons plan staat."}});
  EXPECT_EQ(objection.status, 201u) << objection.Describe();
  EXPECT_EQ(marloes
                ->PostJson(Base() + "/withholdings/" + withholding_id + "/objections",
                           json::object{{"text", "Nog een keer."}})
                .status,
            422u);
  // Lotte it is not withheld from: to her it does not exist.
  EXPECT_EQ(lotte
                ->PostJson(Base() + "/withholdings/" + withholding_id + "/objections",
                           json::object{{"text", "Ik ook."}})
                .status,
            404u);

  // Her read is on the record.
  HttpResponse log = lead_->Get(Base() + "/access-log");
  EXPECT_NE(log.body.find("\"family_plan\""), std::string::npos);

  // Lifted: she reads it again.
  HttpResponse lift = lead_->PostJson(Base() + "/withholdings/" + withholding_id + "/lift",
                                      json::object{{"reason", "Het onderzoek is klaar."}});
  EXPECT_LT(lift.status, 300u) << lift.Describe();
  EXPECT_NE(marloes->Get(Base() + "/plan").body.find(sentence), std::string::npos);
}

TEST_F(WithholdItems, TheProfessionalsPageWithholdsAPlanCommentAndKeepsWhatWasTyped) {
  const json::value plan = Get(*lead_, "/plan");
  ASSERT_FALSE(Arr(plan, "comments").empty());
  const std::string comment_id = Str(Arr(plan, "comments")[0], "id");
  const std::string words = Str(Arr(plan, "comments")[0], "words");
  const std::string marloes_id = MemberId(Overview(*lead_, family_id_), "Marloes");
  const std::string path = "/gezinnen/" + family_id_ + "/achterhouden";
  auto marloes = LogInFamily(kMarloes);
  HttpResponse form = lead_->Get(path + "?soort=plan_comment&item=" + comment_id);
  ASSERT_EQ(form.status, 200u) << form.Describe();
  const std::string csrf = CsrfIn(form.body);
  // Without a reason: 400, the form again with what was typed.
  HttpResponse bad = lead_->PostForm(path,
                                     {{"_csrf", csrf},
                                      {"soort", "plan_comment"},
                                      {"item", comment_id},
                                      {"lid-" + marloes_id, "on"},
                                      {"grond", "serious_harm_to_child"},
                                      {"reden", ""},
                                      {"datum", Day(20)}},
                                     {});
  EXPECT_EQ(bad.status, 400u);
  EXPECT_NE(bad.body.find(Day(20)), std::string::npos);
  EXPECT_NE(marloes->Get("/ons-gezin/plan").body.find(words), std::string::npos);
  HttpResponse ok = lead_->PostForm(path,
                                    {{"_csrf", csrf},
                                     {"soort", "plan_comment"},
                                     {"item", comment_id},
                                     {"lid-" + marloes_id, "on"},
                                     {"grond", "serious_harm_to_child"},
                                     {"reden", "Nu even niet."},
                                     {"datum", Day(20)}},
                                    {});
  EXPECT_EQ(ok.status, 303u) << ok.Describe();
  EXPECT_EQ(marloes->Get("/ons-gezin/plan").body.find(words), std::string::npos);
  // A family member, and a professional on an unknown item: not found.
  EXPECT_EQ(marloes->Get(path + "?soort=plan_comment&item=" + comment_id).status, 404u);
  EXPECT_EQ(lead_->Get(path + "?soort=plan_comment&item=pcm_x").status, 404u);
}

TEST_F(WithholdItems, AChildsWordsAreWithheldFromAParentNeverFromTheChild) {
  const json::value overview = Overview(*lead_, family_id_);
  const std::string marloes_id = MemberId(overview, "Marloes");
  const std::string lotte_id = MemberId(overview, "Lotte");
  std::string voice_id;
  std::string words;
  for (const auto& c : Arr(Get(*lead_, "/child-voice"), "children")) {
    if (Str(Field(c, "child"), "name") != "Lotte Kramer") continue;
    voice_id = Str(Arr(c, "voices")[0], "id");
    words = Str(Arr(c, "voices")[0], "good_things");
  }
  ASSERT_FALSE(voice_id.empty());
  auto marloes = LogInFamily(kMarloes);
  auto lotte = LogInFamily(kLotte);
  ASSERT_NE(marloes->Get(Base() + "/child-voice").body.find(words), std::string::npos);
  // Never from the child herself, nor from the whole household (which holds her).
  EXPECT_EQ(Problems(Withhold(*lead_, Body("child_voice", voice_id, lotte_id))),
            std::vector<std::string>{"member_id:own_words_of_child"});
  auto all = Body("child_voice", voice_id, "");
  all.erase("member_id");
  all["whole_household"] = true;
  EXPECT_EQ(Problems(Withhold(*lead_, all)),
            std::vector<std::string>{"whole_household:own_words_of_child"});
  EXPECT_NE(marloes->Get(Base() + "/child-voice").body.find(words), std::string::npos);
  // From her mother, to protect her.
  HttpResponse held = Withhold(*lead_, Body("child_voice", voice_id, marloes_id));
  ASSERT_EQ(held.status, 201u) << held.Describe();
  for (const std::string& route :
       {Base() + "/child-voice", std::string("/ons-gezin/eigen-woorden")}) {
    HttpResponse r = marloes->Get(route);
    EXPECT_EQ(r.status, 200u) << route;
    EXPECT_EQ(r.body.find(words), std::string::npos) << route;
  }
  EXPECT_NE(marloes->Get("/ons-gezin/eigen-woorden").body.find("Dit kunt u nu niet lezen."),
            std::string::npos);
  EXPECT_NE(lotte->Get(Base() + "/child-voice").body.find(words), std::string::npos);
  EXPECT_NE(lotte->Get("/ons-gezin/eigen-woorden").body.find(words), std::string::npos);
}

TEST_F(WithholdItems, AProfessionalWhoNarrowsTheSharingSaysWhyAndTheChildReadsIt) {
  std::string voice_id;
  for (const auto& c : Arr(Get(*lead_, "/child-voice"), "children")) {
    if (Str(Field(c, "child"), "name") == "Lotte Kramer") voice_id = Str(Arr(c, "voices")[0], "id");
  }
  ASSERT_FALSE(voice_id.empty());
  const std::string path = Base() + "/child-voice/" + voice_id + "/sharing";
  EXPECT_EQ(Problems(lead_->PostJson(path, json::object{{"share", "professionals"}})),
            std::vector<std::string>{"reason:required"});
  auto lotte = LogInFamily(kLotte);
  for (const auto& c : Arr(Get(*lotte, "/child-voice"), "children")) {
    for (const auto& v : Arr(c, "voices")) EXPECT_EQ(Str(v, "share"), "members");
  }
  const std::string why = "Je moeder heeft het nu heel zwaar; we praten er eerst samen over.";
  HttpResponse narrowed =
      lead_->PostJson(path, json::object{{"share", "professionals"}, {"reason", why}});
  ASSERT_EQ(narrowed.status, 200u) << narrowed.Describe();
  bool seen = false;
  for (const auto& c : Arr(Get(*lotte, "/child-voice"), "children")) {
    for (const auto& v : Arr(c, "voices")) {
      if (Str(v, "id") != voice_id) continue;
      EXPECT_EQ(Str(v, "share"), "professionals");
      EXPECT_EQ(Str(v, "sharing_reason"), why);
      seen = true;
    }
  }
  EXPECT_TRUE(seen);
  EXPECT_NE(lotte->Get("/ons-gezin/eigen-woorden").body.find("we praten er eerst samen over"),
            std::string::npos);
}

TEST_F(WithholdItems, ASafetyMapStrengthAndAMeetingAgreementShowAsPlaceholders) {
  const std::string marloes_id = MemberId(Overview(*lead_, family_id_), "Marloes");
  const json::value map = Get(*lead_, "/safety-map");
  ASSERT_FALSE(Arr(map, "strengths").empty());
  const std::string strength_id = Str(Arr(map, "strengths")[0], "id");
  const std::string strength = Str(Arr(map, "strengths")[0], "words");
  std::string agreement_id;
  std::string agreement;
  for (const auto& m : Arr(Get(*lead_, "/meetings"), "meetings")) {
    const auto& o = m.as_object();
    if (!o.contains("record") || !o.at("record").is_object()) continue;
    for (const auto& a : Arr(o.at("record"), "agreements")) {
      if (agreement_id.empty()) {
        agreement_id = Str(a, "id");
        agreement = Str(a, "words");
      }
    }
  }
  ASSERT_FALSE(agreement_id.empty());
  // Kinds do not mix: a strength is not an agreement.
  EXPECT_EQ(Withhold(*lead_, Body("meeting_agreement", strength_id, marloes_id)).status, 404u);
  ASSERT_EQ(Withhold(*lead_, Body("safety_map_item", strength_id, marloes_id)).status, 201u);
  ASSERT_EQ(Withhold(*lead_, Body("meeting_agreement", agreement_id, marloes_id)).status, 201u);
  auto marloes = LogInFamily(kMarloes);
  auto lotte = LogInFamily(kLotte);
  for (const std::string& route : {Base() + "/safety-map", std::string("/ons-gezin/veiligheid")}) {
    HttpResponse r = marloes->Get(route);
    EXPECT_EQ(r.status, 200u) << route;
    EXPECT_EQ(r.body.find(strength), std::string::npos) << route;
    EXPECT_NE(lotte->Get(route).body.find(strength), std::string::npos) << route;
  }
  for (const std::string& route : {Base() + "/meetings", std::string("/ons-gezin/overleg")}) {
    HttpResponse r = marloes->Get(route);
    EXPECT_EQ(r.status, 200u) << route;
    EXPECT_EQ(r.body.find(agreement), std::string::npos) << route;
    EXPECT_TRUE(r.body.find("\"withheld\"") != std::string::npos ||
                r.body.find("Dit kunt u nu niet lezen.") != std::string::npos)
        << route;
  }
}

// A worry withheld from Marloes is not hers to answer or to disagree with, also not over the
// API: the same answer as for a worry that does not exist, and nothing is written. Nor does the
// lead take down an answer for Mees (7) to a worry withheld from him.
TEST_F(WithholdItems, AWithheldWorryIsNotTheMembersToScoreOrDisagreeWith) {
  const json::value overview = Overview(*lead_, family_id_);
  const std::string marloes_id = MemberId(overview, "Marloes");
  const std::string mees_id = MemberId(overview, "Mees");
  HttpResponse added = lead_->PostJson(
      Base() + "/safety-map/dangers", json::object{{"who_worried", "De buren"},
                                                   {"worry", "Zorg 5512 over de avonden."},
                                                   {"if_nothing_changes", "Het blijft onrustig."}});
  ASSERT_EQ(added.status, 201u) << added.Describe();
  const std::string worry = Str(ParseJson(added), "id");
  ASSERT_EQ(lead_->PostJson(Base() + "/safety-map/rounds", json::object{}).status, 201u);
  for (const std::string& member : {marloes_id, mees_id}) {
    HttpResponse held = Withhold(*lead_, Body("safety_map_item", worry, member));
    ASSERT_EQ(held.status, 201u) << held.Describe();
  }
  const auto answers = [&] {
    std::size_t n = 0;
    for (const auto& d : Arr(Get(*lead_, "/safety-map"), "dangers")) {
      for (const auto& x : Arr(d, "series")) {
        for (const auto& a : Arr(x, "answers")) n += Field(a, "score").is_null() ? 0 : 1;
      }
      n += Arr(d, "disagreements").size();
    }
    return n;
  };
  const std::size_t before = answers();
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(Problems(marloes->PostJson(Base() + "/safety-map/scores",
                                       json::object{{"danger_id", worry}, {"score", 3}})),
            std::vector<std::string>{"danger_id:unknown_id"});
  EXPECT_EQ(
      Problems(marloes->PostJson(Base() + "/safety-map/disagreements",
                                 json::object{{"danger_id", worry}, {"words", "Niet waar."}})),
      std::vector<std::string>{"danger_id:unknown_id"});
  EXPECT_EQ(
      Problems(lead_->PostJson(
          Base() + "/safety-map/disagreements",
          json::object{{"danger_id", worry}, {"member_id", marloes_id}, {"words", "Niet waar."}})),
      std::vector<std::string>{"member_id:withheld_from_member"});
  EXPECT_EQ(Problems(lead_->PostJson(
                Base() + "/safety-map/scores",
                json::object{{"danger_id", worry}, {"score", 6}, {"recorded_for", mees_id}})),
            std::vector<std::string>{"recorded_for:withheld_from_member"});
  EXPECT_EQ(answers(), before);
  // Lotte, from whom it is not withheld, answers it.
  auto lotte = LogInFamily(kLotte);
  EXPECT_EQ(lotte
                ->PostJson(Base() + "/safety-map/scores",
                           json::object{{"danger_id", worry}, {"score", 5}})
                .status,
            201u);
  EXPECT_EQ(answers(), before + 1);
}

// The lead answers an objection to a withheld item on the item's withhold page (reached from
// Mijn werk): without a choice the page comes back with what was typed; Marloes reads on her
// own page that she objected and, once answered, the answer, and may object again then.
TEST_F(WithholdItems, AnObjectionToAWithheldItemIsAnsweredOnItsWithholdPage) {
  HttpResponse comment =
      lead_->PostJson(Base() + "/plan/comments",
                      json::object{{"version", 2}, {"words", "Zin 9043 voor het team."}});
  ASSERT_EQ(comment.status, 201u) << comment.Describe();
  const std::string comment_id = Str(ParseJson(comment), "id");
  const std::string marloes_id = MemberId(Overview(*lead_, family_id_), "Marloes");
  // The duo decides, so that the lead (not the one who decided) answers.
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  HttpResponse held = Withhold(*duo, Body("plan_comment", comment_id, marloes_id));
  ASSERT_EQ(held.status, 201u) << held.Describe();
  const std::string withholding_id = Str(ParseJson(held), "id");
  auto marloes = LogInFamily(kMarloes);
  HttpResponse objection =
      marloes->PostJson(Base() + "/withholdings/" + withholding_id + "/objections",
                        json::object{{"text", "Ik wil het plan helemaal lezen."}});
  ASSERT_EQ(objection.status, 201u) << objection.Describe();
  const std::string objection_id = Str(ParseJson(objection), "id");
  HttpResponse mine = marloes->Get("/ons-gezin/plan");
  EXPECT_NE(mine.body.find("Ik wil het plan helemaal lezen."), std::string::npos);
  EXPECT_NE(mine.body.find("Uw bezwaar is nog niet beantwoord."), std::string::npos);
  EXPECT_EQ(mine.body.find("/ons-gezin/achterhoudingen/" + withholding_id + "/bezwaar"),
            std::string::npos);

  // Mijn werk links to the withhold page of the comment, not to an entry's anchor.
  const std::string page_path =
      "/gezinnen/" + family_id_ + "/achterhouden?soort=plan_comment&item=" + comment_id;
  HttpResponse work = lead_->Get("/mijn-werk");
  ASSERT_EQ(work.status, 200u);
  EXPECT_NE(work.body.find("/gezinnen/" + family_id_ +
                           "/achterhouden?soort=plan_comment&amp;item=" + comment_id),
            std::string::npos);
  HttpResponse page = lead_->Get(page_path);
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Ik wil het plan helemaal lezen."), std::string::npos);
  const std::string action = "/gezinnen/" + family_id_ + "/bezwaren/" + objection_id + "/antwoord";
  ASSERT_NE(page.body.find(action), std::string::npos);
  const std::string csrf = CsrfIn(page.body);
  HttpResponse bad = lead_->PostForm(action,
                                     {{"_csrf", csrf},
                                      {"soort", "plan_comment"},
                                      {"item", comment_id},
                                      {"antwoord", "Antwoord 6671 zonder keuze."}},
                                     {});
  EXPECT_EQ(bad.status, 400u);
  EXPECT_NE(bad.body.find("Antwoord 6671 zonder keuze."), std::string::npos);
  // The problem beside the yes-or-no choice of this objection's form.
  EXPECT_NE(bad.body.find("id=\"antwoord-" + objection_id + "-gegrond-fout\""), std::string::npos);
  EXPECT_NE(marloes->Get("/ons-gezin/plan").body.find("Uw bezwaar is nog niet beantwoord."),
            std::string::npos);
  HttpResponse ok =
      lead_->PostForm(action,
                      {{"_csrf", csrf},
                       {"soort", "plan_comment"},
                       {"item", comment_id},
                       {"gegrond", "nee"},
                       {"antwoord", "Het gaat over een ander en blijft nog even weg."}},
                      {});
  ASSERT_EQ(ok.status, 303u) << ok.Describe();
  EXPECT_NE(ok.Header("location").find("opgeslagen=1"), std::string::npos);
  // The same on the API and in her copy: her objection and its answer beside the withholding.
  for (const std::string& route : {Base() + "/plan", std::string("/ons-gezin/download.json")}) {
    HttpResponse api = marloes->Get(route);
    ASSERT_EQ(api.status, 200u) << route;
    json::value plan = ParseJson(api);
    if (route.ends_with(".json")) plan = Field(plan, "plan");
    bool seen = false;
    for (const auto& c : Arr(plan, "comments")) {
      if (Str(c, "id") != comment_id) continue;
      ASSERT_EQ(Arr(c, "withheld").size(), 1u) << route;
      const auto& objections = Arr(Arr(c, "withheld")[0], "objections");
      ASSERT_EQ(objections.size(), 1u) << route;
      EXPECT_EQ(Str(objections[0], "text"), "Ik wil het plan helemaal lezen.");
      EXPECT_EQ(Str(objections[0], "status"), "rejected");
      EXPECT_EQ(Str(objections[0], "answer"), "Het gaat over een ander en blijft nog even weg.");
      seen = true;
    }
    EXPECT_TRUE(seen) << route;
  }
  mine = marloes->Get("/ons-gezin/plan");
  EXPECT_EQ(mine.body.find("Zin 9043"), std::string::npos);
  EXPECT_NE(mine.body.find("Het gaat over een ander en blijft nog even weg."), std::string::npos);
  EXPECT_NE(mine.body.find("/ons-gezin/achterhoudingen/" + withholding_id + "/bezwaar"),
            std::string::npos);

  // Lifted on the same page: she reads it.
  const std::string lift =
      "/gezinnen/" + family_id_ + "/achterhoudingen/" + withholding_id + "/opheffen";
  HttpResponse lifted = lead_->PostForm(
      lift, {{"_csrf", csrf}, {"soort", "plan_comment"}, {"item", comment_id}, {"reden", "Klaar."}},
      {});
  ASSERT_EQ(lifted.status, 303u) << lifted.Describe();
  EXPECT_NE(marloes->Get("/ons-gezin/plan").body.find("Zin 9043"), std::string::npos);
  // Marloes never reaches the withhold page.
  EXPECT_EQ(marloes->Get(page_path).status, 404u);
}

// One click on an agreement of a past meeting opens Marloes's plan form with it as a new action;
// an agreement withheld from her is never put in her form.
TEST_F(WithholdItems, AnAgreementGoesIntoTheFamilysPlanFormUnlessItIsWithheld) {
  const std::string marloes_id = MemberId(Overview(*lead_, family_id_), "Marloes");
  std::vector<std::pair<std::string, std::string>> agreements;  // id, words
  for (const auto& m : Arr(Get(*lead_, "/meetings"), "meetings")) {
    const auto& o = m.as_object();
    if (!o.contains("record") || !o.at("record").is_object()) continue;
    for (const auto& a : Arr(o.at("record"), "agreements")) {
      agreements.emplace_back(Str(a, "id"), Str(a, "words"));
    }
  }
  ASSERT_GE(agreements.size(), 2u);
  auto marloes = LogInFamily(kMarloes);
  HttpResponse meetings = marloes->Get("/ons-gezin/overleg");
  ASSERT_EQ(meetings.status, 200u);
  const std::string link = "/ons-gezin/plan?afspraak=" + agreements[0].first;
  EXPECT_NE(meetings.body.find(link), std::string::npos);
  HttpResponse form = marloes->Get(link);
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("De afspraak uit het overleg staat hieronder"), std::string::npos);
  EXPECT_NE(form.body.find("value=\"" + agreements[0].second + "\""), std::string::npos);

  ASSERT_EQ(Withhold(*lead_, Body("meeting_agreement", agreements[1].first, marloes_id)).status,
            201u);
  EXPECT_EQ(marloes->Get("/ons-gezin/overleg")
                .body.find("/ons-gezin/plan?afspraak=" + agreements[1].first),
            std::string::npos);
  HttpResponse refused = marloes->Get("/ons-gezin/plan?afspraak=" + agreements[1].first);
  ASSERT_EQ(refused.status, 200u);
  EXPECT_EQ(refused.body.find(agreements[1].second), std::string::npos);
  EXPECT_EQ(refused.body.find("De afspraak uit het overleg staat hieronder"), std::string::npos);
  // The lead writes no plan: no such link on the professional's meeting page.
  EXPECT_EQ(lead_->Get("/gezinnen/" + family_id_ + "/overleg").body.find("?afspraak="),
            std::string::npos);
}

}  // namespace
}  // namespace stip::e2e
