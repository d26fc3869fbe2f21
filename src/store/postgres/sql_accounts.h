// The PostgreSQL engine's queries for family accounts, consents and one-time login codes
// (issue 3); the schema is migration 2 in migrations.cpp.
#pragma once

#include "store/postgres/connection.h"

namespace stip::store::postgres::sql {

// --- projector ----------------------------------------------------------------------------------
inline constexpr Sql kMemberOf = "SELECT 1 FROM members WHERE family_id = $1 AND id = $2";
inline constexpr Sql kAccountFamily = "SELECT family_id, revoked FROM accounts WHERE id = $1";
inline constexpr Sql kInsertAccount =
    "INSERT INTO accounts (id, family_id, member_id, contact, invited_at, revoked, seq) "
    "VALUES ($1, $2, $3, $4, $5, false, $6)";
inline constexpr Sql kActivateAccount =
    "UPDATE accounts SET activated_at = coalesce(activated_at, $2) WHERE id = $1";
inline constexpr Sql kRevokeAccount = "UPDATE accounts SET revoked = true WHERE id = $1";
inline constexpr Sql kConsentFamily = "SELECT family_id, ended_at FROM consents WHERE id = $1";
inline constexpr Sql kInsertConsent =
    "INSERT INTO consents (id, family_id, young_person_id, member_id, given_on, valid_until, "
    "seq) VALUES ($1, $2, $3, $4, $5, NULLIF($6, ''), $7)";
inline constexpr Sql kEndConsent = "UPDATE consents SET ended_at = $2 WHERE id = $1";

}  // namespace stip::store::postgres::sql
