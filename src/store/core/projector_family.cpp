// The family chain's own events in the projections: the family, its members and custody, the
// professionals' involvements, and entries. Apply has checked (and touched) the family row.
#include <string>
#include <utility>

#include "domain/model.h"
#include "domain/time.h"
#include "ledger/event_types.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"
#include "store/event_payload.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
using domain::Code;
using domain::Fail;

using payload::BadField;
using payload::EventError;
using payload::Flag;
using payload::Str;

}  // namespace

Status Projector::FamilyCreated(const ledger::Event& e) {
  auto name = Str(e, "name");
  if (!name) return Fail(name.error());
  auto exists = port_.Exists(sql::kFamilyExists, e.chain);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "family exists: " + e.chain));
  return Run(sql::kInsertFamily, e.chain, *name, e.time);
}

Status Projector::MemberAdded(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto name = Str(e, "name");
  auto role = Str(e, "role");
  auto birth = Str(e, "birth_date");
  for (const auto* field : {&id, &name, &role, &birth}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseMemberRole(*role)) return Fail(BadField(e, "role", "is not a member role"));
  if (!domain::ParseDate(*birth)) return Fail(BadField(e, "birth_date", "is not YYYY-MM-DD"));
  auto exists = port_.Exists(sql::kMemberExists, e.chain, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "member exists: " + *id));
  return Run(sql::kInsertMember, e.chain, *id, e.seq, *name, *role, *birth);
}

Status Projector::CustodySet(const ledger::Event& e) {
  auto parent = Str(e, "parent_id");
  auto child = Str(e, "child_id");
  if (!parent) return Fail(parent.error());
  if (!child) return Fail(child.error());
  auto has_custody = Flag(e, "has_custody", false);
  if (!has_custody) return Fail(has_custody.error());
  // The pair must be a parent or carer and a child of this family (domain/model.h Custody).
  for (const auto& [id, wanted] : {std::pair{*parent, "parent"}, std::pair{*child, "child"}}) {
    auto role = port_.One<std::string>(
        sql::kMemberRole, [](const Row& row) { return row.Text(0); }, e.chain, id);
    if (!role) return Fail(role.error());
    if (!*role) return Fail(EventError(Code::kNotFound, e, "unknown member " + id));
    const bool ok = std::string_view(wanted) == "child" ? **role == "child"
                                                        : (**role == "parent" || **role == "carer");
    if (!ok) {
      return Fail(EventError(Code::kFailedPrecondition, e,
                             "member " + id + " is a " + **role + ", not a " + wanted));
    }
  }
  return Run(sql::kSetCustody, e.chain, *parent, *child, *has_custody, e.seq);
}

Status Projector::InvolvementStarted(const ledger::Event& e) {
  auto user = Str(e, "user_id");
  auto role = Str(e, "role");
  auto reason = Str(e, "reason", false);
  for (const auto* field : {&user, &role, &reason}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseInvolvementRole(*role)) {
    return Fail(BadField(e, "role", "is not an involvement role"));
  }
  auto user_exists = port_.Exists(sql::kUserExists, *user);
  if (!user_exists) return Fail(user_exists.error());
  if (!*user_exists) return Fail(EventError(Code::kNotFound, e, "unknown user " + *user));
  auto active = port_.Exists(sql::kActiveInvolvement, e.chain, *user);
  if (!active) return Fail(active.error());
  if (*active) {
    return Fail(EventError(Code::kFailedPrecondition, e,
                           "user " + *user + " is already involved in this family"));
  }
  return Run(sql::kInsertInvolvement, e.chain, e.seq, *user, *role, e.time, *reason);
}

Status Projector::InvolvementEnded(const ledger::Event& e) {
  auto user = Str(e, "user_id");
  auto reason = Str(e, "reason", false);
  if (!user) return Fail(user.error());
  if (!reason) return Fail(reason.error());
  auto ended = port_.Write(sql::kEndInvolvement, e.chain, *user, e.time, *reason);
  if (!ended) return Fail(ended.error());
  if (*ended == 0) {
    return Fail(EventError(Code::kFailedPrecondition, e,
                           "user " + *user + " has no active involvement in this family"));
  }
  return {};
}

Status Projector::EntryAdded(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto kind = Str(e, "kind");
  auto source = Str(e, "source", false);
  auto text = Str(e, "text");
  for (const auto* field : {&id, &kind, &source, &text}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseEntryKind(*kind)) return Fail(BadField(e, "kind", "is not an entry kind"));
  auto inserted =
      port_.Write(sql::kInsertEntry, e.chain, e.seq, *id, *kind, *source, *text, e.actor, e.time);
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(EventError(Code::kAlreadyExists, e, "entry exists: " + *id));
  // Apply has counted the entry already (a failure here undoes that with the item).
  return EntryAudience(e, *id);
}

}  // namespace stip::store::core
