// The family's list of household and involvement changes (issue 10), for both engines.
#include <string>
#include <vector>

#include "domain/reads.h"
#include "store/core/core_store.h"
#include "store/core/sql.h"

namespace stip::store::core {

namespace {

// Newest first: the family reads what changed last at the top.
inline constexpr Sql kListHouseholdChanges =
    "SELECT seq, changed_at, actor, kind, subject, other_id, on_date, flag, reason "
    "FROM household_changes WHERE family_id = $1 ORDER BY seq DESC";

}  // namespace

Result<std::vector<domain::HouseholdChange>> CoreStore::ListHouseholdChanges(
    const std::string& family_id) {
  std::vector<domain::HouseholdChange> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        kListHouseholdChanges,
        [&](const Row& r) {
          out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6),
                         r.Bool(7), r.Text(8)});
        },
        family_id);
  });
  if (!status) return domain::Fail(status.error());
  return out;
}

}  // namespace stip::store::core
