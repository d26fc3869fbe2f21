// Family accounts (issue 3): invitation, one-time codes (expiry, single use, wrong tries, rate
// limit, no enumeration), family sessions, consent and the access engine behind every read.
#include <filesystem>
#include <mutex>
#include <regex>

#include <gtest/gtest.h>

#include "app/family_auth.h"
#include "app/outbox.h"
#include "app/stip.h"
#include "domain/local_time.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

using domain::Code;

class MemoryOutbox final : public Outbox {
 public:
  domain::Status Send(const Mail& mail) override {
    std::lock_guard lock(mu_);
    mails.push_back(mail);
    return {};
  }
  // The code in the newest mail to `to` ("" when none).
  std::string LastCode(const std::string& to) {
    std::lock_guard lock(mu_);
    for (auto it = mails.rbegin(); it != mails.rend(); ++it) {
      std::smatch m;
      if (it->to == to && std::regex_search(it->body, m, std::regex("\\b([0-9]{8})\\b"))) {
        return m[1];
      }
    }
    return "";
  }
  std::vector<Mail> mails;

 private:
  std::mutex mu_;
};

class FamilyAccountsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-fam-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_);
    stip_->SetOutbox(outbox_);
    const Principal admin = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(admin, "Gemeente Testdorp");
    auto local = stip_->CreateTeam(admin, {"", *org, "Wijkteam", domain::TeamKind::kLocal, "", ""});
    auto safety = stip_->CreateTeam(
        admin, {"", *org, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
    lead_ = Pro("lead", *local);
    duo_ = Pro("duo", *safety);
    other_ = Pro("other", *local);
    NewFamily f;
    f.name = "Gezin Testers";
    f.members = {{"m", "Mia Tester", "parent", "1985-02-03"},
                 {"v", "Vik Tester", "parent", "1983-02-03"},
                 {"y", "Yara Tester", "child", "2009-01-10"},  // 17 on the fake clock
                 {"t", "Tim Tester", "child", "2013-05-10"},   // 13
                 {"k", "Kim Tester", "child", "2019-05-10"}};  // 7
    f.custody = {{"m", "y", true},  {"m", "t", true},  {"m", "k", true},
                 {"v", "y", false}, {"v", "t", false}, {"v", "k", false}};
    f.lead_user_id = lead_.user.id;
    f.duo_user_id = duo_.user.id;
    auto id = stip_->CreateFamily(lead_, f);
    ASSERT_TRUE(id) << id.error().message;
    family_ = *id;
    auto family = store_->FindFamily(family_);
    for (const auto& m : (*family)->members) member_[m.name.substr(0, 3)] = m.id;
  }

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Principal Pro(const std::string& username, const std::string& team) {
    auto id = stip_->CreateUser(stip_->CliPrincipal(), {username, "Naam " + username, team,
                                                        "paarse-olifant-fietst", false, "", ""});
    EXPECT_TRUE(id) << id.error().message;
    return Principal{**store_->FindUser(*id), Principal::Via::kSession, "csrf", std::nullopt};
  }

  // Invites the member and logs in with the invitation code; returns the session principal.
  Principal Member(const std::string& short_name, const std::string& contact) {
    auto account = stip_->InviteMember(lead_, family_, {member_.at(short_name), contact});
    EXPECT_TRUE(account) << account.error().message;
    auto login = stip_->CompleteFamilyLogin(contact, outbox_.LastCode(contact));
    EXPECT_TRUE(login) << login.error().message;
    auto who = stip_->SessionPrincipal(login->session_token);
    EXPECT_TRUE(who) << who.error().message;
    return *who;
  }

  // What the access engine decides with the consents on record in the store.
  bool MiaSeesYara() {
    auto family = store_->FindFamily(family_);
    auto consents = store_->ListConsents(family_);
    domain::AccessQuery q;
    q.viewer = domain::MemberViewer{member_["Mia"]};
    q.now = clock_.Now();
    q.today = domain::AmsterdamDate(q.now);
    for (auto& c : *consents) q.consents.push_back(c.consent);
    return domain::DecideChildView(**family, q, member_["Yar"]).allowed;
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  MemoryOutbox outbox_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
  Principal lead_, duo_, other_;
  std::string family_;
  std::map<std::string, std::string> member_;
};

TEST_F(FamilyAccountsTest, InvitedParentLogsInWithTheCodeAndIsActivated) {
  auto account = stip_->InviteMember(lead_, family_, {member_["Mia"], " Mia@Example.ORG "});
  ASSERT_TRUE(account) << account.error().message;
  ASSERT_EQ(outbox_.mails.size(), 1u);
  EXPECT_EQ(outbox_.mails[0].to, "mia@example.org");
  const std::string code = outbox_.LastCode("mia@example.org");
  ASSERT_EQ(code.size(), 8u);
  // Only a hash of the code is stored.
  auto stored = store_->LiveLoginCodes(*account, clock_.Now());
  ASSERT_TRUE(stored && stored->size() == 1u);
  EXPECT_EQ((*stored)[0].code_sha256.find(code), std::string::npos);

  auto login = stip_->CompleteFamilyLogin("mia@example.org", code);
  ASSERT_TRUE(login) << login.error().message;
  auto who = stip_->SessionPrincipal(login->session_token);
  ASSERT_TRUE(who && who->IsFamily());
  EXPECT_EQ(who->user.id, *account);
  EXPECT_EQ(who->user.display_name, "Mia Tester");
  EXPECT_EQ(who->account->member_id, member_["Mia"]);
  EXPECT_TRUE((*store_->FindAccount(*account))->activated_at);
}

TEST_F(FamilyAccountsTest, OnlyTheLeadInvitesAndOnlyValidInvitations) {
  EXPECT_EQ(stip_->InviteMember(duo_, family_, {member_["Mia"], "m@example.org"}).error().code,
            Code::kPermissionDenied);
  EXPECT_EQ(stip_->InviteMember(other_, family_, {member_["Mia"], "m@example.org"}).error().code,
            Code::kNotFound);
  auto bad = stip_->InviteMember(lead_, family_, {"mem_none", "geen-adres"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, Code::kInvalidArgument);
  EXPECT_EQ(bad.error().fields.size(), 2u);
  EXPECT_EQ(stip_->InviteMember(lead_, family_, {member_["Kim"], "k@example.org"}).error().code,
            Code::kInvalidArgument);  // under 12: no own account
  ASSERT_TRUE(stip_->InviteMember(lead_, family_, {member_["Mia"], "m@example.org"}));
  EXPECT_EQ(stip_->InviteMember(lead_, family_, {member_["Vik"], "m@example.org"}).error().code,
            Code::kAlreadyExists);
  EXPECT_EQ(outbox_.mails.size(), 1u);
}

// Issue 10: one address, several families. Vik is a parent here and in his new household; the
// other lead's invitation is answered as for any address (never "known elsewhere"), one code
// login reaches either family, and he changes between them; nobody else can change to them.
TEST_F(FamilyAccountsTest, OneAddressHasAnAccountInEachOfItsFamiliesAndChangesBetweenThem) {
  const Principal vik = Member("Vik", "vik@example.org");
  ASSERT_TRUE(vik.account);
  auto none = stip_->OtherFamiliesOf(vik);
  ASSERT_TRUE(none) << none.error().message;
  EXPECT_TRUE(none->empty());

  NewFamily f;
  f.name = "Gezin Nieuw";
  f.members = {{"v", "Vik Tester", "parent", "1983-02-03"},
               {"n", "Noor Nieuw", "child", "2010-04-04"}};
  f.custody = {{"v", "n", true}};
  f.lead_user_id = other_.user.id;
  auto second = stip_->CreateFamily(other_, f);
  ASSERT_TRUE(second) << second.error().message;
  auto family = store_->FindFamily(*second);
  const std::string vik_there = (*family)->members.at(0).id;
  auto invited = stip_->InviteMember(other_, *second, {vik_there, " VIK@example.org "});
  ASSERT_TRUE(invited) << "an address known elsewhere is invited like any other";
  EXPECT_TRUE(stip_->OtherFamiliesOf(vik)->empty())
      << "a new family is reached through its invitation's code first";
  // The invitation's code logs in to the new family.
  auto there = stip_->CompleteFamilyLogin("vik@example.org", outbox_.LastCode("vik@example.org"));
  ASSERT_TRUE(there) << there.error().message;
  auto vik2 = stip_->SessionPrincipal(there->session_token);
  ASSERT_TRUE(vik2);
  EXPECT_EQ(vik2->account->family_id, *second);

  // Each session names the other family, and changes to it.
  auto others = stip_->OtherFamiliesOf(*vik2);
  ASSERT_TRUE(others);
  ASSERT_EQ(others->size(), 1u);
  EXPECT_EQ((*others)[0].family_name, "Gezin Testers");
  EXPECT_EQ((*others)[0].account_id, vik.account->id);
  clock_.Advance(60'000);
  auto back = stip_->SwitchFamily(*vik2, vik.account->id, there->session_token);
  ASSERT_TRUE(back) << back.error().message;
  auto home = stip_->SessionPrincipal(back->session_token);
  ASSERT_TRUE(home);
  EXPECT_EQ(home->account->family_id, family_);
  // The session changed hands: the old one ended, and the new one ends when it would have.
  EXPECT_FALSE(stip_->SessionPrincipal(there->session_token));
  EXPECT_EQ(back->expires_at, there->expires_at);
  EXPECT_EQ(stip_->SwitchFamily(*home, *invited, there->session_token).error().code,
            Code::kUnauthenticated)
      << "only with the session one is in";
  EXPECT_TRUE(stip_->OpenFamilyHome(*home, family_, "ons_gezin"));
  EXPECT_EQ(stip_->OpenFamilyHome(*home, *second, "ons_gezin").error().code, Code::kNotFound)
      << "a session reads only its own family";

  // Nobody else changes to Vik's accounts: not Mia, not a professional.
  const Principal mia = Member("Mia", "mia@example.org");
  EXPECT_EQ(stip_->SwitchFamily(mia, *invited, "").error().code, Code::kNotFound);
  EXPECT_EQ(stip_->SwitchFamily(mia, "acc_none", "").error().code, Code::kNotFound);
  EXPECT_EQ(stip_->OtherFamiliesOf(lead_).error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->SwitchFamily(lead_, *invited, "").error().code, Code::kPermissionDenied);

  // Within one family an address is one member's: a second member with it is refused.
  auto twice = stip_->InviteMember(lead_, family_, {member_["Yar"], "mia@example.org"});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, Code::kAlreadyExists);
  EXPECT_EQ(twice.error().fields.at(0).field, "contact");

  // Revoking the account in the new family leaves only the first one.
  ASSERT_TRUE(stip_->RevokeAccount(other_, *second, *invited, "Verkeerd adres."));
  EXPECT_TRUE(stip_->OtherFamiliesOf(*home)->empty());
  EXPECT_EQ(stip_->SwitchFamily(*home, *invited, back->session_token).error().code,
            Code::kNotFound);
}

TEST_F(FamilyAccountsTest, CodesExpireAndAreSingleUse) {
  ASSERT_TRUE(stip_->InviteMember(lead_, family_, {member_["Mia"], "m@example.org"}));
  const std::string first = outbox_.LastCode("m@example.org");
  clock_.Advance(15 * 60 * 1000);
  EXPECT_EQ(stip_->CompleteFamilyLogin("m@example.org", first).error().code,
            Code::kUnauthenticated);  // expired

  ASSERT_TRUE(stip_->BeginFamilyLogin("m@example.org"));
  stip_->DrainBackground();
  const std::string second = outbox_.LastCode("m@example.org");
  ASSERT_TRUE(stip_->CompleteFamilyLogin("m@example.org", second));
  EXPECT_EQ(stip_->CompleteFamilyLogin("m@example.org", second).error().code,
            Code::kUnauthenticated);  // used
}

TEST_F(FamilyAccountsTest, SomeoneElseAskingOrGuessingDoesNotStopTheMembersCode) {
  ASSERT_TRUE(stip_->InviteMember(lead_, family_, {member_["Mia"], "m@example.org"}));
  const std::string mine = outbox_.LastCode("m@example.org");
  // A stranger who knows the address asks for more codes and guesses, from another connection.
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(stip_->BeginFamilyLogin("m@example.org", "203.0.113.9"));
  stip_->DrainBackground();
  EXPECT_EQ(outbox_.mails.size(), 3u)
      << "the stranger's codes go to the member, and no more than three live codes at once";
  const std::string wrong = mine == "00000000" ? "11111111" : "00000000";
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(stip_->CompleteFamilyLogin("m@example.org", wrong, "203.0.113.9").error().code,
              Code::kUnauthenticated);
  }
  auto held = stip_->CompleteFamilyLogin("m@example.org", mine, "203.0.113.9");
  ASSERT_FALSE(held);
  EXPECT_EQ(held.error().code, Code::kResourceExhausted)
      << "after five wrong codes that connection waits, even with a right code";
  // The member's first code still works from her own connection: newer codes did not replace it
  // and the wrong guesses were not hers.
  ASSERT_TRUE(stip_->CompleteFamilyLogin("m@example.org", mine, "198.51.100.7"));
  clock_.Advance(15LL * 60 * 1000);
  EXPECT_EQ(stip_->CompleteFamilyLogin("m@example.org", wrong, "203.0.113.9").error().code,
            Code::kUnauthenticated)
      << "the wait ends: the stranger may try (and fail) again";
}

TEST_F(FamilyAccountsTest, CodeRequestsAreLimitedHonestlyAndUnknownAddressesLookTheSame) {
  ASSERT_TRUE(stip_->InviteMember(lead_, family_, {member_["Mia"], "m@example.org"}));
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(stip_->BeginFamilyLogin("m@example.org", "c1"));
  auto limited = stip_->BeginFamilyLogin("m@example.org", "c1");
  ASSERT_FALSE(limited);
  EXPECT_EQ(limited.error().code, Code::kResourceExhausted);
  // An unknown address meets the very same limit and message: nothing tells them apart.
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(stip_->BeginFamilyLogin("niemand@example.org", "c1"));
  auto unknown_limited = stip_->BeginFamilyLogin("niemand@example.org", "c1");
  ASSERT_FALSE(unknown_limited);
  EXPECT_EQ(unknown_limited.error().message, limited.error().message);
  stip_->DrainBackground();
  // Invitation + 2: no new code while three are live; nothing for the unknown address.
  EXPECT_EQ(outbox_.mails.size(), 3u);
  // Another connection is not refused (a stranger's requests never lock the member out), and
  // once the codes have expired a request makes a new one again.
  EXPECT_TRUE(stip_->BeginFamilyLogin("m@example.org", "c2"));
  stip_->DrainBackground();
  EXPECT_EQ(outbox_.mails.size(), 3u);
  clock_.Advance(3600 * 1000 + 1);
  EXPECT_TRUE(stip_->BeginFamilyLogin("m@example.org", "c1"));
  stip_->DrainBackground();
  EXPECT_EQ(outbox_.mails.size(), 4u);

  auto unknown = stip_->CompleteFamilyLogin("niemand@example.org", "12345678");
  auto wrong = stip_->CompleteFamilyLogin("m@example.org", "12345678");
  EXPECT_EQ(unknown.error().message, wrong.error().message);
}

TEST_F(FamilyAccountsTest, AskingForACodeLooksNothingUpBeforeAnswering) {
  ASSERT_TRUE(stip_->InviteMember(lead_, family_, {member_["Mia"], "m@example.org"}));
  stip_->DrainBackground();
  const std::size_t before = outbox_.mails.size();
  // The answer for a known and an unknown address is the same value, and what the request
  // itself did (count the limits) does not depend on the address either; the look-up and the
  // mail are background work, done after the answer.
  const auto known = stip_->BeginFamilyLogin("m@example.org", "c1");
  const auto unknown = stip_->BeginFamilyLogin("niemand@example.org", "c1");
  EXPECT_TRUE(known.has_value());
  EXPECT_TRUE(unknown.has_value());
  stip_->DrainBackground();
  EXPECT_EQ(outbox_.mails.size(), before + 1);
}

TEST_F(FamilyAccountsTest, PasswordBackOffHoldsPerClientSoAStrangerCannotLockALeadOut) {
  const std::string user = lead_.user.username;
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(stip_->Login(user, "wrong-password", "203.0.113.9").error().code,
              Code::kUnauthenticated);
  }
  EXPECT_EQ(stip_->Login(user, "wrong-password", "203.0.113.9").error().code,
            Code::kResourceExhausted);
  EXPECT_EQ(stip_->Login(user, "wrong-password", "198.51.100.7").error().code,
            Code::kUnauthenticated)
      << "the lead's own connection has its own count";
}

TEST_F(FamilyAccountsTest, GuessingFromManyClientsIsSlowedButTheOwnerWaitsAMinuteAtMost) {
  const std::string user = lead_.user.username;
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(stip_->Login(user, "wrong-password", "203.0.113." + std::to_string(i)).error().code,
              Code::kUnauthenticated);
  }
  auto slowed = stip_->Login(user, "wrong-password", "198.51.100.7");
  ASSERT_FALSE(slowed);
  EXPECT_EQ(slowed.error().code, Code::kResourceExhausted)
      << "twenty failures from everywhere slow every client down";
  for (int i = 0; i < 30; ++i) {
    clock_.Advance(61 * 1000);
    (void)stip_->Login(user, "wrong-password", "203.0.114." + std::to_string(i));
  }
  clock_.Advance(61 * 1000);
  EXPECT_EQ(stip_->Login(user, "wrong-password", "198.51.100.7").error().code,
            Code::kUnauthenticated)
      << "however long the guessing went on, a minute later the owner may try again";

  ASSERT_TRUE(stip_->InviteMember(lead_, family_, {member_["Mia"], "m@example.org"}));
  const std::string code = outbox_.LastCode("m@example.org");
  const std::string wrong = code == "00000000" ? "11111111" : "00000000";
  for (int i = 0; i < 20; ++i) {
    (void)stip_->CompleteFamilyLogin("m@example.org", wrong, "192.0.2." + std::to_string(i));
  }
  EXPECT_EQ(stip_->CompleteFamilyLogin("m@example.org", code, "198.51.100.7").error().code,
            Code::kResourceExhausted);
  clock_.Advance(61 * 1000);
  EXPECT_TRUE(stip_->CompleteFamilyLogin("m@example.org", code, "198.51.100.7"))
      << "the member's code still works after the short wait";
}

TEST_F(FamilyAccountsTest, EveryReadGoesThroughTheAccessEngine) {
  ASSERT_TRUE(stip_->AddEntry(lead_, family_, {"fact", "school", "Tim komt op tijd."}));
  const Principal mia = Member("Mia", "m@example.org");
  const Principal vik = Member("Vik", "v@example.org");
  const Principal tim = Member("Tim", "t@example.org");

  auto home = stip_->OpenFamilyHome(mia, family_, "ons_gezin");
  ASSERT_TRUE(home) << home.error().message;
  EXPECT_FALSE(home->summary_only);
  EXPECT_EQ(home->entries.size(), 1u);
  EXPECT_EQ(home->lead.user.id, lead_.user.id);

  auto summary = stip_->OpenFamilyHome(vik, family_, "ons_gezin");
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_TRUE(summary->summary_only);
  EXPECT_TRUE(summary->entries.empty());
  EXPECT_EQ(stip_->OpenFamily(vik, family_, {}, "").error().code, Code::kPermissionDenied);

  auto child = stip_->OpenFamilyHome(tim, family_, "ons_gezin");
  ASSERT_TRUE(child);
  EXPECT_TRUE(child->child_view);
  EXPECT_EQ(child->entries.size(), 1u);

  // A family member writes no entries and cannot reach another family.
  EXPECT_EQ(stip_->AddEntry(mia, family_, {"fact", "x", "y"}).error().code,
            Code::kPermissionDenied);
  EXPECT_EQ(stip_->OpenFamilyHome(mia, "fam_other", "ons_gezin").error().code, Code::kNotFound);

  // The family's access log shows the reads of family members, by name and role.
  auto log = stip_->ReadAccessLogPeriod(mia, family_, {}, {0, 50});
  ASSERT_TRUE(log) << log.error().message;
  ASSERT_FALSE(log->lines.empty());
  bool saw_tim = false;
  for (const auto& line : log->lines) {
    saw_tim = saw_tim || (line.user_name == "Tim Tester" && line.record.role == "child");
  }
  EXPECT_TRUE(saw_tim);
}

TEST_F(FamilyAccountsTest, TheSecondVisitShowsWhatIsNew) {
  const Principal mia = Member("Mia", "m@example.org");
  ASSERT_TRUE(stip_->OpenFamilyHome(mia, family_, "ons_gezin"));
  clock_.Advance(1000);
  ASSERT_TRUE(stip_->AddEntry(lead_, family_, {"fact", "school", "Nieuw."}));
  auto home = stip_->OpenFamilyHome(mia, family_, "ons_gezin");
  ASSERT_TRUE(home);
  ASSERT_TRUE(home->previous_visit);
  ASSERT_EQ(home->entries.size(), 1u);
  EXPECT_TRUE(home->entries[0].is_new);
}

TEST_F(FamilyAccountsTest, ConsentOfTheYoungPersonLetsTheParentSeeTheirOwnInformation) {
  const Principal mia = Member("Mia", "m@example.org");
  const Principal yara = Member("Yar", "y@example.org");
  const Principal tim = Member("Tim", "t@example.org");
  EXPECT_EQ(stip_->GiveConsent(tim, family_, {member_["Mia"], ""}).error().code,
            Code::kPermissionDenied);  // under 16
  EXPECT_EQ(stip_->GiveConsent(mia, family_, {member_["Mia"], ""}).error().code,
            Code::kPermissionDenied);
  EXPECT_EQ(stip_->GiveConsent(yara, family_, {member_["Tim"], ""}).error().code,
            Code::kInvalidArgument);  // consent is for a parent or carer
  EXPECT_EQ(MiaSeesYara(), false);
  auto consent = stip_->GiveConsent(yara, family_, {member_["Mia"], ""});
  ASSERT_TRUE(consent) << consent.error().message;
  EXPECT_EQ(MiaSeesYara(), true);
  ASSERT_TRUE(stip_->EndConsent(yara, family_, *consent));
  EXPECT_EQ(MiaSeesYara(), false);
  EXPECT_EQ(stip_->EndConsent(yara, family_, *consent).error().code, Code::kNotFound);
}

}  // namespace
}  // namespace stip::app

namespace stip::app {
namespace {

TEST_F(FamilyAccountsTest, TheLeadEndsAnAccountAndItStopsWorkingAtOnce) {
  auto account = stip_->InviteMember(lead_, family_, {member_["Mia"], "mia@example.org"});
  ASSERT_TRUE(account) << account.error().message;
  auto login = stip_->CompleteFamilyLogin("mia@example.org", outbox_.LastCode("mia@example.org"));
  ASSERT_TRUE(login) << login.error().message;
  auto mia = stip_->SessionPrincipal(login->session_token);
  ASSERT_TRUE(mia) << mia.error().message;
  const std::int64_t head = (*store_->FindFamily(family_))->head_seq;

  // Only the lead: not the duo, not the member, not someone outside the file.
  EXPECT_EQ(stip_->RevokeAccount(duo_, family_, *account, "Verhuisd").error().code,
            Code::kPermissionDenied);
  EXPECT_EQ(stip_->RevokeAccount(*mia, family_, *account, "Verhuisd").error().code,
            Code::kPermissionDenied);
  EXPECT_EQ(stip_->RevokeAccount(other_, family_, *account, "Verhuisd").error().code,
            Code::kNotFound);
  auto no_reason = stip_->RevokeAccount(lead_, family_, *account, "  ");
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().code, Code::kInvalidArgument);
  ASSERT_EQ(no_reason.error().fields.size(), 1u);
  EXPECT_EQ(no_reason.error().fields[0].field, "reason");
  EXPECT_EQ(stip_->RevokeAccount(lead_, family_, "acc_nobody", "Verhuisd").error().code,
            Code::kNotFound);
  EXPECT_EQ((*store_->FindFamily(family_))->head_seq, head) << "refusals change nothing";
  ASSERT_TRUE(stip_->SessionPrincipal(login->session_token));

  ASSERT_TRUE(stip_->RevokeAccount(lead_, family_, *account, " Verhuisd naar Spanje "));
  std::string type;
  std::string reason;
  ASSERT_TRUE(store_->ReadChain(family_, [&](const ledger::Event& e) {
    if (e.seq == head + 1) {
      type = e.type;
      reason = std::string(e.payload.at("reason").as_string());
    }
    return true;
  }));
  EXPECT_EQ(type, "account.revoked");
  EXPECT_EQ(reason, "Verhuisd naar Spanje");

  // Its session stops at once; no new code is sent and no code logs in.
  auto gone = stip_->SessionPrincipal(login->session_token);
  ASSERT_FALSE(gone);
  EXPECT_EQ(gone.error().code, Code::kUnauthenticated);
  const std::size_t mails = outbox_.mails.size();
  EXPECT_TRUE(stip_->BeginFamilyLogin("mia@example.org"));
  EXPECT_EQ(outbox_.mails.size(), mails);
  auto relogin = stip_->CompleteFamilyLogin("mia@example.org", outbox_.LastCode("mia@example.org"));
  ASSERT_FALSE(relogin);
  EXPECT_EQ(relogin.error().code, Code::kUnauthenticated);
  EXPECT_EQ(stip_->RevokeAccount(lead_, family_, *account, "Nog eens").error().code,
            Code::kFailedPrecondition);
  // The member can be invited again, also at the same address.
  EXPECT_TRUE(stip_->InviteMember(lead_, family_, {member_["Mia"], "mia@example.org"}));
}

TEST_F(FamilyAccountsTest, TheSessionKnowsWhetherTheMemberMayReadTheAccessLog) {
  EXPECT_TRUE(Member("Mia", "mia@example.org").may_view_access_log);   // custody
  EXPECT_FALSE(Member("Vik", "vik@example.org").may_view_access_log);  // summary only
  EXPECT_TRUE(Member("Tim", "tim@example.org").may_view_access_log);   // 13: own access
  EXPECT_FALSE(lead_.may_view_access_log);  // professionals: the family's menu is not theirs
}

}  // namespace
}  // namespace stip::app
