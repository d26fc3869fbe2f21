// Issue 14 item 3 part C: the family's destruction requests fold the same on both engines: a
// request, a second open one of the same member refused by the fold, the answer (reasons
// required unless granted, once), the rows rebuilt identically, and gone with the file.
#include <string>

#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;

constexpr char kFamily[] = "fam_vraag";

class DestructionRequestStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily(kFamily, "Gezin Vraag");
  }
  std::string Parent() const { return std::string(kFamily) + "_m1"; }
  ledger::Event Ask(const std::string& id, const std::string& scope, domain::Millis time) {
    return Ev(kFamily, types::kDestructionRequested,
              {{"id", id}, {"member_id", Parent()}, {"scope", scope}, {"reason", "Weg ermee."}},
              time, "acc_eva");
  }
};

TEST_P(DestructionRequestStoreTest, ARequestIsFoldedAnsweredOnceAndRebuiltTheSame) {
  if (!ready()) return;
  AppendOk(kFamily, {Ask("vnr_1", "file", 5000)});
  auto listed = store().ListDestructionRequests(kFamily);
  ASSERT_TRUE(listed.has_value()) << listed.error().message;
  ASSERT_EQ(listed->size(), 1u);
  const auto& r = listed->front();
  EXPECT_EQ(r.id, "vnr_1");
  EXPECT_EQ(r.member_id, Parent());
  EXPECT_EQ(r.account_id, "acc_eva");
  EXPECT_EQ(r.scope, domain::DestructionScope::kFile);
  EXPECT_EQ(r.reason, "Weg ermee.");
  EXPECT_EQ(r.requested_at, 5000);
  EXPECT_TRUE(r.open());

  // A second open request of the same member: the fold refuses it, nothing changes.
  const std::int64_t head = store().Head(kFamily)->seq;
  EXPECT_FALSE(Append(kFamily, head, {Ask("vnr_2", "own_data", 5100)}).has_value());
  // Refused without reasons: refused by the fold too.
  EXPECT_FALSE(Append(kFamily, head,
                      {Ev(kFamily, types::kDestructionAnswered,
                          {{"id", "vnr_1"}, {"answer", "refused"}}, 5200)})
                   .has_value());
  EXPECT_EQ(store().ListDestructionRequests(kFamily)->size(), 1u);

  AppendOk(kFamily,
           {Ev(kFamily, types::kDestructionAnswered,
               {{"id", "vnr_1"}, {"answer", "refused"}, {"reasons", "Maatregel loopt."}}, 5300)});
  auto answered = store().ListDestructionRequests(kFamily);
  ASSERT_TRUE(answered.has_value());
  ASSERT_TRUE(answered->front().answer.has_value());
  EXPECT_EQ(*answered->front().answer, domain::DestructionAnswer::kRefused);
  EXPECT_EQ(answered->front().answer_reasons, "Maatregel loopt.");
  EXPECT_EQ(answered->front().answered_by, kLead);
  EXPECT_EQ(answered->front().answered_at, 5300);
  // Answered once; then the member may ask again.
  const std::int64_t now = store().Head(kFamily)->seq;
  EXPECT_FALSE(Append(kFamily, now,
                      {Ev(kFamily, types::kDestructionAnswered,
                          {{"id", "vnr_1"}, {"answer", "granted"}}, 5400)})
                   .has_value());
  AppendOk(kFamily, {Ask("vnr_3", "own_data", 5500)});
  EXPECT_EQ(store().ListDestructionRequests(kFamily)->size(), 2u);

  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt.has_value()) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
  EXPECT_EQ(store().ListDestructionRequests(kFamily)->size(), 2u);
}

STIP_STORE_CONTRACT(DestructionRequestStoreTest);

}  // namespace
}  // namespace stip::store::testing
