// PostgreSQL-only checks: the schema and its version, several processes (here: several stores)
// sharing one database, locks held by others, connections the server drops, Rebuild repairing
// projection rows edited behind the store's back, and URLs that must not leak a password.
#include <libpq-fe.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>

#include "app/stip.h"
#include "ledger/event_types.h"
#include "store/postgres/migrations.h"
#include "store/postgres_support.h"
#include "store/store_support.h"
#include "support/fakes.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class PostgresStoreTest : public StoreTest {
 protected:
  std::string Url() {
    auto url = PostgresDatabaseUrl(dir());
    EXPECT_TRUE(url) << url.error().message;
    return url.value_or("");
  }
  std::string Value(const std::string& sql) { return PostgresValue(Url(), sql); }
  app::VerifyReport Verify(Store& s) {
    ::stip::testing::FakeClock clock;
    ::stip::testing::SequentialIds ids;
    app::Stip stip(s, clock, ids);
    auto report = stip.Verify(std::nullopt);
    EXPECT_TRUE(report) << report.error().message;
    return report.value_or(app::VerifyReport{});
  }
};
INSTANTIATE_TEST_SUITE_P(Engines, PostgresStoreTest, ::testing::Values(PostgresEngine()),
                         EngineName);

// A libpq connection of "another process", closed at the end of the scope.
using RawConn = std::unique_ptr<PGconn, decltype(&PQfinish)>;
RawConn Connect(const std::string& url) {
  RawConn conn(PQconnectdb(url.c_str()), &PQfinish);
  EXPECT_EQ(PQstatus(conn.get()), CONNECTION_OK) << PQerrorMessage(conn.get());
  return conn;
}
void Exec(PGconn* conn, const char* sql) {
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn, sql), &PQclear);
  const auto status = PQresultStatus(result.get());
  EXPECT_TRUE(status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) << PQerrorMessage(conn);
}

TEST_P(PostgresStoreTest, AFreshDatabaseHasTheLatestSchemaAndOneGlobalHead) {
  EXPECT_EQ(Value("SELECT max(version) FROM schema_version"),
            std::to_string(postgres::Migrations().size()));
  EXPECT_EQ(Value("SELECT count(*) FROM global_head"), "1");
  // The payload is kept as the exact text that was hashed, not as jsonb.
  EXPECT_EQ(Value("SELECT data_type FROM information_schema.columns "
                  "WHERE table_name = 'events' AND column_name = 'payload'"),
            "text");
}

TEST_P(PostgresStoreTest, ANewerSchemaIsRefused) {
  Close();
  GetParam().raw_sql(dir(), "INSERT INTO schema_version (version) VALUES (999)");
  auto opened = GetParam().open(dir(), options_);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, Code::kFailedPrecondition);
  EXPECT_NE(opened.error().message.find("999"), std::string::npos) << opened.error().message;
}

TEST_P(PostgresStoreTest, ProcessesStartingTogetherMigrateOnce) {
  std::string pattern = (std::filesystem::temp_directory_path() / "stip-pg-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  const std::filesystem::path fresh = pattern;
  GetParam().raw_sql(fresh, "SELECT 1");  // an empty database, no schema yet
  std::vector<std::thread> starts;
  std::atomic<int> opened{0};
  for (int i = 0; i < 6; ++i) {
    starts.emplace_back([&] {
      auto store = GetParam().open(fresh, {.read_connections = 1});
      EXPECT_TRUE(store) << store.error().message;
      if (store) ++opened;
    });
  }
  for (auto& start : starts) start.join();
  EXPECT_EQ(opened.load(), 6);
  auto url = PostgresDatabaseUrl(fresh);
  ASSERT_TRUE(url);
  EXPECT_EQ(PostgresValue(*url, "SELECT count(*) FROM schema_version"),
            std::to_string(postgres::Migrations().size()));
  GetParam().drop(fresh);
  std::filesystem::remove_all(fresh);
}

// Two stores on one database stand for two `stip serve` processes: their writers race for the
// same family and the same access log, and nothing acknowledged may be lost or duplicated.
TEST_P(PostgresStoreTest, TwoProcessesWritingOneFamilyLoseNothing) {
  SeedSystem();
  SeedFamily("fam_shared", "Gedeeld");
  auto second = GetParam().open(dir(), options_);
  ASSERT_TRUE(second) << second.error().message;
  Store* stores[] = {&store(), second->get()};

  constexpr int kThreadsPerStore = 4;
  constexpr int kPerThread = 12;
  std::atomic<int> appended{0}, conflicts{0}, logged{0}, failures{0};
  std::vector<std::thread> threads;
  for (int s = 0; s < 2; ++s) {
    for (int t = 0; t < kThreadsPerStore; ++t) {
      threads.emplace_back([&, s, t] {
        Store& st = *stores[s];
        for (int n = 0; n < kPerThread; ++n) {
          const std::string id =
              "ent_" + std::to_string(s) + "_" + std::to_string(t) + "_" + std::to_string(n);
          auto head = st.Head("fam_shared");
          if (!head) {
            ++failures;
            continue;
          }
          CommitBatch batch;
          batch.appends.push_back(
              {"fam_shared",
               head->seq,
               {Ev("fam_shared", types::kEntryAdded,
                   {{"id", id}, {"kind", "fact"}, {"source", "s"}, {"text", id}})}});
          batch.access.push_back(
              {"fam_shared", 0, 5000 + n, kLead, "lead", "family_overview", "p", false});
          auto result = st.Commit(batch);
          if (!result || !result->access[0]) {
            ++failures;
            continue;
          }
          ++logged;
          if (result->appends[0]) {
            ++appended;
          } else if (result->appends[0].error().code == Code::kConflict) {
            ++conflicts;
          } else {
            ++failures;
            ADD_FAILURE() << result->appends[0].error().message;
          }
        }
      });
    }
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(appended + conflicts, 2 * kThreadsPerStore * kPerThread);
  EXPECT_GT(appended.load(), 0);

  const auto report = Verify(store());
  EXPECT_TRUE(report.ok()) << (report.problems.empty() ? "" : report.problems[0].message);
  EXPECT_EQ(store().Head("fam_shared")->seq, 5 + appended.load());
  EXPECT_EQ(report.access_records, logged.load());
  EXPECT_EQ(report.global_seq, 4 + 1 + appended.load());
  EXPECT_EQ((*store().FindFamily("fam_shared"))->head_seq, 5 + appended.load());
  EXPECT_EQ(store().ListEntries("fam_shared", {0, 1000})->size(),
            static_cast<std::size_t>(appended.load()));
}

// Batches that log reads of the same families in different orders, from two processes at once:
// the heads are locked in family order, so no batch waits for another in a cycle (a deadlock
// would fail every line of a batch), and every access log stays one unbroken chain.
TEST_P(PostgresStoreTest, AccessLogsOfManyFamiliesFromTwoProcessesNeverDeadlock) {
  SeedSystem();
  const std::vector<std::string> families = {"fam_a", "fam_b", "fam_c", "fam_d", "fam_e"};
  for (const auto& family : families) SeedFamily(family, "Gezin");
  auto second = GetParam().open(dir(), options_);
  ASSERT_TRUE(second) << second.error().message;
  Store* stores[] = {&store(), second->get()};
  constexpr int kThreadsPerStore = 3;
  constexpr int kBatches = 15;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int s = 0; s < 2; ++s) {
    for (int t = 0; t < kThreadsPerStore; ++t) {
      threads.emplace_back([&, s, t] {
        for (int n = 0; n < kBatches; ++n) {
          CommitBatch batch;
          for (std::size_t f = 0; f < families.size(); ++f) {
            // Rotated and, for odd threads, reversed: every order occurs.
            std::size_t i = (f + static_cast<std::size_t>(n + t)) % families.size();
            if ((s + t) % 2 == 1) i = families.size() - 1 - i;
            batch.access.push_back({families[i], 0, 100 + n, kLead, "lead", "entries", "p", false});
          }
          auto result = stores[s]->Commit(batch);
          if (!result) {
            ++failures;
            continue;
          }
          for (const auto& line : result->access) {
            if (!line) {
              ++failures;
              ADD_FAILURE() << line.error().message;
            }
          }
        }
      });
    }
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  const auto report = Verify(store());
  EXPECT_TRUE(report.ok()) << (report.problems.empty() ? "" : report.problems[0].message);
  EXPECT_EQ(report.access_records,
            static_cast<std::int64_t>(2 * kThreadsPerStore * kBatches * families.size()));
  for (const auto& family : families) {
    EXPECT_EQ(store().ListAccessLog(family, {0, 1000})->front().seq,
              2 * kThreadsPerStore * kBatches);
  }
}

TEST_P(PostgresStoreTest, AChainLockedElsewhereIsUnavailableWhileTheOthersCommit) {
  SeedSystem();
  SeedFamily("fam_a", "Gezin A");
  SeedFamily("fam_b", "Gezin B");
  options_.busy_timeout_ms = 200;
  Reopen();
  RawConn other = Connect(Url());
  Exec(other.get(), "BEGIN");
  Exec(other.get(), "SELECT * FROM chains WHERE chain = 'fam_a' FOR UPDATE");

  CommitBatch batch;
  for (const char* family : {"fam_a", "fam_b"}) {
    batch.appends.push_back({family,
                             5,
                             {Ev(family, types::kEntryAdded,
                                 {{"id", std::string("ent_") + family},
                                  {"kind", "fact"},
                                  {"source", "s"},
                                  {"text", "t"}})}});
  }
  auto result = store().Commit(batch);
  ASSERT_TRUE(result) << result.error().message;
  ASSERT_FALSE(result->appends[0]);
  EXPECT_EQ(result->appends[0].error().code, Code::kUnavailable)
      << result->appends[0].error().message;
  EXPECT_TRUE(result->appends[1]);
  EXPECT_EQ(store().Head("fam_a")->seq, 5);  // readers are not blocked by the lock
  Exec(other.get(), "ROLLBACK");
  batch.appends.pop_back();
  result = store().Commit(batch);
  ASSERT_TRUE(result);
  EXPECT_TRUE(result->appends[0]);
}

TEST_P(PostgresStoreTest, DroppedConnectionsAreUnavailableOnceThenReconnect) {
  SeedSystem();
  SeedFamily("fam_a", "Gezin A");
  RawConn admin = Connect(Url());
  Exec(admin.get(),
       "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
       "WHERE datname = current_database() AND pid <> pg_backend_pid()");
  int failed = 0;
  bool read = false;
  for (int i = 0; i < 10 && !read; ++i) {  // each of the 4 pooled connections fails once
    auto head = store().Head("fam_a");
    if (head) {
      read = true;
      EXPECT_EQ(head->seq, 5);
    } else {
      ++failed;
      EXPECT_EQ(head.error().code, Code::kUnavailable) << head.error().message;
      EXPECT_NE(head.error().message.find("127.0.0.1"), std::string::npos);
    }
  }
  EXPECT_TRUE(read);
  bool committed = false;
  for (int i = 0; i < 3 && !committed; ++i) {
    auto head = Append("fam_a", 5,
                       {Ev("fam_a", types::kEntryAdded,
                           {{"id", "ent_1"}, {"kind", "fact"}, {"source", "s"}, {"text", "t"}})});
    if (head) {
      committed = true;
    } else {
      EXPECT_EQ(head.error().code, Code::kUnavailable) << head.error().message;
    }
  }
  EXPECT_TRUE(committed);
  EXPECT_EQ(store().Head("fam_a")->seq, 6);
}

TEST_P(PostgresStoreTest, RebuildRestoresCorruptedProjections) {
  SeedSystem();
  SeedFamily("fam_a", "Gezin A");
  AddEntry("fam_a", "ent_1");
  Tamper(
      "UPDATE entries SET text = 'vervalst' WHERE id = 'ent_1';"
      "DELETE FROM custody;"
      "UPDATE users SET admin = true WHERE id = 'usr_other';"
      "DELETE FROM chains WHERE chain = 'fam_a';");
  EXPECT_EQ(store().ListChains()->size(), 2u);  // read from the events themselves

  auto report = store().Rebuild();
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_FALSE(report->identical);
  EXPECT_EQ(report->diffs, (std::vector<std::string>{"entries", "custody", "users", "chains"}));
  EXPECT_EQ(store().ListEntries("fam_a", {})->at(0).text, "Tekst van ent_1");
  EXPECT_EQ((*store().FindFamily("fam_a"))->custody.size(), 1u);
  EXPECT_FALSE((*store().FindUser(kOther))->admin);
  EXPECT_EQ(store().Head("fam_a")->seq, 6);
  EXPECT_TRUE(store().Rebuild()->identical);
}

TEST_P(PostgresStoreTest, RebuildStopsAndKeepsProjectionsWhenTheLedgerCannotBeFolded) {
  SeedSystem();
  SeedFamily("fam_a", "Gezin A");
  Tamper("UPDATE events SET payload = 'not json' WHERE chain = 'fam_a' AND seq = 2");
  auto report = store().Rebuild();
  ASSERT_FALSE(report);
  EXPECT_NE(report.error().message.find("fam_a"), std::string::npos) << report.error().message;
  EXPECT_EQ((*store().FindFamily("fam_a"))->members.size(), 2u);
}

// TEXT cannot hold a NUL byte and libpq would cut the value there: refuse, never truncate.
TEST_P(PostgresStoreTest, ANulCharacterIsRefusedNotCutOff) {
  SeedSystem();
  SeedFamily("fam_a", "Gezin A");
  auto head = Append("fam_a", 5,
                     {Ev("fam_a", types::kEntryAdded,
                         {{"id", "ent_1"},
                          {"kind", "fact"},
                          {"source", "s"},
                          {"text", std::string("voor\0na", 7)}})});
  ASSERT_FALSE(head);
  EXPECT_EQ(head.error().code, Code::kInvalidArgument) << head.error().message;
  EXPECT_EQ(store().Head("fam_a")->seq, 5);
}

TEST(PostgresOpenTest, ABadUrlIsInvalidAndNeverShowsThePassword) {
  auto opened = Open("postgresql://stip:geheim@[::1/stip");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, Code::kInvalidArgument) << opened.error().message;
  EXPECT_EQ(opened.error().message.find("geheim"), std::string::npos) << opened.error().message;
}

}  // namespace
}  // namespace stip::store::testing
