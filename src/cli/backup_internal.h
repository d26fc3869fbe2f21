// Shared parts of stip backup and stip restore (cli/backup.cpp for SQLite and the dispatch,
// cli/backup_postgres.cpp for pg_dump and pg_restore).
#pragma once

#include <string>

#include "app/stip.h"
#include "cli/progress.h"
#include "domain/error.h"

namespace stip::cli::backup {

// Prints "stip <command>: <message>" and returns the exit code of the error.
int Failed(const char* command, const domain::Error& error);

// Opens `url` and verifies every chain, showing the phase `phase` on `progress`.
domain::Result<app::VerifyReport> VerifyDatabase(const std::string& url, const std::string& phase,
                                                 Progress& progress);

// "N chains, E events and A access-log lines verified; newest global link S HASH".
std::string Summary(const app::VerifyReport& report);

// The problems of a failed verification for stderr, one per line, with a count first.
void PrintProblems(const char* command, const std::string& what, const app::VerifyReport& report);

// A database URL without the password ("postgresql://user:secret@h/db" -> "user:***@h/db").
// Also a password given as a parameter (?password=..., sslpassword=...).
std::string Redacted(const std::string& url);
// Only where the database is: "postgresql://user:secret@h:5432/db?x=y" -> "postgresql://h:5432/db"
// (for the operators' log, which every administrator reads and no one can change).
std::string DatabaseOnly(const std::string& url);

// fsync of a file or a directory (after a rename, so that the new name survives a crash).
domain::Status SyncPath(const std::string& path);

// A name beside `path` for work in progress: "<path>.<tag>-<pid>".
std::string PartName(const std::string& path, const std::string& tag);

int BackupPostgres(const std::string& url, const std::string& to);
int RestorePostgres(const std::string& from, const std::string& url, bool force);
bool LooksLikePgDump(const std::string& path);

}  // namespace stip::cli::backup
