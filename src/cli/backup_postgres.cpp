// stip backup and stip restore for PostgreSQL: the documented pg_dump path, run for the operator.
// pg_dump takes one consistent snapshot of a live database by itself; the archive is in custom
// format (compressed, restorable selectively with pg_restore). A restore runs pg_restore in one
// transaction, so a failed restore leaves the target as it was, and then verifies every chain.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "cli/backup_internal.h"
#include "cli/child.h"
#include "cli/cli.h"
#include "store/open.h"

namespace stip::cli::backup {

namespace {

namespace fs = std::filesystem;
using domain::Code;

constexpr char kBackup[] = "backup";
constexpr char kRestore[] = "restore";

domain::Error NotInstalled(const std::string& tool, const std::string& by_hand) {
  return {Code::kFailedPrecondition,
          tool +
              " is not installed, and stip uses it for PostgreSQL. Install the Debian package "
              "postgresql-client (scripts/setup does), or run it by hand:\n  " +
              by_hand,
          {}};
}

// Runs a PostgreSQL client program; an error when it is missing or exits non-zero.
domain::Status Run(const std::vector<std::string>& argv, const std::string& by_hand,
                   const std::string& on_failure) {
  const ChildResult run = RunChild(argv);
  if (!run.started) return domain::Fail(NotInstalled(argv[0], by_hand));
  if (run.exit_code != 0) {
    return domain::Fail(Code::kUnavailable, argv[0] + " failed (exit status " +
                                                std::to_string(run.exit_code) +
                                                "; its message is above). " + on_failure);
  }
  return {};
}

// Lists the archive's table of contents: proves that pg_restore can read it and that it holds
// the ledger's rows.
domain::Status CheckArchive(const std::string& archive) {
  const std::string list = PartName(archive, "list");
  auto listed = Run({"pg_restore", "--list", "--file=" + list, archive},
                    "pg_restore --list " + archive, "The archive " + archive + " is unreadable.");
  std::ifstream in(list);
  std::stringstream text;
  text << in.rdbuf();
  std::error_code ignored;
  fs::remove(list, ignored);
  if (!listed) return listed;
  if (text.str().find("TABLE DATA public events") == std::string::npos) {
    return domain::Fail(Code::kInternal,
                        "the archive " + archive + " holds no ledger (no data of table events)");
  }
  return {};
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

bool LooksLikePgDump(const std::string& path) {
  constexpr char kMagic[] = {'P', 'G', 'D', 'M', 'P'};  // pg_dump custom format
  std::ifstream in(path, std::ios::binary);
  char head[sizeof(kMagic)] = {};
  return in.read(head, sizeof(head)) && std::memcmp(head, kMagic, sizeof(kMagic)) == 0;
}

int BackupPostgres(const std::string& url, const std::string& to) {
  const auto start = std::chrono::steady_clock::now();
  const std::string part = PartName(to, "part");
  const std::string by_hand =
      "pg_dump --format=custom --file=" + to + " --dbname='" + Redacted(url) + "'";
  if (!OnPath("pg_dump")) return Failed(kBackup, NotInstalled("pg_dump", by_hand));
  app::VerifyReport report;
  {
    Progress progress;
    auto verified = VerifyDatabase(url, "verify database", progress);
    if (!verified) return Failed(kBackup, verified.error());
    report = std::move(*verified);
    if (!report.ok()) {
      PrintProblems(kBackup, "The database " + Redacted(url), report);
      std::fprintf(stderr,
                   "No backup was written: the ledger was changed outside Stip. Keep the database "
                   "for investigation (pg_dump --format=custom by hand makes a copy of it as it "
                   "is) and restore the last good backup.\n");
      return kExitDamaged;
    }
    progress.Update("pg_dump", 0, 1);
    if (auto dumped = Run({"pg_dump", "--format=custom", "--file=" + part, "--dbname=" + url},
                          by_hand, "No backup was written.");
        !dumped) {
      std::error_code ignored;
      fs::remove(part, ignored);
      return Failed(kBackup, dumped.error());
    }
    progress.Update("pg_dump", 1, 1);
    progress.Update("check archive", 0, 1);
    if (auto checked = CheckArchive(part); !checked) {
      std::error_code ignored;
      fs::remove(part, ignored);
      return Failed(kBackup, checked.error());
    }
    progress.Update("check archive", 1, 1);
  }
  std::error_code error;
  fs::rename(part, to, error);
  if (error) {
    return Failed(
        kBackup,
        {Code::kInternal, "cannot rename " + part + " to " + to + ": " + error.message(), {}});
  }
  const fs::path parent = fs::path(to).parent_path();
  if (auto synced = SyncPath(parent.empty() ? "." : parent.string()); !synced) {
    return Failed(kBackup, synced.error());
  }
  std::printf(
      "stip backup: OK — %s (pg_dump custom format, %.1f MB) of %s, which verified just before "
      "the dump: %s — %.1f s\n",
      to.c_str(), static_cast<double>(fs::file_size(to)) / (1024.0 * 1024.0), Redacted(url).c_str(),
      Summary(report).c_str(), SecondsSince(start));
  std::printf("stip restore verifies every chain of this archive again when it is restored.\n");
  return 0;
}

int RestorePostgres(const std::string& from, const std::string& url, bool force) {
  const auto start = std::chrono::steady_clock::now();
  const std::string by_hand =
      "pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction "
      "--exit-on-error --dbname='" +
      Redacted(url) + "' " + from;
  if (!OnPath("pg_restore")) return Failed(kRestore, NotInstalled("pg_restore", by_hand));
  Progress progress;
  progress.Update("check target", 0, 1);
  {
    auto opened = store::Open(url);
    if (!opened) return Failed(kRestore, opened.error());
    auto chains = (*opened)->ListChains();
    if (!chains) return Failed(kRestore, chains.error());
    if (!chains->empty() && !force) {
      return Failed(
          kRestore,
          {Code::kFailedPrecondition,
           Redacted(url) + " already holds an installation (" + std::to_string(chains->size()) +
               " chains). Restore into an empty database, or stop its servers and add "
               "--force to replace it with the backup.",
           {}});
    }
  }  // closed: pg_restore replaces the tables
  progress.Update("check target", 1, 1);
  progress.Update("pg_restore", 0, 1);
  if (auto restored =
          Run({"pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
               "--single-transaction", "--exit-on-error", "--dbname=" + url, from},
              by_hand, "It ran in one transaction, so " + Redacted(url) + " is unchanged.");
      !restored) {
    return Failed(kRestore, restored.error());
  }
  progress.Update("pg_restore", 1, 1);
  auto report = VerifyDatabase(url, "verify", progress);
  if (!report) return Failed(kRestore, report.error());
  if (!report->ok()) {
    PrintProblems(kRestore, "The restored database " + Redacted(url), *report);
    std::fprintf(stderr,
                 "The backup %s WAS restored into %s, but it does not verify: do not serve it. "
                 "Restore an older backup into it with --force.\n",
                 from.c_str(), Redacted(url).c_str());
    return kExitDamaged;
  }
  std::printf("stip restore: OK — %s restored into %s: %s — %.1f s\n", from.c_str(),
              Redacted(url).c_str(), Summary(*report).c_str(), SecondsSince(start));
  std::printf("Start the servers on it. Sessions in the backup still work until they expire.\n");
  return 0;
}

}  // namespace stip::cli::backup
