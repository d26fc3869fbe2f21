// Both engines side by side: the same use cases with the same fixed clock and ids must leave
// byte-identical ledgers (every event hash, every global link, every access-log hash), so a
// ledger can move between SQLite and PostgreSQL and still verify against the same anchor.
#include <stdlib.h>

#include <gtest/gtest.h>

#include "app/demo.h"
#include "app/stip.h"
#include "ledger/event_types.h"
#include "store/postgres_support.h"
#include "store/store_support.h"
#include "support/fakes.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;

ledger::Event Ev(const std::string& chain, std::string_view type, boost::json::object payload,
                 domain::Millis time) {
  ledger::Event e;
  e.chain = chain;
  e.type = std::string(type);
  e.actor = "usr_x";
  e.time = time;
  e.payload = std::move(payload);
  return e;
}

// Every item of every chain as one line: what must be identical across engines.
std::vector<std::string> Scenario(const Engine& engine) {
  std::string pattern = (std::filesystem::temp_directory_path() / "stip-cross-XXXXXX").string();
  EXPECT_NE(mkdtemp(pattern.data()), nullptr);
  const std::filesystem::path dir = pattern;
  std::vector<std::string> lines;
  {
    auto opened = engine.open(dir, {});
    EXPECT_TRUE(opened) << engine.name << ": " << opened.error().message;
    if (!opened) return {};
    Store& store = **opened;
    ::stip::testing::FakeClock clock(1764429629123);
    ::stip::testing::SequentialIds ids;
    {
      app::Options demo;
      demo.demo = true;  // issue 14: the demo's password "demo" in demo mode only
      app::Stip stip(store, clock, ids, demo);
      auto seed = app::SeedDemo(stip, store, clock);
      EXPECT_TRUE(seed) << engine.name << ": " << seed.error().message;
      if (!seed) return {};
      auto lead = store.FindUserByUsername(seed->accounts.at(0).username);
      EXPECT_TRUE(lead && *lead);
      const app::Principal who{**lead, app::Principal::Via::kSession, "csrf", std::nullopt};
      clock.Advance(60000);
      auto entry =
          stip.AddEntry(who, seed->family_id,
                        {"observation", "huisbezoek", "Zo\xC3\xAB zegt: \"blij\" \xE2\x9C\x93"});
      EXPECT_TRUE(entry) << engine.name << ": " << entry.error().message;
      clock.Advance(1000);
      auto overview = stip.OpenFamily(who, seed->family_id, {}, "overdracht");
      EXPECT_TRUE(overview) << engine.name << ": " << overview.error().message;
    }
    // A nested, unicode, escaped payload straight through Commit, next to a new family.
    CommitBatch batch;
    batch.appends.push_back(
        {"fam_x",
         0,
         {Ev("fam_x", types::kFamilyCreated, {{"name", "G\xC3\xA9zin \\ \"X\"\t/"}}, 7),
          Ev("fam_x", types::kMemberAdded,
             {{"id", "m1"},
              {"name", "\xE5\xAE\x89"},
              {"role", "child"},
              {"birth_date", "2015-02-28"},
              {"nested", {{"z", 1}, {"a", nullptr}, {"b", {1, -2, "\x01"}}}}},
             8)}});
    batch.access.push_back({"fam_x", 0, 9, "usr_x", "lead", "family_overview", "p", true});
    auto committed = store.Commit(batch);
    EXPECT_TRUE(committed && committed->appends[0] && committed->access[0]) << engine.name;

    auto chains = store.ListChains();
    EXPECT_TRUE(chains);
    for (const auto& chain : chains.value_or(std::vector<std::string>{})) {
      EXPECT_TRUE(store.ReadChain(chain, [&](const ledger::Event& e) {
        lines.push_back(chain + " " + std::to_string(e.seq) + " " + e.prev_hash + " " + e.hash);
        return true;
      }));
      EXPECT_TRUE(store.ReadAccessChain(
          chain, [&](const domain::AccessRecord& r, const std::string& prev, const std::string& h) {
            lines.push_back("access:" + chain + " " + std::to_string(r.seq) + " " + prev + " " + h);
            return true;
          }));
    }
    EXPECT_TRUE(store.ReadGlobalChain([&](const GlobalLink& l) {
      lines.push_back("global " + std::to_string(l.seq) + " " + l.chain + " " +
                      std::to_string(l.chain_seq) + " " + l.prev_hash + " " + l.hash);
      return true;
    }));
  }
  if (engine.drop) engine.drop(dir);
  std::filesystem::remove_all(dir);
  return lines;
}

TEST(CrossEngineTest, TheSameUseCasesLeaveByteIdenticalLedgersOnEveryEngine) {
  const std::vector<Engine> engines = Engines();
  for (const Engine& engine : engines) {
    if (engine.skip && !engine.skip().empty()) GTEST_SKIP() << engine.skip();
  }
  const std::vector<std::string> reference = Scenario(engines.front());
  ASSERT_GT(reference.size(), 20u);
  for (std::size_t i = 1; i < engines.size(); ++i) {
    EXPECT_EQ(Scenario(engines[i]), reference)
        << engines[i].name << " differs from " << engines.front().name;
  }
}

}  // namespace
}  // namespace stip::store::testing
