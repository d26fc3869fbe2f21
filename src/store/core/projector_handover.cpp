// The handover of the fixed face (issue 10): a proposal waits for the colleague's answer; on
// acceptance the new lead's involvement starts and the old lead's ends (cold) or becomes the
// previous lead's (warm). Every step is also a line the family reads among the changes.
#include <string>

#include "domain/handover.h"
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

constexpr Sql kInsertHandover =
    "INSERT INTO handovers (family_id, id, seq, from_user, to_user, reason, words, warm, "
    "meeting_date, status, proposed_at, decided_at, decided_by, answer) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'proposed', $10, 0, '', '') "
    "ON CONFLICT (family_id, id) DO NOTHING";
constexpr Sql kPendingHandover =
    "SELECT 1 FROM handovers WHERE family_id = $1 AND status = 'proposed'";
constexpr Sql kFindPending =
    "SELECT from_user, to_user, warm FROM handovers "
    "WHERE family_id = $1 AND id = $2 AND status = 'proposed'";
constexpr Sql kDecideHandover =
    "UPDATE handovers SET status = $3, decided_at = $4, decided_by = $5, answer = $6 "
    "WHERE family_id = $1 AND id = $2 AND status = 'proposed'";
// 0 rows changed: the old lead is no longer the lead.
constexpr Sql kLeadBecomesPrevious =
    "UPDATE involvements SET role = 'previous_lead' "
    "WHERE family_id = $1 AND user_id = $2 AND role = 'lead' AND ended_at IS NULL";
constexpr Sql kEndLead =
    "UPDATE involvements SET ended_at = $3, end_reason = $4 "
    "WHERE family_id = $1 AND user_id = $2 AND role = 'lead' AND ended_at IS NULL";

struct Pending {
  std::string from_user;
  std::string to_user;
  bool warm = false;
};

}  // namespace

Status Projector::On(const events::HandoverProposed& ev, const Envelope& env) {
  if (!domain::ParseHandoverReason(ev.reason)) {
    return Fail(env.BadField("reason", "is not a handover reason"));
  }
  if (!ev.meeting_date.empty() && !domain::ParseDate(ev.meeting_date)) {
    return Fail(env.BadField("meeting_date", "is not YYYY-MM-DD"));
  }
  auto pending = port_.Exists(kPendingHandover, env.chain());
  if (!pending) return Fail(pending.error());
  if (*pending) {
    return Fail(env.Problem(Code::kFailedPrecondition, "a handover waits for an answer already"));
  }
  auto user_exists = port_.Exists(sql::kUserExists, ev.to_user_id);
  if (!user_exists) return Fail(user_exists.error());
  if (!*user_exists) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.to_user_id));
  auto inserted =
      port_.Write(kInsertHandover, env.chain(), ev.id, env.seq(), env.actor(), ev.to_user_id,
                  ev.reason, ev.words, ev.warm, ev.meeting_date, env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "handover exists: " + ev.id));
  return RecordChange(env, ev.kType, ev.to_user_id, env.actor(), ev.meeting_date, ev.warm,
                      ev.words);
}

namespace {

Result<Pending> FindPending(SqlPort& port, const Envelope& env, const std::string& id) {
  auto found = port.One<Pending>(
      kFindPending,
      [](const Row& r) {
        return Pending{r.Text(0), r.Text(1), r.Bool(2)};
      },
      env.chain(), id);
  if (!found) return Fail(found.error());
  if (!*found) {
    return Fail(env.Problem(Code::kFailedPrecondition, "no handover waits with id " + id));
  }
  return std::move(**found);
}

}  // namespace

Status Projector::On(const events::HandoverAccepted& ev, const Envelope& env) {
  auto pending = FindPending(port_, env, ev.id);
  if (!pending) return Fail(pending.error());
  if (env.actor() != pending->to_user) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "only " + pending->to_user + " accepts handover " + ev.id));
  }
  if (auto s = Run(kDecideHandover, env.chain(), ev.id, "accepted", env.time(), env.actor(), "");
      !s) {
    return s;
  }
  auto changed = pending->warm ? port_.Write(kLeadBecomesPrevious, env.chain(), pending->from_user)
                               : port_.Write(kEndLead, env.chain(), pending->from_user, env.time(),
                                             std::string("handover"));
  if (!changed) return Fail(changed.error());
  if (*changed == 0) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "user " + pending->from_user + " is no longer the lead"));
  }
  auto active = port_.Exists(sql::kActiveInvolvement, env.chain(), env.actor());
  if (!active) return Fail(active.error());
  if (*active) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "user " + env.actor() + " is already involved in this family"));
  }
  if (auto s = Run(sql::kInsertInvolvement, env.chain(), env.seq(), env.actor(), "lead", env.time(),
                   std::string("handover"));
      !s) {
    return s;
  }
  return RecordChange(env, ev.kType, env.actor(), pending->from_user, "", pending->warm, "");
}

Status Projector::On(const events::HandoverDeclined& ev, const Envelope& env) {
  auto pending = FindPending(port_, env, ev.id);
  if (!pending) return Fail(pending.error());
  if (env.actor() != pending->to_user) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "only " + pending->to_user + " declines handover " + ev.id));
  }
  if (auto s =
          Run(kDecideHandover, env.chain(), ev.id, "declined", env.time(), env.actor(), ev.words);
      !s) {
    return s;
  }
  return RecordChange(env, ev.kType, env.actor(), pending->from_user, "", false, "");
}

Status Projector::On(const events::HandoverWithdrawn& ev, const Envelope& env) {
  auto pending = FindPending(port_, env, ev.id);
  if (!pending) return Fail(pending.error());
  if (auto s =
          Run(kDecideHandover, env.chain(), ev.id, "withdrawn", env.time(), env.actor(), ev.words);
      !s) {
    return s;
  }
  return RecordChange(env, ev.kType, pending->to_user, pending->from_user, "", false, "");
}

}  // namespace stip::store::core
