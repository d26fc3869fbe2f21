// Advice for writers as a use case: professionals only, the entry's text limits, nothing stored.
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "app/stip.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

class AdviseOnTextTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("stip-advice-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_);
  }
  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
};

TEST_F(AdviseOnTextTest, ProfessionalsGetAdviceAndNothingIsStored) {
  const Principal professional{domain::User{}, Principal::Via::kSession, "", std::nullopt};
  const auto head = store_->Head("system");
  auto report = stip_->AdviseOnText(professional, "Wij bespreken de casus in het casusoverleg.");
  ASSERT_TRUE(report) << report.error().message;
  ASSERT_EQ(report->advice.size(), 2u);
  EXPECT_EQ(report->advice[0].term, "casus");
  EXPECT_EQ(report->advice[1].term, "casusoverleg");
  ASSERT_TRUE(report->readability.score.has_value());
  EXPECT_EQ(store_->Head("system")->seq, head->seq) << "no ledger event";
}

TEST_F(AdviseOnTextTest, FamilyMembersAndOversizedTextsAreRefused) {
  const Principal family{domain::User{}, Principal::Via::kSession, "", domain::Account{}};
  auto refused = stip_->AdviseOnText(family, "Hallo.");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, domain::Code::kPermissionDenied);

  const Principal professional{domain::User{}, Principal::Via::kSession, "", std::nullopt};
  auto too_long =
      stip_->AdviseOnText(professional, std::string(stip_->options().max_text + 1, 'a'));
  ASSERT_FALSE(too_long);
  EXPECT_EQ(too_long.error().code, domain::Code::kInvalidArgument);
  ASSERT_EQ(too_long.error().fields.size(), 1u);
  EXPECT_EQ(too_long.error().fields[0].field, "text");
  EXPECT_FALSE(stip_->AdviseOnText(professional, std::string("a\x01", 2)));
  auto empty = stip_->AdviseOnText(professional, "");
  ASSERT_TRUE(empty);
  EXPECT_FALSE(empty->readability.score.has_value());
}

}  // namespace
}  // namespace stip::app
