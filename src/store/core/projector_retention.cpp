// Issue 14 items 3 and 4: destruction that keeps the ledger verifiable. The fold of
// file.destroyed empties the stored payload of every event it lists (the hash, seq, type and
// links stay, so `stip verify` checks them through the list) and removes every projection row of
// the family, in the transaction that appends it. Rebuild and import fold it again: the events
// are then already empty and the rows already gone (docs/ledger-format.md §7, architecture.md).
#include <string>

#include "domain/destruction.h"
#include "store/core/projector.h"
#include "store/core/queries_retention.h"

namespace stip::store::core {

namespace events = ledger::events;
namespace sql = retention_sql;
using domain::Code;
using domain::Fail;

Status Projector::On(const events::FileDestroyed& ev, const Envelope& env) {
  if (ev.scope != "file") return Fail(env.BadField("scope", "must be file"));
  if (ev.ground != "retention_ended" && ev.ground != "request_granted") {
    return Fail(env.BadField("ground", "must be retention_ended or request_granted"));
  }
  if (ev.seqs.size() != ev.types.size() || ev.seqs.size() != ev.hashes.size()) {
    return Fail(env.BadField("seqs", "must have as many items as types and hashes"));
  }
  for (std::size_t i = 0; i < ev.seqs.size(); ++i) {
    std::int64_t seq = 0;
    const std::string& text = ev.seqs[i];
    bool ok = !text.empty() && text.size() <= 18 && text[0] != '0';
    for (char c : text) {
      if (c < '0' || c > '9') ok = false;
      if (ok) seq = seq * 10 + (c - '0');
    }
    if (!ok || seq >= env.seq()) {
      return Fail(env.BadField("seqs", "must hold decimal seqs before this event"));
    }
    if (!ledger::IsHash(ev.hashes[i])) return Fail(env.BadField("hashes", "must hold hashes"));
    // Only the event sealed with that hash: a list that names another changes nothing (and
    // `stip verify` then reports the list). Already empty when folded again.
    auto redacted = port_.Write(sql::kRedactEvent, env.chain(), seq, ev.hashes[i]);
    if (!redacted) return Fail(redacted.error());
  }
  // The whole file: every row folded from it, and the operational rows that point into it.
  for (Sql statement : sql::kForgetFamily) {
    if (auto status = Run(statement, env.chain()); !status) return status;
  }
  return {};
}

Status Projector::On(const events::LegalHoldSet& ev, const Envelope& env) {
  return Run(sql::kSetLegalHold, env.chain(), env.time(), env.actor(), ev.reason);
}

Status Projector::On(const events::LegalHoldLifted&, const Envelope& env) {
  auto lifted = port_.Write(sql::kLiftLegalHold, env.chain());
  if (!lifted) return Fail(lifted.error());
  if (*lifted == 0) return Fail(env.Problem(Code::kFailedPrecondition, "no legal hold to lift"));
  return {};
}

Status Projector::On(const events::DestructionRequested& ev, const Envelope& env) {
  const auto scope = domain::ParseDestructionScope(ev.scope);
  if (!scope) return Fail(env.BadField("scope", "must be file or own_data"));
  auto open = port_.Exists(sql::kOpenDestructionRequestOf, env.chain(), ev.member_id);
  if (!open) return Fail(open.error());
  if (*open) {
    return Fail(env.Problem(Code::kAlreadyExists,
                            "member " + ev.member_id + " has an open destruction request"));
  }
  return Run(sql::kInsertDestructionRequest, env.chain(), ev.id, ev.member_id, env.actor(),
             ev.scope, ev.reason, env.time());
}

Status Projector::On(const events::DestructionAnswered& ev, const Envelope& env) {
  const auto answer = domain::ParseDestructionAnswer(ev.answer);
  if (!answer) return Fail(env.BadField("answer", "must be granted, partly_granted or refused"));
  if (*answer != domain::DestructionAnswer::kGranted && ev.reasons.empty()) {
    return Fail(env.BadField("reasons", "is required unless granted"));
  }
  auto answered = port_.Write(sql::kAnswerDestructionRequest, env.chain(), ev.id, ev.answer,
                              ev.reasons, env.actor(), env.time());
  if (!answered) return Fail(answered.error());
  if (*answered == 0) {
    return Fail(env.Problem(Code::kFailedPrecondition, "no open destruction request " + ev.id));
  }
  return {};
}

}  // namespace stip::store::core
