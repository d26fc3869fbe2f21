// Issue 14 item 3: a destroyed file leaves no readable sentence in the database files (SQLite:
// the main file and the WAL; PostgreSQL: every relation file of the database) nor in a backup
// made afterwards, while `stip verify` passes and names the destroyed events. Both engines.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/migrate.h"
#include "app/stip.h"
#include "ledger/event_types.h"
#include "ledger/events.h"
#include "store/postgres_support.h"
#include "store/sqlite/backup.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace fs = std::filesystem;

constexpr char kFamily[] = "fam_weg";
constexpr char kKept[] = "fam_blijft";
// Unique sentences: one in an entry of the destroyed file, one in the file that stays.
constexpr char kSecret[] = "Zebravink-Otterdam zei dat de schuur 7734 lekt";
constexpr char kKeptText[] = "Kolibrie-Vennestraat blijft gewoon staan 9912";

bool FileContains(const fs::path& path, const std::string& needle) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return bytes.find(needle) != std::string::npos;
}

// Every regular file below `dir` that holds `needle`.
std::vector<std::string> FilesContaining(const fs::path& dir, const std::string& needle) {
  std::vector<std::string> found;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && FileContains(it->path(), needle)) {
      found.push_back(it->path().string());
    }
  }
  return found;
}

class DestructionTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily(kFamily, "Gezin Weg");
    SeedFamily(kKept, "Gezin Blijft");
    AppendOk(kFamily, {Ev(kFamily, ledger::types::kEntryAdded,
                          {{"id", "ent_weg"},
                           {"kind", "observation"},
                           {"source", "huisbezoek"},
                           {"text", kSecret}},
                          4000)});
    AppendOk(kKept, {Ev(kKept, ledger::types::kEntryAdded,
                        {{"id", "ent_blijft"},
                         {"kind", "observation"},
                         {"source", "huisbezoek"},
                         {"text", kKeptText}},
                        4000)});
    LogOk(kFamily, kLead, 4500);
  }

  bool Postgres() const { return GetParam().name == "PostgreSQL"; }

  // file.destroyed listing every event of the family, appended as the app does.
  void Destroy() {
    ledger::events::FileDestroyed d{.seqs = {},
                                    .types = {},
                                    .hashes = {},
                                    .scope = "file",
                                    .ground = "request_granted",
                                    .decided_by = kLead,
                                    .requested_by = "mem_parent",
                                    .request_id = {}};
    std::int64_t head = 0;
    ASSERT_TRUE(store()
                    .ReadChain(kFamily,
                               [&](const ledger::Event& e) {
                                 d.seqs.push_back(std::to_string(e.seq));
                                 d.types.push_back(e.type);
                                 d.hashes.push_back(e.hash);
                                 head = e.seq;
                                 return true;
                               })
                    .has_value());
    ASSERT_GT(head, 0);
    auto appended = Append(kFamily, head, {ledger::events::ToEvent(kFamily, "system", 9000, d)});
    ASSERT_TRUE(appended.has_value()) << appended.error().message;
    auto reclaimed = store().ReclaimDestroyed();
    ASSERT_TRUE(reclaimed.has_value()) << reclaimed.error().message;
  }

  // The files of this test's database on disk.
  fs::path DatabaseDir() {
    if (!Postgres()) return dir() / "db";
    auto url = PostgresDatabaseUrl(dir());
    EXPECT_TRUE(url.has_value());
    const std::string data = PostgresValue(*url, "SHOW data_directory");
    const std::string oid =
        PostgresValue(*url, "SELECT oid FROM pg_database WHERE datname = current_database()");
    return fs::path(data) / "base" / oid;
  }

  // A backup as `stip backup` makes it: the SQLite online copy, or pg_dump's custom format.
  fs::path Backup() {
    const fs::path to = dir() / "backup.out";
    if (!Postgres()) {
      auto copied = sqlite::CopyDatabase((dir() / "db" / "stip.db").string(), to.string(), {});
      EXPECT_TRUE(copied.has_value()) << (copied ? "" : copied.error().message);
    } else {
      auto url = PostgresDatabaseUrl(dir());
      const std::string command =
          "pg_dump --format=custom --compress=0 --file='" + to.string() + "' '" + *url + "'";
      EXPECT_EQ(std::system(command.c_str()), 0) << command;
    }
    return to;
  }
};

TEST_P(DestructionTest, TheSentenceIsFoundBeforeDestruction) {
  if (!ready()) return;
  if (!Postgres()) {
    ASSERT_TRUE(store().ReclaimDestroyed().has_value());  // a checkpoint: the text is in the file
  } else {
    ASSERT_TRUE(store().ReclaimDestroyed().has_value());
  }
  EXPECT_FALSE(FilesContaining(DatabaseDir(), kSecret).empty())
      << "the search must be able to see the sentence at all";
  EXPECT_TRUE(FileContains(Backup(), kSecret));
}

TEST_P(DestructionTest, NoDestroyedSentenceInTheFilesOrAFreshBackupAndVerifyPasses) {
  if (!ready()) return;
  Destroy();
  const auto found = FilesContaining(DatabaseDir(), kSecret);
  EXPECT_TRUE(found.empty()) << "still in " << (found.empty() ? "" : found.front());
  EXPECT_FALSE(FileContains(Backup(), kSecret));
  // The other file is untouched.
  EXPECT_FALSE(FilesContaining(DatabaseDir(), kKeptText).empty());

  auto report = app::VerifyStore(store());
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_TRUE(report->ok()) << (report->problems.empty() ? "" : report->problems[0].message);
  ASSERT_EQ(report->destructions.size(), 1u);
  const auto& d = report->destructions[0];
  EXPECT_EQ(d.chain, kFamily);
  EXPECT_EQ(d.ground, "request_granted");
  EXPECT_EQ(d.requested_by, "mem_parent");
  EXPECT_EQ(static_cast<std::int64_t>(d.destroyed.size()), d.seq - 1);

  // The file is gone for everyone; the other stays; a rebuild comes to the same.
  auto gone = store().FindFamily(kFamily);
  ASSERT_TRUE(gone.has_value());
  EXPECT_FALSE(gone->has_value());
  auto kept = store().FindFamily(kKept);
  ASSERT_TRUE(kept.has_value());
  EXPECT_TRUE(kept->has_value());
  auto rebuilt = store().Rebuild();
  ASSERT_TRUE(rebuilt.has_value()) << rebuilt.error().message;
  EXPECT_TRUE(rebuilt->identical);
  // Nothing more can be written to the destroyed file.
  auto later = Append(
      kFamily, d.seq,
      {Ev(kFamily, ledger::types::kEntryAdded,
          {{"id", "ent_na"}, {"kind", "observation"}, {"source", "huisbezoek"}, {"text", "na"}},
          9500)});
  EXPECT_FALSE(later.has_value());
}

TEST_P(DestructionTest, ContentRemovedBehindStipsBackFailsVerify) {
  if (!ready()) return;
  Tamper("UPDATE events SET payload = '' WHERE chain = 'fam_blijft' AND seq = 2");
  auto report = app::VerifyStore(store());
  ASSERT_TRUE(report.has_value());
  ASSERT_FALSE(report->ok());
  EXPECT_EQ(report->problems[0].kind, "unattested_redaction");
  EXPECT_EQ(report->problems[0].chain, kKept);
  EXPECT_EQ(report->problems[0].seq, 2);
}

STIP_STORE_CONTRACT(DestructionTest);

}  // namespace
}  // namespace stip::store::testing
