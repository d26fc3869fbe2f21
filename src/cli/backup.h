// `stip backup` and `stip restore`: a verified copy of a whole installation and back.
//
// SQLite: an online, consistent page copy (SQLite's backup API inside one read transaction, so a
// running server keeps writing), verified before it takes its final name. PostgreSQL: pg_dump in
// custom format and pg_restore in one transaction (Debian package postgresql-client), run as
// child processes. A restore is reported as done only after every chain of the result verified.
#pragma once

#include <string>

namespace stip::cli {

// Copies the installation at `database_url` to the file `to`; refuses an existing `to` unless
// `force`.
int RunBackup(const std::string& database_url, const std::string& to, bool force);

// Restores the backup file `from` into `database_url`; refuses a target that already holds an
// installation unless `force`.
int RunRestore(const std::string& from, const std::string& database_url, bool force);

}  // namespace stip::cli
