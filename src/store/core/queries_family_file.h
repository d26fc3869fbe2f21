// The set-based statements behind ReadFamilyFile (reads_family_file.cpp): users and entries by a
// list of ids bound as one parameter (a JSON array on SQLite, a text[] literal on PostgreSQL).
#pragma once

#include "store/core/sql.h"

namespace stip::store::core::read_sql {

// The users with their team and its organisation (both may be missing), in one statement.
inline constexpr Sql kFindUsersWithTeams = Sql::PerEngine(
    "SELECT u.id, u.username, u.display_name, u.team_id, u.admin, u.phone, u.email, "
    "t.id, t.organisation_id, t.name, t.kind, t.phone, t.email, o.id, o.name "
    "FROM users u LEFT JOIN teams t ON t.id = u.team_id "
    "LEFT JOIN organisations o ON o.id = t.organisation_id "
    "WHERE u.id IN (SELECT value FROM json_each($1)) ORDER BY u.id",
    "SELECT u.id, u.username, u.display_name, u.team_id, u.admin, u.phone, u.email, "
    "t.id, t.organisation_id, t.name, t.kind, t.phone, t.email, o.id, o.name "
    "FROM users u LEFT JOIN teams t ON t.id = u.team_id "
    "LEFT JOIN organisations o ON o.id = t.organisation_id "
    "WHERE u.id = ANY($1::text[]) ORDER BY u.id");

// Entries of one family by id (the same columns as kFindEntry).
inline constexpr Sql kFindEntries = Sql::PerEngine(
    "SELECT id, family_id, seq, kind, source, text, author_id, created_at, concerns, "
    "confidential_of, corrects, corrected_by FROM entries "
    "WHERE family_id = $1 AND id IN (SELECT value FROM json_each($2)) ORDER BY seq",
    "SELECT id, family_id, seq, kind, source, text, author_id, created_at, concerns, "
    "confidential_of, corrects, corrected_by FROM entries "
    "WHERE family_id = $1 AND id = ANY($2::text[]) ORDER BY seq");

}  // namespace stip::store::core::read_sql
