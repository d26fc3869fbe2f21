// The SQLite page copy behind stip backup and stip restore: one consistent snapshot while
// another connection keeps committing to the source, a valid database file as the result, and
// a missing source is never created.
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "store/sqlite/backup.h"

namespace stip::store::sqlite {
namespace {

namespace fs = std::filesystem;

class SqliteBackupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("stip-backup-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (writer_ != nullptr) sqlite3_close(writer_);
    fs::remove_all(dir_);
  }

  // A WAL database at `path` with `rows` rows of 4 KiB each (about one page per row), left open
  // as writer_.
  void MakeSource(const fs::path& path, int rows) {
    ASSERT_EQ(sqlite3_open(path.c_str(), &writer_), SQLITE_OK);
    Exec("PRAGMA journal_mode=WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB);");
    Exec("BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
         std::to_string(rows) + ") INSERT INTO t (body) SELECT randomblob(4000) FROM n; COMMIT;");
  }
  void Exec(const std::string& sql) {
    char* message = nullptr;
    ASSERT_EQ(sqlite3_exec(writer_, sql.c_str(), nullptr, nullptr, &message), SQLITE_OK)
        << (message != nullptr ? message : "");
  }
  static std::string Query(const fs::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
    std::string value;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
      value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
  }

  fs::path dir_;
  sqlite3* writer_ = nullptr;
};

TEST_F(SqliteBackupTest, CopiesOneSnapshotWhileAnotherConnectionKeepsCommitting) {
  const fs::path source = dir_ / "source.db";
  const fs::path copy = dir_ / "copy.db";
  ASSERT_NO_FATAL_FAILURE(MakeSource(source, 3000));  // ~12 MB: several steps of the copy
  constexpr int kMaxCommits = 200;                    // ~12 MB in 1 MiB steps needs ~13
  int commits_during_copy = 0;
  std::int64_t last_total = 0;
  auto copied = CopyDatabase(source.string(), copy.string(), [&](std::int64_t, std::int64_t total) {
    last_total = total;
    // A commit by another connection between two steps, as a running server makes. (Bounded:
    // a copy that restarts after every commit would otherwise never end.)
    if (commits_during_copy >= kMaxCommits) return;
    Exec("INSERT INTO t (body) VALUES (randomblob(4000))");
    ++commits_during_copy;
  });
  ASSERT_TRUE(copied) << copied.error().message;
  EXPECT_GE(commits_during_copy, 3) << "the copy should take several steps";
  EXPECT_LT(commits_during_copy, kMaxCommits) << "the copy restarted after commits";
  EXPECT_GT(last_total, 3000);
  EXPECT_EQ(Query(copy, "SELECT count(*) FROM t"), "3000")
      << "the copy holds the snapshot from its start, nothing committed during it";
  EXPECT_EQ(Query(source, "SELECT count(*) FROM t"), std::to_string(3000 + commits_during_copy));
  EXPECT_EQ(Query(copy, "PRAGMA integrity_check"), "ok");
  EXPECT_TRUE(LooksLikeSqlite(copy.string()));
}

TEST_F(SqliteBackupTest, ReplacesAnExistingDatabaseAsAWhole) {
  const fs::path source = dir_ / "source.db";
  const fs::path target = dir_ / "target.db";
  ASSERT_NO_FATAL_FAILURE(MakeSource(source, 10));
  ASSERT_TRUE(CopyDatabase(source.string(), target.string(), nullptr));
  Exec("DELETE FROM t WHERE id > 4");
  ASSERT_TRUE(CopyDatabase(source.string(), target.string(), nullptr));
  EXPECT_EQ(Query(target, "SELECT count(*) FROM t"), "4");
}

TEST_F(SqliteBackupTest, AMissingSourceIsAnErrorAndIsNotCreated) {
  const fs::path missing = dir_ / "missing.db";
  auto copied = CopyDatabase(missing.string(), (dir_ / "copy.db").string(), nullptr);
  EXPECT_FALSE(copied);
  EXPECT_FALSE(fs::exists(missing));
  EXPECT_FALSE(LooksLikeSqlite(missing.string()));
}

}  // namespace
}  // namespace stip::store::sqlite
