// Operational state outside the ledger, for both engines: password hashes, sessions and login
// back-off. Writes run on Operational (SQLite: the writer, under its mutex; PostgreSQL: a pooled
// connection), each statement committing on its own; lookups are one statement on ReadOne.
#include <string>
#include <utility>

#include "store/core/queries_operational.h"
#include "store/core/reads_support.h"

namespace stip::store::core {

namespace {

// One write on Operational whose rows and count do not matter.
template <typename... Args>
Status WriteOperational(CoreStore& store, Sql sql, const Args&... args) {
  return store.Operational([&](SqlPort& port) -> Status {
    auto written = port.Write(sql, args...);
    if (!written) return Fail(written.error());
    return {};
  });
}

}  // namespace

Status CoreStore::SetPasswordHash(const std::string& user_id, const std::string& argon2id) {
  return WriteOperational(*this, operational_sql::kSetPasswordHash, user_id, argon2id);
}

Result<std::optional<std::string>> CoreStore::PasswordHash(const std::string& user_id) {
  return Fetch<std::optional<std::string>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<std::string>(
        operational_sql::kPasswordHash, [](const Row& r) { return r.Text(0); }, user_id);
  });
}

Status CoreStore::CreateSession(const Session& session) {
  return WriteOperational(*this, operational_sql::kCreateSession, session.token_sha256,
                          session.user_id, session.csrf, session.created_at, session.expires_at);
}

Result<std::optional<Session>> CoreStore::FindSession(const std::string& token_sha256) {
  return Fetch<std::optional<Session>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<Session>(
        operational_sql::kFindSession,
        [](const Row& r) {
          return Session{r.Text(0), r.Text(1), r.Text(2), r.Int(3), r.Int(4)};
        },
        token_sha256);
  });
}

Status CoreStore::DeleteSession(const std::string& token_sha256) {
  return WriteOperational(*this, operational_sql::kDeleteSession, token_sha256);
}

Status CoreStore::DeleteExpiredSessions(domain::Millis now) {
  return WriteOperational(*this, operational_sql::kDeleteExpiredSessions, now);
}

Result<std::vector<Session>> CoreStore::ListSessionsOf(const std::string& user_id,
                                                       domain::Millis now) {
  std::vector<Session> sessions;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        operational_sql::kListSessionsOf,
        [&](const Row& r) {
          sessions.push_back({r.Text(0), r.Text(1), r.Text(2), r.Int(3), r.Int(4)});
        },
        user_id, now);
  });
  if (!status) return Fail(status.error());
  return sessions;
}

Status CoreStore::DeleteSessionsOf(const std::string& user_id) {
  return WriteOperational(*this, operational_sql::kDeleteSessionsOf, user_id);
}

Result<int> CoreStore::RecordLoginFailure(const std::string& username, domain::Millis now) {
  std::optional<int> count;
  auto status = Operational([&](SqlPort& port) {
    // Each, not One: the upsert is stepped to its end, so its autocommit is done here.
    return port.Each(
        operational_sql::kRecordLoginFailure,
        [&](const Row& r) { count = static_cast<int>(r.Int(0)); }, username, now);
  });
  if (!status) return Fail(status.error());
  if (!count) return Fail(Error::Internal("recording a login failure returned no count"));
  return *count;
}

Result<std::pair<int, domain::Millis>> CoreStore::LoginFailures(const std::string& username) {
  using Failures = std::pair<int, domain::Millis>;
  auto failures = Fetch<std::optional<Failures>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<Failures>(
        operational_sql::kLoginFailures,
        [](const Row& r) {
          return Failures{static_cast<int>(r.Int(0)), r.Int(1)};
        },
        username);
  });
  if (!failures) return Fail(failures.error());
  return failures->value_or(Failures{0, 0});
}

Status CoreStore::ClearLoginFailures(const std::string& username) {
  return WriteOperational(*this, operational_sql::kClearLoginFailures, username);
}

}  // namespace stip::store::core
