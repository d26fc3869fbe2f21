// The PostgreSQL schema as one ordered list of migrations; the table schema_version records which
// ran. Append new migrations at the end; never edit one that has shipped.
#pragma once

#include <span>

#include "store/postgres/connection.h"

namespace stip::store::postgres {

// The scripts in order; migration i (0-based) brings the schema to version i + 1.
std::span<const Sql> Migrations();

// Applies the missing migrations in one transaction under an advisory lock, so that several
// processes starting at once migrate one after the other. Refuses (FailedPrecondition) a
// database whose version is newer than this binary knows.
Status Migrate(Connection& conn);

}  // namespace stip::store::postgres
