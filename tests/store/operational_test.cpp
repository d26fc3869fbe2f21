// Contract: operational state outside the ledger (credentials, sessions, login back-off).
#include <gtest/gtest.h>

#include "store/store_support.h"

namespace stip::store::testing {
namespace {

using domain::Code;

class OperationalTest : public StoreTest {};
STIP_STORE_CONTRACT(OperationalTest);

TEST_P(OperationalTest, CredentialsAreSetReplacedAndRead) {
  EXPECT_FALSE(*store().PasswordHash(kLead));
  ASSERT_TRUE(store().SetPasswordHash(kLead, "$argon2id$v=19$one"));
  EXPECT_EQ(*store().PasswordHash(kLead), "$argon2id$v=19$one");
  ASSERT_TRUE(store().SetPasswordHash(kLead, "$argon2id$v=19$two"));
  EXPECT_EQ(*store().PasswordHash(kLead), "$argon2id$v=19$two");
  EXPECT_FALSE(*store().PasswordHash(kDuo));
}

TEST_P(OperationalTest, SessionsAreCreatedFoundDeletedAndExpire) {
  ASSERT_TRUE(store().CreateSession({"sha_a", kLead, "csrf_a", 1000, 5000}));
  ASSERT_TRUE(store().CreateSession({"sha_b", kDuo, "csrf_b", 1000, 9000}));
  auto duplicate = store().CreateSession({"sha_a", kDuo, "x", 1, 2});
  ASSERT_FALSE(duplicate);
  EXPECT_EQ(duplicate.error().code, Code::kAlreadyExists);

  auto found = store().FindSession("sha_a");
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->user_id, kLead);
  EXPECT_EQ((*found)->csrf, "csrf_a");
  EXPECT_EQ((*found)->created_at, 1000);
  EXPECT_EQ((*found)->expires_at, 5000);
  EXPECT_FALSE(*store().FindSession("sha_none"));

  ASSERT_TRUE(store().DeleteExpiredSessions(5000));  // expires_at <= now is gone
  EXPECT_FALSE(*store().FindSession("sha_a"));
  EXPECT_TRUE(*store().FindSession("sha_b"));
  ASSERT_TRUE(store().DeleteSession("sha_b"));
  EXPECT_FALSE(*store().FindSession("sha_b"));
  EXPECT_TRUE(store().DeleteSession("sha_b"));  // deleting twice is fine (logout twice)
}

TEST_P(OperationalTest, AttemptsAreClaimedOneAtATimeAndClear) {
  using Attempts = std::pair<int, domain::Millis>;
  EXPECT_EQ(*store().Attempts("sanne"), (Attempts{0, 0}));
  EXPECT_TRUE(*store().ClaimAttempt("sanne", 0, 100));
  EXPECT_FALSE(*store().ClaimAttempt("sanne", 0, 110)) << "a second first attempt lost the race";
  EXPECT_TRUE(*store().ClaimAttempt("sanne", 1, 200));
  EXPECT_FALSE(*store().ClaimAttempt("sanne", 1, 210)) << "two attempts that read count 1";
  EXPECT_TRUE(*store().ClaimAttempt("other", 0, 250));
  EXPECT_TRUE(*store().ClaimAttempt("sanne", 2, 300));
  EXPECT_EQ(*store().Attempts("sanne"), (Attempts{3, 300}));
  ASSERT_TRUE(store().ClearAttempts("sanne"));
  EXPECT_EQ(store().Attempts("sanne")->first, 0);
  EXPECT_EQ(store().Attempts("other")->first, 1);
  EXPECT_TRUE(*store().ClaimAttempt("sanne", 0, 400));
}

TEST_P(OperationalTest, RequestsAreCountedInAFixedWindowThatStartsAgain) {
  using Counted = std::pair<int, domain::Millis>;
  EXPECT_EQ(*store().CountInWindow("k", 1000, 500), (Counted{1, 1000}));
  EXPECT_EQ(*store().CountInWindow("k", 1200, 500), (Counted{2, 1000}));
  EXPECT_EQ(*store().CountInWindow("other", 1300, 500), (Counted{1, 1300}));
  EXPECT_EQ(*store().CountInWindow("k", 1499, 500), (Counted{3, 1000}));
  EXPECT_EQ(*store().CountInWindow("k", 1500, 500), (Counted{1, 1500})) << "the window ended";
  EXPECT_EQ(*store().CountInWindow("k", 1600, 500), (Counted{2, 1500}));
}

TEST_P(OperationalTest, OperationalStateSurvivesReopen) {
  ASSERT_TRUE(store().SetPasswordHash(kLead, "hash"));
  ASSERT_TRUE(store().CreateSession({"sha_a", kLead, "csrf", 1, 2}));
  ASSERT_TRUE(store().ClaimAttempt("sanne", 0, 100));
  ASSERT_TRUE(store().CountInWindow("k", 100, 1000));
  Reopen();
  EXPECT_EQ(*store().PasswordHash(kLead), "hash");
  EXPECT_TRUE(*store().FindSession("sha_a"));
  EXPECT_EQ(store().Attempts("sanne")->first, 1);
  EXPECT_EQ(store().CountInWindow("k", 200, 1000)->first, 2);
}

}  // namespace
}  // namespace stip::store::testing
