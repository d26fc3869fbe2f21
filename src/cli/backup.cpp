#include "cli/backup.h"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "app/migrate.h"
#include "cli/backup_internal.h"
#include "cli/cli.h"
#include "cli/migrate.h"
#include "cli/operator.h"
#include "store/open.h"

namespace stip::cli {

namespace fs = std::filesystem;
using domain::Code;

namespace backup {

int Failed(const char* command, const domain::Error& error) {
  std::fprintf(stderr, "stip %s: %s\n", command, error.message.c_str());
  return ExitCodeFor(error.code);
}

domain::Result<app::VerifyReport> VerifyDatabase(const std::string& url, const std::string& phase,
                                                 Progress& progress) {
  progress.Update(phase, 0, 1);
  auto opened = store::Open(url);
  if (!opened) return tl::unexpected(opened.error());
  auto report = app::VerifyStore(**opened);
  progress.Update(phase, 1, 1);
  return report;
}

std::string Summary(const app::VerifyReport& report) {
  return std::to_string(report.chains) + " chains, " + std::to_string(report.events) +
         " events and " + std::to_string(report.access_records) +
         " access-log lines verified; newest global link " + std::to_string(report.global_seq) +
         " " + report.global_hash;
}

void PrintProblems(const char* command, const std::string& what, const app::VerifyReport& report) {
  std::fprintf(stderr, "stip %s: %s does NOT verify — %zu problem(s):%s\n", command, what.c_str(),
               report.problems.size(), app::DescribeProblems(report).c_str());
}

std::string Redacted(const std::string& url) {
  std::string out = url;
  const auto scheme = out.find("://");
  const auto at = out.find('@');
  if (scheme != std::string::npos && at != std::string::npos && at > scheme) {
    const auto colon = out.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at)
      out = out.substr(0, colon + 1) + "***" + out.substr(at);
  }
  // A password given as a parameter (?password=, &sslpassword=, or password= in the keyword form).
  for (const std::string key : {"password=", "sslpassword="}) {
    for (auto pos = out.find(key); pos != std::string::npos; pos = out.find(key, pos + 1)) {
      if (pos > 0 && out[pos - 1] != '?' && out[pos - 1] != '&' && out[pos - 1] != ' ' &&
          out[pos - 1] != 'l') {
        continue;
      }
      const auto start = pos + key.size();
      const auto end = out.find_first_of("& ", start);
      out.replace(start, (end == std::string::npos ? out.size() : end) - start, "***");
    }
  }
  return out;
}

std::string DatabaseOnly(const std::string& url) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) {
    // The keyword form ("host=... dbname=... password=...") or a plain path.
    return url.find('=') == std::string::npos ? url : std::string("a PostgreSQL database");
  }
  std::string rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find('?'));
  const auto slash = rest.find('/');
  const auto at = rest.rfind('@', slash == std::string::npos ? std::string::npos : slash);
  if (at != std::string::npos && (slash == std::string::npos || at < slash))
    rest = rest.substr(at + 1);
  return url.substr(0, scheme + 3) + rest;
}

domain::Status SyncPath(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const std::error_code error(errno, std::generic_category());
    if (fd >= 0) ::close(fd);
    return domain::Fail(Code::kInternal, "cannot flush " + path + " to disk: " + error.message());
  }
  ::close(fd);
  return {};
}

std::string PartName(const std::string& path, const std::string& tag) {
  return path + "." + tag + "-" + std::to_string(::getpid());
}

}  // namespace backup

namespace {

using backup::Failed;

constexpr char kBackup[] = "backup";
constexpr char kRestore[] = "restore";

std::string Directory(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

void RemoveCopy(const std::string& path) {
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ignored);
}

// Renames `part` to `final_path` and makes both the file and the new name durable.
domain::Status Publish(const std::string& part, const std::string& final_path) {
  if (auto synced = backup::SyncPath(part); !synced) return synced;
  std::error_code error;
  fs::rename(part, final_path, error);
  if (error) {
    return domain::Fail(Code::kInternal,
                        "cannot rename " + part + " to " + final_path + ": " + error.message());
  }
  return backup::SyncPath(Directory(final_path));
}

double MegaBytes(const std::string& path) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  return error ? 0.0 : static_cast<double>(size) / (1024.0 * 1024.0);
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int BackupSqlite(const std::string& source, const std::string& to) {
  const auto start = std::chrono::steady_clock::now();
  std::error_code made;
  fs::create_directories(Directory(to), made);
  const std::string part = backup::PartName(to, "part");
  RemoveCopy(part);
  app::VerifyReport report;
  {
    Progress progress;
    auto copied =
        store::CopySqliteDatabase(source, part, [&](std::int64_t done, std::int64_t total) {
          progress.Update("copy (pages)", done, total);
        });
    if (!copied) {
      RemoveCopy(part);
      return Failed(kBackup, copied.error());
    }
    auto verified = backup::VerifyDatabase("sqlite:" + part, "verify copy", progress);
    if (!verified) {
      RemoveCopy(part);
      return Failed(kBackup, verified.error());
    }
    report = std::move(*verified);
  }
  if (!report.ok()) {
    RemoveCopy(part);
    backup::PrintProblems(kBackup, "The copy of " + source, report);
    std::fprintf(stderr,
                 "No backup was written. The copy is taken in one consistent snapshot, so the "
                 "source itself was changed outside Stip: run `stip verify` on it and keep it for "
                 "investigation.\n");
    return kExitDamaged;
  }
  if (auto published = Publish(part, to); !published) {
    RemoveCopy(part);
    return Failed(kBackup, published.error());
  }
  std::printf("stip backup: OK — %s (%.1f MB, SQLite) from %s: %s — %.1f s\n", to.c_str(),
              MegaBytes(to), source.c_str(), backup::Summary(report).c_str(), SecondsSince(start));
  return 0;
}

// How many chains the SQLite database at `path` holds (0 when the file does not exist).
domain::Result<std::size_t> ChainsIn(const std::string& url, const std::string& path) {
  if (!fs::exists(path)) return std::size_t{0};
  auto opened = store::Open(url);
  if (!opened) return tl::unexpected(opened.error());
  auto chains = (*opened)->ListChains();
  if (!chains) return tl::unexpected(chains.error());
  return chains->size();
}

domain::Error NotEmpty(const std::string& url, std::size_t chains) {
  return {Code::kFailedPrecondition,
          backup::Redacted(url) + " already holds an installation (" + std::to_string(chains) +
              " chains). Restore into an empty database, or stop its servers and add --force to "
              "replace it with the backup.",
          {}};
}

int RestoreSqlite(const std::string& from, const std::string& url, const std::string& target,
                  bool force) {
  const auto start = std::chrono::steady_clock::now();
  auto chains = ChainsIn(url, target);
  if (!chains) return Failed(kRestore, chains.error());
  if (*chains > 0 && !force) return Failed(kRestore, NotEmpty(url, *chains));
  std::error_code error;
  fs::create_directories(Directory(target), error);

  const std::string part = backup::PartName(target, "restore");
  RemoveCopy(part);
  Progress progress;
  const auto show = [&](const std::string& phase) {
    return [&progress, phase](std::int64_t done, std::int64_t total) {
      progress.Update(phase, done, total);
    };
  };
  if (auto copied = store::CopySqliteDatabase(from, part, show("copy (pages)")); !copied) {
    RemoveCopy(part);
    return Failed(kRestore, copied.error());
  }
  auto report = backup::VerifyDatabase("sqlite:" + part, "verify", progress);
  if (!report) return Failed(kRestore, report.error());
  if (!report->ok()) {
    backup::PrintProblems(kRestore, "The backup " + from, *report);
    std::fprintf(stderr,
                 "Nothing was restored into %s: it is unchanged. The restored copy that fails "
                 "verification is at %s, for investigation only: do not serve it. Restore an "
                 "older backup instead.\n",
                 target.c_str(), part.c_str());
    return kExitDamaged;
  }
  if (*chains == 0 && !fs::exists(target)) {
    if (auto published = Publish(part, target); !published)
      return Failed(kRestore, published.error());
  } else {
    // Replace the existing database as a whole, in one transaction of its own (this also deals
    // with its write-ahead log), then verify what is now there.
    if (auto replaced = store::CopySqliteDatabase(part, target, show("replace")); !replaced) {
      return Failed(kRestore, replaced.error());
    }
    RemoveCopy(part);
    report = backup::VerifyDatabase(url, "verify target", progress);
    if (!report) return Failed(kRestore, report.error());
    if (!report->ok()) {
      backup::PrintProblems(kRestore, "The restored database " + target, *report);
      std::fprintf(stderr,
                   "The backup %s was restored into %s, but it does not verify there: "
                   "do not serve it.\n",
                   from.c_str(), target.c_str());
      return kExitDamaged;
    }
  }
  std::printf("stip restore: OK — %s restored into %s: %s — %.1f s\n", from.c_str(), target.c_str(),
              backup::Summary(*report).c_str(), SecondsSince(start));
  std::printf("Start the server on it. Sessions in the backup still work until they expire.\n");
  return 0;
}

}  // namespace

int RunBackup(const std::string& database_url, const std::string& to, bool force) {
  if (to.empty()) {
    return Failed(kBackup, domain::Error::Invalid("Name the backup file with --to PATH."));
  }
  if (fs::exists(to) && !force) {
    return Failed(kBackup, {Code::kAlreadyExists,
                            to + " already exists. Choose a new name (e.g. with the date), or add "
                                 "--force to replace it.",
                            {}});
  }
  const auto source = SqlitePathOf(database_url);
  if (source && IsMissingSqliteFile(database_url)) {
    return Failed(kBackup, {Code::kNotFound, "There is no database at " + *source + ".", {}});
  }
  // Issue 14 item 4: the copy is a read of every file, on the record before it starts (so the
  // backup holds its own line).
  std::error_code error;
  const fs::path absolute = fs::absolute(to, error);
  if (int code = PutOnRecord(database_url, kBackup,
                             "all families; file " + (error ? to : absolute.string()));
      code != 0) {
    return code;
  }
  if (!source) return backup::BackupPostgres(database_url, to);
  return BackupSqlite(*source, to);
}

int RunRestore(const std::string& from, const std::string& database_url, bool force) {
  if (!fs::is_regular_file(from)) {
    return Failed(kRestore, {Code::kNotFound, "There is no backup file at " + from + ".", {}});
  }
  const auto target = SqlitePathOf(database_url);
  const bool sqlite_backup = store::LooksLikeSqliteDatabase(from);
  const bool pg_dump = backup::LooksLikePgDump(from);
  if (!sqlite_backup && !pg_dump) {
    return Failed(kRestore, domain::Error::Invalid(
                                from + " is not a backup made by stip backup (neither a SQLite "
                                       "database nor a pg_dump archive in custom format)."));
  }
  if (target && !sqlite_backup) {
    return Failed(kRestore, domain::Error::Invalid(
                                from + " is a PostgreSQL dump: restore it into a postgresql:// "
                                       "database (--database), or restore it there and move it "
                                       "to SQLite with stip migrate."));
  }
  if (!target && !pg_dump) {
    return Failed(kRestore, domain::Error::Invalid(
                                from + " is a SQLite backup: restore it into a SQLite database "
                                       "(--data or --database sqlite:PATH), then move it to "
                                       "PostgreSQL with stip migrate."));
  }
  if (!target) return backup::RestorePostgres(from, database_url, force);
  if (target->empty()) {
    return Failed(kRestore,
                  domain::Error::Invalid("The database URL " + database_url + " has no path."));
  }
  return RestoreSqlite(from, database_url, *target, force);
}

}  // namespace stip::cli
