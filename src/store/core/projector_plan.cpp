// The family's own plan first (issue 11 item 2): the offer and its outcome, the versions the
// family writes (their lists one row per line in plan_lines), the professionals' safety
// conditions (each set kept, the newest holds) and their comments beside a version.
#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "domain/family_plan.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

constexpr Sql kInsertOffer =
    "INSERT INTO plan_offers (family_id, seq, offered_on, words, offered_by, offered_at, outcome, "
    "answered_seq, decided_on, expected_by, ground, reason, answered_by, answered_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, 'open', 0, '', '', '', '', '', 0) "
    "ON CONFLICT (family_id) DO NOTHING";
constexpr Sql kAnswerOffer =
    "UPDATE plan_offers SET outcome = $2, answered_seq = $3, decided_on = $4, expected_by = $5, "
    "ground = $6, reason = $7, answered_by = $8, answered_at = $9 "
    "WHERE family_id = $1 AND outcome = 'open'";
constexpr Sql kNewestVersion =
    "SELECT coalesce(max(version), 0) FROM plan_versions WHERE family_id = $1";
constexpr Sql kInsertVersion =
    "INSERT INTO plan_versions (family_id, version, seq, kind, evaluation_on, if_not_working, "
    "member_id, written_by, written_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
constexpr Sql kInsertLine =
    "INSERT INTO plan_lines (family_id, version, field, pos, words, owner_kind, owner, due_on) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
constexpr Sql kInsertCondition =
    "INSERT INTO plan_conditions (family_id, seq, pos, words, set_by, set_at) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
constexpr Sql kVersionExists = "SELECT 1 FROM plan_versions WHERE family_id = $1 AND version = $2";
constexpr Sql kInsertComment =
    "INSERT INTO plan_comments (family_id, id, seq, version, words, added_by, added_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (family_id, id) DO NOTHING";

std::optional<std::int64_t> Number(const std::string& s) {
  std::int64_t v = 0;
  const auto* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, v);
  if (ec != std::errc() || ptr != end || s.empty() || (s.size() > 1 && s[0] == '0')) {
    return std::nullopt;
  }
  return v;
}

// A date field that is empty or a real date.
Status CheckDate(const Envelope& env, std::string_view key, const std::string& value,
                 bool required) {
  if (value.empty() && !required) return {};
  if (!domain::ParseDate(value)) return Fail(env.BadField(key, "is not a real date"));
  return {};
}

Status Line(SqlPort& port, const Envelope& env, std::int64_t version, std::string_view field,
            std::size_t pos, const std::string& words, std::string_view owner_kind = "",
            const std::string& owner = {}, const std::string& due_on = {}) {
  auto inserted = port.Write(kInsertLine, env.chain(), version, field,
                             static_cast<std::int64_t>(pos), words, owner_kind, owner, due_on);
  if (!inserted) return Fail(inserted.error());
  return {};
}

}  // namespace

Status Projector::On(const events::PlanOffered& ev, const Envelope& env) {
  if (auto s = CheckDate(env, "offered_on", ev.offered_on, true); !s) return s;
  auto inserted = port_.Write(kInsertOffer, env.chain(), env.seq(), ev.offered_on, ev.words,
                              env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) {
    return Fail(env.Problem(Code::kAlreadyExists, "the family plan was offered already"));
  }
  return {};
}

Status Projector::On(const events::PlanOfferAnswered& ev, const Envelope& env) {
  const auto outcome = domain::ParseOfferOutcome(ev.outcome);
  if (!outcome) return Fail(env.BadField("outcome", "is not accepted, declined or waived"));
  if (auto s = CheckDate(env, "decided_on", ev.decided_on, true); !s) return s;
  if (auto s = CheckDate(env, "expected_by", ev.expected_by,
                         *outcome == domain::OfferOutcome::kAccepted);
      !s) {
    return s;
  }
  if (*outcome == domain::OfferOutcome::kWaived) {
    if (!domain::ParseWaiverGround(ev.ground)) {
      return Fail(env.BadField("ground", "is not concrete_threat or child_interest"));
    }
    if (ev.reason.empty()) return Fail(env.BadField("reason", "is required for a waiver"));
  } else if (!ev.ground.empty()) {
    return Fail(env.BadField("ground", "is only for a waived offer"));
  }
  auto answered = port_.Write(kAnswerOffer, env.chain(), ev.outcome, env.seq(), ev.decided_on,
                              ev.expected_by, ev.ground, ev.reason, env.actor(), env.time());
  if (!answered) return Fail(answered.error());
  if (*answered == 0) {
    return Fail(env.Problem(Code::kFailedPrecondition, "no open offer of a family plan to answer"));
  }
  return {};
}

Status Projector::On(const events::PlanVersionWritten& ev, const Envelope& env) {
  const auto version = Number(ev.version);
  if (!version) return Fail(env.BadField("version", "is not a whole number"));
  if (!domain::ParsePlanKind(ev.kind)) return Fail(env.BadField("kind", "is not family or safety"));
  const std::size_t n = ev.action_what.size();
  if (ev.action_owner_kind.size() != n || ev.action_owner.size() != n ||
      ev.action_due_on.size() != n) {
    return Fail(env.BadField("action_what", "the four action lists differ in length"));
  }
  if (ev.watcher_name.size() != ev.watcher_reach.size()) {
    return Fail(env.BadField("watcher_name", "the two watcher lists differ in length"));
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!domain::ParseOwnerKind(ev.action_owner_kind[i])) {
      return Fail(env.BadField("action_owner_kind", "holds an unknown kind of owner"));
    }
    if (!domain::ParseDate(ev.action_due_on[i])) {
      return Fail(env.BadField("action_due_on", "holds a date that is not real"));
    }
  }
  if (auto s = CheckDate(env, "evaluation_on", ev.evaluation_on, false); !s) return s;
  auto member = port_.Exists(sql::kMemberExists, env.chain(), ev.member_id);
  if (!member) return Fail(member.error());
  if (!*member) return Fail(env.Problem(Code::kNotFound, "unknown member " + ev.member_id));
  auto newest = port_.One<std::int64_t>(
      kNewestVersion, [](const Row& r) { return r.Int(0); }, env.chain());
  if (!newest) return Fail(newest.error());
  const std::int64_t expected = newest->value_or(0) + 1;
  if (*version != expected) {
    return Fail(env.BadField("version", "must be " + std::to_string(expected)));
  }
  auto inserted =
      port_.Write(kInsertVersion, env.chain(), *version, env.seq(), ev.kind, ev.evaluation_on,
                  ev.if_not_working, ev.member_id, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  for (std::size_t i = 0; i < ev.goals.size(); ++i) {
    if (auto s = Line(port_, env, *version, "goal", i, ev.goals[i]); !s) return s;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (auto s = Line(port_, env, *version, "action", i, ev.action_what[i], ev.action_owner_kind[i],
                      ev.action_owner[i], ev.action_due_on[i]);
        !s) {
      return s;
    }
  }
  for (std::size_t i = 0; i < ev.rules.size(); ++i) {
    if (auto s = Line(port_, env, *version, "rule", i, ev.rules[i]); !s) return s;
  }
  for (std::size_t i = 0; i < ev.watcher_name.size(); ++i) {
    if (auto s =
            Line(port_, env, *version, "watcher", i, ev.watcher_name[i], "", ev.watcher_reach[i]);
        !s) {
      return s;
    }
  }
  for (std::size_t i = 0; i < ev.warning_signs.size(); ++i) {
    if (auto s = Line(port_, env, *version, "sign", i, ev.warning_signs[i]); !s) return s;
  }
  return {};
}

Status Projector::On(const events::PlanConditionsSet& ev, const Envelope& env) {
  if (ev.conditions.empty()) {
    // A set without conditions (all taken back): one row that says so.
    auto inserted = port_.Write(kInsertCondition, env.chain(), env.seq(), std::int64_t{-1},
                                std::string_view(""), env.actor(), env.time());
    if (!inserted) return Fail(inserted.error());
    return {};
  }
  for (std::size_t i = 0; i < ev.conditions.size(); ++i) {
    auto inserted =
        port_.Write(kInsertCondition, env.chain(), env.seq(), static_cast<std::int64_t>(i),
                    ev.conditions[i], env.actor(), env.time());
    if (!inserted) return Fail(inserted.error());
  }
  return {};
}

Status Projector::On(const events::PlanCommented& ev, const Envelope& env) {
  const auto version = Number(ev.version);
  if (!version) return Fail(env.BadField("version", "is not a whole number"));
  auto exists = port_.Exists(kVersionExists, env.chain(), *version);
  if (!exists) return Fail(exists.error());
  if (!*exists) {
    return Fail(env.Problem(Code::kNotFound, "unknown version " + ev.version + " of the plan"));
  }
  auto inserted = port_.Write(kInsertComment, env.chain(), ev.id, env.seq(), *version, ev.words,
                              env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "comment exists: " + ev.id));
  return {};
}

}  // namespace stip::store::core
