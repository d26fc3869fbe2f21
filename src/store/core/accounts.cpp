// Family accounts and consents (projection reads, on ReadOne) and one-time login codes
// (operational state, on Operational) for both engines (issue 3). The codes are read where they
// are written (SQLite: the writer), so that a code just created or consumed is seen at once.
#include <string>
#include <utility>

#include "domain/time.h"
#include "store/core/queries_accounts.h"
#include "store/core/reads_support.h"

namespace stip::store::core {

namespace {

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

LoginCode CodeFrom(const Row& r) {
  LoginCode c;
  c.id = r.Text(0);
  c.account_id = r.Text(1);
  c.code_sha256 = r.Text(2);
  c.created_at = r.Int(3);
  c.expires_at = r.Int(4);
  c.failures = static_cast<int>(r.Int(5));
  c.used_at = r.OptInt(6);
  return c;
}

Result<ConsentRecord> ConsentFrom(const Row& r) {
  auto given = domain::ParseDate(r.Text(4));
  if (!given) return Fail(Error::Internal("a consent has an invalid date; run stip rebuild"));
  ConsentRecord c;
  c.id = r.Text(0);
  c.family_id = r.Text(1);
  c.consent.young_person_id = r.Text(2);
  c.consent.member_id = r.Text(3);
  c.consent.given_on = *given;
  if (!r.IsNull(5)) c.consent.valid_until = domain::ParseDate(r.Text(5));
  return c;
}

Result<std::optional<domain::Account>> OneAccount(CoreStore& store, Sql sql,
                                                  const std::string& key) {
  return Fetch<std::optional<domain::Account>>(store, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<domain::Account>(sql, AccountFrom, key);
  });
}

}  // namespace

// --- family accounts and consents ---------------------------------------------------------------

Result<std::optional<domain::Account>> CoreStore::FindAccount(const std::string& account_id) {
  return OneAccount(*this, account_sql::kFindAccount, account_id);
}

Result<std::vector<domain::Account>> CoreStore::ListAccountsByContact(const std::string& contact) {
  std::vector<domain::Account> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        account_sql::kListAccountsByContact, [&](const Row& r) { out.push_back(AccountFrom(r)); },
        contact);
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::optional<domain::Account>> CoreStore::FindAccountByContact(const std::string& contact) {
  auto all = ListAccountsByContact(contact);
  if (!all) return Fail(all.error());
  if (all->empty()) return std::optional<domain::Account>{};
  return std::optional<domain::Account>{std::move(all->front())};
}

Status ListAccountsOn(SqlPort& port, const std::string& family_id,
                      std::vector<domain::Account>& out) {
  return port.Each(
      account_sql::kListAccounts, [&](const Row& r) { out.push_back(AccountFrom(r)); }, family_id);
}

Result<std::vector<domain::Account>> CoreStore::ListAccounts(const std::string& family_id) {
  std::vector<domain::Account> out;
  auto status = ReadOne([&](SqlPort& port) { return ListAccountsOn(port, family_id, out); });
  if (!status) return Fail(status.error());
  return out;
}

Status ListConsentsOn(SqlPort& port, const std::string& family_id,
                      std::vector<ConsentRecord>& out) {
  return port.Each(
      account_sql::kListConsents,
      [&](const Row& r) -> Result<bool> {
        auto consent = ConsentFrom(r);
        if (!consent) return Fail(consent.error());
        out.push_back(std::move(*consent));
        return true;
      },
      family_id);
}

Result<std::vector<ConsentRecord>> CoreStore::ListConsents(const std::string& family_id) {
  std::vector<ConsentRecord> out;
  auto status = ReadOne([&](SqlPort& port) { return ListConsentsOn(port, family_id, out); });
  if (!status) return Fail(status.error());
  return out;
}

// --- one-time login codes -----------------------------------------------------------------------

Status CoreStore::CreateLoginCode(const LoginCode& code) {
  return Operational([&](SqlPort& port) -> Status {
    auto written = port.Write(account_sql::kCreateLoginCode, code.id, code.account_id,
                              code.code_sha256, code.created_at, code.expires_at, code.failures);
    if (!written) return Fail(written.error());
    return {};
  });
}

Result<std::vector<LoginCode>> CoreStore::LiveLoginCodes(const std::string& account_id,
                                                         domain::Millis now) {
  std::vector<LoginCode> out;
  auto status = Operational([&](SqlPort& port) {
    return port.Each(
        account_sql::kLiveLoginCodes, [&](const Row& r) { out.push_back(CodeFrom(r)); }, account_id,
        now);
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<bool> CoreStore::ConsumeLoginCode(const std::string& code_id, domain::Millis now) {
  // One UPDATE with "used_at IS NULL": of two racing uses, exactly one changes the row.
  auto changed = Fetch<std::int64_t>(*this, &CoreStore::Operational, [&](SqlPort& port) {
    return port.Write(account_sql::kConsumeLoginCode, code_id, now);
  });
  if (!changed) return Fail(changed.error());
  return *changed == 1;
}

}  // namespace stip::store::core
