// End-to-end (issue 10): Marloes (mother, custody) invites her own mother as a network member who
// reads only the entry Marloes shares; bad input changes nothing; a withholding or the end of the
// consent ends her access at once, on an open session, over the API and on the pages.
#include <regex>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using NetworkTest = FamilyE2eTest;

constexpr std::string_view kOma = "oma.veldhoven@example.org";
constexpr std::string_view kShared = "Oma haalt Lotte op dinsdag op van school.";
constexpr std::string_view kNotShared = "Er was ruzie over geld in het gezin.";
constexpr std::string_view kLater = "Lotte zwemt op donderdag bij de club.";

std::string CsrfIn(const std::string& html) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex("name=\"_csrf\" value=\"([^\"]+)\""))) return m[1];
  ADD_FAILURE() << "no _csrf field on the page";
  return "";
}

bool Contains(const HttpResponse& r, std::string_view part) {
  return r.body.find(part) != std::string::npos;
}

// The field error codes of a 4xx answer, as "field:code".
std::vector<std::string> Problems(const HttpResponse& r) {
  std::vector<std::string> out;
  for (const auto& f : Arr(Field(ParseJson(r), "error"), "fields")) {
    out.push_back(Str(f, "field") + ":" + Str(f, "code"));
  }
  return out;
}

class NetworkFlow : public NetworkTest {
 protected:
  std::string AddEntry(HttpClient& lead, std::string_view text, const json::value& concerns = {}) {
    json::object body = EntryBody(std::string(text)).as_object();
    if (!concerns.is_null()) body["concerns"] = concerns;
    HttpResponse r = lead.PostJson("/api/v1/families/" + family_id_ + "/entries", body);
    EXPECT_EQ(r.status, 201u) << r.Describe();
    return Str(ParseJson(r), "id");
  }
  std::string NetworkPath() const { return "/api/v1/families/" + family_id_ + "/network"; }
};

TEST_F(NetworkFlow, MarloesInvitesHerMotherWhoSeesOnlyWhatIsShared) {
  const std::string shared = AddEntry(*lead_, kShared);
  const std::string not_shared = AddEntry(*lead_, kNotShared);
  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  auto lotte = LogInFamily(kLotte);
  auto daan = LogInFamily(kDaan);
  const std::string daan_id = Str(Field(Home(*daan), "me"), "member_id");
  const std::string daans =
      AddEntry(*lead_, "Daan praat met de mentor.", json::array{json::value(daan_id)});

  // Bad input: a clear 4xx with the field's code, and nothing is stored.
  const json::object good{{"name", "Ria Veldhoven"},
                          {"relation", "oma"},
                          {"contact", std::string(kOma)},
                          {"entry_ids", json::array{json::value(shared)}}};
  struct Bad {
    const char* what;
    json::object body;
    unsigned status;
    std::vector<std::string> problems;
  };
  auto with = [&](std::string_view key, json::value v) {
    json::object b = good;
    b[key] = std::move(v);
    return b;
  };
  json::object no_name = good;
  no_name.erase("name");
  const Bad bad[] = {
      {"no name", no_name, 400, {"name:required"}},
      {"not an address", with("contact", "oma-at-home"), 400, {"contact:not_an_email"}},
      {"unknown entry",
       with("entry_ids", json::array{"ent_none"}),
       400,
       {"entry_ids[0]:unknown_id"}},
      {"twice",
       with("entry_ids", json::array{json::value(shared), json::value(shared)}),
       400,
       {"entry_ids[1]:duplicate"}},
      // Daan (16) decides about his own information: not his mother's to share.
      {"Daan's information",
       with("entry_ids", json::array{json::value(daans)}),
       400,
       {"entry_ids[0]:not_shareable"}},
      {"until in the past",
       with("valid_until", "2020-01-01"),
       400,
       {"valid_until:date_before_start"}},
      {"not a date", with("valid_until", "morgen"), 400, {"valid_until:not_a_date"}},
      {"unknown field", with("rol", "oma"), 400, {"rol:unknown_field"}},
      {"items not an array", with("entry_ids", "ent_1"), 400, {"entry_ids:wrong_type"}},
  };
  for (const auto& b : bad) {
    HttpResponse r = marloes->PostJson(NetworkPath(), b.body);
    EXPECT_EQ(r.status, b.status) << b.what << ": " << r.Describe();
    EXPECT_EQ(Problems(r), b.problems) << b.what;
  }
  // Who may not share at all: the father without custody, Lotte (13), the lead.
  for (HttpClient* who : {ruben.get(), lotte.get(), lead_.get()}) {
    EXPECT_EQ(who->PostJson(NetworkPath(), good).status, 403u);
  }
  EXPECT_EQ(Arr(ParseJson(marloes->Get(NetworkPath())), "network_members").size(), 0u);
  EXPECT_EQ(MailsTo(kOma), 0);

  HttpResponse invited = marloes->PostJson(NetworkPath(), good);
  ASSERT_EQ(invited.status, 201u) << invited.Describe();
  const std::string oma_id = Str(ParseJson(invited), "id");
  EXPECT_EQ(MailsTo(kOma), 1);

  // The family sees who can see what; the lead too.
  const json::value network = ParseJson(marloes->Get(NetworkPath()));
  ASSERT_EQ(Arr(network, "network_members").size(), 1u);
  const json::value ria = Arr(network, "network_members")[0];
  EXPECT_EQ(Str(ria, "id"), oma_id);
  EXPECT_EQ(Str(ria, "relation"), "oma");
  const json::value consent = Arr(ria, "consents")[0];
  const std::string consent_id = Str(consent, "id");
  EXPECT_EQ(Str(consent, "ground"), "parent_with_custody");
  EXPECT_TRUE(Field(consent, "in_force").as_bool());
  EXPECT_TRUE(Field(consent, "mine").as_bool());
  ASSERT_EQ(Arr(consent, "entries").size(), 1u);
  EXPECT_EQ(Str(Arr(consent, "entries")[0], "id"), shared);
  EXPECT_EQ(lead_->Get(NetworkPath()).status, 200u);

  // Oma logs in with the code from her invitation and reads only the shared entry.
  auto oma = LogInFamily(kOma);
  const auto oma_sees = [&](const std::string& entry) {
    HttpResponse r = oma->Get("/api/v1/shared");
    if (r.status != 200u) return false;
    for (const auto& e : Arr(ParseJson(r), "entries")) {
      if (Str(e, "id") == entry) return true;
    }
    return false;
  };
  EXPECT_TRUE(oma_sees(shared));
  EXPECT_FALSE(oma_sees(not_shared));
  HttpResponse page = oma->Get("/gedeeld");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_TRUE(Contains(page, kShared));
  EXPECT_TRUE(Contains(page, "Gedeeld door Marloes")) << "who shared it with her";
  EXPECT_FALSE(Contains(page, kNotShared));
  EXPECT_FALSE(Contains(page, "/ons-gezin"));  // not the family's menu
  // Nothing else of the file exists for her.
  const std::vector<std::string> routes = {"/api/v1/families/" + family_id_,
                                           "/api/v1/families/" + family_id_ + "/home",
                                           "/api/v1/families/" + family_id_ + "/access-log",
                                           NetworkPath(),
                                           "/ons-gezin/download.json",
                                           "/ons-gezin/inzage",
                                           "/ons-gezin/naasten"};
  for (const std::string& route : routes) {
    HttpResponse r = oma->Get(route);
    EXPECT_TRUE(r.status == 404u || r.status == 303u) << route << ": " << r.Describe();
    EXPECT_FALSE(Contains(r, kNotShared)) << route;
  }
  EXPECT_EQ(oma->Get("/ons-gezin").Header("location"), "/gedeeld");

  // Marloes shares one more entry with the form on her page; Oma sees it at once.
  const std::string later = AddEntry(*lead_, kLater);
  HttpResponse mine = marloes->Get("/ons-gezin/naasten");
  ASSERT_EQ(mine.status, 200u) << mine.Describe();
  EXPECT_TRUE(Contains(mine, "Ria Veldhoven"));
  HttpResponse changed = marloes->PostForm("/ons-gezin/naasten/toestemming/" + consent_id,
                                           {{"_csrf", CsrfIn(mine.body)},
                                            {"deel-" + shared, "ja"},
                                            {"deel-" + later, "ja"},
                                            {"tot", ""}},
                                           {});
  ASSERT_EQ(changed.status, 303u) << changed.Describe();
  EXPECT_TRUE(oma_sees(later));
  // A bad change (an unknown entry) is refused and changes nothing.
  HttpResponse refused = marloes->PostJson(NetworkPath() + "/consents/" + consent_id,
                                           json::object{{"entry_ids", json::array{"ent_none"}}});
  EXPECT_EQ(refused.status, 400u);
  EXPECT_TRUE(oma_sees(later));
  // Only its giver changes or ends a consent: to Daan it does not exist.
  EXPECT_EQ(
      daan->PostJson(NetworkPath() + "/consents/" + consent_id + "/end", json::object{}).status,
      404u);

  // Withheld from Ruben since: it never leaves the household any more.
  HttpResponse withheld =
      lead_->PostJson("/api/v1/families/" + family_id_ + "/entries/" + later + "/withholdings",
                      json::object{{"member_id", Str(Field(Home(*ruben), "me"), "member_id")},
                                   {"ground", "serious_harm_to_child"},
                                   {"reason", "Dit zou Lotte nu schaden."},
                                   {"review_date", "2099-01-01"}});
  ASSERT_EQ(withheld.status, 201u) << withheld.Describe();
  EXPECT_FALSE(oma_sees(later));
  EXPECT_TRUE(oma_sees(shared));

  // Marloes ends it: Oma's open session gets 404 at once, over the API and on her page.
  HttpResponse ended = marloes->PostJson(NetworkPath() + "/consents/" + consent_id + "/end",
                                         json::object{{"reason", "Niet meer nodig."}});
  ASSERT_EQ(ended.status, 200u) << ended.Describe();
  EXPECT_EQ(oma->Get("/api/v1/shared").status, 404u);
  EXPECT_EQ(oma->Get("/gedeeld").status, 404u);
  EXPECT_EQ(
      marloes->PostJson(NetworkPath() + "/consents/" + consent_id + "/end", json::object{}).status,
      404u);
  const json::value after =
      Arr(Arr(ParseJson(marloes->Get(NetworkPath())), "network_members")[0], "consents")[0];
  EXPECT_FALSE(Field(after, "in_force").as_bool());
  EXPECT_FALSE(Field(after, "ended_at").is_null());
}

// Review of issue 10: inviting with an address that has an account in this family (Daan's,
// a family account) answers exactly as for a new address, so the family cannot probe who has
// an account; only the address's owner hears (by mail) that it cannot be used.
TEST_F(NetworkFlow, AnAddressWithAnAccountIsAnsweredLikeAnyOther) {
  const std::string shared = AddEntry(*lead_, kShared);
  auto marloes = LogInFamily(kMarloes);
  const auto invite = [&](std::string_view name, std::string_view contact) {
    return marloes->PostJson(NetworkPath(),
                             json::object{{"name", name},
                                          {"relation", "buur"},
                                          {"contact", contact},
                                          {"entry_ids", json::array{json::value(shared)}}});
  };
  auto daan = LogInFamily(kDaan);
  const int daan_mails = MailsTo(kDaan);
  HttpResponse fresh = invite("Nieuwe Buur", "nieuwe.buur@example.org");
  HttpResponse known = invite("Bekende Buur", kDaan);
  ASSERT_EQ(fresh.status, 201u) << fresh.Describe();
  ASSERT_EQ(known.status, fresh.status) << known.Describe();
  json::object a = ParseJson(fresh).as_object();
  json::object b = ParseJson(known).as_object();
  EXPECT_EQ(a.size(), b.size());
  for (const auto& [key, value] : a) EXPECT_TRUE(b.contains(key)) << key;
  // Both are on the family's list the same way: invited, not logged in.
  const json::value network = ParseJson(marloes->Get(NetworkPath()));
  int listed = 0;
  for (const auto& m : Arr(network, "network_members")) {
    EXPECT_FALSE(Field(m, "has_logged_in").as_bool());
    ++listed;
  }
  EXPECT_EQ(listed, 2);
  // Daan's mailbox gets a note that the address cannot be used, not a login code; his own
  // account works as before.
  const auto mails = OutboxMails(data_dir() / "outbox", kDaan);
  ASSERT_EQ(static_cast<int>(mails.size()), daan_mails + 1);
  EXPECT_NE(mails.front().find("hoort in dat gezin al bij een ander account"), std::string::npos);
  EXPECT_EQ(daan->Get("/api/v1/families/" + family_id_ + "/home").status, 200u);
  EXPECT_EQ(MailsTo("nieuwe.buur@example.org"), 1);
}

// Review of issue 10: the change form lists the newest 200 entries to choose from; an entry
// shared earlier and older than those is on it too, ticked, so saving the form keeps it.
TEST_F(NetworkFlow, TheChangeFormKeepsWhatIsSharedBeyondTheNewestEntries) {
  const std::string old = AddEntry(*lead_, kShared);
  for (int i = 0; i < 200; ++i) AddEntry(*lead_, "Aantekening nummer " + std::to_string(i) + ".");
  auto marloes = LogInFamily(kMarloes);
  HttpResponse invited =
      marloes->PostJson(NetworkPath(), json::object{{"name", "Ria Veldhoven"},
                                                    {"relation", "oma"},
                                                    {"contact", std::string(kOma)},
                                                    {"entry_ids", json::array{json::value(old)}}});
  ASSERT_EQ(invited.status, 201u) << invited.Describe();
  const json::value network = ParseJson(marloes->Get(NetworkPath()));
  EXPECT_TRUE(Field(network, "more_shareable").as_bool());
  const std::string consent = Str(Arr(Arr(network, "network_members")[0], "consents")[0], "id");
  HttpResponse page = marloes->Get("/ons-gezin/naasten");
  ASSERT_EQ(page.status, 200u);
  EXPECT_TRUE(Contains(page, "id=\"deel-" + consent + "-" + old + "\" name=\"deel-" + old +
                                 "\" value=\"ja\" checked"))
      << "the shared entry is on the change form, ticked";
}

TEST_F(NetworkFlow, TheInvitationFormShowsProblemsAndKeepsWhatWasTyped) {
  auto marloes = LogInFamily(kMarloes);
  HttpResponse page = marloes->Get("/ons-gezin/naasten");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  HttpResponse r = marloes->PostForm("/ons-gezin/naasten",
                                     {{"_csrf", CsrfIn(page.body)},
                                      {"naam", "Ria"},
                                      {"relatie", ""},
                                      {"email", "geen-adres"},
                                      {"tot", ""}},
                                     {});
  EXPECT_EQ(r.status, 400u) << r.Describe();
  EXPECT_TRUE(Contains(r, "value=\"Ria\""));
  EXPECT_TRUE(Contains(r, "href=\"#naaste-relatie\""));
  EXPECT_TRUE(Contains(r, "href=\"#naaste-email\""));
  EXPECT_EQ(Arr(ParseJson(marloes->Get(NetworkPath())), "network_members").size(), 0u);
  // The father without custody (the summary only) does not see the network, and is refused.
  auto ruben = LogInFamily(kRuben);
  EXPECT_EQ(ruben->Get("/ons-gezin/naasten").status, 403u);
  HttpResponse his = ruben->Get("/ons-gezin");
  ASSERT_EQ(his.status, 200u);
  EXPECT_EQ(ruben
                ->PostForm("/ons-gezin/naasten",
                           {{"_csrf", CsrfIn(his.body)},
                            {"naam", "Buurman"},
                            {"relatie", "buurman"},
                            {"email", "buurman@example.org"}},
                           {})
                .status,
            403u);
}

// The lead stops a consent from the page (without JavaScript): only with a reason, which the
// form keeps on an error; the network member loses access at once and the family reads why.
TEST_F(NetworkFlow, TheLeadStopsSharingFromThePageWithAReason) {
  const std::string shared = AddEntry(*lead_, kShared);
  auto marloes = LogInFamily(kMarloes);
  HttpResponse invited = marloes->PostJson(
      NetworkPath(), json::object{{"name", "Ria Veldhoven"},
                                  {"relation", "oma"},
                                  {"contact", std::string(kOma)},
                                  {"entry_ids", json::array{json::value(shared)}}});
  ASSERT_EQ(invited.status, 201u) << invited.Describe();
  const std::string consent = Str(
      Arr(Arr(ParseJson(marloes->Get(NetworkPath())), "network_members")[0], "consents")[0], "id");
  auto oma = LogInFamily(kOma);
  ASSERT_EQ(oma->Get("/gedeeld").status, 200u);

  const std::string page_path = "/gezinnen/" + family_id_ + "/naasten";
  const std::string stop = page_path + "/toestemming/" + consent + "/stoppen";
  HttpResponse page = lead_->Get(page_path);
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_TRUE(Contains(page, "action=\"" + stop + "\"")) << "the lead gets the stop form";
  EXPECT_TRUE(Contains(page, "Stop het delen met Ria Veldhoven"));
  // The duo partner reads the page but gets no stop form, and the page route refuses them.
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  HttpResponse duo_page = duo->Get(page_path);
  ASSERT_EQ(duo_page.status, 200u);
  EXPECT_FALSE(Contains(duo_page, stop));
  EXPECT_EQ(duo->PostForm(stop, {{"reden", "Niet veilig."}}).status, 403u);

  HttpResponse no_reason = lead_->PostForm(stop, {{"reden", "  "}});
  EXPECT_EQ(no_reason.status, 400u) << no_reason.Describe();
  EXPECT_TRUE(Contains(no_reason, "id=\"stop-reden-" + consent + "-fout\""));
  EXPECT_TRUE(Contains(no_reason, "href=\"#stop-reden-" + consent + "\""));
  EXPECT_EQ(oma->Get("/gedeeld").status, 200u) << "nothing changed";

  HttpResponse stopped = lead_->PostForm(stop, {{"reden", "Niet veilig voor Lotte nu."}});
  ASSERT_EQ(stopped.status, 303u) << stopped.Describe();
  HttpResponse after = lead_->Get(page_path + "?klaar=gestopt-door-regisseur");
  EXPECT_TRUE(Contains(after, "Het gezin ziet uw reden."));
  EXPECT_FALSE(Contains(after, stop)) << "an ended consent has no stop form";
  EXPECT_EQ(oma->Get("/gedeeld").status, 404u) << "her open session reads nothing any more";
  const json::value ended =
      Arr(Arr(ParseJson(marloes->Get(NetworkPath())), "network_members")[0], "consents")[0];
  EXPECT_FALSE(Field(ended, "in_force").as_bool());
  EXPECT_TRUE(Contains(marloes->Get("/ons-gezin"), "Niet veilig voor Lotte nu."))
      << "the family reads why, among the changes in the household";
}

}  // namespace
}  // namespace stip::e2e
