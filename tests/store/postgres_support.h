// The PostgreSQL engine of the store contract suite: a fresh database per test on the server that
// STIP_TEST_POSTGRES_URL names (scripts/with-postgres starts one), dropped after the test.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "store/store_support.h"

namespace stip::store::testing {

inline constexpr char kPostgresUrlVariable[] = "STIP_TEST_POSTGRES_URL";

// The server URL from the environment, or nullopt when PostgreSQL is not part of this run.
std::optional<std::string> PostgresServerUrl();

// `url` with its database replaced by `database` (query parameters kept).
std::string WithDatabase(const std::string& url, const std::string& database);

// Runs `sql` on the database at `url` as one simple query (several statements run in one
// transaction); returns "" or the error message.
std::string RunPostgresSql(const std::string& url, const std::string& sql);

// The URL of the database that the fixture made for the scratch directory `dir` (made now if
// there is none yet, without a schema).
Result<std::string> PostgresDatabaseUrl(const std::filesystem::path& dir);

// The first column of the first row of `sql` at `url` as text ("" when there is no row).
std::string PostgresValue(const std::string& url, const std::string& sql);

// The engine entry for Engines(): skipped when STIP_TEST_POSTGRES_URL is unset, failing (never
// skipped) when it is set and the server cannot be reached.
Engine PostgresEngine();

}  // namespace stip::store::testing
