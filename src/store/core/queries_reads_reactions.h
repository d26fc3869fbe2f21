// The statements behind the reads of issue 3's projections (reads_reactions.cpp): one entry,
// withholdings, reactions (with correction requests) and objections; written once.
#pragma once

#include "store/core/sql.h"

namespace stip::store::core::read_sql {

inline constexpr Sql kFindEntry =
    "SELECT id, family_id, seq, kind, source, text, author_id, created_at, concerns, "
    "confidential_of, corrects, corrected_by FROM entries WHERE family_id = $1 AND id = $2";
inline constexpr Sql kListWithholdings =
    "SELECT id, entry_id, member_id, ground, reason, decided_by, decided_at, review_date, lifted, "
    "whole_household, narrowing_reason, target FROM withholdings WHERE family_id = $1 "
    "ORDER BY seq";
inline constexpr Sql kListReactions =
    "SELECT id, family_id, entry_id, member_id, account_id, kind, text, created_at, deadline, "
    "status, answer, answered_by, answered_at, correction_entry_id FROM reactions "
    "WHERE family_id = $1 AND entry_seq BETWEEN $2 AND $3 ORDER BY entry_seq, seq";
inline constexpr Sql kFindReaction =
    "SELECT id, family_id, entry_id, member_id, account_id, kind, text, created_at, deadline, "
    "status, answer, answered_by, answered_at, correction_entry_id FROM reactions "
    "WHERE family_id = $1 AND id = $2";
inline constexpr Sql kListOpenCorrections =
    "SELECT id, family_id, entry_id, member_id, account_id, kind, text, created_at, deadline, "
    "status, answer, answered_by, answered_at, correction_entry_id FROM reactions "
    "WHERE family_id = $1 AND kind = 'correction_request' AND status = 'open' "
    "ORDER BY deadline, seq";
inline constexpr Sql kListObjections =
    "SELECT id, family_id, withholding_id, member_id, text, filed_at, status, answer, "
    "answered_by, answered_at FROM objections WHERE family_id = $1 ORDER BY seq";

}  // namespace stip::store::core::read_sql
