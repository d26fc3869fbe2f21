#include "cli/migrate.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string_view>

#include "app/migrate.h"
#include "cli/backup_internal.h"
#include "cli/cli.h"
#include "cli/operator.h"
#include "cli/progress.h"
#include "store/open.h"

namespace stip::cli {

std::optional<std::string> SqlitePathOf(const std::string& url) {
  std::string_view path = url;
  if (path.starts_with("postgresql://") || path.starts_with("postgres://")) return std::nullopt;
  if (path.starts_with("sqlite:")) path.remove_prefix(7);
  if (path.starts_with("//")) path.remove_prefix(2);
  return std::string(path);
}

bool IsMissingSqliteFile(const std::string& url) {
  const auto path = SqlitePathOf(url);
  std::error_code error;
  return path && !path->empty() && !std::filesystem::exists(*path, error);
}

int RunMigrate(const std::string& from_url, const std::string& to_url) {
  const auto fail = [](const domain::Error& e) {
    std::fprintf(stderr, "stip migrate: %s\n", e.message.c_str());
    return ExitCodeFor(e.code);
  };
  if (from_url == to_url) {
    return fail(domain::Error::Invalid("--from and --to name the same database."));
  }
  if (IsMissingSqliteFile(from_url)) {
    return fail({domain::Code::kNotFound, "There is no database at " + from_url + ".", {}});
  }
  auto from = store::Open(from_url);
  if (!from) return fail(from.error());
  auto to = store::Open(to_url);
  if (!to) return fail(to.error());
  // Issue 14 item 4: on the record in the source before the copy (so the target holds it too).
  if (int code = PutOnRecord(**from, "migrate", "all families; to " + backup::DatabaseOnly(to_url));
      code != 0) {
    return code;
  }

  const auto start = std::chrono::steady_clock::now();
  domain::Result<app::MigrateReport> report = [&] {
    Progress progress;
    return app::Migrate(**from, **to, [&](const app::MigrateProgress& p) {
      progress.Update(p.phase, p.done, p.total);
    });
  }();
  if (!report) return fail(report.error());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "stip migrate: OK — %lld chains; events: %lld copied, %lld already there; access-log "
      "lines: %lld copied, %lld already there; global links: %lld copied, %lld already there; "
      "%lld passwords; %lld second login steps; %lld installation keys; the target verifies "
      "(%lld events) — %.1f s\n",
      static_cast<long long>(report->chains), static_cast<long long>(report->events_copied),
      static_cast<long long>(report->events_present), static_cast<long long>(report->access_copied),
      static_cast<long long>(report->access_present), static_cast<long long>(report->global_copied),
      static_cast<long long>(report->global_present), static_cast<long long>(report->credentials),
      static_cast<long long>(report->second_steps), static_cast<long long>(report->keys),
      static_cast<long long>(report->verified_events), seconds);
  std::printf("Sessions are not copied: everyone logs in again on the new installation.\n");
  return 0;
}

}  // namespace stip::cli
