// The SQLite queries of issue 3's projections: entry audience and corrections, withholdings,
// reactions (with correction requests) and objections. Schema: migrations.cpp version 3.
#pragma once

#include <string_view>

namespace stip::store::sqlite::sql {

// --- projector ----------------------------------------------------------------------------------
inline constexpr std::string_view kSetEntryAudience =
    "UPDATE entries SET concerns = ?3, confidential_of = ?4 WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kEntryAudienceOf =
    "SELECT concerns, confidential_of, corrected_by FROM entries "
    "WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kInsertCorrection =
    "INSERT INTO entries (family_id, seq, id, kind, source, text, author_id, created_at, concerns, "
    "confidential_of, corrects) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
inline constexpr std::string_view kMarkCorrected =
    "UPDATE entries SET corrected_by = ?3 WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kEntrySeqOf =
    "SELECT seq FROM entries WHERE family_id = ?1 AND id = ?2";

inline constexpr std::string_view kWithholdingExists =
    "SELECT lifted FROM withholdings WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kInsertWithholding =
    "INSERT INTO withholdings (family_id, id, seq, entry_id, member_id, ground, reason, "
    "decided_by, decided_at, review_date, lifted) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0)";
inline constexpr std::string_view kRenewWithholding =
    "UPDATE withholdings SET review_date = ?3, reason = ?4 WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kLiftWithholding =
    "UPDATE withholdings SET lifted = 1 WHERE family_id = ?1 AND id = ?2";

inline constexpr std::string_view kReactionState =
    "SELECT kind, status FROM reactions WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kInsertReaction =
    "INSERT INTO reactions (family_id, id, seq, entry_id, entry_seq, member_id, account_id, kind, "
    "text, created_at, deadline, status, answer, answered_by, answered_at, correction_entry_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'open', '', '', 0, '')";
inline constexpr std::string_view kAnswerReaction =
    "UPDATE reactions SET status = ?3, answer = ?4, answered_by = ?5, answered_at = ?6, "
    "correction_entry_id = ?7 WHERE family_id = ?1 AND id = ?2";

inline constexpr std::string_view kObjectionState =
    "SELECT status FROM objections WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kInsertObjection =
    "INSERT INTO objections (family_id, id, seq, withholding_id, member_id, text, filed_at, "
    "status, answer, answered_by, answered_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', '', '', 0)";
inline constexpr std::string_view kAnswerObjection =
    "UPDATE objections SET status = ?3, answer = ?4, answered_by = ?5, answered_at = ?6 "
    "WHERE family_id = ?1 AND id = ?2";

}  // namespace stip::store::sqlite::sql
