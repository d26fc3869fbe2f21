// Court measures (issue 12 item 3): the lead or the duo records what the judge ruled (OTS,
// voorlopige OTS, machtiging uithuisplaatsing, spoedmachtiging, schorsing gezag,
// gezagsbeëindiging), an extension, or an early end; every legal deadline is computed from the
// dates (domain/measure.h) and shown with an early warning. While a measure runs the same file
// is in the compulsory frame. Every step is one ledger event, every read an access-log line.
// Nothing here computes a score, a prediction or a ranking.
#include <set>
#include <string>
#include <utility>

#include "app/events.h"
#include "app/read_purpose_internal.h"
#include "app/stip.h"
#include "domain/measure.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

domain::Error UnknownMeasure(const std::string& id) {
  return domain::Error::NotFound("No measure '" + id + "' in this family file.");
}

Status MayEdit(const Access& access) {
  const auto d = domain::DecideMeasureEditor(access.family, access.query);
  if (d.allowed) return {};
  return Fail(Code::kPermissionDenied,
              "Only the lead and the duo record, extend and end measures (" +
                  std::string(domain::ToString(d.reason)) + ").");
}

}  // namespace

Result<MeasuresView> Stip::MeasuresOf(const Principal& who, const std::string& family_id,
                                      const std::string& purpose) {
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  auto all = families_.ListMeasures(family_id);
  if (!all) return tl::unexpected(all.error());
  // A parent named on a measure reads it even without the file (the right to important
  // information).
  const domain::Decision may = domain::DecideMeasures(access->family, access->query, *all);
  if (!may.allowed) {
    if (who.IsNetwork()) {
      return Fail(
          domain::Error::NotFound("No family file '" + family_id + "' that you are involved in."));
    }
    return Fail(Code::kPermissionDenied, "You may not read the measures of this file (" +
                                             std::string(domain::ToString(may.reason)) + ").");
  }
  MeasuresView view;
  view.family_id = family_id;
  view.family_name = access->family.name;
  view.today = access->query.today;
  view.measures = domain::VisibleMeasures(access->family, access->query, *all);
  view.frame = domain::FrameOn(view.measures, access->family, view.today);
  view.deadlines =
      domain::AllDeadlines(view.measures, access->family, view.today, options_.work.measure);
  for (const auto& m : view.measures) {
    if (auto end = domain::EffectiveEnd(m, access->family)) view.ends[m.id] = *end;
  }
  view.family = who.IsFamily();
  for (const auto& m : access->family.members) {
    view.names[m.id] = m.name;
    // A child placed elsewhere (recorded as having left) is still the child a measure is about.
    if (!view.family && m.role == domain::MemberRole::kChild) {
      view.children.push_back(m);
    }
    if (!view.family &&
        (m.role == domain::MemberRole::kParent || m.role == domain::MemberRole::kCarer)) {
      view.parents.push_back(m);
    }
  }
  if (!view.family) {
    view.default_parents = domain::DefaultParents(access->family);
    view.may_edit = domain::DecideMeasureEditor(access->family, access->query).allowed;
    auto decisions = families_.ListDecisions(family_id);
    if (!decisions) return tl::unexpected(decisions.error());
    for (const auto& d : *decisions) {
      if (d.state == domain::DecisionState::kTaken) {
        view.decisions.emplace_back(d.id, d.content.what);
      }
    }
    std::set<std::string> users;
    for (const auto& m : view.measures) {
      for (const auto& s : m.history) users.insert(s.by);
    }
    for (const auto& id : users) {
      if (id.empty() || id == "system") continue;
      auto pro = LoadProfessional(id);
      if (!pro) {
        if (pro.error().code == Code::kNotFound) continue;
        return tl::unexpected(pro.error());
      }
      view.names[id] = pro->user.display_name;
    }
  }
  if (auto r =
          LogRead(who, family_id, access->role, "measures", PurposeOfRead(who, access->role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Result<std::string> Stip::RecordMeasure(const Principal& who, const std::string& family_id,
                                        const NewMeasure& input) {
  const std::string id = ids_.NewId("mtr");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    bool taken = false;
    const std::string decision_id = domain::Trim(input.decision_id);
    if (!decision_id.empty()) {
      auto decisions = families_.ListDecisions(family_id);
      if (!decisions) return tl::unexpected(decisions.error());
      const auto* d = domain::FindDecision(*decisions, decision_id);
      taken = d && d->state == domain::DecisionState::kTaken;
    }
    domain::MeasureRecord m;
    auto errors = domain::CheckNewMeasure(access->family, input, access->query.today, taken, m,
                                          options_.work.measure);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The measure cannot be recorded like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::MeasureRecorded{.id = id,
                                          .kind = std::string(domain::ToString(m.kind)),
                                          .children = m.children,
                                          .ruling_date = domain::FormatDate(m.ruling_date),
                                          .start = domain::FormatDate(m.start),
                                          .end = m.end ? domain::FormatDate(*m.end) : std::string(),
                                          .threats = m.threats,
                                          .decision_id = m.decision_id,
                                          .parents = m.parents}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

// The measure `measure_id` of the family (404 when there is none).
static Result<domain::MeasureRecord> FindFor(store::FamilyReads& families, const Access& access,
                                             const std::string& measure_id) {
  auto all = families.ListMeasures(access.family.id);
  if (!all) return tl::unexpected(all.error());
  const auto visible = domain::VisibleMeasures(access.family, access.query, *all);
  const auto* m = domain::FindMeasure(visible, measure_id);
  if (!m) return Fail(UnknownMeasure(measure_id));
  return *m;
}

Status Stip::ExtendMeasure(const Principal& who, const std::string& family_id,
                           const std::string& measure_id, const MeasureExtension& input) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    auto m = FindFor(families_, *access, measure_id);
    if (!m) return tl::unexpected(m.error());
    std::optional<domain::Error> precondition;
    domain::Date ruling;
    domain::Date end;
    auto errors = domain::CheckExtension(*m, access->family, input.ruling_date, input.end,
                                         input.reason, access->query.today, precondition, ruling,
                                         end, options_.work.measure);
    if (precondition) return Fail(std::move(*precondition));
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The extension cannot be recorded like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::MeasureExtended{.id = measure_id,
                                          .ruling_date = domain::FormatDate(ruling),
                                          .end = domain::FormatDate(end),
                                          .reason = domain::Trim(input.reason)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::EndMeasure(const Principal& who, const std::string& family_id,
                        const std::string& measure_id, const MeasureEnd& input) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    auto m = FindFor(families_, *access, measure_id);
    if (!m) return tl::unexpected(m.error());
    std::optional<domain::Error> precondition;
    domain::Date day;
    auto errors = domain::CheckEnd(*m, access->family, input.ended_on, input.reason,
                                   access->query.today, precondition, day);
    if (precondition) return Fail(std::move(*precondition));
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The end cannot be recorded like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::MeasureEnded{.id = measure_id,
                                                        .ended_on = domain::FormatDate(day),
                                                        .reason = domain::Trim(input.reason)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::MarkDeadlineDone(const Principal& who, const std::string& family_id,
                              const std::string& measure_id, const DeadlineMet& met) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    auto m = FindFor(families_, *access, measure_id);
    if (!m) return tl::unexpected(m.error());
    std::optional<domain::Error> precondition;
    domain::DeadlineDone done;
    auto errors =
        domain::CheckDeadlineDone(*m, access->family, met.deadline, met.due, met.done_on, met.note,
                                  access->query.today, precondition, done, options_.work.measure);
    if (precondition) return Fail(std::move(*precondition));
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The deadline cannot be marked done like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::MeasureDeadlineDone{.id = measure_id,
                                              .deadline = std::string(domain::ToString(done.kind)),
                                              .due = domain::FormatDate(done.due),
                                              .done_on = domain::FormatDate(done.done_on),
                                              .note = done.note}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

}  // namespace stip::app
