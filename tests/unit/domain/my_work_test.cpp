// "Mijn werk" (issue 10 item 7): what is due in a file for one professional. Each kind of work
// shows only to who may do it, with its term; a withholding shows before its review date and
// stays after it until someone decides; a file without a new entry for N weeks shows as quiet.
#include <gtest/gtest.h>

#include "access_support.h"
#include "domain/my_work.h"

namespace stip::domain::testing {
namespace {

Reaction CorrectionRequest(std::string id, Date asked_on) {
  Reaction r;
  r.id = std::move(id);
  r.entry_id = "e_school";
  r.member_id = "m_moeder";
  r.kind = ReactionKind::kCorrectionRequest;
  r.created_at = Noon(asked_on);
  r.deadline = OneMonthAfter(asked_on);
  return r;
}

Objection ObjectionTo(const Withholding& w, Date filed_on) {
  Objection o;
  o.id = "obj_1";
  o.withholding_id = w.id;
  o.member_id = w.member_id;
  o.filed_at = Noon(filed_on);
  return o;
}

struct Fixture {
  Family family = Household();
  FileFacts facts;
  Fixture() {
    facts.family = &family;
    facts.last_entry_at = Noon({2026, 11, 20});
  }
  std::vector<WorkItem> For(const std::string& user, const Date& today = kToday, int weeks = 6) {
    return WorkInFile(facts, Query(Pro(user), today), weeks);
  }
};

TEST(MyWork, OneMonthAfterKeepsTheDayOrTakesTheLastOfTheMonth) {
  EXPECT_EQ(OneMonthAfter({2026, 1, 31}), (Date{2026, 2, 28}));
  EXPECT_EQ(OneMonthAfter({2028, 1, 31}), (Date{2028, 2, 29}));
  EXPECT_EQ(OneMonthAfter({2026, 12, 15}), (Date{2027, 1, 15}));
  EXPECT_EQ(AddDays({2026, 12, 30}, 3), (Date{2027, 1, 2}));
  EXPECT_EQ(DaysBetween({2026, 11, 29}, {2026, 12, 13}), 14);
}

TEST(MyWork, NothingDueInAQuietlyRunningFile) {
  Fixture f;
  EXPECT_TRUE(f.For("u_lead").empty());
}

TEST(MyWork, CorrectionRequestsGoToWhoMayAnswerThemWithTheirTerm) {
  Fixture f;
  f.facts.open_corrections = {CorrectionRequest("rea_1", {2026, 11, 10}),
                              CorrectionRequest("rea_2", {2026, 10, 20})};
  for (const char* user : {"u_lead", "u_duo"}) {
    const auto items = f.For(user);
    ASSERT_EQ(items.size(), 2u) << user;
    EXPECT_EQ(items[0].id, "rea_2") << "the earliest term first";
    EXPECT_EQ(items[0].due, (Date{2026, 11, 20}));
    EXPECT_TRUE(items[0].overdue);
    EXPECT_EQ(items[1].due, (Date{2026, 12, 10}));
    EXPECT_FALSE(items[1].overdue);
    EXPECT_EQ(items[1].kind, WorkKind::kCorrectionRequest);
  }
  EXPECT_TRUE(f.For("u_oud").empty()) << "an ended involvement has no work here";
  EXPECT_TRUE(f.For("u_later").empty()) << "nor one that has not started";
  EXPECT_TRUE(f.For("u_stranger").empty());
}

TEST(MyWork, AnObjectionGoesToASecondProfessionalNotTheDecider) {
  Fixture f;
  const Withholding w =
      Withheld("e_melding", "m_moeder", WithholdingGround::kProtectsThirdPerson, {2027, 3, 1});
  f.facts.withholdings = {w};
  f.facts.objections = {ObjectionTo(w, {2026, 11, 2})};
  EXPECT_TRUE(f.For("u_lead").empty()) << "the lead decided it";
  const auto duo = f.For("u_duo");
  ASSERT_EQ(duo.size(), 1u);
  EXPECT_EQ(duo[0].kind, WorkKind::kObjection);
  EXPECT_EQ(duo[0].entry_id, "e_melding");
  EXPECT_EQ(duo[0].due, (Date{2026, 12, 2}));
  f.facts.objections[0].status = RequestStatus::kRejected;
  EXPECT_TRUE(f.For("u_duo").empty()) << "an answered objection is done";
}

TEST(MyWork, AWithholdingShowsBeforeItsReviewDateAndStaysAfterItUntilDecided) {
  Fixture f;
  f.facts.withholdings = {
      Withheld("e_melding", "m_moeder", WithholdingGround::kProtectsThirdPerson, {2026, 12, 13})};
  EXPECT_TRUE(f.For("u_lead", {2026, 11, 28}).empty()) << "15 days ahead: not yet";
  auto near = f.For("u_lead", {2026, 11, 29});
  ASSERT_EQ(near.size(), 1u) << "14 days ahead: shows";
  EXPECT_EQ(near[0].kind, WorkKind::kWithholdingReview);
  EXPECT_EQ(near[0].due, (Date{2026, 12, 13}));
  EXPECT_FALSE(near[0].overdue);
  // It lapsed on its review date; it does not vanish from the list.
  auto past = f.For("u_lead", {2027, 2, 1}, 52);
  ASSERT_EQ(past.size(), 1u);
  EXPECT_TRUE(past[0].overdue);
  EXPECT_TRUE(f.For("u_oud", {2026, 12, 1}).empty());
  // Lifting it (an event) is the decision that takes it off.
  f.facts.withholdings[0].lifted = true;
  EXPECT_TRUE(f.For("u_lead", {2027, 2, 1}, 52).empty());
}

TEST(MyWork, ARunningInvestigationShowsBeforeItsLegalLimitNotItsLaterReviewDate) {
  Fixture f;
  // Decided 1 November 2026: the 70-day limit ends it on 10 January 2027.
  f.facts.withholdings = {
      Withheld("e_onderzoek", "m_moeder", WithholdingGround::kRunningInvestigation, {2027, 6, 1})};
  const auto items = f.For("u_lead", {2026, 12, 28});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].due, (Date{2027, 1, 10}));
}

TEST(MyWork, AFileWithoutANewEntryForNWeeksShowsAsQuiet) {
  Fixture f;
  f.facts.last_entry_at = Noon({2026, 10, 1});
  EXPECT_TRUE(f.For("u_lead", kToday, 9).empty()) << "59 days: not 9 weeks yet";
  const auto quiet = f.For("u_lead", kToday, 8);
  ASSERT_EQ(quiet.size(), 1u);
  EXPECT_EQ(quiet[0].kind, WorkKind::kNoContact);
  EXPECT_EQ(quiet[0].due, (Date{2026, 11, 26}));
  EXPECT_TRUE(quiet[0].overdue);
  // Without any entry, the day the file was opened counts.
  f.facts.last_entry_at.reset();
  f.family.created_at = Noon({2026, 11, 1});
  EXPECT_TRUE(f.For("u_lead", kToday, 6).empty());
  EXPECT_EQ(f.For("u_lead", kToday, 4).size(), 1u);
  EXPECT_EQ(ToString(WorkKind::kNoContact), "no_contact");
}

}  // namespace
}  // namespace stip::domain::testing
