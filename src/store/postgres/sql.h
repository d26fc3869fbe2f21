// Every query the PostgreSQL store runs, in one place (the schema is in migrations.cpp). The same
// statements as src/store/sqlite/sql.h where the dialects agree; parameters are always bound
// ($N) and Sql is compile-time text, so no SQL is ever built from data.
#pragma once

#include <array>
#include <string_view>

#include "store/postgres/connection.h"

namespace stip::store::postgres::sql {

// --- the ledger ---------------------------------------------------------------------------------
// The head row is locked until COMMIT: a second writer of the same chain (in this or another
// process) waits here, then sees the new head and fails its expected_seq check with Conflict.
inline constexpr Sql kLockChainHead =
    "SELECT head_seq, head_hash FROM chains WHERE chain = $1 FOR UPDATE";
// A new chain: the inserted row is the lock. 0 rows means another writer created it first.
inline constexpr Sql kClaimNewChain =
    "INSERT INTO chains (chain, head_seq, head_hash) VALUES ($1, 0, $2) "
    "ON CONFLICT (chain) DO NOTHING";
// All events of one append in one statement; the arrays are in seq order.
// All events of one append in one statement (the arrays are in seq order), and the new head.
// A data-modifying WITH always runs to completion, so the two writes are one round trip.
inline constexpr Sql kAppendEvents =
    "WITH appended AS ("
    "  INSERT INTO events (chain, seq, type, actor, time, payload, prev_hash, hash) "
    "  SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::bigint[], $6::text[], "
    "  $7::text[], $8::text[])) "
    "UPDATE chains SET head_seq = $9, head_hash = $10 WHERE chain = $1";
// The serialisation point of the global chain across processes, taken once per batch.
inline constexpr Sql kLockGlobalHead = "SELECT seq, hash FROM global_head FOR UPDATE";
inline constexpr Sql kSetGlobalHead = "UPDATE global_head SET seq = $1, hash = $2";
inline constexpr Sql kInsertGlobalLinks =
    "INSERT INTO global_chain (seq, chain, chain_seq, chain_hash, prev_hash, hash) "
    "SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], "
    "$6::text[])";
// The access-log lines of a whole batch take three statements, whatever their number. First
// every family of the batch that exists gets a head row if it has none ($1 the family ids,
// $2 the genesis hash); rows made in id order, so two writers never wait for each other in a
// cycle.
inline constexpr Sql kClaimAccessHeads =
    "INSERT INTO access_heads (family_id, seq, hash) "
    "SELECT id, 0, $2 FROM families WHERE id = ANY($1::text[]) ORDER BY id "
    "ON CONFLICT (family_id) DO NOTHING";
// Then their heads are locked until COMMIT, in family order (ORDER BY runs before the locking),
// and read in their newest version. A family missing from the result does not exist.
inline constexpr Sql kLockAccessHeads =
    "SELECT h.family_id, h.seq, h.hash FROM access_heads h JOIN families f ON f.id = h.family_id "
    "WHERE h.family_id = ANY($1::text[]) ORDER BY h.family_id FOR UPDATE OF h";
// Last, all new lines ($1..$10, one array per column) and the new heads ($11..$13).
inline constexpr Sql kAppendAccess =
    "WITH appended AS ("
    "  INSERT INTO access_log (family_id, seq, time, user_id, role, what, purpose, emergency, "
    "  prev_hash, hash) "
    "  SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], "
    "  $6::text[], $7::text[], $8::boolean[], $9::text[], $10::text[])) "
    "UPDATE access_heads h SET seq = n.seq, hash = n.hash "
    "FROM unnest($11::text[], $12::bigint[], $13::text[]) AS n (family_id, seq, hash) "
    "WHERE h.family_id = n.family_id";

// Distinct chains straight from the events table (not from `chains`), so that a verifier sees
// what is really stored. A loose index scan: one index probe per chain, not a scan of all events.
inline constexpr Sql kListChains =
    "WITH RECURSIVE c (chain) AS ("
    "  (SELECT chain FROM events ORDER BY chain LIMIT 1)"
    "  UNION ALL"
    "  SELECT (SELECT e.chain FROM events e WHERE e.chain > c.chain ORDER BY e.chain LIMIT 1) "
    "  FROM c WHERE c.chain IS NOT NULL"
    ") SELECT chain FROM c WHERE chain IS NOT NULL";
inline constexpr Sql kReadChain =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain = $1 ORDER BY seq";
// Rebuild walks the system chain, then the family chains in primary-key order, a page at a time
// (the writer connection cannot stream one query while it runs the projector's).
inline constexpr Sql kReadChainAfter =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain = $1 AND seq > $2 ORDER BY seq LIMIT $3";
inline constexpr Sql kReadFamilyChainsAfter =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain <> 'system' AND (chain, seq) > ($1, $2) ORDER BY chain, seq LIMIT $3";
inline constexpr Sql kReadAccessChain =
    "SELECT family_id, seq, time, user_id, role, what, purpose, emergency, prev_hash, hash "
    "FROM access_log WHERE family_id = $1 ORDER BY seq";
inline constexpr Sql kReadGlobalChain =
    "SELECT seq, chain, chain_seq, chain_hash, prev_hash, hash FROM global_chain ORDER BY seq";

// --- reads --------------------------------------------------------------------------------------
// The read snapshot of ReadSnapshot, so that several statements of one read agree.
inline constexpr Sql kBeginSnapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
inline constexpr Sql kListMembers =
    "SELECT id, name, role, birth_date FROM members WHERE family_id = $1 ORDER BY seq, id";

// --- rebuild ------------------------------------------------------------------------------------
// Appends start by locking `chains` rows (ROW SHARE); EXCLUSIVE waits for the running ones and
// holds off new ones, while plain readers carry on. Taken first, so a rebuild never holds a
// lock that an append already inside its transaction would wait for.
inline constexpr Sql kLockOutAppends = "LOCK TABLE chains IN EXCLUSIVE MODE";

// A derived table: how to dump it in primary-key order (for the fingerprint) and empty it.
struct DerivedTable {
  std::string_view name;
  Sql dump;
  Sql clear;
};

// Children before parents, so that emptying them in this order satisfies the foreign keys.
// DELETE rather than TRUNCATE: TRUNCATE takes ACCESS EXCLUSIVE locks, which would stop every
// reader for the whole rebuild and can deadlock with a reader's snapshot transaction; DELETE
// lets readers see the old projections until the rebuild commits, as SQLite's WAL does.
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
inline constexpr Sql kRebuildChainHeads =
    "INSERT INTO chains (chain, head_seq, head_hash) "
    "SELECT DISTINCT ON (chain) chain, seq, hash FROM events ORDER BY chain, seq DESC";

}  // namespace stip::store::postgres::sql
