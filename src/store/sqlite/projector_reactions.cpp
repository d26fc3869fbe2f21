// Issue 3's events in the SQLite projections: whom an entry concerns, withholdings, objections,
// reactions with correction requests, and corrected entries (ledger/event_types.h).
#include <string>
#include <vector>

#include "domain/access.h"
#include "domain/model.h"
#include "domain/time.h"
#include "ledger/event_types.h"
#include "store/entry_fields.h"
#include "store/event_payload.h"
#include "store/sqlite/projector.h"
#include "store/sqlite/sql.h"
#include "store/sqlite/sql_reactions.h"

namespace stip::store::sqlite {

namespace {

using domain::Code;
using domain::Fail;

using payload::BadField;
using payload::EventError;
using payload::Flag;
using payload::Str;

template <typename... Args>
Status Exec(Connection& conn, std::string_view query_sql, const Args&... args) {
  auto query = conn.Prepare(query_sql);
  if (!query) return Fail(query.error());
  query->Bind(args...);
  return query->Run();
}

// The text columns of the first row of `query_sql`, or nullopt when there is none.
template <typename... Args>
Result<std::optional<std::vector<std::string>>> Row(Connection& conn, std::string_view query_sql,
                                                    int columns, const Args&... args) {
  auto query = conn.Prepare(query_sql);
  if (!query) return Fail(query.error());
  query->Bind(args...);
  auto has_row = query->Step();
  if (!has_row) return Fail(has_row.error());
  if (!*has_row) return std::optional<std::vector<std::string>>();
  std::vector<std::string> out;
  for (int i = 0; i < columns; ++i) out.push_back(query->Text(i));
  return std::optional<std::vector<std::string>>(std::move(out));
}

Result<std::vector<std::string>> MemberIds(Connection& conn, const std::string& family_id) {
  auto query = conn.Prepare(sql::kListMembers);
  if (!query) return Fail(query.error());
  query->Bind(family_id);
  std::vector<std::string> ids;
  for (;;) {
    auto has_row = query->Step();
    if (!has_row) return Fail(has_row.error());
    if (!*has_row) return ids;
    ids.push_back(query->Text(0));
  }
}

Status RequireMember(Connection& conn, const ledger::Event& e, const std::string& member_id) {
  auto row = Row(conn, sql::kMemberRole, 1, e.chain, member_id);
  if (!row) return Fail(row.error());
  if (!*row) return Fail(EventError(Code::kNotFound, e, "unknown member " + member_id));
  return {};
}

Status RequireDate(const ledger::Event& e, std::string_view key, const std::string& value) {
  if (!domain::ParseDate(value)) return Fail(BadField(e, key, "is not YYYY-MM-DD"));
  return {};
}

}  // namespace

Result<std::int64_t> Projector::EntrySeq(const ledger::Event& e, const std::string& id) {
  auto query = conn_.Prepare(sql::kEntrySeqOf);
  if (!query) return Fail(query.error());
  query->Bind(e.chain, id);
  auto has_row = query->Step();
  if (!has_row) return Fail(has_row.error());
  if (!*has_row) return Fail(EventError(Code::kNotFound, e, "unknown entry " + id));
  return query->Int(0);
}

Status Projector::EntryAudience(const ledger::Event& e, const std::string& entry_id) {
  const bool has_audience =
      e.payload.if_contains("concerns") != nullptr || e.payload.if_contains("confidential_of");
  if (!has_audience) return {};  // the old meaning: the whole household
  auto members = MemberIds(conn_, e.chain);
  if (!members) return Fail(members.error());
  auto audience = ReadEventAudience(e, *members);
  if (!audience) return Fail(audience.error());
  return Exec(conn_, sql::kSetEntryAudience, e.chain, entry_id, JoinIds(audience->concerns),
              audience->confidential_of);
}

Status Projector::WithholdingDecided(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
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
  if (auto status = RequireMember(conn_, e, *member); !status) return status;
  auto exists = Row(conn_, sql::kWithholdingExists, 1, e.chain, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "withholding exists: " + *id));
  return Exec(conn_, sql::kInsertWithholding, e.chain, *id, e.seq, *entry, *member, *ground,
              *reason, e.actor, e.time, *review);
}

Status Projector::WithholdingRenewed(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
  auto id = Str(e, "id");
  auto review = Str(e, "review_date");
  auto reason = Str(e, "reason");
  for (const auto* field : {&id, &review, &reason}) {
    if (!*field) return Fail(field->error());
  }
  if (auto status = RequireDate(e, "review_date", *review); !status) return status;
  auto row = Row(conn_, sql::kWithholdingExists, 1, e.chain, *id);
  if (!row) return Fail(row.error());
  if (!*row) return Fail(EventError(Code::kNotFound, e, "unknown withholding " + *id));
  if ((**row)[0] != "0") {
    return Fail(EventError(Code::kFailedPrecondition, e, "withholding was lifted: " + *id));
  }
  return Exec(conn_, sql::kRenewWithholding, e.chain, *id, *review, *reason);
}

Status Projector::WithholdingLifted(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
  auto id = Str(e, "id");
  auto reason = Str(e, "reason", false);
  if (!id) return Fail(id.error());
  if (!reason) return Fail(reason.error());
  auto row = Row(conn_, sql::kWithholdingExists, 1, e.chain, *id);
  if (!row) return Fail(row.error());
  if (!*row) return Fail(EventError(Code::kNotFound, e, "unknown withholding " + *id));
  if ((**row)[0] != "0") {
    return Fail(EventError(Code::kFailedPrecondition, e, "withholding was lifted already: " + *id));
  }
  return Exec(conn_, sql::kLiftWithholding, e.chain, *id);
}

Status Projector::ObjectionFiled(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
  auto id = Str(e, "id");
  auto withholding = Str(e, "withholding_id");
  auto member = Str(e, "member_id");
  auto text = Str(e, "text");
  for (const auto* field : {&id, &withholding, &member, &text}) {
    if (!*field) return Fail(field->error());
  }
  auto row = Row(conn_, sql::kWithholdingExists, 1, e.chain, *withholding);
  if (!row) return Fail(row.error());
  if (!*row) return Fail(EventError(Code::kNotFound, e, "unknown withholding " + *withholding));
  if (auto status = RequireMember(conn_, e, *member); !status) return status;
  auto exists = Row(conn_, sql::kObjectionState, 1, e.chain, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "objection exists: " + *id));
  return Exec(conn_, sql::kInsertObjection, e.chain, *id, e.seq, *withholding, *member, *text,
              e.time);
}

Status Projector::ObjectionAnswered(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
  auto id = Str(e, "id");
  auto answer = Str(e, "answer");
  if (!id) return Fail(id.error());
  if (!answer) return Fail(answer.error());
  auto upheld = Flag(e, "upheld", true);
  if (!upheld) return Fail(upheld.error());
  auto row = Row(conn_, sql::kObjectionState, 1, e.chain, *id);
  if (!row) return Fail(row.error());
  if (!*row) return Fail(EventError(Code::kNotFound, e, "unknown objection " + *id));
  if ((**row)[0] != "open") {
    return Fail(EventError(Code::kFailedPrecondition, e, "objection was answered already: " + *id));
  }
  const auto status = *upheld ? domain::RequestStatus::kAccepted : domain::RequestStatus::kRejected;
  return Exec(conn_, sql::kAnswerObjection, e.chain, *id, domain::ToString(status), *answer,
              e.actor, e.time);
}

Status Projector::ReactionAdded(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
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
  if (auto status = RequireMember(conn_, e, *member); !status) return status;
  auto exists = Row(conn_, sql::kReactionState, 2, e.chain, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "reaction exists: " + *id));
  return Exec(conn_, sql::kInsertReaction, e.chain, *id, e.seq, *entry, *entry_seq, *member,
              e.actor, *kind, *text, e.time, *deadline);
}

Status Projector::CorrectionAnswered(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
  auto id = Str(e, "reaction_id");
  auto answer = Str(e, "answer");
  auto correction = Str(e, "correction_entry_id", false);
  for (const auto* field : {&id, &answer, &correction}) {
    if (!*field) return Fail(field->error());
  }
  auto accepted = Flag(e, "accepted", true);
  if (!accepted) return Fail(accepted.error());
  auto row = Row(conn_, sql::kReactionState, 2, e.chain, *id);
  if (!row) return Fail(row.error());
  if (!*row) return Fail(EventError(Code::kNotFound, e, "unknown reaction " + *id));
  if ((**row)[0] != domain::ToString(domain::ReactionKind::kCorrectionRequest)) {
    return Fail(EventError(Code::kFailedPrecondition, e, "not a correction request: " + *id));
  }
  if ((**row)[1] != "open") {
    return Fail(EventError(Code::kFailedPrecondition, e, "already answered: " + *id));
  }
  const auto status =
      *accepted ? domain::RequestStatus::kAccepted : domain::RequestStatus::kRejected;
  return Exec(conn_, sql::kAnswerReaction, e.chain, *id, domain::ToString(status), *answer, e.actor,
              e.time, *correction);
}

Status Projector::EntryCorrected(const ledger::Event& e) {
  if (auto status = RequireFamily(e); !status) return status;
  auto id = Str(e, "id");
  auto corrects = Str(e, "corrects");
  auto kind = Str(e, "kind");
  auto source = Str(e, "source", false);
  auto text = Str(e, "text");
  for (const auto* field : {&id, &corrects, &kind, &source, &text}) {
    if (!*field) return Fail(field->error());
  }
  if (!domain::ParseEntryKind(*kind)) return Fail(BadField(e, "kind", "is not an entry kind"));
  auto old = Row(conn_, sql::kEntryAudienceOf, 3, e.chain, *corrects);
  if (!old) return Fail(old.error());
  if (!*old) return Fail(EventError(Code::kNotFound, e, "unknown entry " + *corrects));
  if (!(**old)[2].empty()) {
    return Fail(EventError(Code::kFailedPrecondition, e,
                           "entry " + *corrects + " was corrected already by " + (**old)[2]));
  }
  auto exists = Row(conn_, sql::kEntryExists, 1, *id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(EventError(Code::kAlreadyExists, e, "entry exists: " + *id));
  // The correction reads for the same people as the entry it corrects.
  if (auto status = Exec(conn_, sql::kInsertCorrection, e.chain, e.seq, *id, *kind, *source, *text,
                         e.actor, e.time, (**old)[0], (**old)[1], *corrects);
      !status) {
    return status;
  }
  if (auto status = Exec(conn_, sql::kMarkCorrected, e.chain, *corrects, *id); !status) {
    return status;
  }
  return Exec(conn_, sql::kCountEntry, e.chain);
}

}  // namespace stip::store::sqlite
