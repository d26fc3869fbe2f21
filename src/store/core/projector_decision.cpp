// Decisions (issue 12 items 1 and 2): a draft and its versions, sharing with the family, the
// family's views, the second opinions tied to the hash of the version they read, and taking
// the decision. The fold checks the order (draft, shared, taken) and that each step names the
// version (and hash) that stands; the use case (app/decision.cpp) checks who may do what.
#include <charconv>
#include <optional>
#include <string>

#include "domain/decision.h"
#include "ledger/decision_content.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

constexpr Sql kFindDecision =
    "SELECT version, state, content_hash FROM decisions WHERE family_id = $1 AND id = $2";
constexpr Sql kInsertDecision =
    "INSERT INTO decisions (family_id, id, seq, kind, version, content, content_hash, state, "
    "drafted_by, drafted_at, changed_at, shared_at, taken_by, taken_at) "
    "VALUES ($1, $2, $3, $4, 1, $5, $6, 'draft', $7, $8, $8, 0, '', 0) "
    "ON CONFLICT (family_id, id) DO NOTHING";
constexpr Sql kReviseDecision =
    "UPDATE decisions SET kind = $3, version = $4, content = $5, content_hash = $6, "
    "changed_at = $7 WHERE family_id = $1 AND id = $2";
constexpr Sql kShareDecision =
    "UPDATE decisions SET state = 'shared', shared_at = $3 WHERE family_id = $1 AND id = $2";
constexpr Sql kTakeDecision =
    "UPDATE decisions SET state = 'taken', taken_by = $3, taken_at = $4 "
    "WHERE family_id = $1 AND id = $2";
constexpr Sql kInsertNote =
    "INSERT INTO decision_notes (family_id, id, seq, decision_id, note, member_id, verdict, "
    "words, conditions, version, content_hash, written_by, written_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) "
    "ON CONFLICT (family_id, id) DO NOTHING";

std::optional<std::int64_t> Number(const std::string& s) {
  std::int64_t v = 0;
  const auto* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, v);
  if (ec != std::errc() || ptr != end || s.empty() || (s.size() > 1 && s[0] == '0')) {
    return std::nullopt;
  }
  return v;
}

struct Current {
  std::int64_t version = 0;
  std::string state;
  std::string content_hash;
};

Result<Current> Load(SqlPort& port, const Envelope& env, const std::string& id) {
  auto row = port.One<Current>(
      kFindDecision,
      [](const Row& r) {
        return Current{r.Int(0), r.Text(1), r.Text(2)};
      },
      env.chain(), id);
  if (!row) return Fail(row.error());
  if (!*row) return Fail(env.Problem(Code::kNotFound, "unknown decision " + id));
  return std::move(**row);
}

// The version named must be the one that stands now.
Status SameVersion(const Envelope& env, const Current& now, const std::string& version) {
  const auto v = Number(version);
  if (!v) return Fail(env.BadField("version", "is not a whole number"));
  if (*v != now.version) {
    return Fail(env.Problem(
        Code::kFailedPrecondition,
        "names version " + version + ", but version " + std::to_string(now.version) + " stands"));
  }
  return {};
}

// The content decodes as a draft and its hash is the one named.
Result<domain::DecisionContent> Content(const Envelope& env, const std::string& content,
                                        const std::string& hash) {
  auto decoded = ledger::DecodeDecisionContent(content);
  if (!decoded) return Fail(env.BadField("content", decoded.error().message));
  if (ledger::DecisionContentHash(content) != hash) {
    return Fail(env.BadField("content_hash", "is not the SHA-256 of content"));
  }
  return decoded;
}

}  // namespace

Status Projector::On(const events::DecisionDrafted& ev, const Envelope& env) {
  if (ev.version != "1") return Fail(env.BadField("version", "must be 1 for a new draft"));
  auto content = Content(env, ev.content, ev.content_hash);
  if (!content) return Fail(content.error());
  auto inserted =
      port_.Write(kInsertDecision, env.chain(), ev.id, env.seq(), domain::ToString(content->kind),
                  ev.content, ev.content_hash, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "decision exists: " + ev.id));
  return {};
}

Status Projector::On(const events::DecisionRevised& ev, const Envelope& env) {
  auto now = Load(port_, env, ev.id);
  if (!now) return Fail(now.error());
  if (now->state == "taken") {
    return Fail(env.Problem(Code::kFailedPrecondition, "decision " + ev.id + " is taken"));
  }
  const auto v = Number(ev.version);
  if (!v || *v != now->version + 1) {
    return Fail(env.BadField("version", "must be " + std::to_string(now->version + 1)));
  }
  auto content = Content(env, ev.content, ev.content_hash);
  if (!content) return Fail(content.error());
  auto updated = port_.Write(kReviseDecision, env.chain(), ev.id, domain::ToString(content->kind),
                             *v, ev.content, ev.content_hash, env.time());
  if (!updated) return Fail(updated.error());
  return {};
}

Status Projector::On(const events::DecisionShared& ev, const Envelope& env) {
  auto now = Load(port_, env, ev.id);
  if (!now) return Fail(now.error());
  if (auto same = SameVersion(env, *now, ev.version); !same) return same;
  if (now->state != "draft") {
    return Fail(env.Problem(Code::kFailedPrecondition, "decision " + ev.id + " is " + now->state));
  }
  auto updated = port_.Write(kShareDecision, env.chain(), ev.id, env.time());
  if (!updated) return Fail(updated.error());
  return {};
}

Status Projector::On(const events::DecisionViewAdded& ev, const Envelope& env) {
  auto now = Load(port_, env, ev.decision_id);
  if (!now) return Fail(now.error());
  if (auto same = SameVersion(env, *now, ev.version); !same) return same;
  if (now->state != "shared") {
    return Fail(env.Problem(Code::kFailedPrecondition, "a view needs a shared decision; " +
                                                           ev.decision_id + " is " + now->state));
  }
  auto member = port_.Exists(sql::kMemberExists, env.chain(), ev.member_id);
  if (!member) return Fail(member.error());
  if (!*member) return Fail(env.Problem(Code::kNotFound, "unknown member " + ev.member_id));
  auto inserted =
      port_.Write(kInsertNote, env.chain(), ev.id, env.seq(), ev.decision_id, "view", ev.member_id,
                  "", ev.words, "", now->version, now->content_hash, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "view exists: " + ev.id));
  return {};
}

Status Projector::On(const events::DecisionSecondOpinionGiven& ev, const Envelope& env) {
  auto now = Load(port_, env, ev.decision_id);
  if (!now) return Fail(now.error());
  if (auto same = SameVersion(env, *now, ev.version); !same) return same;
  if (now->state == "taken") {
    return Fail(env.Problem(Code::kFailedPrecondition, "decision " + ev.decision_id + " is taken"));
  }
  if (ev.content_hash != now->content_hash) {
    return Fail(env.BadField("content_hash", "is not the hash of the version that stands"));
  }
  const auto verdict = domain::ParseVerdict(ev.verdict);
  if (!verdict) return Fail(env.BadField("verdict", "is not a verdict"));
  auto inserted = port_.Write(kInsertNote, env.chain(), ev.id, env.seq(), ev.decision_id,
                              "second_opinion", "", ev.verdict, ev.reasons, ev.conditions,
                              now->version, ev.content_hash, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) {
    return Fail(env.Problem(Code::kAlreadyExists, "second opinion exists: " + ev.id));
  }
  return {};
}

Status Projector::On(const events::DecisionTaken& ev, const Envelope& env) {
  auto now = Load(port_, env, ev.id);
  if (!now) return Fail(now.error());
  if (auto same = SameVersion(env, *now, ev.version); !same) return same;
  if (now->state != "shared") {
    return Fail(env.Problem(Code::kFailedPrecondition, "decision " + ev.id + " is " + now->state));
  }
  if (ev.content_hash != now->content_hash) {
    return Fail(env.BadField("content_hash", "is not the hash of the version that stands"));
  }
  auto updated = port_.Write(kTakeDecision, env.chain(), ev.id, env.actor(), env.time());
  if (!updated) return Fail(updated.error());
  return {};
}

}  // namespace stip::store::core
