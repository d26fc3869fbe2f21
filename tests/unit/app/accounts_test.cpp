// Issue 14: accounts and tokens with a life cycle, through the use cases on a real SQLite store
// (fake clock and ids): token expiry, listing and revoking; disabling and enabling an account;
// the password rule; an administrator is never involved in a family.
#include <filesystem>

#include <gtest/gtest.h>

#include "app/demo.h"
#include "app/stip.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

using domain::Code;

constexpr const char* kPassword = "paarse-olifant-fietst";
constexpr domain::Millis kDay = 24LL * 3600 * 1000;

class AccountsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-accounts-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_);
    const Principal cli = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(cli, "Gemeente Testdorp");
    ASSERT_TRUE(org);
    local_ = *stip_->CreateTeam(cli, {"", *org, "Wijkteam", domain::TeamKind::kLocal, "", ""});
    other_team_ =
        *stip_->CreateTeam(cli, {"", *org, "Wijkteam Zuid", domain::TeamKind::kLocal, "", ""});
    safety_ = *stip_->CreateTeam(
        cli, {"", *org, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
    lead_ = Pro("lead", local_, false);
    duo_ = Pro("duo", safety_, false);
    admin_ = Pro("beheer", local_, true);
  }

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Principal Pro(const std::string& username, const std::string& team, bool admin) {
    auto id = stip_->CreateUser(stip_->CliPrincipal(),
                                {username, "Naam " + username, team, kPassword, admin, "", ""});
    EXPECT_TRUE(id) << id.error().message;
    return Reload(*id);
  }

  Principal Reload(const std::string& id) {
    auto user = store_->FindUser(id);
    return Principal{**user, Principal::Via::kSession, "csrf", std::nullopt};
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
  std::string local_, other_team_, safety_;
  Principal lead_, duo_, admin_;
};

TEST_F(AccountsTest, TokensExpireAfterNinetyDaysByDefault) {
  auto token = stip_->IssueToken(lead_, "koppeling");
  ASSERT_TRUE(token) << token.error().message;
  EXPECT_EQ(token->expires_at, clock_.Now() + 90 * kDay);
  clock_.Advance(90 * kDay - 1);
  EXPECT_TRUE(stip_->TokenPrincipal(token->token));
  clock_.Advance(1);
  auto expired = stip_->TokenPrincipal(token->token);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().code, Code::kUnauthenticated);
  auto list = stip_->ListTokens(lead_);
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->at(0).state, "expired");
}

TEST_F(AccountsTest, TokenLifetimeIsChosenWithinTheMaximum) {
  auto week = stip_->IssueToken(lead_, "week", 7);
  ASSERT_TRUE(week);
  EXPECT_EQ(week->expires_at, clock_.Now() + 7 * kDay);
  EXPECT_TRUE(stip_->IssueToken(lead_, "jaar", 365));
  for (const std::int64_t days : {0, -1, 366, 100000}) {
    auto bad = stip_->IssueToken(lead_, "te lang", days);
    ASSERT_FALSE(bad) << days;
    EXPECT_EQ(bad.error().code, Code::kInvalidArgument);
    ASSERT_EQ(bad.error().fields.size(), 1u);
    EXPECT_EQ(bad.error().fields[0].field, "expires_in_days");
    EXPECT_EQ(bad.error().fields[0].code, domain::FieldCode::kOutOfRange);
  }
  // Nothing was written for the bad ones.
  EXPECT_EQ(stip_->ListTokens(lead_)->size(), 2u);
}

TEST_F(AccountsTest, TokensAreListedWithoutSecretsAndRevokedAtOnce) {
  auto first = stip_->IssueToken(lead_, "een");
  auto second = stip_->IssueToken(lead_, "twee");
  ASSERT_TRUE(first && second);
  auto list = stip_->ListTokens(lead_);
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 2u);
  for (const auto& t : *list) {
    EXPECT_EQ(t.state, "active");
    EXPECT_EQ(t.user_id, lead_.user.id);
  }
  // The duo sees none of them and cannot revoke them: they do not exist for the duo.
  EXPECT_TRUE(stip_->ListTokens(duo_)->empty());
  EXPECT_EQ(stip_->RevokeToken(duo_, first->id).error().code, Code::kNotFound);
  EXPECT_EQ(stip_->ListTokens(duo_, lead_.user.id).error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->RevokeToken(lead_, "tok_none").error().code, Code::kNotFound);

  ASSERT_TRUE(stip_->RevokeToken(lead_, first->id));
  EXPECT_EQ(stip_->TokenPrincipal(first->token).error().code, Code::kUnauthenticated);
  EXPECT_TRUE(stip_->TokenPrincipal(second->token));
  // Again: nothing changes, nothing is appended.
  const auto head = store_->Head("system")->seq;
  EXPECT_TRUE(stip_->RevokeToken(lead_, first->id));
  EXPECT_EQ(store_->Head("system")->seq, head);
  // An administrator may revoke anyone's token and list them.
  ASSERT_TRUE(stip_->RevokeToken(admin_, second->id));
  EXPECT_FALSE(stip_->TokenPrincipal(second->token));
  auto seen = stip_->ListTokens(admin_, lead_.user.id);
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->size(), 2u);
  for (const auto& t : *seen) EXPECT_EQ(t.state, "revoked");
  EXPECT_TRUE(stip_->Verify(std::nullopt)->ok());
}

TEST_F(AccountsTest, DisablingEndsSessionsAndTokensAndLogins) {
  auto login = stip_->Login("lead", kPassword);
  ASSERT_TRUE(login);
  auto token = stip_->IssueToken(lead_, "koppeling");
  ASSERT_TRUE(token);
  // Reasons are required; only administrators disable; not themselves.
  EXPECT_EQ(stip_->DisableUser(admin_, lead_.user.id, "").error().code, Code::kInvalidArgument);
  EXPECT_EQ(stip_->DisableUser(duo_, lead_.user.id, "Weg").error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->DisableUser(admin_, admin_.user.id, "Zelf").error().code,
            Code::kFailedPrecondition);
  EXPECT_EQ(stip_->DisableUser(admin_, "usr_none", "Weg").error().code, Code::kNotFound);

  ASSERT_TRUE(stip_->DisableUser(admin_, lead_.user.id, "Uit dienst"));
  EXPECT_EQ(stip_->SessionPrincipal(login->session_token).error().code, Code::kUnauthenticated);
  EXPECT_EQ(stip_->TokenPrincipal(token->token).error().code, Code::kUnauthenticated);
  EXPECT_EQ(stip_->Login("lead", kPassword).error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->DisableUser(admin_, lead_.user.id, "Nog eens").error().code,
            Code::kFailedPrecondition);
  auto user = store_->FindUser(lead_.user.id);
  ASSERT_TRUE(user && *user);
  EXPECT_TRUE((*user)->disabled);
  EXPECT_EQ((*user)->disabled_reason, "Uit dienst");

  // Enabled again: logging in works; the old token stays revoked and the old session ended.
  EXPECT_EQ(stip_->EnableUser(duo_, lead_.user.id, "Terug").error().code, Code::kPermissionDenied);
  ASSERT_TRUE(stip_->EnableUser(admin_, lead_.user.id, "Terug in dienst"));
  EXPECT_EQ(stip_->EnableUser(admin_, lead_.user.id, "Nog eens").error().code,
            Code::kFailedPrecondition);
  EXPECT_TRUE(stip_->Login("lead", kPassword));
  EXPECT_FALSE(stip_->SessionPrincipal(login->session_token));
  EXPECT_FALSE(stip_->TokenPrincipal(token->token));
  EXPECT_EQ(stip_->ListTokens(lead_)->at(0).state, "revoked");
  EXPECT_TRUE(stip_->Verify(std::nullopt)->ok());
  // The ledger holds it all, and a rebuild folds it to the same projections.
  auto rebuilt = stip_->Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_FALSE((*store_->FindUser(lead_.user.id))->disabled);
}

TEST_F(AccountsTest, SessionsAreListedForTheirOwnerAndAdministrators) {
  auto one = stip_->Login("lead", kPassword);
  auto two = stip_->Login("lead", kPassword);
  ASSERT_TRUE(one && two);
  auto mine = stip_->ListSessions(lead_, "", one->session_token);
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->size(), 2u);
  EXPECT_EQ((*mine)[0].current + (*mine)[1].current, 1);
  EXPECT_EQ(stip_->ListSessions(duo_, lead_.user.id).error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->ListSessions(admin_, lead_.user.id)->size(), 2u);
  clock_.Advance(stip_->options().session_ttl);
  EXPECT_TRUE(stip_->ListSessions(lead_, "")->empty());
}

TEST_F(AccountsTest, TeamChangesAreAdministrators) {
  EXPECT_EQ(stip_->ChangeTeam(lead_, lead_.user.id, other_team_).error().code,
            Code::kPermissionDenied);
  auto unknown = stip_->ChangeTeam(admin_, lead_.user.id, "team_none");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().fields.at(0).field, "team_id");
  EXPECT_EQ(stip_->ChangeTeam(admin_, lead_.user.id, "").error().code, Code::kInvalidArgument);
  ASSERT_TRUE(stip_->ChangeTeam(admin_, lead_.user.id, other_team_));
  EXPECT_EQ((*store_->FindUser(lead_.user.id))->team_id, other_team_);
  EXPECT_EQ(stip_->ListTeams(admin_)->size(), 3u);
  EXPECT_EQ(stip_->ListTeams(lead_).error().code, Code::kPermissionDenied);
}

TEST_F(AccountsTest, PasswordsAreLongAndNotCommon) {
  const auto add = [&](const std::string& username, const std::string& password) {
    return stip_->CreateUser(stip_->CliPrincipal(),
                             {username, "Iemand", local_, password, false, "", ""});
  };
  const auto field_code = [&](const std::string& username, const std::string& password) {
    auto r = add(username, password);
    EXPECT_FALSE(r) << password;
    if (r || r.error().fields.empty()) return domain::FieldCode::kInvalid;
    EXPECT_EQ(r.error().fields[0].field, "password");
    return r.error().fields[0].code;
  };
  EXPECT_EQ(field_code("kort", "demo"), domain::FieldCode::kWrongLength);
  EXPECT_EQ(field_code("kort", "elf-tekens!"), domain::FieldCode::kWrongLength);
  EXPECT_EQ(field_code("vaak", "Wachtwoord2024!"), domain::FieldCode::kCommonPassword);
  EXPECT_EQ(field_code("vaak", "123456789012"), domain::FieldCode::kCommonPassword);
  EXPECT_EQ(field_code("vaak", "aaaaaaaaaaaaaa"), domain::FieldCode::kCommonPassword);
  EXPECT_EQ(field_code("jvdberg", "jvdberg-jvdberg-1"), domain::FieldCode::kCommonPassword);
  EXPECT_TRUE(add("goed", "twaalf-tekens"));
}

TEST_F(AccountsTest, TheDemoPasswordWorksInDemoModeOnly) {
  EXPECT_EQ(SeedDemo(*stip_, *store_, clock_).error().code, Code::kFailedPrecondition);
  Options demo;
  demo.demo = true;
  Stip demo_stip(*store_, clock_, ids_, demo);
  ASSERT_TRUE(SeedDemo(demo_stip, *store_, clock_));
  EXPECT_TRUE(demo_stip.Login("beheerder", "demo"));
  // In demo mode every other password still follows the rule.
  auto weak = demo_stip.CreateUser(demo_stip.CliPrincipal(),
                                   {"zwak", "Zwak", local_, "demo123", false, "", ""});
  ASSERT_FALSE(weak);
  EXPECT_EQ(weak.error().fields.at(0).code, domain::FieldCode::kWrongLength);
  // And an administrator on the web or the API may not hand out "demo" either.
  auto web = demo_stip.CreateUser(admin_, {"noor", "Noor", local_, "demo", false, "", ""});
  ASSERT_FALSE(web);
  EXPECT_EQ(web.error().fields.at(0).code, domain::FieldCode::kWrongLength);
}

TEST_F(AccountsTest, AnAdministratorIsNeverInvolvedInAFamily) {
  NewFamily f;
  f.name = "Gezin Testers";
  f.members = {{"p", "Pim Tester", "parent", "1985-02-03"},
               {"c", "Cas Tester", "child", "2016-07-08"}};
  f.custody = {{"p", "c", true}};
  f.lead_user_id = admin_.user.id;
  auto as_lead = stip_->CreateFamily(admin_, f);
  ASSERT_FALSE(as_lead);
  EXPECT_EQ(as_lead.error().fields.at(0).field, "lead_user_id");
  EXPECT_EQ(as_lead.error().fields.at(0).code, domain::FieldCode::kAdminNotInvolved);
  f.lead_user_id = lead_.user.id;
  f.duo_user_id = admin_.user.id;
  auto as_duo = stip_->CreateFamily(lead_, f);
  ASSERT_FALSE(as_duo);
  EXPECT_EQ(as_duo.error().fields.at(0).field, "duo_user_id");
  EXPECT_EQ(as_duo.error().fields.at(0).code, domain::FieldCode::kAdminNotInvolved);
  // A disabled professional cannot take on a family either.
  f.duo_user_id = duo_.user.id;
  ASSERT_TRUE(stip_->DisableUser(admin_, duo_.user.id, "Met verlof"));
  auto disabled = stip_->CreateFamily(lead_, f);
  ASSERT_FALSE(disabled);
  EXPECT_EQ(disabled.error().fields.at(0).code, domain::FieldCode::kAccountDisabled);
  // Nothing of a family reaches the administrator.
  f.duo_user_id = "";
  auto family = stip_->CreateFamily(lead_, f);
  ASSERT_TRUE(family);
  EXPECT_TRUE(stip_->MyFamilies(admin_)->empty());
  EXPECT_EQ(stip_->OpenFamily(admin_, *family, {}, "").error().code, Code::kNotFound);
}

}  // namespace
}  // namespace stip::app
