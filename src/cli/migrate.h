// `stip migrate --from URL --to URL`: copies a whole installation between engines (typically
// SQLite to PostgreSQL), verified on arrival, safe to re-run.
#pragma once

#include <optional>
#include <string>

namespace stip::cli {

int RunMigrate(const std::string& from_url, const std::string& to_url);

// The file path of a SQLite database URL ("sqlite:PATH", "sqlite:///PATH" or a bare path);
// nullopt for a PostgreSQL URL.
std::optional<std::string> SqlitePathOf(const std::string& url);

// Whether `url` names a SQLite database file that does not exist (opening it would create an
// empty one, which is never what a source or a restore means).
bool IsMissingSqliteFile(const std::string& url);

}  // namespace stip::cli
