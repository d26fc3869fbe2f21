// The core's SQL port over one PostgreSQL connection: the only place where the store core's
// statements meet libpq (prepared once per connection, text-format values).
#pragma once

#include "store/core/sql.h"
#include "store/postgres/connection.h"

namespace stip::store::postgres {

class PostgresPort final : public core::SqlPort {
 public:
  // `txn`: the write transaction the port commits (Commit); null for other units of work.
  explicit PostgresPort(Connection& conn, Transaction* txn = nullptr) : conn_(conn), txn_(txn) {}
  core::Dialect dialect() const override { return core::Dialect::kPostgres; }
  Result<std::int64_t> Run(core::Sql sql, std::span<const core::Param> params,
                           core::RowFn on_row) override;
  Status Stream(core::Sql sql, std::span<const core::Param> params, core::RowFn on_row) override;
  Status Exec(core::Sql sql) override;
  Status Commit() override;

 private:
  Connection& conn_;
  Transaction* txn_;
};

}  // namespace stip::store::postgres
