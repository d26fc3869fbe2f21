// Property test of the fold: random sequences of valid events (every event type, many seeds),
// committed in group commits, leave projections that Rebuild reproduces exactly on each engine,
// and the same logical projections on SQLite and PostgreSQL.
#include <stdlib.h>

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "store/random_ledger_support.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

constexpr std::uint32_t kSeeds = 20;
constexpr std::int64_t kEventsPerSeed = 200;

// Commits the ledgers of every seed into `store`, one after the other (each seed's ids start
// with "s<seed>-", so that a failure or a difference names its seed). Returns the number of
// events, or 0 after a failure.
std::int64_t CommitSeeds(Store& store) {
  std::int64_t events = 0;
  std::int64_t system_head = 0;
  for (std::uint32_t seed = 1; seed <= kSeeds; ++seed) {
    RandomLedger ledger(seed, "s" + std::to_string(seed) + "-", system_head);
    while (ledger.events() < kEventsPerSeed) {
      const CommitBatch batch = ledger.Next();
      auto committed = store.Commit(batch);
      EXPECT_TRUE(committed) << "seed " << seed << ": " << committed.error().message;
      if (!committed) return 0;
      for (std::size_t i = 0; i < committed->appends.size(); ++i) {
        const auto& result = committed->appends[i];
        EXPECT_TRUE(result) << "seed " << seed << ", append to " << batch.appends[i].chain << ": "
                            << result.error().message;
        if (!result) return 0;
      }
    }
    events += ledger.events();
    system_head = ledger.system_head();
  }
  return events;
}

class RandomFoldTest : public StoreTest {};
STIP_STORE_CONTRACT(RandomFoldTest);

TEST_P(RandomFoldTest, RebuildReproducesTheProjectionsOfRandomValidLedgers) {
  if (!ready()) return;
  const std::int64_t events = CommitSeeds(store());
  ASSERT_GT(events, 0);
  auto before = DumpProjections(store());
  ASSERT_TRUE(before) << before.error().message;
  ASSERT_GT(before->size(), kSeeds * 50);

  auto report = store().Rebuild();
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_TRUE(report->identical) << "rebuild differs in " << report->diffs.at(0);
  EXPECT_EQ(report->events, events);
  auto after = DumpProjections(store());
  ASSERT_TRUE(after) << after.error().message;
  EXPECT_EQ(FirstDifference(*before, *after), "");
}

TEST(RandomFoldCrossEngineTest, EveryEngineFoldsTheSameLedgersIntoTheSameProjections) {
  const std::vector<Engine> engines = Engines();
  for (const Engine& engine : engines) {
    if (engine.skip && !engine.skip().empty()) GTEST_SKIP() << engine.skip();
  }
  std::string pattern = (std::filesystem::temp_directory_path() / "stip-fold-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  const std::filesystem::path root = pattern;
  std::vector<std::vector<std::string>> dumps;
  for (const Engine& engine : engines) {
    const std::filesystem::path dir = root / engine.name;
    std::filesystem::create_directories(dir);
    {
      auto opened = engine.open(dir, {});
      ASSERT_TRUE(opened) << engine.name << ": " << opened.error().message;
      EXPECT_GT(CommitSeeds(**opened), 0) << engine.name;
      auto dump = DumpProjections(**opened);
      EXPECT_TRUE(dump) << engine.name << ": " << dump.error().message;
      dumps.push_back(dump.value_or(std::vector<std::string>{}));
    }
    if (engine.drop) engine.drop(dir);
  }
  std::error_code ignored;
  std::filesystem::remove_all(root, ignored);
  ASSERT_FALSE(dumps.front().empty());
  for (std::size_t i = 1; i < engines.size(); ++i) {
    EXPECT_EQ(FirstDifference(dumps.front(), dumps[i]), "")
        << engines[i].name << " differs from " << engines.front().name;
  }
}

}  // namespace
}  // namespace stip::store::testing
