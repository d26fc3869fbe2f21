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

Result<bool> CoreStore::StartTotp(const TotpCredential& c) {
  auto changed = Fetch<std::int64_t>(*this, &CoreStore::Operational, [&](SqlPort& port) {
    return port.Write(operational_sql::kStartTotp, c.user_id, c.id, c.secret, c.created_at);
  });
  if (!changed) return Fail(changed.error());
  return *changed == 1;
}

Result<std::optional<TotpCredential>> CoreStore::FindTotp(const std::string& user_id) {
  return Fetch<std::optional<TotpCredential>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<TotpCredential>(
        operational_sql::kFindTotp,
        [](const Row& r) {
          return TotpCredential{r.Text(0), r.Text(1), r.Text(2), r.Bool(3), r.Int(4), r.Int(5)};
        },
        user_id);
  });
}

Result<bool> CoreStore::UseTotpStep(const std::string& user_id, std::int64_t step) {
  // One UPDATE with "last_step < step": of two racing uses of one code, exactly one wins.
  auto changed = Fetch<std::int64_t>(*this, &CoreStore::Operational, [&](SqlPort& port) {
    return port.Write(operational_sql::kUseTotpStep, user_id, step);
  });
  if (!changed) return Fail(changed.error());
  return *changed == 1;
}

Status CoreStore::ImportTotp(const TotpCredential& c) {
  auto changed = Fetch<std::int64_t>(*this, &CoreStore::Operational, [&](SqlPort& port) {
    return port.Write(operational_sql::kImportTotp, c.user_id, c.id, c.secret, c.confirmed,
                      c.last_step, c.created_at);
  });
  if (!changed) return Fail(changed.error());
  return {};
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

// --- throttles ----------------------------------------------------------------------------------

Result<std::pair<int, domain::Millis>> CoreStore::Attempts(const std::string& key) {
  using Attempts = std::pair<int, domain::Millis>;
  auto attempts = Fetch<std::optional<Attempts>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<Attempts>(
        operational_sql::kAttempts,
        [](const Row& r) {
          return Attempts{static_cast<int>(r.Int(0)), r.Int(1)};
        },
        key);
  });
  if (!attempts) return Fail(attempts.error());
  return attempts->value_or(Attempts{0, 0});
}

Result<bool> CoreStore::ClaimAttempt(const std::string& key, int seen, domain::Millis now) {
  bool claimed = false;
  auto status = Operational([&](SqlPort& port) {
    // Each, not One: the statement is stepped to its end, so its autocommit is done here.
    const auto mark = [&](const Row&) { claimed = true; };
    return seen == 0 ? port.Each(operational_sql::kClaimFirstAttempt, mark, key, now)
                     : port.Each(operational_sql::kClaimNextAttempt, mark, key,
                                 static_cast<std::int64_t>(seen), now);
  });
  if (!status) return Fail(status.error());
  return claimed;
}

Status CoreStore::ClearAttempts(const std::string& key) {
  return WriteOperational(*this, operational_sql::kClearAttempts, key);
}

Result<std::pair<int, domain::Millis>> CoreStore::CountInWindow(const std::string& key,
                                                                domain::Millis now,
                                                                domain::Millis window) {
  std::optional<std::pair<int, domain::Millis>> counted;
  auto status = Operational([&](SqlPort& port) {
    return port.Each(
        operational_sql::kCountInWindow,
        [&](const Row& r) { counted.emplace(static_cast<int>(r.Int(0)), r.Int(1)); }, key, now,
        now - window);
  });
  if (!status) return Fail(status.error());
  if (!counted) return Fail(Error::Internal("counting a request returned no count"));
  return *counted;
}

}  // namespace stip::store::core
