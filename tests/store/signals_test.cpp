// Contract (issue 10 item 6, "al bekend?"), on both engines: signals fold from signal.recorded
// with the team of the file's lead today, leave the index with signal.deleted, and rebuild
// identically; a bad one is refused; the installation's key is made once and kept.
#include <gtest/gtest.h>

#include "ledger/events.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

using domain::Code;

const std::string kHashA(64, 'a');
const std::string kHashB(64, 'b');

class SignalsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    SeedFamily("fam_b", "Gezin B", kOther);
  }
  const std::string sys_{ledger::kSystemChain};
};
STIP_STORE_CONTRACT(SignalsTest);

TEST_P(SignalsTest, SignalsFoldWithTheLeadsTeamAndLeaveWithSignalDeleted) {
  AppendOk("fam_a", {Ev("fam_a", "signal.recorded",
                        {{"member_id", "fam_a_m2"}, {"key_hash", kHashA}}, 3000)});
  AppendOk(
      "fam_b",
      {Ev("fam_b", "signal.recorded", {{"member_id", "fam_b_m2"}, {"key_hash", kHashA}}, 4000),
       Ev("fam_b", "signal.recorded", {{"member_id", "fam_b_m2"}, {"key_hash", kHashB}}, 4000)});
  auto signals = store().ListSignals({kHashA});
  ASSERT_TRUE(signals) << signals.error().message;
  ASSERT_EQ(signals->size(), 2u);
  EXPECT_EQ((*signals)[0].family_id, "fam_a");
  EXPECT_EQ((*signals)[0].team_id, kTeam);
  EXPECT_EQ((*signals)[0].signalled_at, 3000);
  EXPECT_EQ((*signals)[1].family_id, "fam_b");
  EXPECT_EQ(store().ListSignals({kHashA, kHashB})->size(), 3u);
  EXPECT_TRUE(store().ListSignals({std::string(64, 'c')})->empty());

  // Not a child, not a hash: refused, nothing kept.
  auto parent =
      Append("fam_a", store().Head("fam_a")->seq,
             {Ev("fam_a", "signal.recorded", {{"member_id", "fam_a_m1"}, {"key_hash", kHashB}})});
  ASSERT_FALSE(parent);
  EXPECT_EQ(parent.error().code, Code::kNotFound);
  auto bad = Append(
      "fam_a", store().Head("fam_a")->seq,
      {Ev("fam_a", "signal.recorded", {{"member_id", "fam_a_m2"}, {"key_hash", "999990019"}})});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, Code::kInvalidArgument);

  // The oldest signal per file made before a time, for the background.
  auto before = store().ListSignalsBefore(3500);
  ASSERT_TRUE(before) << before.error().message;
  ASSERT_EQ(before->size(), 1u);
  EXPECT_EQ((*before)[0].family_id, "fam_a");
  AppendOk("fam_a",
           {Ev("fam_a", "signal.deleted",
               {{"before", "3500"}, {"reason", "Verwijsindex: na 5 jaar"}}, 5000, "system")});
  EXPECT_EQ(store().ListSignals({kHashA})->size(), 1u);
  EXPECT_TRUE(store().ListSignalsBefore(3500)->empty());

  // A rebuild deletes them again.
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
  EXPECT_EQ(store().ListSignals({kHashA})->size(), 1u);
}

TEST_P(SignalsTest, ChecksAreOnTheSystemChainOnly) {
  AppendOk(
      sys_,
      {Ev(sys_, "known_elsewhere.checked",
          {{"id", "chk_1"}, {"families", boost::json::array{"fam_a"}}, {"outcome", "match"}})});
  auto bad = Append(sys_, store().Head(sys_)->seq,
                    {Ev(sys_, "known_elsewhere.checked", {{"id", "chk_2"}, {"outcome", "maybe"}})});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, Code::kInvalidArgument);
}

TEST_P(SignalsTest, TheInstallationKeyIsMadeOnceAndKept) {
  auto first = store().InstallationKey("signal_hmac", "key-one");
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(*first, "key-one");
  auto second = store().InstallationKey("signal_hmac", "key-two");
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(*second, "key-one");
  // Not derived from the ledger: a rebuild keeps it.
  ASSERT_TRUE(store().Rebuild());
  EXPECT_EQ(*store().InstallationKey("signal_hmac", "key-three"), "key-one");
}

// A signal key goes only when no signal made under it could still match; a bad key name on
// signal.recorded is refused.
TEST_P(SignalsTest, ASignalKeyGoesOnlyWhenNoActiveSignalUsesIt) {
  ASSERT_TRUE(store().InstallationKey("signal_hmac:2026-11", "november"));
  ASSERT_TRUE(store().InstallationKey("signal_hmac:2026-12", "december"));
  AppendOk("fam_a",
           {Ev("fam_a", "signal.recorded",
               {{"member_id", "fam_a_m2"}, {"key_hash", kHashA}, {"key", "signal_hmac:2026-11"}},
               3000)});
  auto bad = Append("fam_a", store().Head("fam_a")->seq,
                    {Ev("fam_a", "signal.recorded",
                        {{"member_id", "fam_a_m2"}, {"key_hash", kHashB}, {"key", "november"}})});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, Code::kInvalidArgument);

  // Still active (made at or after the term's start): kept. An unused key: gone.
  auto kept = store().DeleteSignalKey("signal_hmac:2026-11", 3000);
  ASSERT_TRUE(kept) << kept.error().message;
  EXPECT_FALSE(*kept);
  EXPECT_TRUE(*store().DeleteSignalKey("signal_hmac:2026-12", 3000));
  // Past its term: gone, while the signal itself stays until signal.deleted.
  EXPECT_TRUE(*store().DeleteSignalKey("signal_hmac:2026-11", 3001));
  EXPECT_FALSE(*store().DeleteSignalKey("signal_hmac:2026-11", 3001)) << "gone once";
  EXPECT_EQ(store().ListSignals({kHashA})->size(), 1u);
  const auto keys = store().ListInstallationKeys();
  ASSERT_TRUE(keys) << keys.error().message;
  for (const auto& [name, value] : *keys) {
    EXPECT_FALSE(name.starts_with("signal_hmac")) << name;
  }
}

}  // namespace
}  // namespace stip::store::testing
