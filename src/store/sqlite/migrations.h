// The SQLite schema as one ordered list of migrations; PRAGMA user_version counts how many ran.
// Append new migrations at the end; never edit one that has shipped.
#pragma once

#include <span>
#include <string_view>

#include "store/sqlite/connection.h"

namespace stip::store::sqlite {

// The scripts in order; migration i (0-based) brings the schema to version i + 1.
std::span<const std::string_view> Migrations();

// Applies the missing migrations in one write transaction. Refuses (FailedPrecondition) a
// database whose version is newer than this binary knows.
Status Migrate(Connection& conn);

}  // namespace stip::store::sqlite
