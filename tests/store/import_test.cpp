// Contract: sealed history imported into a second store of the same engine (what `stip migrate`
// does) arrives verbatim — same heads, same global chain — verifies, folds into the same
// projections, is skipped when already there, and is refused when it would not continue the
// target's history.
#include <gtest/gtest.h>

#include "app/migrate.h"
#include "app/stip.h"
#include "ledger/chains.h"
#include "ledger/event_types.h"
#include "store/store_support.h"
#include "support/fakes.h"

namespace stip::store::testing {
namespace {

class ImportTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    SeedFamily("fam_b", "Gezin B", kDuo);
    AddEntry("fam_a", "ent_1");
    LogOk("fam_a", kLead, 4000);
    LogOk("fam_b", kDuo, 4200);
    ASSERT_TRUE(store().SetPasswordHash(kLead, "$argon2id$fake"));
    std::filesystem::create_directories(target_dir());
    auto opened = GetParam().open(target_dir(), options_);
    ASSERT_TRUE(opened) << opened.error().message;
    target_ = std::move(*opened);
  }

  void TearDown() override {
    target_.reset();
    if (GetParam().drop && std::filesystem::exists(target_dir())) GetParam().drop(target_dir());
    StoreTest::TearDown();
  }

  std::filesystem::path target_dir() const { return dir() / "target"; }

  std::vector<std::string> GlobalHashes(Store& s) {
    std::vector<std::string> hashes;
    EXPECT_TRUE(s.ReadGlobalChain([&](const GlobalLink& l) {
      hashes.push_back(l.hash);
      return true;
    }));
    return hashes;
  }

  std::unique_ptr<Store> target_;
};
STIP_STORE_CONTRACT(ImportTest);

TEST_P(ImportTest, MigrateCopiesTheLedgerVerbatim) {
  auto report = app::Migrate(store(), *target_, {});
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_GT(report->events_copied, 0);
  EXPECT_EQ(report->events_present, 0);
  EXPECT_EQ(report->access_copied, 2);
  EXPECT_EQ(report->credentials, 1);
  for (const std::string chain : {"system", "fam_a", "fam_b"}) {
    auto from = store().Head(chain);
    auto to = target_->Head(chain);
    ASSERT_TRUE(from && to);
    EXPECT_EQ(from->seq, to->seq) << chain;
    EXPECT_EQ(from->hash, to->hash) << chain;
  }
  EXPECT_EQ(GlobalHashes(store()), GlobalHashes(*target_));
  auto family = target_->FindFamily("fam_a");
  ASSERT_TRUE(family && *family);
  EXPECT_EQ((*family)->name, "Gezin A");
  auto entries = target_->ListEntries("fam_a", {});
  ASSERT_TRUE(entries);
  EXPECT_EQ(entries->size(), 1u);
  auto hash = target_->PasswordHash(kLead);
  ASSERT_TRUE(hash && *hash);
  EXPECT_EQ(**hash, "$argon2id$fake");
  auto rebuilt = target_->Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical) << "the folded projections differ from a re-fold";
}

// Issue 14 item 2: a professional's second login step is operational state like the password;
// without it the target would let him in with the password alone.
TEST_P(ImportTest, TheSecondLoginStepTravelsWithThePassword) {
  const std::string sys(ledger::kSystemChain);
  ASSERT_TRUE(*store().StartTotp({"totp_1", kLead, "JBSWY3DPEHPK3PXP", false, 0, 5000}));
  AppendOk(sys, {Ev(sys, ledger::types::kTotpEnrolled,
                    {{"user_id", kLead}, {"credential_id", "totp_1"}}, 5100)});
  ASSERT_TRUE(*store().UseTotpStep(kLead, 123456));
  auto report = app::Migrate(store(), *target_, {});
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->second_steps, 1);
  auto copied = target_->FindTotp(kLead);
  ASSERT_TRUE(copied && *copied);
  EXPECT_EQ((*copied)->id, "totp_1");
  EXPECT_EQ((*copied)->secret, "JBSWY3DPEHPK3PXP");
  EXPECT_TRUE((*copied)->confirmed) << "a confirmed second step stays required";
  EXPECT_EQ((*copied)->last_step, 123456) << "a code used on the source is not new on the target";
  auto again = target_->UseTotpStep(kLead, 123456);
  ASSERT_TRUE(again);
  EXPECT_FALSE(*again);
  // A second run changes nothing.
  auto rerun = app::Migrate(store(), *target_, {});
  ASSERT_TRUE(rerun) << rerun.error().message;
  auto still = target_->FindTotp(kLead);
  ASSERT_TRUE(still && *still);
  EXPECT_TRUE((*still)->confirmed);
}

TEST_P(ImportTest, TheSignalKeyTravelsWithTheLedger) {
  // Without the installation's key no "al bekend?" check in the target would match a signal
  // that the source recorded.
  auto key = store().InstallationKey("signal_hmac", "source-secret");
  ASSERT_TRUE(key && *key == "source-secret");
  auto report = app::Migrate(store(), *target_, {});
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->keys, 1);
  auto copied = target_->InstallationKey("signal_hmac", "a-new-secret");
  ASSERT_TRUE(copied) << copied.error().message;
  EXPECT_EQ(*copied, "source-secret");
  auto again = app::Migrate(store(), *target_, {});  // the same key there already: fine
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->keys, 1);
}

TEST_P(ImportTest, ATargetWithAnotherSignalKeyIsRefused) {
  ASSERT_TRUE(store().InstallationKey("signal_hmac", "source-secret"));
  ASSERT_TRUE(target_->InstallationKey("signal_hmac", "target-secret"));
  auto refused = app::Migrate(store(), *target_, {});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, domain::Code::kFailedPrecondition);
  EXPECT_NE(refused.error().message.find("another installation key"), std::string::npos)
      << refused.error().message;
  auto kept = target_->InstallationKey("signal_hmac", "x");
  ASSERT_TRUE(kept);
  EXPECT_EQ(*kept, "target-secret") << "the target's key is left alone";
}

TEST_P(ImportTest, ASecondRunCopiesNothingAndANewTailIsAdded) {
  ASSERT_TRUE(app::Migrate(store(), *target_, {}));
  auto again = app::Migrate(store(), *target_, {});
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->events_copied, 0);
  EXPECT_EQ(again->access_copied, 0);
  EXPECT_EQ(again->global_copied, 0);
  EXPECT_GT(again->events_present, 0);

  AddEntry("fam_b", "ent_2", 5000);  // the source moved on: only the tail is copied
  auto tail = app::Migrate(store(), *target_, {});
  ASSERT_TRUE(tail) << tail.error().message;
  EXPECT_EQ(tail->events_copied, 1);
  EXPECT_EQ(tail->global_copied, 1);
  EXPECT_EQ(GlobalHashes(store()), GlobalHashes(*target_));
}

TEST_P(ImportTest, ATargetWithAnotherHistoryIsRefusedAndLeftAlone) {
  // The target's system chain was sealed at another time: same ids, other hashes.
  ledger::Event other = Ev(std::string(ledger::kSystemChain), ledger::types::kOrganisationCreated,
                           {{"id", "org_x"}, {"name", "Elders"}}, 999);
  CommitBatch batch;
  batch.appends.push_back({std::string(ledger::kSystemChain), 0, {other}});
  auto committed = target_->Commit(batch);
  ASSERT_TRUE(committed && committed->appends[0]) << "seeding the target failed";
  const auto before = target_->Head(std::string(ledger::kSystemChain));

  auto refused = app::Migrate(store(), *target_, {});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, domain::Code::kFailedPrecondition);
  EXPECT_NE(refused.error().message.find("different history"), std::string::npos)
      << refused.error().message;
  const auto after = target_->Head(std::string(ledger::kSystemChain));
  ASSERT_TRUE(before && after);
  EXPECT_EQ(before->seq, after->seq);
  EXPECT_EQ(before->hash, after->hash);
}

TEST_P(ImportTest, HistoryThatDoesNotContinueTheHeadIsRefused) {
  std::vector<ledger::Event> events;
  ASSERT_TRUE(store().ReadChain("system", [&](const ledger::Event& e) {
    events.push_back(e);
    return true;
  }));
  ASSERT_GE(events.size(), 2u);
  const std::vector<ledger::Event> gap(events.begin() + 1, events.end());  // no seq 1
  auto status = target_->ImportEvents("system", gap);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, domain::Code::kFailedPrecondition);
  auto head = target_->Head("system");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->seq, 0) << "a refused import must leave nothing behind";
}

}  // namespace
}  // namespace stip::store::testing
