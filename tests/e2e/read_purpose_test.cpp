// Issue 10 item 9: the purpose of a read. A professional chooses it when it is not the usual
// help, on the page and in the API; anything else is refused and reads nothing; the list of
// families is on each family's access log; and the family reads the purpose in words.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

class ReadPurposeTest : public FamilyE2eTest {
 protected:
  // The newest `n` lines of the family's access log other than the reads of the log itself
  // (each call of this reads it once more).
  json::array NewestLines(std::size_t n) {
    HttpResponse log = lead_->Get("/api/v1/families/" + family_id_ + "/access-log?limit=100");
    EXPECT_EQ(log.status, 200u) << log.Describe();
    json::array out;
    for (const auto& line : Arr(ParseJson(log), "lines")) {
      if (Str(line, "what") != "access_log" && out.size() < n) out.push_back(line);
    }
    return out;
  }
};

TEST_F(ReadPurposeTest, TheProfessionalChoosesThePurposeAndTheFamilyReadsIt) {
  const std::string page = "/gezinnen/" + family_id_;

  // The family page offers the choice, with the usual help selected.
  HttpResponse usual = lead_->Get(page);
  ASSERT_EQ(usual.status, 200u) << usual.Describe();
  EXPECT_NE(usual.body.find("name=\"doel\""), std::string::npos);
  EXPECT_NE(usual.body.find("<option value=\"hulpverlening\" selected>"), std::string::npos);
  EXPECT_EQ(usual.body.find("value=\"noodtoegang\""), std::string::npos)
      << "emergency access is not a purpose one chooses";

  // Chosen on the page: the page says so, and the links onward keep it.
  HttpResponse chosen = lead_->Get(page + "?doel=overdracht");
  ASSERT_EQ(chosen.status, 200u) << chosen.Describe();
  EXPECT_NE(chosen.body.find("<option value=\"overdracht\" selected>"), std::string::npos);
  EXPECT_NE(chosen.body.find("Doel nu: overdracht van het dossier."), std::string::npos);
  EXPECT_NE(chosen.body.find(page + "/inzage?doel=overdracht"), std::string::npos);
  // Chosen in the API.
  EXPECT_EQ(lead_->Get("/api/v1/families/" + family_id_ + "?purpose=kwaliteitstoetsing").status,
            200u);

  // Outside the list: refused with the field named, on the page and in the API, and unread.
  const std::int64_t before = Int(NewestLines(1)[0], "seq");
  HttpResponse odd = lead_->Get(page + "?doel=nieuwsgierig");
  EXPECT_EQ(odd.status, 400u) << odd.Describe();
  EXPECT_EQ(odd.body.find("Lotte Kramer"), std::string::npos) << "a refused read shows nothing";
  HttpResponse glass = lead_->Get("/api/v1/families/" + family_id_ + "?purpose=noodtoegang");
  EXPECT_EQ(glass.status, 400u) << glass.Describe();
  std::string code;
  EXPECT_EQ(ErrorFields(glass, &code), std::vector<std::string>{"purpose"});
  EXPECT_EQ(lead_->Get("/api/v1/families/" + family_id_ + "/access-log?purpose=x").status, 400u);

  const json::array lines = NewestLines(3);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(Int(lines[0], "seq"), before) << "the refused reads left no line";
  EXPECT_EQ(Str(lines[0], "purpose"), "kwaliteitstoetsing");
  EXPECT_EQ(Str(lines[1], "purpose"), "overdracht");
  EXPECT_EQ(Str(lines[1], "what"), "family_overview");
  EXPECT_EQ(Str(lines[2], "purpose"), "hulpverlening");

  // Marloes reads why, in words, on "Wie las ons dossier"; her own reads are her own file's.
  auto marloes = LogInFamily(kMarloes);
  ASSERT_TRUE(marloes);
  HttpResponse log = marloes->Get("/ons-gezin/inzage");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  EXPECT_NE(log.body.find("Reden: overdracht van het dossier."), std::string::npos);
  EXPECT_NE(log.body.find("Reden: controle van de kwaliteit van het werk."), std::string::npos);
}

// A form on a page read with a purpose carries it: the page after the post (and the page shown
// again on an error) is read with the same purpose, not as the usual help.
TEST_F(ReadPurposeTest, AFormPostedFromAPageKeepsItsPurpose) {
  const std::string page = "/gezinnen/" + family_id_;
  HttpResponse chosen = lead_->Get(page + "?doel=tegenspraak");
  ASSERT_EQ(chosen.status, 200u) << chosen.Describe();
  EXPECT_NE(chosen.body.find("name=\"_doel\" value=\"tegenspraak\""), std::string::npos)
      << "every form on the page carries the purpose";
  HttpResponse usual = lead_->Get(page);
  EXPECT_EQ(usual.body.find("name=\"_doel\""), std::string::npos) << "the usual help: nothing";

  HttpResponse saved = lead_->PostForm(page + "/aantekeningen", {{"_doel", "tegenspraak"},
                                                                 {"soort", "fact"},
                                                                 {"bron", "gesprek"},
                                                                 {"tekst", "Lotte belde zelf."}});
  ASSERT_EQ(saved.status, 303u) << saved.Describe();
  EXPECT_NE(saved.Header("location").find("doel=tegenspraak"), std::string::npos)
      << saved.Header("location");

  HttpResponse wrong = lead_->PostForm(
      page + "/aantekeningen",
      {{"_doel", "tegenspraak"}, {"soort", "fact"}, {"bron", "gesprek"}, {"tekst", ""}});
  EXPECT_EQ(wrong.status, 400u) << wrong.Describe();
  EXPECT_NE(wrong.body.find("name=\"_doel\" value=\"tegenspraak\""), std::string::npos);
  const json::array lines = NewestLines(1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(Str(lines[0], "purpose"), "tegenspraak") << "the page shown again read with it";

  // A value outside the list is not carried anywhere.
  HttpResponse odd = lead_->PostForm(
      page + "/aantekeningen",
      {{"_doel", "nieuwsgierig"}, {"soort", "fact"}, {"bron", "gesprek"}, {"tekst", "Nog iets."}});
  ASSERT_EQ(odd.status, 303u) << odd.Describe();
  EXPECT_EQ(odd.Header("location").find("doel="), std::string::npos);
}

TEST_F(ReadPurposeTest, TheListOfFamiliesIsOnTheAccessLog) {
  // The page and the API each name the family once: one line each.
  HttpResponse list = lead_->Get("/gezinnen");
  ASSERT_EQ(list.status, 200u) << list.Describe();
  ASSERT_EQ(lead_->Get("/api/v1/families").status, 200u);
  json::array lines = NewestLines(2);
  ASSERT_EQ(lines.size(), 2u);
  for (const auto& line : lines) {
    EXPECT_EQ(Str(line, "what"), "family_list");
    EXPECT_EQ(Str(line, "purpose"), "hulpverlening");
    EXPECT_EQ(Str(line, "user_name"), kLeadName);
  }

  // A colleague who is not involved lists no family, so this family's log does not grow.
  auto colleague = NewClient();
  LogIn(*colleague, kColleagueUser);
  HttpResponse theirs = colleague->Get("/api/v1/families");
  ASSERT_EQ(theirs.status, 200u);
  EXPECT_TRUE(Arr(ParseJson(theirs), "families").empty());
  EXPECT_EQ(Int(NewestLines(1)[0], "seq"), Int(lines[0], "seq"));

  auto marloes = LogInFamily(kMarloes);
  ASSERT_TRUE(marloes);
  HttpResponse log = marloes->Get("/ons-gezin/inzage");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  EXPECT_NE(log.body.find(
                "jullie gezin in de lijst van gezinnen. Het dossier zelf is toen niet geopend."),
            std::string::npos);
}

}  // namespace
}  // namespace stip::e2e
