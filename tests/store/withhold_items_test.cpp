// Contract (issue 11 item 6): a withholding names what it holds back. Without a target it is an
// entry, as in every older ledger; with one it names a child's own words (or another item) that
// must exist; the kind is read back and survives a rebuild on every engine, as does the reason
// a professional gave for narrowing the sharing of a child's words.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
namespace json = boost::json;

class WithholdItemsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");  // fam_a_m1 the parent, fam_a_m2 the child
  }
};
STIP_STORE_CONTRACT(WithholdItemsTest);

TEST_P(WithholdItemsTest, AWithheldChildVoiceIsReadBackWithItsKindAndSurvivesARebuild) {
  AppendOk("fam_a", {Ev("fam_a", types::kChildVoiceWritten,
                        {{"id", "vce_1"},
                         {"child_id", "fam_a_m2"},
                         {"share", "parents"},
                         {"good_things", "Voetbal."}},
                        3000, "acc_2")});
  // A target that does not exist, or a kind that is not one, is refused and leaves no trace.
  const auto refused = [&](json::object payload) {
    auto r = Append("fam_a", store().Head("fam_a")->seq,
                    {Ev("fam_a", types::kWithholdingDecided, payload)});
    EXPECT_FALSE(r);
  };
  const json::object base{{"id", "whd_1"},           {"entry_id", "vce_1"},
                          {"member_id", "fam_a_m1"}, {"ground", "serious_harm_to_child"},
                          {"reason", "Te zwaar."},   {"review_date", "2099-01-01"},
                          {"target", "child_voice"}};
  auto unknown = base;
  unknown["entry_id"] = "vce_x";
  refused(unknown);
  auto wrong_kind = base;
  wrong_kind["target"] = "plan_comment";
  refused(wrong_kind);
  auto no_kind = base;
  no_kind["target"] = "bericht";
  refused(no_kind);
  auto spelled = base;
  spelled["target"] = "entry";  // an entry is written without a target
  refused(spelled);
  EXPECT_TRUE(store().ListWithholdings("fam_a")->empty());

  AppendOk("fam_a", {Ev("fam_a", types::kWithholdingDecided, base, 4000)});
  AppendOk("fam_a",
           {Ev("fam_a", types::kChildVoiceSharingChanged,
               {{"id", "vce_1"}, {"share", "professionals"}, {"reason", "Eerst praten."}}, 5000)});
  const auto check = [&] {
    auto all = store().ListWithholdings("fam_a");
    ASSERT_TRUE(all) << all.error().message;
    ASSERT_EQ(all->size(), 1u);
    EXPECT_EQ((*all)[0].kind, domain::WithheldKind::kChildVoice);
    EXPECT_EQ((*all)[0].entry_id, "vce_1");
    EXPECT_EQ((*all)[0].member_id, "fam_a_m1");
    auto voices = store().LoadChildVoices("fam_a");
    ASSERT_TRUE(voices);
    ASSERT_EQ(voices->voices.size(), 1u);
    EXPECT_EQ(voices->voices[0].sharing_reason, "Eerst praten.");
  };
  check();
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  check();
}

}  // namespace
}  // namespace stip::store::testing
