// Reads of the system chain's projections, the families, their entries and access logs, for
// both engines. A read of one statement runs on ReadOne (a statement is a snapshot by itself);
// a read of several statements runs in one ReadSnapshot, so that its parts agree.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "domain/model.h"
#include "domain/time.h"
#include "ledger/event.h"
#include "store/core/queries_reads.h"
#include "store/core/reads_support.h"
#include "store/entry_fields.h"

namespace stip::store::core {

domain::User UserFrom(const Row& r) {
  return {r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Bool(4),
          r.Text(5), r.Text(6), r.Bool(7), r.Text(8)};
}

Result<domain::Team> TeamFrom(const Row& r) {
  auto kind = domain::ParseTeamKind(r.Text(3));
  if (!kind) return Fail(Corrupt("team kind"));
  return domain::Team{r.Text(0), r.Text(1), r.Text(2), *kind, r.Text(4), r.Text(5)};
}

namespace {

domain::Family FamilyFrom(const Row& r) {
  domain::Family f;
  f.id = r.Text(0);
  f.name = r.Text(1);
  f.created_at = r.Int(2);
  f.head_seq = r.Int(3);
  f.head_hash = r.Text(4);
  return f;
}

// The members, custody and involvements of `family`, read in the snapshot that found it.
Status FillFamily(SqlPort& port, domain::Family& family) {
  const std::string& id = family.id;
  auto members = port.Each(
      read_sql::kListMembers,
      [&](const Row& r) -> Result<bool> {
        auto role = domain::ParseMemberRole(r.Text(2));
        auto birth = domain::ParseDate(r.Text(3));
        if (!role || !birth) return Fail(Corrupt("member of " + id));
        std::optional<domain::Date> left_on;
        if (auto left = r.OptText(4)) {
          left_on = domain::ParseDate(*left);
          if (!left_on) return Fail(Corrupt("member of " + id));
        }
        family.members.push_back(
            {r.Text(0), r.Text(1), *role, *birth, left_on, r.OptText(5).value_or(""), r.Int(6)});
        return true;
      },
      id);
  if (!members) return members;
  auto custody = port.Each(
      read_sql::kListCustody,
      [&](const Row& r) {
        const auto ruling = r.OptText(3);
        family.custody.push_back({r.Text(0), r.Text(1), r.Bool(2),
                                  ruling ? domain::ParseDate(*ruling) : std::nullopt,
                                  r.OptText(4).value_or("")});
      },
      id);
  if (!custody) return custody;
  return port.Each(
      read_sql::kListInvolvements,
      [&](const Row& r) -> Result<bool> {
        auto role = domain::ParseInvolvementRole(r.Text(1));
        if (!role) return Fail(Corrupt("involvement role in " + id));
        family.involvements.push_back({r.Text(0), *role, r.Int(2), r.OptInt(3), r.Text(4)});
        return true;
      },
      id);
}

}  // namespace

Result<domain::Entry> EntryFrom(const Row& row) {
  auto kind = domain::ParseEntryKind(row.Text(3));
  if (!kind) return Fail(Corrupt("entry kind in " + row.Text(1)));
  domain::Entry e;
  e.id = row.Text(0);
  e.family_id = row.Text(1);
  e.seq = row.Int(2);
  e.kind = *kind;
  e.source = row.Text(4);
  e.text = row.Text(5);
  e.author_id = row.Text(6);
  e.created_at = row.Int(7);
  SetEntryExtras(e, row.Text(8), row.Text(9), row.Text(10), row.Text(11));
  return e;
}

// --- administration -----------------------------------------------------------------------------

Result<std::optional<domain::User>> CoreStore::FindUserByUsername(const std::string& username) {
  return Fetch<std::optional<domain::User>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<domain::User>(read_sql::kFindUserByUsername, UserFrom, username);
  });
}

Result<std::optional<domain::User>> CoreStore::FindUser(const std::string& user_id) {
  return Fetch<std::optional<domain::User>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<domain::User>(read_sql::kFindUser, UserFrom, user_id);
  });
}

Result<std::optional<domain::Team>> CoreStore::FindTeam(const std::string& team_id) {
  return Fetch<std::optional<domain::Team>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<domain::Team>(read_sql::kFindTeam, TeamFrom, team_id);
  });
}

Result<std::optional<domain::Organisation>> CoreStore::FindOrganisation(const std::string& id) {
  return Fetch<std::optional<domain::Organisation>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<domain::Organisation>(
        read_sql::kFindOrganisation,
        [](const Row& r) {
          return domain::Organisation{r.Text(0), r.Text(1)};
        },
        id);
  });
}

Result<std::vector<domain::User>> CoreStore::ListUsers() {
  std::vector<domain::User> users;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(read_sql::kListUsers, [&](const Row& r) { users.push_back(UserFrom(r)); });
  });
  if (!status) return Fail(status.error());
  return users;
}

namespace {

ApiToken TokenFrom(const Row& r) {
  return ApiToken{r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4), r.Bool(5), r.Int(6)};
}

}  // namespace

Result<std::optional<ApiToken>> CoreStore::FindTokenBySha256(const std::string& token_sha256) {
  return Fetch<std::optional<ApiToken>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<ApiToken>(read_sql::kFindTokenBySha256, TokenFrom, token_sha256);
  });
}

Result<std::vector<ApiToken>> CoreStore::ListTokensOf(const std::string& user_id) {
  std::vector<ApiToken> tokens;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        read_sql::kListTokensOf, [&](const Row& r) { tokens.push_back(TokenFrom(r)); }, user_id);
  });
  if (!status) return Fail(status.error());
  return tokens;
}

Result<std::vector<domain::Team>> CoreStore::ListTeams() {
  std::vector<domain::Team> teams;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(read_sql::kListTeams, [&](const Row& r) -> Result<bool> {
      auto team = TeamFrom(r);
      if (!team) return Fail(team.error());
      teams.push_back(std::move(*team));
      return true;
    });
  });
  if (!status) return Fail(status.error());
  return teams;
}

Result<std::optional<ApiToken>> CoreStore::FindToken(const std::string& token_id) {
  return Fetch<std::optional<ApiToken>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<ApiToken>(read_sql::kFindToken, TokenFrom, token_id);
  });
}

// --- families -----------------------------------------------------------------------------------

Result<std::optional<domain::Family>> FindFamilyOn(SqlPort& port, const std::string& family_id) {
  auto found = port.One<domain::Family>(read_sql::kFindFamily, FamilyFrom, family_id);
  if (!found || !*found) return found;
  if (auto status = FillFamily(port, **found); !status) return Fail(status.error());
  return found;
}

Result<std::optional<domain::Family>> CoreStore::FindFamily(const std::string& family_id) {
  // One snapshot for the family and its lists, so they agree with the head they report.
  return Fetch<std::optional<domain::Family>>(*this, &CoreStore::ReadSnapshot, [&](SqlPort& port) {
    return FindFamilyOn(port, family_id);
  });
}

Result<std::vector<FamilySummary>> CoreStore::ListFamiliesOf(const std::string& user_id) {
  std::vector<FamilySummary> families;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        read_sql::kListFamiliesOf,
        [&](const Row& r) {
          families.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4), r.Int(5)});
        },
        user_id);
  });
  if (!status) return Fail(status.error());
  return families;
}

Status ListEntriesOn(SqlPort& port, const std::string& family_id, Page page,
                     std::vector<domain::Entry>& out) {
  return port.Each(
      read_sql::kListEntries,
      [&](const Row& r) -> Result<bool> {
        auto e = EntryFrom(r);
        if (!e) return Fail(e.error());
        out.push_back(std::move(*e));
        return true;
      },
      family_id, UpperBound(page), Limit(page));
}

Result<std::vector<domain::Entry>> CoreStore::ListEntries(const std::string& family_id, Page page) {
  std::vector<domain::Entry> entries;
  auto status =
      ReadOne([&](SqlPort& port) { return ListEntriesOn(port, family_id, page, entries); });
  if (!status) return Fail(status.error());
  return entries;
}

Result<std::int64_t> CoreStore::CountFamilies() {
  auto count = Fetch<std::optional<std::int64_t>>(*this, &CoreStore::ReadOne, [](SqlPort& port) {
    return port.One<std::int64_t>(read_sql::kCountFamilies, [](const Row& r) { return r.Int(0); });
  });
  if (!count) return Fail(count.error());
  return count->value_or(0);
}

Result<std::vector<domain::AccessRecord>> CoreStore::ListAccessLog(const std::string& family_id,
                                                                   Page page) {
  std::vector<domain::AccessRecord> lines;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        read_sql::kListAccessLog,
        [&](const Row& r) {
          lines.push_back({r.Text(0), r.Int(1), r.Int(2), r.Text(3), r.Text(4), r.Text(5),
                           r.Text(6), r.Bool(7)});
        },
        family_id, UpperBound(page), Limit(page));
  });
  if (!status) return Fail(status.error());
  return lines;
}

Result<ChainHead> CoreStore::Head(const std::string& chain) {
  auto head = Fetch<std::optional<ChainHead>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<ChainHead>(
        read_sql::kChainHead,
        [&](const Row& r) {
          return ChainHead{chain, r.Int(0), r.Text(1)};
        },
        chain);
  });
  if (!head) return Fail(head.error());
  return head->value_or(ChainHead{chain, 0, std::string(ledger::kGenesisHash)});
}

}  // namespace stip::store::core
