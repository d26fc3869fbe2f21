#include "store/open.h"

#include <filesystem>
#include <string_view>
#include <system_error>

#include "store/postgres/postgres_store.h"
#include "store/sqlite/backup.h"
#include "store/sqlite/sqlite_store.h"

namespace stip::store {

namespace {

using domain::Code;
using domain::Fail;

constexpr std::string_view kAcceptedForms =
    "use sqlite:PATH (or a bare file path) for the embedded database, or "
    "postgresql://USER@HOST:PORT/DATABASE for PostgreSQL";

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Whether `url` names some other scheme ("mysql://...", "http:..."), as opposed to a path that
// merely contains a colon. A Windows drive ("C:\") is not a scheme.
bool HasScheme(std::string_view url) {
  const auto colon = url.find(':');
  if (colon == std::string_view::npos || colon < 2) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = url[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
    if (!ok) return false;
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<Store>> Open(const std::string& url, const OpenOptions& options) {
  std::string_view rest = url;
  if (StartsWith(rest, "postgresql://") || StartsWith(rest, "postgres://")) {
    return postgres::OpenPostgres(url, options);  // a libpq connection URI, passed as it is
  }
  if (StartsWith(rest, "sqlite:")) {
    rest.remove_prefix(std::string_view("sqlite:").size());
    // Accept the URL spelling "sqlite:///abs/path" and "sqlite://rel/path" as well.
    if (StartsWith(rest, "//")) rest.remove_prefix(2);
  } else if (HasScheme(rest)) {
    return Fail(domain::Error::Invalid(
        "Unknown database URL '" + url + "'; " + std::string(kAcceptedForms) + ".",
        {{"database", std::string(kAcceptedForms)}}));
  }
  if (rest.empty()) {
    return Fail(domain::Error::Invalid(
        "The database URL '" + url + "' has no path; " + std::string(kAcceptedForms) + ".",
        {{"database", std::string(kAcceptedForms)}}));
  }

  const std::filesystem::path path{std::string(rest)};
  if (options.existing_only) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
      return Fail(Code::kNotFound, "There is no Stip database at " + path.string() +
                                       ". Check --data (the directory that holds stip.db) or "
                                       "--database; this command never creates a database.");
    }
  } else if (path.has_parent_path()) {
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    if (error) {
      return Fail(Code::kFailedPrecondition, "cannot create the directory " +
                                                 path.parent_path().string() +
                                                 " for the database: " + error.message());
    }
  }
  return sqlite::OpenSqlite(path.string(), options);
}

Status CopySqliteDatabase(const std::string& from, const std::string& to,
                          const CopyObserver& observe) {
  return sqlite::CopyDatabase(from, to, observe);
}

bool LooksLikeSqliteDatabase(const std::string& path) { return sqlite::LooksLikeSqlite(path); }

}  // namespace stip::store
