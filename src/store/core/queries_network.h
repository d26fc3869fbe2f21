// The statements behind network members and their consents (issue 10): the projector's folds
// and the reads, written once for both engines.
#pragma once

#include "store/core/sql.h"

namespace stip::store::core::network_sql {

// --- projector ----------------------------------------------------------------------------------
inline constexpr Sql kNetworkMemberExists =
    "SELECT 1 FROM network_members WHERE family_id = $1 AND id = $2";
// Either table may hold the address or the account id: one live account per address overall.
inline constexpr Sql kContactTaken = Sql::PerEngine(
    "SELECT 1 FROM accounts WHERE contact = $1 AND family_id = $2 AND revoked = 0 "
    "UNION ALL SELECT 1 FROM network_members WHERE contact = $1 AND family_id = $2",
    "SELECT 1 FROM accounts WHERE contact = $1 AND family_id = $2 AND NOT revoked "
    "UNION ALL SELECT 1 FROM network_members WHERE contact = $1 AND family_id = $2");
inline constexpr Sql kAccountIdTaken =
    "SELECT 1 FROM accounts WHERE id = $1 UNION ALL SELECT 1 FROM network_members "
    "WHERE account_id = $1";
inline constexpr Sql kInsertNetworkMember =
    "INSERT INTO network_members (id, family_id, account_id, name, relation, contact, "
    "invited_by, invited_at, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
// account.activated for a network member's account; 0 rows: not a network member's.
inline constexpr Sql kActivateNetworkAccount =
    "UPDATE network_members SET activated_at = coalesce(activated_at, $3) "
    "WHERE family_id = $1 AND account_id = $2";
inline constexpr Sql kNetworkConsentParties =
    "SELECT network_member_id, given_by FROM network_consents WHERE id = $1";
inline constexpr Sql kNetworkConsentState =
    "SELECT family_id, ended_at FROM network_consents WHERE id = $1";
inline constexpr Sql kInsertNetworkConsent =
    "INSERT INTO network_consents (id, family_id, network_member_id, given_by, ground, items, "
    "given_on, valid_until, given_at, changed_at, seq) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)";
inline constexpr Sql kChangeNetworkConsent =
    "UPDATE network_consents SET items = $2, valid_until = $3, changed_at = $4 WHERE id = $1";
inline constexpr Sql kEndNetworkConsent = "UPDATE network_consents SET ended_at = $2 WHERE id = $1";

// --- reads --------------------------------------------------------------------------------------
inline constexpr Sql kListNetworkMembers =
    "SELECT id, family_id, account_id, name, relation, contact, invited_by, invited_at, "
    "activated_at FROM network_members WHERE family_id = $1 ORDER BY seq";
inline constexpr Sql kListNetworkConsents =
    "SELECT id, family_id, network_member_id, given_by, ground, items, given_on, valid_until, "
    "given_at, changed_at, ended_at FROM network_consents WHERE family_id = $1 ORDER BY seq";

}  // namespace stip::store::core::network_sql
