// Contract: the child's own words (issue 11 item 5) on every engine: records, sharing changes
// and explanation versions are folded as given, read back in ledger order, refused when they do
// not fit, and rebuilt as they were.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class ChildVoiceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");  // fam_a_m1 the parent, fam_a_m2 the child
  }
};
STIP_STORE_CONTRACT(ChildVoiceTest);

TEST_P(ChildVoiceTest, WordsSharingAndExplanationsAreReadBackAndSurviveARebuild) {
  EXPECT_TRUE(store().LoadChildVoices("fam_a")->voices.empty());
  AppendOk("fam_a", {Ev("fam_a", types::kChildVoiceWritten,
                        {{"id", "vce_1"},
                         {"child_id", "fam_a_m2"},
                         {"share", "members"},
                         {"good_things", "Voetbal."},
                         {"dreams", "Dierenarts worden."},
                         {"share_with", boost::json::array{"fam_a_m1"}}},
                        3000, "acc_2"),
                     Ev("fam_a", types::kChildVoiceWritten,
                        {{"id", "vce_2"},
                         {"child_id", "fam_a_m2"},
                         {"share", "professionals"},
                         {"worries", "Ruzie thuis."},
                         {"taken_down", true}},
                        3000)});
  AppendOk("fam_a",
           {Ev("fam_a", types::kChildVoiceSharingChanged, {{"id", "vce_1"}, {"share", "parents"}},
               4000, "acc_2"),
            Ev("fam_a", types::kChildExplanationWritten,
               {{"child_id", "fam_a_m2"}, {"version", "1"}, {"text", "Eerste uitleg."}}, 4000)});
  AppendOk("fam_a",
           {Ev("fam_a", types::kChildExplanationWritten,
               {{"child_id", "fam_a_m2"}, {"version", "2"}, {"text", "Tweede uitleg."}}, 5000)});
  const auto check = [&] {
    auto all = store().LoadChildVoices("fam_a");
    ASSERT_TRUE(all) << all.error().message;
    ASSERT_EQ(all->voices.size(), 2u);
    const auto& own = all->voices[0];
    EXPECT_EQ(own.id, "vce_1");
    EXPECT_EQ(own.good_things, "Voetbal.");
    EXPECT_EQ(own.worries, "");
    EXPECT_EQ(own.dreams, "Dierenarts worden.");
    EXPECT_FALSE(own.taken_down);
    EXPECT_EQ(own.written_by, "acc_2");
    EXPECT_EQ(own.written_at, 3000);
    EXPECT_EQ(own.share, domain::ShareChoice::kParents);
    EXPECT_TRUE(own.share_with.empty());
    EXPECT_EQ(own.sharing_changed_by, "acc_2");
    EXPECT_EQ(own.sharing_changed_at, 4000);
    EXPECT_TRUE(all->voices[1].taken_down);
    EXPECT_EQ(all->voices[1].written_by, kLead);
    EXPECT_TRUE(all->voices[1].sharing_changed_by.empty());
    ASSERT_EQ(all->explanations.size(), 2u);
    EXPECT_EQ(all->explanations[0].version, 1);
    EXPECT_EQ(all->explanations[1].text, "Tweede uitleg.");
    EXPECT_EQ(all->explanations[1].written_by, kLead);
  };
  check();
  AppendOk(
      "fam_a",
      {Ev("fam_a", types::kChildVoiceSharingChanged,
          {{"id", "vce_2"}, {"share", "members"}, {"share_with", boost::json::array{"fam_a_m1"}}},
          6000, "acc_2")});
  auto listed = store().LoadChildVoices("fam_a");
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->voices[1].share_with, std::vector<std::string>{"fam_a_m1"});
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  auto again = store().LoadChildVoices("fam_a");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->voices.size(), 2u);
  EXPECT_EQ(again->voices[1].share_with, std::vector<std::string>{"fam_a_m1"});
  EXPECT_EQ(again->explanations.size(), 2u);
  EXPECT_TRUE(store().LoadChildVoices("fam_none")->voices.empty());
}

TEST_P(ChildVoiceTest, WhatDoesNotFitIsRefusedAndLeavesNoTrace) {
  AppendOk("fam_a", {Ev("fam_a", types::kChildVoiceWritten,
                        {{"id", "vce_1"},
                         {"child_id", "fam_a_m2"},
                         {"share", "professionals"},
                         {"good_things", "Voetbal."}})});
  const auto head = store().Head("fam_a")->seq;
  // Nothing written in any house; an unknown child; an unknown choice; a list without members.
  EXPECT_FALSE(
      Append("fam_a", head,
             {Ev("fam_a", types::kChildVoiceWritten,
                 {{"id", "vce_2"}, {"child_id", "fam_a_m2"}, {"share", "professionals"}})}));
  EXPECT_FALSE(Append("fam_a", head,
                      {Ev("fam_a", types::kChildVoiceWritten,
                          {{"id", "vce_3"},
                           {"child_id", "fam_a_m9"},
                           {"share", "professionals"},
                           {"dreams", "x"}})}));
  EXPECT_FALSE(Append(
      "fam_a", head,
      {Ev("fam_a", types::kChildVoiceSharingChanged, {{"id", "vce_1"}, {"share", "everyone"}})}));
  EXPECT_FALSE(Append(
      "fam_a", head,
      {Ev("fam_a", types::kChildVoiceSharingChanged, {{"id", "vce_1"}, {"share", "members"}})}));
  EXPECT_FALSE(Append(
      "fam_a", head,
      {Ev("fam_a", types::kChildVoiceSharingChanged, {{"id", "vce_9"}, {"share", "parents"}})}));
  // The first explanation is version 1, not 2.
  auto skipped = Append("fam_a", head,
                        {Ev("fam_a", types::kChildExplanationWritten,
                            {{"child_id", "fam_a_m2"}, {"version", "2"}, {"text", "x"}})});
  ASSERT_FALSE(skipped);
  EXPECT_EQ(skipped.error().code, Code::kInvalidArgument);
  EXPECT_EQ(store().Head("fam_a")->seq, head);
  auto all = store().LoadChildVoices("fam_a");
  ASSERT_TRUE(all);
  ASSERT_EQ(all->voices.size(), 1u);
  EXPECT_EQ(all->voices[0].share, domain::ShareChoice::kProfessionals);
  EXPECT_TRUE(all->explanations.empty());
}

}  // namespace
}  // namespace stip::store::testing
