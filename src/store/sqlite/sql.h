// Every query the SQLite store runs, in one place (the schema is in migrations.cpp). Parameters
// are always bound (?N); no SQL text is ever built from data.
#pragma once

#include <array>
#include <string_view>

namespace stip::store::sqlite::sql {

// --- the ledger ---------------------------------------------------------------------------------
inline constexpr std::string_view kChainHead =
    "SELECT head_seq, head_hash FROM chains WHERE chain = ?1";

// --- projector: system chain --------------------------------------------------------------------
inline constexpr std::string_view kOrganisationExists = "SELECT 1 FROM organisations WHERE id = ?1";
inline constexpr std::string_view kInsertOrganisation =
    "INSERT INTO organisations (id, name, created_at) VALUES (?1, ?2, ?3)";
inline constexpr std::string_view kTeamExists = "SELECT 1 FROM teams WHERE id = ?1";
inline constexpr std::string_view kInsertTeam =
    "INSERT INTO teams (id, organisation_id, name, kind, phone, email) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
inline constexpr std::string_view kUserExists = "SELECT 1 FROM users WHERE id = ?1";
inline constexpr std::string_view kUsernameTaken = "SELECT 1 FROM users WHERE username = ?1";
inline constexpr std::string_view kInsertUser =
    "INSERT INTO users (id, username, display_name, team_id, admin, phone, email) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
inline constexpr std::string_view kSetPasswordSetAt =
    "UPDATE users SET password_set_at = ?2 WHERE id = ?1";
inline constexpr std::string_view kTokenExists = "SELECT 1 FROM tokens WHERE id = ?1";
inline constexpr std::string_view kInsertToken =
    "INSERT INTO tokens (id, user_id, name, token_sha256, issued_at, revoked) "
    "VALUES (?1, ?2, ?3, ?4, ?5, 0)";
inline constexpr std::string_view kRevokeToken = "UPDATE tokens SET revoked = 1 WHERE id = ?1";

// --- projector: family chains -------------------------------------------------------------------
inline constexpr std::string_view kFamilyExists = "SELECT 1 FROM families WHERE id = ?1";
inline constexpr std::string_view kInsertFamily =
    "INSERT INTO families (id, name, created_at, updated_at, entry_count) "
    "VALUES (?1, ?2, ?3, ?3, 0)";
inline constexpr std::string_view kTouchFamily =
    "UPDATE families SET updated_at = ?2 WHERE id = ?1";
inline constexpr std::string_view kCountEntry =
    "UPDATE families SET entry_count = entry_count + 1 WHERE id = ?1";
inline constexpr std::string_view kMemberExists =
    "SELECT 1 FROM members WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kInsertMember =
    "INSERT INTO members (family_id, id, seq, name, role, birth_date) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
inline constexpr std::string_view kMemberRole =
    "SELECT role FROM members WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kSetCustody =
    "INSERT INTO custody (family_id, parent_id, child_id, has_custody, seq) "
    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (family_id, parent_id, child_id) "
    "DO UPDATE SET has_custody = excluded.has_custody";
inline constexpr std::string_view kActiveInvolvement =
    "SELECT 1 FROM involvements WHERE family_id = ?1 AND user_id = ?2 AND ended_at IS NULL";
inline constexpr std::string_view kInsertInvolvement =
    "INSERT INTO involvements (family_id, seq, user_id, role, started_at, reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
inline constexpr std::string_view kEndInvolvement =
    "UPDATE involvements SET ended_at = ?3, end_reason = ?4 "
    "WHERE family_id = ?1 AND user_id = ?2 AND ended_at IS NULL";
inline constexpr std::string_view kEntryExists = "SELECT 1 FROM entries WHERE id = ?1";
inline constexpr std::string_view kInsertEntry =
    "INSERT INTO entries (family_id, seq, id, kind, source, text, author_id, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

// --- projector: family accounts and consents (issue 3) ------------------------------------------
inline constexpr std::string_view kAccountExists = "SELECT 1 FROM accounts WHERE id = ?1";
inline constexpr std::string_view kAccountFamily =
    "SELECT family_id, revoked FROM accounts WHERE id = ?1";
inline constexpr std::string_view kInsertAccount =
    "INSERT INTO accounts (id, family_id, member_id, contact, invited_at, revoked, seq) "
    "VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)";
inline constexpr std::string_view kActivateAccount =
    "UPDATE accounts SET activated_at = coalesce(activated_at, ?2) WHERE id = ?1";
inline constexpr std::string_view kRevokeAccount = "UPDATE accounts SET revoked = 1 WHERE id = ?1";
inline constexpr std::string_view kConsentFamily =
    "SELECT family_id, ended_at FROM consents WHERE id = ?1";
inline constexpr std::string_view kInsertConsent =
    "INSERT INTO consents (id, family_id, young_person_id, member_id, given_on, valid_until, "
    "seq) VALUES (?1, ?2, ?3, ?4, ?5, NULLIF(?6, ''), ?7)";
inline constexpr std::string_view kEndConsent = "UPDATE consents SET ended_at = ?2 WHERE id = ?1";

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

}  // namespace stip::store::sqlite::sql
