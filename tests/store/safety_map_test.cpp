// Contract: the safety map (issue 11) on every engine: rounds, worries, disagreements,
// strengths, goals and answers are folded as given, read back in ledger order, refused when
// they do not fit (one answer per participant per worry per round, answers in the newest round
// only), and rebuilt as they were.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class SafetyMapTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
  }

  ledger::Event Score(const std::string& who, const std::string& round, const std::string& score,
                      const std::string& id, const std::string& kind = "member") {
    return Ev("fam_a", types::kSafetyScoreGiven,
              {{"id", id},
               {"danger_id", "dng_1"},
               {"round", round},
               {"participant", kind},
               {"participant_id", who},
               {"score", score},
               {"scale_0", "De kinderen zijn thuis niet veilig."},
               {"scale_10", "Veilig genoeg."},
               {"words", "Het gaat beter."}},
              5000);
  }
};
STIP_STORE_CONTRACT(SafetyMapTest);

TEST_P(SafetyMapTest, TheMapIsReadBackAsGivenAndSurvivesARebuild) {
  EXPECT_TRUE(store().LoadSafetyMap("fam_a")->rounds.empty());
  AppendOk("fam_a", {Ev("fam_a", types::kSafetyRoundOpened, {{"round", "1"}}, 3000),
                     Ev("fam_a", types::kSafetyDangerAdded,
                        {{"id", "dng_1"},
                         {"who_worried", "De school"},
                         {"worry", "Sem komt vaak te laat."},
                         {"if_nothing_changes", "Sem mist lessen."}},
                        3000),
                     Ev("fam_a", types::kSafetyStrengthAdded,
                        {{"id", "str_1"}, {"words", "Oma brengt Sem soms."}}, 3000),
                     Ev("fam_a", types::kSafetyGoalAdded,
                        {{"id", "sgl_1"}, {"danger_id", "dng_1"}, {"words", "Op tijd."}}, 3000)});
  AppendOk("fam_a", {Ev("fam_a", types::kSafetyDisagreementAdded,
                        {{"id", "dsg_1"},
                         {"danger_id", "dng_1"},
                         {"member_id", "fam_a_m1"},
                         {"words", "Dat is niet zo vaak."}},
                        4000, "acc_1")});
  AppendOk("fam_a",
           {Score("fam_a_m1", "1", "6", "sca_1"), Score(kLead, "1", "3", "sca_2", "professional")});
  AppendOk("fam_a", {Ev("fam_a", types::kSafetyRoundOpened, {{"round", "2"}}, 6000)});
  AppendOk("fam_a", {Score("fam_a_m1", "2", "7", "sca_3")});

  auto map = store().LoadSafetyMap("fam_a");
  ASSERT_TRUE(map) << map.error().message;
  ASSERT_EQ(map->rounds.size(), 2u);
  EXPECT_EQ(map->rounds[1].number, 2);
  EXPECT_EQ(map->rounds[1].opened_by, kLead);
  ASSERT_EQ(map->dangers.size(), 1u);
  EXPECT_EQ(map->dangers[0].who_worried, "De school");
  EXPECT_EQ(map->dangers[0].if_nothing_changes, "Sem mist lessen.");
  ASSERT_EQ(map->disagreements.size(), 1u);
  EXPECT_EQ(map->disagreements[0].words, "Dat is niet zo vaak.");
  EXPECT_EQ(map->disagreements[0].written_by, "acc_1");
  ASSERT_EQ(map->strengths.size(), 1u);
  ASSERT_EQ(map->goals.size(), 1u);
  EXPECT_EQ(map->goals[0].danger_id, "dng_1");
  ASSERT_EQ(map->answers.size(), 3u);
  EXPECT_EQ(map->answers[0].score, 6);
  EXPECT_EQ(map->answers[0].words, "Het gaat beter.");
  EXPECT_EQ(map->answers[0].scale_0, "De kinderen zijn thuis niet veilig.");
  EXPECT_EQ(map->answers[1].kind, domain::ParticipantKind::kProfessional);
  EXPECT_EQ(map->answers[2].round, 2);
  EXPECT_EQ(map->answers[2].score, 7);
  EXPECT_FALSE(map->answers[2].recorded);

  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  auto again = store().LoadSafetyMap("fam_a");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->answers.size(), 3u);
  EXPECT_EQ(again->disagreements.size(), 1u);
  EXPECT_EQ(again->rounds.size(), 2u);
  EXPECT_TRUE(store().LoadSafetyMap("fam_none")->answers.empty());
}

TEST_P(SafetyMapTest, WhatDoesNotFitIsRefusedAndLeavesNoTrace) {
  AppendOk("fam_a", {Ev("fam_a", types::kSafetyRoundOpened, {{"round", "1"}}),
                     Ev("fam_a", types::kSafetyDangerAdded,
                        {{"id", "dng_1"},
                         {"who_worried", "De school"},
                         {"worry", "Te laat."},
                         {"if_nothing_changes", "Mist les."}})});
  AppendOk("fam_a", {Score("fam_a_m1", "1", "6", "sca_1")});
  const auto head = store().Head("fam_a")->seq;
  // A second answer of the same person to the same worry in the same round.
  auto twice = Append("fam_a", head, {Score("fam_a_m1", "1", "8", "sca_2")});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, Code::kAlreadyExists);
  // Not the newest round; a score out of 0-10; an unknown worry or member; a round skipped.
  EXPECT_FALSE(Append("fam_a", head, {Score("fam_a_m2", "2", "5", "sca_3")}));
  EXPECT_FALSE(Append("fam_a", head, {Score("fam_a_m2", "1", "11", "sca_4")}));
  EXPECT_FALSE(Append("fam_a", head, {Score("fam_a_m9", "1", "5", "sca_5")}));
  EXPECT_FALSE(Append("fam_a", head,
                      {Ev("fam_a", types::kSafetyGoalAdded,
                          {{"id", "sgl_1"}, {"danger_id", "dng_9"}, {"words", "x"}})}));
  EXPECT_FALSE(Append("fam_a", head, {Ev("fam_a", types::kSafetyRoundOpened, {{"round", "3"}})}));
  EXPECT_EQ(store().Head("fam_a")->seq, head);
  auto map = store().LoadSafetyMap("fam_a");
  ASSERT_TRUE(map);
  ASSERT_EQ(map->answers.size(), 1u);
  EXPECT_EQ(map->answers[0].score, 6);
  EXPECT_TRUE(map->goals.empty());
  EXPECT_EQ(map->rounds.size(), 1u);
}

}  // namespace
}  // namespace stip::store::testing
