// End-to-end: withholding, objections and reactions over the JSON API on the demo installation,
// as professionals use them, and bad input that must change nothing.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using ReactionsTest = E2eTest;

std::string MemberId(const json::value& overview, const std::string& name) {
  for (const auto& m : Arr(overview, "members")) {
    if (Str(m, "name") == name) return Str(m, "id");
  }
  ADD_FAILURE() << "no member " << name;
  return {};
}

json::object FindEntry(const json::value& overview, const std::string& id) {
  for (const auto& e : Arr(overview, "entries")) {
    if (Str(e, "id") == id) return e.as_object();
  }
  ADD_FAILURE() << "no entry " << id;
  return {};
}

TEST_F(ReactionsTest, WithholdRenewObjectAndLiftAsProfessionals) {
  std::unique_ptr<HttpClient> lead;
  std::string family;
  StartDemoAsLead(lead, family);
  ASSERT_TRUE(lead);
  const json::value overview = Overview(*lead, family);
  const std::string entry = Str(Arr(overview, "entries").at(0), "id");
  const std::string marloes = MemberId(overview, "Marloes Veldhoven");
  const std::string base = "/api/v1/families/" + family;
  const std::int64_t head = Int(overview, "head_seq");

  // Bad input: a clear 4xx, and the file does not change.
  auto unknown_ground = lead->PostJson(base + "/entries/" + entry + "/withholdings",
                                       json::object{{"member_id", marloes},
                                                    {"ground", "omdat het kan"},
                                                    {"reason", "Wie meldde"},
                                                    {"review_date", "2099-01-01"}});
  EXPECT_EQ(unknown_ground.status, 400u) << unknown_ground.Describe();
  EXPECT_EQ(ErrorFields(unknown_ground), std::vector<std::string>{"ground"});
  auto past = lead->PostJson(base + "/entries/" + entry + "/withholdings",
                             json::object{{"member_id", marloes},
                                          {"ground", "protects_third_person"},
                                          {"narrowing_reason", "Alleen voor haar."},
                                          {"reason", "Wie meldde"},
                                          {"review_date", "2001-01-01"}});
  EXPECT_EQ(past.status, 400u) << past.Describe();
  EXPECT_EQ(ErrorFields(past), std::vector<std::string>{"review_date"});
  auto no_entry = lead->PostJson(base + "/entries/ent_nope/withholdings",
                                 json::object{{"member_id", marloes},
                                              {"ground", "protects_third_person"},
                                              {"narrowing_reason", "Alleen voor haar."},
                                              {"reason", "Wie meldde"},
                                              {"review_date", "2099-01-01"}});
  EXPECT_EQ(no_entry.status, 404u) << no_entry.Describe();
  auto professional_reacts = lead->PostJson(base + "/entries/" + entry + "/reactions",
                                            json::object{{"kind", "understood"}});
  EXPECT_EQ(professional_reacts.status, 403u) << professional_reacts.Describe();
  auto oversized =
      lead->PostJson(base + "/entries/" + entry + "/reactions",
                     json::object{{"kind", "own_statement"}, {"text", std::string(6000, 'x')}});
  EXPECT_EQ(oversized.status, 400u) << oversized.Describe();
  EXPECT_EQ(Int(Overview(*lead, family), "head_seq"), head) << "nothing may have changed";

  // Withhold from Marloes; the lead sees who it is withheld from and until when.
  auto made = lead->PostJson(base + "/entries/" + entry + "/withholdings",
                             json::object{{"member_id", marloes},
                                          {"ground", "protects_third_person"},
                                          {"narrowing_reason", "Alleen voor haar."},
                                          {"reason", "Er staat in wie de zorg meldde."},
                                          {"review_date", "2099-01-01"}});
  ASSERT_EQ(made.status, 201u) << made.Describe();
  const std::string withholding = Str(ParseJson(made), "id");
  json::object shown = FindEntry(Overview(*lead, family), entry);
  ASSERT_EQ(shown["withholdings"].as_array().size(), 1u);
  const json::value& w = shown["withholdings"].as_array()[0];
  EXPECT_EQ(Str(w, "member_name"), "Marloes Veldhoven");
  EXPECT_EQ(Str(w, "decided_by_name"), std::string(kLeadName));
  EXPECT_TRUE(Field(w, "in_force").as_bool());
  EXPECT_FALSE(Str(w, "ground_explanation").empty());

  auto renewed = lead->PostJson(
      base + "/withholdings/" + withholding + "/renew",
      json::object{{"review_date", "2099-06-01"}, {"reason", "Het onderzoek loopt nog."}});
  EXPECT_EQ(renewed.status, 200u) << renewed.Describe();
  // A professional cannot object: that is the family member's right.
  auto objection = lead->PostJson(base + "/withholdings/" + withholding + "/objections",
                                  json::object{{"text", "bezwaar"}});
  EXPECT_EQ(objection.status, 403u) << objection.Describe();
  auto no_objection = lead->PostJson(base + "/objections/obj_nope/answer",
                                     json::object{{"upheld", true}, {"answer", "Ja"}});
  EXPECT_EQ(no_objection.status, 404u) << no_objection.Describe();

  auto lifted = lead->PostJson(base + "/withholdings/" + withholding + "/lift",
                               json::object{{"reason", "Niet meer nodig."}});
  EXPECT_EQ(lifted.status, 200u) << lifted.Describe();
  shown = FindEntry(Overview(*lead, family), entry);
  EXPECT_TRUE(shown["withholdings"].as_array()[0].as_object()["lifted"].as_bool());
  auto twice = lead->PostJson(base + "/withholdings/" + withholding + "/lift",
                              json::object{{"reason", "Nog een keer."}});
  EXPECT_EQ(twice.status, 422u) << twice.Describe();
}

TEST_F(ReactionsTest, RoutesOfAnotherFamilyAreNotFound) {
  std::unique_ptr<HttpClient> lead;
  std::string family;
  StartDemoAsLead(lead, family);
  ASSERT_TRUE(lead);
  auto other = NewClient();
  LogIn(*other, kColleagueUser);
  const std::string entry = Str(Arr(Overview(*lead, family), "entries").at(0), "id");
  auto response =
      other->PostJson("/api/v1/families/" + family + "/entries/" + entry + "/withholdings",
                      json::object{{"member_id", "mem_x"},
                                   {"ground", "protects_third_person"},
                                   {"narrowing_reason", "Alleen voor haar."},
                                   {"reason", "x"},
                                   {"review_date", "2099-01-01"}});
  EXPECT_EQ(response.status, 404u) << response.Describe();
}

json::object HomeEntry(HttpClient& client, const std::string& family, const std::string& id) {
  HttpResponse r = client.Get("/api/v1/families/" + family + "/home");
  EXPECT_EQ(r.status, 200u) << r.Describe();
  for (const auto& e : Arr(ParseJson(r), "entries")) {
    if (Str(e, "id") == id) return e.as_object();
  }
  return {};
}

// The parent journey: sees the placeholder but not the withheld entry, reacts, asks for a
// correction that the lead accepts, and objects to the withholding; the duo upholds it.
TEST_F(ReactionsTest, ParentSeesThePlaceholderReactsAndGetsACorrection) {
  std::unique_ptr<HttpClient> lead;
  std::string family;
  StartDemoAsLead(lead, family);
  ASSERT_TRUE(lead);
  const std::string base = "/api/v1/families/" + family;
  const json::value overview = Overview(*lead, family);
  const std::string marloes_id = MemberId(overview, "Marloes Veldhoven");
  const std::string secret = "De melding kwam van de buurvrouw op nummer 12.";
  auto added = lead->PostJson(base + "/entries", EntryBody(secret, "fact", "Veilig Thuis"));
  ASSERT_EQ(added.status, 201u) << added.Describe();
  const std::string withheld_entry = Str(ParseJson(added), "id");
  auto made = lead->PostJson(base + "/entries/" + withheld_entry + "/withholdings",
                             json::object{{"member_id", marloes_id},
                                          {"ground", "protects_third_person"},
                                          {"narrowing_reason", "Alleen voor haar."},
                                          {"reason", "Dit zegt wie de zorg meldde."},
                                          {"review_date", "2099-01-01"}});
  ASSERT_EQ(made.status, 201u) << made.Describe();
  const std::string withholding = Str(ParseJson(made), "id");

  constexpr std::string_view kMarloes = "marloes@example.org";
  auto marloes = NewClient();
  HttpResponse login = marloes->PostJson(
      "/api/v1/family-session",
      json::object{{"contact", kMarloes}, {"code", OutboxCode(data_dir() / "outbox", kMarloes)}});
  ASSERT_EQ(login.status, 200u) << login.Describe();
  marloes->SetDefaultHeader("X-CSRF-Token", Str(ParseJson(login), "csrf"));

  // The placeholder, never the text.
  json::object placeholder = HomeEntry(*marloes, family, withheld_entry);
  EXPECT_EQ(Str(placeholder, "visibility"), "withheld");
  for (const auto& target : {base + "/home", base, base + "/export"}) {
    HttpResponse r = marloes->Get(target);
    EXPECT_EQ(r.body.find("buurvrouw op nummer 12"), std::string::npos) << target;
  }
  auto on_withheld = marloes->PostJson(base + "/entries/" + withheld_entry + "/reactions",
                                       json::object{{"kind", "understood"}});
  EXPECT_EQ(on_withheld.status, 403u) << on_withheld.Describe();
  auto elsewhere =
      marloes->PostJson("/api/v1/families/fam_someoneelse/entries/" + withheld_entry + "/reactions",
                        json::object{{"kind", "understood"}});
  EXPECT_EQ(elsewhere.status, 404u) << elsewhere.Describe();

  // React and ask for a correction on an entry she can see.
  std::string visible;
  for (const auto& e : Arr(overview, "entries")) {
    const auto entry = HomeEntry(*marloes, family, Str(e, "id"));
    if (!entry.empty() && Str(entry, "visibility") == "visible") {
      visible = Str(e, "id");
      break;
    }
  }
  ASSERT_FALSE(visible.empty());
  auto understood = marloes->PostJson(base + "/entries/" + visible + "/reactions",
                                      json::object{{"kind", "understood"}});
  EXPECT_EQ(understood.status, 201u) << understood.Describe();
  auto request = marloes->PostJson(
      base + "/entries/" + visible + "/reactions",
      json::object{{"kind", "correction_request"}, {"text", "Dit was op dinsdag, niet maandag."}});
  ASSERT_EQ(request.status, 201u) << request.Describe();
  const std::string reaction = Str(ParseJson(request), "id");
  json::value seen = Overview(*lead, family);
  ASSERT_EQ(Arr(seen, "open_corrections").size(), 1u);
  EXPECT_FALSE(Str(Arr(seen, "open_corrections").at(0), "deadline").empty());

  // The lead accepts: a correcting entry; the old one stays, marked corrected.
  auto answered = lead->PostJson(base + "/reactions/" + reaction + "/answer",
                                 json::object{{"accepted", true},
                                              {"answer", "U heeft gelijk, het is aangepast."},
                                              {"text", "Het gesprek was op dinsdag."}});
  ASSERT_EQ(answered.status, 200u) << answered.Describe();
  const std::string correction = Str(ParseJson(answered), "correction_entry_id");
  seen = Overview(*lead, family);
  EXPECT_TRUE(Arr(seen, "open_corrections").empty());
  json::object old = FindEntry(seen, visible);
  EXPECT_EQ(Str(old, "corrected_by"), correction);
  EXPECT_EQ(Arr(old, "reactions").size(), 2u);
  EXPECT_EQ(Str(FindEntry(seen, correction), "corrects"), visible);

  // She objects; the lead decided it, so the duo answers. Upheld: she can read it.
  auto objection = marloes->PostJson(base + "/withholdings/" + withholding + "/objections",
                                     json::object{{"text", "Ik wil weten wat er staat."}});
  ASSERT_EQ(objection.status, 201u) << objection.Describe();
  const std::string objection_id = Str(ParseJson(objection), "id");
  auto by_lead = lead->PostJson(base + "/objections/" + objection_id + "/answer",
                                json::object{{"upheld", true}, {"answer", "Akkoord."}});
  EXPECT_EQ(by_lead.status, 403u) << by_lead.Describe();
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  auto by_duo = duo->PostJson(base + "/objections/" + objection_id + "/answer",
                              json::object{{"upheld", true}, {"answer", "Uw bezwaar is gegrond."}});
  ASSERT_EQ(by_duo.status, 200u) << by_duo.Describe();
  EXPECT_EQ(Str(HomeEntry(*marloes, family, withheld_entry), "visibility"), "visible");
}

}  // namespace
}  // namespace stip::e2e
