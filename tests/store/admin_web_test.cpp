// Contract (issue 14 item 1), on both engines: password reset links fold from the system chain
// (a newer one replaces the open one, use ends it, user.disabled stops it, a used one cannot be
// used again), only the SHA-256 of a link is kept; organisations are listed; a team is renamed;
// totp.reset deletes the named credential.
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

constexpr char kAdminUser[] = "usr_admin";

class AdminWebStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
  }

  ledger::Event Requested(const std::string& id, const std::string& sha, domain::Millis at,
                          const std::string& user = kLead) {
    return Ev(sys_, events::PasswordResetRequested::kType,
              {{"id", id},
               {"user_id", user},
               {"token_sha256", sha},
               {"expires_at", domain::FormatTimestamp(at + 24LL * 3600 * 1000)}},
              at, kAdminUser);
  }

  const std::string sys_{ledger::kSystemChain};
};
STIP_STORE_CONTRACT(AdminWebStoreTest);

TEST_P(AdminWebStoreTest, ResetLinksFoldFromTheSystemChain) {
  EXPECT_FALSE(*store().FindPasswordReset("aa"));
  EXPECT_FALSE(*store().LatestPasswordReset(kLead));
  AppendOk(sys_, {Requested("pwr_1", "aa", 10000)});
  auto first = store().FindPasswordReset("aa");
  ASSERT_TRUE(first && *first) << (first ? "" : first.error().message);
  EXPECT_EQ((*first)->id, "pwr_1");
  EXPECT_EQ((*first)->user_id, kLead);
  EXPECT_EQ((*first)->requested_by, kAdminUser);
  EXPECT_EQ((*first)->requested_at, 10000);
  EXPECT_EQ((*first)->expires_at, 10000 + 24LL * 3600 * 1000);
  EXPECT_EQ((*first)->state, "open");

  // A newer link replaces the open one; the newest is read back.
  AppendOk(sys_, {Requested("pwr_2", "bb", 20000)});
  EXPECT_EQ((*store().FindPasswordReset("aa"))->state, "replaced");
  EXPECT_EQ((*store().FindPasswordReset("aa"))->ended_at, 20000);
  EXPECT_EQ((*store().LatestPasswordReset(kLead))->id, "pwr_2");
  EXPECT_FALSE(*store().LatestPasswordReset(kDuo));

  // Used once; a second use, or a use of the replaced one, is refused and changes nothing.
  AppendOk(sys_, {Ev(sys_, events::PasswordResetUsed::kType, {{"id", "pwr_2"}, {"user_id", kLead}},
                     30000),
                  Ev(sys_, types::kPasswordSet, {{"user_id", kLead}}, 30000)});
  EXPECT_EQ((*store().FindPasswordReset("bb"))->state, "used");
  for (const char* id : {"pwr_2", "pwr_1"}) {
    auto again = Append(
        sys_, store().Head(sys_)->seq,
        {Ev(sys_, events::PasswordResetUsed::kType, {{"id", id}, {"user_id", kLead}}, 40000)});
    ASSERT_FALSE(again) << id;
    EXPECT_EQ(again.error().code, Code::kFailedPrecondition);
  }
  // The same token hash twice is refused.
  auto repeated = Append(sys_, store().Head(sys_)->seq, {Requested("pwr_3", "bb", 50000)});
  ASSERT_FALSE(repeated);
  EXPECT_EQ(repeated.error().code, Code::kAlreadyExists);
  // An unknown user.
  auto unknown =
      Append(sys_, store().Head(sys_)->seq, {Requested("pwr_4", "dd", 50000, "usr_none")});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, Code::kNotFound);

  // Disabling the account stops its open link.
  AppendOk(sys_, {Requested("pwr_5", "ee", 60000)});
  AppendOk(sys_, {Ev(sys_, events::UserDisabled::kType, {{"user_id", kLead}, {"reason", "Weg"}},
                     70000, kAdminUser)});
  EXPECT_EQ((*store().FindPasswordReset("ee"))->state, "ended");
  EXPECT_EQ((*store().FindPasswordReset("bb"))->state, "used");
}

TEST_P(AdminWebStoreTest, OrganisationsAreListedAndTeamsRenamed) {
  AppendOk(sys_, {Ev(sys_, types::kOrganisationCreated, {{"id", "org_0"}, {"name", "Aa-gemeente"}},
                     2000, kAdminUser)});
  auto orgs = store().ListOrganisations();
  ASSERT_TRUE(orgs) << orgs.error().message;
  ASSERT_EQ(orgs->size(), 2u);
  EXPECT_EQ((*orgs)[0].name, "Aa-gemeente");  // by name
  EXPECT_EQ((*orgs)[1].id, kOrg);
  AppendOk(sys_, {Ev(sys_, events::TeamRenamed::kType, {{"id", kTeam}, {"name", "Wijkteam Noord"}},
                     3000, kAdminUser)});
  EXPECT_EQ((*store().FindTeam(kTeam))->name, "Wijkteam Noord");
  auto unknown = Append(sys_, store().Head(sys_)->seq,
                        {Ev(sys_, events::TeamRenamed::kType, {{"id", "team_none"}, {"name", "X"}},
                            4000, kAdminUser)});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, Code::kNotFound);
}

TEST_P(AdminWebStoreTest, ASecondStepResetDeletesTheNamedCredential) {
  ASSERT_TRUE(*store().StartTotp({"totp_1", kLead, "JBSWY3DPEHPK3PXP", false, 0, 1000}));
  AppendOk(sys_, {Ev(sys_, types::kTotpEnrolled, {{"user_id", kLead}, {"credential_id", "totp_1"}},
                     2000)});
  ASSERT_TRUE((*store().FindTotp(kLead))->confirmed);
  AppendOk(sys_, {Ev(sys_, events::TotpReset::kType,
                     {{"user_id", kLead}, {"credential_id", "totp_1"}, {"reason", "Kwijt"}}, 3000,
                     kAdminUser)});
  EXPECT_FALSE(*store().FindTotp(kLead));
}

}  // namespace
}  // namespace stip::store::testing
