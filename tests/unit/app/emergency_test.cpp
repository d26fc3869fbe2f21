// Emergency access through the use cases (issue 10 item 4), on a real store with a fake clock:
// who may break the glass, read-only, flagged in the access log, ended at its expiry or early
// end also in a session that was open before, and judged once by the team lead.
#include <filesystem>

#include <gtest/gtest.h>

#include "app/stip.h"
#include "store/open.h"
#include "store/store.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

using domain::Code;

constexpr domain::Millis kHour = 3'600'000;
constexpr char kPassword[] = "paarse-olifant-fietst";

class EmergencyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-em-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    Options options;
    options.session_ttl = 48 * kHour;  // sessions outlive the 24 hours of a use
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_, options);
    const Principal cli = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(cli, "Gemeente Testdorp");
    local_ = *stip_->CreateTeam(cli, {"", *org, "Wijkteam Oost", domain::TeamKind::kLocal, "", ""});
    other_ = *stip_->CreateTeam(cli, {"", *org, "Wijkteam West", domain::TeamKind::kLocal, "", ""});
    lead_ = Session("lead", local_);
    iris_ = Session("iris", local_);
    karin_ = Session("karin", local_);
    wim_ = Session("wim", other_);
    ASSERT_TRUE(stip_->SetTeamLead(cli, local_, Who(karin_).user.id, "Teamleider."));
    ASSERT_TRUE(stip_->SetTeamLead(cli, other_, Who(wim_).user.id, "Teamleider."));
    ASSERT_TRUE(stip_->CreateUser(cli, {"admin", "Beheer", local_, kPassword, true, "", ""}));
    NewFamily f;
    f.name = "Gezin Testers";
    f.members = {{"m", "Mia Tester", "parent", "1985-02-03"},
                 {"t", "Tim Tester", "child", "2019-05-10"}};
    f.custody = {{"m", "t", true}};
    f.lead_user_id = Who(lead_).user.id;
    family_ = *stip_->CreateFamily(Who(lead_), f);
  }

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::string Session(const std::string& username, const std::string& team) {
    auto id = stip_->CreateUser(stip_->CliPrincipal(),
                                {username, "Naam " + username, team, kPassword, false, "", ""});
    EXPECT_TRUE(id) << id.error().message;
    auto login = stip_->Login(username, kPassword);
    EXPECT_TRUE(login) << login.error().message;
    return login->session_token;
  }
  Principal Who(const std::string& token) {
    auto who = stip_->SessionPrincipal(token);
    EXPECT_TRUE(who) << who.error().message;
    return *who;
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
  std::string local_, other_, lead_, iris_, karin_, wim_, family_;
};

TEST_F(EmergencyTest, ReadOnlyFlaggedAndGoneAtOnceWhenItExpiresInAnOpenSession) {
  EXPECT_EQ(stip_->OpenFamily(Who(iris_), family_, {0, 10}, "").error().code, Code::kNotFound)
      << "not involved: the file does not exist for her";
  auto use = stip_->OpenEmergencyAccess(Who(iris_), family_, "Politie belde om 03:00.");
  ASSERT_TRUE(use) << use.error().message;
  EXPECT_EQ(use->use.until - use->use.opened_at, 24 * kHour);
  EXPECT_TRUE(use->active);

  auto open = stip_->OpenFamily(Who(iris_), family_, {0, 10}, "");
  ASSERT_TRUE(open) << open.error().message;
  EXPECT_EQ(open->my_role, "emergency");
  EXPECT_EQ(open->emergency_until, use->use.until);
  EXPECT_FALSE(open->may_withhold);
  EXPECT_EQ(stip_->AddEntry(Who(iris_), family_, {"observation", "nood", "Iets."}).error().code,
            Code::kPermissionDenied)
      << "read-only";
  auto log = stip_->ReadAccessLog(Who(lead_), family_, {0, 50}, "");
  ASSERT_TRUE(log);
  bool flagged = false;
  for (const auto& line : log->lines) {
    if (line.record.user_id != Who(iris_).user.id) continue;
    EXPECT_TRUE(line.record.emergency);
    EXPECT_EQ(line.record.role, "emergency");
    EXPECT_EQ(line.record.purpose, "noodtoegang");
    flagged = true;
  }
  EXPECT_TRUE(flagged);
  ASSERT_EQ(log->emergency_uses.size(), 1u);
  EXPECT_EQ(log->emergency_uses[0].use.reason, "Politie belde om 03:00.");

  clock_.Advance(24 * kHour - 1);
  EXPECT_TRUE(stip_->OpenFamily(Who(iris_), family_, {0, 10}, ""));
  clock_.Advance(1);
  EXPECT_EQ(stip_->OpenFamily(Who(iris_), family_, {0, 10}, "").error().code, Code::kNotFound)
      << "expired: 404 again, in the same session";
  EXPECT_EQ(stip_->ReadAccessLog(Who(iris_), family_, {0, 10}, "").error().code, Code::kNotFound);
}

TEST_F(EmergencyTest, WhoMayNotBreakTheGlassAndBadInputChangesNothing) {
  EXPECT_EQ(stip_->OpenEmergencyAccess(Who(lead_), family_, "Reden.").error().code, Code::kConflict)
      << "involved: open the file as usual";
  auto admin = stip_->Login("admin", kPassword);
  ASSERT_TRUE(admin);
  EXPECT_EQ(stip_->OpenEmergencyAccess(Who(admin->session_token), family_, "Reden.").error().code,
            Code::kPermissionDenied);
  auto empty = stip_->OpenEmergencyAccess(Who(iris_), family_, "  ");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, Code::kInvalidArgument);
  ASSERT_EQ(empty.error().fields.size(), 1u);
  EXPECT_EQ(empty.error().fields[0].field, "reason");
  EXPECT_EQ(stip_->OpenEmergencyAccess(Who(iris_), family_, std::string(1001, 'a')).error().code,
            Code::kInvalidArgument);
  EXPECT_EQ(stip_->OpenEmergencyAccess(Who(iris_), "fam_onbekend", "Reden.").error().code,
            Code::kNotFound);
  EXPECT_TRUE(stip_->MyEmergencyAccess(Who(iris_))->empty()) << "nothing was recorded";
  ASSERT_TRUE(stip_->OpenEmergencyAccess(Who(iris_), family_, "Reden."));
  EXPECT_EQ(stip_->OpenEmergencyAccess(Who(iris_), family_, "Nog eens.").error().code,
            Code::kConflict);
}

TEST_F(EmergencyTest, EndingItEarlyIsA404AtOnce) {
  auto use = stip_->OpenEmergencyAccess(Who(iris_), family_, "Reden.");
  ASSERT_TRUE(use);
  EXPECT_EQ(stip_->EndEmergencyAccess(Who(lead_), use->use.id).error().code, Code::kNotFound)
      << "someone else's use";
  clock_.Advance(1000);
  ASSERT_TRUE(stip_->EndEmergencyAccess(Who(iris_), use->use.id));
  EXPECT_EQ(stip_->OpenFamily(Who(iris_), family_, {0, 10}, "").error().code, Code::kNotFound);
  EXPECT_EQ(stip_->EndEmergencyAccess(Who(iris_), use->use.id).error().code,
            Code::kFailedPrecondition);
}

TEST_F(EmergencyTest, TheTeamLeadJudgesEachUseOnceAndAnotherTeamsLeadSeesNothing) {
  auto use = stip_->OpenEmergencyAccess(Who(iris_), family_, "Reden.");
  ASSERT_TRUE(use);
  ASSERT_TRUE(stip_->OpenFamily(Who(iris_), family_, {0, 10}, ""));
  EXPECT_EQ(*stip_->CountEmergencyReviews(Who(karin_)), 1);
  EXPECT_EQ(*stip_->CountEmergencyReviews(Who(wim_)), 0);
  EXPECT_EQ(*stip_->CountEmergencyReviews(Who(iris_)), 0);

  auto queue = stip_->EmergencyReviewsFor(Who(karin_));
  ASSERT_TRUE(queue) << queue.error().message;
  EXPECT_TRUE(queue->team_lead);
  ASSERT_EQ(queue->items.size(), 1u);
  EXPECT_EQ(queue->items[0].view.use.reason, "Reden.");
  ASSERT_EQ(queue->items[0].lines_read.size(), 1u);
  EXPECT_EQ(queue->items[0].lines_read[0].what, "family_overview");
  EXPECT_TRUE(stip_->EmergencyReviewsFor(Who(wim_))->items.empty());

  const std::string id = use->use.id;
  EXPECT_EQ(stip_->ReviewEmergencyAccess(Who(wim_), id, "justified", "Ja.").error().code,
            Code::kNotFound);
  EXPECT_EQ(stip_->ReviewEmergencyAccess(Who(iris_), id, "justified", "Ja.").error().code,
            Code::kPermissionDenied)
      << "not one's own";
  auto bad = stip_->ReviewEmergencyAccess(Who(karin_), id, "misschien", "");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.size(), 2u);
  ASSERT_TRUE(stip_->ReviewEmergencyAccess(Who(karin_), id, "not_justified",
                                           "Het kon wachten tot de ochtend."));
  EXPECT_EQ(stip_->ReviewEmergencyAccess(Who(karin_), id, "justified", "Toch wel.").error().code,
            Code::kConflict)
      << "once";
  EXPECT_EQ(*stip_->CountEmergencyReviews(Who(karin_)), 0);
  auto log = stip_->ReadAccessLog(Who(lead_), family_, {0, 50}, "");
  ASSERT_TRUE(log);
  ASSERT_EQ(log->emergency_uses.size(), 1u);
  EXPECT_EQ(log->emergency_uses[0].use.outcome, domain::EmergencyOutcome::kNotJustified);
  EXPECT_EQ(log->emergency_uses[0].use.review_words, "Het kon wachten tot de ochtend.");
  EXPECT_EQ(log->emergency_uses[0].reviewer_name, "Naam karin");
}

TEST_F(EmergencyTest, ATeamLeadsOwnUseGoesToALeadOfAnotherTeam) {
  auto use = stip_->OpenEmergencyAccess(Who(karin_), family_, "Reden.");
  ASSERT_TRUE(use);
  EXPECT_TRUE(stip_->EmergencyReviewsFor(Who(karin_))->items.empty());
  EXPECT_EQ(*stip_->CountEmergencyReviews(Who(wim_)), 1);
  EXPECT_TRUE(stip_->ReviewEmergencyAccess(Who(wim_), use->use.id, "justified", "Acuut."));
}

// Privacy review: "what was read" is every read of the use, not only those among the newest
// 1000 lines of the family's log; the team lead never reads "nothing was read" when it is false.
TEST_F(EmergencyTest, WhatWasReadIsCompleteHoweverBusyTheLogIs) {
  auto use = stip_->OpenEmergencyAccess(Who(iris_), family_, "Reden.");
  ASSERT_TRUE(use);
  ASSERT_TRUE(stip_->OpenFamily(Who(iris_), family_, {0, 10}, ""));
  store::CommitBatch busy;  // the family's own lead reads on, 1200 times
  for (int i = 0; i < 1200; ++i) {
    busy.access.push_back({family_, 0, clock_.Now() + 1 + i, Who(lead_).user.id, "lead", "entries",
                           "hulpverlening", false});
  }
  ASSERT_TRUE(store_->Commit(busy));
  auto queue = stip_->EmergencyReviewsFor(Who(karin_));
  ASSERT_TRUE(queue) << queue.error().message;
  ASSERT_EQ(queue->items.size(), 1u);
  ASSERT_EQ(queue->items[0].lines_read.size(), 1u);
  EXPECT_EQ(queue->items[0].lines_read[0].what, "family_overview");
  EXPECT_FALSE(queue->items[0].lines_more);
}

// Privacy review: a team lead's own use is promised to a lead of another team of the organisation
// only when there is one; else it says the check waits.
TEST_F(EmergencyTest, ALeadsOwnUseSaysItWaitsWhenNoOtherTeamHasALead) {
  const Principal cli = stip_->CliPrincipal();
  auto org = stip_->CreateOrganisation(cli, "Gemeente Elders");
  auto alone =
      *stip_->CreateTeam(cli, {"", *org, "Wijkteam Alleen", domain::TeamKind::kLocal, "", ""});
  auto second =
      *stip_->CreateTeam(cli, {"", *org, "Wijkteam Twee", domain::TeamKind::kLocal, "", ""});
  const std::string ans = Session("ans", alone);
  ASSERT_TRUE(stip_->SetTeamLead(cli, alone, Who(ans).user.id, "Teamleider."));
  ASSERT_TRUE(stip_->OpenEmergencyAccess(Who(ans), family_, "Reden."));
  auto mine = stip_->MyEmergencyAccess(Who(ans));
  ASSERT_TRUE(mine) << mine.error().message;
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].judged_by, "no_other_lead")
      << "Wijkteam Oost and West have leads, but of another organisation";
  const std::string bert = Session("bert", second);
  ASSERT_TRUE(stip_->SetTeamLead(cli, second, Who(bert).user.id, "Teamleider."));
  EXPECT_EQ((*stip_->MyEmergencyAccess(Who(ans)))[0].judged_by, "other_lead");
  EXPECT_EQ(*stip_->CountEmergencyReviews(Who(bert)), 1);
  auto karin_use = stip_->OpenEmergencyAccess(Who(karin_), family_, "Reden.");
  ASSERT_TRUE(karin_use);
  EXPECT_EQ((*stip_->MyEmergencyAccess(Who(karin_)))[0].judged_by, "other_lead")
      << "Wim leads West";
}

// Review: the team lead's reading of a use is on the family's record once, not at every load of
// the queue; a second use of the same file is logged when first read.
TEST_F(EmergencyTest, TheTeamLeadsReadingIsLoggedOncePerUse) {
  const auto review_lines = [&] {
    auto log = stip_->ReadAccessLog(Who(lead_), family_, {0, 100}, "");
    EXPECT_TRUE(log) << log.error().message;
    int n = 0;
    for (const auto& line : log->lines) {
      n += line.record.user_id == Who(karin_).user.id && line.record.what == "emergency_review";
    }
    return n;
  };
  auto first = stip_->OpenEmergencyAccess(Who(iris_), family_, "Reden.");
  ASSERT_TRUE(first);
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(stip_->EmergencyReviewsFor(Who(karin_)));
  EXPECT_EQ(review_lines(), 1);
  ASSERT_TRUE(stip_->EndEmergencyAccess(Who(iris_), first->use.id));
  clock_.Advance(1000);
  ASSERT_TRUE(stip_->OpenEmergencyAccess(Who(iris_), family_, "Nog eens."));
  for (int i = 0; i < 2; ++i) ASSERT_EQ(stip_->EmergencyReviewsFor(Who(karin_))->items.size(), 2u);
  EXPECT_EQ(review_lines(), 2);
}

// Issue 10 item 6, on the same fixture (a lead with a file, Iris of the same organisation): an
// "al bekend?" match may be asked on for kCheckValidDays, then the asker checks again.
TEST_F(EmergencyTest, AnAlBekendMatchMayBeAskedOnForThirtyDays) {
  NewFamily f;
  f.name = "Gezin Bekend";
  f.members = {{"k", "Kai Bekend", "child", "2016-04-05", "999990044"}};
  f.lead_user_id = Who(lead_).user.id;
  ASSERT_TRUE(stip_->CreateFamily(Who(lead_), f));
  auto check = stip_->CheckKnownElsewhere(Who(iris_), {{"999990044", "", ""}});
  ASSERT_TRUE(check) << check.error().message;
  ASSERT_EQ(check->teams.size(), 1u);
  const NewJoinRequest ask{check->id, "", "second_opinion", "Ik ken Kai van school."};
  clock_.Advance(static_cast<domain::Millis>(kCheckValidDays) * 24 * kHour + 1);
  auto login = stip_->Login("iris", kPassword);  // a month later: a new session
  ASSERT_TRUE(login) << login.error().message;
  iris_ = login->session_token;
  auto late = stip_->AskToJoin(Who(iris_), ask);
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code, Code::kNotFound) << "too old a check: check again";
  EXPECT_TRUE(stip_->KnownCheckTeams(Who(iris_), check->id)->empty());
  auto again = stip_->CheckKnownElsewhere(Who(iris_), {{"999990044", "", ""}});
  ASSERT_TRUE(again);
  auto asked = stip_->AskToJoin(Who(iris_), {again->id, "", "second_opinion", "Ik ken Kai."});
  ASSERT_TRUE(asked) << asked.error().message;
  EXPECT_EQ(asked->size(), 1u);
}

}  // namespace
}  // namespace stip::app
