// The statements of destruction (issue 14 item 3), written once for both engines.
#pragma once

#include <array>

#include "store/core/sql.h"

namespace stip::store::core::retention_sql {

// The one statement that ever changes a stored event: its payload becomes "" (destroyed), only
// for the event sealed with the listed hash. Seq, type, actor, time and hashes stay.
// Issue 14 item 3: the legal hold (bewaarplicht), one standing hold per file at most.
inline constexpr Sql kSetLegalHold =
    "INSERT INTO legal_holds (family_id, set_at, set_by, reason) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (family_id) DO UPDATE SET set_at = excluded.set_at, set_by = excluded.set_by, "
    "reason = excluded.reason";
inline constexpr Sql kLiftLegalHold = "DELETE FROM legal_holds WHERE family_id = $1";
inline constexpr Sql kFindLegalHold =
    "SELECT set_at, set_by, reason FROM legal_holds WHERE family_id = $1";

// Issue 14 item 3 part C: the family's destruction requests.
inline constexpr Sql kInsertDestructionRequest =
    "INSERT INTO destruction_requests (family_id, id, member_id, account_id, scope, reason, "
    "requested_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";
inline constexpr Sql kOpenDestructionRequestOf =
    "SELECT 1 FROM destruction_requests WHERE family_id = $1 AND member_id = $2 AND answer = ''";
inline constexpr Sql kAnswerDestructionRequest =
    "UPDATE destruction_requests SET answer = $3, answer_reasons = $4, answered_by = $5, "
    "answered_at = $6 WHERE family_id = $1 AND id = $2 AND answer = ''";
inline constexpr Sql kListDestructionRequests =
    "SELECT id, member_id, account_id, scope, reason, requested_at, answer, answer_reasons, "
    "answered_by, answered_at FROM destruction_requests WHERE family_id = $1 "
    "ORDER BY requested_at, id";

inline constexpr Sql kRedactEvent =
    "UPDATE events SET payload = '' WHERE chain = $1 AND seq = $2 AND hash = $3";

// Every row of a family in the projections (children before parents, as kDerivedTables) and in
// the operational tables that point into the file ($1 the family id). Sessions and login codes
// of the family's accounts go first, while the accounts still say whose they are.
inline constexpr std::array<Sql, 44> kForgetFamily = {{
    "DELETE FROM sessions WHERE user_id IN (SELECT id FROM accounts WHERE family_id = $1)",
    "DELETE FROM login_codes WHERE account_id IN (SELECT id FROM accounts WHERE family_id = $1)",
    "DELETE FROM sessions WHERE user_id IN "
    "(SELECT account_id FROM network_members WHERE family_id = $1)",
    "DELETE FROM login_codes WHERE account_id IN "
    "(SELECT account_id FROM network_members WHERE family_id = $1)",
    "DELETE FROM entry_mail_pending WHERE family_id = $1",
    "DELETE FROM objections WHERE family_id = $1",
    "DELETE FROM reactions WHERE family_id = $1",
    "DELETE FROM withholdings WHERE family_id = $1",
    "DELETE FROM consents WHERE family_id = $1",
    "DELETE FROM account_mail WHERE family_id = $1",
    "DELETE FROM accounts WHERE family_id = $1",
    "DELETE FROM entries WHERE family_id = $1",
    "DELETE FROM involvements WHERE family_id = $1",
    "DELETE FROM custody WHERE family_id = $1",
    "DELETE FROM members WHERE family_id = $1",
    "DELETE FROM household_changes WHERE family_id = $1",
    "DELETE FROM network_consents WHERE family_id = $1",
    "DELETE FROM network_members WHERE family_id = $1",
    "DELETE FROM handovers WHERE family_id = $1",
    "DELETE FROM safety_rounds WHERE family_id = $1",
    "DELETE FROM safety_items WHERE family_id = $1",
    "DELETE FROM safety_answers WHERE family_id = $1",
    "DELETE FROM emergency_access WHERE family_id = $1",
    "DELETE FROM signals WHERE family_id = $1",
    "DELETE FROM known_checks WHERE family_id = $1",
    "DELETE FROM join_requests WHERE family_id = $1",
    "DELETE FROM plan_offers WHERE family_id = $1",
    "DELETE FROM plan_versions WHERE family_id = $1",
    "DELETE FROM plan_lines WHERE family_id = $1",
    "DELETE FROM plan_conditions WHERE family_id = $1",
    "DELETE FROM plan_comments WHERE family_id = $1",
    "DELETE FROM meetings WHERE family_id = $1",
    "DELETE FROM meeting_items WHERE family_id = $1",
    "DELETE FROM meeting_feedback WHERE family_id = $1",
    "DELETE FROM decisions WHERE family_id = $1",
    "DELETE FROM decision_notes WHERE family_id = $1",
    "DELETE FROM measures WHERE family_id = $1",
    "DELETE FROM measure_steps WHERE family_id = $1",
    "DELETE FROM child_voices WHERE family_id = $1",
    "DELETE FROM child_explanations WHERE family_id = $1",
    "DELETE FROM measure_deadlines_done WHERE family_id = $1",
    "DELETE FROM legal_holds WHERE family_id = $1",
    "DELETE FROM destruction_requests WHERE family_id = $1",
    // The head cache (chains) stays: the chain ends with the destruction.
    "DELETE FROM families WHERE id = $1",
}};

}  // namespace stip::store::core::retention_sql
