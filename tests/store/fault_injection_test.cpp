// Contract: a write that fails anywhere leaves nothing behind but what was acknowledged. Each
// statement of a realistic batch (an append with several events to an existing family, a new
// family's chain, access-log lines) is failed in turn, and so is the commit; every time the
// database must equal a reference store that committed only the acknowledged items, verify,
// and take the next batch.
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
using core::FaultInjector;
using Fingerprints = std::vector<std::pair<std::string, std::string>>;

class FaultInjectionTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    std::filesystem::create_directories(reference_dir());
    auto opened = GetParam().open(reference_dir(), options_);
    ASSERT_TRUE(opened) << opened.error().message;
    reference_ = std::move(*opened);
    // The same history in both stores: sealing is deterministic, so their rows are identical.
    for (int i = 0; i < 2; ++i) {
      SeedSystem();
      SeedFamily("fam_a", "Gezin A");
      SeedFamily("fam_b", "Gezin B", kDuo);
      std::swap(store_, reference_);
    }
    core().SetFaultInjector(&faults_);
  }

  void TearDown() override {
    if (store_) core().SetFaultInjector(nullptr);
    reference_.reset();
    if (GetParam().drop && std::filesystem::exists(reference_dir())) {
      GetParam().drop(reference_dir());
    }
    StoreTest::TearDown();
  }

  std::filesystem::path reference_dir() const { return dir() / "reference"; }
  core::CoreStore& core() { return dynamic_cast<core::CoreStore&>(store()); }

  // The batches a fault is injected into: as group commit makes them under load, and as it
  // makes them when one request is alone (one item, which takes no savepoint).
  enum class Shape { kFull, kOneAppend, kAccessOnly };

  // kFull: two appends (three events incl. two entries to fam_a; a new family with an entry)
  // and four access-log lines on three families, one of them the new one.
  CommitBatch Batch(const std::string& tag, Shape shape = Shape::kFull) {
    const std::string fresh = "fam_new_" + tag;
    const auto entry = [&](const std::string& chain, const std::string& id) {
      return Ev(chain, types::kEntryAdded,
                {{"id", id}, {"kind", "fact"}, {"source", "gesprek"}, {"text", "Tekst " + id}},
                5000);
    };
    CommitBatch batch;
    auto head = store().Head("fam_a");
    EXPECT_TRUE(head) << head.error().message;
    batch.appends.push_back(
        {"fam_a",
         head ? head->seq : 0,
         {Ev("fam_a", types::kMemberAdded,
             {{"id", "m_" + tag}, {"name", "Sam"}, {"role", "child"}, {"birth_date", "2019-03-01"}},
             5000),
          entry("fam_a", "ent_" + tag + "_1"), entry("fam_a", "ent_" + tag + "_2")}});
    batch.appends.push_back({fresh,
                             0,
                             {Ev(fresh, types::kFamilyCreated, {{"name", "Gezin " + tag}}, 5000),
                              entry(fresh, "ent_" + tag + "_new")}});
    batch.access = {{"fam_a", 0, 5001, kLead, "lead", "entries", "hulpverlening", false},
                    {"fam_b", 0, 5001, kDuo, "lead", "family_overview", "hulpverlening", false},
                    {fresh, 0, 5002, kLead, "lead", "family_overview", "aanmelding", false},
                    {"fam_a", 0, 5003, kLead, "lead", "entries", "crisis", true}};
    if (shape == Shape::kOneAppend) {
      batch.appends.pop_back();
      batch.access.clear();
    } else if (shape == Shape::kAccessOnly) {
      batch.appends.clear();
      batch.access.erase(batch.access.begin() + 2);  // the new family is not there
    }
    return batch;
  }

  // Commits to the reference store exactly what `result` acknowledged of `batch`, and expects
  // the same heads and seqs.
  void Mirror(const CommitBatch& batch, const Result<CommitResult>& result) {
    CommitBatch acknowledged;
    std::vector<ChainHead> heads;
    std::vector<std::int64_t> seqs;
    if (result) {
      for (std::size_t i = 0; i < batch.appends.size(); ++i) {
        if (!result->appends[i]) continue;
        acknowledged.appends.push_back(batch.appends[i]);
        heads.push_back(*result->appends[i]);
      }
      for (std::size_t i = 0; i < batch.access.size(); ++i) {
        if (!result->access[i]) continue;
        acknowledged.access.push_back(batch.access[i]);
        seqs.push_back(*result->access[i]);
      }
    }
    if (acknowledged.appends.empty() && acknowledged.access.empty()) return;
    auto mirrored = reference_->Commit(acknowledged);
    ASSERT_TRUE(mirrored) << mirrored.error().message;
    for (std::size_t i = 0; i < heads.size(); ++i) {
      ASSERT_TRUE(mirrored->appends[i]) << mirrored->appends[i].error().message;
      EXPECT_EQ(mirrored->appends[i]->seq, heads[i].seq);
      EXPECT_EQ(mirrored->appends[i]->hash, heads[i].hash);
    }
    for (std::size_t i = 0; i < seqs.size(); ++i) {
      ASSERT_TRUE(mirrored->access[i]) << mirrored->access[i].error().message;
      EXPECT_EQ(*mirrored->access[i], seqs[i]);
    }
  }

  static bool AllAcknowledged(const Result<CommitResult>& result) {
    if (!result) return false;
    for (const auto& append : result->appends) {
      if (!append) return false;
    }
    for (const auto& line : result->access) {
      if (!line) return false;
    }
    return true;
  }

  static Fingerprints Of(Store& s) {
    auto fingerprints = dynamic_cast<core::CoreStore&>(s).Fingerprints();
    EXPECT_TRUE(fingerprints) << fingerprints.error().message;
    return fingerprints.value_or(Fingerprints{});
  }

  // `stip verify` over the store's read methods.
  static void ExpectVerifies(Store& s, const std::string& when) {
    ::stip::testing::FakeClock clock;
    ::stip::testing::SequentialIds ids;
    app::Stip stip(s, clock, ids);
    auto report = stip.Verify(std::nullopt);
    ASSERT_TRUE(report) << when << ": " << report.error().message;
    EXPECT_TRUE(report->ok()) << when << ": " << report->problems.front().kind << " in "
                              << report->problems.front().chain << ": "
                              << report->problems.front().message;
  }

  // Both stores take a batch without faults, in full: the store still works after a fault.
  void ExpectNextBatchCommits(const std::string& tag, Shape shape = Shape::kFull) {
    const CommitBatch batch = Batch(tag, shape);
    auto result = store().Commit(batch);
    ASSERT_TRUE(AllAcknowledged(result)) << tag << ": the batch after a fault was refused";
    Mirror(batch, result);
    EXPECT_EQ(Of(store()), Of(*reference_)) << tag;
  }

  FaultInjector faults_;
  std::unique_ptr<Store> reference_;
};
STIP_STORE_CONTRACT(FaultInjectionTest);

TEST_P(FaultInjectionTest, EveryFailedStatementLeavesOnlyWhatWasAcknowledged) {
  if (!ready()) return;
  ASSERT_EQ(Of(store()), Of(*reference_)) << "the two stores must start alike";
  for (const auto& [shape, name] :
       {std::pair{Shape::kFull, "full"}, std::pair{Shape::kOneAppend, "one_append"},
        std::pair{Shape::kAccessOnly, "access_only"}}) {
    // A clean batch first, to learn how many statements one takes.
    ExpectNextBatchCommits(std::string(name) + "_count", shape);
    const int statements = faults_.last_statements();
    ASSERT_GT(statements, 1) << name;
    RecordProperty(std::string("statements_") + name, statements);

    for (const auto timing : {FaultInjector::Timing::kBefore, FaultInjector::Timing::kAfter}) {
      const std::string when = timing == FaultInjector::Timing::kBefore ? "b" : "a";
      for (int n = 1; n <= statements; ++n) {
        const std::string tag = std::string(name) + "_" + when + std::to_string(n);
        SCOPED_TRACE(tag + ": statement " + std::to_string(n) +
                     (when == "b" ? " fails" : " runs, then fails"));
        const CommitBatch batch = Batch(tag, shape);
        faults_.FailStatement(n, timing);
        auto result = store().Commit(batch);
        ASSERT_TRUE(faults_.fired());
        EXPECT_FALSE(AllAcknowledged(result)) << "a failed statement went unnoticed";
        Mirror(batch, result);
        EXPECT_EQ(Of(store()), Of(*reference_))
            << "the failed write left more or less than what was acknowledged";
        ExpectVerifies(store(), tag);
        ExpectNextBatchCommits(tag + "_next");
      }
    }
  }
  ExpectVerifies(store(), "at the end");
}

TEST_P(FaultInjectionTest, AFailedCommitIsNeverAcknowledgedAndLeavesNothing) {
  if (!ready()) return;
  const Fingerprints before = Of(store());
  faults_.FailCommit();
  auto result = store().Commit(Batch("c"));
  ASSERT_TRUE(faults_.fired());
  ASSERT_TRUE(result) << result.error().message;
  for (const auto& append : result->appends) {
    ASSERT_FALSE(append);
    EXPECT_EQ(append.error().code, domain::Code::kUnavailable);
  }
  for (const auto& line : result->access) EXPECT_FALSE(line);
  EXPECT_EQ(Of(store()), before);
  EXPECT_EQ(store().Head("fam_new_c")->seq, 0);
  ExpectVerifies(store(), "after the failed commit");
  ExpectNextBatchCommits("c_next");
  ExpectVerifies(store(), "after the next batch");
}

TEST_P(FaultInjectionTest, AFailedRebuildOrImportLeavesNothing) {
  if (!ready()) return;
  AddEntry("fam_a", "ent_r", 6000);
  const Fingerprints before = Of(store());
  // A rebuild fails at its last statement, after every projection was emptied and re-folded.
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  const int statements = faults_.last_statements();
  faults_.FailStatement(statements, FaultInjector::Timing::kAfter);
  ASSERT_FALSE(store().Rebuild());
  EXPECT_EQ(Of(store()), before);
  faults_.FailCommit();
  ASSERT_FALSE(store().Rebuild());
  EXPECT_EQ(Of(store()), before);
  rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);

  // The reference store lacks the last append: importing it fails at the commit, and after its
  // third statement (which wrote the events and the head, on either engine) ran, then succeeds.
  std::vector<ledger::Event> events;
  ASSERT_TRUE(store().ReadChain("fam_a", [&](const ledger::Event& e) {
    events.push_back(e);
    return true;
  }));
  std::vector<GlobalLink> links;
  ASSERT_TRUE(store().ReadGlobalChain([&](const GlobalLink& l) {
    links.push_back(l);
    return true;
  }));
  const std::vector<ledger::Event> tail(events.end() - 1, events.end());
  const std::vector<GlobalLink> link(links.end() - 1, links.end());
  const Fingerprints reference_before = Of(*reference_);
  auto& reference = dynamic_cast<core::CoreStore&>(*reference_);
  reference.SetFaultInjector(&faults_);
  faults_.FailCommit();
  EXPECT_FALSE(reference_->ImportEvents("fam_a", tail));
  faults_.FailStatement(3, FaultInjector::Timing::kAfter);
  EXPECT_FALSE(reference_->ImportEvents("fam_a", tail));
  EXPECT_TRUE(faults_.fired());
  faults_.FailCommit();
  EXPECT_FALSE(reference_->ImportGlobal(link));
  reference.SetFaultInjector(nullptr);
  EXPECT_EQ(Of(*reference_), reference_before);
  ASSERT_TRUE(reference_->ImportEvents("fam_a", tail));
  ASSERT_TRUE(reference_->ImportGlobal(link));
  EXPECT_EQ(Of(*reference_), Of(store()));
}

}  // namespace
}  // namespace stip::store::testing
