// The core's SQL port over one SQLite connection: the only place where the store core's
// statements meet sqlite3 (placeholders rewritten once, rows read in place while stepping).
#pragma once

#include "store/core/sql.h"
#include "store/sqlite/connection.h"

namespace stip::store::sqlite {

class SqlitePort final : public core::SqlPort {
 public:
  // `txn`: the write transaction the port commits (Commit); null for other units of work.
  explicit SqlitePort(Connection& conn, Transaction* txn = nullptr) : conn_(conn), txn_(txn) {}
  core::Dialect dialect() const override { return core::Dialect::kSqlite; }
  Result<std::int64_t> Run(core::Sql sql, std::span<const core::Param> params,
                           core::RowFn on_row) override;
  Status Stream(core::Sql sql, std::span<const core::Param> params, core::RowFn on_row) override;
  Status Exec(core::Sql sql) override;
  Status Commit() override;

 private:
  Connection& conn_;
  Transaction* txn_;
};

}  // namespace stip::store::sqlite
