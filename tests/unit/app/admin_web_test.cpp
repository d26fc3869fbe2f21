// Issue 14 item 1: administration on the web, through the use cases on a real SQLite store with a
// fake clock and ids, and the file outbox: a password reset through a one-time link (single use,
// 24 hours, replaced by a newer one, stopped by disabling, at most one request a minute), an
// administrator's reset of a lost second step, organisations and a team's name.
#include <liboath/oath.h>
#include <unistd.h>

#include <filesystem>
#include <regex>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "app/stip.h"
#include "notify/outbox.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

using domain::Code;
using S = PasswordResetLink::State;

constexpr const char* kPassword = "paarse-olifant-fietst";
constexpr const char* kNewPassword = "groene-giraf-zwemt-snel";
constexpr domain::Millis kMinute = 60LL * 1000;
constexpr domain::Millis kHour = 60 * kMinute;

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

class AdminWebTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-admin-web-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    Options options;
    options.public_url = "https://stip.example";
    // The file outbox only writes mails to a directory: a reset link goes there in demo mode
    // only (OutsideDemoModeALinkNeedsSmtpAndHttps).
    options.demo = true;
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_, options);
    outbox_ = std::make_unique<notify::FileOutbox>(dir_ / "outbox");
    stip_->SetOutbox(*outbox_);
    const Principal cli = stip_->CliPrincipal();
    org_ = *stip_->CreateOrganisation(cli, "Gemeente Testdorp");
    team_ = *stip_->CreateTeam(cli, {"", org_, "Wijkteam", domain::TeamKind::kLocal, "", ""});
    lead_ = Pro("lead", "lead@testdorp.example", false);
    admin_ = Pro("beheer", "", true);
  }

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Principal Pro(const std::string& username, const std::string& email, bool admin) {
    auto id = stip_->CreateUser(stip_->CliPrincipal(),
                                {username, "Naam " + username, team_, kPassword, admin, "", email});
    EXPECT_TRUE(id) << id.error().message;
    auto user = store_->FindUser(*id);
    return Principal{**user, Principal::Via::kSession, "csrf", std::nullopt};
  }

  // The token of the link in the newest mail to `to` ("" when there is none).
  std::string LinkToken(const std::string& to) {
    static const std::regex kLink(
        R"(https://stip\.example/wachtwoord-herstellen/([A-Za-z0-9_-]+))");
    for (const auto& mail : notify::ReadFileOutbox(dir_ / "outbox")) {
      if (mail.to != to) continue;
      std::smatch m;
      if (std::regex_search(mail.body, m, kLink)) return m[1].str();
      return "";
    }
    return "";
  }

  int MailsTo(const std::string& to) {
    int n = 0;
    for (const auto& mail : notify::ReadFileOutbox(dir_ / "outbox")) n += mail.to == to;
    return n;
  }

  // The types of the system chain's events, oldest first.
  std::vector<std::string> SystemEventTypes(std::string* payloads = nullptr) {
    std::vector<std::string> out;
    EXPECT_TRUE(store_->ReadChain("system", [&](const ledger::Event& e) {
      out.push_back(e.type);
      if (payloads) *payloads += boost::json::serialize(e.payload);
      return true;
    }));
    return out;
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
  std::unique_ptr<notify::FileOutbox> outbox_;
  std::string org_, team_;
  Principal lead_, admin_;
};

TEST_F(AdminWebTest, AResetLinkSetsANewPasswordOnceAndEndsSessionsAndTokens) {
  auto session = stip_->Login("lead", kPassword);
  ASSERT_TRUE(session);
  auto token = stip_->IssueToken(lead_, "koppeling");
  ASSERT_TRUE(token);

  // Only administrators ask; an unknown professional is 404.
  EXPECT_EQ(stip_->RequestPasswordReset(lead_, lead_.user.id).error().code,
            Code::kPermissionDenied);
  EXPECT_EQ(stip_->RequestPasswordReset(admin_, "usr_none").error().code, Code::kNotFound);
  auto sent = stip_->RequestPasswordReset(admin_, lead_.user.id);
  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_EQ(sent->expires_at, clock_.Now() + 24 * kHour);
  // The demo's file outbox: the mail lies in the directory, it was not sent.
  EXPECT_EQ(sent->mail, MailFate::kInOutboxDirectory);
  const std::string link = LinkToken("lead@testdorp.example");
  ASSERT_FALSE(link.empty());

  // The ledger holds who asked and the link's hash, never the token.
  std::string payloads;
  const auto types = SystemEventTypes(&payloads);
  EXPECT_EQ(types.back(), "password_reset.requested");
  EXPECT_EQ(payloads.find(link), std::string::npos);

  auto state = stip_->ReadAccountSecurity(admin_, lead_.user.id);
  ASSERT_TRUE(state && state->last_reset);
  EXPECT_EQ(state->last_reset->state, "open");
  EXPECT_EQ(state->last_reset->requested_by, admin_.user.id);

  auto page = stip_->CheckPasswordReset(link);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->state, S::kOpen);
  EXPECT_EQ(page->username, "lead");
  EXPECT_EQ(stip_->CheckPasswordReset("niet-verstuurd").error().code, Code::kNotFound);

  // A bad password changes nothing: the link keeps working, the old password too.
  const auto head = store_->Head("system")->seq;
  auto weak = stip_->ResetPassword(link, "kort");
  ASSERT_FALSE(weak);
  EXPECT_EQ(weak.error().code, Code::kInvalidArgument);
  ASSERT_EQ(weak.error().fields.size(), 1u);
  EXPECT_EQ(weak.error().fields[0].field, "password");
  EXPECT_EQ(weak.error().fields[0].code, domain::FieldCode::kWrongLength);
  EXPECT_EQ(stip_->ResetPassword(link, "Wachtwoord2024!").error().fields.at(0).code,
            domain::FieldCode::kCommonPassword);
  EXPECT_EQ(store_->Head("system")->seq, head);
  EXPECT_EQ(stip_->CheckPasswordReset(link)->state, S::kOpen);
  EXPECT_TRUE(stip_->SessionPrincipal(session->session_token));

  ASSERT_TRUE(stip_->ResetPassword(link, kNewPassword));
  EXPECT_EQ(stip_->SessionPrincipal(session->session_token).error().code, Code::kUnauthenticated);
  EXPECT_EQ(stip_->TokenPrincipal(token->token).error().code, Code::kUnauthenticated);
  EXPECT_EQ(stip_->Login("lead", kPassword).error().code, Code::kUnauthenticated);
  EXPECT_TRUE(stip_->Login("lead", kNewPassword));
  const auto after = SystemEventTypes();
  ASSERT_GE(after.size(), 3u);
  EXPECT_EQ(after[after.size() - 3], "password_reset.used");
  EXPECT_EQ(after[after.size() - 2], "user.password_set");
  EXPECT_EQ(after[after.size() - 1], "token.revoked");

  // Once only.
  EXPECT_EQ(stip_->CheckPasswordReset(link)->state, S::kUsed);
  EXPECT_EQ(stip_->ResetPassword(link, "nog-een-ander-wachtwoord").error().code,
            Code::kFailedPrecondition);
  EXPECT_TRUE(stip_->Login("lead", kNewPassword));
  EXPECT_EQ(stip_->ReadAccountSecurity(admin_, lead_.user.id)->last_reset->state, "used");
  EXPECT_TRUE(stip_->Verify(std::nullopt)->ok());
  // The projection folds again from the ledger.
  ASSERT_TRUE(stip_->Rebuild());
  EXPECT_EQ(stip_->CheckPasswordReset(link)->state, S::kUsed);
}

TEST_F(AdminWebTest, ALinkExpiresIsReplacedAndStopsWithTheAccount) {
  ASSERT_TRUE(stip_->RequestPasswordReset(admin_, lead_.user.id));
  const std::string first = LinkToken("lead@testdorp.example");
  // A second request within a minute is refused (429), and sends nothing.
  auto again = stip_->RequestPasswordReset(admin_, lead_.user.id);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, Code::kResourceExhausted);
  EXPECT_EQ(MailsTo("lead@testdorp.example"), 1);

  clock_.Advance(kMinute);
  ASSERT_TRUE(stip_->RequestPasswordReset(admin_, lead_.user.id));
  const std::string second = LinkToken("lead@testdorp.example");
  ASSERT_NE(first, second);
  EXPECT_EQ(stip_->CheckPasswordReset(first)->state, S::kReplaced);
  EXPECT_EQ(stip_->ResetPassword(first, kNewPassword).error().code, Code::kFailedPrecondition);
  EXPECT_EQ(stip_->CheckPasswordReset(second)->state, S::kOpen);

  // 24 hours later it has expired, and changes nothing.
  clock_.Advance(24 * kHour);
  EXPECT_EQ(stip_->CheckPasswordReset(second)->state, S::kExpired);
  EXPECT_EQ(stip_->ResetPassword(second, kNewPassword).error().code, Code::kFailedPrecondition);
  EXPECT_TRUE(stip_->Login("lead", kPassword));
  EXPECT_EQ(stip_->ReadAccountSecurity(admin_, lead_.user.id)->last_reset->state, "expired");

  // Disabling the account stops an open link; a disabled account gets none (422).
  ASSERT_TRUE(stip_->RequestPasswordReset(admin_, lead_.user.id));
  const std::string third = LinkToken("lead@testdorp.example");
  ASSERT_TRUE(stip_->DisableUser(admin_, lead_.user.id, "Uit dienst"));
  EXPECT_EQ(stip_->CheckPasswordReset(third)->state, S::kEnded);
  EXPECT_EQ(stip_->ResetPassword(third, kNewPassword).error().code, Code::kFailedPrecondition);
  clock_.Advance(kMinute);
  EXPECT_EQ(stip_->RequestPasswordReset(admin_, lead_.user.id).error().code,
            Code::kFailedPrecondition);
  // Enabling does not bring the old link back.
  ASSERT_TRUE(stip_->EnableUser(admin_, lead_.user.id, "Terug"));
  EXPECT_EQ(stip_->CheckPasswordReset(third)->state, S::kEnded);
  // Without an e-mail address no link can be sent.
  EXPECT_EQ(stip_->RequestPasswordReset(admin_, admin_.user.id).error().code,
            Code::kFailedPrecondition);
}

TEST_F(AdminWebTest, AnAdministratorRemovesALostSecondStep) {
  auto login = stip_->Login("lead", kPassword);
  ASSERT_TRUE(login);
  EXPECT_EQ(stip_->ResetSecondStepOf(admin_, lead_.user.id, "Telefoon kwijt").error().code,
            Code::kFailedPrecondition);
  auto started = stip_->StartSecondStep(lead_);
  ASSERT_TRUE(started);
  ASSERT_TRUE(stip_->ConfirmSecondStep(lead_, AppCode(started->pending_secret, clock_.Now())));
  EXPECT_TRUE(stip_->ReadAccountSecurity(admin_, lead_.user.id)->second_step);
  clock_.Advance(kMinute);
  EXPECT_EQ(stip_->Login("lead", kPassword).error().code, Code::kUnauthenticated);

  EXPECT_EQ(stip_->ResetSecondStepOf(lead_, lead_.user.id, "Zelf").error().code,
            Code::kPermissionDenied);
  // Not an administrator's own second step (a stolen session must not drop it).
  EXPECT_EQ(stip_->ResetSecondStepOf(admin_, admin_.user.id, "Zelf").error().code,
            Code::kFailedPrecondition);
  auto no_reason = stip_->ResetSecondStepOf(admin_, lead_.user.id, "");
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().fields.at(0).field, "reason");
  auto removed = stip_->ResetSecondStepOf(admin_, lead_.user.id, "Telefoon kwijt");
  ASSERT_TRUE(removed);
  EXPECT_EQ(*removed, MailFate::kInOutboxDirectory);
  EXPECT_EQ(SystemEventTypes().back(), "totp.reset");
  EXPECT_FALSE(stip_->ReadAccountSecurity(admin_, lead_.user.id)->second_step);
  EXPECT_FALSE(stip_->SessionPrincipal(login->session_token));
  EXPECT_EQ(MailsTo("lead@testdorp.example"), 1);
  // The password alone works again; and a new second step can be set up.
  EXPECT_TRUE(stip_->Login("lead", kPassword));
  EXPECT_TRUE(stip_->StartSecondStep(lead_));
  EXPECT_TRUE(stip_->Verify(std::nullopt)->ok());
}

// Privacy review (findings 1 and 7): outside demo mode a reset link is only made when its mail
// leaves the server (an SMTP relay) and the link is https; otherwise 422 says what to set, and
// nothing is written: no event, no mail with a live link in the outbox directory.
TEST_F(AdminWebTest, OutsideDemoModeALinkNeedsSmtpAndHttps) {
  Options options;
  options.public_url = "https://stip.example";
  Stip production(*store_, clock_, ids_, options);
  production.SetOutbox(*outbox_);
  const auto head = store_->Head("system")->seq;
  EXPECT_EQ(production.ResetLinkBlocked(), ResetLinkBlock::kNoSmtp);
  auto no_smtp = production.RequestPasswordReset(admin_, lead_.user.id);
  ASSERT_FALSE(no_smtp);
  EXPECT_EQ(no_smtp.error().code, Code::kFailedPrecondition);
  EXPECT_NE(no_smtp.error().message.find("--smtp-relay"), std::string::npos);

  // An SMTP outbox (never reached here), but the default address: http is refused.
  options.public_url = "http://localhost:8080";
  Stip plain(*store_, clock_, ids_, options);
  notify::SmtpOptions smtp;
  smtp.port = 1;
  notify::SmtpOutbox relay(smtp);
  plain.SetOutbox(relay);
  EXPECT_EQ(plain.ResetLinkBlocked(), ResetLinkBlock::kNotHttps);
  auto not_https = plain.RequestPasswordReset(admin_, lead_.user.id);
  ASSERT_FALSE(not_https);
  EXPECT_EQ(not_https.error().code, Code::kFailedPrecondition);
  EXPECT_NE(not_https.error().message.find("--public-url"), std::string::npos);
  EXPECT_NE(not_https.error().message.find("http://localhost:8080"), std::string::npos);

  EXPECT_EQ(store_->Head("system")->seq, head);
  EXPECT_EQ(MailsTo("lead@testdorp.example"), 0);
  EXPECT_FALSE(stip_->ReadAccountSecurity(admin_, lead_.user.id)->last_reset);
  // The demo may (its outbox directory is the point of it).
  EXPECT_FALSE(stip_->ResetLinkBlocked());

  // A second step reset still works (a lost phone cannot wait), and says the mail was not sent.
  auto started = production.StartSecondStep(lead_);
  ASSERT_TRUE(started);
  ASSERT_TRUE(production.ConfirmSecondStep(lead_, AppCode(started->pending_secret, clock_.Now())));
  auto removed = production.ResetSecondStepOf(admin_, lead_.user.id, "Telefoon kwijt");
  ASSERT_TRUE(removed);
  EXPECT_EQ(*removed, MailFate::kInOutboxDirectory);
}

TEST_F(AdminWebTest, WhereTheSecondStepIsRequiredItIsSetUpAgainAtTheNextLogin) {
  Options options;
  options.require_totp = true;
  Stip strict(*store_, clock_, ids_, options);
  auto started = strict.StartSecondStep(lead_);
  ASSERT_TRUE(started);
  ASSERT_TRUE(strict.ConfirmSecondStep(lead_, AppCode(started->pending_secret, clock_.Now())));
  ASSERT_TRUE(strict.ResetSecondStepOf(admin_, lead_.user.id, "Telefoon kwijt"));
  auto login = strict.Login("lead", kPassword);
  ASSERT_TRUE(login) << login.error().message;
  EXPECT_TRUE(login->second_step_missing);
}

TEST_F(AdminWebTest, OrganisationsAndTeamsHaveUniqueNames) {
  EXPECT_EQ(stip_->ListOrganisations(lead_).error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->CreateOrganisation(lead_, "Gemeente Elders").error().code,
            Code::kPermissionDenied);
  auto empty = stip_->CreateOrganisation(admin_, "");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().fields.at(0).field, "name");
  auto long_name = stip_->CreateOrganisation(admin_, std::string(121, 'x'));
  ASSERT_FALSE(long_name);
  EXPECT_EQ(long_name.error().fields.at(0).code, domain::FieldCode::kTooLong);
  auto same = stip_->CreateOrganisation(admin_, "gemeente testdorp");
  ASSERT_FALSE(same);
  EXPECT_EQ(same.error().code, Code::kAlreadyExists);
  EXPECT_EQ(same.error().fields.at(0).field, "name");
  auto other = stip_->CreateOrganisation(admin_, "Gemeente Elders");
  ASSERT_TRUE(other);
  ASSERT_EQ(stip_->ListOrganisations(admin_)->size(), 2u);

  // The same team name is fine in another organisation, not in the same one.
  auto dup = stip_->CreateTeam(admin_, {"", org_, "WIJKTEAM", domain::TeamKind::kLocal, "", ""});
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().code, Code::kAlreadyExists);
  ASSERT_TRUE(
      stip_->CreateTeam(admin_, {"", *other, "Wijkteam", domain::TeamKind::kLocal, "", ""}));
  auto safety = stip_->CreateTeam(
      admin_, {"", org_, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
  ASSERT_TRUE(safety);

  EXPECT_EQ(stip_->RenameTeam(lead_, team_, "Anders").error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->RenameTeam(admin_, "team_none", "Anders").error().code, Code::kNotFound);
  EXPECT_EQ(stip_->RenameTeam(admin_, team_, " ").error().code, Code::kInvalidArgument);
  EXPECT_EQ(stip_->RenameTeam(admin_, team_, "veiligheidsteam").error().code, Code::kAlreadyExists);
  ASSERT_TRUE(stip_->RenameTeam(admin_, team_, "Wijkteam Noord"));
  EXPECT_EQ((*store_->FindTeam(team_))->name, "Wijkteam Noord");
  // The same name again appends nothing.
  const auto head = store_->Head("system")->seq;
  ASSERT_TRUE(stip_->RenameTeam(admin_, team_, "Wijkteam Noord"));
  EXPECT_EQ(store_->Head("system")->seq, head);
  ASSERT_TRUE(stip_->Rebuild());
  EXPECT_EQ((*store_->FindTeam(team_))->name, "Wijkteam Noord");
}

// Issue 14 item 4: an administrator is never lead, duo, second opinion, the new fixed face or an
// emergency reader of a family (the rule refuses; the family file stays a 404 to them).
TEST_F(AdminWebTest, AnAdministratorIsNeverInvolvedInAnyWay) {
  NewFamily f;
  f.name = "Gezin Testers";
  f.members = {{"p", "Pim Tester", "parent", "1985-02-03"},
               {"c", "Cas Tester", "child", "2016-07-08"}};
  f.custody = {{"p", "c", true}};
  f.lead_user_id = lead_.user.id;
  auto family = stip_->CreateFamily(lead_, f);
  ASSERT_TRUE(family) << family.error().message;
  for (const char* role : {"duo", "second_opinion"}) {
    auto joined = stip_->StartInvolvement(lead_, *family, {admin_.user.id, role, "Hulp nodig"});
    ASSERT_FALSE(joined) << role;
    EXPECT_EQ(joined.error().code, Code::kInvalidArgument) << role;
    bool barred = false;
    for (const auto& field : joined.error().fields) {
      barred = barred || field.code == domain::FieldCode::kAdminNotInvolved;
    }
    EXPECT_TRUE(barred) << role << ": " << joined.error().message;
  }
  auto handover = stip_->ProposeHandover(
      lead_, *family, {admin_.user.id, "staff_leaving", "Ik ga weg.", false, ""});
  EXPECT_FALSE(handover);
  auto glass = stip_->OpenEmergencyAccess(admin_, *family, "De politie belde over het gezin.");
  ASSERT_FALSE(glass);
  EXPECT_EQ(glass.error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->OpenFamily(admin_, *family, {}, "").error().code, Code::kNotFound);
  EXPECT_TRUE(stip_->MyFamilies(admin_)->empty());
}

}  // namespace
}  // namespace stip::app
