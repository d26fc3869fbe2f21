// Issue 10 item 6 ("al bekend?") through the use cases, over years on a fake clock: signals are
// keyed under one installation key per month; when the Verwijsindex term deletes the last
// signal made under a month's key, the key goes too, so the hash that stays on the ledger can
// no longer be tried against a BSN, while `stip verify` still passes.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "app/events.h"
#include "app/stip.h"
#include "app/system.h"
#include "domain/known_elsewhere.h"
#include "ledger/events.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

constexpr domain::Millis kDay = 86'400'000;
// Test BSNs: valid in form (11-proof), never issued.
constexpr const char* kTimBsn = "999990020";
constexpr const char* kSemBsn = "999990044";

class KnownElsewhereAppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-ke-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_);
    const Principal cli = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(cli, "Gemeente Testdorp");
    const auto team =
        *stip_->CreateTeam(cli, {"", *org, "Wijkteam", domain::TeamKind::kLocal, "", ""});
    for (const char* name : {"lead", "iris"}) {
      auto id = stip_->CreateUser(
          cli, {name, std::string("Naam ") + name, team, "paarse-olifant-fietst", false, "", ""});
      ASSERT_TRUE(id) << id.error().message;
    }
  }
  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Principal Who(const std::string& username) {
    auto login = stip_->Login(username, "paarse-olifant-fietst");
    EXPECT_TRUE(login) << login.error().message;
    auto who = stip_->SessionPrincipal(login->session_token);
    EXPECT_TRUE(who) << who.error().message;
    return *who;
  }
  std::string OpenFileFor(const std::string& child, const std::string& bsn) {
    NewFamily f;
    f.name = "Gezin " + child;
    f.members = {{"p", "Ouder " + child, "parent", "1985-02-03"},
                 {"c", child, "child", "2019-05-10", bsn}};
    f.custody = {{"p", "c", true}};
    const Principal lead = Who("lead");
    f.lead_user_id = lead.user.id;
    auto id = stip_->CreateFamily(lead, f);
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : "";
  }
  bool Known(const std::string& bsn) {
    auto check = stip_->CheckKnownElsewhere(Who("iris"), {{bsn, "", ""}});
    EXPECT_TRUE(check) << check.error().message;
    return check && !check->teams.empty();
  }
  std::vector<std::string> SignalKeys() {
    std::vector<std::string> out;
    auto keys = store_->ListInstallationKeys();
    EXPECT_TRUE(keys) << keys.error().message;
    if (!keys) return out;
    for (const auto& [name, value] : *keys) {
      if (name.starts_with("signal_hmac")) out.push_back(name);
    }
    return out;
  }
  std::vector<ledger::events::SignalRecorded> SignalsOnLedger(const std::string& family) {
    std::vector<ledger::events::SignalRecorded> out;
    EXPECT_TRUE(store_->ReadChain(family, [&](const ledger::Event& e) {
      if (e.type != ledger::events::SignalRecorded::kType) return true;
      auto s = ledger::events::Decode<ledger::events::SignalRecorded>(e);
      EXPECT_TRUE(s) << s.error().message;
      if (s) out.push_back(*s);
      return true;
    }));
    return out;
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;  // 2026-11-29
  testing::SequentialIds ids_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
};

TEST_F(KnownElsewhereAppTest, AMonthsKeyGoesWhenItsSignalsCanNoLongerMatch) {
  const std::string tims = OpenFileFor("Tim", kTimBsn);  // 2026-11-29
  // The signal names the month's key; the key is in the installation, never on the ledger.
  const auto recorded = SignalsOnLedger(tims);
  ASSERT_EQ(recorded.size(), 1u);
  EXPECT_EQ(recorded[0].key, "signal_hmac:2026-11");
  EXPECT_EQ(SignalKeys(), std::vector<std::string>{"signal_hmac:2026-11"});
  EXPECT_TRUE(Known(kTimBsn));

  // Three months later a second child's file is opened under that month's key; Tim still
  // matches (his signal was made under an earlier key).
  clock_.Advance(90 * kDay);  // 2027-02-27
  const std::string sems = OpenFileFor("Sem", kSemBsn);
  EXPECT_EQ(SignalsOnLedger(sems).at(0).key, "signal_hmac:2027-02");
  EXPECT_TRUE(Known(kTimBsn));
  EXPECT_TRUE(Known(kSemBsn));

  // Past Tim's active term (2 years) and a month's margin, not yet Sem's: Tim's month key goes
  // although his signal is kept (deleted after 5 years); Sem's stays.
  clock_.Advance(710 * kDay);  // 2029-02-06
  auto deleted = stip_->DeleteExpiredSignals();
  ASSERT_TRUE(deleted) << deleted.error().message;
  EXPECT_EQ(*deleted, 0) << "no signal is 5 years old";
  auto keys = SignalKeys();
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "signal_hmac:2026-11"), 0);
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "signal_hmac:2027-02"), 1);
  EXPECT_FALSE(Known(kTimBsn));
  EXPECT_TRUE(Known(kSemBsn));
  // Tim's hash stays on the ledger (it is append-only), but nothing can key a BSN to it now.
  EXPECT_EQ(SignalsOnLedger(tims).size(), 1u);
  auto verified = stip_->Verify(std::nullopt);
  ASSERT_TRUE(verified) << verified.error().message;
  EXPECT_TRUE(verified->ok());
  // A rebuild of every projection keeps the signals; the keys are not part of it.
  ASSERT_TRUE(store_->Rebuild());
  EXPECT_TRUE(Known(kSemBsn));

  // Past Sem's term as well: his month's key goes too; after 5 years both signals go.
  clock_.Advance(120 * kDay);
  ASSERT_TRUE(stip_->DeleteExpiredSignals());
  keys = SignalKeys();
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "signal_hmac:2027-02"), 0);
  clock_.Advance(3 * 366 * kDay);
  EXPECT_EQ(*stip_->DeleteExpiredSignals(), 2);
}

TEST_F(KnownElsewhereAppTest, SignalsMadeUnderTheFirstKeyStillMatchUntilTheirKeyGoes) {
  // An installation from before the monthly keys: a signal without `key`, under "signal_hmac".
  const std::string tims = OpenFileFor("Tim", "");
  auto first = store_->InstallationKey("signal_hmac", "een-oud-geheim-van-deze-installatie");
  ASSERT_TRUE(first);
  auto family = store_->FindFamily(tims);
  ASSERT_TRUE(family && *family);
  const auto& child = *std::find_if((*family)->members.begin(), (*family)->members.end(),
                                    [](const auto& m) { return m.name == "Tim"; });
  store::AppendRequest req{tims, (*family)->head_seq, {}};
  req.events.push_back(
      MakeEvent(tims, "system", clock_.Now(),
                ledger::events::SignalRecorded{
                    .member_id = child.id,
                    .key_hash = HmacSha256Hex(*first, domain::IdentityKey(kTimBsn, "", {}))}));
  auto committed = store_->Commit({{req}, {}});
  ASSERT_TRUE(committed && committed->appends.at(0)) << "the first-key signal was not written";
  EXPECT_TRUE(Known(kTimBsn));

  // Once none of its signals can match (2 years), the first key goes.
  clock_.Advance(731 * kDay);
  ASSERT_TRUE(stip_->DeleteExpiredSignals());
  const auto keys = SignalKeys();
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "signal_hmac"), 0);
  EXPECT_FALSE(Known(kTimBsn));
}

}  // namespace
}  // namespace stip::app
