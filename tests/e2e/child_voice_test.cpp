// End-to-end (issue 11 item 5): the children's own words in the demo over HTTP. Lotte (13) wrote
// hers, shared with her mother; Daan (16) his, shared with nobody; Lotte has an explanation,
// Mees (the youngest) none, so the lead sees that. Who may read, write and share what; bad
// input changes nothing; the pages keep what was typed on an error.
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

class ChildVoiceFlow : public FamilyE2eTest {
 protected:
  std::string Base() const { return "/api/v1/families/" + family_id_; }
  std::string Path() const { return Base() + "/child-voice"; }
  json::value Voices(HttpClient& who) {
    HttpResponse r = who.Get(Path());
    EXPECT_EQ(r.status, 200u) << r.Describe();
    return ParseJson(r);
  }
  // Per child's name: the good things of each record the caller reads.
  std::vector<std::string> WordsOf(HttpClient& who, const std::string& name) {
    std::vector<std::string> out;
    const json::value all = Voices(who);
    for (const auto& c : Arr(all, "children")) {
      if (Str(Field(c, "child"), "name") != name) continue;
      for (const auto& v : Arr(c, "voices")) out.push_back(Str(v, "good_things"));
    }
    return out;
  }
  std::size_t Count(HttpClient& who) {
    std::size_t n = 0;
    const json::value all = Voices(who);
    for (const auto& c : Arr(all, "children")) n += Arr(c, "voices").size();
    return n;
  }
  std::string MemberId(const std::string& name) {
    const json::value home = ParseJson(lead_->Get(Base()));
    for (const auto& m : Arr(home, "members")) {
      if (Str(m, "name") == name) return Str(m, "id");
    }
    ADD_FAILURE() << "no member " << name;
    return "";
  }
  std::string FirstVoiceOf(HttpClient& who, const std::string& name) {
    const json::value all = Voices(who);
    for (const auto& c : Arr(all, "children")) {
      if (Str(Field(c, "child"), "name") == name && !Arr(c, "voices").empty()) {
        return Str(Arr(c, "voices")[0], "id");
      }
    }
    ADD_FAILURE() << "no words of " << name;
    return "";
  }
};

TEST_F(ChildVoiceFlow, EachReadsOnlyTheWordsSharedWithThem) {
  // The lead reads every record, who wrote it and with whom it is shared.
  const json::value all = Voices(*lead_);
  ASSERT_EQ(Arr(all, "children").size(), 3u);
  EXPECT_EQ(WordsOf(*lead_, "Lotte Kramer").size(), 1u);
  EXPECT_EQ(WordsOf(*lead_, "Daan Kramer"), std::vector<std::string>{"Voetbal en mijn vrienden."});
  for (const auto& c : Arr(all, "children")) {
    const std::string name = Str(Field(c, "child"), "name");
    if (name == "Lotte Kramer") {
      const json::value v = Arr(c, "voices")[0];
      EXPECT_EQ(Str(v, "share"), "members");
      EXPECT_FALSE(Field(v, "taken_down").as_bool());
      EXPECT_EQ(Str(Field(v, "written_by"), "name"), "Lotte Kramer");
      EXPECT_EQ(Int(Field(c, "explanation"), "version"), 1);
    } else {
      EXPECT_TRUE(Field(c, "explanation").is_null()) << name;
    }
  }
  // The lead sees who has no explanation yet: Daan and Mees (the youngest).
  std::vector<std::string> missing;
  for (const auto& p : Arr(all, "without_explanation")) missing.push_back(Str(p, "name"));
  EXPECT_EQ(missing, (std::vector<std::string>{"Daan Kramer", "Mees Kramer"}));

  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  auto lotte = LogInFamily(kLotte);
  auto daan = LogInFamily(kDaan);
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  // Marloes reads what Lotte shared with her, never Daan's words he shared with nobody.
  EXPECT_EQ(WordsOf(*marloes, "Lotte Kramer").size(), 1u);
  EXPECT_TRUE(WordsOf(*marloes, "Daan Kramer").empty());
  // Lotte and Daan read their own, not each other's.
  EXPECT_EQ(WordsOf(*lotte, "Lotte Kramer").size(), 1u);
  EXPECT_TRUE(WordsOf(*lotte, "Daan Kramer").empty());
  EXPECT_EQ(WordsOf(*daan, "Daan Kramer").size(), 1u);
  EXPECT_TRUE(WordsOf(*daan, "Lotte Kramer").empty());
  EXPECT_FALSE(Voices(*lotte).as_object().contains("without_explanation"));
  // Ruben has the summary only; Iris is not involved; a child's words are not in the summary.
  EXPECT_EQ(ruben->Get(Path()).status, 403u);
  EXPECT_EQ(iris->Get(Path()).status, 404u);
  // Each read is on the record.
  HttpResponse log = lead_->Get(Base() + "/access-log");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  EXPECT_NE(log.body.find("\"child_voice\""), std::string::npos);
  // A child's visits to their own words are theirs: their mother's "who read our file" does not
  // show them (it would tell her that Lotte writes), Lotte's own does.
  const auto child_reads = [&](HttpClient& reader) {
    HttpResponse r = reader.Get(Base() + "/access-log?limit=200");
    EXPECT_EQ(r.status, 200u) << r.Describe();
    int n = 0;
    for (const auto& line : Arr(ParseJson(r), "lines")) {
      if (Str(line, "what") == "child_voice" && Str(line, "role") == "child") ++n;
    }
    return n;
  };
  EXPECT_EQ(child_reads(*marloes), 0);
  EXPECT_GT(child_reads(*lotte), 0);
}

TEST_F(ChildVoiceFlow, BadInputIsRefusedAndChangesNothing) {
  auto lotte = LogInFamily(kLotte);
  auto marloes = LogInFamily(kMarloes);
  const std::size_t before = Count(*lead_);
  // All three houses empty: 400, a field error on each.
  HttpResponse empty = lotte->PostJson(
      Path(), json::object{{"good_things", ""}, {"worries", " "}, {"share", "parents"}});
  ASSERT_EQ(empty.status, 400u) << empty.Describe();
  EXPECT_EQ(Problems(empty), (std::vector<std::string>{"good_things:required", "worries:required",
                                                       "dreams:required"}));
  // A choice that is not one; members without a list; a list naming no member.
  EXPECT_EQ(Problems(lotte->PostJson(Path(), json::object{{"dreams", "x"}, {"share", "iedereen"}})),
            std::vector<std::string>{"share:not_one_of"});
  EXPECT_EQ(Problems(lotte->PostJson(Path(), json::object{{"dreams", "x"}, {"share", "members"}})),
            std::vector<std::string>{"share_with:too_few"});
  EXPECT_EQ(Problems(lotte->PostJson(Path(), json::object{{"dreams", "x"},
                                                          {"share", "members"},
                                                          {"share_with", json::array{"mem_x"}}})),
            std::vector<std::string>{"share_with[0]:not_a_member"});
  // A child writes only their own words.
  EXPECT_EQ(Problems(lotte->PostJson(
                Path(), json::object{{"dreams", "x"}, {"child_id", MemberId("Mees Kramer")}})),
            std::vector<std::string>{"child_id:does_not_match"});
  // A parent never writes a child's words; a professional names a child.
  EXPECT_EQ(marloes->PostJson(Path(), json::object{{"dreams", "x"}}).status, 403u);
  EXPECT_EQ(
      Problems(lead_->PostJson(
          Path(), json::object{{"dreams", "x"}, {"child_id", MemberId("Marloes Veldhoven")}})),
      std::vector<std::string>{"child_id:custody_needs_child"});
  // An unknown field.
  EXPECT_EQ(lotte->PostJson(Path(), json::object{{"dreams", "x"}, {"huis", "y"}}).status, 400u);
  EXPECT_EQ(Count(*lead_), before);

  // A child under 12 does not write from their own account: Lotte's birth date was wrong, she
  // is 11.
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{today};
  char born[16];
  std::snprintf(born, sizeof born, "%04d-01-01", static_cast<int>(ymd.year()) - 11);
  HttpResponse corrected = lead_->PostJson(
      Base() + "/members/" + MemberId("Lotte Kramer") + "/birth-date",
      json::object{{"birth_date", born}, {"reason", "Geboortedatum verkeerd overgenomen."}});
  ASSERT_EQ(corrected.status, 200u) << corrected.Describe();
  HttpResponse young = lotte->PostJson(Path(), json::object{{"dreams", "Een hond."}});
  EXPECT_EQ(young.status, 403u) << young.Describe();
  EXPECT_EQ(Count(*lead_), before);
  // A professional takes her words down with her instead, marked so.
  HttpResponse taken = lead_->PostJson(
      Path(), json::object{{"dreams", "Een hond."}, {"child_id", MemberId("Lotte Kramer")}});
  ASSERT_EQ(taken.status, 201u) << taken.Describe();
  EXPECT_EQ(Count(*lead_), before + 1);
}

// Privacy review: words a professional takes down with a child of 12 or older are for the
// professionals; whom else they are shared with, the child chooses from their own account.
TEST_F(ChildVoiceFlow, TakenDownWordsOfATwelvePlusAreForTheProfessionalsUntilTheChildShares) {
  const std::size_t before = Count(*lead_);
  EXPECT_EQ(Problems(lead_->PostJson(Path(), json::object{{"dreams", "Een eigen kamer."},
                                                          {"child_id", MemberId("Daan Kramer")},
                                                          {"share", "parents"}})),
            std::vector<std::string>{"share:does_not_match"});
  EXPECT_EQ(Count(*lead_), before) << "nothing was saved";
  HttpResponse taken = lead_->PostJson(Path(), json::object{{"dreams", "Een eigen kamer."},
                                                            {"child_id", MemberId("Daan Kramer")},
                                                            {"share", "professionals"}});
  EXPECT_EQ(taken.status, 201u) << taken.Describe();
}

TEST_F(ChildVoiceFlow, TheChildChangesWithWhomAProfessionalOnlyNarrows) {
  auto lotte = LogInFamily(kLotte);
  auto marloes = LogInFamily(kMarloes);
  const std::string lottes = FirstVoiceOf(*lead_, "Lotte Kramer");
  const std::string daans = FirstVoiceOf(*lead_, "Daan Kramer");
  // A professional may not widen Daan's choice; his words stay his.
  HttpResponse wider =
      lead_->PostJson(Path() + "/" + daans + "/sharing",
                      json::object{{"share", "parents"}, {"reason", "Zijn ouders helpen."}});
  EXPECT_EQ(wider.status, 403u) << wider.Describe();
  EXPECT_TRUE(WordsOf(*marloes, "Daan Kramer").empty());
  // Marloes may not change Lotte's choice; Lotte may not change Daan's (she does not read it).
  EXPECT_EQ(
      marloes
          ->PostJson(Path() + "/" + lottes + "/sharing", json::object{{"share", "professionals"}})
          .status,
      403u);
  EXPECT_EQ(
      lotte->PostJson(Path() + "/" + daans + "/sharing", json::object{{"share", "parents"}}).status,
      404u);
  EXPECT_EQ(
      lotte->PostJson(Path() + "/" + lottes + "/sharing", json::object{{"share", "x"}}).status,
      400u);
  // Lotte takes it back: her mother no longer reads it.
  HttpResponse back =
      lotte->PostJson(Path() + "/" + lottes + "/sharing", json::object{{"share", "professionals"}});
  ASSERT_EQ(back.status, 200u) << back.Describe();
  EXPECT_TRUE(WordsOf(*marloes, "Lotte Kramer").empty());
  // And shares it with her parents again: her mother (custody) reads it.
  ASSERT_EQ(lotte->PostJson(Path() + "/" + lottes + "/sharing", json::object{{"share", "parents"}})
                .status,
            200u);
  EXPECT_EQ(WordsOf(*marloes, "Lotte Kramer").size(), 1u);
  // The lead narrows it to the professionals only.
  ASSERT_EQ(
      lead_
          ->PostJson(Path() + "/" + lottes + "/sharing",
                     json::object{{"share", "professionals"}, {"reason", "Eerst samen praten."}})
          .status,
      200u);
  EXPECT_TRUE(WordsOf(*marloes, "Lotte Kramer").empty());
}

TEST_F(ChildVoiceFlow, TheLeadExplainsEachChildInTheirOwnWords) {
  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  auto lotte = LogInFamily(kLotte);
  auto daan = LogInFamily(kDaan);
  const std::string mees = MemberId("Mees Kramer");
  const std::string lotte_id = MemberId("Lotte Kramer");
  const std::string daan_id = MemberId("Daan Kramer");
  const auto explanation = [&](const std::string& child) {
    return Base() + "/children/" + child + "/explanation";
  };
  // Bad input: no words; a parent or an unknown child.
  HttpResponse empty = lead_->PostJson(explanation(mees), json::object{{"text", "  "}});
  ASSERT_EQ(empty.status, 400u) << empty.Describe();
  EXPECT_EQ(Problems(empty), std::vector<std::string>{"text:required"});
  EXPECT_EQ(marloes->PostJson(explanation(mees), json::object{{"text", "x"}}).status, 403u);
  EXPECT_EQ(lead_->PostJson(explanation("mem_niemand"), json::object{{"text", "x"}}).status, 404u);
  // The first for Mees, a second version for Lotte.
  HttpResponse first = lead_->PostJson(
      explanation(mees),
      json::object{{"text", "Mees, we helpen papa en mama om minder ruzie te maken."}});
  ASSERT_EQ(first.status, 201u) << first.Describe();
  EXPECT_EQ(Int(ParseJson(first), "version"), 1);
  HttpResponse second = lead_->PostJson(
      explanation(lotte_id), json::object{{"text", "Lotte, dit is de nieuwe uitleg voor jou."}});
  ASSERT_EQ(second.status, 201u) << second.Describe();
  EXPECT_EQ(Int(ParseJson(second), "version"), 2);
  // Lotte reads the newest version of her own; her mother too; her father (no custody) not.
  HttpResponse own = lotte->Get(explanation(lotte_id));
  ASSERT_EQ(own.status, 200u) << own.Describe();
  EXPECT_EQ(Str(Field(ParseJson(own), "explanation"), "text"),
            "Lotte, dit is de nieuwe uitleg voor jou.");
  EXPECT_FALSE(ParseJson(own).as_object().contains("versions"));
  EXPECT_EQ(Int(Field(ParseJson(marloes->Get(explanation(lotte_id))), "explanation"), "version"),
            2);
  EXPECT_EQ(ruben->Get(explanation(lotte_id)).status, 403u);
  // A brother does not read his sister's; a mother needs Daan's (16) consent for his.
  EXPECT_EQ(daan->Get(explanation(lotte_id)).status, 403u);
  EXPECT_EQ(marloes->Get(explanation(daan_id)).status, 403u);
  HttpResponse his = daan->Get(explanation(daan_id));
  ASSERT_EQ(his.status, 200u) << his.Describe();
  EXPECT_TRUE(Field(ParseJson(his), "explanation").is_null());
  // The lead reads every version.
  EXPECT_EQ(Arr(ParseJson(lead_->Get(explanation(lotte_id))), "versions").size(), 2u);
  // Only Daan is left without an explanation, on the page and on Mijn werk.
  std::vector<std::string> missing;
  const json::value after = Voices(*lead_);
  for (const auto& p : Arr(after, "without_explanation")) missing.push_back(Str(p, "name"));
  EXPECT_EQ(missing, std::vector<std::string>{"Daan Kramer"});
  HttpResponse work = lead_->Get("/api/v1/my-work");
  ASSERT_EQ(work.status, 200u) << work.Describe();
  EXPECT_NE(work.body.find("\"children_without_explanation\":[\"Daan Kramer\"]"), std::string::npos)
      << work.body;
  HttpResponse log = lead_->Get(Base() + "/access-log");
  EXPECT_NE(log.body.find("\"child_explanation\""), std::string::npos);
}

TEST_F(ChildVoiceFlow, PagesShowTheWordsAndKeepWhatWasTyped) {
  // The lead's page names the children without an explanation, as does the file and Mijn werk.
  HttpResponse page = lead_->Get("/gezinnen/" + family_id_ + "/eigen-woorden");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Nog geen uitleg voor: Daan Kramer, Mees Kramer."), std::string::npos);
  EXPECT_NE(page.body.find("Ik heb een fijne mentor."), std::string::npos);
  EXPECT_NE(page.body.find("Geschreven door Lotte Kramer zelf"), std::string::npos);
  HttpResponse file = lead_->Get("/gezinnen/" + family_id_);
  EXPECT_NE(file.body.find("Nog geen uitleg voor: Daan Kramer, Mees Kramer."), std::string::npos);
  EXPECT_NE(file.body.find("/eigen-woorden"), std::string::npos);
  HttpResponse work = lead_->Get("/mijn-werk");
  EXPECT_NE(work.body.find("Nog geen uitleg voor: Daan Kramer, Mees Kramer."), std::string::npos);

  // Lotte's own page: her explanation and the form; a wrong post keeps what she typed.
  auto lotte = LogInFamily(kLotte);
  EXPECT_EQ(lotte->Get("/gezinnen/" + family_id_ + "/eigen-woorden").status, 404u);
  HttpResponse own = lotte->Get("/ons-gezin/eigen-woorden");
  ASSERT_EQ(own.status, 200u) << own.Describe();
  EXPECT_NE(own.body.find("Uitleg voor jou"), std::string::npos);
  const std::size_t before = Count(*lead_);
  HttpResponse wrong = lotte->PostForm(
      "/ons-gezin/eigen-woorden/woorden",
      {{"_csrf", CsrfIn(own.body)}, {"goed", "Mijn eigen goede dingen"}, {"delen", "members"}}, {});
  EXPECT_EQ(wrong.status, 400u) << wrong.Describe();
  EXPECT_NE(wrong.body.find("Mijn eigen goede dingen"), std::string::npos);
  EXPECT_NE(wrong.body.find("id=\"woorden-met-fout\""), std::string::npos);
  EXPECT_EQ(Count(*lead_), before);
  const std::string mother = MemberId("Marloes Veldhoven");
  HttpResponse saved = lotte->PostForm("/ons-gezin/eigen-woorden/woorden",
                                       {{"_csrf", CsrfIn(own.body)},
                                        {"goed", "Mijn eigen goede dingen"},
                                        {"delen", "members"},
                                        {"met_" + mother, "ja"}},
                                       {});
  ASSERT_EQ(saved.status, 303u) << saved.Describe();
  EXPECT_EQ(Count(*lead_), before + 1);
  auto marloes = LogInFamily(kMarloes);
  HttpResponse hers = marloes->Get("/ons-gezin/eigen-woorden");
  ASSERT_EQ(hers.status, 200u) << hers.Describe();
  EXPECT_NE(hers.body.find("Mijn eigen goede dingen"), std::string::npos);
  EXPECT_EQ(hers.body.find("Voetbal en mijn vrienden."), std::string::npos);  // Daan's
  // The lead writes a new explanation from the page.
  HttpResponse explained = lead_->PostForm(
      "/gezinnen/" + family_id_ + "/eigen-woorden/uitleg",
      {{"_csrf", CsrfIn(page.body)}, {"kind", MemberId("Mees Kramer")}, {"tekst", ""}}, {});
  EXPECT_EQ(explained.status, 400u) << explained.Describe();
  HttpResponse ok = lead_->PostForm("/gezinnen/" + family_id_ + "/eigen-woorden/uitleg",
                                    {{"_csrf", CsrfIn(page.body)},
                                     {"kind", MemberId("Mees Kramer")},
                                     {"tekst", "Mees, wij helpen thuis."}},
                                    {});
  ASSERT_EQ(ok.status, 303u) << ok.Describe();
  EXPECT_NE(lead_->Get("/gezinnen/" + family_id_ + "/eigen-woorden")
                .body.find("Nog geen uitleg voor: Daan Kramer."),
            std::string::npos);
}

}  // namespace
}  // namespace stip::e2e
