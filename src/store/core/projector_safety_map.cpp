// The safety map (issue 11): rounds, worries, strengths, goals, disagreements and every
// participant's own answers, folded as they were given. The store keeps one answer per
// participant per statement per round, and answers only in the newest round.
#include <charconv>
#include <optional>
#include <string>

#include "domain/safety_map.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

constexpr Sql kNewestRound =
    "SELECT coalesce(max(round), 0) FROM safety_rounds WHERE family_id = $1";
constexpr Sql kInsertRound =
    "INSERT INTO safety_rounds (family_id, round, seq, opened_at, opened_by) "
    "VALUES ($1, $2, $3, $4, $5)";
constexpr Sql kInsertItem =
    "INSERT INTO safety_items (family_id, id, seq, kind, danger_id, member_id, who_worried, "
    "worry, if_nothing_changes, words, added_by, added_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
    "ON CONFLICT (family_id, id) DO NOTHING";
constexpr Sql kDangerExists =
    "SELECT 1 FROM safety_items WHERE family_id = $1 AND id = $2 AND kind = 'danger'";
constexpr Sql kAnswered =
    "SELECT 1 FROM safety_answers "
    "WHERE family_id = $1 AND danger_id = $2 AND round = $3 AND participant_id = $4";
constexpr Sql kInsertAnswer =
    "INSERT INTO safety_answers (family_id, id, seq, danger_id, round, participant, "
    "participant_id, score, words, scale_0, scale_10, recorded, given_by, given_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) "
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

}  // namespace

Status Projector::On(const events::SafetyRoundOpened& ev, const Envelope& env) {
  const auto round = Number(ev.round);
  if (!round) return Fail(env.BadField("round", "is not a whole number"));
  auto newest = port_.One<std::int64_t>(
      kNewestRound, [](const Row& r) { return r.Int(0); }, env.chain());
  if (!newest) return Fail(newest.error());
  const std::int64_t expected = newest->value_or(0) + 1;
  if (*round != expected) {
    return Fail(env.BadField("round", "must be " + std::to_string(expected)));
  }
  auto inserted =
      port_.Write(kInsertRound, env.chain(), *round, env.seq(), env.time(), env.actor());
  if (!inserted) return Fail(inserted.error());
  return {};
}

namespace {

struct Item {
  std::string_view kind;
  std::string danger_id = {};
  std::string member_id = {};
  std::string who_worried = {};
  std::string worry = {};
  std::string if_nothing_changes = {};
  std::string words = {};
};

Status AddItem(SqlPort& port, const Envelope& env, const std::string& id, const Item& item) {
  if (!item.danger_id.empty()) {
    auto exists = port.Exists(kDangerExists, env.chain(), item.danger_id);
    if (!exists) return Fail(exists.error());
    if (!*exists) {
      return Fail(env.Problem(Code::kNotFound, "unknown danger statement " + item.danger_id));
    }
  }
  if (!item.member_id.empty()) {
    auto exists = port.Exists(sql::kMemberExists, env.chain(), item.member_id);
    if (!exists) return Fail(exists.error());
    if (!*exists) return Fail(env.Problem(Code::kNotFound, "unknown member " + item.member_id));
  }
  auto inserted = port.Write(kInsertItem, env.chain(), id, env.seq(), item.kind, item.danger_id,
                             item.member_id, item.who_worried, item.worry, item.if_nothing_changes,
                             item.words, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "item exists: " + id));
  return {};
}

}  // namespace

Status Projector::On(const events::SafetyDangerAdded& ev, const Envelope& env) {
  return AddItem(port_, env, ev.id,
                 {.kind = "danger",
                  .who_worried = ev.who_worried,
                  .worry = ev.worry,
                  .if_nothing_changes = ev.if_nothing_changes});
}

Status Projector::On(const events::SafetyDisagreementAdded& ev, const Envelope& env) {
  return AddItem(port_, env, ev.id,
                 {.kind = "disagreement",
                  .danger_id = ev.danger_id,
                  .member_id = ev.member_id,
                  .words = ev.words});
}

Status Projector::On(const events::SafetyStrengthAdded& ev, const Envelope& env) {
  return AddItem(port_, env, ev.id, {.kind = "strength", .words = ev.words});
}

Status Projector::On(const events::SafetyGoalAdded& ev, const Envelope& env) {
  return AddItem(port_, env, ev.id, {.kind = "goal", .danger_id = ev.danger_id, .words = ev.words});
}

Status Projector::On(const events::SafetyScoreGiven& ev, const Envelope& env) {
  const auto round = Number(ev.round);
  if (!round) return Fail(env.BadField("round", "is not a whole number"));
  const auto score = Number(ev.score);
  if (!score || *score < domain::kMinScore || *score > domain::kMaxScore) {
    return Fail(env.BadField("score", "is not a whole number from 0 to 10"));
  }
  const auto kind = domain::ParseParticipantKind(ev.participant);
  if (!kind) return Fail(env.BadField("participant", "is not member or professional"));
  if (ev.recorded && *kind != domain::ParticipantKind::kMember) {
    return Fail(env.BadField("recorded", "is for a child's answer only"));
  }
  auto newest = port_.One<std::int64_t>(
      kNewestRound, [](const Row& r) { return r.Int(0); }, env.chain());
  if (!newest) return Fail(newest.error());
  if (*round != newest->value_or(0) || *round == 0) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "answers go to the newest round only, round " + ev.round));
  }
  auto danger = port_.Exists(kDangerExists, env.chain(), ev.danger_id);
  if (!danger) return Fail(danger.error());
  if (!*danger) {
    return Fail(env.Problem(Code::kNotFound, "unknown danger statement " + ev.danger_id));
  }
  if (*kind == domain::ParticipantKind::kMember) {
    auto member = port_.Exists(sql::kMemberExists, env.chain(), ev.participant_id);
    if (!member) return Fail(member.error());
    if (!*member) return Fail(env.Problem(Code::kNotFound, "unknown member " + ev.participant_id));
  } else {
    auto user = port_.Exists(sql::kUserExists, ev.participant_id);
    if (!user) return Fail(user.error());
    if (!*user) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.participant_id));
  }
  auto answered = port_.Exists(kAnswered, env.chain(), ev.danger_id, *round, ev.participant_id);
  if (!answered) return Fail(answered.error());
  if (*answered) {
    return Fail(env.Problem(Code::kAlreadyExists, "an answer of " + ev.participant_id + " to " +
                                                      ev.danger_id + " in round " + ev.round +
                                                      " exists"));
  }
  auto inserted = port_.Write(kInsertAnswer, env.chain(), ev.id, env.seq(), ev.danger_id, *round,
                              ev.participant, ev.participant_id, *score, ev.words, ev.scale_0,
                              ev.scale_10, ev.recorded, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "answer exists: " + ev.id));
  return {};
}

}  // namespace stip::store::core
