// End-to-end (issue 13): the demo's neighbour's call is withheld from the whole household, so no
// family member reads it on any route that shows entries; professionals withhold from several
// members or the household, see who can read an entry, and preview it before saving; bad input
// gets a clear 4xx and changes nothing.
#include <algorithm>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using WithholdHouseholdTest = FamilyE2eTest;

// What identifies the neighbour (src/app/demo.cpp): her name and address.
constexpr const char* kNeighbourMarks[] = {"Els de Groot", "Lindelaan"};

std::string CsrfField(const std::string& html) {
  static const std::regex kCsrf(R"re(name="_csrf"\s+value="([^"]+)")re");
  std::smatch m;
  return std::regex_search(html, m, kCsrf) ? m[1].str() : std::string();
}

std::string MemberId(const json::value& overview, const std::string& first_name) {
  for (const auto& m : Arr(overview, "members")) {
    if (Str(m, "name").starts_with(first_name)) return Str(m, "id");
  }
  ADD_FAILURE() << "no member " << first_name;
  return {};
}

json::object EntryWith(const json::value& overview, const std::string& text) {
  for (const auto& e : Arr(overview, "entries")) {
    const auto& o = e.as_object();
    if (o.at("text").is_string() &&
        std::string(o.at("text").get_string()).find(text) != std::string::npos) {
      return o;
    }
  }
  ADD_FAILURE() << "no entry with " << text;
  return {};
}

TEST_F(WithholdHouseholdTest, NoFamilyMemberReadsTheNeighboursCallOnAnyRoute) {
  const std::string id = family_id_;
  const std::vector<std::string> routes = {"/api/v1/families/" + id,
                                           "/api/v1/families/" + id + "/home",
                                           "/api/v1/families/" + id + "/export",
                                           "/gezinnen/" + id,
                                           "/ons-gezin",
                                           "/ons-gezin/afdrukken",
                                           "/ons-gezin/download.json",
                                           "/"};
  std::unique_ptr<HttpClient> daan;
  for (std::string_view who : {kMarloes, kLotte, kDaan, kRuben}) {
    auto member = LogInFamily(who);
    for (const auto& route : routes) {
      HttpResponse r = member->Get(route);
      EXPECT_LT(r.status, 500u) << who << " " << route;
      for (const char* mark : kNeighbourMarks) {
        EXPECT_EQ(r.body.find(mark), std::string::npos)
            << who << " reads " << mark << " on " << route;
      }
    }
    if (who == kDaan) daan = std::move(member);
  }
  // Daan (16) sees a placeholder for it; the lead reads it.
  ASSERT_TRUE(daan);
  int withheld = 0;
  for (const auto& e : Arr(Home(*daan), "entries")) withheld += Str(e, "visibility") == "withheld";
  EXPECT_EQ(withheld, 1);
  const json::object call = EntryWith(Overview(*lead_, id), "Els de Groot");
  ASSERT_FALSE(call.empty());
  ASSERT_EQ(call.at("withholdings").as_array().size(), 1u);
  EXPECT_TRUE(call.at("withholdings").as_array()[0].as_object().at("whole_household").as_bool());
  // Who can read it: nobody in the family.
  const json::array& readers = call.at("readers").as_array();
  EXPECT_EQ(readers.size(), static_cast<std::size_t>(kDemoMembers));
  for (const auto& r : readers) {
    EXPECT_FALSE(r.as_object().at("reads").as_bool()) << json::serialize(r);
  }

  // Daan objects. Upholding one member's objection cannot lift a withholding that protects a
  // third party from the whole household: that would show the neighbour to everyone.
  const std::string withholding = Str(json::value(call.at("withholdings").as_array()[0]), "id");
  HttpResponse objected =
      daan->PostJson("/api/v1/families/" + id + "/withholdings/" + withholding + "/objections",
                     json::object{{"text", "Ik wil weten wie dit zei."}});
  ASSERT_EQ(objected.status, 201u) << objected.Describe();
  // The duo decided it; the lead is the second professional who answers.
  HttpResponse upheld = lead_->PostJson(
      "/api/v1/families/" + id + "/objections/" + Str(ParseJson(objected), "id") + "/answer",
      json::object{{"upheld", true}, {"answer", "Gegrond."}});
  EXPECT_EQ(upheld.status, 422u) << upheld.Describe();
  RequestCodeAndAwaitMail(kLotte);  // her first code was used above
  auto lotte = LogInFamily(kLotte);
  for (const char* mark : kNeighbourMarks) {
    EXPECT_EQ(lotte->Get("/ons-gezin").body.find(mark), std::string::npos) << mark;
  }
}

TEST_F(WithholdHouseholdTest, TheApiWithholdsFromSeveralMembersOrTheHouseholdAndRefusesBadInput) {
  const std::string base = "/api/v1/families/" + family_id_;
  const json::value overview = Overview(*lead_, family_id_);
  const std::string lotte = MemberId(overview, "Lotte");
  const std::string daan = MemberId(overview, "Daan");
  HttpResponse added =
      lead_->PostJson(base + "/entries", EntryBody("Oom Henk belde over de ruzie.", "fact", "oom"));
  ASSERT_EQ(added.status, 201u) << added.Describe();
  const std::string entry = Str(ParseJson(added), "id");
  const std::string path = base + "/entries/" + entry + "/withholdings";
  const std::int64_t head = Int(Overview(*lead_, family_id_), "head_seq");
  const auto body = [](json::object extra) {
    json::object b{{"ground", "protects_third_person"},
                   {"reason", "Hierin staat wie belde."},
                   {"review_date", "2099-01-01"}};
    for (auto& f : extra) b[f.key()] = f.value();
    return b;
  };
  struct Bad {
    json::object extra;
    std::string field;
  };
  const std::vector<Bad> bad = {
      {{{"member_ids", json::array{lotte}}}, "narrowing_reason"},
      {{{"member_id", lotte}}, "narrowing_reason"},
      {{{"whole_household", true}, {"member_ids", json::array{lotte}}}, "member_ids"},
      {{{"member_ids", "lotte"}}, "member_ids"},
      {{{"member_ids", json::array{lotte, lotte}}, {"narrowing_reason", "x"}}, "member_ids[1]"},
      {{{"member_ids", json::array{"mem_nope"}}, {"narrowing_reason", "x"}}, "member_ids[0]"},
      {{{"whole_household", "ja"}}, "whole_household"},
      {{{"ground", "serious_harm_to_child"}}, "member_id"},
  };
  for (const auto& b : bad) {
    HttpResponse r = lead_->PostJson(path, body(b.extra));
    EXPECT_EQ(r.status, 400u) << json::serialize(b.extra) << " " << r.Describe();
    const auto fields = ErrorFields(r);
    EXPECT_NE(std::find(fields.begin(), fields.end(), b.field), fields.end())
        << json::serialize(b.extra) << " " << r.Describe();
  }
  EXPECT_EQ(Int(Overview(*lead_, family_id_), "head_seq"), head) << "nothing may have changed";

  // Several members, with the reason: Lotte and Daan see a placeholder, Marloes reads it.
  HttpResponse some =
      lead_->PostJson(path, body({{"member_ids", json::array{lotte, daan}},
                                  {"narrowing_reason", "Marloes weet al wie belde."}}));
  ASSERT_EQ(some.status, 201u) << some.Describe();
  std::map<std::string_view, std::unique_ptr<HttpClient>> clients;  // each member logs in once
  const auto visibility = [&](std::string_view who) {
    auto& client = clients[who];
    if (!client) client = LogInFamily(who);
    for (const auto& e : Arr(Home(*client), "entries")) {
      if (Str(e, "id") == entry) return Str(e, "visibility");
    }
    return std::string("absent");
  };
  EXPECT_EQ(visibility(kLotte), "withheld");
  EXPECT_EQ(visibility(kDaan), "withheld");
  EXPECT_EQ(visibility(kMarloes), "visible");
  // The same members again adds nobody: 422 (failed precondition). The whole household (the
  // ground's default when no member is named) does, once.
  EXPECT_EQ(
      lead_->PostJson(path, body({{"member_ids", json::array{lotte}}, {"narrowing_reason", "x"}}))
          .status,
      422u);
  HttpResponse all = lead_->PostJson(path, body({}));
  ASSERT_EQ(all.status, 201u) << all.Describe();
  EXPECT_EQ(visibility(kMarloes), "withheld");
  EXPECT_EQ(lead_->PostJson(path, body({{"whole_household", true}})).status, 422u);
  const json::object shown = EntryWith(Overview(*lead_, family_id_), "Oom Henk");
  ASSERT_EQ(shown.at("withholdings").as_array().size(), 2u);
}

TEST_F(WithholdHouseholdTest, TheReadersPreviewUsesTheSameRuleAndRefusesBadInput) {
  const std::string path = "/api/v1/families/" + family_id_ + "/entries/readers-preview";
  const json::value overview = Overview(*lead_, family_id_);
  const std::string daan = MemberId(overview, "Daan");
  const std::string lotte = MemberId(overview, "Lotte");
  const std::int64_t head = Int(overview, "head_seq");
  HttpResponse open = lead_->PostJson(path, json::object{});
  ASSERT_EQ(open.status, 200u) << open.Describe();
  const json::array readers = Arr(ParseJson(open), "readers");
  ASSERT_EQ(readers.size(), static_cast<std::size_t>(kDemoMembers));
  for (const auto& r : readers) {
    // Ruben has no custody: the summary only; Mees (under 12) does not read himself.
    // Everyone else reads an entry for the household.
    const std::string name = Str(r, "member_name");
    const bool ruben = name.starts_with("Ruben"), mees = name.starts_with("Mees");
    EXPECT_EQ(r.as_object().at("reads").as_bool(), !ruben && !mees) << json::serialize(r);
    if (ruben) {
      EXPECT_EQ(Str(r, "reason"), "summary_only");
    }
    if (mees) {
      EXPECT_EQ(Str(r, "reason"), "under_12_child_view");
    }
  }
  HttpResponse own = lead_->PostJson(
      path, json::object{{"concerns", json::array{daan}}, {"confidential_of", daan}});
  ASSERT_EQ(own.status, 200u) << own.Describe();
  for (const auto& r : Arr(ParseJson(own), "readers")) {
    const bool is_daan = Str(r, "member_id") == daan;
    EXPECT_EQ(r.as_object().at("reads").as_bool(), is_daan) << json::serialize(r);
    if (Str(r, "member_name").starts_with("Marloes")) {
      EXPECT_EQ(Str(r, "reason"), "young_persons_own_information");
    }
  }
  // Bad input: 400 with the field; other people: 403 (family) or 404 (not involved).
  const std::vector<std::pair<json::object, std::string>> bad = {
      {{{"concerns", "daan"}}, "concerns"},
      {{{"concerns", json::array{"mem_nope"}}}, "concerns[0]"},
      {{{"confidential_of", lotte}}, "confidential_of"},
      {{{"text", "x"}}, "text"},
  };
  for (const auto& [b, field] : bad) {
    HttpResponse r = lead_->PostJson(path, b);
    EXPECT_EQ(r.status, 400u) << json::serialize(b) << " " << r.Describe();
    EXPECT_EQ(ErrorFields(r), std::vector<std::string>{field}) << json::serialize(b);
  }
  EXPECT_EQ(Int(Overview(*lead_, family_id_), "head_seq"), head) << "a preview stores nothing";
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(marloes->PostJson(path, json::object{}).status, 403u);
  auto colleague = NewClient();
  LogIn(*colleague, kColleagueUser);
  EXPECT_EQ(colleague->PostJson(path, json::object{}).status, 404u);
}

TEST_F(WithholdHouseholdTest, TheHtmlFormsWithholdFromTheHouseholdAndPreviewReaders) {
  const std::string file = "/gezinnen/" + family_id_;
  const json::value overview = Overview(*lead_, family_id_);
  const std::string daan = MemberId(overview, "Daan");
  const std::string lotte = MemberId(overview, "Lotte");
  const std::int64_t head = Int(overview, "head_seq");
  HttpResponse page = lead_->Get(file);
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Wie kan dit lezen?"), std::string::npos);
  EXPECT_NE(page.body.find("Achtergehouden voor alle gezinsleden"), std::string::npos);
  const std::string csrf = CsrfField(page.body);

  // "Wie kan dit lezen?" before saving: the page again with the readers; nothing saved.
  HttpResponse preview =
      lead_->PostForm(file + "/aantekeningen", {{"_csrf", csrf},
                                                {"soort", "fact"},
                                                {"bron", "gesprek"},
                                                {"tekst", "Daan wil stoppen met school."},
                                                {"over-" + daan, "ja"},
                                                {"vertrouwelijk", daan},
                                                {"actie", "lezers"}});
  ASSERT_EQ(preview.status, 200u) << preview.Describe();
  EXPECT_NE(preview.body.find("vertrouwelijk van een jongere van 16 of ouder"), std::string::npos);
  EXPECT_NE(preview.body.find("Daan wil stoppen met school."), std::string::npos)
      << "the form keeps what was typed";
  HttpResponse wrong = lead_->PostForm(file + "/aantekeningen", {{"_csrf", csrf},
                                                                 {"soort", "fact"},
                                                                 {"bron", "gesprek"},
                                                                 {"tekst", "Over Lotte."},
                                                                 {"vertrouwelijk", lotte},
                                                                 {"actie", "lezers"}});
  EXPECT_EQ(wrong.status, 400u) << wrong.Describe();
  EXPECT_NE(wrong.body.find("href=\"#vertrouwelijk\""), std::string::npos);
  EXPECT_EQ(Int(Overview(*lead_, family_id_), "head_seq"), head) << "nothing saved";

  // Saving with whom it concerns and the confidential mark, as the API can.
  HttpResponse saved = lead_->PostForm(file + "/aantekeningen", {{"_csrf", csrf},
                                                                 {"soort", "fact"},
                                                                 {"bron", "gesprek"},
                                                                 {"tekst", "Daan twijfelt."},
                                                                 {"over-" + daan, "ja"},
                                                                 {"vertrouwelijk", daan}});
  ASSERT_EQ(saved.status, 303u) << saved.Describe();
  const json::object entry = EntryWith(Overview(*lead_, family_id_), "Daan twijfelt.");
  ASSERT_FALSE(entry.empty());
  EXPECT_EQ(Str(entry, "confidential_of"), daan);

  // The withhold form: "only the ticked members" with none ticked is refused on the page.
  const std::string withhold = file + "/aantekeningen/" + Str(entry, "id") + "/achterhouden";
  const std::int64_t before = Int(Overview(*lead_, family_id_), "head_seq");
  HttpResponse none = lead_->PostForm(withhold, {{"_csrf", csrf},
                                                 {"lid", "leden"},
                                                 {"grond", "serious_harm_to_child"},
                                                 {"reden", "Het zou hem schaden."},
                                                 {"herzien_op", "2099-01-01"}});
  EXPECT_EQ(none.status, 400u) << none.Describe();
  HttpResponse narrowed = lead_->PostForm(withhold, {{"_csrf", csrf},
                                                     {"lid", lotte},
                                                     {"grond", "protects_third_person"},
                                                     {"reden", "Wie het vertelde."},
                                                     {"herzien_op", "2099-01-01"}});
  EXPECT_EQ(narrowed.status, 400u) << narrowed.Describe();
  EXPECT_NE(narrowed.body.find("Schrijf op waarom het voor minder gezinsleden mag."),
            std::string::npos);
  EXPECT_EQ(Int(Overview(*lead_, family_id_), "head_seq"), before) << "nothing may have changed";
  HttpResponse all = lead_->PostForm(withhold, {{"_csrf", csrf},
                                                {"lid", ""},
                                                {"grond", "protects_third_person"},
                                                {"reden", "Wie het vertelde."},
                                                {"herzien_op", "2099-01-01"}});
  ASSERT_EQ(all.status, 303u) << all.Describe();
  const json::object after = EntryWith(Overview(*lead_, family_id_), "Daan twijfelt.");
  ASSERT_EQ(after.at("withholdings").as_array().size(), 1u);
  EXPECT_TRUE(after.at("withholdings").as_array()[0].as_object().at("whole_household").as_bool());
}

}  // namespace
}  // namespace stip::e2e
