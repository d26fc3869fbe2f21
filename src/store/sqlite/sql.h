// Every query the SQLite store runs, in one place (the schema is in migrations.cpp). Parameters
// are always bound (?N); no SQL text is ever built from data.
#pragma once

#include <array>
#include <string_view>

namespace stip::store::sqlite::sql {

// --- the ledger ---------------------------------------------------------------------------------
inline constexpr std::string_view kChainHead =
    "SELECT head_seq, head_hash FROM chains WHERE chain = ?1";
inline constexpr std::string_view kInsertEvent =
    "INSERT INTO events (chain, seq, type, actor, time, payload, prev_hash, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
inline constexpr std::string_view kSetChainHead =
    "INSERT INTO chains (chain, head_seq, head_hash) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (chain) DO UPDATE SET head_seq = excluded.head_seq, "
    "head_hash = excluded.head_hash";
inline constexpr std::string_view kGlobalHead =
    "SELECT seq, hash FROM global_chain ORDER BY seq DESC LIMIT 1";
inline constexpr std::string_view kInsertGlobalLink =
    "INSERT INTO global_chain (seq, chain, chain_seq, chain_hash, prev_hash, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
inline constexpr std::string_view kAccessHead =
    "SELECT seq, hash FROM access_log WHERE family_id = ?1 ORDER BY seq DESC LIMIT 1";
inline constexpr std::string_view kInsertAccess =
    "INSERT INTO access_log (family_id, seq, time, user_id, role, what, purpose, emergency, "
    "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

// Distinct chains straight from the events table (not from `chains`), so that a verifier sees
// what is really stored.
inline constexpr std::string_view kListChains = "SELECT DISTINCT chain FROM events ORDER BY chain";
inline constexpr std::string_view kReadChain =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain = ?1 ORDER BY seq";
// Every family chain in primary-key order (no sort needed); the system chain is read first.
inline constexpr std::string_view kReadFamilyChains =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain <> 'system' ORDER BY chain, seq";
// For `stip verify`: everything in primary-key order (no sort), in one statement each.
inline constexpr std::string_view kReadAllEvents =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "ORDER BY chain, seq";
inline constexpr std::string_view kReadAllAccess =
    "SELECT family_id, seq, time, user_id, role, what, purpose, emergency, prev_hash, hash "
    "FROM access_log ORDER BY family_id, seq";
inline constexpr std::string_view kCountEvents = "SELECT count(*) FROM events";
inline constexpr std::string_view kReadAccessChain =
    "SELECT family_id, seq, time, user_id, role, what, purpose, emergency, prev_hash, hash "
    "FROM access_log WHERE family_id = ?1 ORDER BY seq";
inline constexpr std::string_view kReadGlobalChain =
    "SELECT seq, chain, chain_seq, chain_hash, prev_hash, hash FROM global_chain ORDER BY seq";

// --- the access log: does the family exist -------------------------------------------------------
inline constexpr std::string_view kFamilyExists = "SELECT 1 FROM families WHERE id = ?1";

// --- reads: family accounts, consents, login codes
// ------------------------------------------------
inline constexpr std::string_view kFindAccount =
    "SELECT id, family_id, member_id, contact, invited_at, activated_at, revoked FROM accounts "
    "WHERE id = ?1";
inline constexpr std::string_view kFindAccountByContact =
    "SELECT id, family_id, member_id, contact, invited_at, activated_at, revoked FROM accounts "
    "WHERE contact = ?1 AND revoked = 0";
inline constexpr std::string_view kListAccounts =
    "SELECT id, family_id, member_id, contact, invited_at, activated_at, revoked FROM accounts "
    "WHERE family_id = ?1 ORDER BY seq";
inline constexpr std::string_view kListConsents =
    "SELECT id, family_id, young_person_id, member_id, given_on, valid_until FROM consents "
    "WHERE family_id = ?1 AND ended_at IS NULL ORDER BY seq";
inline constexpr std::string_view kCreateLoginCode =
    "INSERT INTO login_codes (id, account_id, code_sha256, created_at, expires_at, failures, "
    "used_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL)";
inline constexpr std::string_view kLatestLoginCode =
    "SELECT id, account_id, code_sha256, created_at, expires_at, failures, used_at "
    "FROM login_codes WHERE account_id = ?1 ORDER BY created_at DESC, id DESC LIMIT 1";
inline constexpr std::string_view kCountLoginCodesSince =
    "SELECT count(*) FROM login_codes WHERE account_id = ?1 AND created_at >= ?2";
inline constexpr std::string_view kRecordLoginCodeFailure =
    "UPDATE login_codes SET failures = failures + 1 WHERE id = ?1 RETURNING failures";
inline constexpr std::string_view kConsumeLoginCode =
    "UPDATE login_codes SET used_at = ?2 WHERE id = ?1 AND used_at IS NULL";

// --- reads --------------------------------------------------------------------------------------
inline constexpr std::string_view kFindUser =
    "SELECT id, username, display_name, team_id, admin, phone, email FROM users WHERE id = ?1";
inline constexpr std::string_view kFindUserByUsername =
    "SELECT id, username, display_name, team_id, admin, phone, email FROM users "
    "WHERE username = ?1";
inline constexpr std::string_view kListUsers =
    "SELECT id, username, display_name, team_id, admin, phone, email FROM users "
    "ORDER BY display_name, id";
inline constexpr std::string_view kFindTeam =
    "SELECT id, organisation_id, name, kind, phone, email FROM teams WHERE id = ?1";
inline constexpr std::string_view kFindOrganisation =
    "SELECT id, name FROM organisations WHERE id = ?1";
inline constexpr std::string_view kFindTokenBySha256 =
    "SELECT id, user_id, name, token_sha256, issued_at, revoked FROM tokens "
    "WHERE token_sha256 = ?1";

inline constexpr std::string_view kFindFamily =
    "SELECT f.id, f.name, f.created_at, coalesce(c.head_seq, 0), coalesce(c.head_hash, '') "
    "FROM families f LEFT JOIN chains c ON c.chain = f.id WHERE f.id = ?1";
inline constexpr std::string_view kListMembers =
    "SELECT id, name, role, birth_date FROM members WHERE family_id = ?1 ORDER BY seq, id";
inline constexpr std::string_view kListCustody =
    "SELECT parent_id, child_id, has_custody FROM custody WHERE family_id = ?1 "
    "ORDER BY seq, parent_id, child_id";
inline constexpr std::string_view kListInvolvements =
    "SELECT user_id, role, started_at, ended_at, reason FROM involvements "
    "WHERE family_id = ?1 ORDER BY seq";
inline constexpr std::string_view kListFamiliesOf =
    "SELECT f.id, f.name, i.role, "
    "  coalesce((SELECT l.user_id FROM involvements l WHERE l.family_id = f.id "
    "            AND l.role = 'lead' AND l.ended_at IS NULL ORDER BY l.seq DESC LIMIT 1), ''), "
    "  f.updated_at, f.entry_count "
    "FROM involvements i JOIN families f ON f.id = i.family_id "
    "WHERE i.user_id = ?1 AND i.ended_at IS NULL ORDER BY f.updated_at DESC, f.id";
// ?2 is the exclusive upper seq bound (the caller maps before = 0 to "no bound").
inline constexpr std::string_view kListEntries =
    "SELECT id, family_id, seq, kind, source, text, author_id, created_at, concerns, "
    "confidential_of, corrects, corrected_by FROM entries "
    "WHERE family_id = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3";
inline constexpr std::string_view kCountFamilies = "SELECT count(*) FROM families";
inline constexpr std::string_view kListAccessLog =
    "SELECT family_id, seq, time, user_id, role, what, purpose, emergency FROM access_log "
    "WHERE family_id = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3";

// --- operational state --------------------------------------------------------------------------
inline constexpr std::string_view kSetPasswordHash =
    "INSERT INTO credentials (user_id, argon2id) VALUES (?1, ?2) "
    "ON CONFLICT (user_id) DO UPDATE SET argon2id = excluded.argon2id";
inline constexpr std::string_view kPasswordHash =
    "SELECT argon2id FROM credentials WHERE user_id = ?1";
inline constexpr std::string_view kCreateSession =
    "INSERT INTO sessions (token_sha256, user_id, csrf, created_at, expires_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
inline constexpr std::string_view kFindSession =
    "SELECT token_sha256, user_id, csrf, created_at, expires_at FROM sessions "
    "WHERE token_sha256 = ?1";
inline constexpr std::string_view kDeleteSession = "DELETE FROM sessions WHERE token_sha256 = ?1";
inline constexpr std::string_view kDeleteExpiredSessions =
    "DELETE FROM sessions WHERE expires_at <= ?1";
inline constexpr std::string_view kRecordLoginFailure =
    "INSERT INTO login_failures (username, count, last_at) VALUES (?1, 1, ?2) "
    "ON CONFLICT (username) DO UPDATE SET count = count + 1, last_at = excluded.last_at "
    "RETURNING count";
inline constexpr std::string_view kLoginFailures =
    "SELECT count, last_at FROM login_failures WHERE username = ?1";
inline constexpr std::string_view kClearLoginFailures =
    "DELETE FROM login_failures WHERE username = ?1";

// --- rebuild ------------------------------------------------------------------------------------
// A derived table: how to dump it in primary-key order (for the fingerprint) and empty it.
struct DerivedTable {
  std::string_view name;
  std::string_view dump;
  std::string_view clear;
};

// Children before parents, so that emptying them in this order satisfies the foreign keys.
inline constexpr std::array<DerivedTable, 15> kDerivedTables = {{
    {"objections", "SELECT * FROM objections ORDER BY family_id, id", "DELETE FROM objections"},
    {"reactions", "SELECT * FROM reactions ORDER BY family_id, id", "DELETE FROM reactions"},
    {"withholdings", "SELECT * FROM withholdings ORDER BY family_id, id",
     "DELETE FROM withholdings"},
    {"consents", "SELECT * FROM consents ORDER BY id", "DELETE FROM consents"},
    {"accounts", "SELECT * FROM accounts ORDER BY id", "DELETE FROM accounts"},
    {"entries", "SELECT * FROM entries ORDER BY family_id, seq", "DELETE FROM entries"},
    {"involvements", "SELECT * FROM involvements ORDER BY family_id, seq",
     "DELETE FROM involvements"},
    {"custody", "SELECT * FROM custody ORDER BY family_id, parent_id, child_id",
     "DELETE FROM custody"},
    {"members", "SELECT * FROM members ORDER BY family_id, id", "DELETE FROM members"},
    {"families", "SELECT * FROM families ORDER BY id", "DELETE FROM families"},
    {"tokens", "SELECT * FROM tokens ORDER BY id", "DELETE FROM tokens"},
    {"users", "SELECT * FROM users ORDER BY id", "DELETE FROM users"},
    {"teams", "SELECT * FROM teams ORDER BY id", "DELETE FROM teams"},
    {"organisations", "SELECT * FROM organisations ORDER BY id", "DELETE FROM organisations"},
    // The cached chain heads are derived from events too (see kRebuildChainHeads).
    {"chains", "SELECT * FROM chains ORDER BY chain", "DELETE FROM chains"},
}};
// SQLite returns the bare columns of the row holding max(seq), i.e. each chain's head.
inline constexpr std::string_view kRebuildChainHeads =
    "INSERT INTO chains (chain, head_seq, head_hash) "
    "SELECT chain, max(seq), hash FROM events GROUP BY chain";

}  // namespace stip::store::sqlite::sql
