// Issue 3's use cases with a fake clock: withholding (review date, renewal, objections answered
// by a second professional), reactions and corrections, and the entry views built from them.
#include <filesystem>

#include <gtest/gtest.h>

#include "app/stip.h"
#include "store/open.h"
#include "support/fakes.h"

namespace stip::app {
namespace {

using domain::Code;
constexpr domain::Millis kDay = 86'400'000;

class ReactionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-reactions-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<Stip>(*store_, clock_, ids_);
    const Principal admin = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(admin, "Gemeente Testdorp");
    ASSERT_TRUE(org);
    const auto local =
        *stip_->CreateTeam(admin, {"", *org, "Wijkteam Noord", domain::TeamKind::kLocal, "", ""});
    const auto safety = *stip_->CreateTeam(
        admin, {"", *org, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
    lead_ = User("lead", local);
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
    ASSERT_TRUE(family && *family);
    pim_ = Member(**family, "Pim Tester");
    quinta_ = Member(**family, "Quinta Tester");
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
    auto id = stip_->CreateUser(stip_->CliPrincipal(), {username, "Naam " + username, team,
                                                        "paarse-olifant-fietst", false, "", ""});
    EXPECT_TRUE(id) << id.error().message;
    auto user = store_->FindUser(*id);
    return Principal{**user, Principal::Via::kSession, "csrf", std::nullopt};
  }

  static Principal Member(const domain::Family& family, const std::string& name) {
    Principal p;
    for (const auto& m : family.members) {
      if (m.name != name) continue;
      p.user.id = "acc_" + m.id;
      p.user.display_name = m.name;
      domain::Account account;
      account.id = p.user.id;
      account.family_id = family.id;
      account.member_id = m.id;
      p.account = account;
    }
    return p;
  }

  // The entry views of the first page as `who` sees them.
  std::vector<EntryView> Views(const Principal& who) {
    auto overview = stip_->OpenFamily(who, family_, {0, 50}, "");
    EXPECT_TRUE(overview) << overview.error().message;
    return overview ? overview->entry_views : std::vector<EntryView>{};
  }

  std::string Withhold(const std::string& review_date) {
    auto id = stip_->Withhold(lead_, family_, entry_,
                              {pim_.account->member_id,
                               "protects_third_person",
                               "Er staat in wie de zorg meldde.",
                               review_date,
                               {},
                               false,
                               "Alleen Pim kent de melder niet."});
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : std::string();
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;  // 2026-11-29
  testing::SequentialIds ids_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Stip> stip_;
  Principal lead_, duo_, pim_, quinta_;
  std::string family_, entry_;
};

TEST_F(ReactionsTest, AWithheldEntryIsAPlaceholderForThatMemberOnly) {
  const std::string w = Withhold("2026-12-15");
  auto pim = Views(pim_);
  ASSERT_EQ(pim.size(), 1u);
  EXPECT_EQ(pim[0].decision.visibility, domain::Visibility::kWithheld);
  EXPECT_TRUE(pim[0].entry.text.empty()) << "the placeholder must not carry the text";
  ASSERT_EQ(pim[0].withholdings.size(), 1u);
  EXPECT_EQ(pim[0].withholdings[0].decided_by_name, "Naam lead");
  EXPECT_TRUE(pim[0].decision.may_object);
  EXPECT_FALSE(pim[0].decision.may_react);

  auto quinta = Views(quinta_);
  ASSERT_EQ(quinta.size(), 1u);
  EXPECT_EQ(quinta[0].decision.visibility, domain::Visibility::kVisible);
  EXPECT_EQ(quinta[0].entry.text, "Cas was drie keer te laat.");

  auto lead = Views(lead_);
  ASSERT_EQ(lead.size(), 1u);
  EXPECT_EQ(lead[0].decision.visibility, domain::Visibility::kVisible);
  ASSERT_EQ(lead[0].withholdings.size(), 1u);
  EXPECT_EQ(lead[0].withholdings[0].member_name, "Pim Tester");
  EXPECT_TRUE(lead[0].withholdings[0].in_force);
  EXPECT_EQ(lead[0].withholdings[0].withholding.id, w);
}

TEST_F(ReactionsTest, AWithholdingLapsesOnItsReviewDateUnlessRenewed) {
  const std::string w = Withhold("2026-12-01");
  clock_.Advance(2 * kDay);  // 2026-12-01: the review date itself
  EXPECT_EQ(Views(pim_)[0].decision.visibility, domain::Visibility::kVisible);
  auto lead = Views(lead_);
  ASSERT_EQ(lead[0].withholdings.size(), 1u);
  EXPECT_FALSE(lead[0].withholdings[0].in_force) << "shown to professionals as lapsed";
  // A lapsed withholding is not renewed; a new decision is needed.
  EXPECT_EQ(stip_->RenewWithholding(lead_, family_, w, "2027-01-10", "nog nodig").error().code,
            Code::kFailedPrecondition);
}

TEST_F(ReactionsTest, RenewalMovesTheReviewDate) {
  const std::string w = Withhold("2026-12-01");
  clock_.Advance(1 * kDay);  // 2026-11-30
  ASSERT_TRUE(stip_->RenewWithholding(lead_, family_, w, "2027-01-10", "Het onderzoek loopt."));
  clock_.Advance(5 * kDay);
  EXPECT_EQ(Views(pim_)[0].decision.visibility, domain::Visibility::kWithheld);
  auto past = stip_->RenewWithholding(lead_, family_, w, "2026-11-01", "x");
  ASSERT_FALSE(past);
  EXPECT_EQ(past.error().code, Code::kInvalidArgument);
}

TEST_F(ReactionsTest, BadWithholdingsAreRefusedAndNothingIsRecorded) {
  const auto head = store_->Head(family_)->seq;
  auto unknown = stip_->Withhold(lead_, family_, entry_,
                                 {pim_.account->member_id, "omdat het kan", "reden", "2027-01-01"});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, Code::kInvalidArgument);
  EXPECT_EQ(unknown.error().fields.at(0).field, "ground");
  auto past =
      stip_->Withhold(lead_, family_, entry_,
                      {pim_.account->member_id, "protects_third_person", "reden", "2026-11-01"});
  ASSERT_FALSE(past);
  EXPECT_EQ(past.error().fields.at(0).field, "review_date");
  auto by_parent =
      stip_->Withhold(pim_, family_, entry_,
                      {quinta_.account->member_id, "protects_third_person", "reden", "2027-01-01"});
  ASSERT_FALSE(by_parent);
  EXPECT_EQ(by_parent.error().code, Code::kPermissionDenied);
  EXPECT_EQ(store_->Head(family_)->seq, head);
}

TEST_F(ReactionsTest, AnObjectionIsAnsweredByASecondProfessionalAndUpheldLiftsIt) {
  const std::string w = Withhold("2027-01-01");
  // Only the person it is withheld from objects.
  EXPECT_EQ(stip_->ObjectToWithholding(quinta_, family_, w, "Ik wil het zien").error().code,
            Code::kNotFound);
  auto objection = stip_->ObjectToWithholding(pim_, family_, w, "Ik wil weten wat er staat.");
  ASSERT_TRUE(objection) << objection.error().message;
  // The lead decided the withholding, so the lead may not answer.
  auto by_lead = stip_->AnswerObjection(lead_, family_, *objection, true, "Akkoord");
  ASSERT_FALSE(by_lead);
  EXPECT_EQ(by_lead.error().code, Code::kPermissionDenied);
  ASSERT_TRUE(stip_->AnswerObjection(duo_, family_, *objection, true, "U heeft gelijk."));
  auto pim = Views(pim_);
  EXPECT_EQ(pim[0].decision.visibility, domain::Visibility::kVisible);
  auto lead = Views(lead_);
  ASSERT_EQ(lead[0].withholdings.size(), 1u);
  EXPECT_TRUE(lead[0].withholdings[0].withholding.lifted);
  ASSERT_EQ(lead[0].withholdings[0].objections.size(), 1u);
  EXPECT_EQ(lead[0].withholdings[0].objections[0].status, domain::RequestStatus::kAccepted);
  EXPECT_EQ(lead[0].withholdings[0].objections[0].answered_by, duo_.user.id);
}

TEST_F(ReactionsTest, ReactionsOnlyOnVisibleEntries) {
  Withhold("2027-01-01");
  auto withheld = stip_->React(pim_, family_, entry_, {"disagreement", "Dat klopt niet."});
  ASSERT_FALSE(withheld);
  EXPECT_EQ(withheld.error().code, Code::kPermissionDenied);
  EXPECT_EQ(stip_->React(quinta_, family_, "ent_nope", {"understood", ""}).error().code,
            Code::kNotFound);
  EXPECT_EQ(stip_->React(lead_, family_, entry_, {"understood", ""}).error().code,
            Code::kPermissionDenied);
  auto big = stip_->React(quinta_, family_, entry_, {"own_statement", std::string(6000, 'x')});
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().code, Code::kInvalidArgument);
  ASSERT_TRUE(stip_->React(quinta_, family_, entry_, {"understood", ""}));
  auto lead = Views(lead_);
  ASSERT_EQ(lead[0].reactions.size(), 1u);
  EXPECT_EQ(lead[0].reactions[0].member_name, "Quinta Tester");
  EXPECT_EQ(lead[0].reactions[0].reaction.kind, domain::ReactionKind::kUnderstood);
}

TEST_F(ReactionsTest, AnAcceptedCorrectionAddsACorrectingEntryAndKeepsTheOld) {
  auto request = stip_->React(quinta_, family_, entry_,
                              {"correction_request", "Het was twee keer, niet drie."});
  ASSERT_TRUE(request) << request.error().message;
  auto lead = stip_->OpenFamily(lead_, family_, {0, 50}, "");
  ASSERT_TRUE(lead);
  ASSERT_EQ(lead->open_corrections.size(), 1u);
  EXPECT_EQ(domain::FormatDate(lead->open_corrections[0].deadline), "2026-12-29");
  EXPECT_FALSE(lead->open_corrections[0].reaction.overdue);
  clock_.Advance(31 * kDay);
  lead = stip_->OpenFamily(lead_, family_, {0, 50}, "");
  EXPECT_TRUE(lead->open_corrections.at(0).reaction.overdue);

  CorrectionAnswer answer;
  answer.accepted = true;
  answer.answer = "U heeft gelijk; het is aangepast.";
  answer.text = "Cas was twee keer te laat.";
  auto corrected = stip_->AnswerCorrection(lead_, family_, *request, answer);
  ASSERT_TRUE(corrected) << corrected.error().message;
  EXPECT_EQ(stip_->AnswerCorrection(lead_, family_, *request, answer).error().code,
            Code::kFailedPrecondition);

  auto views = Views(quinta_);
  ASSERT_EQ(views.size(), 2u);
  EXPECT_EQ(views[0].entry.id, *corrected);
  EXPECT_EQ(views[0].entry.corrects, entry_);
  EXPECT_EQ(views[0].entry.source, "school");
  EXPECT_EQ(views[1].entry.id, entry_);
  EXPECT_EQ(views[1].entry.corrected_by, *corrected);
  ASSERT_EQ(views[1].reactions.size(), 1u);
  EXPECT_EQ(views[1].reactions[0].reaction.status, domain::RequestStatus::kAccepted);
  EXPECT_EQ(views[1].reactions[0].reaction.correction_entry_id, *corrected);
  EXPECT_TRUE(stip_->OpenFamily(lead_, family_, {0, 50}, "")->open_corrections.empty());
}

TEST_F(ReactionsTest, ACorrectionOfAWithheldEntryStaysWithheld) {
  auto request = stip_->React(quinta_, family_, entry_, {"correction_request", "Niet drie."});
  ASSERT_TRUE(request);
  Withhold("2027-01-01");  // from Pim
  CorrectionAnswer answer{true, "Aangepast.", "", "", "Cas was twee keer te laat."};
  auto corrected = stip_->AnswerCorrection(lead_, family_, *request, answer);
  ASSERT_TRUE(corrected) << corrected.error().message;
  for (const auto& view : Views(pim_)) {
    EXPECT_EQ(view.decision.visibility, domain::Visibility::kWithheld) << view.entry.id;
  }
}

// A correction of a correction still carries the withholding of the first version, and the
// professional renews or lifts it only where it was decided (not on every later version).
TEST_F(ReactionsTest, ACorrectionOfACorrectionOfAWithheldEntryStaysWithheld) {
  const std::string withholding = Withhold("2027-01-01");  // from Pim
  auto first = stip_->React(quinta_, family_, entry_, {"correction_request", "Niet drie."});
  ASSERT_TRUE(first) << first.error().message;
  auto second_version = stip_->AnswerCorrection(
      lead_, family_, *first, {true, "Aangepast.", "", "", "Cas was twee keer te laat."});
  ASSERT_TRUE(second_version) << second_version.error().message;
  auto again = stip_->React(quinta_, family_, *second_version, {"correction_request", "Eén keer."});
  ASSERT_TRUE(again) << again.error().message;
  auto third_version = stip_->AnswerCorrection(
      lead_, family_, *again, {true, "Weer aangepast.", "", "", "Cas was een keer te laat."});
  ASSERT_TRUE(third_version) << third_version.error().message;

  for (const auto& view : Views(pim_)) {
    EXPECT_EQ(view.decision.visibility, domain::Visibility::kWithheld) << view.entry.id;
    EXPECT_TRUE(view.entry.text.empty()) << view.entry.id;
  }
  EXPECT_EQ(stip_->React(pim_, family_, *third_version, {"understood", ""}).error().code,
            Code::kPermissionDenied);
  // Withholding the newest version from Pim again is refused: the first one still holds.
  EXPECT_EQ(stip_
                ->Withhold(lead_, family_, *third_version,
                           {pim_.account->member_id,
                            "protects_third_person",
                            "Nog steeds.",
                            "2027-02-01",
                            {},
                            false,
                            "Alleen Pim."})
                .error()
                .code,
            Code::kFailedPrecondition);
  int renewable = 0;
  for (const auto& view : Views(lead_)) {
    for (const auto& w : view.withholdings) {
      EXPECT_EQ(w.withholding.id, withholding);
      renewable += w.may_renew ? 1 : 0;
    }
  }
  EXPECT_EQ(renewable, 1) << "renew and lift are offered on the first version only";
}

TEST_F(ReactionsTest, ARejectedCorrectionKeepsTheEntry) {
  auto request = stip_->React(quinta_, family_, entry_, {"correction_request", "Niet drie."});
  ASSERT_TRUE(request);
  CorrectionAnswer answer{false, "De school telde drie keer.", "", "", ""};
  auto answered = stip_->AnswerCorrection(lead_, family_, *request, answer);
  ASSERT_TRUE(answered) << answered.error().message;
  EXPECT_EQ(*answered, "");
  auto views = Views(quinta_);
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(views[0].reactions.at(0).reaction.status, domain::RequestStatus::kRejected);
  EXPECT_EQ(views[0].reactions.at(0).reaction.answer, "De school telde drie keer.");
}

TEST_F(ReactionsTest, EntriesCanConcernSomeMembersOnly) {
  NewEntry entry{"observation", "eigen waarneming", "Alleen over Quinta.", {}, {}};
  entry.concerns = {quinta_.account->member_id};
  auto id = stip_->AddEntry(lead_, family_, entry);
  ASSERT_TRUE(id) << id.error().message;
  EXPECT_EQ(Views(pim_).size(), 1u) << "Pim does not see an entry that does not concern him";
  EXPECT_EQ(Views(quinta_).size(), 2u);
  NewEntry bad{"fact", "school", "x", {"mem_unknown"}, {}};
  auto refused = stip_->AddEntry(lead_, family_, bad);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.at(0).field, "concerns[0]");
}

TEST_F(ReactionsTest, OneMonthDeadlinesClampToTheEndOfTheMonth) {
  EXPECT_EQ(AddOneMonth({2027, 1, 31}), (domain::Date{2027, 2, 28}));
  EXPECT_EQ(AddOneMonth({2028, 1, 31}), (domain::Date{2028, 2, 29}));
  EXPECT_EQ(AddOneMonth({2026, 12, 15}), (domain::Date{2027, 1, 15}));
}

}  // namespace
}  // namespace stip::app
