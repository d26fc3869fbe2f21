// The scale-out engine: PostgreSQL through libpq, the same Store contract as SQLite (one ledger,
// byte-identical hash chains), for several Stip processes sharing one database server.
#pragma once

#include <memory>
#include <string>

#include "store/open.h"
#include "store/store.h"

namespace stip::store::postgres {

// `url` is a libpq connection URI ("postgresql://user@host:port/db?sslmode=..."). Connects the
// writer and OpenOptions::read_connections pooled connections, and migrates the schema.
Result<std::unique_ptr<Store>> OpenPostgres(const std::string& url, const OpenOptions& options);

}  // namespace stip::store::postgres
