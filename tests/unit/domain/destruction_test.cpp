// Issue 14 item 3 part C: who may ask for destruction, and the three-month answer date around
// month ends and leap years.
#include <gtest/gtest.h>

#include "domain/destruction.h"
#include "domain/destruction_notice.h"

namespace stip::domain {
namespace {

Date D(int y, int m, int d) { return {y, m, d}; }

Family TheFamily() {
  Family f;
  f.id = "fam_1";
  f.members = {
      Member{.id = "mem_ouder",
             .name = "Marloes",
             .role = MemberRole::kParent,
             .birth_date = D(1988, 4, 2)},
      Member{
          .id = "mem_12", .name = "Daan", .role = MemberRole::kChild, .birth_date = D(2014, 12, 7)},
      Member{
          .id = "mem_11", .name = "Noor", .role = MemberRole::kChild, .birth_date = D(2014, 12, 8)},
  };
  return f;
}

TEST(Destruction, TheAnswerIsDueThreeMonthsLaterAndAMissingDayIsTheMonthsLast) {
  EXPECT_EQ(ThreeMonthsAfter(D(2026, 12, 7)), D(2027, 3, 7));
  EXPECT_EQ(ThreeMonthsAfter(D(2026, 11, 30)), D(2027, 2, 28));
  EXPECT_EQ(ThreeMonthsAfter(D(2027, 11, 30)), D(2028, 2, 29));  // 2028 is a leap year
  EXPECT_EQ(ThreeMonthsAfter(D(2026, 5, 31)), D(2026, 8, 31));
  EXPECT_EQ(ThreeMonthsAfter(D(2026, 3, 31)), D(2026, 6, 30));
  EXPECT_EQ(ThreeMonthsAfter(D(2026, 10, 1)), D(2027, 1, 1));
  EXPECT_EQ(ThreeMonthsAfter(D(2026, 9, 30)), D(2026, 12, 30));
}

TEST(Destruction, AParentAndAChildOfTwelveMayAskAChildOfElevenMayNot) {
  const Family f = TheFamily();
  const Date today = D(2026, 12, 7);
  EXPECT_EQ(MayAskDestruction(f, "mem_ouder", DestructionScope::kFile, true, today, {}),
            AskRefusal::kOk);
  // Twelve today (birthday 7 December 2014): presumed able to weigh their interests.
  EXPECT_EQ(MayAskDestruction(f, "mem_12", DestructionScope::kOwnData, true, today, {}),
            AskRefusal::kOk);
  // Twelve tomorrow: not yet.
  EXPECT_EQ(MayAskDestruction(f, "mem_11", DestructionScope::kOwnData, true, today, {}),
            AskRefusal::kUnderTwelve);
  EXPECT_EQ(MayAskDestruction(f, "mem_11", DestructionScope::kOwnData, true, D(2026, 12, 8), {}),
            AskRefusal::kOk);
  EXPECT_EQ(MayAskDestruction(f, "mem_niemand", DestructionScope::kOwnData, true, today, {}),
            AskRefusal::kNotAMember);
}

TEST(Destruction, TheWholeFileOnlyForWhoReadsItAndOneOpenRequestAtATime) {
  const Family f = TheFamily();
  const Date today = D(2026, 12, 7);
  // A parent who reads only the summary asks for their own data, not for the file.
  EXPECT_EQ(MayAskDestruction(f, "mem_ouder", DestructionScope::kFile, false, today, {}),
            AskRefusal::kFileNotShown);
  EXPECT_EQ(MayAskDestruction(f, "mem_ouder", DestructionScope::kOwnData, false, today, {}),
            AskRefusal::kOk);
  DestructionRequest open;
  open.id = "vnr_1";
  open.member_id = "mem_ouder";
  EXPECT_EQ(MayAskDestruction(f, "mem_ouder", DestructionScope::kOwnData, true, today, {open}),
            AskRefusal::kAlreadyOpen);
  // Another member's open request does not stop this one; an answered one does not either.
  EXPECT_EQ(MayAskDestruction(f, "mem_12", DestructionScope::kOwnData, true, today, {open}),
            AskRefusal::kOk);
  open.answer = DestructionAnswer::kRefused;
  EXPECT_EQ(MayAskDestruction(f, "mem_ouder", DestructionScope::kFile, true, today, {open}),
            AskRefusal::kOk);
}

// Finding 8 of the privacy review: granted waits 14 days after a request for the whole file,
// unless every other parent with custody asked for the whole file too.
TEST(Destruction, GrantedWaitsFourteenDaysUnlessEveryOtherParentWithCustodyAsked) {
  Family f = TheFamily();
  f.members.push_back(Member{.id = "mem_vader",
                             .name = "Ruben",
                             .role = MemberRole::kParent,
                             .birth_date = D(1985, 1, 1)});
  f.custody = {Custody{.parent_id = "mem_ouder", .child_id = "mem_11", .has_custody = true},
               Custody{.parent_id = "mem_vader", .child_id = "mem_11", .has_custody = false}};
  DestructionRequest asked;
  asked.id = "vnr_1";
  asked.member_id = "mem_ouder";
  asked.scope = DestructionScope::kFile;
  asked.requested_at = 1796515200000;  // 2026-12-06 in Amsterdam (in the morning)
  const Date day = D(2026, 12, 6);
  // Ruben has no custody: nobody else to wait for.
  EXPECT_TRUE(CustodiansWhoDidNotAsk(f, "mem_ouder", {asked}).empty());
  EXPECT_TRUE(ObjectionTermOver(f, asked, {asked}, day));
  // With custody he is waited for, 14 days long, until he asks for the whole file himself.
  f.custody[1].has_custody = true;
  f.custody.push_back(Custody{.parent_id = "mem_vader", .child_id = "mem_12", .has_custody = true});
  EXPECT_EQ(CustodiansWhoDidNotAsk(f, "mem_ouder", {asked}), std::vector<std::string>{"mem_vader"});
  EXPECT_FALSE(ObjectionTermOver(f, asked, {asked}, day));
  EXPECT_FALSE(ObjectionTermOver(f, asked, {asked}, D(2026, 12, 19)));
  EXPECT_TRUE(ObjectionTermOver(f, asked, {asked}, D(2026, 12, 20)));
  DestructionRequest own = asked;
  own.id = "vnr_2";
  own.member_id = "mem_vader";
  own.scope = DestructionScope::kOwnData;
  EXPECT_FALSE(ObjectionTermOver(f, asked, {asked, own}, day)) << "his own data is not the file";
  own.scope = DestructionScope::kFile;
  EXPECT_TRUE(ObjectionTermOver(f, asked, {asked, own}, day));
}

TEST(Destruction, NamesRoundTrip) {
  for (auto a : {DestructionAnswer::kGranted, DestructionAnswer::kPartlyGranted,
                 DestructionAnswer::kRefused}) {
    EXPECT_EQ(ParseDestructionAnswer(ToString(a)), a);
  }
  EXPECT_EQ(ParseDestructionScope("own_data"), DestructionScope::kOwnData);
  EXPECT_FALSE(ParseDestructionScope("alles").has_value());
  EXPECT_FALSE(ParseDestructionAnswer("").has_value());
}

}  // namespace
}  // namespace stip::domain
