// The statements behind family accounts and consents (projection reads) and one-time login
// codes (operational state) in accounts.cpp (issue 3); written once for both engines.
#pragma once

#include "store/core/sql.h"

namespace stip::store::core::account_sql {

// Issue 10: a network member's account reads as an account whose member_id is the network
// member's id ("nwm_..."), so the one-time codes and sessions serve both.
inline constexpr Sql kFindAccount =
    "SELECT id, family_id, member_id, contact, invited_at, activated_at, revoked FROM accounts "
    "WHERE id = $1 UNION ALL SELECT account_id, family_id, id, contact, invited_at, "
    "activated_at, FALSE FROM network_members WHERE account_id = $1";
// Each engine states "not revoked" exactly as its partial index accounts_live_contact does, or
// the planner would not use that index (SQLite matches the predicate as written). One address
// may have an account in several families (oldest first).
inline constexpr Sql kListAccountsByContact = Sql::PerEngine(
    "SELECT id, family_id, member_id, contact, invited_at, activated_at, revoked FROM accounts "
    "WHERE contact = $1 AND revoked = 0 UNION ALL SELECT account_id, family_id, id, contact, "
    "invited_at, activated_at, FALSE FROM network_members WHERE contact = $1 ORDER BY 5, 1",
    "SELECT id, family_id, member_id, contact, invited_at, activated_at, revoked FROM accounts "
    "WHERE contact = $1 AND NOT revoked UNION ALL SELECT account_id, family_id, id, contact, "
    "invited_at, activated_at, FALSE FROM network_members WHERE contact = $1 ORDER BY 5, 1");
inline constexpr Sql kListAccounts =
    "SELECT id, family_id, member_id, contact, invited_at, activated_at, revoked FROM accounts "
    "WHERE family_id = $1 ORDER BY seq";
inline constexpr Sql kListConsents =
    "SELECT id, family_id, young_person_id, member_id, given_on, valid_until FROM consents "
    "WHERE family_id = $1 AND ended_at IS NULL ORDER BY seq";

// --- login codes (operational) ------------------------------------------------------------------
inline constexpr Sql kCreateLoginCode =
    "INSERT INTO login_codes (id, account_id, code_sha256, created_at, expires_at, failures, "
    "used_at) VALUES ($1, $2, $3, $4, $5, $6, NULL)";
inline constexpr Sql kLiveLoginCodes =
    "SELECT id, account_id, code_sha256, created_at, expires_at, failures, used_at "
    "FROM login_codes WHERE account_id = $1 AND used_at IS NULL AND expires_at > $2 "
    "ORDER BY created_at DESC, id DESC LIMIT 64";
// "used_at IS NULL" in the one UPDATE: of two racing uses, exactly one changes the row.
inline constexpr Sql kConsumeLoginCode =
    "UPDATE login_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL";

}  // namespace stip::store::core::account_sql
