// Contract: decisions (issue 12) on every engine: a draft and its versions, sharing, the
// family's views and the second opinions (each with the version and hash it read) and taking
// it are folded as given, read back in ledger order, refused when they do not fit (a view
// before sharing, a second opinion or a take on a version that no longer stands, a content
// whose hash is not its own), and rebuilt as they were.
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "ledger/decision_content.h"
#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

domain::DecisionContent Content(const std::string& what) {
  domain::DecisionContent c;
  c.kind = domain::DecisionKind::kRequestMeasure;
  c.what = what;
  c.legal_ground = "BW 1:255";
  c.facts = {{"Sem was drie keer niet op school.", "School", "2026-10-01", ""}};
  c.alternatives = {{"Vrijwillige hulp", "Niet aangenomen."}};
  c.present = {"Sara", "Sanne"};
  c.children = {{"fam_a_m2", true, "Apart gesproken."}};
  c.decider = kLead;
  return c;
}

class DecisionTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
  }

  // The draft's event: its canonical content and that content's hash.
  ledger::Event Version(std::string_view type, const std::string& version, const std::string& what,
                        domain::Millis time) {
    const std::string content = *ledger::EncodeDecisionContent(Content(what));
    hashes_[version] = ledger::DecisionContentHash(content);
    return Ev("fam_a", type,
              {{"id", "bsl_1"},
               {"version", version},
               {"content", content},
               {"content_hash", hashes_[version]}},
              time);
  }
  ledger::Event Opinion(const std::string& id, const std::string& version,
                        const std::string& hash) {
    return Ev("fam_a", types::kDecisionSecondOpinionGiven,
              {{"id", id},
               {"decision_id", "bsl_1"},
               {"version", version},
               {"content_hash", hash},
               {"verdict", "agree"},
               {"reasons", "De feiten dragen het."}},
              6000, "usr_gw");
  }

  std::map<std::string, std::string> hashes_;
};
STIP_STORE_CONTRACT(DecisionTest);

TEST_P(DecisionTest, ADecisionIsReadBackAsGivenAndSurvivesARebuild) {
  EXPECT_TRUE(store().ListDecisions("fam_a")->empty());
  AppendOk("fam_a", {Version(types::kDecisionDrafted, "1", "Een OTS vragen.", 3000)});
  AppendOk("fam_a", {Opinion("tgs_1", "1", hashes_["1"])});
  AppendOk("fam_a",
           {Version(types::kDecisionRevised, "2", "Een OTS van een jaar vragen.", 4000),
            Ev("fam_a", types::kDecisionShared, {{"id", "bsl_1"}, {"version", "2"}}, 4000)});
  AppendOk("fam_a", {Ev("fam_a", types::kDecisionViewAdded,
                        {{"id", "zsw_1"},
                         {"decision_id", "bsl_1"},
                         {"member_id", "fam_a_m1"},
                         {"version", "2"},
                         {"words", "Ik wil het eerst zelf proberen."}},
                        5000, "acc_1")});
  AppendOk("fam_a", {Opinion("tgs_2", "2", hashes_["2"])});
  AppendOk("fam_a",
           {Ev("fam_a", types::kDecisionTaken,
               {{"id", "bsl_1"}, {"version", "2"}, {"content_hash", hashes_["2"]}}, 7000)});

  const auto check = [&] {
    auto all = store().ListDecisions("fam_a");
    ASSERT_TRUE(all) << all.error().message;
    ASSERT_EQ(all->size(), 1u);
    const auto& d = (*all)[0];
    EXPECT_EQ(d.id, "bsl_1");
    EXPECT_EQ(d.version, 2);
    EXPECT_EQ(d.content, Content("Een OTS van een jaar vragen."));
    EXPECT_EQ(d.content_hash, hashes_["2"]);
    EXPECT_EQ(d.state, domain::DecisionState::kTaken);
    EXPECT_EQ(d.drafted_by, kLead);
    EXPECT_EQ(d.drafted_at, 3000);
    EXPECT_EQ(d.changed_at, 4000);
    EXPECT_EQ(d.shared_at, 4000);
    EXPECT_EQ(d.taken_by, kLead);
    EXPECT_EQ(d.taken_at, 7000);
    ASSERT_EQ(d.views.size(), 1u);
    EXPECT_EQ(d.views[0].words, "Ik wil het eerst zelf proberen.");
    EXPECT_EQ(d.views[0].member_id, "fam_a_m1");
    EXPECT_FALSE(d.views[0].recorded);
    ASSERT_EQ(d.opinions.size(), 2u);
    EXPECT_EQ(d.opinions[0].version, 1);
    EXPECT_EQ(d.opinions[0].content_hash, hashes_["1"]);  // voided by version 2
    EXPECT_EQ(d.opinions[1].given_by, "usr_gw");
    EXPECT_EQ(domain::CurrentSecondOpinion(d), &d.opinions[1]);
  };
  check();
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  check();
  EXPECT_TRUE(store().ListDecisions("fam_none")->empty());
}

TEST_P(DecisionTest, WhatDoesNotFitIsRefusedAndLeavesNoTrace) {
  AppendOk("fam_a", {Version(types::kDecisionDrafted, "1", "Een OTS vragen.", 3000)});
  const auto head = store().Head("fam_a")->seq;
  const auto view = Ev("fam_a", types::kDecisionViewAdded,
                       {{"id", "zsw_1"},
                        {"decision_id", "bsl_1"},
                        {"member_id", "fam_a_m1"},
                        {"version", "1"},
                        {"words", "Nee."}});
  // A view on a draft the family was not shown; taking a draft.
  EXPECT_EQ(Append("fam_a", head, {view}).error().code, Code::kFailedPrecondition);
  EXPECT_FALSE(Append("fam_a", head,
                      {Ev("fam_a", types::kDecisionTaken,
                          {{"id", "bsl_1"}, {"version", "1"}, {"content_hash", hashes_["1"]}})}));
  // A second opinion on a version or hash that does not stand; an unknown decision.
  EXPECT_FALSE(Append("fam_a", head, {Opinion("tgs_1", "2", hashes_["1"])}));
  EXPECT_FALSE(Append("fam_a", head, {Opinion("tgs_1", "1", std::string(64, 'a'))}));
  auto stray = Opinion("tgs_1", "1", hashes_["1"]);
  stray.payload["decision_id"] = "bsl_9";
  EXPECT_EQ(Append("fam_a", head, {stray}).error().code, Code::kNotFound);
  // A version skipped; a content whose hash is not its own.
  auto skipped = Version(types::kDecisionRevised, "3", "Anders.", 4000);
  EXPECT_FALSE(Append("fam_a", head, {skipped}));
  auto forged = Version(types::kDecisionRevised, "2", "Anders.", 4000);
  forged.payload["content_hash"] = hashes_["1"];
  EXPECT_FALSE(Append("fam_a", head, {forged}));
  EXPECT_EQ(store().Head("fam_a")->seq, head);
  auto all = store().ListDecisions("fam_a");
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ((*all)[0].version, 1);
  EXPECT_EQ((*all)[0].state, domain::DecisionState::kDraft);
  EXPECT_TRUE((*all)[0].views.empty());
  EXPECT_TRUE((*all)[0].opinions.empty());
}

}  // namespace
}  // namespace stip::store::testing
