// End-to-end: `stip backup` and `stip restore`. A backup of a SQLite installation taken while
// writers keep adding entries through the HTTP API verifies and holds every write acknowledged
// before it started; a restore into an empty directory serves the families; a restore refuses
// a target that holds an installation unless --force; a tampered backup is not restored and the
// broken chain is named; and (with STIP_TEST_POSTGRES_URL) the pg_dump round trip.
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "cluster.h"
#include "harness.h"

namespace stip::e2e {
namespace {

namespace fs = std::filesystem;

constexpr int kExitDamaged = 3;
constexpr int kExitFailedPrecondition = 5;

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// How many of `ids` the entries table of the SQLite database at `db` holds.
std::string CountEntries(const fs::path& db, const std::vector<std::string>& ids) {
  std::string list;
  for (const auto& id : ids) list += (list.empty() ? "'" : ",'") + id + "'";
  CommandResult r = RunSqlite(db, "SELECT count(*) FROM entries WHERE id IN (" + list + ");\n");
  EXPECT_TRUE(r.status.Exited(0)) << r.Describe();
  return FirstLine(r.out);
}

using BackupTest = E2eTest;

TEST_F(BackupTest, OnlineBackupHoldsEveryWriteAcknowledgedBeforeItStarted) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));

  std::mutex mu;
  std::vector<std::string> acknowledged;
  std::vector<std::string> failures;
  std::atomic<bool> writing{true};
  std::vector<std::thread> writers;
  for (int w = 0; w < 3; ++w) {
    writers.emplace_back([&, w] {
      HttpClient client(server_->port());
      LogIn(client, kLeadUser);
      for (int n = 0; writing && n < 2000; ++n) {
        HttpResponse r = client.PostJson(
            "/api/v1/families/" + family_id + "/entries",
            EntryBody("Schrijver " + std::to_string(w) + ", aantekening " + std::to_string(n)));
        std::lock_guard lock(mu);
        if (r.status == 201u) {
          acknowledged.push_back(Str(ParseJson(r), "id"));
        } else {
          failures.push_back(r.Describe());
        }
      }
    });
  }
  const auto acknowledged_count = [&] {
    std::lock_guard lock(mu);
    return acknowledged.size();
  };
  for (int i = 0; i < 200 && acknowledged_count() < 30; ++i) std::this_thread::sleep_for(25ms);

  std::vector<std::string> before;
  {
    std::lock_guard lock(mu);
    before = acknowledged;
  }
  const fs::path backup = tmp_.path() / "backups" / "stip-backup.db";
  fs::create_directories(backup.parent_path());
  CommandResult made = RunStip(
      {"backup", "--database", "sqlite:" + database().string(), "--to", backup.string()}, "", 120s);
  const std::size_t during = acknowledged_count();
  std::this_thread::sleep_for(300ms);
  writing = false;
  for (auto& t : writers) t.join();

  ASSERT_TRUE(made.status.Exited(0)) << made.Describe();
  EXPECT_NE(made.out.find("stip backup: OK"), std::string::npos) << made.Describe();
  EXPECT_NE(made.err.find("copy (pages): "), std::string::npos) << "progress: " << made.Describe();
  EXPECT_TRUE(failures.empty()) << "the server must keep writing during a backup; first failure: "
                                << (failures.empty() ? "" : failures.front());
  ASSERT_GE(before.size(), 30u) << "the writers did not get going";
  EXPECT_GT(acknowledged_count(), during) << "the writers stopped during the backup";

  CommandResult verify = RunStip({"verify", "--database", "sqlite:" + backup.string()}, "", 60s);
  EXPECT_TRUE(verify.status.Exited(0)) << verify.Describe();
  EXPECT_EQ(CountEntries(backup, before), std::to_string(before.size()))
      << "every entry acknowledged before the backup started must be in it";

  // The same name again is refused, nothing is changed; --force replaces it.
  const auto size = fs::file_size(backup);
  CommandResult again = RunStip(
      {"backup", "--database", "sqlite:" + database().string(), "--to", backup.string()}, "", 60s);
  EXPECT_FALSE(again.status.Exited(0)) << again.Describe();
  EXPECT_NE(again.err.find("--force"), std::string::npos) << again.Describe();
  EXPECT_EQ(fs::file_size(backup), size);
  CommandResult forced = RunStip(
      {"backup", "--database", "sqlite:" + database().string(), "--to", backup.string(), "--force"},
      "", 120s);
  EXPECT_TRUE(forced.status.Exited(0)) << forced.Describe();
  EXPECT_EQ(CountEntries(backup, acknowledged), std::to_string(acknowledged.size()));
  // No work files are left beside the backup.
  int files = 0;
  for (const auto& f : fs::directory_iterator(backup.parent_path())) {
    ++files;
    EXPECT_EQ(f.path(), backup) << "left behind: " << f.path();
  }
  EXPECT_EQ(files, 1);
}

TEST_F(BackupTest, RestoreIntoAnEmptyDirectoryServesTheFamilies) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  HttpResponse added = lead->PostJson("/api/v1/families/" + family_id + "/entries",
                                      EntryBody("Laatste aantekening voor de back-up."));
  ASSERT_EQ(added.status, 201u) << added.Describe();
  const std::vector<std::string> entries = AllEntryIds(*lead, family_id);
  const fs::path backup = tmp_.path() / "stip-backup.db";
  CommandResult made = RunStip({"backup", "--data", data_dir().string(), "--to", backup.string()});
  ASSERT_TRUE(made.status.Exited(0)) << made.Describe();
  lead.reset();
  ASSERT_TRUE(server_->Stop().Exited(0));

  const fs::path restored = tmp_.path() / "restored";
  CommandResult restore =
      RunStip({"restore", "--from", backup.string(), "--data", restored.string()}, "", 120s);
  ASSERT_TRUE(restore.status.Exited(0)) << restore.Describe();
  EXPECT_NE(restore.out.find("stip restore: OK"), std::string::npos) << restore.Describe();
  EXPECT_NE(restore.err.find("verify: 1/1"), std::string::npos) << restore.Describe();

  auto served = StipServer::Start("serve", restored, tmp_.path());
  ASSERT_TRUE(served);
  HttpClient client(served->port());
  LogIn(client, kLeadUser);
  EXPECT_EQ(FamilyIdByName(client, kDemoFamilyName), family_id);
  EXPECT_EQ(AllEntryIds(client, family_id), entries);
  EXPECT_EQ(client
                .PostJson("/api/v1/families/" + family_id + "/entries",
                          EntryBody("Eerste aantekening na het terugzetten."))
                .status,
            201u);
  const ExitStatus stopped = served->Stop();
  EXPECT_TRUE(stopped.Exited(0)) << stopped.ToString() << served->Output();
}

TEST_F(BackupTest, RestoreRefusesATargetThatHoldsAnInstallationUnlessForced) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  const fs::path backup = tmp_.path() / "stip-backup.db";
  ASSERT_TRUE(
      RunStip({"backup", "--data", data_dir().string(), "--to", backup.string()}).status.Exited(0));
  HttpResponse after = lead->PostJson("/api/v1/families/" + family_id + "/entries",
                                      EntryBody("Na de back-up geschreven."));
  ASSERT_EQ(after.status, 201u) << after.Describe();
  const std::string newer = Str(ParseJson(after), "id");
  lead.reset();
  ASSERT_TRUE(server_->Stop().Exited(0));

  CommandResult refused =
      RunStip({"restore", "--from", backup.string(), "--data", data_dir().string()}, "", 60s);
  EXPECT_TRUE(refused.status.Exited(kExitFailedPrecondition)) << refused.Describe();
  EXPECT_NE(refused.err.find("already holds an installation"), std::string::npos)
      << refused.Describe();
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.Describe();
  EXPECT_EQ(CountEntries(database(), {newer}), "1") << "a refused restore must change nothing";

  CommandResult forced = RunStip(
      {"restore", "--from", backup.string(), "--data", data_dir().string(), "--force"}, "", 60s);
  EXPECT_TRUE(forced.status.Exited(0)) << forced.Describe();
  EXPECT_EQ(CountEntries(database(), {newer}), "0") << "the backup replaced the installation";
  CommandResult verify = RunStip({"verify", "--data", data_dir().string()});
  EXPECT_TRUE(verify.status.Exited(0)) << verify.Describe();
}

TEST_F(BackupTest, ATamperedBackupIsNotRestoredAndTheChainIsNamed) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  lead.reset();
  const fs::path backup = tmp_.path() / "stip-backup.db";
  ASSERT_TRUE(
      RunStip({"backup", "--data", data_dir().string(), "--to", backup.string()}).status.Exited(0));
  const std::string chain = "chain = '" + family_id + "'";
  CommandResult tamper =
      RunSqlite(backup, "UPDATE events SET payload = replace(payload, 'Lotte', 'Lotta') WHERE " +
                            chain + " AND seq = (SELECT min(seq) FROM events WHERE " + chain +
                            " AND payload LIKE '%Lotte%');\nSELECT changes();\n");
  ASSERT_TRUE(tamper.status.Exited(0)) << tamper.Describe();
  ASSERT_EQ(FirstLine(tamper.out), "1") << "the tampering did not work: " << tamper.Describe();

  const fs::path target = tmp_.path() / "restored";
  CommandResult restore =
      RunStip({"restore", "--from", backup.string(), "--data", target.string()}, "", 60s);
  EXPECT_TRUE(restore.status.Exited(kExitDamaged)) << restore.Describe();
  EXPECT_NE(restore.err.find(family_id), std::string::npos)
      << "the message must name the broken chain: " << restore.Describe();
  EXPECT_NE(restore.err.find("hash_mismatch"), std::string::npos) << restore.Describe();
  EXPECT_NE(restore.err.find("Nothing was restored"), std::string::npos) << restore.Describe();
  EXPECT_EQ(restore.out.find("OK"), std::string::npos) << restore.Describe();
  EXPECT_FALSE(fs::exists(target / "stip.db"))
      << "a backup that does not verify is not put in place";
}

TEST_F(BackupTest, PostgresRoundTripThroughPgDump) {
  const char* server = std::getenv("STIP_TEST_POSTGRES_URL");
  if (server == nullptr || *server == '\0') {
    GTEST_SKIP() << "STIP_TEST_POSTGRES_URL is not set (run through scripts/with-postgres)";
  }
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  const std::vector<std::string> entries = AllEntryIds(*lead, family_id);
  lead.reset();
  ASSERT_TRUE(server_->Stop().Exited(0));
  auto source = PostgresDatabase::Create("backup_source");
  auto target = PostgresDatabase::Create("backup_target");
  ASSERT_TRUE(source && target);
  CommandResult migrated = RunStip(
      {"migrate", "--from", "sqlite:" + database().string(), "--to", source->url()}, "", 120s);
  ASSERT_TRUE(migrated.status.Exited(0)) << migrated.Describe();

  const fs::path dump = tmp_.path() / "stip.dump";
  CommandResult made =
      RunStip({"backup", "--database", source->url(), "--to", dump.string()}, "", 120s);
  ASSERT_TRUE(made.status.Exited(0)) << made.Describe();
  EXPECT_NE(made.out.find("pg_dump custom format"), std::string::npos) << made.Describe();

  CommandResult restore =
      RunStip({"restore", "--from", dump.string(), "--database", target->url()}, "", 120s);
  ASSERT_TRUE(restore.status.Exited(0)) << restore.Describe();
  EXPECT_NE(restore.out.find("stip restore: OK"), std::string::npos) << restore.Describe();
  CommandResult refused =
      RunStip({"restore", "--from", dump.string(), "--database", target->url()}, "", 120s);
  EXPECT_TRUE(refused.status.Exited(kExitFailedPrecondition)) << refused.Describe();
  CommandResult wrong_kind = RunStip(
      {"restore", "--from", dump.string(), "--data", (tmp_.path() / "sqlite").string()}, "", 60s);
  EXPECT_FALSE(wrong_kind.status.Exited(0)) << wrong_kind.Describe();
  EXPECT_NE(wrong_kind.err.find("PostgreSQL dump"), std::string::npos) << wrong_kind.Describe();

  auto served = StipServer::StartWithArgs(
      "serve", {"serve", "--port", "0", "--database", target->url()}, tmp_.path());
  ASSERT_TRUE(served);
  HttpClient client(served->port());
  LogIn(client, kLeadUser);
  EXPECT_EQ(FamilyIdByName(client, kDemoFamilyName), family_id);
  EXPECT_EQ(AllEntryIds(client, family_id), entries);
  const ExitStatus stopped = served->Stop();
  EXPECT_TRUE(stopped.Exited(0)) << stopped.ToString() << served->Output();
}

}  // namespace
}  // namespace stip::e2e
