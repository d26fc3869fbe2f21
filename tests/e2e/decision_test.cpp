// End-to-end (issue 12 items 1, 2 and 7): decisions over HTTP. The demo's past decision with
// its second opinion; the second-opinion rule as the server enforces it (missing, given by the
// decider, voided by a change); the family's view while it is shared and not after; who may
// read and act; bad input is a 400 with the fields and changes nothing; the pages keep what was
// typed; and no route or page carries a score, a prediction or a ranking.
#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

inline constexpr std::string_view kScientistUser = "gedragswetenschapper";  // Femke Hendriks

std::string CsrfIn(const std::string& html) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex("name=\"_csrf\" value=\"([^\"]+)\""))) return m[1];
  ADD_FAILURE() << "no _csrf field on the page";
  return "";
}

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

// Nothing computed about the family: no key of the JSON names a score, a risk, a prediction,
// a ranking or a number made from others.
void ExpectNoScore(const json::value& v) {
  std::vector<std::string> keys;
  Keys(v, keys);
  for (const auto& k : keys) {
    for (const char* bad : {"score", "risk", "predict", "rank", "probab", "average", "mean",
                            "total", "sum", "weight"}) {
      EXPECT_EQ(k.find(bad), std::string::npos) << k;
    }
  }
}

// A page: the same words, in Dutch and English, nowhere in what it shows.
void ExpectNoScoreOnPage(const std::string& html) {
  std::string lower = html;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* bad : {"score", "risico", "risk", "voorspel", "predict", "rangorde", "ranking",
                          "gemiddeld", "average", "kans op"}) {
    EXPECT_EQ(lower.find(bad), std::string::npos) << bad;
  }
}

class DecisionFlow : public FamilyE2eTest {
 protected:
  void SetUp() override {
    FamilyE2eTest::SetUp();
    scientist_ = NewClient();
    LogIn(*scientist_, kScientistUser);
    const json::value past = Arr(List(*lead_), "decisions").at(0);
    lead_id_ = Str(Field(past, "decider"), "id");
    scientist_id_ = Str(Field(Arr(past, "second_opinions").at(0), "by"), "id");
    for (const auto& c : Arr(past, "children")) children_.push_back(Str(Field(c, "member"), "id"));
  }

  std::string Path() const { return "/api/v1/families/" + family_id_ + "/decisions"; }
  json::value List(HttpClient& who) {
    HttpResponse r = who.Get(Path());
    EXPECT_EQ(r.status, 200u) << r.Describe();
    return ParseJson(r);
  }
  // The decision `id` as the lead reads it.
  json::value One(const std::string& id) {
    for (const auto& d : Arr(List(*lead_), "decisions")) {
      if (Str(d, "id") == id) return d;
    }
    ADD_FAILURE() << "no decision " << id;
    return json::object{};
  }
  json::object Body(const std::string& what, const std::string& decider) const {
    json::array children;
    for (const auto& c : children_) {
      children.push_back(json::object{{"member_id", c}, {"heard", true}, {"how", "Apart."}});
    }
    return json::object{
        {"kind", "request_measure"},
        {"what", what},
        {"legal_ground", "BW 1:255"},
        {"facts", json::array{json::object{{"text", "Mees was drie keer bij ruzie."},
                                           {"source", "School van Mees"},
                                           {"date", "2026-01-12"}}}},
        {"opinions", json::array{json::object{{"text", "Hulp alleen is niet genoeg."},
                                              {"whose", "Sanne de Wit"}}}},
        {"alternatives",
         json::array{json::object{{"what", "Vrijwillige hulp"}, {"why_not", "Niet genoeg."}}}},
        {"present", json::array{"Marloes Veldhoven", "Sanne de Wit"}},
        {"children", std::move(children)},
        {"decider", decider}};
  }
  // Drafts and shares a heavy decision; returns its id.
  std::string DraftShared(const std::string& what, const std::string& decider) {
    HttpResponse drafted = lead_->PostJson(Path(), Body(what, decider));
    EXPECT_EQ(drafted.status, 201u) << drafted.Describe();
    const std::string id = Str(ParseJson(drafted), "id");
    HttpResponse shared = lead_->PostJson(Path() + "/" + id + "/share", json::object{});
    EXPECT_EQ(shared.status, 200u) << shared.Describe();
    return id;
  }
  HttpResponse Opinion(HttpClient& who, const std::string& id, const std::string& verdict) {
    return who.PostJson(Path() + "/" + id + "/second-opinions",
                        json::object{{"verdict", verdict}, {"reasons", "De feiten dragen het."}});
  }
  HttpResponse Take(const std::string& id) {
    return lead_->PostJson(Path() + "/" + id + "/take", json::object{});
  }

  std::unique_ptr<HttpClient> scientist_;
  std::string lead_id_, scientist_id_;
  std::vector<std::string> children_;
};

TEST_F(DecisionFlow, TheDemoHasAPastDecisionWithItsSecondOpinionAndTheFamilysWords) {
  const json::value all = List(*lead_);
  ASSERT_EQ(Arr(all, "decisions").size(), 1u);
  const json::value d = Arr(all, "decisions")[0];
  EXPECT_EQ(Str(d, "kind"), "end_contact");
  EXPECT_TRUE(Field(d, "heavy").as_bool());
  EXPECT_EQ(Str(d, "state"), "taken");
  EXPECT_EQ(Str(Field(d, "decider"), "name"), kLeadName);
  EXPECT_EQ(Str(Field(d, "taken_by"), "name"), kLeadName);
  EXPECT_EQ(Arr(d, "alternatives").size(), 2u);
  EXPECT_EQ(Arr(d, "children").size(), 3u);
  ASSERT_EQ(Arr(d, "views").size(), 1u);
  EXPECT_EQ(Str(Field(Arr(d, "views")[0], "member"), "name"), "Marloes Veldhoven");
  EXPECT_FALSE(Field(Arr(d, "views")[0], "recorded").as_bool());
  ASSERT_EQ(Arr(d, "second_opinions").size(), 1u);
  const json::value o = Arr(d, "second_opinions")[0];
  EXPECT_EQ(Str(Field(o, "by"), "name"), "Femke Hendriks");
  EXPECT_EQ(Str(o, "verdict"), "agree_with_conditions");
  EXPECT_TRUE(Field(o, "counts").as_bool());
  EXPECT_EQ(Str(o, "content_hash"), Str(d, "content_hash"));
  EXPECT_TRUE(Field(d, "not_yet").is_null() || Str(d, "state") == "taken");
  // The read is on the record, with its purpose.
  HttpResponse log = lead_->Get("/api/v1/families/" + family_id_ + "/access-log");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  EXPECT_NE(log.body.find("\"decisions\""), std::string::npos);
}

TEST_F(DecisionFlow, AHeavyDecisionWaitsForASecondOpinionOnTheVersionThatStands) {
  const std::string id = DraftShared("Een OTS vragen voor Lotte en Mees.", lead_id_);
  // Missing: 422, and nothing changed.
  HttpResponse early = Take(id);
  EXPECT_EQ(early.status, 422u) << early.Describe();
  EXPECT_NE(early.body.find("without a second opinion"), std::string::npos) << early.body;
  EXPECT_EQ(Str(One(id), "state"), "shared");
  EXPECT_NE(Str(One(id), "not_yet").find("second opinion"), std::string::npos);
  // The lead may not give it (not a behavioural scientist): 403.
  EXPECT_EQ(Opinion(*lead_, id, "agree").status, 403u);
  // Given on version 1, then the draft changes: the opinion is voided.
  ASSERT_EQ(Opinion(*scientist_, id, "agree").status, 201u);
  EXPECT_TRUE(Field(Arr(One(id), "second_opinions")[0], "counts").as_bool());
  HttpResponse revised = lead_->PostJson(Path() + "/" + id + "/versions",
                                         Body("Een OTS van een jaar vragen.", lead_id_));
  ASSERT_EQ(revised.status, 201u) << revised.Describe();
  EXPECT_EQ(Int(ParseJson(revised), "version"), 2);
  EXPECT_FALSE(Field(Arr(One(id), "second_opinions")[0], "counts").as_bool());
  HttpResponse voided = Take(id);
  EXPECT_EQ(voided.status, 422u) << voided.Describe();
  EXPECT_NE(voided.body.find("version 1"), std::string::npos) << voided.body;
  EXPECT_EQ(Str(One(id), "state"), "shared");
  // The same content again is no new version.
  EXPECT_EQ(lead_
                ->PostJson(Path() + "/" + id + "/versions",
                           Body("Een OTS van een jaar vragen.", lead_id_))
                .status,
            422u);
  // A new opinion on version 2 (a disagreement is a second opinion too): it can be taken.
  ASSERT_EQ(Opinion(*scientist_, id, "disagree").status, 201u);
  HttpResponse taken = Take(id);
  ASSERT_EQ(taken.status, 200u) << taken.Describe();
  const json::value d = One(id);
  EXPECT_EQ(Str(d, "state"), "taken");
  EXPECT_EQ(Int(d, "version"), 2);
  EXPECT_EQ(Arr(d, "second_opinions").size(), 2u);
  // Taken is taken: no new version, no second opinion, no take again.
  EXPECT_EQ(lead_->PostJson(Path() + "/" + id + "/versions", Body("Anders.", lead_id_)).status,
            422u);
  EXPECT_EQ(Opinion(*scientist_, id, "agree").status, 422u);
  EXPECT_EQ(Take(id).status, 422u);
}

TEST_F(DecisionFlow, TheDeciderCannotGiveTheSecondOpinion) {
  // Femke is named the decider: her own second opinion is refused, so it cannot be taken.
  const std::string id = DraftShared("Een uithuisplaatsing vragen.", scientist_id_);
  HttpResponse own = Opinion(*scientist_, id, "agree");
  EXPECT_EQ(own.status, 422u) << own.Describe();
  EXPECT_NE(own.body.find("decider cannot give the second opinion"), std::string::npos);
  EXPECT_TRUE(Arr(One(id), "second_opinions").empty());
  HttpResponse take = scientist_->PostJson(Path() + "/" + id + "/take", json::object{});
  EXPECT_EQ(take.status, 422u) << take.Describe();
  EXPECT_NE(take.body.find("without a second opinion"), std::string::npos);
  // The lead is not the decider here: 403.
  EXPECT_EQ(Take(id).status, 403u);
  EXPECT_EQ(Str(One(id), "state"), "shared");
}

TEST_F(DecisionFlow, TheFamilyWritesItsViewWhileSharedAndNotAfter) {
  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  HttpResponse drafted = lead_->PostJson(Path(), Body("Een OTS vragen.", lead_id_));
  ASSERT_EQ(drafted.status, 201u) << drafted.Describe();
  const std::string id = Str(ParseJson(drafted), "id");
  // A draft is not the family's yet: not in their list, no view on it.
  EXPECT_EQ(Arr(List(*marloes), "decisions").size(), 1u);
  HttpResponse early = marloes->PostJson(Path() + "/" + id + "/views",
                                         json::object{{"words", "Ik wil eerst praten."}});
  EXPECT_EQ(early.status, 404u) << early.Describe();
  ASSERT_EQ(lead_->PostJson(Path() + "/" + id + "/share", json::object{}).status, 200u);
  EXPECT_EQ(Arr(List(*marloes), "decisions").size(), 2u);
  // Her own words, unedited; someone else's view she may not write.
  HttpResponse other = marloes->PostJson(
      Path() + "/" + id + "/views",
      json::object{{"member_id", children_.front()}, {"words", "Namens mijn zoon."}});
  EXPECT_EQ(other.status, 400u);
  EXPECT_EQ(ErrorFields(other), (std::vector<std::string>{"member_id"}));
  const std::string words = "  Ik ben het er niet mee eens.\nIk doe mijn best!  ";
  HttpResponse view =
      marloes->PostJson(Path() + "/" + id + "/views", json::object{{"words", words}});
  ASSERT_EQ(view.status, 201u) << view.Describe();
  const json::value v = Arr(One(id), "views").at(0);
  EXPECT_EQ(Str(v, "words"), "Ik ben het er niet mee eens.\nIk doe mijn best!");
  EXPECT_FALSE(Field(v, "recorded").as_bool());
  // The lead takes one down with Ruben: marked as such.
  std::string ruben_id;
  for (const auto& m :
       Arr(ParseJson(marloes->Get("/api/v1/families/" + family_id_ + "/home")), "members")) {
    if (Str(m, "name") == "Ruben Kramer") ruben_id = Str(m, "id");
  }
  HttpResponse recorded = lead_->PostJson(
      Path() + "/" + id + "/views",
      json::object{{"member_id", ruben_id}, {"words", "Ik wil de kinderen blijven zien."}});
  ASSERT_EQ(recorded.status, 201u) << recorded.Describe();
  EXPECT_TRUE(Field(Arr(One(id), "views").at(1), "recorded").as_bool());
  EXPECT_EQ(Str(Field(Arr(One(id), "views").at(1), "recorded_by"), "name"), kLeadName);
  // Who reads: not Ruben (no custody: summary only), not an uninvolved colleague.
  EXPECT_EQ(ruben->Get(Path()).status, 403u);
  EXPECT_EQ(iris->Get(Path()).status, 404u);
  EXPECT_EQ(iris->PostJson(Path(), Body("x", lead_id_)).status, 404u);
  EXPECT_EQ(marloes->PostJson(Path(), Body("x", lead_id_)).status, 403u);
  // Taken (with a second opinion): a view is no longer written.
  ASSERT_EQ(Opinion(*scientist_, id, "agree").status, 201u);
  ASSERT_EQ(Take(id).status, 200u);
  HttpResponse late =
      marloes->PostJson(Path() + "/" + id + "/views", json::object{{"words", "Toch oneens."}});
  EXPECT_EQ(late.status, 422u) << late.Describe();
  EXPECT_EQ(Arr(One(id), "views").size(), 2u);
}

TEST_F(DecisionFlow, BadInputIsRefusedWithItsFieldsAndChangesNothing) {
  const std::size_t before = Arr(List(*lead_), "decisions").size();
  json::object bad = Body("Een OTS vragen.", lead_id_);
  bad["kind"] = "risk_score";
  bad["facts"] = json::array{json::object{
      {"text", "x"}, {"source", ""}, {"date", "2026-02-30"}, {"entry_id", "ent_nergens"}}};
  bad["alternatives"] = json::array{};
  bad["children"] = json::array{json::object{{"member_id", children_.front()}, {"how", ""}}};
  bad["decider"] = "usr_niemand";
  HttpResponse r = lead_->PostJson(Path(), bad);
  ASSERT_EQ(r.status, 400u) << r.Describe();
  std::vector<std::string> fields = ErrorFields(r);
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"alternatives", "children", "children",
                                              "children[0].how", "decider", "facts[0].date",
                                              "facts[0].entry_id", "facts[0].source", "kind"}));
  // Malformed JSON shapes: wrong types and unknown fields are named too.
  json::object shape = Body("Een OTS vragen.", lead_id_);
  shape["facts"] = "geen lijst";
  shape["score"] = 7;
  HttpResponse s = lead_->PostJson(Path(), shape);
  ASSERT_EQ(s.status, 400u) << s.Describe();
  fields = ErrorFields(s);
  EXPECT_NE(std::find(fields.begin(), fields.end(), "facts"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "score"), fields.end());
  EXPECT_EQ(Arr(List(*lead_), "decisions").size(), before);
  // A second opinion without a verdict or reasons; a view without words; an unknown decision.
  const std::string id = DraftShared("Een OTS vragen.", lead_id_);
  HttpResponse o = scientist_->PostJson(Path() + "/" + id + "/second-opinions",
                                        json::object{{"verdict", "maybe"}, {"reasons", " "}});
  ASSERT_EQ(o.status, 400u) << o.Describe();
  EXPECT_EQ(ErrorFields(o), (std::vector<std::string>{"verdict", "reasons"}));
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(marloes->PostJson(Path() + "/" + id + "/views", json::object{{"words", ""}}).status,
            400u);
  EXPECT_EQ(Take("bsl_nergens").status, 404u);
  const json::value d = One(id);
  EXPECT_TRUE(Arr(d, "second_opinions").empty());
  EXPECT_TRUE(Arr(d, "views").empty());
  EXPECT_EQ(Int(d, "version"), 1);
}

TEST_F(DecisionFlow, PagesKeepWhatWasTypedAndSayWhyATakeMustWait) {
  const std::string base = "/gezinnen/" + family_id_ + "/besluiten";
  HttpResponse page = lead_->Get(base);
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Femke Hendriks"), std::string::npos);
  EXPECT_NE(page.body.find("Ik vind het goed dat er iemand bij is."), std::string::npos);
  // A draft without alternatives: 400, the page again with the words kept and the field named.
  std::vector<std::pair<std::string, std::string>> form{{"_csrf", CsrfIn(page.body)},
                                                        {"soort", "request_measure"},
                                                        {"wat", "Mijn getypte voorstel"},
                                                        {"grond", "BW 1:255"},
                                                        {"feit_tekst_1", "Mees was bang"},
                                                        {"feit_bron_1", "School"},
                                                        {"feit_datum_1", "2026-01-12"},
                                                        {"aanwezig", "Marloes\nSanne"},
                                                        {"beslisser", lead_id_}};
  for (const auto& c : children_) {
    form.emplace_back("kind_gehoord_" + c, "ja");
    form.emplace_back("kind_hoe_" + c, "Apart");
  }
  HttpResponse missing = lead_->PostForm(base, form, {});
  EXPECT_EQ(missing.status, 400u) << missing.Describe();
  EXPECT_NE(missing.body.find("Mijn getypte voorstel"), std::string::npos);
  EXPECT_NE(missing.body.find("id=\"nieuw-alternatief-1-wat-fout\""), std::string::npos);
  form.emplace_back("alternatief_1", "Vrijwillige hulp");
  form.emplace_back("waarom_niet_1", "Niet genoeg");
  HttpResponse saved = lead_->PostForm(base, form, {});
  ASSERT_EQ(saved.status, 303u) << saved.Describe();
  const json::value d = Arr(List(*lead_), "decisions").back();
  EXPECT_EQ(Str(d, "what"), "Mijn getypte voorstel");
  EXPECT_EQ(Arr(d, "present").size(), 2u);
  const std::string id = Str(d, "id");
  ASSERT_EQ(lead_->PostForm(base + "/" + id + "/delen", {{"_csrf", CsrfIn(page.body)}}, {}).status,
            303u);
  HttpResponse wait =
      lead_->PostForm(base + "/" + id + "/nemen", {{"_csrf", CsrfIn(page.body)}}, {});
  EXPECT_EQ(wait.status, 422u) << wait.Describe();
  EXPECT_NE(wait.body.find("Dit kan nog niet"), std::string::npos);
  // The behavioural scientist's page: a verdict without reasons comes back with the field.
  HttpResponse own = scientist_->Get(base);
  ASSERT_EQ(own.status, 200u) << own.Describe();
  HttpResponse no_reasons = scientist_->PostForm(
      base + "/" + id + "/tegenspraak", {{"_csrf", CsrfIn(own.body)}, {"oordeel", "agree"}}, {});
  EXPECT_EQ(no_reasons.status, 400u) << no_reasons.Describe();
  EXPECT_NE(no_reasons.body.find("id=\"" + id + "-redenen-fout\""), std::string::npos);
  ASSERT_EQ(
      scientist_
          ->PostForm(base + "/" + id + "/tegenspraak",
                     {{"_csrf", CsrfIn(own.body)}, {"oordeel", "agree"}, {"redenen", "Klopt."}}, {})
          .status,
      303u);
  ASSERT_EQ(lead_->PostForm(base + "/" + id + "/nemen", {{"_csrf", CsrfIn(page.body)}}, {}).status,
            303u);
  // The family's page: plain words, what happens next; not the professionals' page.
  auto marloes = LogInFamily(kMarloes);
  HttpResponse family = marloes->Get("/ons-gezin/besluiten");
  ASSERT_EQ(family.status, 200u) << family.Describe();
  EXPECT_NE(family.body.find("Wat gebeurt er nu?"), std::string::npos);
  EXPECT_NE(family.body.find("Mijn getypte voorstel"), std::string::npos);
  EXPECT_EQ(marloes->Get(base).status, 404u);
  auto ruben = LogInFamily(kRuben);
  EXPECT_EQ(ruben->Get("/ons-gezin/besluiten").status, 403u);
}

// Issue 12 item 7: no computed score, prediction or ranking on any decision route or page, for
// any reader (the safety map's own test checks its routes the same way).
TEST_F(DecisionFlow, NoRouteOrPageCarriesAScore) {
  const std::string id = DraftShared("Een OTS vragen.", lead_id_);
  ASSERT_EQ(Opinion(*scientist_, id, "agree_with_conditions").status, 400u);  // no conditions
  ASSERT_EQ(Opinion(*scientist_, id, "agree").status, 201u);
  auto marloes = LogInFamily(kMarloes);
  auto lotte = LogInFamily(kLotte);
  for (HttpClient* who : {lead_.get(), scientist_.get(), marloes.get(), lotte.get()}) {
    ExpectNoScore(List(*who));
  }
  for (const auto& [who, path] : std::vector<std::pair<HttpClient*, std::string>>{
           {lead_.get(), "/gezinnen/" + family_id_ + "/besluiten"},
           {scientist_.get(), "/gezinnen/" + family_id_ + "/besluiten"},
           {marloes.get(), "/ons-gezin/besluiten"},
           {lotte.get(), "/ons-gezin/besluiten"}}) {
    HttpResponse page = who->Get(path);
    ASSERT_EQ(page.status, 200u) << path << " " << page.Describe();
    ExpectNoScoreOnPage(page.body);
  }
  // The answers of the state-changing routes carry nothing computed either.
  HttpResponse revised =
      lead_->PostJson(Path() + "/" + id + "/versions", Body("Een OTS van een jaar.", lead_id_));
  ASSERT_EQ(revised.status, 201u);
  ExpectNoScore(ParseJson(revised));
  HttpResponse view =
      marloes->PostJson(Path() + "/" + id + "/views", json::object{{"words", "Nee."}});
  ASSERT_EQ(view.status, 201u);
  ExpectNoScore(ParseJson(view));
}

// Issue 12 item 4: the family reads their rights with a heavy decision, over the API and on
// their page; a written instruction, once taken, shows the 2 weeks to ask the judge to annul it
// without a date (they run from the day the parent received it, which Stip does not know), every
// legal term linked to the glossary.
TEST_F(DecisionFlow, TheFamilyReadsItsRightsWithAHeavyDecision) {
  auto marloes = LogInFamily(kMarloes);
  // The demo's past decision (ending contact) carries the AKJ, complaints and the inspectorate.
  const json::value past = Arr(List(*marloes), "decisions").at(0);
  std::vector<std::string> ids;
  for (const auto& r : Arr(past, "rights")) ids.push_back(Str(r, "id"));
  for (const char* id : {"vertrouwenspersoon", "klacht", "inspectie"}) {
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
  }
  // A written instruction, taken today.
  json::object body = Body("Mees gaat elke dag naar school; u brengt hem.", lead_id_);
  body["kind"] = "written_instruction";
  body["legal_ground"] = "BW 1:263";
  HttpResponse drafted = lead_->PostJson(Path(), body);
  ASSERT_EQ(drafted.status, 201u) << drafted.Describe();
  const std::string id = Str(ParseJson(drafted), "id");
  ASSERT_EQ(lead_->PostJson(Path() + "/" + id + "/share", json::object{}).status, 200u);
  ASSERT_EQ(Opinion(*scientist_, id, "agree").status, 201u);
  ASSERT_EQ(Take(id).status, 200u);
  json::value annul;
  std::string taken_at;
  for (const auto& d : Arr(List(*marloes), "decisions")) {
    if (Str(d, "id") != id) continue;
    taken_at = Str(d, "taken_at");
    for (const auto& r : Arr(d, "rights")) {
      if (Str(r, "id") == "aanwijzing_laten_vervallen") annul = r;
    }
  }
  ASSERT_TRUE(annul.is_object());
  EXPECT_EQ(Str(annul, "source"), "BW 1:263-264");
  EXPECT_TRUE(!annul.as_object().contains("deadline") || annul.at("deadline").is_null() ||
              Str(annul, "deadline").empty())
      << "no date counted from the day it was taken in Stip";
  EXPECT_FALSE(taken_at.empty());
  HttpResponse page = marloes->Get("/ons-gezin/besluiten");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  for (const char* text :
       {"Uw rechten", "De rechter vragen een aanwijzing te laten vervallen", "binnen 2 weken",
        "href=\"/begrippen#schriftelijke-aanwijzing\"", "rechtspraak.nl"}) {
    EXPECT_NE(page.body.find(text), std::string::npos) << text;
  }
  ExpectNoScoreOnPage(page.body);
}

}  // namespace
}  // namespace stip::e2e
