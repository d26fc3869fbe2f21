// Emergency access (noodtoegang, issue 10 item 4): a use opens with its reason and end, may be
// ended early by the professional who opened it, and is judged once by a team lead.
#include <string>

#include "domain/emergency.h"
#include "domain/time.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

constexpr Sql kInsertUse =
    "INSERT INTO emergency_access (id, family_id, seq, user_id, team_id, reason, opened_at, "
    "until_at, ended_at, outcome, review_words, reviewed_by, reviewed_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, '', '', '', 0) ON CONFLICT (id) DO NOTHING";
// 0 rows: no such use of this file, by this professional, still giving access.
constexpr Sql kEndUse =
    "UPDATE emergency_access SET ended_at = $4 WHERE id = $1 AND family_id = $2 AND "
    "user_id = $3 AND ended_at IS NULL AND until_at > $4";
// 0 rows: no such use of this file, or judged already.
constexpr Sql kReviewUse =
    "UPDATE emergency_access SET outcome = $3, review_words = $4, reviewed_by = $5, "
    "reviewed_at = $6 WHERE id = $1 AND family_id = $2 AND outcome = '' AND user_id <> $5";

}  // namespace

Status Projector::On(const events::EmergencyAccessOpened& ev, const Envelope& env) {
  const auto until = domain::ParseTimestamp(ev.until);
  if (!until) return Fail(env.BadField("until", "is not an RFC 3339 UTC instant"));
  if (*until <= env.time()) return Fail(env.BadField("until", "lies before the event"));
  if (auto p = domain::CheckEmergencyReason(ev.reason); !p.empty()) {
    return Fail(env.BadField("reason", "is empty or too long"));
  }
  auto team_exists = port_.Exists(sql::kTeamExists, ev.team_id);
  if (!team_exists) return Fail(team_exists.error());
  if (!*team_exists) return Fail(env.Problem(Code::kNotFound, "unknown team " + ev.team_id));
  auto inserted = port_.Write(kInsertUse, ev.id, env.chain(), env.seq(), env.actor(), ev.team_id,
                              ev.reason, env.time(), *until);
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) {
    return Fail(env.Problem(Code::kAlreadyExists, "emergency access exists: " + ev.id));
  }
  return {};
}

Status Projector::On(const events::EmergencyAccessEnded& ev, const Envelope& env) {
  auto changed = port_.Write(kEndUse, ev.id, env.chain(), env.actor(), env.time());
  if (!changed) return Fail(changed.error());
  if (*changed == 0) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "no running emergency access " + ev.id + " of " + env.actor()));
  }
  return {};
}

Status Projector::On(const events::EmergencyAccessReviewed& ev, const Envelope& env) {
  if (!domain::ParseEmergencyOutcome(ev.outcome)) {
    return Fail(env.BadField("outcome", "is not justified or not_justified"));
  }
  auto changed =
      port_.Write(kReviewUse, ev.id, env.chain(), ev.outcome, ev.words, env.actor(), env.time());
  if (!changed) return Fail(changed.error());
  if (*changed == 0) {
    return Fail(
        env.Problem(Code::kFailedPrecondition,
                    "no emergency access " + ev.id + " waits for " + env.actor() + "'s judgement"));
  }
  return {};
}

}  // namespace stip::store::core
