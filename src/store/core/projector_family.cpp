// The family chain's own events in the projections: the family, its members and custody, the
// professionals' involvements, and entries. Apply has checked (and touched) the family row.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "domain/model.h"
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

}  // namespace

Status Projector::On(const events::FamilyCreated& ev, const Envelope& env) {
  auto exists = port_.Exists(sql::kFamilyExists, env.chain());
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "family exists: " + env.chain()));
  return Run(sql::kInsertFamily, env.chain(), ev.name, env.time());
}

Status Projector::On(const events::MemberAdded& ev, const Envelope& env) {
  if (!domain::ParseMemberRole(ev.role)) return Fail(env.BadField("role", "is not a member role"));
  if (!domain::ParseDate(ev.birth_date)) {
    return Fail(env.BadField("birth_date", "is not YYYY-MM-DD"));
  }
  auto exists = port_.Exists(sql::kMemberExists, env.chain(), ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "member exists: " + ev.id));
  if (auto s =
          Run(sql::kInsertMember, env.chain(), ev.id, env.seq(), ev.name, ev.role, ev.birth_date);
      !s) {
    return s;
  }
  // A member added to an open file (with a reason) is a change the family sees.
  if (ev.reason.empty()) return {};
  return RecordChange(env, ev.kType, ev.id, ev.role, ev.birth_date, false, ev.reason);
}

Status Projector::On(const events::CustodySet& ev, const Envelope& env) {
  // The pair must be a parent or carer and a child of this family (domain/model.h Custody).
  for (const auto& [id, wanted] :
       {std::pair{&ev.parent_id, "parent"}, std::pair{&ev.child_id, "child"}}) {
    auto role = port_.One<std::string>(
        sql::kMemberRole, [](const Row& row) { return row.Text(0); }, env.chain(), *id);
    if (!role) return Fail(role.error());
    if (!*role) return Fail(env.Problem(Code::kNotFound, "unknown member " + *id));
    const bool ok = std::string_view(wanted) == "child" ? **role == "child"
                                                        : (**role == "parent" || **role == "carer");
    if (!ok) {
      return Fail(env.Problem(Code::kFailedPrecondition,
                              "member " + *id + " is a " + **role + ", not a " + wanted));
    }
  }
  if (!ev.ruling_date.empty() && !domain::ParseDate(ev.ruling_date)) {
    return Fail(env.BadField("ruling_date", "is not YYYY-MM-DD"));
  }
  const auto opt = [](const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
  };
  if (auto s = Run(sql::kSetCustody, env.chain(), ev.parent_id, ev.child_id, ev.has_custody,
                   env.seq(), opt(ev.ruling_date), opt(ev.reason));
      !s) {
    return s;
  }
  if (ev.reason.empty()) return {};  // set when the file was opened
  return RecordChange(env, ev.kType, ev.parent_id, ev.child_id, ev.ruling_date, ev.has_custody,
                      ev.reason);
}

Status Projector::On(const events::InvolvementStarted& ev, const Envelope& env) {
  if (!domain::ParseInvolvementRole(ev.role)) {
    return Fail(env.BadField("role", "is not an involvement role"));
  }
  auto user_exists = port_.Exists(sql::kUserExists, ev.user_id);
  if (!user_exists) return Fail(user_exists.error());
  if (!*user_exists) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.user_id));
  auto active = port_.Exists(sql::kActiveInvolvement, env.chain(), ev.user_id);
  if (!active) return Fail(active.error());
  if (*active) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "user " + ev.user_id + " is already involved in this family"));
  }
  if (auto s = Run(sql::kInsertInvolvement, env.chain(), env.seq(), ev.user_id, ev.role, env.time(),
                   ev.reason);
      !s) {
    return s;
  }
  return RecordChange(env, ev.kType, ev.user_id, ev.role, "", false, ev.reason);
}

Status Projector::On(const events::InvolvementEnded& ev, const Envelope& env) {
  auto ended = port_.Write(sql::kEndInvolvement, env.chain(), ev.user_id, env.time(), ev.reason);
  if (!ended) return Fail(ended.error());
  if (*ended == 0) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "user " + ev.user_id + " has no active involvement in this family"));
  }
  return RecordChange(env, ev.kType, ev.user_id, "", "", false, ev.reason);
}

Status Projector::On(const events::EntryAdded& ev, const Envelope& env) {
  if (!domain::ParseEntryKind(ev.kind)) return Fail(env.BadField("kind", "is not an entry kind"));
  auto inserted = port_.Write(sql::kInsertEntry, env.chain(), env.seq(), ev.id, ev.kind, ev.source,
                              ev.text, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "entry exists: " + ev.id));
  // Apply has counted the entry already (a failure here undoes that with the item).
  return EntryAudience(ev, env);
}

}  // namespace stip::store::core
