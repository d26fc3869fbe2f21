// Contract (issue 10 item 4): uses of emergency access fold into their projection on every
// engine: opened with a reason and an end, ended early by the professional who opened it, judged
// once by someone else; listed per file, per professional and while they wait; bad events are
// refused and leave no trace.
#include <gtest/gtest.h>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

constexpr domain::Millis kOpened = 5000;
constexpr char kUntil[] = "1970-01-02T00:00:05.000Z";  // 24 hours after kOpened

class EmergencyStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    SeedFamily("fam_b", "Gezin B");
  }
  static ledger::Event Opened(const std::string& family, const std::string& id,
                              const std::string& until = kUntil,
                              const std::string& reason = "Politie belde.") {
    return Ev(family, types::kEmergencyAccessOpened,
              {{"id", id}, {"team_id", kTeam}, {"reason", reason}, {"until", until}}, kOpened,
              kOther);
  }
};
STIP_STORE_CONTRACT(EmergencyStoreTest);

TEST_P(EmergencyStoreTest, UsesFoldEndAndAreJudgedOnce) {
  AppendOk("fam_a", {Opened("fam_a", "nood_1")});
  auto uses = store().ListEmergencyAccess("fam_a");
  ASSERT_TRUE(uses);
  ASSERT_EQ(uses->size(), 1u);
  const domain::EmergencyAccess& u = (*uses)[0];
  EXPECT_EQ(u.id, "nood_1");
  EXPECT_EQ(u.family_id, "fam_a");
  EXPECT_EQ(u.user_id, kOther);
  EXPECT_EQ(u.team_id, kTeam);
  EXPECT_EQ(u.reason, "Politie belde.");
  EXPECT_EQ(u.opened_at, kOpened);
  EXPECT_EQ(u.until, kOpened + 24LL * 3600 * 1000);
  EXPECT_FALSE(u.ended_at);
  EXPECT_FALSE(u.outcome);
  EXPECT_TRUE(store().ListEmergencyAccess("fam_b")->empty());
  EXPECT_EQ(store().ListEmergencyAccessBy(kOther)->size(), 1u);
  EXPECT_TRUE(store().ListEmergencyAccessBy(kLead)->empty());
  EXPECT_EQ(store().ListUnreviewedEmergencyAccess()->size(), 1u);
  EXPECT_EQ((*store().FindEmergencyAccess("nood_1"))->family_id, "fam_a");
  EXPECT_FALSE(*store().FindEmergencyAccess("nood_x"));

  AppendOk("fam_a", {Ev("fam_a", types::kEmergencyAccessEnded, {{"id", "nood_1"}}, 6000, kOther)});
  EXPECT_EQ(*(*store().FindEmergencyAccess("nood_1"))->ended_at, 6000);

  AppendOk("fam_a", {Ev("fam_a", types::kEmergencyAccessReviewed,
                        {{"id", "nood_1"}, {"outcome", "not_justified"}, {"words", "Kon wachten."}},
                        7000, kLead)});
  const auto judged = *store().FindEmergencyAccess("nood_1");
  EXPECT_EQ(judged->outcome, domain::EmergencyOutcome::kNotJustified);
  EXPECT_EQ(judged->review_words, "Kon wachten.");
  EXPECT_EQ(judged->reviewed_by, kLead);
  EXPECT_EQ(judged->reviewed_at, 7000);
  EXPECT_TRUE(store().ListUnreviewedEmergencyAccess()->empty());
}

TEST_P(EmergencyStoreTest, BadEmergencyEventsAreRefusedAndLeaveNoTrace) {
  AppendOk("fam_a", {Opened("fam_a", "nood_1")});
  const std::int64_t head = store().Head("fam_a")->seq;
  struct Bad {
    const char* what;
    ledger::Event event;
    Code code;
  };
  const Bad bad[] = {
      {"the same id again", Opened("fam_a", "nood_1"), Code::kAlreadyExists},
      {"an end that is no instant", Opened("fam_a", "nood_2", "morgen"), Code::kInvalidArgument},
      {"an end before the opening", Opened("fam_a", "nood_2", "1970-01-01T00:00:01.000Z"),
       Code::kInvalidArgument},
      {"no reason", Opened("fam_a", "nood_2", kUntil, " "), Code::kInvalidArgument},
      {"ended by someone else",
       Ev("fam_a", types::kEmergencyAccessEnded, {{"id", "nood_1"}}, 6000, kLead),
       Code::kFailedPrecondition},
      {"ended in another file",
       Ev("fam_b", types::kEmergencyAccessEnded, {{"id", "nood_1"}}, 6000, kOther),
       Code::kFailedPrecondition},
      {"judged by the one who used it",
       Ev("fam_a", types::kEmergencyAccessReviewed,
          {{"id", "nood_1"}, {"outcome", "justified"}, {"words", "Ja."}}, 7000, kOther),
       Code::kFailedPrecondition},
      {"an outcome that is none",
       Ev("fam_a", types::kEmergencyAccessReviewed,
          {{"id", "nood_1"}, {"outcome", "misschien"}, {"words", "Ja."}}, 7000, kLead),
       Code::kInvalidArgument},
  };
  for (const auto& b : bad) {
    const std::string& chain = b.event.chain;
    auto r = Append(chain, store().Head(chain)->seq, {b.event});
    ASSERT_FALSE(r) << b.what;
    EXPECT_EQ(r.error().code, b.code) << b.what << ": " << r.error().message;
  }
  EXPECT_EQ(store().Head("fam_a")->seq, head);
  const auto use = *store().FindEmergencyAccess("nood_1");
  EXPECT_FALSE(use->ended_at);
  EXPECT_FALSE(use->outcome);
  EXPECT_EQ(store().ListEmergencyAccess("fam_a")->size(), 1u);

  // Judged once; an ended use cannot end again.
  AppendOk("fam_a", {Ev("fam_a", types::kEmergencyAccessReviewed,
                        {{"id", "nood_1"}, {"outcome", "justified"}, {"words", "Ja."}}, 7000)});
  auto again = Append("fam_a", store().Head("fam_a")->seq,
                      {Ev("fam_a", types::kEmergencyAccessReviewed,
                          {{"id", "nood_1"}, {"outcome", "justified"}, {"words", "Nog eens."}})});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, Code::kFailedPrecondition);
  AppendOk("fam_a", {Ev("fam_a", types::kEmergencyAccessEnded, {{"id", "nood_1"}}, 8000, kOther)});
  auto twice =
      Append("fam_a", store().Head("fam_a")->seq,
             {Ev("fam_a", types::kEmergencyAccessEnded, {{"id", "nood_1"}}, 9000, kOther)});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, Code::kFailedPrecondition);
}

// Privacy review: what the team lead reads as "what was read" is every read by emergency access
// of that professional in that file during the use, however many other lines the log holds.
TEST_P(EmergencyStoreTest, TheReadsOfOneProfessionalInOneFileWithinAWindow) {
  CommitBatch batch;
  batch.access.push_back({"fam_a", 0, 4000, kOther, "emergency", "entries", "noodtoegang", true});
  batch.access.push_back({"fam_a", 0, 5000, kOther, "emergency", "family_overview", "nood", true});
  for (int i = 0; i < 1500; ++i) {  // the family's own busy log in between
    batch.access.push_back({"fam_a", 0, 5001 + i, kLead, "lead", "entries", "werk", false});
  }
  batch.access.push_back({"fam_a", 0, 7000, kOther, "lead", "entries", "werk", false});
  batch.access.push_back({"fam_b", 0, 7000, kOther, "emergency", "entries", "nood", true});
  batch.access.push_back({"fam_a", 0, 8000, kOther, "emergency", "access_log", "nood", true});
  batch.access.push_back({"fam_a", 0, 8001, kOther, "emergency", "entries", "nood", true});
  ASSERT_TRUE(store().Commit(batch));

  auto lines = store().ListAccessLogOf("fam_a", kOther, 5000, 8000, true, 10);
  ASSERT_TRUE(lines) << lines.error().message;
  ASSERT_EQ(lines->size(), 2u) << "within the window, flagged, this file and reader only";
  EXPECT_EQ((*lines)[0].what, "family_overview");
  EXPECT_EQ((*lines)[0].time, 5000);
  EXPECT_TRUE((*lines)[0].emergency);
  EXPECT_EQ((*lines)[1].what, "access_log");
  EXPECT_EQ((*lines)[1].time, 8000);
  EXPECT_EQ(store().ListAccessLogOf("fam_a", kOther, 5000, 8000, false, 10)->size(), 3u)
      << "every line of that reader";
  EXPECT_EQ(store().ListAccessLogOf("fam_a", kOther, 5000, 8000, true, 1)->size(), 1u);
  EXPECT_EQ(store().ListAccessLogOf("fam_a", kLead, 0, 100000, false, 2000)->size(), 1500u);
}

}  // namespace
}  // namespace stip::store::testing
