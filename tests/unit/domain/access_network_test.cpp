// The access engine for network members (issue 10): a grandmother, neighbour or coach sees only
// what a consent in force shares, only while its giver may still share it, and nothing withheld.
#include <gtest/gtest.h>

#include "access_support.h"
#include "domain/access.h"

namespace stip::domain::testing {
namespace {

EntryAudience About(std::string id, std::vector<std::string> concerns,
                    std::optional<std::string> confidential_of = std::nullopt) {
  return EntryAudience{std::move(id), std::move(concerns), std::move(confidential_of)};
}

const EntryAudience kAll = About("e_all", {});
const EntryAudience kNoor = About("e_noor", {"c_noor"});
const EntryAudience kSem = About("e_sem", {"c_sem"});
const EntryAudience kLotte = About("e_lotte", {"c_lotte"});
const EntryAudience kLotteOwn = About("e_lotte_own", {"c_lotte"}, "c_lotte");
const EntryAudience kMoeder = About("e_moeder", {"m_moeder"});

SharedItem Item(std::string id) { return SharedItem{SharedKind::kEntry, std::move(id)}; }

// Sara (mother, custody of all four) shares with grandmother Ria's network account.
NetworkConsent FromMother(std::vector<std::string> entries, std::optional<Date> until = {}) {
  NetworkConsent c;
  c.id = "ncs_moeder";
  c.network_member_id = "nwm_ria";
  c.given_by = "m_moeder";
  c.ground = NetworkGround::kParentWithCustody;
  for (auto& e : entries) c.items.push_back(Item(std::move(e)));
  c.given_on = {2026, 11, 1};
  c.valid_until = until;
  return c;
}

// Lotte (16) shares her own information with her coach.
NetworkConsent FromLotte(std::vector<std::string> entries) {
  NetworkConsent c = FromMother(std::move(entries));
  c.id = "ncs_lotte";
  c.network_member_id = "nwm_coach";
  c.given_by = "c_lotte";
  c.ground = NetworkGround::kYoungPersonOwn;
  return c;
}

AccessQuery NetQuery(std::string network_member, std::vector<NetworkConsent> consents,
                     const Date& today = kToday) {
  AccessQuery q = Query(NetworkViewer{std::move(network_member)}, today);
  q.network_consents = std::move(consents);
  return q;
}

TEST(NetworkAccess, SeesOnlyTheSharedPageWhileAConsentHolds) {
  const Family family = Household();
  const auto q = NetQuery("nwm_ria", {FromMother({"e_noor"})});
  for (Action a : kAllActions) {
    const Decision d = Decide(family, q, a);
    if (a == Action::kViewShared) {
      EXPECT_TRUE(d.allowed);
      EXPECT_EQ(d.reason, Nwc);
    } else {
      EXPECT_FALSE(d.allowed) << ToString(a);
      EXPECT_EQ(d.reason, Shr) << ToString(a);
    }
  }
  EXPECT_EQ(AccessRole(family, q), "network");
  EXPECT_FALSE(DecideChildView(family, q, "c_noor").allowed);
}

TEST(NetworkAccess, ConsentEndIsAccessEnd) {
  const Family family = Household();
  NetworkConsent ended = FromMother({"e_noor"});
  ended.ended = true;
  struct Case {
    const char* what;
    NetworkConsent consent;
    Date today;
    bool allowed;
  };
  const Case cases[] = {
      {"running", FromMother({"e_noor"}), kToday, true},
      {"ended by its giver", ended, kToday, false},
      {"on its last day", FromMother({"e_noor"}, kToday), kToday, true},
      {"the day after its last day", FromMother({"e_noor"}, kToday), {2026, 11, 30}, false},
      {"before it was given", FromMother({"e_noor"}), {2026, 10, 31}, false},
  };
  for (const auto& c : cases) {
    const auto q = NetQuery("nwm_ria", {c.consent}, c.today);
    EXPECT_EQ(Decide(family, q, Action::kViewShared).allowed, c.allowed) << c.what;
    const EntryDecision e = DecideEntry(family, q, kNoor, {});
    EXPECT_EQ(e.visibility == Visibility::kVisible, c.allowed) << c.what;
    // No standing at all without a consent: the file does not exist for them (404).
    EXPECT_EQ(AccessRole(family, q).empty(), !c.allowed) << c.what;
    if (!c.allowed) {
      EXPECT_EQ(Decide(family, q, Action::kViewShared).reason, Unk) << c.what;
    }
  }
}

TEST(NetworkAccess, AnotherNetworkMembersConsentGivesNothing) {
  const auto q = NetQuery("nwm_buurman", {FromMother({"e_noor"})});
  EXPECT_FALSE(Decide(Household(), q, Action::kViewShared).allowed);
  EXPECT_EQ(DecideEntry(Household(), q, kNoor, {}).visibility, Visibility::kNotShown);
}

TEST(NetworkAccess, EndsWhenTheGiverLosesCustody) {
  Family family = Household();
  const auto q = NetQuery("nwm_ria", {FromMother({"e_noor"})});
  ASSERT_TRUE(Decide(family, q, Action::kViewShared).allowed);
  for (auto& c : family.custody) {
    if (c.parent_id == "m_moeder") c.has_custody = false;
  }
  EXPECT_FALSE(Decide(family, q, Action::kViewShared).allowed);
  EXPECT_EQ(DecideEntry(family, q, kNoor, {}).visibility, Visibility::kNotShown);
}

TEST(NetworkAccess, EntriesOnlyWhenSharedReadableAndNotWithheld) {
  const Family family = Household();
  const auto q =
      NetQuery("nwm_ria", {FromMother({"e_noor", "e_all", "e_sem", "e_lotte", "e_lotte_own"})});
  const Withholding sem_from_father =
      Withheld("e_sem", "m_vader", WithholdingGround::kProtectsThirdPerson, {2027, 2, 1});
  const Withholding lapsed =
      Withheld("e_sem", "m_vader", WithholdingGround::kProtectsThirdPerson, {2026, 11, 20});
  struct Case {
    const char* what;
    EntryAudience entry;
    std::vector<Withholding> withholdings;
    Visibility expected;
  };
  const Case cases[] = {
      {"shared, about Noor", kNoor, {}, Visibility::kVisible},
      {"shared, about the household", kAll, {}, Visibility::kVisible},
      {"not shared", kMoeder, {}, Visibility::kNotShown},
      // Withheld from someone else (the father): still never leaves the household.
      {"shared but withheld from another member", kSem, {sem_from_father}, Visibility::kNotShown},
      {"shared, its withholding lapsed", kSem, {lapsed}, Visibility::kVisible},
      // The mother may not read Lotte's (16) information without Lotte's consent.
      {"shared but not the giver's to read", kLotte, {}, Visibility::kNotShown},
      {"a young person's confidential information", kLotteOwn, {}, Visibility::kNotShown},
  };
  for (const auto& c : cases) {
    const EntryDecision d = DecideEntry(family, q, c.entry, c.withholdings);
    EXPECT_EQ(d.visibility, c.expected) << c.what;
    // Never a placeholder, never a reaction or correction: reading only.
    EXPECT_TRUE(d.withholdings.empty()) << c.what;
    EXPECT_FALSE(d.may_react || d.may_request_correction || d.may_object) << c.what;
  }
}

TEST(NetworkAccess, AYoungPersonSharesOwnInformationOnly) {
  const Family family = Household();
  const auto q = NetQuery("nwm_coach", {FromLotte({"e_lotte", "e_lotte_own", "e_all", "e_noor"})});
  EXPECT_EQ(DecideEntry(family, q, kLotte, {}).visibility, Visibility::kVisible);
  EXPECT_EQ(DecideEntry(family, q, kLotteOwn, {}).visibility, Visibility::kVisible);
  EXPECT_EQ(DecideEntry(family, q, kAll, {}).visibility, Visibility::kNotShown);
  EXPECT_EQ(DecideEntry(family, q, kNoor, {}).visibility, Visibility::kNotShown);
  // The day before she turned 16 her consent gave nothing.
  const auto younger = NetQuery("nwm_coach", {FromLotte({"e_lotte"})}, kLotteIs15);
  EXPECT_FALSE(Decide(family, younger, Action::kViewShared).allowed);
}

TEST(NetworkAccess, WhoMayShareAndWhat) {
  const Family family = Household();
  EXPECT_EQ(SharingGround(family, Query(Mem("m_moeder"))), NetworkGround::kParentWithCustody);
  EXPECT_EQ(SharingGround(family, Query(Mem("c_lotte"))), NetworkGround::kYoungPersonOwn);
  EXPECT_FALSE(SharingGround(family, Query(Mem("m_vader"))));  // no custody
  EXPECT_FALSE(SharingGround(family, Query(Mem("c_sem"))));    // 13
  EXPECT_FALSE(SharingGround(family, Query(Mem("m_oma"))));    // another adult
  EXPECT_FALSE(SharingGround(family, Query(Pro("u_lead"))));   // a professional
  const auto mother = Query(Mem("m_moeder"));
  const auto pwc = NetworkGround::kParentWithCustody;
  EXPECT_TRUE(MayShareEntry(family, mother, pwc, kNoor, {}));
  EXPECT_FALSE(MayShareEntry(family, mother, pwc, kLotteOwn, {}));
  const Withholding noor_from_vader =
      Withheld("e_noor", "m_vader", WithholdingGround::kProtectsThirdPerson, {2027, 2, 1});
  const Withholding one[] = {noor_from_vader};
  EXPECT_FALSE(MayShareEntry(family, mother, pwc, kNoor, one));
  // What names Lotte (16) is hers to share, not her mother's, also beside a younger sibling;
  // and Lotte shares what is about her alone, not what also names her sister.
  const EntryAudience both = About("e_both", {"c_lotte", "c_noor"});
  EXPECT_FALSE(MayShareEntry(family, mother, pwc, kLotte, {}));
  EXPECT_FALSE(MayShareEntry(family, mother, pwc, both, {}));
  const auto lotte = Query(Mem("c_lotte"));
  const auto own = NetworkGround::kYoungPersonOwn;
  EXPECT_TRUE(MayShareEntry(family, lotte, own, kLotte, {}));
  EXPECT_TRUE(MayShareEntry(family, lotte, own, kLotteOwn, {}));
  EXPECT_FALSE(MayShareEntry(family, lotte, own, both, {}));
}

TEST(NetworkAccess, SharedItemsNameTheirKind) {
  EXPECT_EQ(ToString(Item("ent_1")), "entry:ent_1");
  EXPECT_EQ(ParseSharedItem("entry:ent_1"), Item("ent_1"));
  EXPECT_FALSE(ParseSharedItem("entry:"));
  EXPECT_FALSE(ParseSharedItem("task:tsk_1"));  // not yet: the plan does not exist
  EXPECT_FALSE(ParseSharedItem("ent_1"));
  for (auto g : {NetworkGround::kParentWithCustody, NetworkGround::kYoungPersonOwn}) {
    EXPECT_EQ(ParseNetworkGround(ToString(g)), g);
  }
  EXPECT_FALSE(ParseNetworkGround("neighbour"));
}

}  // namespace
}  // namespace stip::domain::testing
