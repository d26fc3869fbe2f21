// End-to-end: the HTML forms on the entry cards, without JavaScript. The parent reacts and asks
// for a correction on "Ons gezin"; the lead answers it on the family file page; the lead
// withholds an entry, the parent sees the placeholder and objects, the duo answers; and bad
// submissions get a 4xx and change nothing.
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

constexpr std::string_view kMarloes = "marloes@example.org";  // parent with custody
constexpr std::string_view kMarloesName = "Marloes Veldhoven";

std::string CsrfField(const std::string& html) {
  static const std::regex kCsrf(R"re(name="_csrf"\s+value="([^"]+)")re");
  std::smatch m;
  return std::regex_search(html, m, kCsrf) ? m[1].str() : std::string();
}

// The first capture of `pattern` in `html` ("" when absent).
std::string Find(const std::string& html, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(html, m, std::regex(pattern)) ? m[1].str() : std::string();
}

// The HTML of one entry card (from its <li id="aantekening-..."> to its end), "" when absent.
std::string Card(const std::string& html, const std::string& entry_id) {
  const std::size_t start = html.find("id=\"aantekening-" + entry_id + "\"");
  if (start == std::string::npos) return {};
  const std::size_t end = html.find("</article>", start);
  return html.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// `text` as the templates write it into HTML.
std::string Escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool Has(const std::string& html, std::string_view part) {
  return html.find(part) != std::string::npos;
}

// Every id on the page is unique, and every label and aria-describedby points at one.
void ExpectIdsHold(const std::string& html, const std::string& what) {
  std::set<std::string> ids;
  static const std::regex kId(R"re(\sid="([^"]+)")re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kId); it != std::sregex_iterator();
       ++it) {
    EXPECT_TRUE(ids.insert((*it)[1].str()).second) << what << ": duplicate id " << (*it)[1];
  }
  static const std::regex kRef(R"re(\s(?:for|aria-describedby|aria-labelledby)="([^"]+)")re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kRef); it != std::sregex_iterator();
       ++it) {
    std::istringstream refs((*it)[1].str());
    for (std::string ref; refs >> ref;) {
      EXPECT_TRUE(ids.count(ref)) << what << ": nothing has the id " << ref;
    }
  }
}

class EntryFormsTest : public E2eTest {
 protected:
  void SetUp() override { ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead_, family_)); }

  std::string FamilyPath() const { return "/gezinnen/" + family_; }

  std::string Page(HttpClient& client, const std::string& path) {
    HttpResponse r = client.Get(path);
    EXPECT_EQ(r.status, 200u) << r.Describe();
    return r.body;
  }

  std::string MemberId(const std::string& name) {
    for (const auto& m : Arr(Overview(*lead_, family_), "members")) {
      if (Str(m, "name") == name) return Str(m, "id");
    }
    ADD_FAILURE() << "no member " << name;
    return {};
  }

  // A new entry for the whole household, added by the lead over the API.
  std::string AddEntry(const std::string& text) {
    HttpResponse r = lead_->PostJson("/api/v1/families/" + family_ + "/entries",
                                     EntryBody(text, "fact", "Veilig Thuis"));
    EXPECT_EQ(r.status, 201u) << r.Describe();
    return Str(ParseJson(r), "id");
  }

  std::int64_t Head() { return Int(Overview(*lead_, family_), "head_seq"); }

  // A family member's browser: the session cookie, and the CSRF token only from the forms.
  std::unique_ptr<HttpClient> FamilyBrowser(std::string_view contact) {
    auto client = LogInFamily(contact);
    client->SetDefaultHeader("X-CSRF-Token", "");
    return client;
  }

  std::unique_ptr<HttpClient> lead_;
  std::string family_;
};

TEST_F(EntryFormsTest, TheParentReactsAndTheLeadAcceptsTheCorrection) {
  auto marloes = FamilyBrowser(kMarloes);
  std::string home = Page(*marloes, "/ons-gezin");
  const std::string entry = Find(
      home,
      R"re(<form class="stip-reaction-form" method="post" action="/ons-gezin/aantekeningen/([^"/]+)/reacties">)re");
  ASSERT_FALSE(entry.empty()) << "a reaction form on Ons gezin";
  const std::string action = "/ons-gezin/aantekeningen/" + entry + "/reacties";
  const std::string csrf = CsrfField(home);
  std::string old_text;
  for (const auto& e : Arr(Overview(*lead_, family_), "entries")) {
    if (Str(e, "id") == entry) old_text = Str(e, "text");
  }
  ASSERT_FALSE(old_text.empty()) << "the entry is on the lead's first page";

  HttpResponse understood =
      marloes->PostForm(action, {{"_csrf", csrf}, {"soort", "understood"}, {"tekst", ""}});
  ASSERT_EQ(understood.status, 303u) << understood.Describe();
  EXPECT_EQ(understood.Header("location"), "/ons-gezin#aantekening-" + entry);
  const std::string wrong = "Het gesprek was op dinsdag, niet op maandag.";
  HttpResponse request = marloes->PostForm(
      action, {{"_csrf", csrf}, {"soort", "correction_request"}, {"tekst", wrong}});
  ASSERT_EQ(request.status, 303u) << request.Describe();

  std::string card = Card(Page(*marloes, "/ons-gezin"), entry);
  EXPECT_TRUE(Has(card, "<strong>Dit klopt</strong>")) << card;
  // The file page (a parent may open it too) shows the same card; her form goes to Ons gezin.
  const std::string file_card = Card(Page(*marloes, FamilyPath()), entry);
  EXPECT_TRUE(Has(file_card, "<strong>Correctie gevraagd</strong>"));
  EXPECT_TRUE(Has(file_card, "action=\"" + action + "\""));
  EXPECT_FALSE(Has(file_card, "/achterhouden\"")) << "no professional forms for her";
  EXPECT_TRUE(Has(card, "<strong>Correctie gevraagd</strong>"));
  EXPECT_TRUE(Has(card, wrong));
  EXPECT_TRUE(Has(card, "Nog niet beantwoord. Het antwoord komt uiterlijk op"));
  // Next to the entry in the download and the API too.
  for (const std::string& target :
       {std::string("/ons-gezin/download.json"), "/api/v1/families/" + family_ + "/home"}) {
    HttpResponse r = marloes->Get(target);
    ASSERT_EQ(r.status, 200u) << r.Describe();
    bool found = false;
    for (const auto& e : Arr(ParseJson(r), "entries")) {
      if (Str(e, "id") != entry) continue;
      found = true;
      EXPECT_EQ(Arr(e, "reactions").size(), 2u) << target;
    }
    EXPECT_TRUE(found) << target;
  }

  // The lead sees the open request at the top of the file and accepts it with the form.
  std::string page = Page(*lead_, FamilyPath());
  EXPECT_TRUE(Has(page, "Open correctieverzoeken"));
  EXPECT_LT(page.find("Open correctieverzoeken"), page.find("id=\"aantekeningen\""));
  EXPECT_TRUE(Has(page, wrong));
  ExpectIdsHold(page, "lead with an open correction request");
  const std::string answer_action =
      Find(page, "action=\"(" + FamilyPath() + "/correcties/[^\"/]+/antwoord)\"");
  ASSERT_FALSE(answer_action.empty()) << page;
  const std::string fixed = "Het gesprek was op dinsdag.";
  HttpResponse answered = lead_->PostForm(answer_action, {{"_csrf", CsrfField(page)},
                                                          {"aanvaard", "ja"},
                                                          {"antwoord", "U heeft gelijk."},
                                                          {"tekst", fixed}});
  ASSERT_EQ(answered.status, 303u) << answered.Describe();
  const std::string correction =
      Find(answered.Header("location"), FamilyPath() + "#aantekening-(.+)$");
  ASSERT_FALSE(correction.empty()) << answered.Header("location");

  // Both pages: the old entry stays, marked corrected; the new one says what it corrects.
  for (const auto& [client, path] : {std::pair{lead_.get(), FamilyPath()},
                                     std::pair{marloes.get(), std::string("/ons-gezin")}}) {
    const std::string html = Page(*client, path);
    const std::string old_card = Card(html, entry);
    EXPECT_TRUE(Has(old_card, "Gecorrigeerd")) << path;
    EXPECT_TRUE(Has(old_card, Escaped(old_text))) << path;
    EXPECT_TRUE(Has(old_card, "#aantekening-" + correction + "\"")) << path;
    EXPECT_TRUE(Has(old_card, "Verbeterd. Besloten door Sanne de Wit")) << path;
    const std::string new_card = Card(html, correction);
    EXPECT_TRUE(Has(new_card, "Correctie van een eerdere aantekening")) << path;
    EXPECT_TRUE(Has(new_card, fixed)) << path;
    EXPECT_TRUE(Has(new_card, "#aantekening-" + entry + "\"")) << path;
    EXPECT_FALSE(Has(html, "Open correctieverzoeken")) << path;
  }
}

TEST_F(EntryFormsTest, TheLeadWithholdsTheParentObjectsAndTheDuoAnswers) {
  const std::string secret = "De melding kwam van de buurvrouw op nummer 12.";
  const std::string entry = AddEntry(secret);
  const std::string marloes_id = MemberId(std::string(kMarloesName));
  std::string page = Page(*lead_, FamilyPath());
  const std::string action = FamilyPath() + "/aantekeningen/" + entry + "/achterhouden";
  ASSERT_TRUE(Has(page, "action=\"" + action + "\""));
  HttpResponse made = lead_->PostForm(action, {{"_csrf", CsrfField(page)},
                                               {"lid", marloes_id},
                                               {"grond", "protects_third_person"},
                                               {"reden", "Hierin staat wie de zorg meldde."},
                                               {"herzien_op", "2099-01-01"},
                                               {"reden_beperking", "Alleen Marloes."}});
  ASSERT_EQ(made.status, 303u) << made.Describe();
  EXPECT_EQ(made.Header("location"), FamilyPath() + "#aantekening-" + entry);
  std::string card = Card(Page(*lead_, FamilyPath()), entry);
  EXPECT_TRUE(Has(card, "Achtergehouden voor Marloes Veldhoven")) << card;
  EXPECT_TRUE(Has(card, "Van kracht."));

  // The parent: the placeholder in plain Dutch, never the text, and the objection form.
  auto marloes = FamilyBrowser(kMarloes);
  std::string home = Page(*marloes, "/ons-gezin");
  EXPECT_FALSE(Has(home, "buurvrouw op nummer 12"));
  card = Card(home, entry);
  EXPECT_TRUE(Has(card, "Deze aantekening laten we je nu niet zien")) << card;
  EXPECT_TRUE(Has(card, "Hierin staat wie de zorg meldde."));
  EXPECT_TRUE(Has(card, "Besloten door Sanne de Wit"));
  EXPECT_TRUE(Has(card, "Dan kun je bezwaar maken."));
  EXPECT_FALSE(Has(card, "stip-reaction-form"));
  const std::string object_action =
      Find(card, "action=\"(/ons-gezin/achterhoudingen/[^\"/]+/bezwaar)\"");
  ASSERT_FALSE(object_action.empty()) << card;
  const std::int64_t head = Head();
  HttpResponse empty =
      marloes->PostForm(object_action, {{"_csrf", CsrfField(home)}, {"tekst", " "}});
  EXPECT_EQ(empty.status, 400u) << empty.Describe();
  EXPECT_TRUE(Has(empty.body, "Er is iets niet goed ingevuld"));
  EXPECT_TRUE(Has(empty.body, "Bezwaar: vul dit in."));
  EXPECT_EQ(Head(), head) << "nothing changed";
  HttpResponse objected = marloes->PostForm(
      object_action, {{"_csrf", CsrfField(home)}, {"tekst", "Ik wil weten wat er staat."}});
  ASSERT_EQ(objected.status, 303u) << objected.Describe();
  card = Card(Page(*marloes, "/ons-gezin"), entry);
  EXPECT_TRUE(Has(card, "Ik wil weten wat er staat."));
  EXPECT_TRUE(Has(card, "Nog niet beantwoord."));
  EXPECT_FALSE(Has(card, "/bezwaar\"")) << "one open objection at a time";

  // The lead decided it, so the lead gets no answer form (and is refused); the duo answers.
  page = Page(*lead_, FamilyPath());
  EXPECT_FALSE(Has(Card(page, entry), "/antwoord\""));
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  duo->SetDefaultHeader("X-CSRF-Token", "");  // only the form's hidden field
  std::string duo_page = Page(*duo, FamilyPath());
  const std::string answer_action =
      Find(Card(duo_page, entry), "action=\"(" + FamilyPath() + "/bezwaren/[^\"/]+/antwoord)\"");
  ASSERT_FALSE(answer_action.empty()) << Card(duo_page, entry);
  HttpResponse by_lead = lead_->PostForm(
      answer_action, {{"_csrf", CsrfField(page)}, {"gegrond", "ja"}, {"antwoord", "Akkoord."}});
  EXPECT_EQ(by_lead.status, 403u) << by_lead.Describe();
  HttpResponse by_duo = duo->PostForm(
      answer_action,
      {{"_csrf", CsrfField(duo_page)}, {"gegrond", "ja"}, {"antwoord", "Uw bezwaar is gegrond."}});
  // The pages with a withholding, an objection and their forms are well-formed for assistive
  // technology: unique ids, labels and descriptions that point at something.
  ExpectIdsHold(page, "lead");
  ExpectIdsHold(duo_page, "duo");
  ExpectIdsHold(Page(*marloes, "/ons-gezin"), "parent");
  ASSERT_EQ(by_duo.status, 303u) << by_duo.Describe();

  home = Page(*marloes, "/ons-gezin");
  EXPECT_TRUE(Has(Card(home, entry), secret)) << "upheld: she can read it now";
  card = Card(Page(*lead_, FamilyPath()), entry);
  EXPECT_TRUE(Has(card, "Opgeheven.")) << card;
  EXPECT_TRUE(Has(card, "Uw bezwaar is gegrond."));
}

TEST_F(EntryFormsTest, TheLeadRenewsAndLiftsAWithholdingWithTheForms) {
  const std::string secret = "Het onderzoek van de politie loopt nog.";
  const std::string entry = AddEntry(secret);
  std::string page = Page(*lead_, FamilyPath());
  HttpResponse made = lead_->PostForm(FamilyPath() + "/aantekeningen/" + entry + "/achterhouden",
                                      {{"_csrf", CsrfField(page)},
                                       {"lid", MemberId(std::string(kMarloesName))},
                                       {"grond", "protects_third_person"},
                                       {"reden", "Het onderzoek loopt."},
                                       {"herzien_op", "2099-01-01"},
                                       {"reden_beperking", "Alleen Marloes."}});
  ASSERT_EQ(made.status, 303u) << made.Describe();
  page = Page(*lead_, FamilyPath());
  const std::string renew = Find(
      Card(page, entry), "action=\"(" + FamilyPath() + "/achterhoudingen/[^\"/]+/verlengen)\"");
  ASSERT_FALSE(renew.empty()) << Card(page, entry);
  const std::string lift =
      renew.substr(0, renew.size() - std::string("verlengen").size()) + "opheffen";

  const std::int64_t head = Head();
  HttpResponse past = lead_->PostForm(
      renew, {{"_csrf", CsrfField(page)}, {"herzien_op", "2001-01-01"}, {"reden", "Nog nodig."}});
  EXPECT_EQ(past.status, 400u) << past.Describe();
  EXPECT_TRUE(Has(Card(past.body, entry), "aria-invalid=\"true\""));
  EXPECT_TRUE(Has(past.body, "Datum om te herzien: kies een dag na vandaag."));
  HttpResponse no_reason = lead_->PostForm(lift, {{"_csrf", CsrfField(page)}, {"reden", ""}});
  EXPECT_EQ(no_reason.status, 400u) << no_reason.Describe();
  EXPECT_TRUE(Has(no_reason.body, "Reden: vul dit in."));
  EXPECT_EQ(Head(), head) << "nothing changed";

  HttpResponse renewed = lead_->PostForm(
      renew, {{"_csrf", CsrfField(page)}, {"herzien_op", "2099-06-01"}, {"reden", "Nog nodig."}});
  ASSERT_EQ(renewed.status, 303u) << renewed.Describe();
  EXPECT_TRUE(Has(Card(Page(*lead_, FamilyPath()), entry), "Vervalt op 1 juni 2099"));
  auto marloes = FamilyBrowser(kMarloes);
  EXPECT_TRUE(Has(Card(Page(*marloes, "/ons-gezin"), entry), "Op 1 juni 2099 kijken we er"));

  HttpResponse lifted =
      lead_->PostForm(lift, {{"_csrf", CsrfField(page)}, {"reden", "Het onderzoek is klaar."}});
  ASSERT_EQ(lifted.status, 303u) << lifted.Describe();
  EXPECT_TRUE(Has(Card(Page(*lead_, FamilyPath()), entry), "Opgeheven."));
  EXPECT_TRUE(Has(Card(Page(*marloes, "/ons-gezin"), entry), secret));
}

TEST_F(EntryFormsTest, BadSubmissionsGetAClearAnswerAndChangeNothing) {
  auto marloes = FamilyBrowser(kMarloes);
  const std::string home = Page(*marloes, "/ons-gezin");
  const std::string csrf = CsrfField(home);
  const std::string entry =
      Find(home, R"re(action="/ons-gezin/aantekeningen/([^"/]+)/reacties")re");
  ASSERT_FALSE(entry.empty());
  const std::string action = "/ons-gezin/aantekeningen/" + entry + "/reacties";
  const std::int64_t head = Head();
  const std::size_t entries = AllEntryIds(*lead_, family_).size();

  HttpResponse empty =
      marloes->PostForm(action, {{"_csrf", csrf}, {"soort", "own_statement"}, {"tekst", ""}});
  EXPECT_EQ(empty.status, 400u) << empty.Describe();
  EXPECT_TRUE(Has(empty.body, "<title>Fout:"));
  EXPECT_TRUE(Has(empty.body, "href=\"#reactie-" + entry + "-tekst\""));
  EXPECT_TRUE(Has(Card(empty.body, entry), "aria-invalid=\"true\""));
  EXPECT_TRUE(Has(Card(empty.body, entry), "value=\"own_statement\" checked"));
  ExpectIdsHold(empty.body, "Ons gezin with an error");

  HttpResponse oversized = marloes->PostForm(
      action, {{"_csrf", csrf}, {"soort", "disagreement"}, {"tekst", std::string(5001, 'x')}});
  EXPECT_EQ(oversized.status, 400u) << oversized.Describe();
  EXPECT_TRUE(Has(oversized.body, "Er mogen hoogstens 5000 tekens in."));
  HttpResponse unknown_kind =
      marloes->PostForm(action, {{"_csrf", csrf}, {"soort", "boos"}, {"tekst", "x"}});
  EXPECT_EQ(unknown_kind.status, 400u) << unknown_kind.Describe();
  EXPECT_TRUE(Has(unknown_kind.body, "Kies wat voor reactie het is."));
  HttpResponse no_csrf = marloes->PostForm(action, {{"soort", "understood"}});
  EXPECT_EQ(no_csrf.status, 403u) << no_csrf.Describe();

  // An entry of another family: it does not exist for her.
  auto me = NewClient();
  const std::string lead_id = Str(Field(LogIn(*me, kLeadUser), "user"), "id");
  const std::string other_family = CreateSecondFamily(*lead_, lead_id);
  HttpResponse other_entry = lead_->PostJson("/api/v1/families/" + other_family + "/entries",
                                             EntryBody("Kees is ziek.", "fact", "school"));
  ASSERT_EQ(other_entry.status, 201u) << other_entry.Describe();
  const std::string foreign = Str(ParseJson(other_entry), "id");
  const std::int64_t other_head = Int(Overview(*lead_, other_family), "head_seq");
  HttpResponse elsewhere = marloes->PostForm("/ons-gezin/aantekeningen/" + foreign + "/reacties",
                                             {{"_csrf", csrf}, {"soort", "understood"}});
  EXPECT_EQ(elsewhere.status, 404u) << elsewhere.Describe();
  EXPECT_EQ(Int(Overview(*lead_, other_family), "head_seq"), other_head);

  // The professional's forms: an unknown ground, a review date in the past.
  const std::string page = Page(*lead_, FamilyPath());
  const std::string withhold = FamilyPath() + "/aantekeningen/" + entry + "/achterhouden";
  HttpResponse ground = lead_->PostForm(withhold, {{"_csrf", CsrfField(page)},
                                                   {"lid", MemberId(std::string(kMarloesName))},
                                                   {"grond", "omdat het kan"},
                                                   {"reden", "Zomaar."},
                                                   {"herzien_op", "2099-01-01"}});
  EXPECT_EQ(ground.status, 400u) << ground.Describe();
  EXPECT_TRUE(Has(ground.body, "Kies een wettelijke grond uit de lijst."));
  EXPECT_TRUE(Has(ground.body, "href=\"#achterhouden-" + entry + "-grond-protects_third_person\""));
  HttpResponse past = lead_->PostForm(withhold, {{"_csrf", CsrfField(page)},
                                                 {"lid", MemberId(std::string(kMarloesName))},
                                                 {"grond", "protects_third_person"},
                                                 {"reden", "Wie meldde."},
                                                 {"herzien_op", "2001-01-01"}});
  EXPECT_EQ(past.status, 400u) << past.Describe();
  EXPECT_TRUE(Has(past.body, "kies een dag na vandaag."));

  EXPECT_EQ(Head(), head) << "nothing may have changed";
  EXPECT_EQ(AllEntryIds(*lead_, family_).size(), entries);
  EXPECT_TRUE(Arr(Overview(*lead_, family_), "open_corrections").empty());
}

}  // namespace
}  // namespace stip::e2e
