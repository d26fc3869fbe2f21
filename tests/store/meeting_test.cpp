// Contract: meetings and feedback (issue 11 items 3 and 4) on every engine: a meeting is folded
// with its agenda, its record, the children heard and the agreements, read back as written,
// refused when it does not fit (recorded twice, an agenda point after the meeting, a second
// answer of the same member), changed answers keep their first date, and a team's answers are
// read by team, all surviving a rebuild.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class MeetingTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    AppendOk("fam_a", {Ev("fam_a", types::kMeetingPlanned,
                          {{"id", "mtg_1"},
                           {"date", "2026-11-20"},
                           {"place", "Wijkcentrum"},
                           {"team_id", kTeam},
                           {"time", "10:00"},
                           {"members", boost::json::array{"fam_a_m1", "fam_a_m2"}},
                           {"professionals", boost::json::array{kLead}}},
                          3000)});
  }

  void Record() {
    AppendOk("fam_a",
             {Ev("fam_a", types::kEntryAdded,
                 {{"id", "ent_sum"},
                  {"kind", "conversation_report"},
                  {"source", "Overleg 2026-11-20"},
                  {"text", "We spraken over school."}},
                 5000),
              Ev("fam_a", types::kMeetingHeld,
                 {{"meeting_id", "mtg_1"},
                  {"summary_entry_id", "ent_sum"},
                  {"present_members", boost::json::array{"fam_a_m1"}},
                  {"present_professionals", boost::json::array{kLead}},
                  {"next_date", "2026-12-18"}},
                 5000),
              Ev("fam_a", types::kMeetingChildHeard,
                 {{"meeting_id", "mtg_1"},
                  {"child_id", "fam_a_m2"},
                  {"how", "own_words"},
                  {"words", "Een tekening."}},
                 5000),
              Ev("fam_a", types::kMeetingAgreementAdded,
                 {{"id", "agr_1"}, {"meeting_id", "mtg_1"}, {"words", "Oma brengt Sem."}}, 5000)});
  }

  ledger::Event Feedback(const std::string& id, const std::string& member, const char* heard,
                         domain::Millis at = 6000) {
    return Ev("fam_a", types::kMeetingFeedbackGiven,
              {{"id", id},
               {"meeting_id", "mtg_1"},
               {"member_id", member},
               {"heard", heard},
               {"understood", "4"},
               {"safe", "3"},
               {"next_step", "5"},
               {"words", "Fijn."}},
              at, "acc_1");
  }
};
STIP_STORE_CONTRACT(MeetingTest);

TEST_P(MeetingTest, AMeetingIsReadBackAsWrittenAndSurvivesARebuild) {
  AppendOk("fam_a", {Ev("fam_a", types::kMeetingAgendaAdded,
                        {{"id", "agp_1"},
                         {"meeting_id", "mtg_1"},
                         {"kind", "question"},
                         {"words", "Mag Sem bij oma slapen?"},
                         {"member_id", "fam_a_m1"}},
                        4000, "acc_1")});
  Record();
  AppendOk("fam_a", {Feedback("fbk_1", "fam_a_m1", "2")});
  AppendOk(
      "fam_a",
      {Ev("fam_a", types::kMeetingFeedbackChanged,
          {{"id", "fbk_1"}, {"heard", "4"}, {"understood", "4"}, {"safe", "3"}, {"next_step", "5"}},
          7000, "acc_1")});
  const auto check = [&] {
    auto meetings = store().LoadMeetings("fam_a");
    ASSERT_TRUE(meetings) << meetings.error().message;
    ASSERT_EQ(meetings->size(), 1u);
    const auto& m = meetings->front();
    EXPECT_EQ(domain::FormatDate(m.date), "2026-11-20");
    EXPECT_EQ(m.time, "10:00");
    EXPECT_EQ(m.team_id, kTeam);
    EXPECT_EQ(m.members, (std::vector<std::string>{"fam_a_m1", "fam_a_m2"}));
    EXPECT_EQ(m.professionals, (std::vector<std::string>{kLead}));
    EXPECT_TRUE(m.network.empty());
    ASSERT_EQ(m.agenda.size(), 1u);
    EXPECT_EQ(m.agenda[0].kind, "question");
    EXPECT_EQ(m.agenda[0].member_id, "fam_a_m1");
    EXPECT_EQ(m.agenda[0].added_by, "acc_1");
    ASSERT_TRUE(m.record);
    EXPECT_EQ(m.record->summary_entry_id, "ent_sum");
    EXPECT_EQ(m.record->present_members, (std::vector<std::string>{"fam_a_m1"}));
    EXPECT_EQ(domain::FormatDate(*m.record->next_date), "2026-12-18");
    ASSERT_EQ(m.record->children.size(), 1u);
    EXPECT_EQ(m.record->children[0].how, domain::ChildHeard::kOwnWords);
    EXPECT_EQ(m.record->children[0].words, "Een tekening.");
    ASSERT_EQ(m.agreements.size(), 1u);
    EXPECT_EQ(m.agreements[0].words, "Oma brengt Sem.");
    auto feedback = store().ListMeetingFeedback("fam_a");
    ASSERT_TRUE(feedback);
    ASSERT_EQ(feedback->size(), 1u);
    EXPECT_EQ(feedback->front().answers, (std::array<int, 4>{4, 4, 3, 5}));
    EXPECT_EQ(feedback->front().given_at, 6000);  // the 7 days count from here
    EXPECT_EQ(feedback->front().changed_at, 7000);
    EXPECT_TRUE(feedback->front().words.empty());  // the change left no words
    auto team = store().TeamFeedbackAnswers(kTeam);
    ASSERT_TRUE(team);
    ASSERT_EQ(team->size(), 1u);
    EXPECT_EQ(team->front().answers, (std::array<int, 4>{4, 4, 3, 5}));
    EXPECT_EQ(team->front().family_id, "fam_a");
    EXPECT_EQ(team->front().given_at, 6000);
    EXPECT_TRUE(store().TeamFeedbackAnswers("team_other")->empty());
  };
  check();
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  check();
  EXPECT_TRUE(store().LoadMeetings("fam_none")->empty());
}

TEST_P(MeetingTest, WhatDoesNotFitIsRefusedAndLeavesNoTrace) {
  // Feedback before the meeting was recorded.
  auto early = Append("fam_a", store().Head("fam_a")->seq, {Feedback("fbk_0", "fam_a_m1", "3")});
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, Code::kFailedPrecondition);
  Record();
  AppendOk("fam_a", {Feedback("fbk_1", "fam_a_m1", "3")});
  const auto head = store().Head("fam_a")->seq;
  // A second answer of the same member; an answer out of 1-5; an unknown member or meeting.
  auto twice = Append("fam_a", head, {Feedback("fbk_2", "fam_a_m1", "4")});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, Code::kAlreadyExists);
  EXPECT_FALSE(Append("fam_a", head, {Feedback("fbk_3", "fam_a_m2", "6")}));
  EXPECT_FALSE(Append("fam_a", head, {Feedback("fbk_4", "fam_a_m9", "3")}));
  // Recorded twice; an agenda point after the meeting; a meeting that is not there.
  EXPECT_FALSE(Append("fam_a", head,
                      {Ev("fam_a", types::kMeetingHeld,
                          {{"meeting_id", "mtg_1"}, {"summary_entry_id", "ent_sum"}})}));
  EXPECT_FALSE(Append(
      "fam_a", head,
      {Ev("fam_a", types::kMeetingAgendaAdded,
          {{"id", "agp_9"}, {"meeting_id", "mtg_1"}, {"kind", "point"}, {"words", "Te laat."}})}));
  EXPECT_FALSE(Append("fam_a", head,
                      {Ev("fam_a", types::kMeetingAgreementAdded,
                          {{"id", "agr_9"}, {"meeting_id", "mtg_9"}, {"words", "x"}})}));
  EXPECT_EQ(store().Head("fam_a")->seq, head);
  EXPECT_EQ(store().ListMeetingFeedback("fam_a")->size(), 1u);
  EXPECT_EQ(store().LoadMeetings("fam_a")->front().agenda.size(), 0u);
  EXPECT_EQ(store().LoadMeetings("fam_a")->front().agreements.size(), 1u);
}

}  // namespace
}  // namespace stip::store::testing
