// The projector's statements for issue 3's projections (core/projector_reactions.cpp): entry
// audience and corrections, withholdings, reactions with correction requests, and objections.
#pragma once

#include "store/core/sql.h"

namespace stip::store::core::projector_sql {

inline constexpr Sql kSetEntryAudience =
    "UPDATE entries SET concerns = $3, confidential_of = $4 WHERE family_id = $1 AND id = $2";
inline constexpr Sql kEntryAudienceOf =
    "SELECT concerns, confidential_of, corrected_by FROM entries "
    "WHERE family_id = $1 AND id = $2";
inline constexpr Sql kInsertCorrection =
    "INSERT INTO entries (family_id, seq, id, kind, source, text, author_id, created_at, concerns, "
    "confidential_of, corrects) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
inline constexpr Sql kMarkCorrected =
    "UPDATE entries SET corrected_by = $3 WHERE family_id = $1 AND id = $2";
inline constexpr Sql kEntryExists = "SELECT 1 FROM entries WHERE id = $1";
inline constexpr Sql kEntrySeqOf = "SELECT seq FROM entries WHERE family_id = $1 AND id = $2";

inline constexpr Sql kWithholdingLifted =
    "SELECT lifted FROM withholdings WHERE family_id = $1 AND id = $2";
inline constexpr Sql kInsertWithholding =
    "INSERT INTO withholdings (family_id, id, seq, entry_id, member_id, ground, reason, "
    "decided_by, decided_at, review_date, lifted, target) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, FALSE, $11)";
inline constexpr Sql kRenewWithholding =
    "UPDATE withholdings SET review_date = $3, reason = $4 WHERE family_id = $1 AND id = $2";
inline constexpr Sql kLiftWithholding =
    "UPDATE withholdings SET lifted = TRUE WHERE family_id = $1 AND id = $2";

// Issue 13: member_id holds the member ids ' '-separated ("" with whole_household).
inline constexpr Sql kInsertWithholdingFor =
    "INSERT INTO withholdings (family_id, id, seq, entry_id, member_id, ground, reason, "
    "decided_by, decided_at, review_date, lifted, whole_household, narrowing_reason, target) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, FALSE, $11, $12, $13)";

// Issue 11 item 6: the item a withholding of another kind than an entry holds back.
inline constexpr Sql kSafetyItemSeqOf =
    "SELECT seq FROM safety_items WHERE family_id = $1 AND id = $2 "
    "AND kind IN ('danger', 'strength', 'goal')";
inline constexpr Sql kPlanCommentSeqOf =
    "SELECT seq FROM plan_comments WHERE family_id = $1 AND id = $2";
inline constexpr Sql kPlanConditionsSeqOf =
    "SELECT seq FROM plan_conditions WHERE family_id = $1 AND seq = $2 LIMIT 1";
inline constexpr Sql kMeetingAgreementSeqOf =
    "SELECT seq FROM meeting_items WHERE family_id = $1 AND id = $2 AND kind = 'agreement'";
inline constexpr Sql kChildVoiceSeqOf =
    "SELECT seq FROM child_voices WHERE family_id = $1 AND id = $2";

inline constexpr Sql kReactionState =
    "SELECT kind, status FROM reactions WHERE family_id = $1 AND id = $2";
inline constexpr Sql kInsertReaction =
    "INSERT INTO reactions (family_id, id, seq, entry_id, entry_seq, member_id, account_id, kind, "
    "text, created_at, deadline, status, answer, answered_by, answered_at, correction_entry_id) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'open', '', '', 0, '')";
inline constexpr Sql kAnswerReaction =
    "UPDATE reactions SET status = $3, answer = $4, answered_by = $5, answered_at = $6, "
    "correction_entry_id = $7 WHERE family_id = $1 AND id = $2";

inline constexpr Sql kObjectionState =
    "SELECT status FROM objections WHERE family_id = $1 AND id = $2";
inline constexpr Sql kInsertObjection =
    "INSERT INTO objections (family_id, id, seq, withholding_id, member_id, text, filed_at, "
    "status, answer, answered_by, answered_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', '', '', 0)";
inline constexpr Sql kAnswerObjection =
    "UPDATE objections SET status = $3, answer = $4, answered_by = $5, answered_at = $6 "
    "WHERE family_id = $1 AND id = $2";

}  // namespace stip::store::core::projector_sql
