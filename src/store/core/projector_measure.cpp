// Court measures (issue 12 item 3): recorded as the judge ruled, extended by a new ruling, or
// ended early with a reason. The fold checks the order (nothing after an early end, only an OTS
// or an uithuisplaatsing is extended, and only to a later end); the use case (app/measure.cpp)
// checks who may do it and the legal terms.
#include <optional>
#include <string>

#include "domain/measure.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

constexpr Sql kFindMeasure =
    "SELECT kind, end_date, ended_on FROM measures WHERE family_id = $1 AND id = $2";
constexpr Sql kInsertMeasure =
    "INSERT INTO measures (family_id, id, seq, kind, children, ruling_date, start_date, "
    "end_date, threats, decision_id, ended_on, ended_reason, recorded_by, recorded_at, parents) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '', '', $11, $12, $13) "
    "ON CONFLICT (family_id, id) DO NOTHING";
constexpr Sql kExtendMeasure =
    "UPDATE measures SET ruling_date = $3, end_date = $4 WHERE family_id = $1 AND id = $2";
constexpr Sql kEndMeasure =
    "UPDATE measures SET ended_on = $3, ended_reason = $4 WHERE family_id = $1 AND id = $2";
constexpr Sql kInsertDone =
    "INSERT INTO measure_deadlines_done (family_id, seq, measure_id, deadline, due, done_on, "
    "note, done_by, done_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
constexpr Sql kFindDone =
    "SELECT 1 FROM measure_deadlines_done WHERE family_id = $1 AND measure_id = $2 AND "
    "deadline = $3 AND due = $4";
constexpr Sql kInsertStep =
    "INSERT INTO measure_steps (family_id, seq, measure_id, step, ruling_date, end_date, "
    "reason, done_by, done_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

struct Current {
  std::string kind;
  std::string end;
  std::string ended_on;
};

Result<Current> Load(SqlPort& port, const Envelope& env, const std::string& id) {
  auto row = port.One<Current>(
      kFindMeasure,
      [](const Row& r) {
        return Current{r.Text(0), r.Text(1), r.Text(2)};
      },
      env.chain(), id);
  if (!row) return Fail(row.error());
  if (!*row) return Fail(env.Problem(Code::kNotFound, "unknown measure " + id));
  return std::move(**row);
}

Status Day(const Envelope& env, std::string_view field, const std::string& text) {
  if (!domain::ParseDate(text)) return Fail(env.BadField(field, "is not a date YYYY-MM-DD"));
  return {};
}

Status Step(SqlPort& port, const Envelope& env, const std::string& id, std::string_view step,
            const std::string& ruling, const std::string& end, const std::string& reason) {
  auto inserted = port.Write(kInsertStep, env.chain(), env.seq(), id, step, ruling, end, reason,
                             env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  return {};
}

}  // namespace

Status Projector::On(const events::MeasureRecorded& ev, const Envelope& env) {
  const auto kind = domain::ParseMeasureKind(ev.kind);
  if (!kind) return Fail(env.BadField("kind", "is not a measure kind"));
  if (auto s = Day(env, "ruling_date", ev.ruling_date); !s) return s;
  if (auto s = Day(env, "start", ev.start); !s) return s;
  if (ev.end.empty() != (*kind == domain::MeasureKind::kGezagsbeeindiging)) {
    return Fail(env.BadField("end", "is required, except for a gezagsbeeindiging"));
  }
  if (!ev.end.empty()) {
    if (auto s = Day(env, "end", ev.end); !s) return s;
    if (ev.end <= ev.start) return Fail(env.BadField("end", "must lie after the start"));
  }
  std::string children;
  for (const auto& c : ev.children) {
    if (c.empty() || c.find(' ') != std::string::npos) {
      return Fail(env.BadField("children", "must hold member ids"));
    }
    auto member = port_.Exists(sql::kMemberExists, env.chain(), c);
    if (!member) return Fail(member.error());
    if (!*member) return Fail(env.Problem(Code::kNotFound, "unknown member " + c));
    children += (children.empty() ? "" : " ") + c;
  }
  std::string parents;
  for (const auto& p : ev.parents) {
    if (p.empty() || p.find(' ') != std::string::npos) {
      return Fail(env.BadField("parents", "must hold member ids"));
    }
    auto member = port_.Exists(sql::kMemberExists, env.chain(), p);
    if (!member) return Fail(member.error());
    if (!*member) return Fail(env.Problem(Code::kNotFound, "unknown member " + p));
    parents += (parents.empty() ? "" : " ") + p;
  }
  auto inserted =
      port_.Write(kInsertMeasure, env.chain(), ev.id, env.seq(), ev.kind, children, ev.ruling_date,
                  ev.start, ev.end, ev.threats, ev.decision_id, env.actor(), env.time(), parents);
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "measure exists: " + ev.id));
  return Step(port_, env, ev.id, "recorded", ev.ruling_date, ev.end, "");
}

Status Projector::On(const events::MeasureExtended& ev, const Envelope& env) {
  auto now = Load(port_, env, ev.id);
  if (!now) return Fail(now.error());
  const auto kind = domain::ParseMeasureKind(now->kind);
  if (!kind || !domain::IsExtendable(*kind)) {
    return Fail(env.Problem(Code::kFailedPrecondition, "measure " + ev.id + " is not extendable"));
  }
  if (!now->ended_on.empty()) {
    return Fail(env.Problem(Code::kFailedPrecondition, "measure " + ev.id + " has ended"));
  }
  if (auto s = Day(env, "ruling_date", ev.ruling_date); !s) return s;
  if (auto s = Day(env, "end", ev.end); !s) return s;
  if (ev.end <= now->end) return Fail(env.BadField("end", "must lie after the end that stands"));
  auto updated = port_.Write(kExtendMeasure, env.chain(), ev.id, ev.ruling_date, ev.end);
  if (!updated) return Fail(updated.error());
  return Step(port_, env, ev.id, "extended", ev.ruling_date, ev.end, ev.reason);
}

Status Projector::On(const events::MeasureEnded& ev, const Envelope& env) {
  auto now = Load(port_, env, ev.id);
  if (!now) return Fail(now.error());
  if (!now->ended_on.empty()) {
    return Fail(env.Problem(Code::kFailedPrecondition, "measure " + ev.id + " has ended"));
  }
  if (auto s = Day(env, "ended_on", ev.ended_on); !s) return s;
  auto updated = port_.Write(kEndMeasure, env.chain(), ev.id, ev.ended_on, ev.reason);
  if (!updated) return Fail(updated.error());
  return Step(port_, env, ev.id, "ended", "", ev.ended_on, ev.reason);
}

Status Projector::On(const events::MeasureDeadlineDone& ev, const Envelope& env) {
  auto now = Load(port_, env, ev.id);
  if (!now) return Fail(now.error());
  const auto kind = domain::ParseDeadlineKind(ev.deadline);
  if (!kind || !domain::CanBeMarkedDone(*kind)) {
    return Fail(env.BadField("deadline", "is not a deadline that can be marked done"));
  }
  if (auto s = Day(env, "due", ev.due); !s) return s;
  if (auto s = Day(env, "done_on", ev.done_on); !s) return s;
  auto seen = port_.Exists(kFindDone, env.chain(), ev.id, ev.deadline, ev.due);
  if (!seen) return Fail(seen.error());
  if (*seen) {
    return Fail(env.Problem(Code::kAlreadyExists, "deadline " + ev.deadline + " " + ev.due +
                                                      " of measure " + ev.id + " is done already"));
  }
  auto inserted = port_.Write(kInsertDone, env.chain(), env.seq(), ev.id, ev.deadline, ev.due,
                              ev.done_on, ev.note, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  return {};
}

}  // namespace stip::store::core
