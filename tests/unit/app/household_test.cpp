// Issue 10 through the use cases: the household and who is involved change, each change is an
// event with a reason that the family reads, and access follows at once, also in a session
// that was open before the change.
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

class CodeOutbox final : public Outbox {
 public:
  domain::Status Send(const Mail& mail) override {
    std::smatch m;
    if (std::regex_search(mail.body, m, std::regex("\\b([0-9]{8})\\b"))) last_code = m[1];
    return {};
  }
  std::string last_code;
};

class HouseholdTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-hh-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_);
    stip_->SetOutbox(outbox_);
    const Principal cli = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(cli, "Gemeente Testdorp");
    local_ = *stip_->CreateTeam(cli, {"", *org, "Wijkteam", domain::TeamKind::kLocal, "", ""});
    safety_ = *stip_->CreateTeam(
        cli, {"", *org, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
    lead_ = Session("lead", local_);
    gw_ = Session("gw", local_);
    duo_id_ = *stip_->CreateUser(
        cli, {"duo", "Dirk Duo", safety_, "paarse-olifant-fietst", false, "", ""});
    NewFamily f;
    f.name = "Gezin Testers";
    f.members = {{"m", "Mia Tester", "parent", "1985-02-03"},
                 {"v", "Vik Tester", "parent", "1983-02-03"},
                 {"t", "Tim Tester", "child", "2019-05-10"}};
    f.custody = {{"m", "t", true}, {"v", "t", false}};
    f.lead_user_id = Who(lead_).user.id;
    family_ = *stip_->CreateFamily(Who(lead_), f);
    auto family = store_->FindFamily(family_);
    ASSERT_TRUE(family && *family);
    for (const auto& m : (*family)->members) member_[m.name] = m.id;
  }

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // A professional with a logged-in session (its token).
  std::string Session(const std::string& username, const std::string& team) {
    auto id = stip_->CreateUser(stip_->CliPrincipal(), {username, "Naam " + username, team,
                                                        "paarse-olifant-fietst", false, "", ""});
    EXPECT_TRUE(id) << id.error().message;
    auto login = stip_->Login(username, "paarse-olifant-fietst");
    EXPECT_TRUE(login) << login.error().message;
    return login->session_token;
  }
  // The principal of an open session, as every request reads it again.
  Principal Who(const std::string& token) {
    auto who = stip_->SessionPrincipal(token);
    EXPECT_TRUE(who) << who.error().message;
    return *who;
  }
  std::string FamilySession(const std::string& name, const std::string& contact) {
    auto account = stip_->InviteMember(Who(lead_), family_, {member_.at(name), contact});
    EXPECT_TRUE(account) << account.error().message;
    auto login = stip_->CompleteFamilyLogin(contact, outbox_.last_code);
    EXPECT_TRUE(login) << login.error().message;
    return login->session_token;
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  CodeOutbox outbox_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
  std::string local_, safety_, lead_, gw_, duo_id_, family_;
  std::map<std::string, std::string> member_;
};

TEST_F(HouseholdTest, AnEndedInvolvementIsA404AtOnceInAnOpenSession) {
  ASSERT_TRUE(stip_->StartInvolvement(Who(lead_), family_,
                                      {Who(gw_).user.id, "second_opinion", "Tegenspraak nodig."}));
  auto open = stip_->OpenFamily(Who(gw_), family_, {0, 10}, "tegenspraak");
  ASSERT_TRUE(open) << open.error().message;
  EXPECT_EQ(open->my_role, "second_opinion");
  // The behavioural scientist cannot add people or withhold.
  EXPECT_EQ(stip_->StartInvolvement(Who(gw_), family_, {duo_id_, "duo", "x"}).error().code,
            Code::kPermissionDenied);

  clock_.Advance(1000);
  ASSERT_TRUE(stip_->EndInvolvement(Who(lead_), family_, Who(gw_).user.id, "Advies gegeven."));
  // The same session, the next request: no file.
  auto after = stip_->OpenFamily(Who(gw_), family_, {0, 10}, "");
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().code, Code::kNotFound);
  EXPECT_EQ(stip_->ReadHousehold(Who(gw_), family_).error().code, Code::kNotFound);
  auto mine = stip_->MyFamilies(Who(gw_));
  ASSERT_TRUE(mine);
  EXPECT_TRUE(mine->empty());

  // Both are on the record with their reasons.
  auto view = stip_->ReadHousehold(Who(lead_), family_);
  ASSERT_TRUE(view) << view.error().message;
  ASSERT_GE(view->changes.size(), 2u);
  EXPECT_EQ(view->changes[0].kind, "involvement.ended");
  EXPECT_EQ(view->changes[0].reason, "Advies gegeven.");
  EXPECT_EQ(view->names.at(view->changes[0].subject), "Naam gw");
  EXPECT_EQ(view->changes[1].kind, "involvement.started");
  ASSERT_EQ(view->involved.size(), 1u);  // the lead only
}

TEST_F(HouseholdTest, AProfessionalLeavesOnTheirOwnButTheLeadOnlyByHandover) {
  ASSERT_TRUE(stip_->StartInvolvement(Who(lead_), family_, {duo_id_, "duo", "Veiligheid."}));
  const Principal duo{**store_->FindUser(duo_id_), Principal::Via::kSession, "", std::nullopt};
  // The duo may not end someone else's involvement, but may end their own.
  EXPECT_EQ(stip_->EndInvolvement(duo, family_, Who(lead_).user.id, "x").error().code,
            Code::kPermissionDenied);
  ASSERT_TRUE(stip_->EndInvolvement(duo, family_, duo_id_, "Klaar."));
  EXPECT_EQ(stip_->OpenFamily(duo, family_, {0, 10}, "").error().code, Code::kNotFound);
  auto lead_leaves = stip_->EndInvolvement(Who(lead_), family_, Who(lead_).user.id, "weg");
  ASSERT_FALSE(lead_leaves);
  EXPECT_EQ(lead_leaves.error().code, Code::kInvalidArgument);
  EXPECT_EQ(lead_leaves.error().fields.at(0).code, domain::FieldCode::kLeadChangesByHandover);
  // A second duo must come from the regional safety team; a bad start changes nothing.
  const auto head = store_->Head(family_)->seq;
  auto wrong = stip_->StartInvolvement(Who(lead_), family_, {Who(gw_).user.id, "duo", "x"});
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().fields.at(0).code, domain::FieldCode::kDuoNotRegionalTeam);
  EXPECT_EQ(store_->Head(family_)->seq, head);
}

TEST_F(HouseholdTest, LosingCustodyEndsFullAccessAtOnceAndTheFamilySeesWhy) {
  const std::string mia = FamilySession("Mia Tester", "mia@example.org");
  auto before = stip_->OpenFamilyHome(Who(mia), family_, "ons_gezin");
  ASSERT_TRUE(before) << before.error().message;
  EXPECT_FALSE(before->summary_only);
  ASSERT_TRUE(stip_->ChangeCustody(Who(lead_), family_,
                                   {member_.at("Mia Tester"), member_.at("Tim Tester"), false,
                                    "2026-11-01", "Uitspraak van de rechtbank."}));
  // Same session: the summary only, from this moment.
  auto after = stip_->OpenFamilyHome(Who(mia), family_, "ons_gezin");
  ASSERT_TRUE(after) << after.error().message;
  EXPECT_TRUE(after->summary_only);
  EXPECT_TRUE(after->entries.empty());
  // Vik gains custody and reads the file, with the change and its reason.
  ASSERT_TRUE(stip_->ChangeCustody(Who(lead_), family_,
                                   {member_.at("Vik Tester"), member_.at("Tim Tester"), true,
                                    "2026-11-01", "Uitspraak van de rechtbank."}));
  const std::string vik = FamilySession("Vik Tester", "vik@example.org");
  auto home = stip_->OpenFamilyHome(Who(vik), family_, "ons_gezin");
  ASSERT_TRUE(home) << home.error().message;
  EXPECT_FALSE(home->summary_only);
  ASSERT_GE(home->changes.size(), 2u);
  EXPECT_EQ(home->changes[0].kind, "custody.set");
  EXPECT_TRUE(home->changes[0].flag);
  EXPECT_EQ(home->changes[0].on_date, "2026-11-01");
  EXPECT_EQ(home->changes[0].reason, "Uitspraak van de rechtbank.");
  EXPECT_EQ(home->names.at(home->changes[1].subject), "Mia Tester");
  ASSERT_EQ(home->involved.size(), 1u);
  EXPECT_EQ(home->involved[0].involvement.role, domain::InvolvementRole::kLead);
}

TEST_F(HouseholdTest, MembersJoinLeaveAndHaveTheirBirthDateCorrected) {
  auto sem = stip_->AddMember(Who(lead_), family_,
                              {"Sem Tester", "child", "2026-11-20", "Sem is geboren."});
  ASSERT_TRUE(sem) << sem.error().message;
  ASSERT_TRUE(stip_->CorrectBirthDate(Who(lead_), family_, *sem, "2026-11-21", "Typfout."));
  // Vik has an account; when he leaves the household without custody he keeps the summary.
  const std::string vik = FamilySession("Vik Tester", "vik@example.org");
  ASSERT_TRUE(stip_->RecordDeparture(Who(lead_), family_, member_.at("Vik Tester"), "2026-11-25",
                                     "Verhuisd naar Utrecht."));
  auto home = stip_->OpenFamilyHome(Who(vik), family_, "ons_gezin");
  ASSERT_TRUE(home) << home.error().message;
  EXPECT_TRUE(home->summary_only);
  auto family = store_->FindFamily(family_);
  ASSERT_TRUE(family && *family);
  ASSERT_EQ((*family)->members.size(), 4u);
  EXPECT_EQ(domain::FormatDate((*family)->members[3].birth_date), "2026-11-21");
  EXPECT_EQ((*family)->members[1].left_reason, "Verhuisd naar Utrecht.");

  // Bad input: clear field errors, nothing appended.
  const auto head = store_->Head(family_)->seq;
  auto bad = stip_->AddMember(Who(lead_), family_, {"", "baby", "2026-02-30", ""});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.size(), 4u);
  auto twice = stip_->RecordDeparture(Who(lead_), family_, member_.at("Vik Tester"), "2026-11-26",
                                      "Nog eens.");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().fields.at(0).code, domain::FieldCode::kMemberHasLeft);
  EXPECT_EQ(store_->Head(family_)->seq, head);
  // A family member cannot change the household.
  EXPECT_EQ(stip_->AddMember(Who(vik), family_, {"X", "child", "2020-01-01", "x"}).error().code,
            Code::kPermissionDenied);
}

// The review of issue 10: whole-household entries are for who lived in the household when they
// were written; a child who leaves keeps their own file; a corrected birth date shows what it
// changes for what the child reads.
std::vector<std::string> TextsOn(const FamilyHome& home) {
  std::vector<std::string> out;
  for (const auto& e : home.entries) out.push_back(e.entry.text);
  return out;
}

TEST_F(HouseholdTest, WholeHouseholdEntriesAreForWhoLivedThereWhenTheyWereWritten) {
  ASSERT_TRUE(stip_->AddEntry(Who(lead_), family_,
                              {"fact", "Gesprek", "Voor Kees: de geschiedenis van het gezin."}));
  auto kees = stip_->AddMember(Who(lead_), family_,
                               {"Kees Tester", "other_adult", "1980-01-01", "Nieuwe partner."});
  ASSERT_TRUE(kees) << kees.error().message;
  ASSERT_TRUE(
      stip_->AddEntry(Who(lead_), family_, {"fact", "Gesprek", "Na Kees: het gezin samen."}));
  member_["Kees Tester"] = *kees;
  const std::string kees_session = FamilySession("Kees Tester", "kees@example.org");
  auto home = stip_->OpenFamilyHome(Who(kees_session), family_, "ons_gezin");
  ASSERT_TRUE(home) << home.error().message;
  // Not even a placeholder: he does not learn that the history exists.
  EXPECT_EQ(TextsOn(*home), std::vector<std::string>{"Na Kees: het gezin samen."});
  const std::string mia = FamilySession("Mia Tester", "mia@example.org");
  EXPECT_EQ(TextsOn(*stip_->OpenFamilyHome(Who(mia), family_, "ons_gezin")).size(), 2u);

  // A correction of the history, made after Kees joined, stays history to him (review finding).
  auto mia_home = stip_->OpenFamilyHome(Who(mia), family_, "ons_gezin");
  ASSERT_TRUE(mia_home) << mia_home.error().message;
  const std::string old_id = mia_home->entries.back().entry.id;  // the history
  auto request = stip_->React(Who(mia), family_, old_id, {"correction_request", "Klopt niet."});
  ASSERT_TRUE(request) << request.error().message;
  auto corrected = stip_->AnswerCorrection(
      Who(lead_), family_, *request, {true, "Aangepast.", "", "", "Verbeterde geschiedenis."});
  ASSERT_TRUE(corrected) << corrected.error().message;
  EXPECT_EQ(TextsOn(*stip_->OpenFamilyHome(Who(kees_session), family_, "ons_gezin")),
            std::vector<std::string>{"Na Kees: het gezin samen."});
  auto kees_api = stip_->OpenFamily(Who(kees_session), family_, {}, "hulpverlening");
  ASSERT_TRUE(kees_api) << kees_api.error().message;
  EXPECT_EQ(kees_api->entries.size(), 1u);
  // Nor may he react to the correction by its id: the same rule as his page (it would tell
  // him that it exists, and what he reacts to he cannot read).
  auto reacted = stip_->React(Who(kees_session), family_, *corrected, {"understood", ""});
  ASSERT_FALSE(reacted);
  EXPECT_EQ(reacted.error().code, Code::kNotFound);

  // The lead sees why Kees does not read the first entry.
  auto overview = stip_->OpenFamily(Who(lead_), family_, {}, "hulpverlening");
  ASSERT_TRUE(overview) << overview.error().message;
  const auto& first = overview->entry_views.back();
  ASSERT_EQ(first.entry.text, "Voor Kees: de geschiedenis van het gezin.");  // the first version
  bool seen = false;
  for (const auto& r : first.readers) {
    if (r.reader.member_id != *kees) continue;
    seen = true;
    EXPECT_EQ(r.reader.reason, domain::Reason::kWrittenBeforeJoining);
  }
  EXPECT_TRUE(seen);
}

TEST_F(HouseholdTest, AChildWhoLeftKeepsTheirOwnFileAndABirthDateShowsItsEffect) {
  const std::string tim = member_.at("Tim Tester");
  auto before = stip_->ReadHousehold(Who(lead_), family_);
  ASSERT_TRUE(before) << before.error().message;
  EXPECT_EQ(before->reads.at(tim), domain::Reason::kUnder12ChildView);
  ASSERT_TRUE(stip_->CorrectBirthDate(Who(lead_), family_, tim, "2012-05-10", "Typfout."));
  auto after = stip_->ReadHousehold(Who(lead_), family_);
  ASSERT_TRUE(after) << after.error().message;
  EXPECT_EQ(after->reads.at(tim), domain::Reason::kOwnAccess);  // 14 now: reads along

  ASSERT_TRUE(stip_->AddEntry(Who(lead_), family_, {"fact", "Gesprek", "Thuis, voor vertrek."}));
  clock_.Advance(86'400'000);  // the next day he moves to a foster family
  lead_ = stip_->Login("lead", "paarse-olifant-fietst")->session_token;
  const std::string tim_session = FamilySession("Tim Tester", "tim@example.org");
  ASSERT_TRUE(stip_->RecordDeparture(Who(lead_), family_, tim, "2026-11-30", "Pleeggezin."));
  ASSERT_TRUE(stip_->AddEntry(Who(lead_), family_, {"fact", "Gesprek", "Thuis, na vertrek."}));
  ASSERT_TRUE(stip_->AddEntry(Who(lead_), family_,
                              {"fact", "Gesprek", "Over Tim in het pleeggezin.", {tim}}));
  auto home = stip_->OpenFamilyHome(Who(tim_session), family_, "ons_gezin");
  ASSERT_TRUE(home) << home.error().message;
  EXPECT_EQ(TextsOn(*home),
            (std::vector<std::string>{"Over Tim in het pleeggezin.", "Thuis, voor vertrek."}));
  EXPECT_EQ(stip_->ReadHousehold(Who(lead_), family_)->reads.at(tim), domain::Reason::kOwnAccess);
  // An adult who left without custody keeps the summary only.
  ASSERT_TRUE(stip_->RecordDeparture(Who(lead_), family_, member_.at("Vik Tester"), "2026-11-30",
                                     "Verhuisd."));
  EXPECT_EQ(stip_->ReadHousehold(Who(lead_), family_)->reads.at(member_.at("Vik Tester")),
            domain::Reason::kSummaryOnly);
}

TEST_F(HouseholdTest, AChildWhoLeftReadsTheAccessLogOfTheirTimeInTheHousehold) {
  const std::string tim = member_.at("Tim Tester");
  ASSERT_TRUE(stip_->CorrectBirthDate(Who(lead_), family_, tim, "2012-05-10", "Typfout."));
  ASSERT_FALSE(FamilySession("Tim Tester", "tim@example.org").empty());
  ASSERT_TRUE(stip_->ReadHousehold(Who(lead_), family_));  // while Tim lives there
  const domain::Millis lived_there = clock_.Now();
  clock_.Advance(86'400'000);
  lead_ = stip_->Login("lead", "paarse-olifant-fietst")->session_token;
  ASSERT_TRUE(stip_->RecordDeparture(Who(lead_), family_, tim, "2026-11-30", "Pleeggezin."));
  clock_.Advance(86'400'000);  // 1 December: Tim lives elsewhere
  lead_ = stip_->Login("lead", "paarse-olifant-fietst")->session_token;
  ASSERT_TRUE(stip_->ReadHousehold(Who(lead_), family_));  // a read of a file no longer his
  // Tim logs in again (a session lasts hours, not days) and opens his page.
  ASSERT_TRUE(stip_->BeginFamilyLogin("tim@example.org"));
  stip_->DrainBackground();  // the code is mailed after the answer
  auto again = stip_->CompleteFamilyLogin("tim@example.org", outbox_.last_code);
  ASSERT_TRUE(again) << again.error().message;
  const std::string tim_now = again->session_token;
  ASSERT_TRUE(stip_->OpenFamilyHome(Who(tim_now), family_, "ons_gezin"));

  const auto lines_of = [&](const auto& log) {
    std::vector<std::pair<std::string, domain::Millis>> out;
    for (const auto& l : log->lines) out.emplace_back(l.record.user_id, l.record.time);
    return out;
  };
  const std::string lead_id = Who(lead_).user.id;
  for (const auto& log : {stip_->ReadAccessLogPeriod(Who(tim_now), family_, {}, {0, 50}),
                          stip_->ReadAccessLog(Who(tim_now), family_, {0, 50}, "")}) {
    ASSERT_TRUE(log) << log.error().message;
    bool before = false;
    bool own = false;
    for (const auto& [user, time] : lines_of(log)) {
      if (user == lead_id) {
        EXPECT_LE(time, lived_there) << "no read of the file after Tim left";
        before = true;
      } else {
        own = own || user == Who(tim_now).user.id;
      }
    }
    EXPECT_TRUE(before) << "the reads of his time in the household stay";
    EXPECT_TRUE(own) << "and his own reads";
  }
  // Mia, who still lives there, reads every line.
  const std::string mia = FamilySession("Mia Tester", "mia@example.org");
  auto all = stip_->ReadAccessLogPeriod(Who(mia), family_, {}, {0, 50});
  ASSERT_TRUE(all) << all.error().message;
  bool after = false;
  for (const auto& [user, time] : lines_of(all))
    after = after || (user == lead_id && time > lived_there);
  EXPECT_TRUE(after);
}

// Review of issue 10: the lead can stop a network member's access for the child's safety (the
// family reads who and why), and a parent who loses custody stops sharing on that ground, also
// when custody comes back later.
TEST_F(HouseholdTest, TheLeadStopsANetworkConsentAndALostCustodyEndsTheSharing) {
  auto entry = stip_->AddEntry(Who(lead_), family_, {"fact", "Gesprek", "Oma haalt Tim op."});
  ASSERT_TRUE(entry) << entry.error().message;
  const std::string mia = FamilySession("Mia Tester", "mia@example.org");
  const auto invite = [&](const std::string& name, const std::string& contact) {
    auto id = stip_->InviteNetworkMember(Who(mia), family_, {name, "oma", contact, {*entry}, ""});
    EXPECT_TRUE(id) << id.error().message;
    auto login = stip_->CompleteFamilyLogin(contact, outbox_.last_code);
    EXPECT_TRUE(login) << login.error().message;
    auto consents = store_->ListNetworkConsents(family_);
    return std::pair{login->session_token, consents->back().consent.id};
  };
  const auto [oma, consent] = invite("Oma Tester", "oma@example.org");
  ASSERT_TRUE(stip_->OpenShared(Who(oma)));

  auto by_mia = stip_->StopNetworkConsent(Who(mia), family_, consent, "Liever niet.");
  ASSERT_FALSE(by_mia);
  EXPECT_EQ(by_mia.error().code, Code::kPermissionDenied) << "the lead's step, not a member's";
  auto no_reason = stip_->StopNetworkConsent(Who(lead_), family_, consent, " ");
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().code, Code::kInvalidArgument);
  EXPECT_EQ(no_reason.error().fields.at(0).field, "reason");
  ASSERT_TRUE(
      stip_->StopNetworkConsent(Who(lead_), family_, consent, "Tim is niet veilig bij oma thuis."));
  auto shared = stip_->OpenShared(Who(oma));
  ASSERT_FALSE(shared);
  EXPECT_EQ(shared.error().code, Code::kNotFound) << "at once";
  auto home = stip_->OpenFamilyHome(Who(mia), family_, "ons_gezin");
  ASSERT_TRUE(home) << home.error().message;
  bool told = false;
  for (const auto& c : home->changes) {
    if (c.kind != "network_consent.ended") continue;
    told = true;
    EXPECT_EQ(c.reason, "Tim is niet veilig bij oma thuis.");
    EXPECT_EQ(home->names.at(c.subject), "Oma Tester");
    EXPECT_EQ(home->names.at(c.actor), "Naam lead");
  }
  EXPECT_TRUE(told) << "Mia reads that the lead stopped it, and why";

  // Mia shares with the neighbour, then loses custody of Tim: that sharing ends by an event,
  // and does not come back when the court gives her custody again.
  const auto [buur, second] = invite("Buurvrouw Tester", "buur@example.org");
  ASSERT_TRUE(stip_->OpenShared(Who(buur)));
  ASSERT_TRUE(stip_->ChangeCustody(Who(lead_), family_,
                                   {member_.at("Vik Tester"), member_.at("Tim Tester"), true,
                                    "2026-11-20", "Uitspraak rechtbank."}));
  ASSERT_TRUE(stip_->ChangeCustody(Who(lead_), family_,
                                   {member_.at("Mia Tester"), member_.at("Tim Tester"), false,
                                    "2026-11-20", "Uitspraak rechtbank."}));
  auto consents = store_->ListNetworkConsents(family_);
  ASSERT_TRUE(consents);
  for (const auto& c : *consents) {
    if (c.consent.id == second) {
      EXPECT_TRUE(c.consent.ended) << "ended by an event";
    }
  }
  EXPECT_EQ(stip_->OpenShared(Who(buur)).error().code, Code::kNotFound);
  ASSERT_TRUE(stip_->ChangeCustody(
      Who(lead_), family_,
      {member_.at("Mia Tester"), member_.at("Tim Tester"), true, "2026-11-21", "Hoger beroep."}));
  EXPECT_EQ(stip_->OpenShared(Who(buur)).error().code, Code::kNotFound) << "not revived";
}

// Privacy review of issue 10 item 4: the reason for an emergency access and the team lead's
// words are about the household at the time; a member reads them, like an entry about the whole
// household, only for the uses made while they were a member. The lead reads every use.
TEST_F(HouseholdTest, AMemberReadsOnlyTheEmergencyAccessWhileTheyWereAMember) {
  const auto use = [&](const std::string& reason) {
    auto opened = stip_->OpenEmergencyAccess(Who(gw_), family_, reason);
    EXPECT_TRUE(opened) << opened.error().message;
    EXPECT_TRUE(stip_->EndEmergencyAccess(Who(gw_), opened->use.id));
  };
  const auto reasons = [&](const std::string& token) {
    std::vector<std::string> out;
    auto log = stip_->ReadAccessLog(Who(token), family_, {0, 50}, "");
    EXPECT_TRUE(log) << log.error().message;
    if (!log) return out;
    for (const auto& u : log->emergency_uses) out.push_back(u.use.reason);
    auto period = stip_->ReadAccessLogPeriod(Who(token), family_, {}, {0, 50});
    EXPECT_TRUE(period) << period.error().message;
    if (period) {
      EXPECT_EQ(period->emergency_uses.size(), out.size()) << "both ways agree";
    }
    return out;
  };
  use("Voor Kees.");
  auto kees = stip_->AddMember(Who(lead_), family_,
                               {"Kees Tester", "other_adult", "1980-01-01", "Nieuwe partner."});
  ASSERT_TRUE(kees) << kees.error().message;
  member_["Kees Tester"] = *kees;
  const std::string kees_session = FamilySession("Kees Tester", "kees@example.org");
  const std::string mia = FamilySession("Mia Tester", "mia@example.org");
  use("Met Kees.");
  clock_.Advance(9LL * 3600 * 1000);  // past midnight in the Netherlands: 2026-11-30
  // Mia moves out; with custody of Tim she keeps reading the file.
  ASSERT_TRUE(stip_->RecordDeparture(Who(lead_), family_, member_.at("Mia Tester"), "2026-11-30",
                                     "Verhuisd."));
  use("Na Mia.");
  EXPECT_EQ(reasons(kees_session), (std::vector<std::string>{"Na Mia.", "Met Kees."}));
  EXPECT_EQ(reasons(mia), (std::vector<std::string>{"Met Kees.", "Voor Kees."}));
  EXPECT_EQ(reasons(lead_).size(), 3u);
}

}  // namespace
}  // namespace stip::app
