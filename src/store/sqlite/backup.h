// Page-level copies of a SQLite database file (stip backup and stip restore), through SQLite's
// online backup API, so that a server may keep writing to the source meanwhile.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "domain/error.h"

namespace stip::store::sqlite {

// Pages copied so far and pages in the snapshot being copied.
using CopyObserver = std::function<void(std::int64_t done, std::int64_t total)>;

// Copies the database at `from` (which must exist; it is never created or changed) into `to` as
// one consistent snapshot: a read transaction is held on the source for the whole copy, so
// commits by other processes (in WAL mode they are not blocked) are not part of the copy and do
// not restart it. `to` is created when missing; an existing database there is replaced as a
// whole in one write transaction (a server holding it open makes this Unavailable).
domain::Status CopyDatabase(const std::string& from, const std::string& to,
                            const CopyObserver& observe);

// Whether the file at `path` starts with the SQLite header ("SQLite format 3").
bool LooksLikeSqlite(const std::string& path);

}  // namespace stip::store::sqlite
