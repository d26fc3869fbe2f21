// Every statement of the ledger's write and read paths (chain writer, verify reads, rebuild,
// import), written once; Sql::PerEngine only where SQLite's single writer and PostgreSQL's row
// locks and array parameters really differ (see chain_writer_storage.h).
#pragma once

#include <array>
#include <string_view>

#include "store/core/sql.h"

namespace stip::store::core::queries {

// --- a batch's items ----------------------------------------------------------------------------
// Each item of a group-commit batch runs inside this savepoint, so a failed item undoes only its
// own writes. PostgreSQL releases one and opens the next in one round trip; SQLite's port runs
// one statement at a time.
inline constexpr Sql kOpenItem = "SAVEPOINT batch_item";
inline constexpr Sql kUndoItem = "ROLLBACK TO SAVEPOINT batch_item";
inline constexpr Sql kReleaseItem = "RELEASE SAVEPOINT batch_item";
inline constexpr Sql kReleaseAndOpenItem = "RELEASE SAVEPOINT batch_item; SAVEPOINT batch_item";

// --- chain heads --------------------------------------------------------------------------------
// PostgreSQL locks the head row until COMMIT: a second writer of the same chain (in this or
// another process) waits here, then sees the new head and fails its expected_seq check with
// Conflict. SQLite has one writer, so a plain read is the same.
inline constexpr Sql kLockChainHead =
    Sql::PerEngine("SELECT head_seq, head_hash FROM chains WHERE chain = $1",
                   "SELECT head_seq, head_hash FROM chains WHERE chain = $1 FOR UPDATE");
// PostgreSQL: a new chain is claimed by inserting its row, which is then the lock. 0 rows means
// another writer created it first.
inline constexpr Sql kClaimNewChain =
    "INSERT INTO chains (chain, head_seq, head_hash) VALUES ($1, 0, $2) "
    "ON CONFLICT (chain) DO NOTHING";

// --- events -------------------------------------------------------------------------------------
// SQLite, one row at a time, then the new head.
inline constexpr Sql kInsertEvent =
    "INSERT INTO events (chain, seq, type, actor, time, payload, prev_hash, hash) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
inline constexpr Sql kSetChainHead =
    "INSERT INTO chains (chain, head_seq, head_hash) VALUES ($1, $2, $3) "
    "ON CONFLICT (chain) DO UPDATE SET head_seq = excluded.head_seq, "
    "head_hash = excluded.head_hash";
// PostgreSQL: all events of one append in one statement (the arrays are in seq order), and the
// new head of the (claimed or locked) row. A data-modifying WITH always runs to completion, so
// the two writes are one round trip.
inline constexpr Sql kAppendEvents =
    "WITH appended AS ("
    "  INSERT INTO events (chain, seq, type, actor, time, payload, prev_hash, hash) "
    "  SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::bigint[], $6::text[], "
    "  $7::text[], $8::text[])) "
    "UPDATE chains SET head_seq = $9, head_hash = $10 WHERE chain = $1";

// --- the global chain ---------------------------------------------------------------------------
// PostgreSQL: the serialisation point of the global chain across processes, taken once per
// batch. SQLite: the newest link (none in a fresh database).
inline constexpr Sql kLockGlobalHead =
    Sql::PerEngine("SELECT seq, hash FROM global_chain ORDER BY seq DESC LIMIT 1",
                   "SELECT seq, hash FROM global_head FOR UPDATE");
inline constexpr Sql kInsertGlobalLink =
    "INSERT INTO global_chain (seq, chain, chain_seq, chain_hash, prev_hash, hash) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
// PostgreSQL: every link of a batch and the new head in one round trip.
inline constexpr Sql kAppendGlobalLinks =
    "WITH linked AS ("
    "  INSERT INTO global_chain (seq, chain, chain_seq, chain_hash, prev_hash, hash) "
    "  SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], "
    "  $6::text[])) "
    "UPDATE global_head SET seq = $7, hash = $8";

// --- the access log -----------------------------------------------------------------------------
// SQLite: the head of one family's access log, one row only if the family exists ($2 is the
// genesis hash for a family without lines yet). Issue 14 item 4: the operators' log
// "access:system" (family id 'system', ledger::kSystemChain) always exists.
inline constexpr Sql kAccessHead =
    "SELECT $1, "
    "  coalesce((SELECT seq FROM access_log WHERE family_id = $1 ORDER BY seq DESC LIMIT 1), 0), "
    "  coalesce((SELECT hash FROM access_log WHERE family_id = $1 ORDER BY seq DESC LIMIT 1), $2) "
    "WHERE $1 = 'system' OR EXISTS (SELECT 1 FROM families WHERE id = $1)";
inline constexpr Sql kInsertAccess =
    "INSERT INTO access_log (family_id, seq, time, user_id, role, what, purpose, emergency, "
    "prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
// PostgreSQL: the access-log lines of a whole batch take three statements, whatever their
// number. First every family of the batch that exists gets a head row if it has none ($1 the
// family ids, $2 the genesis hash); rows made in id order, so two writers never wait for each
// other in a cycle.
inline constexpr Sql kClaimAccessHeads =
    "INSERT INTO access_heads (family_id, seq, hash) "
    "SELECT id, 0, $2 FROM (SELECT id FROM families WHERE id = ANY($1::text[]) "
    "  UNION ALL SELECT 'system' WHERE 'system' = ANY($1::text[])) f ORDER BY id "
    "ON CONFLICT (family_id) DO NOTHING";
// Then their heads are locked until COMMIT, in family order (ORDER BY runs before the locking),
// and read in their newest version. A family missing from the result does not exist.
inline constexpr Sql kLockAccessHeads =
    "SELECT h.family_id, h.seq, h.hash FROM access_heads h "
    "WHERE h.family_id = ANY($1::text[]) AND (h.family_id = 'system' OR EXISTS ("
    "  SELECT 1 FROM families f WHERE f.id = h.family_id)) "
    "ORDER BY h.family_id FOR UPDATE OF h";
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

// --- reads for verify and migrate ---------------------------------------------------------------
// Distinct chains straight from the events table (not from `chains`), so that a verifier sees
// what is really stored. PostgreSQL: a loose index scan, one index probe per chain instead of a
// scan of all events.
inline constexpr Sql kListChains = Sql::PerEngine(
    "SELECT DISTINCT chain FROM events ORDER BY chain",
    "WITH RECURSIVE c (chain) AS ("
    "  (SELECT chain FROM events ORDER BY chain LIMIT 1)"
    "  UNION ALL"
    "  SELECT (SELECT e.chain FROM events e WHERE e.chain > c.chain ORDER BY e.chain LIMIT 1) "
    "  FROM c WHERE c.chain IS NOT NULL"
    ") SELECT chain FROM c WHERE chain IS NOT NULL");
inline constexpr Sql kReadChain =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain = $1 ORDER BY seq";
inline constexpr Sql kReadAccessChain =
    "SELECT family_id, seq, time, user_id, role, what, purpose, emergency, prev_hash, hash "
    "FROM access_log WHERE family_id = $1 ORDER BY seq";
inline constexpr Sql kReadGlobalChain =
    "SELECT seq, chain, chain_seq, chain_hash, prev_hash, hash FROM global_chain ORDER BY seq";
// For `stip verify`: everything in primary-key order, streamed, one statement each.
inline constexpr Sql kReadAllEvents =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "ORDER BY chain, seq";
inline constexpr Sql kReadAllAccess =
    "SELECT family_id, seq, time, user_id, role, what, purpose, emergency, prev_hash, hash "
    "FROM access_log ORDER BY family_id, seq";

// --- rebuild ------------------------------------------------------------------------------------
// PostgreSQL: appends start by locking `chains` rows (ROW SHARE); EXCLUSIVE waits for the running
// ones and holds off new ones, while plain readers carry on. Taken first, so a rebuild never
// holds a lock that an append already inside its transaction would wait for. (SQLite's write
// transaction already excludes every other writer.)
inline constexpr Sql kLockOutAppends = "LOCK TABLE chains IN EXCLUSIVE MODE";
// Rebuild reads the system chain, then the family chains in primary-key order, a page at a
// time (a PostgreSQL connection cannot stream one query while it runs the projector's).
inline constexpr Sql kReadChainAfter =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain = $1 AND seq > $2 ORDER BY seq LIMIT $3";
inline constexpr Sql kReadFamilyChainsAfter =
    "SELECT chain, seq, type, actor, time, payload, prev_hash, hash FROM events "
    "WHERE chain <> 'system' AND (chain, seq) > ($1, $2) ORDER BY chain, seq LIMIT $3";
// SQLite returns the bare columns of the row holding max(seq), i.e. each chain's head.
inline constexpr Sql kRebuildChainHeads = Sql::PerEngine(
    "INSERT INTO chains (chain, head_seq, head_hash) "
    "SELECT chain, max(seq), hash FROM events GROUP BY chain",
    "INSERT INTO chains (chain, head_seq, head_hash) "
    "SELECT DISTINCT ON (chain) chain, seq, hash FROM events ORDER BY chain, seq DESC");

// A derived table: how to dump it in primary-key order (for the fingerprint) and empty it.
struct DerivedTable {
  std::string_view name;
  Sql dump;
  Sql clear;
};

// Children before parents, so that emptying them in this order satisfies the foreign keys.
// DELETE rather than TRUNCATE: on PostgreSQL TRUNCATE takes ACCESS EXCLUSIVE locks, which would
// stop every reader for the whole rebuild and can deadlock with a reader's snapshot transaction;
// DELETE lets readers see the old projections until the rebuild commits, as SQLite's WAL does.
inline constexpr std::array<DerivedTable, 47> kDerivedTables = {{
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
    // Issue 10 (no foreign key, so it may stand last).
    {"household_changes", "SELECT * FROM household_changes ORDER BY family_id, seq",
     "DELETE FROM household_changes"},
    // Issue 10 item 7 (no foreign key, so it may stand last).
    {"team_leads", "SELECT * FROM team_leads ORDER BY team_id", "DELETE FROM team_leads"},
    {"digest_settings", "SELECT * FROM digest_settings ORDER BY user_id",
     "DELETE FROM digest_settings"},
    {"account_mail", "SELECT * FROM account_mail ORDER BY account_id", "DELETE FROM account_mail"},
    // Issue 10: network members (no foreign keys either).
    {"network_consents", "SELECT * FROM network_consents ORDER BY id",
     "DELETE FROM network_consents"},
    {"network_members", "SELECT * FROM network_members ORDER BY id", "DELETE FROM network_members"},
    // Issue 10: handovers of the fixed face (no foreign key either).
    {"handovers", "SELECT * FROM handovers ORDER BY family_id, id", "DELETE FROM handovers"},
    // Issue 11: the safety map (no foreign keys either).
    {"safety_rounds", "SELECT * FROM safety_rounds ORDER BY family_id, round",
     "DELETE FROM safety_rounds"},
    {"safety_items", "SELECT * FROM safety_items ORDER BY family_id, id",
     "DELETE FROM safety_items"},
    {"safety_answers", "SELECT * FROM safety_answers ORDER BY family_id, id",
     "DELETE FROM safety_answers"},
    // Issue 10 item 4: emergency access (no foreign key either).
    {"emergency_access", "SELECT * FROM emergency_access ORDER BY id",
     "DELETE FROM emergency_access"},
    // Issue 10 item 6: the signals of "al bekend?" (no foreign key either).
    {"signals", "SELECT * FROM signals ORDER BY family_id, seq", "DELETE FROM signals"},
    // Issue 10 item 6: ask to join (no foreign keys either).
    {"known_checks", "SELECT * FROM known_checks ORDER BY id, family_id",
     "DELETE FROM known_checks"},
    {"join_requests", "SELECT * FROM join_requests ORDER BY family_id, id",
     "DELETE FROM join_requests"},
    // Issue 11 item 2: the family's own plan first (no foreign keys either).
    {"plan_offers", "SELECT * FROM plan_offers ORDER BY family_id", "DELETE FROM plan_offers"},
    {"plan_versions", "SELECT * FROM plan_versions ORDER BY family_id, version",
     "DELETE FROM plan_versions"},
    {"plan_lines", "SELECT * FROM plan_lines ORDER BY family_id, version, field, pos",
     "DELETE FROM plan_lines"},
    {"plan_conditions", "SELECT * FROM plan_conditions ORDER BY family_id, seq, pos",
     "DELETE FROM plan_conditions"},
    {"plan_comments", "SELECT * FROM plan_comments ORDER BY family_id, id",
     "DELETE FROM plan_comments"},
    // Issue 11 items 3 and 4: meetings and feedback (no foreign keys either).
    {"meetings", "SELECT * FROM meetings ORDER BY family_id, id", "DELETE FROM meetings"},
    {"meeting_items", "SELECT * FROM meeting_items ORDER BY family_id, id",
     "DELETE FROM meeting_items"},
    {"meeting_feedback", "SELECT * FROM meeting_feedback ORDER BY family_id, id",
     "DELETE FROM meeting_feedback"},
    // Issue 12: decisions and their notes (no foreign keys either).
    {"decisions", "SELECT * FROM decisions ORDER BY family_id, id", "DELETE FROM decisions"},
    {"decision_notes", "SELECT * FROM decision_notes ORDER BY family_id, id",
     "DELETE FROM decision_notes"},
    // Issue 12 item 3: court measures and their history (no foreign keys either).
    {"measures", "SELECT * FROM measures ORDER BY family_id, id", "DELETE FROM measures"},
    {"measure_steps", "SELECT * FROM measure_steps ORDER BY family_id, seq",
     "DELETE FROM measure_steps"},
    {"measure_deadlines_done", "SELECT * FROM measure_deadlines_done ORDER BY family_id, seq",
     "DELETE FROM measure_deadlines_done"},
    // Issue 11 item 5: the child's own words and explanations (no foreign keys either).
    {"child_voices", "SELECT * FROM child_voices ORDER BY family_id, id",
     "DELETE FROM child_voices"},
    {"child_explanations", "SELECT * FROM child_explanations ORDER BY family_id, child_id, version",
     "DELETE FROM child_explanations"},
    // Issue 14 item 3: the legal hold (no foreign key either).
    {"legal_holds", "SELECT * FROM legal_holds ORDER BY family_id", "DELETE FROM legal_holds"},
    // Issue 14 item 1: password reset links (no foreign key either).
    {"password_resets", "SELECT * FROM password_resets ORDER BY id", "DELETE FROM password_resets"},
    // Issue 14 item 3 part C: the family's destruction requests (no foreign key either).
    {"destruction_requests", "SELECT * FROM destruction_requests ORDER BY family_id, id",
     "DELETE FROM destruction_requests"},
}};

// The ledger's own tables (never rebuilt), dumped for CoreStore::Fingerprints. The heads
// PostgreSQL keeps beside them are there too; on SQLite the same heads are read from the lines.
struct LedgerTable {
  std::string_view name;
  Sql dump;
};
inline constexpr std::array<LedgerTable, 5> kLedgerTables = {{
    {"events", "SELECT * FROM events ORDER BY chain, seq"},
    {"access_log", "SELECT * FROM access_log ORDER BY family_id, seq"},
    {"global_chain", "SELECT * FROM global_chain ORDER BY seq"},
    {"global_head", Sql::PerEngine("SELECT seq, hash FROM global_chain ORDER BY seq DESC LIMIT 1",
                                   "SELECT seq, hash FROM global_head")},
    {"access_heads",
     Sql::PerEngine("SELECT family_id, max(seq), hash FROM access_log GROUP BY family_id "
                    "ORDER BY family_id",
                    "SELECT family_id, seq, hash FROM access_heads ORDER BY family_id")},
}};

}  // namespace stip::store::core::queries
