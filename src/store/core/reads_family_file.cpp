// ReadFamilyFile: everything one family page reads, in one snapshot on one connection (issue 9,
// "one read per page"), written once for both engines from the same row mappings as the
// separate reads; users and related entries are fetched by a set of ids in one statement each.
#include <boost/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/model.h"
#include "store/core/queries_family_file.h"
#include "store/core/reads_support.h"
#include "store/core/sql_arrays.h"

namespace stip::store::core {

namespace {

// A list of ids as one bound parameter: a JSON array for SQLite's json_each, an array literal
// for PostgreSQL's ANY($n::text[]).
std::string IdList(Dialect dialect, const std::set<std::string>& ids) {
  const std::vector<std::string> list(ids.begin(), ids.end());
  if (dialect != Dialect::kSqlite) return TextArray(list);
  boost::json::array array;
  for (const auto& id : list) array.emplace_back(id);
  return boost::json::serialize(array);
}

Status FindUsersOn(SqlPort& port, const std::set<std::string>& ids,
                   std::vector<domain::UserWithTeam>& out) {
  if (ids.empty()) return {};
  return port.Each(
      read_sql::kFindUsersWithTeams,
      [&](const Row& r) -> Result<bool> {
        domain::UserWithTeam u;
        u.user = UserFrom(r);
        if (!r.IsNull(7)) {
          auto kind = domain::ParseTeamKind(r.Text(10));
          if (!kind) return Fail(Corrupt("team kind"));
          u.team = domain::Team{r.Text(7), r.Text(8), r.Text(9), *kind, r.Text(11), r.Text(12)};
        }
        if (!r.IsNull(13)) u.organisation = domain::Organisation{r.Text(13), r.Text(14)};
        out.push_back(std::move(u));
        return true;
      },
      IdList(port.dialect(), ids));
}

Status FindEntriesOn(SqlPort& port, const std::string& family_id, const std::set<std::string>& ids,
                     std::vector<domain::Entry>& out) {
  if (ids.empty()) return {};
  return port.Each(
      read_sql::kFindEntries,
      [&](const Row& r) -> Result<bool> {
        auto e = EntryFrom(r);
        if (!e) return Fail(e.error());
        out.push_back(std::move(*e));
        return true;
      },
      family_id, IdList(port.dialect(), ids));
}

// The earlier versions of `entries` (each entry is corrected at most once, so these are chains;
// one statement per step back, the bound only guards against a damaged projection) and the
// entries named in `wanted` (without their earlier versions), into file.related.
Status FindRelatedOn(SqlPort& port, domain::FamilyFile& file, std::set<std::string> wanted) {
  constexpr int kMaxVersions = 1000;
  std::set<std::string> known;
  for (const auto& e : file.entries) known.insert(e.id);
  std::set<std::string> versions;  // earlier versions: only their own `corrects` is followed
  for (const auto& e : file.entries) {
    if (!e.corrects.empty()) versions.insert(e.corrects);
  }
  wanted.insert(versions.begin(), versions.end());
  for (int step = 0; step < kMaxVersions; ++step) {
    std::erase_if(wanted, [&](const std::string& id) { return known.count(id) > 0; });
    if (wanted.empty()) break;
    const std::size_t first = file.related.size();
    if (auto s = FindEntriesOn(port, file.family.id, wanted, file.related); !s) return s;
    known.insert(wanted.begin(), wanted.end());  // also the ids that were not found
    wanted.clear();
    std::set<std::string> next;
    for (std::size_t i = first; i < file.related.size(); ++i) {
      const auto& e = file.related[i];
      if (versions.count(e.id) && !e.corrects.empty()) next.insert(e.corrects);
    }
    versions = next;
    wanted = std::move(next);
  }
  return {};
}

Status ReadFileOn(SqlPort& port, domain::FamilyFile& file, Page page,
                  domain::FamilyFileParts parts) {
  const std::string& id = file.family.id;
  if (auto s = ListConsentsOn(port, id, file.consents); !s) return s;
  if (auto s = ListEntriesOn(port, id, page, file.entries); !s) return s;
  if (auto s = ListWithholdingsOn(port, id, file.withholdings); !s) return s;
  if (!file.entries.empty()) {
    if (auto s = ListObjectionsOn(port, id, file.objections); !s) return s;
    if (auto s = ListReactionsOn(port, id, file.entries.back().seq, file.entries.front().seq,
                                 file.reactions);
        !s) {
      return s;
    }
  }
  std::set<std::string> entry_ids;
  if (parts.open_corrections) {
    if (auto s = ListOpenCorrectionsOn(port, id, file.open_corrections); !s) return s;
    for (const auto& r : file.open_corrections) entry_ids.insert(r.entry_id);
  }
  if (auto s = FindRelatedOn(port, file, std::move(entry_ids)); !s) return s;
  if (parts.accounts) {
    if (auto s = ListAccountsOn(port, id, file.accounts); !s) return s;
  }
  // Everyone the page may name: authors, deciders, answerers and the involved professionals.
  std::set<std::string> users;
  for (const auto& e : file.entries) users.insert(e.author_id);
  for (const auto& w : file.withholdings) users.insert(w.decided_by);
  for (const auto& r : file.reactions) users.insert(r.answered_by);
  for (const auto& i : file.family.involvements) users.insert(i.user_id);
  users.erase(std::string());
  return FindUsersOn(port, users, file.users);
}

}  // namespace

Result<std::optional<domain::FamilyFile>> CoreStore::ReadFamilyFile(const std::string& family_id,
                                                                    Page page,
                                                                    domain::FamilyFileParts parts) {
  return Fetch<std::optional<domain::FamilyFile>>(
      *this, &CoreStore::ReadSnapshot,
      [&](SqlPort& port) -> Result<std::optional<domain::FamilyFile>> {
        auto family = FindFamilyOn(port, family_id);
        if (!family) return Fail(family.error());
        if (!*family) return std::optional<domain::FamilyFile>();
        std::optional<domain::FamilyFile> file(std::in_place);
        file->family = std::move(**family);
        if (auto s = ReadFileOn(port, *file, page, parts); !s) return Fail(s.error());
        return file;
      });
}

}  // namespace stip::store::core
