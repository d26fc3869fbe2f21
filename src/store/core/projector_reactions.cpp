// Issue 3's events in the projections: whom an entry concerns, withholdings, objections,
// reactions with correction requests, and corrected entries (ledger/events.h).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access.h"
#include "domain/model.h"
#include "domain/time.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"
#include "store/core/queries_projector_reactions.h"
#include "store/entry_fields.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

Status RequireDate(const Envelope& env, std::string_view key, const std::string& value) {
  if (!domain::ParseDate(value)) return Fail(env.BadField(key, "is not YYYY-MM-DD"));
  return {};
}

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Whether withholding `id` of the event's family was lifted; nullopt when there is none.
Result<std::optional<bool>> LiftedState(SqlPort& port, const Envelope& env, const std::string& id) {
  return port.One<bool>(
      sql::kWithholdingLifted, [](const Row& r) { return r.Bool(0); }, env.chain(), id);
}

struct ReactionState {
  std::string kind;
  std::string status;
};

Result<std::optional<ReactionState>> FindReaction(SqlPort& port, const Envelope& env,
                                                  const std::string& id) {
  return port.One<ReactionState>(
      sql::kReactionState,
      [](const Row& r) {
        return ReactionState{r.Text(0), r.Text(1)};
      },
      env.chain(), id);
}

Result<std::optional<std::string>> ObjectionStatus(SqlPort& port, const Envelope& env,
                                                   const std::string& id) {
  return port.One<std::string>(
      sql::kObjectionState, [](const Row& r) { return r.Text(0); }, env.chain(), id);
}

}  // namespace

Result<std::int64_t> Projector::EntrySeq(const Envelope& env, const std::string& id) {
  auto seq = port_.One<std::int64_t>(
      sql::kEntrySeqOf, [](const Row& r) { return r.Int(0); }, env.chain(), id);
  if (!seq) return Fail(seq.error());
  if (!*seq) return Fail(env.Problem(Code::kNotFound, "unknown entry " + id));
  return **seq;
}

Status Projector::EntryAudience(const events::EntryAdded& ev, const Envelope& env) {
  // Neither field (or both empty): the old meaning, the whole household; the columns keep their
  // default "", which is what writing an empty audience would store.
  if (ev.concerns.empty() && !ev.confidential_of) return {};
  std::vector<std::string> members;
  if (auto listed = port_.Each(
          sql::kMemberIds, [&](const Row& r) { members.push_back(r.Text(0)); }, env.chain());
      !listed) {
    return listed;
  }
  std::vector<std::string> concerns;
  for (const auto& id : ev.concerns) {
    if (!Contains(members, id)) {
      return Fail(env.BadField("concerns", "names an unknown member " + id));
    }
    if (!Contains(concerns, id)) concerns.push_back(id);
  }
  const std::string confidential_of = ev.confidential_of.value_or("");
  // An empty confidential_of names no member either ("" is never a member id).
  if (ev.confidential_of && !Contains(members, confidential_of)) {
    return Fail(env.BadField("confidential_of", "names an unknown member " + confidential_of));
  }
  return Run(sql::kSetEntryAudience, env.chain(), ev.id, JoinIds(concerns), confidential_of);
}

// Issue 11 item 6: the item a withholding holds back exists, as its kind ("" = an entry).
Result<std::string> Projector::WithheldItem(const Envelope& env, const std::string& target,
                                            const std::string& id) {
  if (target.empty()) {
    if (auto seq = EntrySeq(env, id); !seq) return Fail(seq.error());
    return std::string(domain::ToString(domain::WithheldKind::kEntry));
  }
  const auto kind = domain::ParseWithheldKind(target);
  if (!kind || *kind == domain::WithheldKind::kEntry) {
    // "entry" is written as no target at all: one spelling per meaning.
    return Fail(env.BadField("target", "is not a kind of item to withhold"));
  }
  const auto seq_of = [](const Row& r) { return r.Int(0); };
  Result<std::optional<std::int64_t>> seq = std::optional<std::int64_t>{};
  switch (*kind) {
    case domain::WithheldKind::kSafetyMapItem:
      seq = port_.One<std::int64_t>(sql::kSafetyItemSeqOf, seq_of, env.chain(), id);
      break;
    case domain::WithheldKind::kPlanComment:
      seq = port_.One<std::int64_t>(sql::kPlanCommentSeqOf, seq_of, env.chain(), id);
      break;
    case domain::WithheldKind::kPlanConditions: {
      // "plan_c<seq>": the set of conditions recorded at that place in the chain.
      std::int64_t at = 0;
      const std::string_view digits =
          std::string_view(id).substr(std::min<std::size_t>(6, id.size()));
      if (!id.starts_with("plan_c") || digits.empty() ||
          !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
          digits.size() > 18) {
        return Fail(env.Problem(Code::kNotFound, "unknown safety conditions " + id));
      }
      for (char c : digits) at = at * 10 + (c - '0');
      seq = port_.One<std::int64_t>(sql::kPlanConditionsSeqOf, seq_of, env.chain(), at);
      break;
    }
    case domain::WithheldKind::kMeetingAgreement:
      seq = port_.One<std::int64_t>(sql::kMeetingAgreementSeqOf, seq_of, env.chain(), id);
      break;
    case domain::WithheldKind::kChildVoice:
      seq = port_.One<std::int64_t>(sql::kChildVoiceSeqOf, seq_of, env.chain(), id);
      break;
    case domain::WithheldKind::kEntry:
      break;
  }
  if (!seq) return Fail(seq.error());
  if (!*seq) return Fail(env.Problem(Code::kNotFound, "unknown " + target + " " + id));
  return target;
}

Status Projector::On(const events::WithholdingDecided& ev, const Envelope& env) {
  if (!domain::ParseWithholdingGround(ev.ground)) {
    return Fail(env.BadField("ground", "is not a withholding ground"));
  }
  if (auto status = RequireDate(env, "review_date", ev.review_date); !status) return status;
  auto target = WithheldItem(env, ev.target, ev.entry_id);
  if (!target) return Fail(target.error());
  if (auto status = RequireMember(env, ev.member_id); !status) return status;
  auto exists = LiftedState(port_, env, ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "withholding exists: " + ev.id));
  return Run(sql::kInsertWithholding, env.chain(), ev.id, env.seq(), ev.entry_id, ev.member_id,
             ev.ground, ev.reason, env.actor(), env.time(), ev.review_date, *target);
}

Status Projector::On(const events::WithholdingDecidedFor& ev, const Envelope& env) {
  if (!domain::ParseWithholdingGround(ev.ground)) {
    return Fail(env.BadField("ground", "is not a withholding ground"));
  }
  if (auto status = RequireDate(env, "review_date", ev.review_date); !status) return status;
  auto target = WithheldItem(env, ev.target, ev.entry_id);
  if (!target) return Fail(target.error());
  if (ev.whole_household != ev.member_ids.empty()) {
    return Fail(env.BadField("member_ids", "must be empty exactly when whole_household is true"));
  }
  std::vector<std::string> ids;
  for (const auto& id : ev.member_ids) {
    if (auto status = RequireMember(env, id); !status) return status;
    if (Contains(ids, id)) return Fail(env.BadField("member_ids", "names a member twice: " + id));
    ids.push_back(id);
  }
  auto exists = LiftedState(port_, env, ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "withholding exists: " + ev.id));
  return Run(sql::kInsertWithholdingFor, env.chain(), ev.id, env.seq(), ev.entry_id, JoinIds(ids),
             ev.ground, ev.reason, env.actor(), env.time(), ev.review_date, ev.whole_household,
             ev.narrowing_reason, *target);
}

Status Projector::On(const events::WithholdingRenewed& ev, const Envelope& env) {
  if (auto status = RequireDate(env, "review_date", ev.review_date); !status) return status;
  auto lifted = LiftedState(port_, env, ev.id);
  if (!lifted) return Fail(lifted.error());
  if (!*lifted) return Fail(env.Problem(Code::kNotFound, "unknown withholding " + ev.id));
  if (**lifted) {
    return Fail(env.Problem(Code::kFailedPrecondition, "withholding was lifted: " + ev.id));
  }
  return Run(sql::kRenewWithholding, env.chain(), ev.id, ev.review_date, ev.reason);
}

Status Projector::On(const events::WithholdingLifted& ev, const Envelope& env) {
  auto lifted = LiftedState(port_, env, ev.id);
  if (!lifted) return Fail(lifted.error());
  if (!*lifted) return Fail(env.Problem(Code::kNotFound, "unknown withholding " + ev.id));
  if (**lifted) {
    return Fail(env.Problem(Code::kFailedPrecondition, "withholding was lifted already: " + ev.id));
  }
  return Run(sql::kLiftWithholding, env.chain(), ev.id);
}

Status Projector::On(const events::ObjectionFiled& ev, const Envelope& env) {
  auto lifted = LiftedState(port_, env, ev.withholding_id);
  if (!lifted) return Fail(lifted.error());
  if (!*lifted) {
    return Fail(env.Problem(Code::kNotFound, "unknown withholding " + ev.withholding_id));
  }
  if (auto status = RequireMember(env, ev.member_id); !status) return status;
  auto exists = ObjectionStatus(port_, env, ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "objection exists: " + ev.id));
  return Run(sql::kInsertObjection, env.chain(), ev.id, env.seq(), ev.withholding_id, ev.member_id,
             ev.text, env.time());
}

Status Projector::On(const events::ObjectionAnswered& ev, const Envelope& env) {
  auto state = ObjectionStatus(port_, env, ev.id);
  if (!state) return Fail(state.error());
  if (!*state) return Fail(env.Problem(Code::kNotFound, "unknown objection " + ev.id));
  if (**state != "open") {
    return Fail(env.Problem(Code::kFailedPrecondition, "objection was answered already: " + ev.id));
  }
  const auto status =
      ev.upheld ? domain::RequestStatus::kAccepted : domain::RequestStatus::kRejected;
  return Run(sql::kAnswerObjection, env.chain(), ev.id, domain::ToString(status), ev.answer,
             env.actor(), env.time());
}

Status Projector::On(const events::ReactionAdded& ev, const Envelope& env) {
  const auto parsed = domain::ParseReactionKind(ev.kind);
  if (!parsed) return Fail(env.BadField("kind", "is not a reaction kind"));
  if (*parsed == domain::ReactionKind::kCorrectionRequest || !ev.deadline.empty()) {
    if (auto status = RequireDate(env, "deadline", ev.deadline); !status) return status;
  }
  auto entry_seq = EntrySeq(env, ev.entry_id);
  if (!entry_seq) return Fail(entry_seq.error());
  if (auto status = RequireMember(env, ev.member_id); !status) return status;
  auto exists = FindReaction(port_, env, ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "reaction exists: " + ev.id));
  return Run(sql::kInsertReaction, env.chain(), ev.id, env.seq(), ev.entry_id, *entry_seq,
             ev.member_id, env.actor(), ev.kind, ev.text, env.time(), ev.deadline);
}

Status Projector::On(const events::CorrectionAnswered& ev, const Envelope& env) {
  auto state = FindReaction(port_, env, ev.reaction_id);
  if (!state) return Fail(state.error());
  if (!*state) return Fail(env.Problem(Code::kNotFound, "unknown reaction " + ev.reaction_id));
  if ((*state)->kind != domain::ToString(domain::ReactionKind::kCorrectionRequest)) {
    return Fail(
        env.Problem(Code::kFailedPrecondition, "not a correction request: " + ev.reaction_id));
  }
  if ((*state)->status != "open") {
    return Fail(env.Problem(Code::kFailedPrecondition, "already answered: " + ev.reaction_id));
  }
  const auto status =
      ev.accepted ? domain::RequestStatus::kAccepted : domain::RequestStatus::kRejected;
  return Run(sql::kAnswerReaction, env.chain(), ev.reaction_id, domain::ToString(status), ev.answer,
             env.actor(), env.time(), ev.correction_entry_id);
}

Status Projector::On(const events::EntryCorrected& ev, const Envelope& env) {
  if (!domain::ParseEntryKind(ev.kind)) return Fail(env.BadField("kind", "is not an entry kind"));
  struct Audience {
    std::string concerns, confidential_of, corrected_by;
  };
  auto old = port_.One<Audience>(
      sql::kEntryAudienceOf,
      [](const Row& r) {
        return Audience{r.Text(0), r.Text(1), r.Text(2)};
      },
      env.chain(), ev.corrects);
  if (!old) return Fail(old.error());
  if (!*old) return Fail(env.Problem(Code::kNotFound, "unknown entry " + ev.corrects));
  if (!(*old)->corrected_by.empty()) {
    return Fail(
        env.Problem(Code::kFailedPrecondition,
                    "entry " + ev.corrects + " was corrected already by " + (*old)->corrected_by));
  }
  auto exists = port_.Exists(sql::kEntryExists, ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "entry exists: " + ev.id));
  // The correction reads for the same people as the entry it corrects.
  if (auto status =
          Run(sql::kInsertCorrection, env.chain(), env.seq(), ev.id, ev.kind, ev.source, ev.text,
              env.actor(), env.time(), (*old)->concerns, (*old)->confidential_of, ev.corrects);
      !status) {
    return status;
  }
  // Apply has counted the entry already (as for entry.added).
  return Run(sql::kMarkCorrected, env.chain(), ev.corrects, ev.id);
}

}  // namespace stip::store::core
