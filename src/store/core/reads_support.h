// Internal to src/store/core: what the read methods share, i.e. running a lookup as one unit of
// work and handing back its value, the row mappings used by more than one file, and paging.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/model.h"
#include "store/core/core_store.h"

namespace stip::store::core {

using domain::Fail;

// The stored enum names are written by the projector after validation; anything else means
// the database was edited behind Stip's back.
inline Error Corrupt(const std::string& what) {
  return Error::Internal("the database holds an invalid " + what + "; run stip rebuild");
}

// One of CoreStore's units of work (ReadOne, ReadSnapshot, Operational).
using Unit = Status (CoreStore::*)(UnitOfWork);

// Runs `fn(port) -> Result<T>` as one unit of work of `store` and returns its value.
template <typename T, typename Fn>
Result<T> Fetch(CoreStore& store, Unit unit, Fn&& fn) {
  std::optional<T> out;
  auto status = (store.*unit)([&](SqlPort& port) -> Status {
    Result<T> value = fn(port);
    if (!value) return Fail(value.error());
    out = std::move(*value);
    return {};
  });
  if (!status) return Fail(status.error());
  return std::move(*out);
}

// The exclusive upper bound for seq: before = 0 (or less) means "from the newest".
inline std::int64_t UpperBound(const Page& page) {
  return page.before > 0 ? page.before : std::numeric_limits<std::int64_t>::max();
}

inline int Limit(const Page& page) { return page.limit > 0 ? page.limit : 0; }

// The read methods' bodies on one port, so that ReadFamilyFile runs them in its one snapshot.
domain::User UserFrom(const Row& r);
Result<domain::Team> TeamFrom(const Row& r);
Result<std::optional<domain::Family>> FindFamilyOn(SqlPort& port, const std::string& family_id);
Status ListEntriesOn(SqlPort& port, const std::string& family_id, Page page,
                     std::vector<domain::Entry>& out);
Status ListWithholdingsOn(SqlPort& port, const std::string& family_id,
                          std::vector<domain::Withholding>& out);
Status ListObjectionsOn(SqlPort& port, const std::string& family_id,
                        std::vector<domain::Objection>& out);
Status ListReactionsOn(SqlPort& port, const std::string& family_id, std::int64_t min_entry_seq,
                       std::int64_t max_entry_seq, std::vector<domain::Reaction>& out);
Status ListOpenCorrectionsOn(SqlPort& port, const std::string& family_id,
                             std::vector<domain::Reaction>& out);
Result<std::optional<domain::Entry>> FindEntryOn(SqlPort& port, const std::string& family_id,
                                                 const std::string& entry_id);
Status ListAccountsOn(SqlPort& port, const std::string& family_id,
                      std::vector<domain::Account>& out);
Status ListConsentsOn(SqlPort& port, const std::string& family_id, std::vector<ConsentRecord>& out);

// One row of read_sql::kListEntries or read_sql::kFindEntry (the same columns) as an entry.
Result<domain::Entry> EntryFrom(const Row& row);

}  // namespace stip::store::core
