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

TEST_P(OperationalTest, LoginFailuresCountUpAndClear) {
  EXPECT_EQ(*store().LoginFailures("sanne"), (std::pair<int, domain::Millis>{0, 0}));
  EXPECT_EQ(*store().RecordLoginFailure("sanne", 100), 1);
  EXPECT_EQ(*store().RecordLoginFailure("sanne", 200), 2);
  EXPECT_EQ(*store().RecordLoginFailure("other", 250), 1);
  EXPECT_EQ(*store().RecordLoginFailure("sanne", 300), 3);
  EXPECT_EQ(*store().LoginFailures("sanne"), (std::pair<int, domain::Millis>{3, 300}));
  ASSERT_TRUE(store().ClearLoginFailures("sanne"));
  EXPECT_EQ(store().LoginFailures("sanne")->first, 0);
  EXPECT_EQ(store().LoginFailures("other")->first, 1);
  EXPECT_EQ(*store().RecordLoginFailure("sanne", 400), 1);
}

TEST_P(OperationalTest, OperationalStateSurvivesReopen) {
  ASSERT_TRUE(store().SetPasswordHash(kLead, "hash"));
  ASSERT_TRUE(store().CreateSession({"sha_a", kLead, "csrf", 1, 2}));
  ASSERT_TRUE(store().RecordLoginFailure("sanne", 100));
  Reopen();
  EXPECT_EQ(*store().PasswordHash(kLead), "hash");
  EXPECT_TRUE(*store().FindSession("sha_a"));
  EXPECT_EQ(store().LoginFailures("sanne")->first, 1);
}

}  // namespace
}  // namespace stip::store::testing
