// Contract (issue 10): network members and their consents fold into projections on every
// engine; a network member's account is found like a family account (codes, sessions) and is
// activated by account.activated; bad events are refused and leave no trace.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace json = boost::json;
namespace types = ledger::types;
using domain::Code;

class NetworkStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    SeedFamily("fam_b", "Gezin B");
  }
  static ledger::Event Invited(const std::string& family, const std::string& id,
                               const std::string& account, const std::string& contact) {
    return Ev(family, types::kNetworkMemberInvited,
              {{"id", id},
               {"account_id", account},
               {"name", "Ria"},
               {"relation", "oma"},
               {"contact", contact},
               {"invited_by", family + "_m1"}},
              5000);
  }
  static ledger::Event Given(const std::string& family, const std::string& id,
                             const std::string& network_member, json::array items,
                             const std::string& until = "") {
    json::object payload{{"id", id},
                         {"network_member_id", network_member},
                         {"given_by", family + "_m1"},
                         {"ground", "parent_with_custody"},
                         {"items", std::move(items)}};
    if (!until.empty()) payload["valid_until"] = until;
    return Ev(family, types::kNetworkConsentGiven, std::move(payload), 6000);
  }
};
STIP_STORE_CONTRACT(NetworkStoreTest);

TEST_P(NetworkStoreTest, MembersAndConsentsFoldAndListInOrder) {
  AppendOk("fam_a",
           {Invited("fam_a", "nwm_1", "acc_n1", "ria@example.org"),
            Given("fam_a", "ncs_1", "nwm_1", {"entry:ent_1", "entry:ent_2"}, "2027-06-30")});
  auto members = store().ListNetworkMembers("fam_a");
  ASSERT_TRUE(members);
  ASSERT_EQ(members->size(), 1u);
  EXPECT_EQ((*members)[0].id, "nwm_1");
  EXPECT_EQ((*members)[0].account_id, "acc_n1");
  EXPECT_EQ((*members)[0].relation, "oma");
  EXPECT_EQ((*members)[0].invited_by, "fam_a_m1");
  EXPECT_EQ((*members)[0].invited_at, 5000);
  EXPECT_FALSE((*members)[0].activated_at);
  EXPECT_TRUE(store().ListNetworkMembers("fam_b")->empty());

  auto consents = store().ListNetworkConsents("fam_a");
  ASSERT_TRUE(consents);
  ASSERT_EQ(consents->size(), 1u);
  const auto& c = (*consents)[0];
  EXPECT_EQ(c.consent.id, "ncs_1");
  EXPECT_EQ(c.consent.ground, domain::NetworkGround::kParentWithCustody);
  ASSERT_EQ(c.consent.items.size(), 2u);
  EXPECT_EQ(c.consent.items[1].id, "ent_2");
  EXPECT_EQ(c.consent.valid_until, (domain::Date{2027, 6, 30}));
  EXPECT_EQ(c.given_at, 6000);
  EXPECT_FALSE(c.consent.ended);

  // The account reads like a family account whose member is the network member.
  auto account = store().FindAccountByContact("ria@example.org");
  ASSERT_TRUE(account && *account);
  EXPECT_EQ((*account)->id, "acc_n1");
  EXPECT_EQ((*account)->member_id, "nwm_1");
  EXPECT_EQ((*account)->family_id, "fam_a");
  AppendOk("fam_a", {Ev("fam_a", types::kAccountActivated, {{"id", "acc_n1"}}, 7000)});
  EXPECT_EQ(*(*store().FindAccount("acc_n1"))->activated_at, 7000);
  EXPECT_TRUE(store().ListAccounts("fam_a")->empty());  // family accounts only

  AppendOk("fam_a", {Ev("fam_a", types::kNetworkConsentChanged,
                        {{"id", "ncs_1"}, {"items", json::array{"entry:ent_3"}}}, 8000)});
  auto changed = store().ListNetworkConsents("fam_a");
  ASSERT_EQ((*changed)[0].consent.items.size(), 1u);
  EXPECT_EQ((*changed)[0].consent.items[0].id, "ent_3");
  EXPECT_FALSE((*changed)[0].consent.valid_until);
  EXPECT_EQ((*changed)[0].changed_at, 8000);

  AppendOk("fam_a", {Ev("fam_a", types::kNetworkConsentEnded,
                        {{"id", "ncs_1"}, {"reason", "klaar"}}, 9000)});
  auto ended = store().ListNetworkConsents("fam_a");
  EXPECT_TRUE((*ended)[0].consent.ended);
  EXPECT_EQ((*ended)[0].ended_at, 9000);
}

// Review of issue 10: an invitation with an address that had an account already is written
// with the contact "-" (the family gets the same answer as for any address): the network
// member has no login, the account keeps its address, several such members may exist, and a
// rebuild folds the same whatever the order of the families.
TEST_P(NetworkStoreTest, AnAddressInUseIsRecordedWithoutALogin) {
  AppendOk("fam_b",
           {Ev("fam_b", types::kAccountInvited,
               {{"id", "acc_b"}, {"member_id", "fam_b_m1"}, {"contact", "b@example.org"}})});
  AppendOk("fam_a", {Invited("fam_a", "nwm_1", "acc_n1", "ria@example.org")});
  AppendOk("fam_a", {Invited("fam_a", "nwm_2", "acc_n2", "-")});
  AppendOk("fam_a", {Invited("fam_a", "nwm_3", "acc_n3", "-")});
  auto members = store().ListNetworkMembers("fam_a");
  ASSERT_TRUE(members) << members.error().message;
  ASSERT_EQ(members->size(), 3u);
  EXPECT_EQ((*members)[0].contact, "ria@example.org");
  EXPECT_EQ((*members)[1].contact, "") << "no login";
  EXPECT_EQ((*members)[2].contact, "");
  EXPECT_EQ((*store().FindAccountByContact("b@example.org"))->id, "acc_b");
  EXPECT_EQ((*store().FindAccountByContact("ria@example.org"))->id, "acc_n1");
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
}

TEST_P(NetworkStoreTest, BadNetworkEventsAreRefusedAndLeaveNoTrace) {
  AppendOk("fam_a", {Invited("fam_a", "nwm_1", "acc_n1", "ria@example.org")});
  AppendOk("fam_b",
           {Ev("fam_b", types::kAccountInvited,
               {{"id", "acc_b"}, {"member_id", "fam_b_m1"}, {"contact", "b@example.org"}})});
  AppendOk("fam_a",
           {Ev("fam_a", types::kAccountInvited,
               {{"id", "acc_a"}, {"member_id", "fam_a_m1"}, {"contact", "a@example.org"}})});
  const std::int64_t head = store().Head("fam_a")->seq;
  struct Bad {
    const char* what;
    ledger::Event event;
    Code code;
  };
  const Bad bad[] = {
      {"an address in use by a family account of this family",
       Invited("fam_a", "nwm_2", "acc_n2", "a@example.org"), Code::kAlreadyExists},
      {"an address in use by a network member",
       Invited("fam_a", "nwm_2", "acc_n2", "ria@example.org"), Code::kAlreadyExists},
      {"an account id in use", Invited("fam_a", "nwm_2", "acc_b", "x@example.org"),
       Code::kAlreadyExists},
      {"invited by a stranger",
       Ev("fam_a", types::kNetworkMemberInvited,
          {{"id", "nwm_3"},
           {"account_id", "acc_n3"},
           {"name", "X"},
           {"relation", "buur"},
           {"contact", "y@example.org"},
           {"invited_by", "fam_b_m1"}}),
       Code::kNotFound},
      {"a consent for an unknown network member", Given("fam_a", "ncs_9", "nwm_9", {}),
       Code::kNotFound},
      {"a network member of another family", Given("fam_b", "ncs_9", "nwm_1", {}), Code::kNotFound},
      {"an item that is no item", Given("fam_a", "ncs_9", "nwm_1", {"ent_1"}),
       Code::kInvalidArgument},
      {"a bad last day", Given("fam_a", "ncs_9", "nwm_1", {}, "morgen"), Code::kInvalidArgument},
      {"ending an unknown consent", Ev("fam_a", types::kNetworkConsentEnded, {{"id", "ncs_x"}}),
       Code::kNotFound},
  };
  for (const auto& b : bad) {
    const std::string& chain = b.event.chain;
    auto r = Append(chain, store().Head(chain)->seq, {b.event});
    ASSERT_FALSE(r) << b.what;
    EXPECT_EQ(r.error().code, b.code) << b.what << ": " << r.error().message;
  }
  EXPECT_EQ(store().Head("fam_a")->seq, head);
  EXPECT_EQ(store().ListNetworkMembers("fam_a")->size(), 1u);
  EXPECT_TRUE(store().ListNetworkConsents("fam_a")->empty());
  EXPECT_TRUE(store().ListNetworkConsents("fam_b")->empty());

  // An ended consent cannot be changed or ended again.
  AppendOk("fam_a", {Given("fam_a", "ncs_1", "nwm_1", {}),
                     Ev("fam_a", types::kNetworkConsentEnded, {{"id", "ncs_1"}})});
  for (auto type : {types::kNetworkConsentEnded, types::kNetworkConsentChanged}) {
    auto again =
        Append("fam_a", store().Head("fam_a")->seq, {Ev("fam_a", type, {{"id", "ncs_1"}})});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, Code::kFailedPrecondition);
  }
}

// One address with an account in one family and a network member's login in another (the
// grandmother is a member of her own household and a network member of her son's): both fold,
// live and in a rebuild, whatever the order of the families.
TEST_P(NetworkStoreTest, AnAddressMayBeAMemberHereAndANetworkMemberThere) {
  AppendOk("fam_a", {Invited("fam_a", "nwm_1", "acc_n1", "oma@example.org")});
  AppendOk("fam_b",
           {Ev("fam_b", types::kAccountInvited,
               {{"id", "acc_b"}, {"member_id", "fam_b_m1"}, {"contact", "oma@example.org"}})});
  auto both = store().ListAccountsByContact("oma@example.org");
  ASSERT_TRUE(both) << both.error().message;
  ASSERT_EQ(both->size(), 2u);
  // Within one family, though, an address is one account's.
  auto twice = Append("fam_a", store().Head("fam_a")->seq,
                      {Invited("fam_a", "nwm_2", "acc_n2", "oma@example.org")});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, Code::kAlreadyExists);
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
  EXPECT_EQ(store().ListAccountsByContact("oma@example.org")->size(), 2u);
}

}  // namespace
}  // namespace stip::store::testing
