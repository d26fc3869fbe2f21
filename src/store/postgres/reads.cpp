// Reads of the projections and the operational state (sessions, credentials, login failures),
// all on pooled connections: a read never waits for the writer, and operational writes are
// single autocommit statements that need no group commit.
#include <cstdint>
#include <limits>
#include <string>
#include <utility>

#include "domain/model.h"
#include "domain/time.h"
#include "ledger/event.h"
#include "store/entry_fields.h"
#include "store/postgres/sql.h"
#include "store/postgres/store_impl.h"

namespace stip::store::postgres {

namespace {

using domain::Code;
using domain::Fail;

// The stored enum names are written by the projector after validation; anything else means
// the database was edited behind Stip's back.
Error Corrupt(const std::string& what) {
  return Error::Internal("the database holds an invalid " + what + "; run stip rebuild");
}

domain::User UserFrom(const Row& r) {
  return {r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Bool(4), r.Text(5), r.Text(6)};
}

// The exclusive upper bound for seq: before = 0 (or less) means "from the newest".
std::int64_t UpperBound(const Page& page) {
  return page.before > 0 ? page.before : std::numeric_limits<std::int64_t>::max();
}

int Limit(const Page& page) { return page.limit > 0 ? page.limit : 0; }

// Runs `query_sql` with `args` and calls `row(r)` for every row (stopping at its first error).
template <typename RowFn, typename... Args>
Status ForEachRow(Connection& conn, Sql query_sql, RowFn&& row, const Args&... args) {
  auto rows = conn.Run(query_sql, args...);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->size(); ++i) {
    if (auto status = row((*rows)[i]); !status) return status;
  }
  return {};
}

// The first row mapped by `map`, or nullopt when there is none.
template <typename T, typename MapFn, typename... Args>
Result<std::optional<T>> FindOne(Connection& conn, Sql query_sql, MapFn&& map,
                                 const Args&... args) {
  auto rows = conn.Run(query_sql, args...);
  if (!rows) return Fail(rows.error());
  if (rows->empty()) return std::optional<T>();
  return map((*rows)[0]);
}

// Runs a write with no result on a pooled connection.
template <typename... Args>
Status WriteOn(Pool& pool, Sql query_sql, const Args&... args) {
  auto conn = pool.Acquire();
  if (!conn) return Fail(conn.error());
  auto rows = (*conn)->Run(query_sql, args...);
  if (!rows) return Fail(rows.error());
  return {};
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

Result<std::optional<domain::User>> PostgresStore::FindUserByUsername(const std::string& username) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<domain::User>(
      **conn, sql::kFindUserByUsername,
      [](const Row& r) -> Result<std::optional<domain::User>> { return UserFrom(r); }, username);
}

Result<std::optional<domain::User>> PostgresStore::FindUser(const std::string& user_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<domain::User>(
      **conn, sql::kFindUser,
      [](const Row& r) -> Result<std::optional<domain::User>> { return UserFrom(r); }, user_id);
}

Result<std::optional<domain::Team>> PostgresStore::FindTeam(const std::string& team_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<domain::Team>(
      **conn, sql::kFindTeam,
      [](const Row& r) -> Result<std::optional<domain::Team>> {
        auto kind = domain::ParseTeamKind(r.Text(3));
        if (!kind) return Fail(Corrupt("team kind"));
        return domain::Team{r.Text(0), r.Text(1), r.Text(2), *kind, r.Text(4), r.Text(5)};
      },
      team_id);
}

Result<std::optional<domain::Organisation>> PostgresStore::FindOrganisation(const std::string& id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<domain::Organisation>(
      **conn, sql::kFindOrganisation,
      [](const Row& r) -> Result<std::optional<domain::Organisation>> {
        return domain::Organisation{r.Text(0), r.Text(1)};
      },
      id);
}

Result<std::vector<domain::User>> PostgresStore::ListUsers() {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::User> users;
  auto status = ForEachRow(**conn, sql::kListUsers, [&](const Row& r) -> Status {
    users.push_back(UserFrom(r));
    return {};
  });
  if (!status) return Fail(status.error());
  return users;
}

Result<std::optional<ApiToken>> PostgresStore::FindTokenBySha256(const std::string& token_sha256) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<ApiToken>(
      **conn, sql::kFindTokenBySha256,
      [](const Row& r) -> Result<std::optional<ApiToken>> {
        return ApiToken{r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4), r.Bool(5)};
      },
      token_sha256);
}

// --- families -----------------------------------------------------------------------------------

Result<std::optional<domain::Family>> PostgresStore::FindFamily(const std::string& family_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  // One snapshot for the family and its lists, so they agree with the head they report.
  auto txn = Transaction::Begin(**conn, sql::kBeginSnapshot);
  if (!txn) return Fail(txn.error());
  auto found = FindOne<domain::Family>(
      **conn, sql::kFindFamily,
      [](const Row& r) -> Result<std::optional<domain::Family>> {
        domain::Family f;
        f.id = r.Text(0);
        f.name = r.Text(1);
        f.created_at = r.Int(2);
        f.head_seq = r.Int(3);
        f.head_hash = r.Text(4);
        return f;
      },
      family_id);
  if (!found || !*found) return found;
  domain::Family& family = **found;

  auto members = ForEachRow(
      **conn, sql::kListMembers,
      [&](const Row& r) -> Status {
        auto role = domain::ParseMemberRole(r.Text(2));
        auto birth = domain::ParseDate(r.Text(3));
        if (!role || !birth) return Fail(Corrupt("member of " + family_id));
        family.members.push_back({r.Text(0), r.Text(1), *role, *birth});
        return {};
      },
      family_id);
  if (!members) return Fail(members.error());

  auto custody = ForEachRow(
      **conn, sql::kListCustody,
      [&](const Row& r) -> Status {
        family.custody.push_back({r.Text(0), r.Text(1), r.Bool(2)});
        return {};
      },
      family_id);
  if (!custody) return Fail(custody.error());

  auto involvements = ForEachRow(
      **conn, sql::kListInvolvements,
      [&](const Row& r) -> Status {
        auto role = domain::ParseInvolvementRole(r.Text(1));
        if (!role) return Fail(Corrupt("involvement role in " + family_id));
        family.involvements.push_back({r.Text(0), *role, r.Int(2), r.OptInt(3), r.Text(4)});
        return {};
      },
      family_id);
  if (!involvements) return Fail(involvements.error());
  return found;  // the read-only transaction ends (rolls back) with txn
}

Result<std::vector<FamilySummary>> PostgresStore::ListFamiliesOf(const std::string& user_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<FamilySummary> families;
  auto status = ForEachRow(
      **conn, sql::kListFamiliesOf,
      [&](const Row& r) -> Status {
        families.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4), r.Int(5)});
        return {};
      },
      user_id);
  if (!status) return Fail(status.error());
  return families;
}

Result<std::vector<domain::Entry>> PostgresStore::ListEntries(const std::string& family_id,
                                                              Page page) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Entry> entries;
  auto status = ForEachRow(
      **conn, sql::kListEntries,
      [&](const Row& r) -> Status {
        auto e = EntryFrom(r);
        if (!e) return Fail(e.error());
        entries.push_back(std::move(*e));
        return {};
      },
      family_id, UpperBound(page), Limit(page));
  if (!status) return Fail(status.error());
  return entries;
}

Result<std::int64_t> PostgresStore::CountFamilies() {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  auto count = FindOne<std::int64_t>(
      **conn, sql::kCountFamilies,
      [](const Row& r) -> Result<std::optional<std::int64_t>> { return r.Int(0); });
  if (!count) return Fail(count.error());
  return count->value_or(0);
}

Result<std::vector<domain::AccessRecord>> PostgresStore::ListAccessLog(const std::string& family_id,
                                                                       Page page) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::AccessRecord> lines;
  auto status = ForEachRow(
      **conn, sql::kListAccessLog,
      [&](const Row& r) -> Status {
        lines.push_back(
            {r.Text(0), r.Int(1), r.Int(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6), r.Bool(7)});
        return {};
      },
      family_id, UpperBound(page), Limit(page));
  if (!status) return Fail(status.error());
  return lines;
}

Result<ChainHead> PostgresStore::Head(const std::string& chain) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  auto head = FindOne<ChainHead>(
      **conn, sql::kChainHead,
      [&](const Row& r) -> Result<std::optional<ChainHead>> {
        return ChainHead{chain, r.Int(0), r.Text(1)};
      },
      chain);
  if (!head) return Fail(head.error());
  return head->value_or(ChainHead{chain, 0, std::string(ledger::kGenesisHash)});
}

// --- operational state --------------------------------------------------------------------------

Status PostgresStore::SetPasswordHash(const std::string& user_id, const std::string& argon2id) {
  return WriteOn(*pool_, sql::kSetPasswordHash, user_id, argon2id);
}

Result<std::optional<std::string>> PostgresStore::PasswordHash(const std::string& user_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<std::string>(
      **conn, sql::kPasswordHash,
      [](const Row& r) -> Result<std::optional<std::string>> { return r.Text(0); }, user_id);
}

Status PostgresStore::CreateSession(const Session& session) {
  return WriteOn(*pool_, sql::kCreateSession, session.token_sha256, session.user_id, session.csrf,
                 session.created_at, session.expires_at);
}

Result<std::optional<Session>> PostgresStore::FindSession(const std::string& token_sha256) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<Session>(
      **conn, sql::kFindSession,
      [](const Row& r) -> Result<std::optional<Session>> {
        return Session{r.Text(0), r.Text(1), r.Text(2), r.Int(3), r.Int(4)};
      },
      token_sha256);
}

Status PostgresStore::DeleteSession(const std::string& token_sha256) {
  return WriteOn(*pool_, sql::kDeleteSession, token_sha256);
}

Status PostgresStore::DeleteExpiredSessions(domain::Millis now) {
  return WriteOn(*pool_, sql::kDeleteExpiredSessions, now);
}

Result<int> PostgresStore::RecordLoginFailure(const std::string& username, domain::Millis now) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  auto rows = (*conn)->Run(sql::kRecordLoginFailure, username, now);
  if (!rows) return Fail(rows.error());
  if (rows->empty()) return Fail(Error::Internal("recording a login failure returned no count"));
  return static_cast<int>((*rows)[0].Int(0));
}

Result<std::pair<int, domain::Millis>> PostgresStore::LoginFailures(const std::string& username) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  using Failures = std::pair<int, domain::Millis>;
  auto failures = FindOne<Failures>(
      **conn, sql::kLoginFailures,
      [](const Row& r) -> Result<std::optional<Failures>> {
        return Failures{static_cast<int>(r.Int(0)), r.Int(1)};
      },
      username);
  if (!failures) return Fail(failures.error());
  return failures->value_or(Failures{0, 0});
}

Status PostgresStore::ClearLoginFailures(const std::string& username) {
  return WriteOn(*pool_, sql::kClearLoginFailures, username);
}

}  // namespace stip::store::postgres
