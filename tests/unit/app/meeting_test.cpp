// Issue 11 items 3 and 4 through the use cases, with a clock the test sets: the summary is an
// entry of the file, whoever was there is invited by mail and answers for themself, an answer
// changes for 7 days and is fixed after, the lead sees that answers came in and never what,
// and the team sees counts only from 10 answers.
#include <filesystem>
#include <regex>

#include <gtest/gtest.h>

#include "app/outbox.h"
#include "app/stip.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

using domain::Code;

class CountingOutbox final : public Outbox {
 public:
  domain::Status Send(const Mail& mail) override {
    std::smatch m;
    if (std::regex_search(mail.body, m, std::regex("\\b([0-9]{8})\\b"))) last_code = m[1];
    if (mail.subject.starts_with("Hoe was het overleg")) ++invitations[mail.to];
    return {};
  }
  std::string last_code;
  std::map<std::string, int> invitations;
};

constexpr domain::Millis kDay = 24LL * 3600 * 1000;

class MeetingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-mtg-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_);
    stip_->SetOutbox(outbox_);
    const Principal cli = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(cli, "Gemeente Testdorp");
    team_ = *stip_->CreateTeam(cli, {"", *org, "Wijkteam", domain::TeamKind::kLocal, "", ""});
    other_team_ =
        *stip_->CreateTeam(cli, {"", *org, "Ander team", domain::TeamKind::kLocal, "", ""});
    lead_ = Professional("lead", team_);
    colleague_ = Professional("collega", team_);
    stranger_ = Professional("vreemde", other_team_);
    NewFamily f;
    f.name = "Gezin Testers";
    f.members = {{"m", "Mia Tester", "parent", "1985-02-03"},
                 {"v", "Vik Tester", "parent", "1983-02-03"},
                 {"t", "Tim Tester", "child", "2019-05-10"}};
    f.custody = {{"m", "t", true}, {"v", "t", false}};
    f.lead_user_id = lead_.user.id;
    family_ = *stip_->CreateFamily(lead_, f);
    auto family = store_->FindFamily(family_);
    ASSERT_TRUE(family && *family);
    for (const auto& m : (*family)->members) member_[m.name] = m.id;
    mia_ = Member("Mia Tester", "mia@example.org");
    vik_ = Member("Vik Tester", "vik@example.org");
  }

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Principal Professional(const std::string& username, const std::string& team) {
    auto id = stip_->CreateUser(stip_->CliPrincipal(), {username, "Naam " + username, team,
                                                        "paarse-olifant-fietst", false, "", ""});
    EXPECT_TRUE(id) << id.error().message;
    auto login = stip_->Login(username, "paarse-olifant-fietst");
    EXPECT_TRUE(login) << login.error().message;
    return *stip_->SessionPrincipal(login->session_token);
  }
  Principal Member(const std::string& name, const std::string& contact) {
    auto account = stip_->InviteMember(lead_, family_, {member_.at(name), contact});
    EXPECT_TRUE(account) << account.error().message;
    auto login = stip_->CompleteFamilyLogin(contact, outbox_.last_code);
    EXPECT_TRUE(login) << login.error().message;
    return *stip_->SessionPrincipal(login->session_token);
  }

  // A meeting today with Mia and Vik, recorded with both present.
  std::string HeldMeeting() {
    domain::NewMeetingPlan plan;
    plan.date = domain::FormatDate(domain::DateOf(clock_.Now()));
    plan.place = "Wijkcentrum";
    plan.members = {member_.at("Mia Tester"), member_.at("Vik Tester")};
    plan.professionals = {lead_.user.id};
    auto id = stip_->PlanMeeting(lead_, family_, plan);
    EXPECT_TRUE(id) << id.error().message;
    NewMeetingRecordInput rec;
    rec.summary = "We spraken over school.";
    rec.record.present_members = plan.members;
    rec.record.children = {{member_.at("Tim Tester"), domain::ChildHeard::kOwnWords, "Tekening"}};
    rec.record.agreements = {"Oma haalt Tim op."};
    auto entry = stip_->RecordMeeting(lead_, family_, *id, rec);
    EXPECT_TRUE(entry) << entry.error().message;
    summary_ = entry ? *entry : "";
    return *id;
  }

  NewFeedback Answers(int a, int b, int c, int d, std::string words = "") {
    NewFeedback f;
    f.answers = {a, b, c, d};
    f.words = std::move(words);
    return f;
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  CountingOutbox outbox_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
  std::string team_, other_team_, family_, summary_;
  Principal lead_, colleague_, stranger_, mia_, vik_;
  std::map<std::string, std::string> member_;
};

TEST_F(MeetingTest, TheSummaryIsAnEntryAndWhoWasThereIsInvited) {
  const std::string meeting = HeldMeeting();
  // The summary is a normal entry of the file, open to the family.
  auto file = stip_->OpenFamily(lead_, family_, {0, 50}, "");
  ASSERT_TRUE(file) << file.error().message;
  ASSERT_FALSE(file->entries.empty());
  EXPECT_EQ(file->entries.front().id, summary_);
  EXPECT_EQ(file->entries.front().text, "We spraken over school.");
  auto mine = stip_->MeetingsOf(mia_, family_, "");
  ASSERT_TRUE(mine) << mine.error().message;
  ASSERT_EQ(mine->meetings.size(), 1u);
  EXPECT_EQ(mine->meetings[0].summary.value_or(""), "We spraken over school.");
  EXPECT_TRUE(mine->meetings[0].may_give_feedback);
  EXPECT_EQ(outbox_.invitations["mia@example.org"], 1);
  EXPECT_EQ(outbox_.invitations["vik@example.org"], 1);
  EXPECT_EQ(*stip_->OpenFeedbackInvitations(mia_, family_), 1);
  // Vik has no custody: he reads only the summary of the file, yet was there and answers.
  auto his = stip_->MeetingsOf(vik_, family_, "");
  ASSERT_TRUE(his) << his.error().message;
  ASSERT_EQ(his->meetings.size(), 1u);
  EXPECT_FALSE(his->meetings[0].summary);
  EXPECT_TRUE(his->meetings[0].meeting.agreements.empty());
  EXPECT_TRUE(stip_->GiveFeedback(vik_, family_, meeting, Answers(2, 3, 4, 5)));
  EXPECT_EQ(*stip_->OpenFeedbackInvitations(vik_, family_), 0);
}

TEST_F(MeetingTest, AnAnswerChangesForSevenDaysThenItIsFixed) {
  const std::string meeting = HeldMeeting();
  auto given = stip_->GiveFeedback(mia_, family_, meeting, Answers(2, 3, 3, 4, "Snel."));
  ASSERT_TRUE(given) << given.error().message;
  EXPECT_FALSE(given->second);
  clock_.Advance(6 * kDay);
  auto changed = stip_->GiveFeedback(mia_, family_, meeting, Answers(4, 4, 3, 4));
  ASSERT_TRUE(changed) << changed.error().message;
  EXPECT_TRUE(changed->second);
  EXPECT_EQ(changed->first, given->first);
  clock_.Advance(kDay);  // 7 days after it was first given
  auto fixed = stip_->GiveFeedback(mia_, family_, meeting, Answers(1, 1, 1, 1));
  ASSERT_FALSE(fixed);
  EXPECT_EQ(fixed.error().code, Code::kFailedPrecondition);
  auto view = stip_->MeetingsOf(mia_, family_, "");
  ASSERT_TRUE(view);
  ASSERT_TRUE(view->meetings[0].my_feedback);
  EXPECT_EQ(view->meetings[0].my_feedback->answers, (std::array<int, 4>{4, 4, 3, 4}));
  EXPECT_FALSE(view->meetings[0].my_feedback_changeable);
}

TEST_F(MeetingTest, TheLeadSeesThatAnswersCameInNeverWhat) {
  const std::string meeting = HeldMeeting();
  ASSERT_TRUE(stip_->GiveFeedback(mia_, family_, meeting, Answers(1, 2, 3, 4)));
  auto view = stip_->MeetingsOf(lead_, family_, "");
  ASSERT_TRUE(view) << view.error().message;
  ASSERT_EQ(view->meetings.size(), 1u);
  EXPECT_EQ(view->meetings[0].feedback_from, (std::vector<std::string>{member_.at("Mia Tester")}));
  EXPECT_FALSE(view->meetings[0].my_feedback);
  // Professionals do not answer; whoever was not there neither.
  EXPECT_EQ(stip_->GiveFeedback(lead_, family_, meeting, Answers(5, 5, 5, 5)).error().code,
            Code::kPermissionDenied);
  // Not involved: the file does not exist.
  EXPECT_EQ(stip_->MeetingsOf(stranger_, family_, "").error().code, Code::kNotFound);
}

TEST_F(MeetingTest, TheTeamSeesCountsOnlyFromTenAnswers) {
  for (int i = 0; i < 4; ++i) {
    const std::string meeting = HeldMeeting();
    ASSERT_TRUE(stip_->GiveFeedback(mia_, family_, meeting, Answers(5, 4, 3, 2)));
    ASSERT_TRUE(stip_->GiveFeedback(vik_, family_, meeting, Answers(1, 2, 3, 4)));
  }
  const std::string ninth = HeldMeeting();
  ASSERT_TRUE(stip_->GiveFeedback(mia_, family_, ninth, Answers(5, 5, 5, 5)));
  auto nine = stip_->TeamFeedback(colleague_, team_);
  ASSERT_TRUE(nine) << nine.error().message;
  EXPECT_TRUE(nine->aggregate.suppressed);
  EXPECT_EQ(nine->aggregate.answers, 0);
  ASSERT_TRUE(stip_->GiveFeedback(vik_, family_, ninth, Answers(3, 3, 3, 3)));
  // Ten answers, but from one family and in the quarter still open: a small cell (the counts
  // themselves are the domain's test, AggregateFeedback).
  auto ten = stip_->TeamFeedback(colleague_, team_);
  ASSERT_TRUE(ten);
  EXPECT_TRUE(ten->aggregate.suppressed);
  EXPECT_EQ(ten->aggregate.answers, 0);
  clock_.Advance(120LL * 24 * 3600 * 1000);  // the quarter closed: still one family only
  auto later = stip_->TeamFeedback(colleague_, team_);
  ASSERT_TRUE(later);
  EXPECT_TRUE(later->aggregate.suppressed);
  // Another team's professional and a family member do not read them.
  EXPECT_EQ(stip_->TeamFeedback(stranger_, team_).error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->TeamFeedback(mia_, team_).error().code, Code::kPermissionDenied);
  EXPECT_TRUE(stip_->TeamFeedback(stranger_, other_team_)->aggregate.suppressed);
}

TEST_F(MeetingTest, TheFamilyAddsToTheAgendaBeforehandOnly) {
  domain::NewMeetingPlan plan;
  plan.date = domain::FormatDate(domain::DateOf(clock_.Now() + 7 * kDay));
  plan.place = "Thuis";
  plan.members = {member_.at("Mia Tester")};
  auto meeting = stip_->PlanMeeting(lead_, family_, plan);
  ASSERT_TRUE(meeting) << meeting.error().message;
  EXPECT_TRUE(stip_->AddAgendaItem(mia_, family_, *meeting, "question", "Mag Tim bij oma slapen?"));
  // Vik reads only the summary: he does not add to the agenda of the file.
  EXPECT_EQ(stip_->AddAgendaItem(vik_, family_, *meeting, "point", "x").error().code,
            Code::kPermissionDenied);
  // Before its date a meeting is not recorded.
  NewMeetingRecordInput rec;
  rec.summary = "Te vroeg.";
  rec.record.children = {{member_.at("Tim Tester"), domain::ChildHeard::kPresent, ""}};
  EXPECT_EQ(stip_->RecordMeeting(lead_, family_, *meeting, rec).error().code,
            Code::kFailedPrecondition);
  EXPECT_EQ(stip_->PlanMeeting(mia_, family_, plan).error().code, Code::kPermissionDenied);
}

}  // namespace
}  // namespace stip::app
