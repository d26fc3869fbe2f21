// Issue 10 items 7 and 8 with a fake clock: "Mijn werk" lists what is due per file and logs
// each file it shows; a lapsed withholding stays until the lead lifts it; the team lead sees
// counts per professional; the digest mails counts and links on its schedule; a family member
// who asked gets a mail (a link, no content) about a new entry they can read.
#include <filesystem>
#include <mutex>

#include <gtest/gtest.h>

#include "app/outbox.h"
#include "app/stip.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

using domain::Code;
using domain::WorkKind;
constexpr domain::Millis kDay = 86'400'000;
constexpr domain::Millis kMinute = 60'000;

// Keeps the mails instead of sending them (the outbox adapters have their own tests).
class KeptMail final : public Outbox {
 public:
  Status Send(const Mail& mail) override {
    std::lock_guard lock(mu_);
    mails_.push_back(mail);
    return {};
  }
  std::vector<Mail> To(const std::string& to) {
    std::lock_guard lock(mu_);
    std::vector<Mail> out;
    for (const auto& m : mails_) {
      if (m.to == to) out.push_back(m);
    }
    return out;
  }

 private:
  std::mutex mu_;
  std::vector<Mail> mails_;
};

class MyWorkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-my-work-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    Options options;
    options.public_url = "https://stip.gemeente.example";
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_, options);
    stip_->SetOutbox(mail_);
    const Principal admin = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(admin, "Gemeente Testdorp");
    ASSERT_TRUE(org);
    local_ =
        *stip_->CreateTeam(admin, {"", *org, "Wijkteam Noord", domain::TeamKind::kLocal, "", ""});
    const auto safety = *stip_->CreateTeam(
        admin, {"", *org, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
    lead_ = User("lead", local_);
    colleague_ = User("collega", local_);
    duo_ = User("duo", safety);

    NewFamily f;
    f.name = "Gezin Testers";
    f.members = {{"p", "Pim Tester", "parent", "1985-02-03"},
                 {"q", "Quinta Tester", "parent", "1986-04-05"},
                 {"c", "Cas Tester", "child", "2016-07-08"}};
    f.custody = {{"p", "c", true}, {"q", "c", true}};
    f.lead_user_id = lead_.user.id;
    f.duo_user_id = duo_.user.id;
    auto id = stip_->CreateFamily(lead_, f);
    ASSERT_TRUE(id) << id.error().message;
    family_ = *id;
    auto family = store_->FindFamily(family_);
    for (const auto& m : (*family)->members) member_[m.name] = m.id;
    auto entry = stip_->AddEntry(lead_, family_, {"fact", "school", "Cas was drie keer te laat."});
    ASSERT_TRUE(entry) << entry.error().message;
    entry_ = *entry;
  }

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Principal User(const std::string& username, const std::string& team) {
    auto id = stip_->CreateUser(stip_->CliPrincipal(),
                                {username, "Naam " + username, team, "paarse-olifant-fietst", false,
                                 "", username + "@gemeente.example"});
    EXPECT_TRUE(id) << id.error().message;
    auto user = store_->FindUser(*id);
    return Principal{**user, Principal::Via::kSession, "csrf", std::nullopt};
  }

  // A family member with a real account (invited by the lead).
  Principal Account(const std::string& name, const std::string& contact) {
    auto id = stip_->InviteMember(lead_, family_, {member_[name], contact});
    EXPECT_TRUE(id) << id.error().message;
    auto account = store_->FindAccount(*id);
    Principal p;
    p.user.id = *id;
    p.user.display_name = name;
    p.account = **account;
    return p;
  }

  std::vector<domain::WorkItem> Items(const Principal& who, const std::string& weeks = "") {
    auto work = stip_->ReadMyWork(who, {weeks, "", ""});
    EXPECT_TRUE(work) << work.error().message;
    if (!work || work->files.empty()) return {};
    return work->files.front().items;
  }

  std::string AskCorrection() {
    Principal pim;
    pim.user.id = "acc_test";
    pim.account = domain::Account{"acc_test", family_, member_["Pim Tester"], "", 0, {}, false};
    auto id = stip_->React(pim, family_, entry_, {"correction_request", "Het was twee keer."});
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : "";
  }

  std::string WithholdFromPim(const std::string& review) {
    auto id = stip_->Withhold(
        lead_, family_, entry_,
        {member_["Pim Tester"], "serious_harm_to_child", "Dit zou Cas nu schaden.", review});
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : "";
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;  // Sunday 2026-11-29, 15:07 UTC
  testing::SequentialIds ids_;
  KeptMail mail_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
  Principal lead_, colleague_, duo_;
  std::string local_, family_, entry_;
  std::map<std::string, std::string> member_;
};

TEST_F(MyWorkTest, ShowsWhatIsDueAndLogsEveryFileItShows) {
  const std::string request = AskCorrection();
  const std::string w = WithholdFromPim("2026-12-09");
  const auto items = Items(lead_);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].kind, WorkKind::kWithholdingReview);
  EXPECT_EQ(items[0].id, w);
  EXPECT_EQ(items[1].kind, WorkKind::kCorrectionRequest);
  EXPECT_EQ(items[1].id, request);
  EXPECT_EQ(items[1].due, (domain::Date{2026, 12, 29}));
  EXPECT_TRUE(stip_->ReadMyWork(colleague_, {})->files.empty()) << "not involved: no files";

  auto log = store_->ListAccessLog(family_, {0, 50});
  ASSERT_TRUE(log);
  int lines = 0;
  for (const auto& r : *log) lines += r.what == "my_work" && r.user_id == lead_.user.id ? 1 : 0;
  EXPECT_EQ(lines, 1);
}

TEST_F(MyWorkTest, ALapsedWithholdingStaysOnTheListUntilTheLeadLiftsIt) {
  const std::string w = WithholdFromPim("2026-12-02");
  clock_.Advance(5 * kDay);  // 4 December: it lapsed on the 2nd
  auto items = Items(lead_, "52");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].overdue);
  EXPECT_EQ(stip_->RenewWithholding(lead_, family_, w, "2027-01-10", "nog nodig").error().code,
            Code::kFailedPrecondition)
      << "a lapsed withholding is decided anew, not renewed";
  ASSERT_TRUE(stip_->LiftWithholding(lead_, family_, w, "Niet meer nodig."));
  EXPECT_TRUE(Items(lead_, "52").empty());
}

TEST_F(MyWorkTest, AQuietFileShowsAfterTheChosenWeeksAndABadQuestionIsRefused) {
  clock_.Advance(7 * 7 * kDay);
  EXPECT_EQ(Items(lead_).size(), 1u) << "6 weeks by default";
  EXPECT_EQ(Items(lead_)[0].kind, WorkKind::kNoContact);
  EXPECT_TRUE(Items(lead_, "8").empty());
  for (const char* bad : {"0", "105", "zes", "6 "}) {
    auto work = stip_->ReadMyWork(lead_, {bad, "", ""});
    ASSERT_FALSE(work) << bad;
    EXPECT_EQ(work.error().code, Code::kInvalidArgument);
    EXPECT_EQ(work.error().fields.at(0).field, "weeks");
  }
  auto page = stip_->ReadMyWork(lead_, {"", "0", "0"});
  ASSERT_FALSE(page);
  EXPECT_EQ(page.error().fields.size(), 2u);
}

TEST_F(MyWorkTest, TheTeamLeadSeesCountsPerProfessionalOfTheirTeam) {
  const Principal admin = stip_->CliPrincipal();
  EXPECT_EQ(stip_->SetTeamLead(lead_, local_, colleague_.user.id, "x").error().code,
            Code::kPermissionDenied);
  auto other = stip_->SetTeamLead(admin, local_, duo_.user.id, "Teamleider.");
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().fields.at(0).field, "user_id") << "the duo is of another team";
  EXPECT_EQ(stip_->SetTeamLead(admin, local_, colleague_.user.id, "").error().fields.at(0).field,
            "reason");
  ASSERT_TRUE(stip_->SetTeamLead(admin, local_, colleague_.user.id, "Teamleider sinds december."));
  AskCorrection();

  auto team = stip_->ReadTeamWork(colleague_, {});
  ASSERT_TRUE(team) << team.error().message;
  ASSERT_EQ(team->teams.size(), 1u);
  ASSERT_EQ(team->teams[0].professionals.size(), 2u);  // the lead and the team lead
  const auto& lead = team->teams[0].professionals[0];  // "Naam collega" < "Naam lead"
  EXPECT_EQ(team->teams[0].professionals[1].user.id, lead_.user.id);
  // One file, one request: small cells (1 to 9 families) are not shown to a team lead.
  EXPECT_EQ(team->teams[0].professionals[1].counts.files, kFewerThanTen);
  EXPECT_EQ(team->teams[0].professionals[1].counts.leads, kFewerThanTen);
  EXPECT_EQ(team->teams[0].professionals[1].counts.correction_requests, kFewerThanTen);
  EXPECT_EQ(team->teams[0].professionals[1].counts.objections, 0);
  EXPECT_EQ(lead.counts.files, 0);
  EXPECT_TRUE(stip_->ReadTeamWork(lead_, {})->teams.empty()) << "the lead leads no team";
  EXPECT_TRUE(stip_->ReadMyWork(colleague_, {})->team_lead);
  // No team lead any more.
  ASSERT_TRUE(stip_->SetTeamLead(admin, local_, "", "Vertrokken."));
  EXPECT_TRUE(stip_->ReadTeamWork(colleague_, {})->teams.empty());
}

TEST_F(MyWorkTest, TheDigestMailsCountsAndLinksOnItsSchedule) {
  AskCorrection();
  auto run = stip_->SendDigests();
  ASSERT_TRUE(run) << run.error().message;
  const auto mails = mail_.To("lead@gemeente.example");
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_NE(mails[0].body.find("https://stip.gemeente.example/mijn-werk"), std::string::npos);
  EXPECT_NE(mails[0].body.find("vragen om verbetering: 1"), std::string::npos) << mails[0].body;
  for (const char* secret : {"Testers", "Pim", "Cas", "twee keer", "drie keer"}) {
    EXPECT_EQ(mails[0].body.find(secret), std::string::npos) << "no family content: " << secret;
    EXPECT_EQ(mails[0].subject.find(secret), std::string::npos) << secret;
  }
  // Once per slot: again the same day sends nothing.
  ASSERT_TRUE(stip_->SendDigests());
  EXPECT_EQ(mail_.To("lead@gemeente.example").size(), 1u);
  // Weekly: the next one on Monday 07:00 (the 30th), then not again that week.
  ASSERT_TRUE(stip_->SetDigestFrequency(lead_, "weekly"));
  EXPECT_EQ(*stip_->DigestFrequencyOf(lead_), domain::DigestFrequency::kWeekly);
  clock_.Set(*domain::ParseTimestamp("2026-11-30T05:30:00.000Z"));  // 06:30 in Amsterdam
  ASSERT_TRUE(stip_->SendDigests());
  EXPECT_EQ(mail_.To("lead@gemeente.example").size(), 1u) << "before 07:00";
  clock_.Set(*domain::ParseTimestamp("2026-11-30T06:05:00.000Z"));
  ASSERT_TRUE(stip_->SendDigests());
  EXPECT_EQ(mail_.To("lead@gemeente.example").size(), 2u);
  clock_.Advance(2 * kDay);
  ASSERT_TRUE(stip_->SendDigests());
  EXPECT_EQ(mail_.To("lead@gemeente.example").size(), 2u) << "weekly";
  ASSERT_TRUE(stip_->SetDigestFrequency(lead_, "off"));
  clock_.Advance(7 * kDay);
  ASSERT_TRUE(stip_->SendDigests());
  EXPECT_EQ(mail_.To("lead@gemeente.example").size(), 2u) << "off";
  auto bad = stip_->SetDigestFrequency(lead_, "hourly");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.at(0).field, "frequency");
}

TEST_F(MyWorkTest, AMemberWhoAskedGetsALinkWhenSomethingNewIsWrittenThatTheyCanRead) {
  const Principal pim = Account("Pim Tester", "pim@example.org");
  EXPECT_FALSE(*stip_->EntryMailOn(pim, family_));
  ASSERT_TRUE(stip_->SetEntryMail(pim, family_, true));
  EXPECT_TRUE(*stip_->EntryMailOn(pim, family_));
  EXPECT_EQ(stip_->SetEntryMail(lead_, family_, true).error().code, Code::kPermissionDenied);
  const std::size_t before = mail_.To("pim@example.org").size();  // the invitation

  ASSERT_TRUE(stip_->AddEntry(lead_, family_, {"agreement", "gesprek", "Afspraak over school."}));
  EXPECT_EQ(*stip_->SendEntryMails(), 0);
  EXPECT_EQ(mail_.To("pim@example.org").size(), before) << "not at once: it waits 15 minutes";
  clock_.Advance(14 * kMinute);
  EXPECT_EQ(*stip_->SendEntryMails(), 0);
  clock_.Advance(kMinute);
  EXPECT_EQ(*stip_->SendEntryMails(), 1);
  auto mails = mail_.To("pim@example.org");
  ASSERT_EQ(mails.size(), before + 1);
  EXPECT_NE(mails.back().body.find("https://stip.gemeente.example/ons-gezin"), std::string::npos);
  EXPECT_EQ(mails.back().body.find("Afspraak"), std::string::npos) << "a link, no content";
  EXPECT_EQ(*stip_->SendEntryMails(), 0) << "once";

  // Not about what Pim cannot read: an entry only about Quinta.
  NewEntry quinta{"fact", "gesprek", "Quinta werkt weer."};
  quinta.concerns = {member_["Quinta Tester"]};
  ASSERT_TRUE(stip_->AddEntry(lead_, family_, quinta));
  clock_.Advance(kDay);
  EXPECT_EQ(*stip_->SendEntryMails(), 0);
  EXPECT_EQ(mail_.To("pim@example.org").size(), before + 1);
  // Off again: no more mails, also not for an entry written while it was on.
  ASSERT_TRUE(stip_->AddEntry(lead_, family_, {"fact", "school", "Cas had een goede week."}));
  ASSERT_TRUE(stip_->SetEntryMail(pim, family_, false));
  ASSERT_TRUE(stip_->AddEntry(lead_, family_, {"fact", "school", "Cas was op tijd."}));
  clock_.Advance(kDay);
  EXPECT_EQ(*stip_->SendEntryMails(), 0);
  EXPECT_EQ(mail_.To("pim@example.org").size(), before + 1);
}

TEST_F(MyWorkTest, NoMailAboutAnEntryThatIsWithheldFromTheMemberBeforeTheMailIsDue) {
  const Principal pim = Account("Pim Tester", "pim@example.org");
  ASSERT_TRUE(stip_->SetEntryMail(pim, family_, true));
  const std::size_t before = mail_.To("pim@example.org").size();
  auto entry = stip_->AddEntry(lead_, family_, {"observation", "huisbezoek", "Zorgen over Cas."});
  ASSERT_TRUE(entry) << entry.error().message;
  clock_.Advance(5 * kMinute);
  // Minutes later the lead withholds it from Pim: Pim must not hear that something was written.
  ASSERT_TRUE(stip_->Withhold(
      lead_, family_, *entry,
      {member_["Pim Tester"], "serious_harm_to_child", "Dit zou Cas nu schaden.", "2026-12-20"}));
  clock_.Advance(kDay);
  EXPECT_EQ(*stip_->SendEntryMails(), 0);
  EXPECT_EQ(mail_.To("pim@example.org").size(), before);
  // Quinta, who still reads it, does get her mail.
  const Principal quinta = Account("Quinta Tester", "quinta@example.org");
  ASSERT_TRUE(stip_->SetEntryMail(quinta, family_, true));
  const std::size_t quinta_before = mail_.To("quinta@example.org").size();
  ASSERT_TRUE(stip_->AddEntry(lead_, family_, {"fact", "school", "Cas deed mee met gym."}));
  clock_.Advance(15 * kMinute);
  EXPECT_EQ(*stip_->SendEntryMails(), 2);
  EXPECT_EQ(mail_.To("quinta@example.org").size(), quinta_before + 1);
  EXPECT_EQ(mail_.To("pim@example.org").size(), before + 1) << "Pim reads this one";
}

TEST_F(MyWorkTest, TheMailIsOfferedToWhoReadsEntriesAndCorrectionsAndLiftsAreNewForThem) {
  const Principal pim = Account("Pim Tester", "pim@example.org");
  const Principal quinta = Account("Quinta Tester", "quinta@example.org");
  // Without custody Quinta reads the summary only: a mail about new entries would promise her
  // something she cannot read.
  ASSERT_TRUE(stip_->ChangeCustody(lead_, family_,
                                   {member_["Quinta Tester"], member_["Cas Tester"], false,
                                    "2026-11-20", "Uitspraak van de rechter."}));
  EXPECT_FALSE(*stip_->EntryMailOffered(quinta, family_));
  EXPECT_TRUE(*stip_->EntryMailOffered(pim, family_));
  auto refused = stip_->SetEntryMail(quinta, family_, true);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, Code::kPermissionDenied);
  EXPECT_TRUE(stip_->SetEntryMail(quinta, family_, false)) << "off is always possible";

  // A withholding lifted: the entry is new for Pim, from whom it was withheld.
  ASSERT_TRUE(stip_->SetEntryMail(pim, family_, true));
  const std::string w = WithholdFromPim("2026-12-20");
  const std::size_t before = mail_.To("pim@example.org").size();
  ASSERT_TRUE(stip_->LiftWithholding(lead_, family_, w, "Het schaadt Cas niet meer."));
  clock_.Advance(15 * kMinute);
  EXPECT_EQ(*stip_->SendEntryMails(), 1);
  EXPECT_EQ(mail_.To("pim@example.org").size(), before + 1);

  // A correction placed is new as well.
  const std::string request = AskCorrection();
  ASSERT_TRUE(stip_->AnswerCorrection(
      lead_, family_, request, {true, "U had gelijk.", "", "", "Cas was twee keer te laat."}));
  clock_.Advance(15 * kMinute);
  EXPECT_EQ(*stip_->SendEntryMails(), 1);
  EXPECT_EQ(mail_.To("pim@example.org").size(), before + 2);
}

// DESIGN.md §4 by subtraction too: 15 files of which 12 led would tell a team lead that the
// professional is duo or second opinion in 3 families, a small cell.
TEST(SmallCellsTest, FilesMinusLeadsIsNeverASmallCell) {
  MyWorkCounts c;
  c.files = 15;
  c.leads = 12;
  auto shown = SuppressSmallCells(c);
  EXPECT_EQ(shown.files, 15);
  EXPECT_EQ(shown.leads, kNotShown);
  c.leads = 15;  // leads them all: nothing to give away
  EXPECT_EQ(SuppressSmallCells(c).leads, 15);
  c.files = 25;  // 10 not led: a cell of 10 may be shown
  EXPECT_EQ(SuppressSmallCells(c).leads, 15);
  c.files = 12;
  c.leads = 3;  // fewer than 10 already; 9 not led is no longer a count anyone can subtract
  shown = SuppressSmallCells(c);
  EXPECT_EQ(shown.files, 12);
  EXPECT_EQ(shown.leads, kFewerThanTen);
}

}  // namespace
}  // namespace stip::app
