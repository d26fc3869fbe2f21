// Issue 3's events in the projections: whom an entry concerns, withholdings, objections,
// reactions with correction requests, and corrected entries (ledger/event_types.h).
#include <optional>
#include <string>
#include <vector>

#include "domain/access.h"
#include "domain/model.h"
#include "domain/time.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"
#include "store/core/queries_projector_reactions.h"
#include "store/entry_fields.h"
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

Status RequireDate(const ledger::Event& e, std::string_view key, const std::string& value) {
  if (!domain::ParseDate(value)) return Fail(BadField(e, key, "is not YYYY-MM-DD"));
  return {};
}

// Whether withholding `id` of the event's family was lifted; nullopt when there is none.
Result<std::optional<bool>> LiftedState(SqlPort& port, const ledger::Event& e,
                                        const std::string& id) {
  return port.One<bool>(
      sql::kWithholdingLifted, [](const Row& r) { return r.Bool(0); }, e.chain, id);
}

struct ReactionState {
  std::string kind;
  std::string status;
};

Result<std::optional<ReactionState>> FindReaction(SqlPort& port, const ledger::Event& e,
                                                  const std::string& id) {
  return port.One<ReactionState>(
      sql::kReactionState,
      [](const Row& r) {
        return ReactionState{r.Text(0), r.Text(1)};
      },
      e.chain, id);
}

Result<std::optional<std::string>> ObjectionStatus(SqlPort& port, const ledger::Event& e,
                                                   const std::string& id) {
  return port.One<std::string>(
      sql::kObjectionState, [](const Row& r) { return r.Text(0); }, e.chain, id);
}

}  // namespace

Result<std::int64_t> Projector::EntrySeq(const ledger::Event& e, const std::string& id) {
  auto seq = port_.One<std::int64_t>(
      sql::kEntrySeqOf, [](const Row& r) { return r.Int(0); }, e.chain, id);
  if (!seq) return Fail(seq.error());
  if (!*seq) return Fail(EventError(Code::kNotFound, e, "unknown entry " + id));
  return **seq;
}

Status Projector::EntryAudience(const ledger::Event& e, const std::string& entry_id) {
  const bool has_audience =
      e.payload.if_contains("concerns") != nullptr || e.payload.if_contains("confidential_of");
  if (!has_audience) return {};  // the old meaning: the whole household
  std::vector<std::string> members;
  if (auto listed = port_.Each(
          sql::kMemberIds, [&](const Row& r) { members.push_back(r.Text(0)); }, e.chain);
      !listed) {
    return listed;
  }
  auto audience = ReadEventAudience(e, members);
  if (!audience) return Fail(audience.error());
  return Run(sql::kSetEntryAudience, e.chain, entry_id, JoinIds(audience->concerns),
             audience->confidential_of);
}

Status Projector::WithholdingDecided(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto entry = Str(e, "entry_id");
  auto member = Str(e, "member_id");
  auto ground = Str(e, "ground");
  auto reason = Str(e, "reason");
  auto review = Str(e, "review_date");
  for (const auto* field : {&id, &entry, &member, &ground, &reason, &review}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseWithholdingGround(*ground)) {
    return Fail(BadField(e, "ground", "is not a withholding ground"));
  }
  if (auto status = RequireDate(e, "review_date", *review); !status) return status;
  if (auto seq = EntrySeq(e, *entry); !seq) return Fail(seq.error());
  if (auto status = RequireMember(e, *member); !status) return status;
  auto exists = LiftedState(port_, e, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "withholding exists: " + *id));
  return Run(sql::kInsertWithholding, e.chain, *id, e.seq, *entry, *member, *ground, *reason,
             e.actor, e.time, *review);
}

Status Projector::WithholdingRenewed(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto review = Str(e, "review_date");
  auto reason = Str(e, "reason");
  for (const auto* field : {&id, &review, &reason}) {
    if (!*field) return Fail(field->error());
  }
  if (auto status = RequireDate(e, "review_date", *review); !status) return status;
  auto lifted = LiftedState(port_, e, *id);
  if (!lifted) return Fail(lifted.error());
  if (!*lifted) return Fail(EventError(Code::kNotFound, e, "unknown withholding " + *id));
  if (**lifted) {
    return Fail(EventError(Code::kFailedPrecondition, e, "withholding was lifted: " + *id));
  }
  return Run(sql::kRenewWithholding, e.chain, *id, *review, *reason);
}

Status Projector::WithholdingLifted(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto reason = Str(e, "reason", false);
  if (!id) return Fail(id.error());
  if (!reason) return Fail(reason.error());
  auto lifted = LiftedState(port_, e, *id);
  if (!lifted) return Fail(lifted.error());
  if (!*lifted) return Fail(EventError(Code::kNotFound, e, "unknown withholding " + *id));
  if (**lifted) {
    return Fail(EventError(Code::kFailedPrecondition, e, "withholding was lifted already: " + *id));
  }
  return Run(sql::kLiftWithholding, e.chain, *id);
}

Status Projector::ObjectionFiled(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto withholding = Str(e, "withholding_id");
  auto member = Str(e, "member_id");
  auto text = Str(e, "text");
  for (const auto* field : {&id, &withholding, &member, &text}) {
    if (!*field) return Fail(field->error());
  }
  auto lifted = LiftedState(port_, e, *withholding);
  if (!lifted) return Fail(lifted.error());
  if (!*lifted) {
    return Fail(EventError(Code::kNotFound, e, "unknown withholding " + *withholding));
  }
  if (auto status = RequireMember(e, *member); !status) return status;
  auto exists = ObjectionStatus(port_, e, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "objection exists: " + *id));
  return Run(sql::kInsertObjection, e.chain, *id, e.seq, *withholding, *member, *text, e.time);
}

Status Projector::ObjectionAnswered(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto answer = Str(e, "answer");
  if (!id) return Fail(id.error());
  if (!answer) return Fail(answer.error());
  auto upheld = Flag(e, "upheld", true);
  if (!upheld) return Fail(upheld.error());
  auto state = ObjectionStatus(port_, e, *id);
  if (!state) return Fail(state.error());
  if (!*state) return Fail(EventError(Code::kNotFound, e, "unknown objection " + *id));
  if (**state != "open") {
    return Fail(EventError(Code::kFailedPrecondition, e, "objection was answered already: " + *id));
  }
  const auto status = *upheld ? domain::RequestStatus::kAccepted : domain::RequestStatus::kRejected;
  return Run(sql::kAnswerObjection, e.chain, *id, domain::ToString(status), *answer, e.actor,
             e.time);
}

Status Projector::ReactionAdded(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto entry = Str(e, "entry_id");
  auto member = Str(e, "member_id");
  auto kind = Str(e, "kind");
  auto text = Str(e, "text", false);
  auto deadline = Str(e, "deadline", false);
  for (const auto* field : {&id, &entry, &member, &kind, &text, &deadline}) {
    if (!*field) return Fail(field->error());
  }
  const auto parsed = domain::ParseReactionKind(*kind);
  if (!parsed) return Fail(BadField(e, "kind", "is not a reaction kind"));
  if (*parsed == domain::ReactionKind::kCorrectionRequest || !deadline->empty()) {
    if (auto status = RequireDate(e, "deadline", *deadline); !status) return status;
  }
  auto entry_seq = EntrySeq(e, *entry);
  if (!entry_seq) return Fail(entry_seq.error());
  if (auto status = RequireMember(e, *member); !status) return status;
  auto exists = FindReaction(port_, e, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "reaction exists: " + *id));
  return Run(sql::kInsertReaction, e.chain, *id, e.seq, *entry, *entry_seq, *member, e.actor, *kind,
             *text, e.time, *deadline);
}

Status Projector::CorrectionAnswered(const ledger::Event& e) {
  auto id = Str(e, "reaction_id");
  auto answer = Str(e, "answer");
  auto correction = Str(e, "correction_entry_id", false);
  for (const auto* field : {&id, &answer, &correction}) {
    if (!*field) return Fail(field->error());
  }
  auto accepted = Flag(e, "accepted", true);
  if (!accepted) return Fail(accepted.error());
  auto state = FindReaction(port_, e, *id);
  if (!state) return Fail(state.error());
  if (!*state) return Fail(EventError(Code::kNotFound, e, "unknown reaction " + *id));
  if ((*state)->kind != domain::ToString(domain::ReactionKind::kCorrectionRequest)) {
    return Fail(EventError(Code::kFailedPrecondition, e, "not a correction request: " + *id));
  }
  if ((*state)->status != "open") {
    return Fail(EventError(Code::kFailedPrecondition, e, "already answered: " + *id));
  }
  const auto status =
      *accepted ? domain::RequestStatus::kAccepted : domain::RequestStatus::kRejected;
  return Run(sql::kAnswerReaction, e.chain, *id, domain::ToString(status), *answer, e.actor, e.time,
             *correction);
}

Status Projector::EntryCorrected(const ledger::Event& e) {
  auto id = Str(e, "id");
  auto corrects = Str(e, "corrects");
  auto kind = Str(e, "kind");
  auto source = Str(e, "source", false);
  auto text = Str(e, "text");
  for (const auto* field : {&id, &corrects, &kind, &source, &text}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseEntryKind(*kind)) return Fail(BadField(e, "kind", "is not an entry kind"));
  struct Audience {
    std::string concerns, confidential_of, corrected_by;
  };
  auto old = port_.One<Audience>(
      sql::kEntryAudienceOf,
      [](const Row& r) {
        return Audience{r.Text(0), r.Text(1), r.Text(2)};
      },
      e.chain, *corrects);
  if (!old) return Fail(old.error());
  if (!*old) return Fail(EventError(Code::kNotFound, e, "unknown entry " + *corrects));
  if (!(*old)->corrected_by.empty()) {
    return Fail(
        EventError(Code::kFailedPrecondition, e,
                   "entry " + *corrects + " was corrected already by " + (*old)->corrected_by));
  }
  auto exists = port_.Exists(sql::kEntryExists, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "entry exists: " + *id));
  // The correction reads for the same people as the entry it corrects.
  if (auto status = Run(sql::kInsertCorrection, e.chain, e.seq, *id, *kind, *source, *text, e.actor,
                        e.time, (*old)->concerns, (*old)->confidential_of, *corrects);
      !status) {
    return status;
  }
  // Apply has counted the entry already (as for entry.added).
  return Run(sql::kMarkCorrected, e.chain, *corrects, *id);
}

}  // namespace stip::store::core
