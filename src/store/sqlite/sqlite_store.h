// The embedded engine: SQLite in WAL mode, prepared statements only, migrations as one list.
#pragma once

#include <memory>
#include <string>

#include "store/open.h"
#include "store/store.h"

namespace stip::store::sqlite {

Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path, const OpenOptions& options);

}  // namespace stip::store::sqlite
