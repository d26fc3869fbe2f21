// Issue 14 item 3 part C: the family's destruction requests fold the same on both engines: a
// request, a second open one of the same member refused by the fold, the answer (reasons
// required unless granted, once), the rows rebuilt identically, and gone with the file.
#include <string>

#include <gtest/gtest.h>

#include "app/stip.h"
#include "ledger/event_types.h"
#include "store/core/core_store.h"
#include "store/core/fault_port.h"
#include "store/store_support.h"
#include "support/fakes.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;

constexpr char kFamily[] = "fam_vraag";

class DestructionRequestStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily(kFamily, "Gezin Vraag");
  }
  std::string Parent() const { return std::string(kFamily) + "_m1"; }
  ledger::Event Ask(const std::string& id, const std::string& scope, domain::Millis time) {
    return Ev(kFamily, types::kDestructionRequested,
              {{"id", id}, {"member_id", Parent()}, {"scope", scope}, {"reason", "Weg ermee."}},
              time, "acc_eva");
  }
};

TEST_P(DestructionRequestStoreTest, ARequestIsFoldedAnsweredOnceAndRebuiltTheSame) {
  if (!ready()) return;
  AppendOk(kFamily, {Ask("vnr_1", "file", 5000)});
  auto listed = store().ListDestructionRequests(kFamily);
  ASSERT_TRUE(listed.has_value()) << listed.error().message;
  ASSERT_EQ(listed->size(), 1u);
  const auto& r = listed->front();
  EXPECT_EQ(r.id, "vnr_1");
  EXPECT_EQ(r.member_id, Parent());
  EXPECT_EQ(r.account_id, "acc_eva");
  EXPECT_EQ(r.scope, domain::DestructionScope::kFile);
  EXPECT_EQ(r.reason, "Weg ermee.");
  EXPECT_EQ(r.requested_at, 5000);
  EXPECT_TRUE(r.open());

  // A second open request of the same member: the fold refuses it, nothing changes.
  const std::int64_t head = store().Head(kFamily)->seq;
  EXPECT_FALSE(Append(kFamily, head, {Ask("vnr_2", "own_data", 5100)}).has_value());
  // Refused without reasons: refused by the fold too.
  EXPECT_FALSE(Append(kFamily, head,
                      {Ev(kFamily, types::kDestructionAnswered,
                          {{"id", "vnr_1"}, {"answer", "refused"}}, 5200)})
                   .has_value());
  EXPECT_EQ(store().ListDestructionRequests(kFamily)->size(), 1u);

  AppendOk(kFamily,
           {Ev(kFamily, types::kDestructionAnswered,
               {{"id", "vnr_1"}, {"answer", "refused"}, {"reasons", "Maatregel loopt."}}, 5300)});
  auto answered = store().ListDestructionRequests(kFamily);
  ASSERT_TRUE(answered.has_value());
  ASSERT_TRUE(answered->front().answer.has_value());
  EXPECT_EQ(*answered->front().answer, domain::DestructionAnswer::kRefused);
  EXPECT_EQ(answered->front().answer_reasons, "Maatregel loopt.");
  EXPECT_EQ(answered->front().answered_by, kLead);
  EXPECT_EQ(answered->front().answered_at, 5300);
  // Answered once; then the member may ask again.
  const std::int64_t now = store().Head(kFamily)->seq;
  EXPECT_FALSE(Append(kFamily, now,
                      {Ev(kFamily, types::kDestructionAnswered,
                          {{"id", "vnr_1"}, {"answer", "granted"}}, 5400)})
                   .has_value());
  AppendOk(kFamily, {Ask("vnr_3", "own_data", 5500)});
  EXPECT_EQ(store().ListDestructionRequests(kFamily)->size(), 2u);

  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt.has_value()) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
  EXPECT_EQ(store().ListDestructionRequests(kFamily)->size(), 2u);
}

// Finding 3 of the privacy review: "granted" and the destruction are one append. When the commit
// fails, neither is there (the request is still open, the file still reads, the chain verifies);
// the next try records both: the answer, then file.destroyed naming the request.
TEST_P(DestructionRequestStoreTest, AGrantedAnswerAndTheDestructionAreRecordedTogetherOrNotAtAll) {
  if (!ready()) return;
  AppendOk(kFamily, {Ask("vnr_1", "file", 5000)});
  ::stip::testing::FakeClock clock;
  ::stip::testing::SequentialIds ids;
  app::Stip stip(store(), clock, ids);
  auto lead = store().FindUser(kLead);
  ASSERT_TRUE(lead && *lead);
  const app::Principal who{**lead, app::Principal::Via::kSession, "csrf", std::nullopt};
  const std::int64_t head = store().Head(kFamily)->seq;

  core::FaultInjector faults;
  auto& core = dynamic_cast<core::CoreStore&>(store());
  core.SetFaultInjector(&faults);
  faults.FailCommit();
  auto failed = stip.AnswerDestruction(who, kFamily, "vnr_1", {"granted", ""});
  core.SetFaultInjector(nullptr);
  ASSERT_FALSE(failed.has_value()) << "the injected commit fault must reach the caller";
  EXPECT_TRUE(faults.fired());
  EXPECT_EQ(store().Head(kFamily)->seq, head) << "nothing appended";
  auto still = store().ListDestructionRequests(kFamily);
  ASSERT_TRUE(still.has_value());
  ASSERT_EQ(still->size(), 1u);
  EXPECT_TRUE(still->front().open()) << "no granted answer without the destruction";
  auto family = store().FindFamily(kFamily);
  ASSERT_TRUE(family.has_value());
  EXPECT_TRUE(family->has_value()) << "the file is still there";
  auto verified = stip.Verify(kFamily);
  ASSERT_TRUE(verified.has_value());
  EXPECT_TRUE(verified->ok());

  auto done = stip.AnswerDestruction(who, kFamily, "vnr_1", {"granted", ""});
  ASSERT_TRUE(done.has_value()) << done.error().message;
  ASSERT_TRUE(done->destroyed.has_value());
  EXPECT_EQ(done->destroyed->seq, head + 1) << "granted is the destruction, one event";
  EXPECT_GT(done->destroyed->events, 0);
  auto gone = store().FindFamily(kFamily);
  ASSERT_TRUE(gone.has_value());
  EXPECT_FALSE(gone->has_value()) << "the file is destroyed";
  std::vector<std::string> types;
  ASSERT_TRUE(store().ReadChain(kFamily, [&](const ledger::Event& e) {
    if (e.seq > head) types.push_back(e.type);
    return true;
  }));
  // No answer event outlives the file (it would keep the reasons, and a rebuild would fold an
  // answer for a family whose creation is destroyed): file.destroyed names the request.
  EXPECT_EQ(types, (std::vector<std::string>{std::string(types::kFileDestroyed)}));
  auto after = stip.Verify(kFamily);
  ASSERT_TRUE(after.has_value());
  EXPECT_TRUE(after->ok());
  // The projections fold the chain again without stumbling over the destroyed file.
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt.has_value()) << rebuilt.error().message;
  auto still_gone = store().FindFamily(kFamily);
  ASSERT_TRUE(still_gone.has_value());
  EXPECT_FALSE(still_gone->has_value()) << "a rebuild keeps the file destroyed";
}

// Finding 6 of the privacy review: once help has ended no lead runs the file, and the request
// reaches the last lead's team lead on Mijn werk (not before), who may then answer it.
TEST_P(DestructionRequestStoreTest, AfterHelpEndedTheTeamLeadHasTheRequestOnTheirWorkList) {
  if (!ready()) return;
  const std::string sys(ledger::kSystemChain);
  AppendOk(sys, {Ev(sys, types::kTeamLeadSet,
                    {{"team_id", kTeam}, {"user_id", kOther}, {"reason", "Teamleider."}}, 300,
                    "system")});
  AppendOk(kFamily, {Ask("vnr_1", "file", 5000)});
  ::stip::testing::FakeClock clock;
  ::stip::testing::SequentialIds ids;
  app::Stip stip(store(), clock, ids);
  const auto principal = [&](const char* id) {
    auto user = store().FindUser(id);
    EXPECT_TRUE(user && *user);
    return app::Principal{**user, app::Principal::Via::kSession, "csrf", std::nullopt};
  };
  const app::Principal lead = principal(kLead);
  const app::Principal team_lead = principal(kOther);
  // The destruction items of `who`'s work list, as "<file>:<role>:<request>".
  const auto work_of = [&](const app::Principal& who) {
    std::vector<std::string> out;
    auto work = stip.ReadMyWork(who, {});
    EXPECT_TRUE(work.has_value()) << work.error().message;
    if (!work) return out;
    for (const auto& f : work->files) {
      for (const auto& item : f.items) {
        if (item.kind != domain::WorkKind::kDestructionRequest) continue;
        out.push_back(f.family.id + ":" + f.family.my_role + ":" + item.id);
        EXPECT_TRUE(item.overdue) << "asked in 1970: long past its three months";
      }
    }
    return out;
  };
  const std::string file(kFamily);
  EXPECT_EQ(work_of(lead), std::vector<std::string>{file + ":lead:vnr_1"});
  EXPECT_TRUE(work_of(team_lead).empty()) << "while help runs, the lead answers";

  // The lead stops while the duo partner still works in the file: help still runs, so the team
  // lead neither has the request nor may answer it.
  AppendOk(kFamily, {Ev(kFamily, types::kInvolvementStarted,
                        {{"user_id", kDuo}, {"role", "duo"}, {"reason", "Veiligheid."}}, 5500)});
  AppendOk(kFamily, {Ev(kFamily, types::kInvolvementEnded,
                        {{"user_id", kLead}, {"reason", "De hulp is klaar."}}, 6000)});
  EXPECT_TRUE(work_of(team_lead).empty()) << "the duo partner still works in the file";
  auto early = stip.AnswerDestruction(team_lead, kFamily, "vnr_1", {"refused", "Nog niet."});
  ASSERT_FALSE(early.has_value());
  EXPECT_EQ(early.error().code, domain::Code::kPermissionDenied);
  AppendOk(kFamily, {Ev(kFamily, types::kInvolvementEnded,
                        {{"user_id", kDuo}, {"reason", "Klaar."}}, 6500)});
  EXPECT_TRUE(work_of(lead).empty());
  EXPECT_EQ(work_of(team_lead), std::vector<std::string>{file + ":team_lead:vnr_1"});
  // A lead of another team would not see it: the duo is no team lead at all.
  EXPECT_TRUE(work_of(principal(kDuo)).empty());

  auto answered = stip.AnswerDestruction(team_lead, kFamily, "vnr_1",
                                         {"refused", "Er loopt een zaak bij de rechter."});
  ASSERT_TRUE(answered.has_value()) << answered.error().message;
  EXPECT_TRUE(work_of(team_lead).empty()) << "answered: off the list";
}

STIP_STORE_CONTRACT(DestructionRequestStoreTest);

}  // namespace
}  // namespace stip::store::testing
