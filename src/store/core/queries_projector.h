// The statements of the projector (core/projector.h) for the organisation, the families and their
// accounts and consents, written once for both engines ($N placeholders, TRUE/FALSE flags).
#pragma once

#include "store/core/sql.h"

namespace stip::store::core::projector_sql {

// --- system chain -------------------------------------------------------------------------------
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
// 0 rows changed: no such user (one statement instead of a check and an update).
inline constexpr Sql kSetPasswordSetAt = "UPDATE users SET password_set_at = $2 WHERE id = $1";
inline constexpr Sql kTokenExists = "SELECT 1 FROM tokens WHERE id = $1";
inline constexpr Sql kInsertToken =
    "INSERT INTO tokens (id, user_id, name, token_sha256, issued_at, revoked, expires_at) "
    "VALUES ($1, $2, $3, $4, $5, FALSE, $6)";
// 0 rows changed: no such token.
inline constexpr Sql kRevokeToken = "UPDATE tokens SET revoked = TRUE WHERE id = $1";
// Issue 14. 0 rows changed: no such user.
// Issue 14 item 2: the second step (totp_credentials is operational, not derived).
inline constexpr Sql kConfirmTotp =
    "UPDATE totp_credentials SET confirmed = TRUE WHERE id = $1 AND user_id = $2";
inline constexpr Sql kDeleteTotp = "DELETE FROM totp_credentials WHERE id = $1 AND user_id = $2";
// Issue 14 item 1: a newer reset link ($3 'replaced') or a disabled account ($3 'ended') ends
// the user's open links.
inline constexpr Sql kEndOpenResets =
    "UPDATE password_resets SET state = $3, ended_at = $2 WHERE user_id = $1 AND state = 'open'";
inline constexpr Sql kSetUserDisabled =
    "UPDATE users SET disabled = $2, disabled_reason = $3 WHERE id = $1";
inline constexpr Sql kSetUserTeam = "UPDATE users SET team_id = $2 WHERE id = $1";

// --- family chains ------------------------------------------------------------------------------
inline constexpr Sql kFamilyExists = "SELECT 1 FROM families WHERE id = $1";
inline constexpr Sql kInsertFamily =
    "INSERT INTO families (id, name, created_at, updated_at, entry_count) "
    "VALUES ($1, $2, $3, $3, 0)";
// Every family event but family.created: the family must exist, and it changed at $2. One
// statement does both (0 rows: no such family), saving a round trip per event; for entry.added
// and entry.corrected it counts the entry too.
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
inline constexpr Sql kMemberIds = "SELECT id FROM members WHERE family_id = $1 ORDER BY seq, id";
inline constexpr Sql kSetCustody =
    "INSERT INTO custody (family_id, parent_id, child_id, has_custody, seq, ruling_date, reason) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (family_id, parent_id, child_id) "
    "DO UPDATE SET has_custody = excluded.has_custody, ruling_date = excluded.ruling_date, "
    "reason = excluded.reason";
inline constexpr Sql kActiveInvolvement =
    "SELECT 1 FROM involvements WHERE family_id = $1 AND user_id = $2 AND ended_at IS NULL";
inline constexpr Sql kInsertInvolvement =
    "INSERT INTO involvements (family_id, seq, user_id, role, started_at, reason) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
// 0 rows changed: the user has no active involvement.
inline constexpr Sql kEndInvolvement =
    "UPDATE involvements SET ended_at = $3, end_reason = $4 "
    "WHERE family_id = $1 AND user_id = $2 AND ended_at IS NULL";
// The entry id is unique across families: 0 rows inserted means it exists (AlreadyExists), in
// one statement instead of a SELECT and an INSERT.
inline constexpr Sql kInsertEntry =
    "INSERT INTO entries (family_id, seq, id, kind, source, text, author_id, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING";

// --- family accounts and consents (issue 3) -----------------------------------------------------
inline constexpr Sql kAccountFamily = "SELECT family_id, revoked FROM accounts WHERE id = $1";
inline constexpr Sql kInsertAccount =
    "INSERT INTO accounts (id, family_id, member_id, contact, invited_at, revoked, seq) "
    "VALUES ($1, $2, $3, $4, $5, FALSE, $6)";
inline constexpr Sql kActivateAccount =
    "UPDATE accounts SET activated_at = coalesce(activated_at, $2) WHERE id = $1";
inline constexpr Sql kRevokeAccount = "UPDATE accounts SET revoked = TRUE WHERE id = $1";
inline constexpr Sql kConsentFamily = "SELECT family_id, ended_at FROM consents WHERE id = $1";
inline constexpr Sql kInsertConsent =
    "INSERT INTO consents (id, family_id, young_person_id, member_id, given_on, valid_until, "
    "seq) VALUES ($1, $2, $3, $4, $5, NULLIF($6, ''), $7)";
inline constexpr Sql kEndConsent = "UPDATE consents SET ended_at = $2 WHERE id = $1";

// --- the household and involvements after opening (issue 10) -----------------------------------
// 0 rows changed: no such member.
inline constexpr Sql kMemberLeft =
    "UPDATE members SET left_on = $3, left_reason = $4 WHERE family_id = $1 AND id = $2";
inline constexpr Sql kMemberBirthDate =
    "UPDATE members SET birth_date = $3 WHERE family_id = $1 AND id = $2";
inline constexpr Sql kInsertHouseholdChange =
    "INSERT INTO household_changes (family_id, seq, changed_at, actor, kind, subject, other_id, "
    "on_date, flag, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

}  // namespace stip::store::core::projector_sql
