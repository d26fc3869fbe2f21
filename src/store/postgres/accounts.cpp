// Family accounts and consents (projection reads) and one-time login codes (operational state)
// for the PostgreSQL engine (issue 3).
#include <string>
#include <utility>

#include "domain/time.h"
#include "store/postgres/sql_accounts.h"
#include "store/postgres/store_impl.h"

namespace stip::store::postgres {
namespace {

using domain::Fail;

domain::Account AccountFrom(const Row& r) {
  domain::Account a;
  a.id = r.Text(0);
  a.family_id = r.Text(1);
  a.member_id = r.Text(2);
  a.contact = r.Text(3);
  a.invited_at = r.Int(4);
  a.activated_at = r.OptInt(5);
  a.revoked = r.Bool(6);
  return a;
}

template <typename... Args>
Result<Rows> RunOn(Pool& pool, Sql query_sql, const Args&... args) {
  auto conn = pool.Acquire();
  if (!conn) return Fail(conn.error());
  return (*conn)->Run(query_sql, args...);
}

Result<std::optional<domain::Account>> OneAccount(Pool& pool, Sql query_sql,
                                                  const std::string& key) {
  auto rows = RunOn(pool, query_sql, key);
  if (!rows) return Fail(rows.error());
  if (rows->empty()) return std::optional<domain::Account>();
  return std::optional(AccountFrom((*rows)[0]));
}

}  // namespace

Result<std::optional<domain::Account>> PostgresStore::FindAccount(const std::string& account_id) {
  return OneAccount(*pool_, sql::kFindAccount, account_id);
}

Result<std::optional<domain::Account>> PostgresStore::FindAccountByContact(
    const std::string& contact) {
  return OneAccount(*pool_, sql::kFindAccountByContact, contact);
}

Result<std::vector<domain::Account>> PostgresStore::ListAccounts(const std::string& family_id) {
  auto rows = RunOn(*pool_, sql::kListAccounts, family_id);
  if (!rows) return Fail(rows.error());
  std::vector<domain::Account> out;
  for (int i = 0; i < rows->size(); ++i) out.push_back(AccountFrom((*rows)[i]));
  return out;
}

Result<std::vector<ConsentRecord>> PostgresStore::ListConsents(const std::string& family_id) {
  auto rows = RunOn(*pool_, sql::kListConsents, family_id);
  if (!rows) return Fail(rows.error());
  std::vector<ConsentRecord> out;
  for (int i = 0; i < rows->size(); ++i) {
    const Row r = (*rows)[i];
    auto given = domain::ParseDate(r.Text(4));
    if (!given) return Fail(Error::Internal("a consent has an invalid date; run stip rebuild"));
    ConsentRecord c;
    c.id = r.Text(0);
    c.family_id = r.Text(1);
    c.consent.young_person_id = r.Text(2);
    c.consent.member_id = r.Text(3);
    c.consent.given_on = *given;
    if (!r.IsNull(5)) c.consent.valid_until = domain::ParseDate(r.Text(5));
    out.push_back(std::move(c));
  }
  return out;
}

Status PostgresStore::CreateLoginCode(const LoginCode& code) {
  auto rows = RunOn(*pool_, sql::kCreateLoginCode, code.id, code.account_id, code.code_sha256,
                    code.created_at, code.expires_at, code.failures);
  if (!rows) return Fail(rows.error());
  return {};
}

Result<std::optional<LoginCode>> PostgresStore::LatestLoginCode(const std::string& account_id) {
  auto rows = RunOn(*pool_, sql::kLatestLoginCode, account_id);
  if (!rows) return Fail(rows.error());
  if (rows->empty()) return std::optional<LoginCode>();
  const Row r = (*rows)[0];
  LoginCode c;
  c.id = r.Text(0);
  c.account_id = r.Text(1);
  c.code_sha256 = r.Text(2);
  c.created_at = r.Int(3);
  c.expires_at = r.Int(4);
  c.failures = static_cast<int>(r.Int(5));
  c.used_at = r.OptInt(6);
  return std::optional(std::move(c));
}

Result<int> PostgresStore::CountLoginCodesSince(const std::string& account_id,
                                                domain::Millis since) {
  auto rows = RunOn(*pool_, sql::kCountLoginCodesSince, account_id, since);
  if (!rows) return Fail(rows.error());
  return rows->empty() ? 0 : static_cast<int>((*rows)[0].Int(0));
}

Result<int> PostgresStore::RecordLoginCodeFailure(const std::string& code_id) {
  auto rows = RunOn(*pool_, sql::kRecordLoginCodeFailure, code_id);
  if (!rows) return Fail(rows.error());
  if (rows->empty()) return Fail(Error::NotFound("no login code " + code_id));
  return static_cast<int>((*rows)[0].Int(0));
}

Result<bool> PostgresStore::ConsumeLoginCode(const std::string& code_id, domain::Millis now) {
  // One UPDATE with "used_at IS NULL": of two racing uses, exactly one changes the row.
  auto rows = RunOn(*pool_, sql::kConsumeLoginCode, code_id, now);
  if (!rows) return Fail(rows.error());
  return rows->Affected() == 1;
}

}  // namespace stip::store::postgres
