// Issue 14 item 3: the legal hold, and wiping what a destruction left in the database files.
#include <array>
#include <chrono>
#include <thread>

#include "store/core/core_store.h"
#include "store/core/queries_retention.h"

namespace stip::store::core {

namespace sql = retention_sql;
using domain::Code;
using domain::Fail;

namespace {

// SQLite: the WAL's page images hold the text as it was before; a checkpoint copies the newest
// pages (secure_delete has zeroed the freed space in them) into the database file and TRUNCATE
// empties the WAL. Busy (a reader still needs an old page image) is retried, then reported.
constexpr Sql kCheckpointTruncate = "PRAGMA wal_checkpoint(TRUNCATE)";
// PostgreSQL: an UPDATE or DELETE leaves the old row version in the table file until VACUUM;
// VACUUM (FULL) writes each table (and its TOAST table and indexes) into new files and removes
// the old ones. Every table a destruction touches; one statement each (VACUUM cannot run in a
// transaction block or a multi-statement string).
constexpr std::array<Sql, 45> kVacuum = {{
    "VACUUM (FULL) events",
    "VACUUM (FULL) sessions",
    "VACUUM (FULL) login_codes",
    "VACUUM (FULL) entry_mail_pending",
    "VACUUM (FULL) objections",
    "VACUUM (FULL) reactions",
    "VACUUM (FULL) withholdings",
    "VACUUM (FULL) consents",
    "VACUUM (FULL) account_mail",
    "VACUUM (FULL) accounts",
    "VACUUM (FULL) entries",
    "VACUUM (FULL) involvements",
    "VACUUM (FULL) custody",
    "VACUUM (FULL) members",
    "VACUUM (FULL) household_changes",
    "VACUUM (FULL) network_consents",
    "VACUUM (FULL) network_members",
    "VACUUM (FULL) handovers",
    "VACUUM (FULL) safety_rounds",
    "VACUUM (FULL) safety_items",
    "VACUUM (FULL) safety_answers",
    "VACUUM (FULL) emergency_access",
    "VACUUM (FULL) signals",
    "VACUUM (FULL) known_checks",
    "VACUUM (FULL) join_requests",
    "VACUUM (FULL) plan_offers",
    "VACUUM (FULL) plan_versions",
    "VACUUM (FULL) plan_lines",
    "VACUUM (FULL) plan_conditions",
    "VACUUM (FULL) plan_comments",
    "VACUUM (FULL) meetings",
    "VACUUM (FULL) meeting_items",
    "VACUUM (FULL) meeting_feedback",
    "VACUUM (FULL) decisions",
    "VACUUM (FULL) decision_notes",
    "VACUUM (FULL) measures",
    "VACUUM (FULL) measure_steps",
    "VACUUM (FULL) child_voices",
    "VACUUM (FULL) child_explanations",
    "VACUUM (FULL) measure_deadlines_done",
    "VACUUM (FULL) legal_holds",
    "VACUUM (FULL) destruction_requests",
    "VACUUM (FULL) families",
    "VACUUM (FULL) chains",
    "CHECKPOINT",
}};

}  // namespace

Result<std::optional<domain::LegalHold>> CoreStore::FindLegalHold(const std::string& family_id) {
  std::optional<domain::LegalHold> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        sql::kFindLegalHold,
        [&](const Row& r) {
          out = domain::LegalHold{r.Int(0), r.Text(1), r.Text(2)};
        },
        family_id);
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<domain::DestructionRequest>> CoreStore::ListDestructionRequests(
    const std::string& family_id) {
  std::vector<domain::DestructionRequest> out;
  auto status = ReadOne([&](SqlPort& port) {
    out.clear();
    return port.Each(
        sql::kListDestructionRequests,
        [&](const Row& r) {
          domain::DestructionRequest d;
          d.id = r.Text(0);
          d.family_id = family_id;
          d.member_id = r.Text(1);
          d.account_id = r.Text(2);
          d.scope =
              domain::ParseDestructionScope(r.Text(3)).value_or(domain::DestructionScope::kFile);
          d.reason = r.Text(4);
          d.requested_at = r.Int(5);
          d.answer = domain::ParseDestructionAnswer(r.Text(6));
          d.answer_reasons = r.Text(7);
          d.answered_by = r.Text(8);
          d.answered_at = r.Int(9);
          out.push_back(std::move(d));
        },
        family_id);
  });
  if (!status) return Fail(status.error());
  return out;
}

Status CoreStore::ReclaimDestroyed() {
  if (dialect() == Dialect::kSqlite) {
    for (int attempt = 0;; ++attempt) {
      std::int64_t busy = 0;
      auto status = Operational([&](SqlPort& port) {
        return port.Each(kCheckpointTruncate, [&](const Row& r) { busy = r.Int(0); });
      });
      if (!status) return status;
      if (busy == 0) return {};
      if (attempt == 50) {
        return Fail(Code::kUnavailable,
                    "the WAL could not be emptied: a reader kept an old page; run stip retention "
                    "run again when the server is quiet");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  for (Sql statement : kVacuum) {
    auto status = Operational([&](SqlPort& port) { return port.Exec(statement); });
    if (!status) return status;
  }
  return {};
}

}  // namespace stip::store::core
