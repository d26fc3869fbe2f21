// Contract (issue 14), on both engines: token expiry, disabled accounts and team changes fold
// from the system chain; a user's tokens, sessions and the teams are read back; the second login
// step's credential follows its events.
#include <gtest/gtest.h>

#include "domain/time.h"
#include "ledger/event_types.h"
#include "ledger/events.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
namespace events = ledger::events;
using domain::Code;

constexpr domain::Millis kDay = 24LL * 3600 * 1000;

class AccountsLifecycleTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
  }
  const std::string sys_{ledger::kSystemChain};
};
STIP_STORE_CONTRACT(AccountsLifecycleTest);

TEST_P(AccountsLifecycleTest, TokensFoldTheirExpiry) {
  AppendOk(sys_, {Ev(sys_, types::kTokenIssued,
                     {{"id", "tok_old"}, {"user_id", kLead}, {"token_sha256", "aa"}}, 1000),
                  Ev(sys_, types::kTokenIssued,
                     {{"id", "tok_new"},
                      {"user_id", kLead},
                      {"name", "koppeling"},
                      {"token_sha256", "bb"},
                      {"expires_at", "2026-12-01T00:00:00.000Z"}},
                     2000)});
  // Written before issue 14: 90 days after it was issued.
  EXPECT_EQ((*store().FindTokenBySha256("aa"))->expires_at, 1000 + 90 * kDay);
  EXPECT_EQ((*store().FindTokenBySha256("bb"))->expires_at,
            *domain::ParseTimestamp("2026-12-01T00:00:00.000Z"));
  auto tokens = store().ListTokensOf(kLead);
  ASSERT_TRUE(tokens) << tokens.error().message;
  ASSERT_EQ(tokens->size(), 2u);
  EXPECT_EQ((*tokens)[0].id, "tok_new");  // newest first
  EXPECT_EQ((*tokens)[1].id, "tok_old");
  EXPECT_TRUE(store().ListTokensOf(kDuo)->empty());
  EXPECT_EQ((*store().FindToken("tok_new"))->name, "koppeling");
  EXPECT_FALSE(*store().FindToken("tok_none"));
  auto bad = Append(
      sys_, store().Head(sys_)->seq,
      {Ev(sys_, types::kTokenIssued,
          {{"id", "tok_bad"}, {"user_id", kLead}, {"token_sha256", "cc"}, {"expires_at", "morgen"}},
          3000)});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, Code::kInvalidArgument);
}

TEST_P(AccountsLifecycleTest, UsersAreDisabledEnabledAndMoved) {
  AppendOk(sys_, {Ev(sys_, events::UserDisabled::kType,
                     {{"user_id", kLead}, {"reason", "Uit dienst"}}, 1000)});
  auto user = store().FindUser(kLead);
  ASSERT_TRUE(user && *user);
  EXPECT_TRUE((*user)->disabled);
  EXPECT_EQ((*user)->disabled_reason, "Uit dienst");
  EXPECT_TRUE((*store().FindUserByUsername("lead"))->disabled);
  AppendOk(sys_,
           {Ev(sys_, events::UserEnabled::kType, {{"user_id", kLead}, {"reason", "Terug"}}, 2000)});
  EXPECT_FALSE((*store().FindUser(kLead))->disabled);
  EXPECT_EQ((*store().FindUser(kLead))->disabled_reason, "");

  AppendOk(sys_, {Ev(sys_, types::kTeamCreated,
                     {{"id", "team_zuid"},
                      {"organisation_id", kOrg},
                      {"name", "Wijkteam Zuid"},
                      {"kind", "local"}},
                     2500)});
  auto teams = store().ListTeams();
  ASSERT_TRUE(teams) << teams.error().message;
  ASSERT_EQ(teams->size(), 2u);
  EXPECT_EQ((*teams)[0].name, "Wijkteam Noord");  // by name
  EXPECT_EQ((*teams)[1].name, "Wijkteam Zuid");
  const std::string other = "team_zuid";
  AppendOk(sys_, {Ev(sys_, events::UserTeamChanged::kType, {{"user_id", kLead}, {"team_id", other}},
                     3000)});
  EXPECT_EQ((*store().FindUser(kLead))->team_id, other);

  for (const auto& [type, fields] : std::vector<std::pair<std::string_view, boost::json::object>>{
           {events::UserDisabled::kType, {{"user_id", "usr_none"}, {"reason", "x"}}},
           {events::UserEnabled::kType, {{"user_id", "usr_none"}, {"reason", "x"}}},
           {events::UserTeamChanged::kType, {{"user_id", kLead}, {"team_id", "team_none"}}},
           {events::UserTeamChanged::kType, {{"user_id", "usr_none"}, {"team_id", kTeam}}}}) {
    auto refused = Append(sys_, store().Head(sys_)->seq, {Ev(sys_, type, fields, 4000)});
    ASSERT_FALSE(refused) << type;
    EXPECT_EQ(refused.error().code, Code::kNotFound) << type;
  }
}

TEST_P(AccountsLifecycleTest, SessionsAreListedAndEndedPerUser) {
  ASSERT_TRUE(store().CreateSession({"s1", kLead, "c1", 100, 1000}));
  ASSERT_TRUE(store().CreateSession({"s2", kLead, "c2", 200, 5000}));
  ASSERT_TRUE(store().CreateSession({"s3", kDuo, "c3", 300, 5000}));
  auto live = store().ListSessionsOf(kLead, 1000);
  ASSERT_TRUE(live) << live.error().message;
  ASSERT_EQ(live->size(), 1u);  // s1 ended at 1000
  EXPECT_EQ((*live)[0].token_sha256, "s2");
  EXPECT_EQ(store().ListSessionsOf(kLead, 0)->size(), 2u);
  ASSERT_TRUE(store().DeleteSessionsOf(kLead));
  EXPECT_TRUE(store().ListSessionsOf(kLead, 0)->empty());
  EXPECT_TRUE(*store().FindSession("s3"));
}

// Issue 14 item 2: the second step's credential is operational; totp.enrolled confirms and
// totp.disabled deletes only the credential it names, in the event's own transaction.
TEST_P(AccountsLifecycleTest, SecondStepCredentialsFollowTheirEvents) {
  EXPECT_FALSE(*store().FindTotp(kLead));
  ASSERT_TRUE(*store().StartTotp({"totp_1", kLead, "GEZDGNBV", false, 0, 100}));
  ASSERT_TRUE(*store().StartTotp({"totp_2", kLead, "MFRGGZDF", false, 0, 200}))
      << "an unconfirmed one is replaced";
  auto pending = store().FindTotp(kLead);
  ASSERT_TRUE(pending && *pending) << "stored";
  EXPECT_EQ((*pending)->id, "totp_2");
  EXPECT_EQ((*pending)->secret, "MFRGGZDF");
  EXPECT_FALSE((*pending)->confirmed);
  EXPECT_FALSE(*store().UseTotpStep(kLead, 5)) << "not confirmed: no code works";

  // An old credential's event changes nothing; its own confirms it.
  AppendOk(sys_, {Ev(sys_, types::kTotpEnrolled, {{"user_id", kLead}, {"credential_id", "totp_1"}},
                     1000)});
  EXPECT_FALSE((*store().FindTotp(kLead))->confirmed);
  AppendOk(sys_, {Ev(sys_, types::kTotpEnrolled, {{"user_id", kLead}, {"credential_id", "totp_2"}},
                     2000)});
  EXPECT_TRUE((*store().FindTotp(kLead))->confirmed);
  EXPECT_FALSE(*store().StartTotp({"totp_3", kLead, "AAAAAAAA", false, 0, 300}))
      << "a confirmed one stays";
  EXPECT_EQ((*store().FindTotp(kLead))->secret, "MFRGGZDF");

  // Each step once, never an older one.
  EXPECT_TRUE(*store().UseTotpStep(kLead, 5));
  EXPECT_FALSE(*store().UseTotpStep(kLead, 5));
  EXPECT_FALSE(*store().UseTotpStep(kLead, 4));
  EXPECT_TRUE(*store().UseTotpStep(kLead, 6));
  EXPECT_EQ((*store().FindTotp(kLead))->last_step, 6);
  EXPECT_FALSE(*store().FindTotp(kDuo));

  AppendOk(sys_, {Ev(sys_, types::kTotpDisabled, {{"user_id", kLead}, {"credential_id", "totp_2"}},
                     3000)});
  EXPECT_FALSE(*store().FindTotp(kLead));
}

}  // namespace
}  // namespace stip::store::testing
