#include "store/postgres/sql_port.h"

namespace stip::store::postgres {

namespace {

using domain::Fail;

// Type OIDs from PostgreSQL's catalog (pg_type.dat); stable across server versions.
constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700,
              kFloat8 = 701, kNumeric = 1700;

class PostgresRow final : public core::Row {
 public:
  explicit PostgresRow(const postgres::Row& row) : row_(row) {}
  int Columns() const override { return row_.ColumnCount(); }
  bool IsNull(int column) const override { return row_.IsNull(column); }
  std::int64_t Int(int column) const override { return row_.Int(column); }
  bool Bool(int column) const override {
    // A boolean column reads "t"/"f"; an integer used as a flag reads as a number.
    const std::string_view text = row_.View(column);
    return text == "t" || (!text.empty() && text != "f" && text != "0");
  }
  std::string_view View(int column) const override { return row_.View(column); }
  core::ValueKind Kind(int column) const override {
    if (row_.IsNull(column)) return core::ValueKind::kNull;
    switch (row_.ColumnType(column)) {
      case kInt2:
      case kInt4:
      case kInt8:
      case kBool:
        return core::ValueKind::kInteger;
      case kFloat4:
      case kFloat8:
      case kNumeric:
        return core::ValueKind::kReal;
      case kBytea:
        return core::ValueKind::kBlob;
      default:
        return core::ValueKind::kText;
    }
  }

 private:
  const postgres::Row& row_;
};

}  // namespace

Result<std::int64_t> PostgresPort::Run(core::Sql sql, std::span<const core::Param> params,
                                       core::RowFn on_row) {
  auto rows = conn_.RunParams(Sql::FromCore(sql), Params(params));
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->size(); ++i) {
    const postgres::Row raw = (*rows)[i];
    auto more = on_row(PostgresRow(raw));
    if (!more) return Fail(more.error());
    if (!*more) break;
  }
  return rows->Affected();
}

Status PostgresPort::Stream(core::Sql sql, std::span<const core::Param> params,
                            core::RowFn on_row) {
  return conn_.StreamParams(Sql::FromCore(sql), Params(params),
                            [&](const postgres::Row& raw) { return on_row(PostgresRow(raw)); });
}

Status PostgresPort::Exec(core::Sql sql) { return conn_.Exec(Sql::FromCore(sql)); }

Status PostgresPort::Commit() {
  if (txn_ == nullptr) return core::SqlPort::Commit();
  return txn_->Commit();
}

}  // namespace stip::store::postgres
