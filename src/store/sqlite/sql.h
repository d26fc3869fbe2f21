// Every query the SQLite store runs, in one place (the schema is in migrations.cpp). Parameters
// are always bound (?N); no SQL text is ever built from data.
#pragma once

#include <array>
#include <string_view>

namespace stip::store::sqlite::sql {

// --- the ledger ---------------------------------------------------------------------------------
inline constexpr std::string_view kChainHead =
    "SELECT head_seq, head_hash FROM chains WHERE chain = ?1";
inline constexpr std::string_view kInsertEvent =
    "INSERT INTO events (chain, seq, type, actor, time, payload, prev_hash, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
inline constexpr std::string_view kSetChainHead =
    "INSERT INTO chains (chain, head_seq, head_hash) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (chain) DO UPDATE SET head_seq = excluded.head_seq, "
    "head_hash = excluded.head_hash";
inline constexpr std::string_view kGlobalHead =
    "SELECT seq, hash FROM global_chain ORDER BY seq DESC LIMIT 1";
inline constexpr std::string_view kInsertGlobalLink =
    "INSERT INTO global_chain (seq, chain, chain_seq, chain_hash, prev_hash, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
inline constexpr std::string_view kAccessHead =
    "SELECT seq, hash FROM access_log WHERE family_id = ?1 ORDER BY seq DESC LIMIT 1";
inline constexpr std::string_view kInsertAccess =
    "INSERT INTO access_log (family_id, seq, time, user_id, role, what, purpose, emergency, "
    "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

// Distinct chains straight from the events table (not from `chains`), so that a verifier sees
// what is really stored.
inline constexpr std::string_view kListChains = "SELECT DISTINCT chain FROM events ORDER BY chain";
inline constexpr std::string_view kReadChain =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain = ?1 ORDER BY seq";
// Every family chain in primary-key order (no sort needed); the system chain is read first.
inline constexpr std::string_view kReadFamilyChains =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain <> 'system' ORDER BY chain, seq";
// For `stip verify`: everything in primary-key order (no sort), in one statement each.
inline constexpr std::string_view kReadAllEvents =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "ORDER BY chain, seq";
inline constexpr std::string_view kReadAllAccess =
    "SELECT family_id, seq, time, user_id, role, what, purpose, emergency, prev_hash, hash "
    "FROM access_log ORDER BY family_id, seq";
inline constexpr std::string_view kCountEvents = "SELECT count(*) FROM events";
inline constexpr std::string_view kReadAccessChain =
    "SELECT family_id, seq, time, user_id, role, what, purpose, emergency, prev_hash, hash "
    "FROM access_log WHERE family_id = ?1 ORDER BY seq";
inline constexpr std::string_view kReadGlobalChain =
    "SELECT seq, chain, chain_seq, chain_hash, prev_hash, hash FROM global_chain ORDER BY seq";

// --- the access log: does the family exist -------------------------------------------------------
inline constexpr std::string_view kFamilyExists = "SELECT 1 FROM families WHERE id = ?1";

// --- reads --------------------------------------------------------------------------------------
inline constexpr std::string_view kListMembers =
    "SELECT id, name, role, birth_date FROM members WHERE family_id = ?1 ORDER BY seq, id";

// --- rebuild ------------------------------------------------------------------------------------
// A derived table: how to dump it in primary-key order (for the fingerprint) and empty it.
struct DerivedTable {
  std::string_view name;
  std::string_view dump;
  std::string_view clear;
};

// Children before parents, so that emptying them in this order satisfies the foreign keys.
inline constexpr std::array<DerivedTable, 15> kDerivedTables = {{
    {"objections", "SELECT * FROM objections ORDER BY family_id, id", "DELETE FROM objections"},
    {"reactions", "SELECT * FROM reactions ORDER BY family_id, id", "DELETE FROM reactions"},
    {"withholdings", "SELECT * FROM withholdings ORDER BY family_id, id",
     "DELETE FROM withholdings"},
    {"consents", "SELECT * FROM consents ORDER BY id", "DELETE FROM consents"},
    {"accounts", "SELECT * FROM accounts ORDER BY id", "DELETE FROM accounts"},
    {"entries", "SELECT * FROM entries ORDER BY family_id, seq", "DELETE FROM entries"},
    {"involvements", "SELECT * FROM involvements ORDER BY family_id, seq",
     "DELETE FROM involvements"},
    {"custody", "SELECT * FROM custody ORDER BY family_id, parent_id, child_id",
     "DELETE FROM custody"},
    {"members", "SELECT * FROM members ORDER BY family_id, id", "DELETE FROM members"},
    {"families", "SELECT * FROM families ORDER BY id", "DELETE FROM families"},
    {"tokens", "SELECT * FROM tokens ORDER BY id", "DELETE FROM tokens"},
    {"users", "SELECT * FROM users ORDER BY id", "DELETE FROM users"},
    {"teams", "SELECT * FROM teams ORDER BY id", "DELETE FROM teams"},
    {"organisations", "SELECT * FROM organisations ORDER BY id", "DELETE FROM organisations"},
    // The cached chain heads are derived from events too (see kRebuildChainHeads).
    {"chains", "SELECT * FROM chains ORDER BY chain", "DELETE FROM chains"},
}};
// SQLite returns the bare columns of the row holding max(seq), i.e. each chain's head.
inline constexpr std::string_view kRebuildChainHeads =
    "INSERT INTO chains (chain, head_seq, head_hash) "
    "SELECT chain, max(seq), hash FROM events GROUP BY chain";

}  // namespace stip::store::sqlite::sql
