// Contract: Commit appends sealed events atomically per item, detects lost races, and keeps
// the global chain; concurrent writers never lose an acknowledged append.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>

#include "ledger/chains.h"
#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class CommitTest : public StoreTest {
 protected:
  std::vector<ledger::Event> Read(const std::string& chain) {
    std::vector<ledger::Event> events;
    auto status = store().ReadChain(chain, [&](const ledger::Event& e) {
      events.push_back(e);
      return true;
    });
    EXPECT_TRUE(status) << status.error().message;
    return events;
  }
  std::vector<GlobalLink> Global() {
    std::vector<GlobalLink> links;
    auto status = store().ReadGlobalChain([&](const GlobalLink& link) {
      links.push_back(link);
      return true;
    });
    EXPECT_TRUE(status) << status.error().message;
    return links;
  }
};
STIP_STORE_CONTRACT(CommitTest);

TEST_P(CommitTest, AppendToNewChainStartsAtOne) {
  auto head = Append("fam_a", 0, {Ev("fam_a", types::kFamilyCreated, {{"name", "Gezin A"}})});
  ASSERT_TRUE(head) << head.error().message;
  EXPECT_EQ(head->chain, "fam_a");
  EXPECT_EQ(head->seq, 1);
  auto stored = store().Head("fam_a");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->seq, 1);
  EXPECT_EQ(stored->hash, head->hash);
  auto none = store().Head("fam_none");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->seq, 0);
}

TEST_P(CommitTest, StaleHeadIsConflictAndWritesNothingWhileOthersCommit) {
  AppendOk("fam_a", {Ev("fam_a", types::kFamilyCreated, {{"name", "Gezin A"}})});
  CommitBatch batch;
  batch.appends.push_back({"fam_a", 0, {Ev("fam_a", types::kFamilyCreated, {{"name", "Dubbel"}})}});
  batch.appends.push_back(
      {"fam_b", 0, {Ev("fam_b", types::kFamilyCreated, {{"name", "Gezin B"}})}});
  batch.access.push_back({"fam_b", 0, 5, kLead, "lead", "family_overview", "hulp", false});
  auto result = store().Commit(batch);
  ASSERT_TRUE(result) << result.error().message;
  ASSERT_EQ(result->appends.size(), 2u);
  ASSERT_FALSE(result->appends[0]);
  EXPECT_EQ(result->appends[0].error().code, Code::kConflict);
  ASSERT_TRUE(result->appends[1]) << result->appends[1].error().message;
  EXPECT_EQ(result->appends[1]->seq, 1);
  ASSERT_TRUE(result->access[0]) << result->access[0].error().message;
  EXPECT_EQ(*result->access[0], 1);

  EXPECT_EQ(Read("fam_a").size(), 1u);
  auto family = store().FindFamily("fam_a");
  ASSERT_TRUE(family && *family);
  EXPECT_EQ((*family)->name, "Gezin A");
  EXPECT_EQ(Global().size(), 2u);  // one link for fam_a's first append, one for fam_b
}

TEST_P(CommitTest, SealedHashesLinkAndMatchLedgerSeal) {
  std::vector<ledger::Event> sent = {
      Ev("fam_a", types::kFamilyCreated, {{"name", "Gezin A"}}, 10),
      Ev("fam_a", types::kMemberAdded,
         {{"id", "m1"}, {"name", "Eva"}, {"role", "parent"}, {"birth_date", "1988-04-02"}}, 11),
  };
  auto head = Append("fam_a", 0, sent);
  ASSERT_TRUE(head) << head.error().message;
  ledger::Event third = Ev("fam_a", types::kMemberAdded,
                           {{"id", "m2"},
                            {"name", "Noé ✓"},
                            {"role", "child"},
                            {"birth_date", "2015-02-28"},
                            {"nested", {{"z", 1}, {"a", nullptr}}}},
                           12);
  sent.push_back(third);
  ASSERT_TRUE(Append("fam_a", 2, {third}));

  auto stored = Read("fam_a");
  ASSERT_EQ(stored.size(), 3u);
  std::int64_t seq = 0;
  std::string hash(ledger::kGenesisHash);
  for (std::size_t i = 0; i < stored.size(); ++i) {
    ledger::Event expected = sent[i];
    ASSERT_TRUE(ledger::Seal(expected, seq, hash));
    EXPECT_EQ(stored[i].seq, static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(stored[i].prev_hash, hash) << "event " << i + 1 << " does not link";
    EXPECT_EQ(stored[i].hash, expected.hash);
    EXPECT_EQ(stored[i].payload, expected.payload);
    seq = stored[i].seq;
    hash = stored[i].hash;
  }
  EXPECT_EQ(store().Head("fam_a")->hash, hash);
}

TEST_P(CommitTest, GlobalChainGetsOneLinkPerAppend) {
  SeedSystem();  // four appends to "system"
  SeedFamily("fam_a", "Gezin A");
  AddEntry("fam_a", "ent_1");
  auto links = Global();
  ASSERT_EQ(links.size(), 6u);
  std::string prev(ledger::kGenesisHash);
  for (std::size_t i = 0; i < links.size(); ++i) {
    EXPECT_EQ(links[i].seq, static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(links[i].prev_hash, prev);
    EXPECT_EQ(links[i].hash, ledger::GlobalLinkHash(prev, links[i].chain, links[i].chain_seq,
                                                    links[i].chain_hash));
    prev = links[i].hash;
  }
  EXPECT_EQ(links[4].chain, "fam_a");
  EXPECT_EQ(links[4].chain_seq, 5);  // after the last event of the append, not per event
  EXPECT_EQ(links[5].chain_seq, 6);
  EXPECT_EQ(links[5].chain_hash, store().Head("fam_a")->hash);
}

TEST_P(CommitTest, BadItemsFailAloneWithTheRightCode) {
  SeedSystem();
  CommitBatch batch;
  batch.appends.push_back({"fam_x", 0, {Ev("fam_x", "family.exploded", {})}});
  batch.appends.push_back(  // a member for a family that does not exist
      {"fam_y",
       0,
       {Ev("fam_y", types::kMemberAdded,
           {{"id", "m1"}, {"name", "Eva"}, {"role", "parent"}, {"birth_date", "1988-04-02"}})}});
  batch.appends.push_back({"fam_z", 0, {}});
  batch.appends.push_back(  // a system event on a family chain
      {"fam_w", 0, {Ev("fam_w", types::kOrganisationCreated, {{"id", "o"}, {"name", "O"}})}});
  batch.appends.push_back(  // good first event, bad second: the whole item is undone
      {"fam_v",
       0,
       {Ev("fam_v", types::kFamilyCreated, {{"name", "V"}}),
        Ev("fam_v", types::kMemberAdded, {{"id", "m1"}, {"name", "Eva"}, {"role", "uncle"}})}});
  batch.appends.push_back({"fam_ok", 0, {Ev("fam_ok", types::kFamilyCreated, {{"name", "OK"}})}});
  auto result = store().Commit(batch);
  ASSERT_TRUE(result) << result.error().message;
  ASSERT_EQ(result->appends.size(), 6u);
  EXPECT_EQ(result->appends[0].error().code, Code::kInvalidArgument);
  EXPECT_EQ(result->appends[1].error().code, Code::kNotFound);
  EXPECT_EQ(result->appends[2].error().code, Code::kInvalidArgument);
  EXPECT_EQ(result->appends[3].error().code, Code::kInvalidArgument);
  EXPECT_EQ(result->appends[4].error().code, Code::kInvalidArgument);
  EXPECT_TRUE(result->appends[5]);
  for (const char* chain : {"fam_x", "fam_y", "fam_z", "fam_w", "fam_v"}) {
    EXPECT_EQ(store().Head(chain)->seq, 0) << chain;
    EXPECT_TRUE(Read(chain).empty()) << chain;
  }
  auto chains = store().ListChains();
  ASSERT_TRUE(chains);
  EXPECT_EQ(*chains, (std::vector<std::string>{"system", "fam_ok"}));
}

TEST_P(CommitTest, DuplicateIdsAreAlreadyExists) {
  SeedSystem();
  SeedFamily("fam_a", "Gezin A");
  AddEntry("fam_a", "ent_1");
  auto again = Append("fam_a", 6,
                      {Ev("fam_a", types::kEntryAdded,
                          {{"id", "ent_1"}, {"kind", "fact"}, {"source", "s"}, {"text", "t"}})});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, Code::kAlreadyExists);
  auto user = Append("system", store().Head("system")->seq,
                     {Ev("system", types::kUserCreated,
                         {{"id", "usr_new"},
                          {"username", "lead"},
                          {"display_name", "X"},
                          {"team_id", kTeam},
                          {"admin", false}})});
  ASSERT_FALSE(user);
  EXPECT_EQ(user.error().code, Code::kAlreadyExists);  // the username is taken
}

TEST_P(CommitTest, ConcurrentCommitsNeverLoseAnAcknowledgedAppend) {
  SeedSystem();
  SeedFamily("fam_shared", "Gedeeld");
  for (int t = 0; t < 8; ++t) SeedFamily("fam_t" + std::to_string(t), "Eigen");

  constexpr int kThreads = 8;
  constexpr int kPerThread = 15;
  std::mutex mu;
  std::map<std::string, std::map<std::int64_t, std::string>> acknowledged;  // chain->seq->entry
  std::atomic<int> conflicts{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int n = 0; n < kPerThread; ++n) {
        // Odd threads share one family (races), even threads write their own.
        const std::string chain = t % 2 == 1 ? "fam_shared" : "fam_t" + std::to_string(t);
        const std::string id = "ent_" + std::to_string(t) + "_" + std::to_string(n);
        auto head = store().Head(chain);
        if (!head) {
          ++failures;
          continue;
        }
        CommitBatch batch;
        batch.appends.push_back(
            {chain,
             head->seq,
             {Ev(chain, types::kEntryAdded,
                 {{"id", id}, {"kind", "fact"}, {"source", "s"}, {"text", id}})}});
        auto result = store().Commit(batch);
        if (!result ||
            (!result->appends[0] && result->appends[0].error().code != Code::kConflict)) {
          ++failures;
        } else if (!result->appends[0]) {
          ++conflicts;
        } else {
          std::lock_guard lock(mu);
          acknowledged[chain][result->appends[0]->seq] = id;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  RecordProperty("conflicts", conflicts.load());

  std::size_t total = 0;
  for (const auto& [chain, entries] : acknowledged) {
    auto events = Read(chain);
    std::string prev(ledger::kGenesisHash);
    for (std::size_t i = 0; i < events.size(); ++i) {
      EXPECT_EQ(events[i].seq, static_cast<std::int64_t>(i + 1));
      EXPECT_EQ(events[i].prev_hash, prev);
      prev = events[i].hash;
    }
    for (const auto& [seq, id] : entries) {
      ASSERT_LE(seq, static_cast<std::int64_t>(events.size()));
      EXPECT_EQ(events[static_cast<std::size_t>(seq - 1)].payload.at("id").as_string(), id);
    }
    EXPECT_EQ(events.size(), 5 + entries.size()) << chain;  // nothing unacknowledged slipped in
    total += entries.size();
  }
  EXPECT_EQ(total + static_cast<std::size_t>(conflicts.load()),
            static_cast<std::size_t>(kThreads * kPerThread));
  EXPECT_EQ(Global().size(), 4 + 9 + total);
}

// Group commit at the size it has under load: one batch of 100 single-entry appends to 100
// families (and their 100 access-log lines). Every item commits, and the global chain links the
// appends in batch order. Prints the time per batch, the figure the engines are compared by.
TEST_P(CommitTest, ABatchOfAHundredAppendsToDifferentFamiliesCommitsInOrder) {
  SeedSystem();
  constexpr int kFamilies = 100;
  constexpr int kBatches = 5;
  for (int f = 0; f < kFamilies; ++f) {
    AppendOk("fam_" + std::to_string(f),
             {Ev("fam_" + std::to_string(f), types::kFamilyCreated, {{"name", "Gezin"}})});
  }
  double total_ms = 0;
  for (int b = 0; b < kBatches; ++b) {
    CommitBatch batch;
    for (int f = 0; f < kFamilies; ++f) {
      const std::string chain = "fam_" + std::to_string(f);
      const std::string id = "ent_" + std::to_string(b) + "_" + std::to_string(f);
      batch.appends.push_back(
          {chain,
           1 + b,
           {Ev(chain, types::kEntryAdded,
               {{"id", id}, {"kind", "fact"}, {"source", "s"}, {"text", "Tekst " + id}})}});
      batch.access.push_back({chain, 0, 9000 + b, kLead, "lead", "entries", "p", false});
    }
    const auto start = std::chrono::steady_clock::now();
    auto result = store().Commit(batch);
    total_ms +=
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(result) << result.error().message;
    for (int f = 0; f < kFamilies; ++f) {
      ASSERT_TRUE(result->appends[f]) << result->appends[f].error().message;
      EXPECT_EQ(result->appends[f]->seq, 2 + b);
      ASSERT_TRUE(result->access[f]) << result->access[f].error().message;
      EXPECT_EQ(*result->access[f], 1 + b);
    }
  }
  auto links = Global();
  ASSERT_EQ(links.size(), static_cast<std::size_t>(4 + kFamilies * (1 + kBatches)));
  for (int f = 0; f < kFamilies; ++f) {  // the last batch, in batch order
    const auto& link = links[links.size() - kFamilies + f];
    EXPECT_EQ(link.chain, "fam_" + std::to_string(f));
    EXPECT_EQ(link.chain_seq, 1 + kBatches);
  }
  const double per_batch = total_ms / kBatches;
  RecordProperty("commit_ms_per_batch_of_100", std::to_string(per_batch));
  std::printf(
      "[ %s ] Commit of 100 single-entry appends + 100 access lines: %.1f ms (%.0f appends/s)\n",
      GetParam().name.c_str(), per_batch, 100 * 1000.0 / per_batch);
}

}  // namespace
}  // namespace stip::store::testing
