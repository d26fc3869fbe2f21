// Issue 13: a withholding names one member, several, or the whole household (also members added
// later); a ground that protects a third party holds for everyone unless a written reason says
// why fewer will do; and professionals see who of the family can read an entry (EntryReaders).
#include <gtest/gtest.h>

#include <algorithm>

#include "access_support.h"
#include "domain/access.h"

namespace stip::domain::testing {
namespace {

using G = WithholdingGround;

const EntryAudience kAll{"e_all", {}, std::nullopt};  // the whole household
const EntryAudience kLotteOwn{"e_lotte_own", {"c_lotte"}, "c_lotte"};

Withholding FromHousehold(std::string entry, G ground = G::kProtectsThirdPerson) {
  Withholding w = Withheld(std::move(entry), "", ground, {2027, 1, 1});
  w.whole_household = true;
  return w;
}

Withholding FromSome(std::string entry, std::vector<std::string> members,
                     G ground = G::kSeriousHarmToChild) {
  Withholding w = Withheld(std::move(entry), "", ground, {2027, 1, 1});
  w.member_ids = std::move(members);
  return w;
}

Visibility Sees(const Family& f, const std::string& member, const EntryAudience& entry,
                const std::vector<Withholding>& ws) {
  return DecideEntry(f, Query(Mem(member)), entry, ws).visibility;
}

bool Has(const std::vector<FieldError>& errors, std::string_view field,
         std::optional<FieldCode> code = std::nullopt) {
  return std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) {
    return e.field == field && (!code || e.code == *code);
  });
}

TEST(AccessHousehold, TheWholeHouseholdCoversEveryMemberAndOnesAddedLater) {
  Family f = Household();
  const std::vector<Withholding> ws{FromHousehold("e_all")};
  for (const char* m : {"m_moeder", "m_oma", "m_pleeg", "c_sem", "c_lotte", "c_finn"}) {
    EXPECT_EQ(Sees(f, m, kAll, ws), Visibility::kWithheld) << m;
  }
  // Someone who joins the family after the decision is covered too.
  f.members.push_back({"m_nieuw", "Bas Nieuw", MemberRole::kOtherAdult, {1980, 1, 1}});
  EXPECT_EQ(Sees(f, "m_nieuw", kAll, ws), Visibility::kWithheld);
  // Professionals still read it.
  EXPECT_EQ(DecideEntry(f, Query(Pro("u_lead")), kAll, ws).visibility, Visibility::kVisible);
}

TEST(AccessHousehold, SeveralMembersAreWithheldFromAndTheOthersRead) {
  const Family f = Household();
  const std::vector<Withholding> ws{FromSome("e_all", {"m_moeder", "c_sem"})};
  EXPECT_EQ(Sees(f, "m_moeder", kAll, ws), Visibility::kWithheld);
  EXPECT_EQ(Sees(f, "c_sem", kAll, ws), Visibility::kWithheld);
  EXPECT_EQ(Sees(f, "c_lotte", kAll, ws), Visibility::kVisible);
  EXPECT_EQ(Sees(f, "m_oma", kAll, ws), Visibility::kVisible);
}

TEST(AccessHousehold, AnOldOneMemberWithholdingKeepsMeaningThatMember) {
  const Family f = Household();
  const std::vector<Withholding> ws{
      Withheld("e_all", "m_moeder", G::kProtectsThirdPerson, {2027, 1, 1})};
  EXPECT_EQ(Sees(f, "m_moeder", kAll, ws), Visibility::kWithheld);
  EXPECT_EQ(Sees(f, "c_lotte", kAll, ws), Visibility::kVisible);
  EXPECT_TRUE(AppliesTo(ws[0], "m_moeder"));
  EXPECT_FALSE(AppliesTo(ws[0], "c_lotte"));
  EXPECT_FALSE(AppliesTo(FromHousehold("e_all"), ""));
}

TEST(AccessHousehold, LiftedOrLapsedHouseholdWithholdingsNoLongerHold) {
  const Family f = Household();
  Withholding lifted = FromHousehold("e_all");
  lifted.lifted = true;
  EXPECT_EQ(Sees(f, "c_lotte", kAll, {lifted}), Visibility::kVisible);
  Withholding lapsed = FromHousehold("e_all");
  lapsed.review_date = kToday;
  EXPECT_EQ(Sees(f, "c_lotte", kAll, {lapsed}), Visibility::kVisible);
}

TEST(AccessHousehold, ProtectingAThirdPartyForFewerMembersNeedsAReason) {
  const Family f = Household();
  EXPECT_TRUE(CheckWithholding(f, kAll, FromHousehold("e_all"), kToday).empty());
  Withholding narrowed = FromSome("e_all", {"m_moeder"}, G::kProtectsThirdPerson);
  EXPECT_TRUE(Has(CheckWithholding(f, kAll, narrowed, kToday), "narrowing_reason",
                  FieldCode::kNarrowingNeedsReason));
  // The single-member form of before issue 13 is held to the same rule.
  const Withholding single = Withheld("e_all", "m_moeder", G::kProtectsThirdPerson, {2027, 1, 1});
  EXPECT_TRUE(Has(CheckWithholding(f, kAll, single, kToday), "narrowing_reason",
                  FieldCode::kNarrowingNeedsReason));
  narrowed.narrowing_reason = "De buurvrouw is de zus van oma; oma weet het al.";
  EXPECT_TRUE(CheckWithholding(f, kAll, narrowed, kToday).empty());
  narrowed.narrowing_reason = "   ";
  EXPECT_TRUE(Has(CheckWithholding(f, kAll, narrowed, kToday), "narrowing_reason"));
  // Other grounds name members without a reason.
  EXPECT_TRUE(CheckWithholding(f, kAll, FromSome("e_all", {"m_moeder", "c_sem"}), kToday).empty());
}

TEST(AccessHousehold, WhomItNamesIsChecked) {
  const Family f = Household();
  Withholding none = FromSome("e_all", {});
  EXPECT_TRUE(Has(CheckWithholding(f, kAll, none, kToday), "member_id", FieldCode::kNotAMember));
  Withholding both = FromHousehold("e_all");
  both.member_ids = {"m_moeder"};
  EXPECT_TRUE(Has(CheckWithholding(f, kAll, both, kToday), "member_ids", FieldCode::kInvalid));
  const auto errors =
      CheckWithholding(f, kAll, FromSome("e_all", {"m_moeder", "m_buurman", "m_moeder"}), kToday);
  EXPECT_TRUE(Has(errors, "member_ids[1]", FieldCode::kNotAMember));
  EXPECT_TRUE(Has(errors, "member_ids[2]", FieldCode::kDuplicate));
  Withholding twice = Withheld("e_all", "m_moeder", G::kSeriousHarmToChild, {2027, 1, 1});
  twice.member_ids = {"m_moeder"};
  EXPECT_TRUE(
      Has(CheckWithholding(f, kAll, twice, kToday), "member_ids[0]", FieldCode::kDuplicate));
}

TEST(AccessHousehold, AYoungPersonsOwnInformationIsNotWithheldFromThemselves) {
  const Family f = Household();
  EXPECT_TRUE(CheckWithholding(
                  f, kLotteOwn,
                  FromSome("e_lotte_own", {"m_moeder", "m_vader"}, G::kYoungPersonConfidential),
                  kToday)
                  .empty());
  EXPECT_TRUE(
      Has(CheckWithholding(f, kLotteOwn, FromHousehold("e_lotte_own", G::kYoungPersonConfidential),
                           kToday),
          "ground", FieldCode::kGroundNeedsYoungPerson));
}

TEST(AccessHousehold, ReadersSayWhoCanReadAndWhyNot) {
  const Family f = Household();
  const auto reason_of = [](const std::vector<EntryReader>& readers, std::string_view id) {
    for (const auto& r : readers) {
      if (r.member_id == id) return std::pair{r.visibility, r.reason};
    }
    return std::pair{Visibility::kNotShown, Reason::kUnknownViewer};
  };
  const auto open = EntryReaders(f, Query(Pro("u_lead")), kAll, {});
  ASSERT_EQ(open.size(), f.members.size());
  EXPECT_EQ(reason_of(open, "m_moeder").first, Visibility::kVisible);
  EXPECT_EQ(reason_of(open, "m_vader"),
            std::pair(Visibility::kNotShown, Reason::kSummaryOnly));  // no custody
  EXPECT_EQ(reason_of(open, "c_noor"),
            std::pair(Visibility::kNotShown, Reason::kUnder12ChildView));  // age
  const auto confidential = EntryReaders(f, Query(Pro("u_lead")), kLotteOwn, {});
  EXPECT_EQ(reason_of(confidential, "c_lotte").first, Visibility::kVisible);
  EXPECT_EQ(reason_of(confidential, "m_moeder"),
            std::pair(Visibility::kNotShown, Reason::kYoungPersonsOwnInformation));
  const std::vector<Withholding> ws{FromHousehold("e_all")};
  for (const auto& r : EntryReaders(f, Query(Pro("u_lead")), kAll, ws)) {
    EXPECT_NE(r.visibility, Visibility::kVisible) << r.member_id;
    // Each reader is exactly what that member's own DecideEntry says.
    const auto own = DecideEntry(f, Query(Mem(r.member_id)), kAll, ws);
    EXPECT_EQ(r.visibility, own.visibility) << r.member_id;
    EXPECT_EQ(r.reason, own.reason) << r.member_id;
  }
}

}  // namespace
}  // namespace stip::domain::testing
