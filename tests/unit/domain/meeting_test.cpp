// The rules of meetings and feedback (issue 11 items 3 and 4): who plans, who adds to the
// agenda, who gives feedback (whoever was there), the 7 days to change an answer, the version
// for children, and the team's counts that show nothing below 10 answers and never one score.
#include "domain/meeting.h"

#include <gtest/gtest.h>

#include "access_support.h"

namespace stip::domain {
namespace {

using testing::Household;
using testing::Mem;
using testing::Noon;
using testing::Pro;
using testing::Query;

Meeting Held(std::vector<std::string> present) {
  Meeting m;
  m.id = "mtg_1";
  m.seq = 5;
  m.date = {2026, 11, 20};
  m.planned_at = Noon({2026, 11, 10});
  MeetingRecord r;
  r.present_members = std::move(present);
  m.record = r;
  return m;
}

TEST(Meeting, TheLeadAndTheDuoPlanAndRecord) {
  const auto family = Household();
  EXPECT_TRUE(DecideMeetingEditor(family, Query(Pro("u_lead"))).allowed);
  EXPECT_TRUE(DecideMeetingEditor(family, Query(Pro("u_duo"))).allowed);
  EXPECT_FALSE(DecideMeetingEditor(family, Query(Pro("u_oud"))).allowed);
  EXPECT_FALSE(DecideMeetingEditor(family, Query(Pro("u_vreemd"))).allowed);
  EXPECT_FALSE(DecideMeetingEditor(family, Query(Mem("m_moeder"))).allowed);
  EXPECT_FALSE(DecideMeetingEditor(family, Query(testing::Glass("u_vreemd", "nood"))).allowed);
}

TEST(Meeting, WhoReadsAndWhoAddsToTheAgenda) {
  const auto family = Household();
  EXPECT_TRUE(DecideMeetings(family, Query(Mem("m_moeder"))).allowed);
  EXPECT_TRUE(DecideMeetings(family, Query(Mem("c_sem"))).allowed);
  EXPECT_FALSE(DecideMeetings(family, Query(Mem("m_vader"))).allowed);  // summary only
  EXPECT_FALSE(DecideMeetings(family, Query(NetworkViewer{"nwm_1"})).allowed);
  EXPECT_TRUE(DecideAgenda(family, Query(Mem("m_moeder"))).allowed);
  EXPECT_TRUE(DecideAgenda(family, Query(Mem("c_sem"))).allowed);
  EXPECT_TRUE(DecideAgenda(family, Query(Pro("u_lead"))).allowed);
  EXPECT_FALSE(DecideAgenda(family, Query(Mem("c_noor"))).allowed);  // under 12: parents do
  EXPECT_FALSE(DecideAgenda(family, Query(Pro("u_vreemd"))).allowed);
}

TEST(Meeting, FeedbackIsForTheMembersWhoWereThere) {
  const auto family = Household();
  const auto meeting = Held({"m_moeder", "m_vader", "c_sem", "m_oma"});
  EXPECT_TRUE(DecideFeedback(family, Query(Mem("m_moeder")), meeting).allowed);
  EXPECT_TRUE(DecideFeedback(family, Query(Mem("m_oma")), meeting).allowed);  // another adult
  EXPECT_TRUE(DecideFeedback(family, Query(Mem("c_sem")), meeting).allowed);
  // A parent without custody who was there says how it was too.
  EXPECT_TRUE(DecideFeedback(family, Query(Mem("m_vader")), meeting).allowed);
  // Not there: not asked.
  EXPECT_FALSE(DecideFeedback(family, Query(Mem("m_pleeg")), meeting).allowed);
  EXPECT_EQ(DecideFeedback(family, Query(Mem("m_pleeg")), meeting).reason, Reason::kNotConcerned);
  // Professionals and network members do not give this feedback.
  EXPECT_FALSE(DecideFeedback(family, Query(Pro("u_lead")), meeting).allowed);
  EXPECT_FALSE(DecideFeedback(family, Query(NetworkViewer{"nwm_1"}), meeting).allowed);
  // Not held yet: nobody yet.
  Meeting planned = meeting;
  planned.record.reset();
  EXPECT_FALSE(DecideFeedback(family, Query(Mem("m_moeder")), planned).allowed);
  // Who left the household no longer answers.
  auto moved = family;
  for (auto& m : moved.members) {
    if (m.id == "c_sem") m.left_on = Date{2026, 11, 25};
  }
  EXPECT_FALSE(DecideFeedback(moved, Query(Mem("c_sem")), meeting).allowed);
}

TEST(Meeting, AnAnswerChangesForSevenDaysThenItIsFixed) {
  Feedback f;
  f.given_at = Noon({2026, 11, 20});
  EXPECT_TRUE(FeedbackChangeable(f, f.given_at));
  EXPECT_TRUE(FeedbackChangeable(f, f.given_at + kFeedbackChangeWindow - 1));
  EXPECT_FALSE(FeedbackChangeable(f, f.given_at + kFeedbackChangeWindow));
  EXPECT_FALSE(FeedbackChangeable(f, Noon({2026, 12, 1})));
  EXPECT_EQ(kFeedbackChangeWindow, 7LL * 24 * 3600 * 1000);
}

TEST(Meeting, FourAnswersFromOneToFive) {
  EXPECT_TRUE(CheckFeedback({1, 2, 4, 5}, "").empty());
  const auto errors = CheckFeedback({std::nullopt, 0, 6, 3}, "");
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "heard");
  EXPECT_EQ(errors[0].code, FieldCode::kRequired);
  EXPECT_EQ(errors[1].field, "understood");
  EXPECT_EQ(errors[1].code, FieldCode::kOutOfRange);
  EXPECT_EQ(errors[2].field, "safe");
  EXPECT_EQ(CheckFeedback({3, 3, 3, 3}, std::string(2001, 'x')).at(0).field, "words");
}

TEST(Meeting, ChildrenUnderSixteenGetTheirOwnWording) {
  const auto family = Household();
  const auto& sem = family.members[5];    // 13
  const auto& lotte = family.members[6];  // 16
  const auto& moeder = family.members[0];
  EXPECT_TRUE(ChildWording(sem, testing::kToday));
  EXPECT_FALSE(ChildWording(lotte, testing::kToday));
  EXPECT_FALSE(ChildWording(moeder, testing::kToday));
  EXPECT_NE(FeedbackWordingFor(true).questions[0], FeedbackWordingFor(false).questions[0]);
}

TEST(Meeting, SmallCellsShowNothing) {
  const Date today{2026, 12, 4};  // the fourth quarter: answers given before 24 September count
  EXPECT_EQ(FeedbackCountedBefore(today), (Date{2026, 9, 24}));
  EXPECT_EQ(FeedbackCountedBefore(Date{2027, 1, 1}), (Date{2026, 12, 25}));
  const Millis closed = Noon({2026, 9, 1});
  std::vector<TeamAnswer> answers;
  for (int i = 0; i < 9; ++i) answers.push_back({"fam_" + std::to_string(i), closed, {5, 4, 3, 2}});
  const auto few = AggregateFeedback(answers, today);
  EXPECT_TRUE(few.suppressed);
  EXPECT_EQ(few.answers, 0);  // not even how many
  for (const auto& q : few.distribution) {
    for (int n : q) EXPECT_EQ(n, 0);
  }
  // Ten answers from one family less: still a small cell (families count, not only answers).
  answers.push_back({"fam_0", closed, {1, 1, 1, 1}});
  EXPECT_TRUE(AggregateFeedback(answers, today).suppressed);
  // Answers of the open quarter never count: one new answer never changes the table.
  answers.back().family_id = "fam_9";
  answers.push_back({"fam_10", Noon({2026, 11, 20}), {1, 1, 1, 1}});
  const auto ten = AggregateFeedback(answers, today);
  EXPECT_FALSE(ten.suppressed);
  EXPECT_EQ(ten.answers, 10);
  EXPECT_EQ(ten.families, 10);
  // A distribution per question: how often each value was given, nothing combined.
  EXPECT_EQ(ten.distribution[0][4], 9);  // heard: nine times 5
  EXPECT_EQ(ten.distribution[0][0], 1);  // and once 1
  EXPECT_EQ(ten.distribution[3][1], 9);  // next step: nine times 2
  EXPECT_EQ(ten.distribution[2][2], 9);
}

TEST(Meeting, APlanNamesRealPeople) {
  const auto family = Household();
  NewMeetingPlan plan{"2026-12-03", "10:00", "Wijkcentrum", {"m_moeder", "c_sem"}, {"u_lead"}, {}};
  const std::vector<std::string> network{"nwm_oma"};
  EXPECT_TRUE(CheckMeetingPlan(family, plan, network, Noon(testing::kToday)).empty());
  NewMeetingPlan bad{"2026-02-30", "25:00",  "", {"m_moeder", "m_moeder", "x"},
                     {"u_oud"},    {"nwm_x"}};
  const auto errors = CheckMeetingPlan(family, bad, network, Noon(testing::kToday));
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"date", "time", "place", "members[1]", "members[2]",
                                              "professionals[0]", "network[0]"}));
  NewMeetingPlan nobody{"2026-12-03", "", "Thuis", {}, {}, {}};
  EXPECT_EQ(CheckMeetingPlan(family, nobody, network, Noon(testing::kToday)).at(0).code,
            FieldCode::kTooFew);
}

TEST(Meeting, ARecordSaysHowEveryChildWasHeard) {
  const auto family = Household();
  Meeting m = Held({});
  m.record.reset();
  NewMeetingRecord rec;
  rec.present_members = {"m_moeder"};
  rec.children = {{"c_noor", ChildHeard::kOwnWords, "Een tekening"},
                  {"c_sem", ChildHeard::kPresent, ""},
                  {"c_lotte", ChildHeard::kHeardBefore, ""},
                  {"c_finn", ChildHeard::kNotHeard, ""}};
  const auto errors = CheckMeetingRecord(family, m, rec, {});
  ASSERT_EQ(errors.size(), 1u);  // not heard: say why
  EXPECT_EQ(errors[0].field, "children[3].words");
  rec.children[3].words = "Finn wilde niet praten.";
  rec.next_date = "2026-11-20";  // the meeting's own date: the next one lies after it
  EXPECT_EQ(CheckMeetingRecord(family, m, rec, {}).at(0).field, "next_date");
  rec.next_date = "2026-12-15";
  EXPECT_TRUE(CheckMeetingRecord(family, m, rec, {}).empty());
  rec.children.pop_back();  // Finn forgotten
  EXPECT_EQ(CheckMeetingRecord(family, m, rec, {}).at(0).field, "children");
}

TEST(Meeting, AMemberReadsTheMeetingsOfTheirTimeInTheHousehold) {
  auto family = Household();
  std::vector<Meeting> meetings{Held({"m_moeder"})};
  EXPECT_EQ(VisibleMeetings(family, Query(Mem("m_moeder")), meetings).size(), 1u);
  for (auto& m : family.members) {
    if (m.id == "m_moeder") m.left_on = Date{2026, 11, 1};  // left before it was planned
  }
  EXPECT_TRUE(VisibleMeetings(family, Query(Mem("m_moeder")), meetings).empty());
  EXPECT_EQ(VisibleMeetings(family, Query(Pro("u_lead")), meetings).size(), 1u);
}

// A member who left between planning and record reads the meeting as it stood when they left:
// not the record (who was there, the children, agreements) nor later agenda points.
TEST(Meeting, AMemberWhoLeftDoesNotReadWhatCameAfter) {
  auto family = Household();
  Meeting m = Held({"m_moeder"});
  m.record->recorded_at = Noon({2026, 11, 20});
  m.agreements.push_back({"agr_1", 6, "Mees logeert bij oma."});
  m.agenda.push_back({"agp_1", 3, "point", "m_moeder", "Vakantie", "acc_1", Noon({2026, 11, 12})});
  m.agenda.push_back({"agp_2", 4, "point", "", "School", "u_lead", Noon({2026, 11, 16})});
  for (auto& member : family.members) {
    if (member.id == "m_moeder") member.left_on = Date{2026, 11, 15};
  }
  const auto seen = VisibleMeetings(family, Query(Mem("m_moeder")), {m});
  ASSERT_EQ(seen.size(), 1u) << "planned while she lived there";
  EXPECT_FALSE(seen[0].record.has_value());
  EXPECT_TRUE(seen[0].agreements.empty());
  ASSERT_EQ(seen[0].agenda.size(), 1u);
  EXPECT_EQ(seen[0].agenda[0].id, "agp_1");
  const auto lead = VisibleMeetings(family, Query(Pro("u_lead")), {m});
  EXPECT_TRUE(lead[0].record.has_value()) << "the professionals read all of it";
}

}  // namespace
}  // namespace stip::domain
