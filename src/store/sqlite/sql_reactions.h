// The SQLite queries of issue 3's projections: entry audience and corrections, withholdings,
// reactions (with correction requests) and objections. Schema: migrations.cpp version 3.
#pragma once

#include <string_view>

namespace stip::store::sqlite::sql {

// --- reads --------------------------------------------------------------------------------------
inline constexpr std::string_view kFindEntry =
    "SELECT id, family_id, seq, kind, source, text, author_id, created_at, concerns, "
    "confidential_of, corrects, corrected_by FROM entries WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kListWithholdings =
    "SELECT id, entry_id, member_id, ground, reason, decided_by, decided_at, review_date, lifted "
    "FROM withholdings WHERE family_id = ?1 ORDER BY seq";
inline constexpr std::string_view kListReactions =
    "SELECT id, family_id, entry_id, member_id, account_id, kind, text, created_at, deadline, "
    "status, answer, answered_by, answered_at, correction_entry_id FROM reactions "
    "WHERE family_id = ?1 AND entry_seq BETWEEN ?2 AND ?3 ORDER BY entry_seq, seq";
inline constexpr std::string_view kFindReaction =
    "SELECT id, family_id, entry_id, member_id, account_id, kind, text, created_at, deadline, "
    "status, answer, answered_by, answered_at, correction_entry_id FROM reactions "
    "WHERE family_id = ?1 AND id = ?2";
inline constexpr std::string_view kListOpenCorrections =
    "SELECT id, family_id, entry_id, member_id, account_id, kind, text, created_at, deadline, "
    "status, answer, answered_by, answered_at, correction_entry_id FROM reactions "
    "WHERE family_id = ?1 AND kind = 'correction_request' AND status = 'open' "
    "ORDER BY deadline, seq";
inline constexpr std::string_view kListObjections =
    "SELECT id, family_id, withholding_id, member_id, text, filed_at, status, answer, "
    "answered_by, answered_at FROM objections WHERE family_id = ?1 ORDER BY seq";

}  // namespace stip::store::sqlite::sql
