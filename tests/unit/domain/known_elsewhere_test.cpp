// "Al bekend?" (issue 10 item 6): identity keys from a BSN or name and birth date, and matching
// keyed hashes after the Verwijsindex rules, which tell only which team holds a file.
#include "domain/known_elsewhere.h"

#include <gtest/gtest.h>

namespace stip::domain {
namespace {

constexpr Millis kDay = 86'400'000;
constexpr Millis kNow = 1'796'000'000'000;  // December 2026

TEST(KnownElsewhere, ElevenProofTestNumbersOnly) {
  // Test numbers from the never-issued 9999 range.
  EXPECT_TRUE(IsElevenProof("999990019"));
  EXPECT_TRUE(IsElevenProof("999990020"));
  EXPECT_FALSE(IsElevenProof("999990018"));
  EXPECT_FALSE(IsElevenProof("99999001"));
  EXPECT_FALSE(IsElevenProof("99999001x"));
  EXPECT_FALSE(IsElevenProof("000000000"));
}

TEST(KnownElsewhere, NamesAreKeyedInOneForm) {
  EXPECT_EQ(NormalName("  Noor   de Vries "), "noor de vries");
  EXPECT_EQ(NormalName("NOOR DE VRIES"), "noor de vries");
  EXPECT_EQ(NormalName("Ünal O'Brien-Jansen"), "unal obrien jansen");
  EXPECT_EQ(NormalName("Zoë Çelik"), "zoe celik");
  EXPECT_EQ(IdentityKey("999990019", "Noor", {2018, 5, 20}), "bsn:999990019");
  EXPECT_EQ(IdentityKey("", " Noor  de Vries", {2018, 5, 20}), "nbd:noor de vries|2018-05-20");
  EXPECT_EQ(IdentityKey("", "noor de vries", {2018, 5, 20}),
            IdentityKey("", "Noor De Vries", {2018, 5, 20}));
}

// Names in other scripts keep their letters: they must not all become "" (and so match each
// other on the birth date alone).
TEST(KnownElsewhere, NamesInEveryScriptKeepTheirLetters) {
  EXPECT_EQ(NormalName("محمد العلي"), "محمد العلي");
  EXPECT_EQ(NormalName("Иван Петров"), "иван петров");
  EXPECT_EQ(NormalName("ИВАН  ПЕТРОВ"), "иван петров");
  EXPECT_EQ(NormalName("王小明"), "王小明");
  EXPECT_EQ(NormalName("ΑΛΕΞΗ"), "αλεξη");
  EXPECT_NE(NormalName("محمد"), NormalName("王小明"));
  // Latin Extended-A folds like the accents of Latin-1; the Dutch ligature is two letters.
  EXPECT_EQ(NormalName("Şahin Yılmaz"), "sahin yilmaz");
  EXPECT_EQ(NormalName("Łukasz Wójcik"), "lukasz wojcik");
  EXPECT_EQ(NormalName("Ĳsbrand"), "ijsbrand");
  // A decomposed accent (e + U+0301) is the same name as a composed one; a no-break space and
  // a curly apostrophe are a space and nothing.
  EXPECT_EQ(NormalName("Zoe\xcc\x81"), "zoe");
  EXPECT_EQ(NormalName("Noor\xc2\xa0O\xe2\x80\x99"
                       "Brien"),
            "noor obrien");
  // Malformed UTF-8 is left out, never kept.
  EXPECT_EQ(NormalName("No\xffor"), "noor");
}

TEST(KnownElsewhere, AChildWithoutANameHasNoKey) {
  EXPECT_EQ(IdentityKey("", "", {2018, 5, 20}), "");
  EXPECT_EQ(IdentityKey("", " '- ", {2018, 5, 20}), "");
  EXPECT_NE(IdentityKey("", "Иван", {2018, 5, 20}), IdentityKey("", "Олег", {2018, 5, 20}));
  EXPECT_NE(IdentityKey("", "Иван", {2018, 5, 20}), "");
}

TEST(KnownElsewhere, AMatchTellsOnlyTheTeamOfAnotherLiveFile) {
  const std::vector<Signal> signals = {
      {"h_noor", "fam_a", "team_west", kNow - 100 * kDay},
      {"h_noor", "fam_a", "team_west", kNow - 50 * kDay},     // the same file twice: one match
      {"h_noor", "fam_old", "team_oost", kNow - 800 * kDay},  // older than 2 years
      {"h_sem", "fam_b", "team_noord", kNow - 10 * kDay},
      {"h_noor", "fam_new", "team_zuid", kNow},  // the file being opened itself
  };
  const std::string keys[] = {"h_noor"};
  EXPECT_EQ(MatchSignals(keys, signals, kNow, "fam_new"),
            (std::vector<SignalMatch>{{"fam_a", "team_west"}}));
  const std::string both[] = {"h_noor", "h_sem"};
  EXPECT_EQ(MatchSignals(both, signals, kNow, "fam_new").size(), 2u);
  const std::string unknown[] = {"h_finn"};
  EXPECT_TRUE(MatchSignals(unknown, signals, kNow).empty());
  // A policy that asks for three signals tells nothing on one signal on record.
  SignalPolicy strict;
  strict.match_min_signals = 3;
  EXPECT_TRUE(MatchSignals(keys, signals, kNow, "fam_new", strict).empty());
}

TEST(KnownElsewhere, SignalsLiveTwoYearsAndAreDeletedAfterFive) {
  const Signal s{"h", "fam_a", "team", kNow};
  EXPECT_TRUE(SignalActive(s, kNow));
  EXPECT_TRUE(SignalActive(s, kNow + 729 * kDay));
  EXPECT_FALSE(SignalActive(s, kNow + 730 * kDay));
  EXPECT_FALSE(SignalExpired(s, kNow + 1825 * kDay));
  EXPECT_TRUE(SignalExpired(s, kNow + 1826 * kDay));
}

// Ask to join: the asker names a role they may have and a message; a duo partner only from a
// regional safety team and only while the file has none; never the lead.
TEST(KnownElsewhere, AskingToJoinNamesARoleAndAMessage) {
  Family f;
  f.id = "fam_1";
  f.involvements.push_back({"u_lead", InvolvementRole::kLead, 0, std::nullopt, "start"});
  const Team regional{"t_rvt", "org", "RVT", TeamKind::kRegionalSafety, "", ""};
  const Team local{"t_wijk", "org", "Wijkteam", TeamKind::kLocal, "", ""};
  const auto fields = [](const std::vector<FieldError>& errors) {
    std::vector<std::string> out;
    for (const auto& e : errors) out.push_back(e.field);
    return out;
  };
  EXPECT_TRUE(CheckJoinRequest(f, "u_iris", local, "second_opinion", "Ik ken Lotte.").empty());
  EXPECT_TRUE(CheckJoinRequest(f, "u_rvt", regional, "duo", "Ik ken Lotte.").empty());
  EXPECT_EQ(fields(CheckJoinRequest(f, "u_iris", local, "duo", "Ik ken Lotte.")),
            std::vector<std::string>{"role"});
  EXPECT_EQ(fields(CheckJoinRequest(f, "u_iris", local, "lead", "x")),
            std::vector<std::string>{"role"});
  EXPECT_EQ(fields(CheckJoinRequest(f, "u_iris", local, "previous_lead", "x")),
            std::vector<std::string>{"role"});
  EXPECT_EQ(fields(CheckJoinRequest(f, "u_iris", local, "second_opinion", "  ")),
            std::vector<std::string>{"message"});
  EXPECT_EQ(fields(CheckJoinRequest(f, "u_lead", local, "second_opinion", "x")),
            std::vector<std::string>{"user_id"});
  f.involvements.push_back({"u_duo", InvolvementRole::kDuo, 0, std::nullopt, "start"});
  EXPECT_EQ(fields(CheckJoinRequest(f, "u_rvt", regional, "duo", "x")),
            std::vector<std::string>{"role"});
}

}  // namespace
}  // namespace stip::domain
