// The core's SQL port on both engines: placeholders, value types, streaming, early stops,
// savepoints and the write transaction's all-or-nothing, as the store core relies on them.
#include <string>
#include <vector>

#include "store/core/core_store.h"
#include "store_support.h"

namespace stip::store::testing {
namespace {

using core::Row;
using core::Sql;
using core::SqlPort;

class SqlPortTest : public StoreTest {
 protected:
  core::CoreStore& core() { return dynamic_cast<core::CoreStore&>(store()); }
};

TEST_P(SqlPortTest, BindsAndReadsEveryValueKindInPlaceholderOrder) {
  if (!ready()) return;
  std::vector<std::string> seen;
  auto status = core().ReadSnapshot([&](SqlPort& port) -> Status {
    // $2 before $1, a '$1' inside a string literal that must stay text, and a NULL.
    return port.Each(
        "SELECT CAST($2 AS TEXT), CAST($1 AS BIGINT), '$1', CAST($3 AS BIGINT), CAST($4 AS "
        "BOOLEAN)",
        [&](const Row& row) {
          seen.push_back(row.Text(0));
          seen.push_back(std::to_string(row.Int(1)));
          seen.push_back(row.Text(2));
          seen.push_back(row.IsNull(3) ? "null" : "not null");
          seen.push_back(row.Bool(4) ? "true" : "false");
        },
        std::int64_t{-42}, std::string("tekst met é"), nullptr, true);
  });
  ASSERT_TRUE(status) << status.error().message;
  EXPECT_EQ(seen, (std::vector<std::string>{"tekst met é", "-42", "$1", "null", "true"}));
}

TEST_P(SqlPortTest, StreamsLongResultsAndStopsWhenAsked) {
  if (!ready()) return;
  std::int64_t count = 0;
  std::int64_t last = 0;
  auto status = core().ReadSnapshot([&](SqlPort& port) -> Status {
    constexpr Sql kNumbers =
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) "
        "SELECT i FROM n ORDER BY i";
    if (auto all = port.EachStreamed(
            kNumbers, [&](const Row&) { ++count; }, 5000);
        !all) {
      return all;
    }
    // Stopping early leaves the connection ready for the next statement.
    if (auto some = port.EachStreamed(
            kNumbers,
            [&](const Row& row) -> bool {
              last = row.Int(0);
              return last < 10;
            },
            5000);
        !some) {
      return some;
    }
    auto exists = port.Exists("SELECT 1 WHERE CAST($1 AS BIGINT) = 1", 1);
    if (!exists) return tl::unexpected(exists.error());
    EXPECT_TRUE(*exists);
    return {};
  });
  ASSERT_TRUE(status) << status.error().message;
  EXPECT_EQ(count, 5000);
  EXPECT_EQ(last, 10);
}

TEST_P(SqlPortTest, AFailedUnitOfWorkWritesNothingAndASavepointUndoesOnlyItsOwnPart) {
  if (!ready()) return;
  constexpr Sql kInsert = "INSERT INTO organisations (id, name, created_at) VALUES ($1, $2, $3)";
  auto failed = core().WriteTransaction([&](SqlPort& port) -> Status {
    auto written = port.Write(kInsert, "org_gone", "Weg", 1);
    EXPECT_TRUE(written && *written == 1);
    return tl::unexpected(domain::Error::Internal("the unit of work gives up"));
  });
  ASSERT_FALSE(failed);
  auto kept = core().WriteTransaction([&](SqlPort& port) -> Status {
    if (auto w = port.Write(kInsert, "org_kept", "Blijft", 1); !w) {
      return tl::unexpected(w.error());
    }
    {
      auto savepoint = core::Savepoint::Begin(port);
      if (!savepoint) return tl::unexpected(savepoint.error());
      auto dropped = port.Write(kInsert, "org_undone", "Teruggedraaid", 1);
      EXPECT_TRUE(dropped);
      // A duplicate fails inside the savepoint; the savepoint rolls back when it goes.
      auto duplicate = port.Write(kInsert, "org_kept", "Dubbel", 1);
      EXPECT_FALSE(duplicate);
      if (duplicate) return tl::unexpected(domain::Error::Internal("duplicate accepted"));
      EXPECT_EQ(duplicate.error().code, domain::Code::kAlreadyExists);
    }
    return {};
  });
  ASSERT_TRUE(kept) << kept.error().message;
  std::vector<std::string> ids;
  auto read = core().ReadSnapshot([&](SqlPort& port) -> Status {
    return port.Each(
        "SELECT id FROM organisations WHERE id IN ($1, $2, $3) ORDER BY id",
        [&](const Row& row) { ids.push_back(row.Text(0)); }, "org_gone", "org_kept", "org_undone");
  });
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(ids, (std::vector<std::string>{"org_kept"}));
}

STIP_STORE_CONTRACT(SqlPortTest);

}  // namespace
}  // namespace stip::store::testing
