// The statements behind the operational state outside the ledger (operational.cpp): password
// hashes, sessions and login back-off; written once for both engines.
#pragma once

#include "store/core/sql.h"

namespace stip::store::core::operational_sql {

inline constexpr Sql kSetPasswordHash =
    "INSERT INTO credentials (user_id, argon2id) VALUES ($1, $2) "
    "ON CONFLICT (user_id) DO UPDATE SET argon2id = excluded.argon2id";
inline constexpr Sql kPasswordHash = "SELECT argon2id FROM credentials WHERE user_id = $1";
inline constexpr Sql kCreateSession =
    "INSERT INTO sessions (token_sha256, user_id, csrf, created_at, expires_at) "
    "VALUES ($1, $2, $3, $4, $5)";
inline constexpr Sql kFindSession =
    "SELECT token_sha256, user_id, csrf, created_at, expires_at FROM sessions "
    "WHERE token_sha256 = $1";
inline constexpr Sql kDeleteSession = "DELETE FROM sessions WHERE token_sha256 = $1";
// Issue 14: a user's sessions (the account pages list them; disabling ends them).
inline constexpr Sql kListSessionsOf =
    "SELECT token_sha256, user_id, csrf, created_at, expires_at FROM sessions "
    "WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at DESC, token_sha256";
inline constexpr Sql kDeleteSessionsOf = "DELETE FROM sessions WHERE user_id = $1";
inline constexpr Sql kDeleteExpiredSessions = "DELETE FROM sessions WHERE expires_at <= $1";
// Issue 14 item 2: TOTP credentials. A new start replaces only an unconfirmed row.
inline constexpr Sql kStartTotp =
    "INSERT INTO totp_credentials (user_id, id, secret, confirmed, last_step, created_at) "
    "VALUES ($1, $2, $3, FALSE, 0, $4) "
    "ON CONFLICT (user_id) DO UPDATE SET id = excluded.id, secret = excluded.secret, "
    "last_step = 0, created_at = excluded.created_at WHERE NOT totp_credentials.confirmed";
inline constexpr Sql kFindTotp =
    "SELECT id, user_id, secret, confirmed, last_step, created_at FROM totp_credentials "
    "WHERE user_id = $1";
inline constexpr Sql kImportTotp =
    "INSERT INTO totp_credentials (user_id, id, secret, confirmed, last_step, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) "
    "ON CONFLICT (user_id) DO UPDATE SET id = excluded.id, secret = excluded.secret, "
    "confirmed = excluded.confirmed, last_step = excluded.last_step, "
    "created_at = excluded.created_at";
inline constexpr Sql kUseTotpStep =
    "UPDATE totp_credentials SET last_step = $2 WHERE user_id = $1 AND confirmed "
    "AND last_step < $2";
// Login attempts per key (login_failures.username holds the key: account and client). Claims
// are compare-and-swap on the count, so of racing attempts exactly one returns a row.
inline constexpr Sql kAttempts = "SELECT count, last_at FROM login_failures WHERE username = $1";
inline constexpr Sql kClaimFirstAttempt =
    "INSERT INTO login_failures (username, count, last_at) VALUES ($1, 1, $2) "
    "ON CONFLICT (username) DO NOTHING RETURNING count";
// (login_failures.count: PostgreSQL needs the qualified name, SQLite accepts it.)
inline constexpr Sql kClaimNextAttempt =
    "UPDATE login_failures SET count = login_failures.count + 1, last_at = $3 "
    "WHERE username = $1 AND count = $2 RETURNING count";
inline constexpr Sql kClearAttempts = "DELETE FROM login_failures WHERE username = $1";
// One upsert: a window that ended ($3 = now - window) starts again at this request.
inline constexpr Sql kCountInWindow =
    "INSERT INTO request_counts (key, count, window_start) VALUES ($1, 1, $2) "
    "ON CONFLICT (key) DO UPDATE SET "
    "count = CASE WHEN request_counts.window_start <= $3 THEN 1 "
    "ELSE request_counts.count + 1 END, "
    "window_start = CASE WHEN request_counts.window_start <= $3 THEN excluded.window_start "
    "ELSE request_counts.window_start END "
    "RETURNING count, window_start";

}  // namespace stip::store::core::operational_sql
