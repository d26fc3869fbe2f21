// Family accounts and consents (projection reads) and one-time login codes (operational state)
// for the SQLite engine (issue 3).
#include <string>
#include <utility>

#include "domain/time.h"
#include "store/sqlite/sql.h"
#include "store/sqlite/store_impl.h"

namespace stip::store::sqlite {
namespace {

using domain::Fail;

template <typename RowFn, typename... Args>
Status EachRow(Connection& conn, std::string_view query_sql, RowFn&& row, const Args&... args) {
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

domain::Account AccountFrom(const Query& q) {
  domain::Account a;
  a.id = q.Text(0);
  a.family_id = q.Text(1);
  a.member_id = q.Text(2);
  a.contact = q.Text(3);
  a.invited_at = q.Int(4);
  a.activated_at = q.OptInt(5);
  a.revoked = q.Int(6) != 0;
  return a;
}

LoginCode CodeFrom(const Query& q) {
  LoginCode c;
  c.id = q.Text(0);
  c.account_id = q.Text(1);
  c.code_sha256 = q.Text(2);
  c.created_at = q.Int(3);
  c.expires_at = q.Int(4);
  c.failures = static_cast<int>(q.Int(5));
  c.used_at = q.OptInt(6);
  return c;
}

Result<std::optional<domain::Account>> OneAccount(ReadPool& readers, std::string_view query_sql,
                                                  const std::string& key) {
  auto conn = readers.Acquire();
  if (!conn) return Fail(conn.error());
  std::optional<domain::Account> found;
  auto status = EachRow(
      **conn, query_sql,
      [&](const Query& q) -> Status {
        if (!found) found = AccountFrom(q);
        return {};
      },
      key);
  if (!status) return Fail(status.error());
  return found;
}

}  // namespace

Result<std::optional<domain::Account>> SqliteStore::FindAccount(const std::string& account_id) {
  return OneAccount(*readers_, sql::kFindAccount, account_id);
}

Result<std::optional<domain::Account>> SqliteStore::FindAccountByContact(
    const std::string& contact) {
  return OneAccount(*readers_, sql::kFindAccountByContact, contact);
}

Result<std::vector<domain::Account>> SqliteStore::ListAccounts(const std::string& family_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Account> out;
  auto status = EachRow(
      **conn, sql::kListAccounts,
      [&](const Query& q) -> Status {
        out.push_back(AccountFrom(q));
        return {};
      },
      family_id);
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<ConsentRecord>> SqliteStore::ListConsents(const std::string& family_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<ConsentRecord> out;
  auto status = EachRow(
      **conn, sql::kListConsents,
      [&](const Query& q) -> Status {
        auto given = domain::ParseDate(q.Text(4));
        if (!given) return Fail(Error::Internal("a consent has an invalid date; run stip rebuild"));
        ConsentRecord r;
        r.id = q.Text(0);
        r.family_id = q.Text(1);
        r.consent.young_person_id = q.Text(2);
        r.consent.member_id = q.Text(3);
        r.consent.given_on = *given;
        if (!q.IsNull(5)) r.consent.valid_until = domain::ParseDate(q.Text(5));
        out.push_back(std::move(r));
        return {};
      },
      family_id);
  if (!status) return Fail(status.error());
  return out;
}

Status SqliteStore::CreateLoginCode(const LoginCode& code) {
  std::lock_guard lock(write_mu_);
  auto query = writer_->Prepare(sql::kCreateLoginCode);
  if (!query) return Fail(query.error());
  query->Bind(code.id, code.account_id, code.code_sha256, code.created_at, code.expires_at,
              code.failures);
  return query->Run();
}

Result<std::optional<LoginCode>> SqliteStore::LatestLoginCode(const std::string& account_id) {
  // On the writer: a code just created or consumed must be seen at once.
  std::lock_guard lock(write_mu_);
  std::optional<LoginCode> found;
  auto status = EachRow(
      *writer_, sql::kLatestLoginCode,
      [&](const Query& q) -> Status {
        found = CodeFrom(q);
        return {};
      },
      account_id);
  if (!status) return Fail(status.error());
  return found;
}

Result<int> SqliteStore::CountLoginCodesSince(const std::string& account_id, domain::Millis since) {
  std::lock_guard lock(write_mu_);
  int count = 0;
  auto status = EachRow(
      *writer_, sql::kCountLoginCodesSince,
      [&](const Query& q) -> Status {
        count = static_cast<int>(q.Int(0));
        return {};
      },
      account_id, since);
  if (!status) return Fail(status.error());
  return count;
}

Result<int> SqliteStore::RecordLoginCodeFailure(const std::string& code_id) {
  std::lock_guard lock(write_mu_);
  std::optional<int> count;
  auto status = EachRow(
      *writer_, sql::kRecordLoginCodeFailure,
      [&](const Query& q) -> Status {
        count = static_cast<int>(q.Int(0));
        return {};
      },
      code_id);
  if (!status) return Fail(status.error());
  if (!count) return Fail(Error::NotFound("no login code " + code_id));
  return *count;
}

Result<bool> SqliteStore::ConsumeLoginCode(const std::string& code_id, domain::Millis now) {
  std::lock_guard lock(write_mu_);
  auto query = writer_->Prepare(sql::kConsumeLoginCode);
  if (!query) return Fail(query.error());
  query->Bind(code_id, now);
  if (auto status = query->Run(); !status) return Fail(status.error());
  return sqlite3_changes(writer_->raw()) == 1;
}

}  // namespace stip::store::sqlite
