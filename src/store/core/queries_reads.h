// The statements behind the store's reads of the system chain's projections, the families,
// their entries and access logs (reads.cpp): written once for both engines.
#pragma once

#include "store/core/sql.h"

namespace stip::store::core::read_sql {

// --- administration -----------------------------------------------------------------------------
inline constexpr Sql kFindUser =
    "SELECT id, username, display_name, team_id, admin, phone, email, disabled, disabled_reason "
    "FROM users WHERE id = $1";
inline constexpr Sql kFindUserByUsername =
    "SELECT id, username, display_name, team_id, admin, phone, email, disabled, disabled_reason "
    "FROM users "
    "WHERE username = $1";
inline constexpr Sql kListUsers =
    "SELECT id, username, display_name, team_id, admin, phone, email, disabled, disabled_reason "
    "FROM users "
    "ORDER BY display_name, id";
inline constexpr Sql kFindTeam =
    "SELECT id, organisation_id, name, kind, phone, email FROM teams WHERE id = $1";
inline constexpr Sql kFindOrganisation = "SELECT id, name FROM organisations WHERE id = $1";
inline constexpr Sql kFindTokenBySha256 =
    "SELECT id, user_id, name, token_sha256, issued_at, revoked, expires_at FROM tokens "
    "WHERE token_sha256 = $1";
// Issue 14: a user's tokens, newest first, and one token by id.
inline constexpr Sql kListTokensOf =
    "SELECT id, user_id, name, token_sha256, issued_at, revoked, expires_at FROM tokens "
    "WHERE user_id = $1 ORDER BY issued_at DESC, id";
inline constexpr Sql kListTeams =
    "SELECT id, organisation_id, name, kind, phone, email FROM teams ORDER BY name, id";
inline constexpr Sql kFindToken =
    "SELECT id, user_id, name, token_sha256, issued_at, revoked, expires_at FROM tokens "
    "WHERE id = $1";

// --- families -----------------------------------------------------------------------------------
inline constexpr Sql kFindFamily =
    "SELECT f.id, f.name, f.created_at, coalesce(c.head_seq, 0), coalesce(c.head_hash, '') "
    "FROM families f LEFT JOIN chains c ON c.chain = f.id WHERE f.id = $1";
inline constexpr Sql kListMembers =
    "SELECT id, name, role, birth_date, left_on, left_reason, seq FROM members "
    "WHERE family_id = $1 "
    "ORDER BY seq, id";
inline constexpr Sql kListCustody =
    "SELECT parent_id, child_id, has_custody, ruling_date, reason FROM custody "
    "WHERE family_id = $1 "
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
inline constexpr Sql kChainHead = "SELECT head_seq, head_hash FROM chains WHERE chain = $1";

}  // namespace stip::store::core::read_sql
