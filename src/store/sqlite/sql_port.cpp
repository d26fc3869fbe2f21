#include "store/sqlite/sql_port.h"

namespace stip::store::sqlite {

namespace {

using domain::Fail;

class SqliteRow final : public core::Row {
 public:
  explicit SqliteRow(const Query& query) : query_(query) {}
  int Columns() const override { return query_.ColumnCount(); }
  bool IsNull(int column) const override { return query_.IsNull(column); }
  std::int64_t Int(int column) const override { return query_.Int(column); }
  bool Bool(int column) const override { return query_.Int(column) != 0; }
  std::string_view View(int column) const override {
    return query_.ColumnType(column) == SQLITE_BLOB ? query_.Blob(column) : query_.View(column);
  }
  core::ValueKind Kind(int column) const override {
    switch (query_.ColumnType(column)) {
      case SQLITE_NULL:
        return core::ValueKind::kNull;
      case SQLITE_INTEGER:
        return core::ValueKind::kInteger;
      case SQLITE_FLOAT:
        return core::ValueKind::kReal;
      case SQLITE_BLOB:
        return core::ValueKind::kBlob;
      default:
        return core::ValueKind::kText;
    }
  }

 private:
  const Query& query_;
};

}  // namespace

Result<std::int64_t> SqlitePort::Run(core::Sql sql, std::span<const core::Param> params,
                                     core::RowFn on_row) {
  auto query = conn_.PrepareCore(sql.text(core::Dialect::kSqlite));
  if (!query) return Fail(query.error());
  query->BindParams(params);
  const SqliteRow row(*query);
  for (;;) {
    auto has_row = query->Step();
    if (!has_row) return Fail(has_row.error());
    if (!*has_row) break;
    // Stopping early is safe for writes too: SQLite makes all of a statement's changes (also
    // of UPDATE ... RETURNING) on its first step.
    auto more = on_row(row);
    if (!more) return Fail(more.error());
    if (!*more) break;
  }
  if (query->ReadOnly()) return 0;
  return static_cast<std::int64_t>(sqlite3_changes64(conn_.raw()));
}

Status SqlitePort::Stream(core::Sql sql, std::span<const core::Param> params, core::RowFn on_row) {
  auto ran = Run(sql, params, on_row);
  if (!ran) return Fail(ran.error());
  return {};
}

Status SqlitePort::Exec(core::Sql sql) {
  auto query = conn_.PrepareCore(sql.text(core::Dialect::kSqlite));
  if (!query) return Fail(query.error());
  return query->Run();
}

Status SqlitePort::Commit() {
  if (txn_ == nullptr) return core::SqlPort::Commit();
  return txn_->Commit();
}

}  // namespace stip::store::sqlite
