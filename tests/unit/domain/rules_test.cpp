#include "domain/rules.h"

#include <gtest/gtest.h>

#include "domain/text.h"

namespace stip::domain {
namespace {

const Date kToday{2026, 11, 29};

Member M(std::string id, MemberRole role, Date birth) {
  return Member{std::move(id), "Naam " + std::string(ToString(role)), role, birth};
}

bool HasField(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return true;
  }
  return false;
}

TEST(Household, AValidHouseholdHasNoErrors) {
  std::vector<Member> members{M("p", MemberRole::kParent, {1985, 1, 1}),
                              M("c", MemberRole::kChild, {2019, 5, 5})};
  EXPECT_TRUE(CheckHousehold("Gezin Jansen", members, {{"p", "c", true}}, kToday).empty());
}

TEST(Household, NeedsANameAndAChild) {
  auto errors = CheckHousehold("  ", {M("p", MemberRole::kParent, {1985, 1, 1})}, {}, kToday);
  EXPECT_TRUE(HasField(errors, "name"));
  EXPECT_TRUE(HasField(errors, "members"));
}

TEST(Household, RejectsBirthDatesInTheFutureAndTooOldChildren) {
  std::vector<Member> members{M("c1", MemberRole::kChild, {2027, 1, 1}),
                              M("c2", MemberRole::kChild, {1990, 1, 1})};
  auto errors = CheckHousehold("Gezin", members, {}, kToday);
  EXPECT_TRUE(HasField(errors, "members[0].birth_date"));
  EXPECT_TRUE(HasField(errors, "members[1].role"));
}

TEST(Household, CustodyPairsAParentWithAChildOnce) {
  std::vector<Member> members{M("p", MemberRole::kParent, {1985, 1, 1}),
                              M("o", MemberRole::kOtherAdult, {1950, 1, 1}),
                              M("c", MemberRole::kChild, {2019, 5, 5})};
  auto errors = CheckHousehold(
      "Gezin", members, {{"o", "c", true}, {"p", "p", true}, {"p", "c", true}, {"p", "c", false}},
      kToday);
  EXPECT_TRUE(HasField(errors, "custody[0].parent_ref"));
  EXPECT_TRUE(HasField(errors, "custody[1].child_ref"));
  EXPECT_FALSE(HasField(errors, "custody[2]"));
  EXPECT_TRUE(HasField(errors, "custody[3]"));
}

TEST(Entry, NeedsSourceAndTextWithinLimits) {
  EXPECT_TRUE(CheckEntry("school", "Lotte was op tijd.", 100).empty());
  EXPECT_TRUE(HasField(CheckEntry("", "tekst", 100), "source"));
  EXPECT_TRUE(HasField(CheckEntry("school", std::string(101, 'a'), 100), "text"));
  EXPECT_TRUE(HasField(CheckEntry("school", "\xff\xfe", 100), "text"));
  EXPECT_TRUE(CheckEntry("school", "regel 1\nregel 2", 100).empty());
  EXPECT_TRUE(HasField(CheckEntry("sch\nool", "x", 100), "source"));
}

TEST(Access, OnlyAnActiveInvolvementOpensTheFile) {
  Family f;
  f.involvements = {{"usr_lead", InvolvementRole::kLead, 1, std::nullopt, ""},
                    {"usr_old", InvolvementRole::kDuo, 1, 5, ""}};
  EXPECT_EQ(ActiveRole(f, "usr_lead"), InvolvementRole::kLead);
  EXPECT_FALSE(ActiveRole(f, "usr_old"));
  EXPECT_FALSE(ActiveRole(f, "usr_other"));
  EXPECT_EQ(CurrentLead(f)->user_id, "usr_lead");
  EXPECT_FALSE(CurrentDuo(f));
}

TEST(Text, Utf8ValidationCatchesOverlongAndSurrogates) {
  EXPECT_TRUE(IsValidUtf8("Zoë en Jeroen €"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));      // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("\xe2\x82"));      // truncated
  EXPECT_EQ(CountCharacters("Zoë"), 3u);
}

}  // namespace
}  // namespace stip::domain
