// Issue 14 item 2: a professional's second login step (TOTP) through the use cases on a real
// SQLite store, with a fake clock; the codes are computed by liboath itself, as an app would.
#include <liboath/oath.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "app/stip.h"
#include "ledger/event_types.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

using domain::Code;

constexpr const char* kPassword = "paarse-olifant-fietst";

// The code an authenticator app shows at `now` for the base32 secret Stip showed.
std::string AppCode(const std::string& base32, domain::Millis now) {
  oath_init();
  std::string padded = base32;
  while (padded.size() % 8 != 0) padded += '=';
  char* key = nullptr;
  size_t key_length = 0;
  EXPECT_EQ(oath_base32_decode(padded.data(), padded.size(), &key, &key_length), OATH_OK);
  char otp[7] = {};
  EXPECT_EQ(oath_totp_generate(key, key_length, static_cast<time_t>(now / 1000), 30, 0, 6, otp),
            OATH_OK);
  std::free(key);  // NOLINT: liboath allocates with malloc
  return otp;
}

class SecondStepTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-second-step-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    Start({});
    const Principal cli = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(cli, "Gemeente Testdorp");
    ASSERT_TRUE(org);
    team_ = *stip_->CreateTeam(cli, {"", *org, "Wijkteam", domain::TeamKind::kLocal, "", ""});
    lead_id_ = *stip_->CreateUser(cli, {"lead", "Naam lead", team_, kPassword, false, "", ""});
  }

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // A Stip over the same database with these options (another process would be the same).
  void Start(Options options) {
    stip_.reset();
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_, options);
  }

  Principal Lead() {
    auto user = store_->FindUser(lead_id_);
    return Principal{**user, Principal::Via::kSession, "csrf", std::nullopt};
  }

  // Enrols the lead and returns the secret.
  std::string Enrol() {
    auto started = stip_->StartSecondStep(Lead());
    EXPECT_TRUE(started) << started.error().message;
    EXPECT_TRUE(stip_->ConfirmSecondStep(Lead(), AppCode(started->pending_secret, clock_.Now())));
    return started->pending_secret;
  }

  std::vector<std::string> SystemEventTypes() {
    std::vector<std::string> types;
    EXPECT_TRUE(store_->ReadChain("system", [&](const ledger::Event& e) {
      types.push_back(e.type);
      return true;
    }));
    return types;
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
  std::string team_, lead_id_;
};

TEST_F(SecondStepTest, EnrolShowsTheSecretAndNeedsAFirstRightCode) {
  auto before = stip_->SecondStep(Lead());
  ASSERT_TRUE(before);
  EXPECT_FALSE(before->enrolled);
  EXPECT_TRUE(before->pending_secret.empty());

  auto started = stip_->StartSecondStep(Lead());
  ASSERT_TRUE(started) << started.error().message;
  EXPECT_FALSE(started->enrolled);
  EXPECT_FALSE(started->pending_secret.empty());
  EXPECT_EQ(started->pending_secret.find('='), std::string::npos);
  EXPECT_TRUE(started->pending_uri.starts_with(
      "otpauth://totp/Stip:lead?secret=" + started->pending_secret + "&issuer=Stip"))
      << started->pending_uri;
  const auto events_before = SystemEventTypes().size();

  // A wrong code and no code: 400 on the field, nothing changed.
  auto wrong = stip_->ConfirmSecondStep(Lead(), "000000");
  const std::string right = AppCode(started->pending_secret, clock_.Now());
  if (right != "000000") {
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, Code::kInvalidArgument);
    ASSERT_EQ(wrong.error().fields.size(), 1u);
    EXPECT_EQ(wrong.error().fields[0].field, "code");
    EXPECT_EQ(wrong.error().fields[0].code, domain::FieldCode::kWrongCode);
  }
  auto empty = stip_->ConfirmSecondStep(Lead(), "");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, Code::kInvalidArgument);
  EXPECT_EQ(empty.error().fields.at(0).code, domain::FieldCode::kRequired);
  EXPECT_FALSE(stip_->SecondStep(Lead())->enrolled);
  EXPECT_EQ(SystemEventTypes().size(), events_before);

  // The app's code of now: on, one totp.enrolled on the system chain, and the secret is not
  // shown again.
  ASSERT_TRUE(stip_->ConfirmSecondStep(Lead(), right));
  auto after = stip_->SecondStep(Lead());
  EXPECT_TRUE(after->enrolled);
  EXPECT_TRUE(after->pending_secret.empty());
  EXPECT_EQ(SystemEventTypes().back(), ledger::types::kTotpEnrolled);
  EXPECT_EQ(SystemEventTypes().size(), events_before + 1);

  // A new start while enrolled is refused (422), the old secret stays.
  auto again = stip_->StartSecondStep(Lead());
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, Code::kFailedPrecondition);
}

TEST_F(SecondStepTest, LoginAsksForTheCodeOnceEnrolledAndEachCodeWorksOnce) {
  ASSERT_TRUE(stip_->Login("lead", kPassword, "10.0.0.1"));  // not enrolled: password only
  const std::string secret = Enrol();
  clock_.Advance(30'000);  // the next step: the code used to confirm is of the previous one

  auto without = stip_->Login("lead", kPassword, "10.0.0.1");
  ASSERT_FALSE(without);
  EXPECT_EQ(without.error().code, Code::kUnauthenticated);
  ASSERT_EQ(without.error().fields.size(), 1u);
  EXPECT_EQ(without.error().fields[0].field, "code");
  EXPECT_EQ(without.error().fields[0].code, domain::FieldCode::kRequired);

  const std::string code = AppCode(secret, clock_.Now());
  const std::string wrong = code == "123456" ? "654321" : "123456";
  auto bad = stip_->Login("lead", kPassword, "10.0.0.2", wrong);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, Code::kUnauthenticated);
  EXPECT_EQ(bad.error().fields.at(0).code, domain::FieldCode::kWrongCode);

  // A wrong password with the right code is still a wrong password.
  auto wrong_password = stip_->Login("lead", "niet-het-wachtwoord", "10.0.0.3", code);
  ASSERT_FALSE(wrong_password);
  EXPECT_TRUE(wrong_password.error().fields.empty());

  auto ok = stip_->Login("lead", kPassword, "10.0.0.4", code);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_FALSE(ok->second_step_missing);

  // The same code a second time (someone who saw it) is refused, also 10 seconds later.
  clock_.Advance(10'000);
  auto replay = stip_->Login("lead", kPassword, "10.0.0.5", code);
  ASSERT_FALSE(replay);
  EXPECT_EQ(replay.error().fields.at(0).code, domain::FieldCode::kWrongCode);

  // A clock one step off still works (the code of the previous step, not used yet, is not
  // accepted after a newer one was used; the next step's is).
  clock_.Advance(30'000);
  ASSERT_TRUE(stip_->Login("lead", kPassword, "10.0.0.6", AppCode(secret, clock_.Now() + 30'000)));
}

TEST_F(SecondStepTest, TurningOffNeedsACurrentCodeAndIsAnEvent) {
  const std::string secret = Enrol();
  clock_.Advance(30'000);
  auto wrong = stip_->DisableSecondStep(Lead(), "");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, Code::kInvalidArgument);
  EXPECT_TRUE(stip_->SecondStep(Lead())->enrolled);

  ASSERT_TRUE(stip_->DisableSecondStep(Lead(), AppCode(secret, clock_.Now())));
  EXPECT_FALSE(stip_->SecondStep(Lead())->enrolled);
  EXPECT_EQ(SystemEventTypes().back(), ledger::types::kTotpDisabled);
  ASSERT_TRUE(stip_->Login("lead", kPassword, "10.0.0.1"));  // password only again

  // Nothing to turn off: 422.
  auto none = stip_->DisableSecondStep(Lead(), "123456");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, Code::kFailedPrecondition);

  // A rebuild replays the enrolment and the disabling without bringing the old secret back.
  ASSERT_TRUE(stip_->Rebuild());
  EXPECT_FALSE(stip_->SecondStep(Lead())->enrolled);
}

TEST_F(SecondStepTest, RequiredSettingOpensOnlyEnrolmentUntilSetUpAndForbidsTurningOff) {
  Options required;
  required.require_totp = true;
  Start(required);
  auto login = stip_->Login("lead", kPassword, "10.0.0.1");
  ASSERT_TRUE(login);
  EXPECT_TRUE(login->second_step_missing);
  auto session = stip_->SessionPrincipal(login->session_token);
  ASSERT_TRUE(session);
  EXPECT_TRUE(session->second_step_missing);
  EXPECT_TRUE(stip_->SecondStep(Lead())->required);

  const std::string secret = Enrol();
  auto now_set = stip_->SessionPrincipal(login->session_token);
  ASSERT_TRUE(now_set);
  EXPECT_FALSE(now_set->second_step_missing) << "the same session works at once";

  clock_.Advance(30'000);
  auto off = stip_->DisableSecondStep(Lead(), AppCode(secret, clock_.Now()));
  ASSERT_FALSE(off);
  EXPECT_EQ(off.error().code, Code::kFailedPrecondition);
  EXPECT_TRUE(stip_->SecondStep(Lead())->enrolled);
}

TEST_F(SecondStepTest, DemoAccountsAreExemptInDemoModeOnly) {
  const auto demo_id = *stip_->CreateUser(stip_->CliPrincipal(),
                                          {"regisseur", "Sanne", team_, kPassword, false, "", ""});
  Options required;
  required.require_totp = true;
  Start(required);
  auto outside_demo = stip_->Login("regisseur", kPassword, "10.0.0.1");
  ASSERT_TRUE(outside_demo);
  EXPECT_TRUE(outside_demo->second_step_missing);

  required.demo = true;
  Start(required);
  auto in_demo = stip_->Login("regisseur", kPassword, "10.0.0.1");
  ASSERT_TRUE(in_demo);
  EXPECT_FALSE(in_demo->second_step_missing);
  auto other = stip_->Login("lead", kPassword, "10.0.0.1");
  ASSERT_TRUE(other);
  EXPECT_TRUE(other->second_step_missing) << "an account the demo did not document";
  (void)demo_id;
}

TEST_F(SecondStepTest, OnlyProfessionalsHaveOne) {
  auto cli = stip_->StartSecondStep(stip_->CliPrincipal());
  ASSERT_FALSE(cli);
  EXPECT_EQ(cli.error().code, Code::kPermissionDenied);
}

}  // namespace
}  // namespace stip::app
