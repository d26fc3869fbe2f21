// SQLite-only checks that need the file itself: schema version handling, URL forms, and
// Rebuild repairing projection rows edited behind the store's back.
#include <sqlite3.h>
#include <stdlib.h>

#include <gtest/gtest.h>

#include "ledger/verifier.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/migrations.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

using domain::Code;

// Runs raw SQL on the database file with a separate connection (the store is closed).
void RawSql(const std::filesystem::path& file, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  char* message = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  EXPECT_EQ(rc, SQLITE_OK) << (message != nullptr ? message : "");
  sqlite3_free(message);
  sqlite3_close(db);
}

std::int64_t RawInt(const std::filesystem::path& file, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  const std::int64_t value = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

class SqliteStoreTest : public StoreTest {
 protected:
  std::filesystem::path File() const { return dir() / "db" / "stip.db"; }
};
INSTANTIATE_TEST_SUITE_P(Engines, SqliteStoreTest,
                         ::testing::Values(Engines().front()),  // the SQLite engine
                         EngineName);

TEST_P(SqliteStoreTest, FreshFileHasTheLatestSchemaInWalMode) {
  Close();
  EXPECT_EQ(RawInt(File(), "PRAGMA user_version"),
            static_cast<std::int64_t>(sqlite::Migrations().size()));
  EXPECT_EQ(RawInt(File(), "SELECT count(*) FROM sqlite_master WHERE name = 'events'"), 1);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(File().c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "wal");
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

TEST_P(SqliteStoreTest, NewerSchemaIsRefused) {
  Close();
  RawSql(File(), "PRAGMA user_version = 999");
  auto opened = GetParam().open(dir(), options_);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, Code::kFailedPrecondition);
  EXPECT_NE(opened.error().message.find("999"), std::string::npos) << opened.error().message;
}

TEST_P(SqliteStoreTest, RebuildRestoresCorruptedProjections) {
  SeedSystem();
  SeedFamily("fam_a", "Gezin A");
  AddEntry("fam_a", "ent_1");
  Close();
  RawSql(File(),
         "UPDATE entries SET text = 'vervalst' WHERE id = 'ent_1';"
         "DELETE FROM custody;"
         "UPDATE users SET admin = 1 WHERE id = 'usr_other';"
         "DELETE FROM chains WHERE chain = 'fam_a';");
  Reopen();
  // ListChains reads the events themselves, so a verifier still sees the family.
  EXPECT_EQ(store().ListChains()->size(), 2u);

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

TEST_P(SqliteStoreTest, RebuildStopsAndKeepsProjectionsWhenTheLedgerCannotBeFolded) {
  SeedSystem();
  SeedFamily("fam_a", "Gezin A");
  Close();
  RawSql(File(), "UPDATE events SET payload = 'not json' WHERE chain = 'fam_a' AND seq = 2;");
  Reopen();
  auto report = store().Rebuild();
  ASSERT_FALSE(report);
  EXPECT_NE(report.error().message.find("fam_a"), std::string::npos) << report.error().message;
  EXPECT_EQ((*store().FindFamily("fam_a"))->members.size(), 2u);
}

TEST_P(SqliteStoreTest, TamperedRowsAreHandedToTheVerifierNotRefused) {
  SeedSystem();
  SeedFamily("fam_a", "Gezin A");
  SeedFamily("fam_b", "Gezin B");
  Close();
  RawSql(File(),
         "UPDATE events SET payload = 'not json' WHERE chain = 'fam_a' AND seq = 2;"
         "UPDATE events SET payload = replace(payload, 'Noah', 'Noa') "
         "WHERE chain = 'fam_b' AND seq = 3;");
  Reopen();
  for (const auto& [chain, seq] : {std::pair{"fam_a", 2}, std::pair{"fam_b", 3}}) {
    ledger::ChainVerifier verifier(chain);
    auto status = store().ReadChain(chain, [&](const ledger::Event& e) {
      verifier.Add(e);
      return true;
    });
    ASSERT_TRUE(status) << status.error().message;
    ASSERT_TRUE(verifier.problem()) << chain;
    EXPECT_EQ(verifier.problem()->kind, ledger::ProblemKind::kHashMismatch);
    EXPECT_EQ(verifier.problem()->seq, seq);
  }
}

TEST_P(SqliteStoreTest, ABusyDatabaseIsUnavailableAndNothingIsWritten) {
  options_.busy_timeout_ms = 50;
  Reopen();
  sqlite3* other = nullptr;  // another process holding the write lock
  ASSERT_EQ(sqlite3_open(File().c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  CommitBatch batch;
  batch.appends.push_back({"fam_a", 0, {Ev("fam_a", "family.created", {{"name", "A"}})}});
  auto result = store().Commit(batch);
  ASSERT_TRUE(result);
  ASSERT_FALSE(result->appends[0]);
  EXPECT_EQ(result->appends[0].error().code, Code::kUnavailable);
  auto session = store().CreateSession({"sha", kLead, "csrf", 1, 2});
  ASSERT_FALSE(session);
  EXPECT_EQ(session.error().code, Code::kUnavailable);
  EXPECT_EQ(store().Head("fam_a")->seq, 0);  // readers are not blocked by the writer
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_TRUE(store().Commit(batch)->appends[0]);
}

TEST_P(SqliteStoreTest, TheSameQueryCanRunNestedOnOneConnection) {
  Close();
  auto conn = sqlite::Connection::Open(File().string(), {});
  ASSERT_TRUE(conn) << conn.error().message;
  constexpr std::string_view kSql = "SELECT value FROM json_each('[1,2]') ORDER BY value";
  auto outer = (*conn)->Prepare(kSql);
  ASSERT_TRUE(outer);
  int rows = 0;
  while (*outer->Step()) {
    auto inner = (*conn)->Prepare(kSql);  // the cached statement is busy: gets its own
    ASSERT_TRUE(inner);
    while (*inner->Step()) ++rows;
  }
  EXPECT_EQ(rows, 4);
  auto again = (*conn)->Prepare(kSql);  // and the cache is usable again afterwards
  ASSERT_TRUE(again);
  EXPECT_TRUE(*again->Step());
}

TEST(OpenTest, PostgresUrlsGoToThePostgresEngine) {
  // Port 1 on loopback refuses at once: the PostgreSQL engine answers, not "unknown URL".
  for (const char* url :
       {"postgresql://stip:geheim@127.0.0.1:1/stip", "postgres://stip:geheim@127.0.0.1:1/stip"}) {
    auto opened = Open(url);
    ASSERT_FALSE(opened) << url;
    EXPECT_EQ(opened.error().code, Code::kUnavailable) << opened.error().message;
    EXPECT_NE(opened.error().message.find("127.0.0.1:1/stip"), std::string::npos)
        << opened.error().message;
    EXPECT_EQ(opened.error().message.find("geheim"), std::string::npos) << opened.error().message;
  }
}

TEST(OpenTest, UnknownFormsAreInvalid) {
  for (const char* url : {"mysql://h/d", "sqlite:", ""}) {
    auto opened = Open(url);
    ASSERT_FALSE(opened) << url;
    EXPECT_EQ(opened.error().code, Code::kInvalidArgument) << url;
    EXPECT_NE(opened.error().message.find("sqlite:PATH"), std::string::npos);
    EXPECT_NE(opened.error().message.find("postgresql://"), std::string::npos);
  }
}

TEST(OpenTest, PathsCreateTheirDirectory) {
  std::string pattern = (std::filesystem::temp_directory_path() / "stip-open-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  const std::filesystem::path dir = pattern;
  for (const std::string& url : {(dir / "bare" / "deeper" / "stip.db").string(),
                                 "sqlite://" + (dir / "url" / "stip.db").string(),
                                 "sqlite:" + (dir / "short" / "stip.db").string()}) {
    auto opened = Open(url);
    ASSERT_TRUE(opened) << url << ": " << opened.error().message;
    EXPECT_EQ(*(*opened)->CountFamilies(), 0);
  }
  EXPECT_TRUE(std::filesystem::exists(dir / "bare" / "deeper" / "stip.db"));
  EXPECT_TRUE(std::filesystem::exists(dir / "url" / "stip.db"));
  EXPECT_TRUE(std::filesystem::exists(dir / "short" / "stip.db"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace stip::store::testing
