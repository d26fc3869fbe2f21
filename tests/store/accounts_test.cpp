// Contract: family accounts and consents (projections of family events) and one-time login
// codes (operational state), on every engine.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class AccountsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    SeedFamily("fam_b", "Gezin B");
  }
};
STIP_STORE_CONTRACT(AccountsTest);

// Issue 10: one address may have an account in several families, listed oldest first; a
// rebuild folds them the same in any order of families.
TEST_P(AccountsTest, OneAddressHasAnAccountInSeveralFamilies) {
  AppendOk(
      "fam_b",
      {Ev("fam_b", types::kAccountInvited,
          {{"id", "acc_b"}, {"member_id", "fam_b_m1"}, {"contact", "eva@example.org"}}, 4000)});
  AppendOk(
      "fam_a",
      {Ev("fam_a", types::kAccountInvited,
          {{"id", "acc_a"}, {"member_id", "fam_a_m1"}, {"contact", "eva@example.org"}}, 5000)});
  auto both = store().ListAccountsByContact("eva@example.org");
  ASSERT_TRUE(both) << both.error().message;
  ASSERT_EQ(both->size(), 2u);
  EXPECT_EQ((*both)[0].id, "acc_b");
  EXPECT_EQ((*both)[1].id, "acc_a");
  EXPECT_EQ((*store().FindAccountByContact("eva@example.org"))->id, "acc_b");
  AppendOk("fam_b", {Ev("fam_b", types::kAccountRevoked, {{"id", "acc_b"}, {"reason", "test"}})});
  EXPECT_EQ(store().ListAccountsByContact("eva@example.org")->size(), 1u);
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
}

TEST_P(AccountsTest, InvitedAccountsAreFoundActivatedAndRevoked) {
  AppendOk(
      "fam_a",
      {Ev("fam_a", types::kAccountInvited,
          {{"id", "acc_1"}, {"member_id", "fam_a_m1"}, {"contact", "eva@example.org"}}, 5000)});
  auto found = store().FindAccount("acc_1");
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->family_id, "fam_a");
  EXPECT_EQ((*found)->member_id, "fam_a_m1");
  EXPECT_EQ((*found)->invited_at, 5000);
  EXPECT_FALSE((*found)->activated_at);
  auto by_contact = store().FindAccountByContact("eva@example.org");
  ASSERT_TRUE(by_contact && *by_contact);
  EXPECT_EQ((*by_contact)->id, "acc_1");

  AppendOk("fam_a", {Ev("fam_a", types::kAccountActivated, {{"id", "acc_1"}}, 6000)});
  EXPECT_EQ(*(*store().FindAccount("acc_1"))->activated_at, 6000);
  EXPECT_EQ(store().ListAccounts("fam_a")->size(), 1u);
  EXPECT_TRUE(store().ListAccounts("fam_b")->empty());

  AppendOk("fam_a", {Ev("fam_a", types::kAccountRevoked, {{"id", "acc_1"}, {"reason", "test"}})});
  EXPECT_TRUE((*store().FindAccount("acc_1"))->revoked);
  EXPECT_FALSE(*store().FindAccountByContact("eva@example.org"));
}

TEST_P(AccountsTest, BadAccountEventsAreRefusedAndLeaveNoTrace) {
  // An unknown member, an account of another family, a second live account per address.
  auto unknown =
      Append("fam_a", 5,
             {Ev("fam_a", types::kAccountInvited,
                 {{"id", "acc_1"}, {"member_id", "fam_b_m1"}, {"contact", "x@example.org"}})});
  EXPECT_FALSE(unknown);
  AppendOk("fam_b",
           {Ev("fam_b", types::kAccountInvited,
               {{"id", "acc_b"}, {"member_id", "fam_b_m1"}, {"contact", "b@example.org"}})});
  auto other = Append("fam_a", 5, {Ev("fam_a", types::kAccountActivated, {{"id", "acc_b"}})});
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, Code::kNotFound);
  // An account id in use is refused (the same address in another family is not: schema 19).
  auto twice =
      Append("fam_a", 5,
             {Ev("fam_a", types::kAccountInvited,
                 {{"id", "acc_b"}, {"member_id", "fam_a_m1"}, {"contact", "a@example.org"}})});
  ASSERT_FALSE(twice);
  EXPECT_TRUE(store().ListAccounts("fam_a")->empty());
  EXPECT_EQ(store().Head("fam_a")->seq, 5);
}

TEST_P(AccountsTest, ConsentsAreListedUntilEnded) {
  AppendOk("fam_a", {Ev("fam_a", types::kConsentGiven,
                        {{"id", "cns_1"},
                         {"young_person_id", "fam_a_m2"},
                         {"member_id", "fam_a_m1"},
                         {"valid_until", "2030-01-31"}},
                        1795964829123)});
  auto consents = store().ListConsents("fam_a");
  ASSERT_TRUE(consents);
  ASSERT_EQ(consents->size(), 1u);
  EXPECT_EQ((*consents)[0].id, "cns_1");
  EXPECT_EQ((*consents)[0].consent.young_person_id, "fam_a_m2");
  EXPECT_EQ((*consents)[0].consent.member_id, "fam_a_m1");
  EXPECT_EQ(domain::FormatDate((*consents)[0].consent.given_on), "2026-11-29");
  EXPECT_EQ(domain::FormatDate(*(*consents)[0].consent.valid_until), "2030-01-31");
  EXPECT_TRUE(store().ListConsents("fam_b")->empty());

  AppendOk("fam_a", {Ev("fam_a", types::kConsentEnded, {{"id", "cns_1"}})});
  EXPECT_TRUE(store().ListConsents("fam_a")->empty());
  auto again = Append("fam_a", 7, {Ev("fam_a", types::kConsentEnded, {{"id", "cns_1"}})});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, Code::kFailedPrecondition);
}

TEST_P(AccountsTest, ProjectionsSurviveRebuild) {
  AppendOk("fam_a",
           {Ev("fam_a", types::kAccountInvited,
               {{"id", "acc_1"}, {"member_id", "fam_a_m1"}, {"contact", "eva@example.org"}}),
            Ev("fam_a", types::kConsentGiven,
               {{"id", "cns_1"}, {"young_person_id", "fam_a_m2"}, {"member_id", "fam_a_m1"}})});
  auto report = store().Rebuild();
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_TRUE(report->identical);
  EXPECT_TRUE(*store().FindAccount("acc_1"));
  EXPECT_EQ(store().ListConsents("fam_a")->size(), 1u);
}

TEST_P(AccountsTest, EveryLiveLoginCodeCountsAndEachIsUsedOnce) {
  ASSERT_TRUE(store().CreateLoginCode({"code_1", "acc_1", "sha1", 1000, 2000, 0, std::nullopt}));
  ASSERT_TRUE(store().CreateLoginCode({"code_2", "acc_1", "sha2", 1500, 2500, 0, std::nullopt}));
  ASSERT_TRUE(store().CreateLoginCode({"code_3", "acc_2", "sha3", 1600, 2600, 0, std::nullopt}));
  auto live = store().LiveLoginCodes("acc_1", 1700);
  ASSERT_TRUE(live);
  ASSERT_EQ(live->size(), 2u);
  EXPECT_EQ((*live)[0].id, "code_2") << "newest first";
  EXPECT_EQ((*live)[0].code_sha256, "sha2");
  EXPECT_EQ((*live)[0].expires_at, 2500);
  EXPECT_FALSE((*live)[0].used_at);
  EXPECT_EQ((*live)[1].id, "code_1");
  EXPECT_TRUE(store().LiveLoginCodes("acc_none", 1700)->empty());
  ASSERT_EQ(store().LiveLoginCodes("acc_1", 2000)->size(), 1u) << "code_1 expired at 2000";

  EXPECT_TRUE(*store().ConsumeLoginCode("code_2", 1700));
  EXPECT_FALSE(*store().ConsumeLoginCode("code_2", 1800));  // a second use
  ASSERT_EQ(store().LiveLoginCodes("acc_1", 1800)->size(), 1u) << "a used code is not live";
  EXPECT_EQ((*store().LiveLoginCodes("acc_1", 1800))[0].id, "code_1");
  Reopen();
  ASSERT_EQ(store().LiveLoginCodes("acc_1", 1800)->size(), 1u);
  EXPECT_FALSE(*store().ConsumeLoginCode("code_2", 1900));
}

}  // namespace
}  // namespace stip::store::testing
