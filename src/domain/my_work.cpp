#include "domain/my_work.h"

#include <algorithm>

#include "domain/local_time.h"

namespace stip::domain {
namespace {

int DaysInMonthOf(int year, int month) {
  // The last day of the month: the day before the first of the next one.
  const Date first_next = month == 12 ? Date{year + 1, 1, 1} : Date{year, month + 1, 1};
  return AddDays(first_next, -1).day;
}

}  // namespace

Date OneMonthAfter(const Date& date) {
  Date out = date;
  out.month += 1;
  if (out.month > 12) {
    out.month = 1;
    out.year += 1;
  }
  out.day = std::min(out.day, DaysInMonthOf(out.year, out.month));
  return out;
}

std::vector<WorkItem> WorkInFile(const FileFacts& facts, const AccessQuery& query, int quiet_weeks,
                                 const WorkPolicy& policy) {
  std::vector<WorkItem> items;
  if (facts.family == nullptr) return items;
  const Family& family = *facts.family;
  const Date& today = query.today;

  if (Decide(family, query, Action::kAnswerCorrection).allowed) {
    for (const Reaction& r : facts.open_corrections) {
      if (r.kind != ReactionKind::kCorrectionRequest || r.status != RequestStatus::kOpen) continue;
      const Date due = r.deadline.value_or(OneMonthAfter(AmsterdamDate(r.created_at)));
      items.push_back({WorkKind::kCorrectionRequest, r.id, r.entry_id, due, due < today});
    }
  }
  for (const Objection& o : facts.objections) {
    if (o.status != RequestStatus::kOpen) continue;
    const auto w = std::find_if(facts.withholdings.begin(), facts.withholdings.end(),
                                [&](const Withholding& x) { return x.id == o.withholding_id; });
    if (w == facts.withholdings.end()) continue;
    // Not for the one who decided it: a second professional answers.
    if (!DecideObjectionAnswer(family, query, *w).allowed) continue;
    const Date due = OneMonthAfter(AmsterdamDate(o.filed_at));
    WorkItem item{WorkKind::kObjection, o.id, w->entry_id, due, due < today};
    item.withheld_kind = w->kind;
    items.push_back(std::move(item));
  }
  if (Decide(family, query, Action::kWithhold).allowed) {
    for (const Withholding& w : facts.withholdings) {
      // A lifted one is decided. One that lapsed stays on the list until the lead records
      // what happens now (lifts it, or withholds the entry again): it never ends unseen.
      if (w.lifted) continue;
      const Date lapse = LapseDate(w, query.policy);
      if (DaysBetween(today, lapse) > policy.review_warning_days) continue;
      WorkItem item{WorkKind::kWithholdingReview, w.id, w.entry_id, lapse, !(today < lapse)};
      item.withheld_kind = w.kind;
      items.push_back(std::move(item));
    }
  }
  const int weeks = std::clamp(quiet_weeks, 1, std::max(1, policy.max_quiet_weeks));
  const Millis last = facts.last_entry_at.value_or(family.created_at);
  const Date quiet_from = AddDays(AmsterdamDate(last), 7 * weeks);
  if (!(today < quiet_from)) {
    items.push_back({WorkKind::kNoContact, "", "", quiet_from, true});
  }
  // Issue 12 item 3: the legal deadlines of court measures, for the lead and the duo who act on
  // them, from their early warning on.
  if (DecideMeasureEditor(family, query).allowed) {
    for (const auto& d : AllDeadlines(facts.measures, family, today, policy.measure)) {
      if (today < d.warn_from || d.done_on) continue;  // met: no longer work to do
      WorkItem item{WorkKind::kMeasureDeadline, d.measure_id, "", d.due, d.overdue};
      item.deadline = d.kind;
      item.measure_kind = d.measure_kind;
      items.push_back(std::move(item));
    }
  }
  // Issue 14 item 3 part C: the running lead answers a destruction request within three months.
  if (const auto* pro = std::get_if<ProfessionalViewer>(&query.viewer)) {
    const bool lead = std::any_of(
        family.involvements.begin(), family.involvements.end(), [&](const Involvement& inv) {
          return inv.user_id == pro->user_id && inv.role == InvolvementRole::kLead &&
                 inv.started_at <= query.now && (!inv.ended_at || *inv.ended_at > query.now);
        });
    if (lead) {
      for (const DestructionRequest& r : facts.destruction_requests) {
        if (!r.open()) continue;
        const Date due = ThreeMonthsAfter(AmsterdamDate(r.requested_at));
        items.push_back({WorkKind::kDestructionRequest, r.id, "", due, due < today});
      }
    }
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const WorkItem& a, const WorkItem& b) { return a.due < b.due; });
  return items;
}

std::string_view ToString(WorkKind kind) {
  switch (kind) {
    case WorkKind::kCorrectionRequest:
      return "correction_request";
    case WorkKind::kObjection:
      return "objection";
    case WorkKind::kWithholdingReview:
      return "withholding_review";
    case WorkKind::kNoContact:
      return "no_contact";
    case WorkKind::kMeasureDeadline:
      return "measure_deadline";
    case WorkKind::kDestructionRequest:
      return "destruction_request";
  }
  return "no_contact";
}

}  // namespace stip::domain
