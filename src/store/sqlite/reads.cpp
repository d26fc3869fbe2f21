// Reads of the projections (through the reader pool) and the operational state (sessions,
// credentials, login failures; written on the writer connection).
#include <cstdint>
#include <limits>
#include <string>
#include <utility>

#include "domain/model.h"
#include "domain/time.h"
#include "ledger/event.h"
#include "store/entry_fields.h"
#include "store/sqlite/sql.h"
#include "store/sqlite/sql_reactions.h"
#include "store/sqlite/store_impl.h"

namespace stip::store::sqlite {

namespace {

using domain::Code;
using domain::Fail;

// The stored enum names are written by the projector after validation; anything else means
// the file was edited behind Stip's back.
Error Corrupt(const std::string& what) {
  return Error::Internal("the database holds an invalid " + what + "; run stip rebuild");
}

domain::User UserFrom(const Query& q) {
  return {q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Int(4) != 0, q.Text(5), q.Text(6)};
}

// The exclusive upper bound for seq: before = 0 (or less) means "from the newest".
std::int64_t UpperBound(const Page& page) {
  return page.before > 0 ? page.before : std::numeric_limits<std::int64_t>::max();
}

int Limit(const Page& page) { return page.limit > 0 ? page.limit : 0; }

// Runs `sql` with `args` and calls `row(query)` for every row (stopping at its first error).
template <typename RowFn, typename... Args>
Status ForEachRow(Connection& conn, std::string_view query_sql, RowFn&& row, const Args&... args) {
  auto query = conn.Prepare(query_sql);
  if (!query) return Fail(query.error());
  query->Bind(args...);
  for (;;) {
    auto has_row = query->Step();
    if (!has_row) return Fail(has_row.error());
    if (!*has_row) return {};
    if (auto status = row(*query); !status) return status;
  }
}

// The first row mapped by `map`, or nullopt when there is none.
template <typename T, typename MapFn, typename... Args>
Result<std::optional<T>> FindOne(Connection& conn, std::string_view query_sql, MapFn&& map,
                                 const Args&... args) {
  auto query = conn.Prepare(query_sql);
  if (!query) return Fail(query.error());
  query->Bind(args...);
  auto has_row = query->Step();
  if (!has_row) return Fail(has_row.error());
  if (!*has_row) return std::optional<T>();
  return map(*query);
}

}  // namespace

Result<domain::Entry> EntryFrom(const Query& row) {
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

Result<std::optional<domain::User>> SqliteStore::FindUserByUsername(const std::string& username) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<domain::User>(
      **conn, sql::kFindUserByUsername,
      [](const Query& q) -> Result<std::optional<domain::User>> { return UserFrom(q); }, username);
}

Result<std::optional<domain::User>> SqliteStore::FindUser(const std::string& user_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<domain::User>(
      **conn, sql::kFindUser,
      [](const Query& q) -> Result<std::optional<domain::User>> { return UserFrom(q); }, user_id);
}

Result<std::optional<domain::Team>> SqliteStore::FindTeam(const std::string& team_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<domain::Team>(
      **conn, sql::kFindTeam,
      [](const Query& q) -> Result<std::optional<domain::Team>> {
        auto kind = domain::ParseTeamKind(q.Text(3));
        if (!kind) return Fail(Corrupt("team kind"));
        return domain::Team{q.Text(0), q.Text(1), q.Text(2), *kind, q.Text(4), q.Text(5)};
      },
      team_id);
}

Result<std::optional<domain::Organisation>> SqliteStore::FindOrganisation(const std::string& id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<domain::Organisation>(
      **conn, sql::kFindOrganisation,
      [](const Query& q) -> Result<std::optional<domain::Organisation>> {
        return domain::Organisation{q.Text(0), q.Text(1)};
      },
      id);
}

Result<std::vector<domain::User>> SqliteStore::ListUsers() {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::User> users;
  auto status = ForEachRow(**conn, sql::kListUsers, [&](const Query& q) -> Status {
    users.push_back(UserFrom(q));
    return {};
  });
  if (!status) return Fail(status.error());
  return users;
}

Result<std::optional<ApiToken>> SqliteStore::FindTokenBySha256(const std::string& token_sha256) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<ApiToken>(
      **conn, sql::kFindTokenBySha256,
      [](const Query& q) -> Result<std::optional<ApiToken>> {
        return ApiToken{q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Int(4), q.Int(5) != 0};
      },
      token_sha256);
}

// --- families -----------------------------------------------------------------------------------

Result<std::optional<domain::Family>> SqliteStore::FindFamily(const std::string& family_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  // One snapshot for the family and its lists, so they agree with the head they report.
  auto txn = Transaction::Begin(**conn, "BEGIN");
  if (!txn) return Fail(txn.error());
  auto found = FindOne<domain::Family>(
      **conn, sql::kFindFamily,
      [](const Query& q) -> Result<std::optional<domain::Family>> {
        domain::Family f;
        f.id = q.Text(0);
        f.name = q.Text(1);
        f.created_at = q.Int(2);
        f.head_seq = q.Int(3);
        f.head_hash = q.Text(4);
        return f;
      },
      family_id);
  if (!found || !*found) return found;
  domain::Family& family = **found;

  auto members = ForEachRow(
      **conn, sql::kListMembers,
      [&](const Query& q) -> Status {
        auto role = domain::ParseMemberRole(q.Text(2));
        auto birth = domain::ParseDate(q.Text(3));
        if (!role || !birth) return Fail(Corrupt("member of " + family_id));
        family.members.push_back({q.Text(0), q.Text(1), *role, *birth});
        return {};
      },
      family_id);
  if (!members) return Fail(members.error());

  auto custody = ForEachRow(
      **conn, sql::kListCustody,
      [&](const Query& q) -> Status {
        family.custody.push_back({q.Text(0), q.Text(1), q.Int(2) != 0});
        return {};
      },
      family_id);
  if (!custody) return Fail(custody.error());

  auto involvements = ForEachRow(
      **conn, sql::kListInvolvements,
      [&](const Query& q) -> Status {
        auto role = domain::ParseInvolvementRole(q.Text(1));
        if (!role) return Fail(Corrupt("involvement role in " + family_id));
        family.involvements.push_back({q.Text(0), *role, q.Int(2), q.OptInt(3), q.Text(4)});
        return {};
      },
      family_id);
  if (!involvements) return Fail(involvements.error());
  return found;  // the read transaction ends (rolls back) with txn
}

Result<std::vector<FamilySummary>> SqliteStore::ListFamiliesOf(const std::string& user_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<FamilySummary> families;
  auto status = ForEachRow(
      **conn, sql::kListFamiliesOf,
      [&](const Query& q) -> Status {
        families.push_back({q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Int(4), q.Int(5)});
        return {};
      },
      user_id);
  if (!status) return Fail(status.error());
  return families;
}

Result<std::vector<domain::Entry>> SqliteStore::ListEntries(const std::string& family_id,
                                                            Page page) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Entry> entries;
  auto status = ForEachRow(
      **conn, sql::kListEntries,
      [&](const Query& q) -> Status {
        auto e = EntryFrom(q);
        if (!e) return Fail(e.error());
        entries.push_back(std::move(*e));
        return {};
      },
      family_id, UpperBound(page), Limit(page));
  if (!status) return Fail(status.error());
  return entries;
}

Result<std::int64_t> SqliteStore::CountFamilies() {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  auto count = FindOne<std::int64_t>(
      **conn, sql::kCountFamilies,
      [](const Query& q) -> Result<std::optional<std::int64_t>> { return q.Int(0); });
  if (!count) return Fail(count.error());
  return count->value_or(0);
}

Result<std::vector<domain::AccessRecord>> SqliteStore::ListAccessLog(const std::string& family_id,
                                                                     Page page) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::AccessRecord> lines;
  auto status = ForEachRow(
      **conn, sql::kListAccessLog,
      [&](const Query& q) -> Status {
        lines.push_back({q.Text(0), q.Int(1), q.Int(2), q.Text(3), q.Text(4), q.Text(5), q.Text(6),
                         q.Int(7) != 0});
        return {};
      },
      family_id, UpperBound(page), Limit(page));
  if (!status) return Fail(status.error());
  return lines;
}

Result<ChainHead> SqliteStore::Head(const std::string& chain) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  auto head = FindOne<ChainHead>(
      **conn, sql::kChainHead,
      [&](const Query& q) -> Result<std::optional<ChainHead>> {
        return ChainHead{chain, q.Int(0), q.Text(1)};
      },
      chain);
  if (!head) return Fail(head.error());
  return head->value_or(ChainHead{chain, 0, std::string(ledger::kGenesisHash)});
}

// --- operational state --------------------------------------------------------------------------

namespace {

template <typename... Args>
Status RunOn(Connection& conn, std::string_view query_sql, const Args&... args) {
  auto query = conn.Prepare(query_sql);
  if (!query) return Fail(query.error());
  query->Bind(args...);
  return query->Run();
}

}  // namespace

Status SqliteStore::SetPasswordHash(const std::string& user_id, const std::string& argon2id) {
  std::lock_guard lock(write_mu_);
  return RunOn(*writer_, sql::kSetPasswordHash, user_id, argon2id);
}

Result<std::optional<std::string>> SqliteStore::PasswordHash(const std::string& user_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<std::string>(
      **conn, sql::kPasswordHash,
      [](const Query& q) -> Result<std::optional<std::string>> { return q.Text(0); }, user_id);
}

Status SqliteStore::CreateSession(const Session& session) {
  std::lock_guard lock(write_mu_);
  return RunOn(*writer_, sql::kCreateSession, session.token_sha256, session.user_id, session.csrf,
               session.created_at, session.expires_at);
}

Result<std::optional<Session>> SqliteStore::FindSession(const std::string& token_sha256) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  return FindOne<Session>(
      **conn, sql::kFindSession,
      [](const Query& q) -> Result<std::optional<Session>> {
        return Session{q.Text(0), q.Text(1), q.Text(2), q.Int(3), q.Int(4)};
      },
      token_sha256);
}

Status SqliteStore::DeleteSession(const std::string& token_sha256) {
  std::lock_guard lock(write_mu_);
  return RunOn(*writer_, sql::kDeleteSession, token_sha256);
}

Status SqliteStore::DeleteExpiredSessions(domain::Millis now) {
  std::lock_guard lock(write_mu_);
  return RunOn(*writer_, sql::kDeleteExpiredSessions, now);
}

Result<int> SqliteStore::RecordLoginFailure(const std::string& username, domain::Millis now) {
  std::lock_guard lock(write_mu_);
  std::optional<int> count;
  // Stepped to the end (not just the first row) so the autocommit write is finished here.
  auto status = ForEachRow(
      *writer_, sql::kRecordLoginFailure,
      [&](const Query& q) -> Status {
        count = static_cast<int>(q.Int(0));
        return {};
      },
      username, now);
  if (!status) return Fail(status.error());
  if (!count) return Fail(Error::Internal("recording a login failure returned no count"));
  return *count;
}

Result<std::pair<int, domain::Millis>> SqliteStore::LoginFailures(const std::string& username) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  using Failures = std::pair<int, domain::Millis>;
  auto failures = FindOne<Failures>(
      **conn, sql::kLoginFailures,
      [](const Query& q) -> Result<std::optional<Failures>> {
        return Failures{static_cast<int>(q.Int(0)), q.Int(1)};
      },
      username);
  if (!failures) return Fail(failures.error());
  return failures->value_or(Failures{0, 0});
}

Status SqliteStore::ClearLoginFailures(const std::string& username) {
  std::lock_guard lock(write_mu_);
  return RunOn(*writer_, sql::kClearLoginFailures, username);
}

}  // namespace stip::store::sqlite
