// Opens a Store from a database URL: "sqlite:PATH" (or a bare path) for the embedded engine;
// "postgresql://..." is reserved for the scale-out engine.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "store/store.h"

namespace stip::store {

struct OpenOptions {
  int busy_timeout_ms = 5000;  // how long a writer waits for a lock before Unavailable
  int read_connections = 8;    // pooled read connections (SQLite WAL allows parallel readers)
  bool durable = true;         // fsync each commit (synchronous=FULL); off only for bulk loads
  // Refuse (NotFound) instead of creating a new, empty SQLite database: for the commands that
  // inspect an installation (stip verify, rebuild), where a mistyped --data must not read as
  // "OK, 0 chains".
  bool existing_only = false;
};

Result<std::unique_ptr<Store>> Open(const std::string& url, const OpenOptions& options = {});

// --- the embedded engine's database file, for stip backup and stip restore -----------------
// (PostgreSQL is copied with pg_dump and pg_restore instead; see cli/backup_postgres.cpp.)

// Pages copied so far and pages in the snapshot being copied.
using CopyObserver = std::function<void(std::int64_t done, std::int64_t total)>;

// Copies the SQLite database at `from` into `to` as one consistent snapshot while servers may
// keep writing to `from` (sqlite/backup.h says how); an existing database at `to` is replaced
// as a whole.
Status CopySqliteDatabase(const std::string& from, const std::string& to,
                          const CopyObserver& observe);

// Whether the file at `path` is a SQLite database (starts with the SQLite header).
bool LooksLikeSqliteDatabase(const std::string& path);

}  // namespace stip::store
