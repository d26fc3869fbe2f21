// Every query the PostgreSQL store runs, in one place (the schema is in migrations.cpp). The same
// statements as src/store/sqlite/sql.h where the dialects agree; parameters are always bound
// ($N) and Sql is compile-time text, so no SQL is ever built from data.
#pragma once

#include <array>
#include <string_view>

#include "store/postgres/connection.h"

namespace stip::store::postgres::sql {

// --- the ledger ---------------------------------------------------------------------------------
inline constexpr Sql kChainHead = "SELECT head_seq, head_hash FROM chains WHERE chain = $1";

// --- projector: system chain --------------------------------------------------------------------
inline constexpr Sql kOrganisationExists = "SELECT 1 FROM organisations WHERE id = $1";
inline constexpr Sql kInsertOrganisation =
    "INSERT INTO organisations (id, name, created_at) VALUES ($1, $2, $3)";
inline constexpr Sql kTeamExists = "SELECT 1 FROM teams WHERE id = $1";
inline constexpr Sql kInsertTeam =
    "INSERT INTO teams (id, organisation_id, name, kind, phone, email) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
inline constexpr Sql kUserExists = "SELECT 1 FROM users WHERE id = $1";
inline constexpr Sql kUsernameTaken = "SELECT 1 FROM users WHERE username = $1";
inline constexpr Sql kInsertUser =
    "INSERT INTO users (id, username, display_name, team_id, admin, phone, email) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
inline constexpr Sql kSetPasswordSetAt = "UPDATE users SET password_set_at = $2 WHERE id = $1";
inline constexpr Sql kTokenExists = "SELECT 1 FROM tokens WHERE id = $1";
inline constexpr Sql kInsertToken =
    "INSERT INTO tokens (id, user_id, name, token_sha256, issued_at, revoked) "
    "VALUES ($1, $2, $3, $4, $5, false)";
inline constexpr Sql kRevokeToken = "UPDATE tokens SET revoked = true WHERE id = $1";

// --- projector: family chains -------------------------------------------------------------------
inline constexpr Sql kFamilyExists = "SELECT 1 FROM families WHERE id = $1";
inline constexpr Sql kInsertFamily =
    "INSERT INTO families (id, name, created_at, updated_at, entry_count) "
    "VALUES ($1, $2, $3, $3, 0)";
// Every family event but family.created: the family must exist, and it changed at $2. One
// statement does both (0 rows: no such family), saving a round trip per event; for
// entry.added it counts the entry too.
inline constexpr Sql kTouchFamily = "UPDATE families SET updated_at = $2 WHERE id = $1";
inline constexpr Sql kTouchFamilyCountEntry =
    "UPDATE families SET updated_at = $2, entry_count = entry_count + 1 WHERE id = $1";
// Several events of one family at once (Projector::Flush): the last time, the entries added.
inline constexpr Sql kTouchFamilyBy =
    "UPDATE families SET updated_at = $2, entry_count = entry_count + $3 WHERE id = $1";
inline constexpr Sql kMemberExists = "SELECT 1 FROM members WHERE family_id = $1 AND id = $2";
inline constexpr Sql kInsertMember =
    "INSERT INTO members (family_id, id, seq, name, role, birth_date) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
inline constexpr Sql kMemberRole = "SELECT role FROM members WHERE family_id = $1 AND id = $2";
inline constexpr Sql kSetCustody =
    "INSERT INTO custody (family_id, parent_id, child_id, has_custody, seq) "
    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (family_id, parent_id, child_id) "
    "DO UPDATE SET has_custody = excluded.has_custody";
inline constexpr Sql kActiveInvolvement =
    "SELECT 1 FROM involvements WHERE family_id = $1 AND user_id = $2 AND ended_at IS NULL";
inline constexpr Sql kInsertInvolvement =
    "INSERT INTO involvements (family_id, seq, user_id, role, started_at, reason) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
inline constexpr Sql kEndInvolvement =
    "UPDATE involvements SET ended_at = $3, end_reason = $4 "
    "WHERE family_id = $1 AND user_id = $2 AND ended_at IS NULL";
// The entry id is unique across families: 0 rows inserted means it exists (AlreadyExists), in
// one round trip instead of a SELECT and an INSERT.
inline constexpr Sql kInsertEntry =
    "INSERT INTO entries (family_id, seq, id, kind, source, text, author_id, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING";

// --- reads --------------------------------------------------------------------------------------
inline constexpr Sql kFindUser =
    "SELECT id, username, display_name, team_id, admin, phone, email FROM users WHERE id = $1";
inline constexpr Sql kFindUserByUsername =
    "SELECT id, username, display_name, team_id, admin, phone, email FROM users "
    "WHERE username = $1";
inline constexpr Sql kListUsers =
    "SELECT id, username, display_name, team_id, admin, phone, email FROM users "
    "ORDER BY display_name, id";
inline constexpr Sql kFindTeam =
    "SELECT id, organisation_id, name, kind, phone, email FROM teams WHERE id = $1";
inline constexpr Sql kFindOrganisation = "SELECT id, name FROM organisations WHERE id = $1";
inline constexpr Sql kFindTokenBySha256 =
    "SELECT id, user_id, name, token_sha256, issued_at, revoked FROM tokens "
    "WHERE token_sha256 = $1";

// A read-only snapshot for FindFamily, so the family and its lists agree with the head.
inline constexpr Sql kBeginSnapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
inline constexpr Sql kFindFamily =
    "SELECT f.id, f.name, f.created_at, coalesce(c.head_seq, 0), coalesce(c.head_hash, '') "
    "FROM families f LEFT JOIN chains c ON c.chain = f.id WHERE f.id = $1";
inline constexpr Sql kListMembers =
    "SELECT id, name, role, birth_date FROM members WHERE family_id = $1 ORDER BY seq, id";
inline constexpr Sql kListCustody =
    "SELECT parent_id, child_id, has_custody FROM custody WHERE family_id = $1 "
    "ORDER BY seq, parent_id, child_id";
inline constexpr Sql kListInvolvements =
    "SELECT user_id, role, started_at, ended_at, reason FROM involvements "
    "WHERE family_id = $1 ORDER BY seq";
inline constexpr Sql kListFamiliesOf =
    "SELECT f.id, f.name, i.role, "
    "  coalesce((SELECT l.user_id FROM involvements l WHERE l.family_id = f.id "
    "            AND l.role = 'lead' AND l.ended_at IS NULL ORDER BY l.seq DESC LIMIT 1), ''), "
    "  f.updated_at, f.entry_count "
    "FROM involvements i JOIN families f ON f.id = i.family_id "
    "WHERE i.user_id = $1 AND i.ended_at IS NULL ORDER BY f.updated_at DESC, f.id";
// $2 is the exclusive upper seq bound (the caller maps before = 0 to "no bound").
inline constexpr Sql kListEntries =
    "SELECT id, family_id, seq, kind, source, text, author_id, created_at, concerns, "
    "confidential_of, corrects, corrected_by FROM entries "
    "WHERE family_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3";
inline constexpr Sql kCountFamilies = "SELECT count(*) FROM families";
inline constexpr Sql kListAccessLog =
    "SELECT family_id, seq, time, user_id, role, what, purpose, emergency FROM access_log "
    "WHERE family_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3";

// --- operational state --------------------------------------------------------------------------
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
inline constexpr Sql kDeleteExpiredSessions = "DELETE FROM sessions WHERE expires_at <= $1";
// Atomic across processes: the row is locked by the upsert, so two failures count as two.
inline constexpr Sql kRecordLoginFailure =
    "INSERT INTO login_failures (username, count, last_at) VALUES ($1, 1, $2) "
    "ON CONFLICT (username) DO UPDATE SET count = login_failures.count + 1, "
    "last_at = excluded.last_at RETURNING count";
inline constexpr Sql kLoginFailures =
    "SELECT count, last_at FROM login_failures WHERE username = $1";
inline constexpr Sql kClearLoginFailures = "DELETE FROM login_failures WHERE username = $1";

}  // namespace stip::store::postgres::sql
