#include "domain/measure.h"

#include <algorithm>
#include <set>
#include <utility>
#include <variant>

#include "domain/household.h"
#include "domain/local_time.h"
#include "domain/safety_map.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

void CheckWords(std::vector<FieldError>& out, const std::string& field, const std::string& words,
                std::size_t max, bool required) {
  if (auto p = CheckText(words, max, required, true)) out.emplace_back(field, std::move(*p));
}

// A date typed as text: a field error when it is missing or not a real date, or lies after
// today when `not_future`.
std::optional<Date> CheckDay(std::vector<FieldError>& errors, const std::string& field,
                             const std::string& text, const Date& today, bool not_future) {
  const std::string t = Trim(text);
  if (t.empty()) {
    errors.push_back({field, Required()});
    return std::nullopt;
  }
  auto d = ParseDate(t);
  if (!d) {
    errors.push_back({field, NotADate()});
    return std::nullopt;
  }
  if (not_future && *d > today) {
    errors.push_back({field, DateInFuture()});
    return std::nullopt;
  }
  return d;
}

const Member* Child(const Family& family, std::string_view id) {
  const Member* m = FindMemberIn(family, id);
  return m && m->role == MemberRole::kChild ? m : nullptr;
}

// The last 18th birthday among the measure's children (the measure ends then at the latest).
std::optional<Date> LastEighteenth(const MeasureRecord& m, const Family& family) {
  std::optional<Date> last;
  for (const auto& id : m.children) {
    const Member* c = Child(family, id);
    if (!c || c->birth_date.year == 0) continue;
    const Date d = EighteenthBirthday(c->birth_date);
    if (!last || d > *last) last = d;
  }
  return last;
}

std::string_view ArticleOf(MeasureKind k) {
  switch (k) {
    case MeasureKind::kOts:
      return "BW 1:255, 1:258, 1:260";
    case MeasureKind::kVoorlopigeOts:
      return "BW 1:257; Rv 807";
    case MeasureKind::kUithuisplaatsing:
      return "BW 1:265b, 1:265c";
    case MeasureKind::kSpoedmachtiging:
      return "Rv 800(3), 809(3)";
    case MeasureKind::kSchorsingGezag:
      return "BW 1:266-268";
    case MeasureKind::kGezagsbeeindiging:
      return "BW 1:266";
  }
  return "";
}

}  // namespace

std::string_view ToString(MeasureKind v) {
  switch (v) {
    case MeasureKind::kOts:
      return "ots";
    case MeasureKind::kVoorlopigeOts:
      return "voorlopige_ots";
    case MeasureKind::kUithuisplaatsing:
      return "uithuisplaatsing";
    case MeasureKind::kSpoedmachtiging:
      return "spoedmachtiging";
    case MeasureKind::kSchorsingGezag:
      return "schorsing_gezag";
    case MeasureKind::kGezagsbeeindiging:
      return "gezagsbeeindiging";
  }
  return "";
}

std::optional<MeasureKind> ParseMeasureKind(std::string_view s) {
  for (const auto k : kAllMeasureKinds) {
    if (ToString(k) == s) return k;
  }
  return std::nullopt;
}

std::string_view ToString(MeasureStepKind v) {
  switch (v) {
    case MeasureStepKind::kRecorded:
      return "recorded";
    case MeasureStepKind::kExtended:
      return "extended";
    case MeasureStepKind::kEnded:
      return "ended";
  }
  return "";
}

std::string_view ToString(MeasureState v) {
  switch (v) {
    case MeasureState::kScheduled:
      return "scheduled";
    case MeasureState::kRunning:
      return "running";
    case MeasureState::kEnded:
      return "ended";
  }
  return "";
}

std::string_view ToString(Frame v) { return v == Frame::kCompulsory ? "compulsory" : "voluntary"; }

std::string_view ToString(DeadlineKind v) {
  switch (v) {
    case DeadlineKind::kExtensionRequest:
      return "extension_request";
    case DeadlineKind::kRaadNoExtension:
      return "raad_no_extension";
    case DeadlineKind::kUseBy:
      return "use_by";
    case DeadlineKind::kHearing:
      return "hearing";
    case DeadlineKind::kCustodyRequest:
      return "custody_request";
    case DeadlineKind::kEnds:
      return "ends";
    case DeadlineKind::kEighteen:
      return "eighteen";
  }
  return "";
}

bool CanBeMarkedDone(DeadlineKind kind) {
  return kind != DeadlineKind::kEnds && kind != DeadlineKind::kEighteen;
}

std::optional<DeadlineKind> ParseDeadlineKind(std::string_view s) {
  for (const auto k : {DeadlineKind::kExtensionRequest, DeadlineKind::kRaadNoExtension,
                       DeadlineKind::kUseBy, DeadlineKind::kHearing, DeadlineKind::kCustodyRequest,
                       DeadlineKind::kEnds, DeadlineKind::kEighteen}) {
    if (ToString(k) == s) return k;
  }
  return std::nullopt;
}

Date AddMonths(const Date& date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  Date out;
  out.year = index / 12;
  out.month = index % 12 + 1;
  out.day = std::min(date.day, DaysIn(out.year, out.month));
  return out;
}

Date EighteenthBirthday(const Date& birth) {
  Date d{birth.year + 18, birth.month, birth.day};
  if (d.month == 2 && d.day == 29 && !IsLeap(d.year)) d = Date{d.year, 3, 1};
  return d;
}

bool IsExtendable(MeasureKind kind) {
  return kind == MeasureKind::kOts || kind == MeasureKind::kUithuisplaatsing;
}

int MaxMonths(MeasureKind kind, const MeasurePolicy& p) {
  switch (kind) {
    case MeasureKind::kOts:
      return p.ots_max_months;
    case MeasureKind::kVoorlopigeOts:
      return p.vots_max_months;
    case MeasureKind::kUithuisplaatsing:
      return p.placement_max_months;
    case MeasureKind::kSpoedmachtiging:
      return p.emergency_max_months;
    case MeasureKind::kSchorsingGezag:
      return p.suspension_months;
    case MeasureKind::kGezagsbeeindiging:
      return 0;
  }
  return 0;
}

std::optional<Date> EffectiveEnd(const MeasureRecord& m, const Family& family) {
  std::optional<Date> end = m.end;
  if (m.ended_on && (!end || *m.ended_on < *end)) end = m.ended_on;
  if (const auto eighteen = LastEighteenth(m, family); eighteen && (!end || *eighteen < *end)) {
    end = eighteen;
  }
  return end;
}

bool ClampedAtEighteen(const MeasureRecord& m, const Family& family) {
  const auto eighteen = LastEighteenth(m, family);
  return eighteen && (!m.end || *eighteen < *m.end);
}

MeasureState StateOn(const MeasureRecord& m, const Family& family, const Date& today) {
  const auto end = EffectiveEnd(m, family);
  if (end && *end <= today) return MeasureState::kEnded;
  if (today < m.start) return MeasureState::kScheduled;
  return MeasureState::kRunning;
}

Frame FrameOn(const std::vector<MeasureRecord>& measures, const Family& family, const Date& today) {
  for (const auto& m : measures) {
    if (StateOn(m, family, today) == MeasureState::kRunning) return Frame::kCompulsory;
  }
  return Frame::kVoluntary;
}

std::vector<MeasureDeadline> MeasureDeadlines(const MeasureRecord& m, const Family& family,
                                              const Date& today, const MeasurePolicy& p) {
  std::vector<MeasureDeadline> out;
  if (StateOn(m, family, today) == MeasureState::kEnded) return out;
  const auto effective = EffectiveEnd(m, family);
  const auto add = [&](DeadlineKind kind, Date due, int warn_days, std::string_view what,
                       std::string_view article, std::string child = {}) {
    MeasureDeadline d;
    d.kind = kind;
    d.measure_id = m.id;
    d.measure_kind = m.kind;
    d.due = due;
    d.warn_from = AddDays(due, -warn_days);
    d.child_id = std::move(child);
    d.what = what;
    d.article = article;
    d.overdue = due < today;
    for (const auto& done : m.done) {
      if (done.kind == kind && done.due == due) {
        d.done_on = done.done_on;
        d.overdue = false;
      }
    }
    out.push_back(std::move(d));
  };
  // The judge's end, when no 18th birthday comes first.
  const bool judge_end = m.end && effective && *effective == *m.end;
  if (IsExtendable(m.kind) && judge_end) {
    add(DeadlineKind::kExtensionRequest, AddMonths(*m.end, -p.extension_request_months_before_end),
        p.warning_days, "ask the judge to extend it, or let it end",
        m.kind == MeasureKind::kOts ? "BW 1:260" : "BW 1:265c");
    add(DeadlineKind::kRaadNoExtension, AddMonths(*m.end, -p.raad_months_before_end),
        p.warning_days, "no extension wanted: tell the Raad voor de Kinderbescherming",
        "BW 1:265j");
  }
  if (m.kind == MeasureKind::kUithuisplaatsing) {
    add(DeadlineKind::kUseBy, AddMonths(m.start, p.placement_use_months), p.short_warning_days,
        "place the child, or the authorisation lapses", "BW 1:265c");
  }
  if (m.kind == MeasureKind::kSpoedmachtiging) {
    // Two weeks from the order itself (Rv 800(3)), whenever its start was set.
    const Date due = AddDays(m.ruling_date, p.emergency_hearing_days);
    add(DeadlineKind::kHearing, due, p.emergency_hearing_days,
        "the judge hears the parents and the child, or the order lapses", "Rv 800(3), 809(3)");
  }
  if (m.kind == MeasureKind::kSchorsingGezag) {
    add(DeadlineKind::kCustodyRequest, AddMonths(m.start, p.suspension_months),
        p.short_warning_days, "ask the judge to end custody, or the suspension lapses", "BW 1:268");
  }
  if (!IsExtendable(m.kind) && judge_end) {
    add(DeadlineKind::kEnds, *m.end, p.short_warning_days, "the measure ends", ArticleOf(m.kind));
  }
  // A measure never runs past 18: the day each child it concerns turns 18, when that comes
  // before its end.
  for (const auto& id : m.children) {
    const Member* c = Child(family, id);
    if (!c || c->birth_date.year == 0) continue;
    const Date eighteen = EighteenthBirthday(c->birth_date);
    if (m.end && eighteen >= *m.end) continue;
    if (m.ended_on && eighteen >= *m.ended_on) continue;
    add(DeadlineKind::kEighteen, eighteen, p.warning_days,
        "the child turns 18: the measure ends for them", "BW 1:233", id);
  }
  std::stable_sort(out.begin(), out.end(), [](const MeasureDeadline& a, const MeasureDeadline& b) {
    return a.due < b.due;
  });
  return out;
}

std::vector<MeasureDeadline> AllDeadlines(const std::vector<MeasureRecord>& measures,
                                          const Family& family, const Date& today,
                                          const MeasurePolicy& policy) {
  std::vector<MeasureDeadline> out;
  for (const auto& m : measures) {
    auto more = MeasureDeadlines(m, family, today, policy);
    out.insert(out.end(), more.begin(), more.end());
  }
  std::stable_sort(out.begin(), out.end(), [](const MeasureDeadline& a, const MeasureDeadline& b) {
    return a.due < b.due;
  });
  return out;
}

std::vector<FieldError> CheckNewMeasure(const Family& family, const NewMeasureInput& in,
                                        const Date& today, bool decision_taken, MeasureRecord& out,
                                        const MeasurePolicy& policy) {
  std::vector<FieldError> errors;
  const auto kind = ParseMeasureKind(Trim(in.kind));
  if (!kind) errors.push_back({"kind", NotOneOf(ValueList::kMeasureKind)});
  std::set<std::string> seen;
  std::optional<Date> first_eighteen;
  if (in.children.empty()) {
    errors.push_back({"children", Required("names at least one child")});
  }
  for (std::size_t i = 0; i < in.children.size(); ++i) {
    const std::string field = "children[" + std::to_string(i) + "]";
    const std::string id = Trim(in.children[i]);
    const Member* m = FindMemberIn(family, id);
    if (!m) {
      errors.push_back({field, NotAMember()});
    } else if (m->role != MemberRole::kChild) {
      errors.push_back({field, FieldCode::kInvalid, "is not a child of this family"});
    } else if (!seen.insert(id).second) {
      errors.push_back({field, FieldCode::kDuplicate, "is named twice"});
    } else if (m->birth_date.year != 0) {
      const Date e = EighteenthBirthday(m->birth_date);
      if (!first_eighteen || e < *first_eighteen) first_eighteen = e;
    }
  }
  const auto ruling = CheckDay(errors, "ruling_date", in.ruling_date, today, true);
  const auto start = CheckDay(errors, "start", in.start, today, false);
  if (ruling && start && *start < *ruling) {
    errors.push_back({"start",
                      FieldCode::kDateBeforeStart,
                      "may not lie before the judge's ruling",
                      {{"start", FormatDate(*ruling)}}});
  }
  // A measure never runs past 18: none starts on or after a child's 18th birthday.
  if (start && first_eighteen && *start >= *first_eighteen) {
    errors.push_back({"start",
                      FieldCode::kChildTooOld,
                      "lies on or after a child's 18th birthday (" + FormatDate(*first_eighteen) +
                          "): a measure ends at 18",
                      {{"max", std::int64_t{17}}}});
  }
  std::optional<Date> end;
  if (kind == MeasureKind::kGezagsbeeindiging) {
    if (!Trim(in.end).empty()) {
      errors.push_back(
          {"end", FieldCode::kInvalid, "a gezagsbeëindiging has no end date: it holds until 18"});
    }
  } else if (kind) {
    end = CheckDay(errors, "end", in.end, today, false);
    if (end && start && *end <= *start) {
      errors.push_back({"end",
                        FieldCode::kDateBeforeStart,
                        "must lie after the start",
                        {{"start", FormatDate(*start)}}});
    } else if (end && start && *end > AddMonths(*start, MaxMonths(*kind, policy))) {
      errors.push_back({"end", FieldCode::kInvalid,
                        "lies after the longest this measure may run: " +
                            std::to_string(MaxMonths(*kind, policy)) + " months from the start (" +
                            FormatDate(AddMonths(*start, MaxMonths(*kind, policy))) + ")"});
    }
  }
  // The parents it concerns: required where it is about their custody.
  const bool parents_required =
      kind == MeasureKind::kSchorsingGezag || kind == MeasureKind::kGezagsbeeindiging;
  if (parents_required && in.parents.empty()) {
    errors.push_back({"parents", Required("names the parent whose custody it concerns")});
  }
  std::set<std::string> seen_parents;
  for (std::size_t i = 0; i < in.parents.size(); ++i) {
    const std::string field = "parents[" + std::to_string(i) + "]";
    const std::string id = Trim(in.parents[i]);
    const Member* m = FindMemberIn(family, id);
    if (!m) {
      errors.push_back({field, NotAMember()});
    } else if (m->role != MemberRole::kParent && m->role != MemberRole::kCarer) {
      errors.push_back({field, FieldCode::kInvalid, "is not a parent or carer of this family"});
    } else if (!std::ranges::any_of(family.custody, [&](const Custody& c) {
                 // A parent of one of the measure's children (with or without custody); a carer
                 // only with custody of one of them (privacy review of issue 12 item 4).
                 return c.parent_id == id && (m->role == MemberRole::kParent || c.has_custody) &&
                        std::ranges::any_of(in.children, [&](const std::string& child) {
                          return Trim(child) == c.child_id;
                        });
               })) {
      errors.push_back({field, FieldCode::kInvalid,
                        "is not a parent (or a carer with custody) of a child this measure is "
                        "about"});
    } else if (!seen_parents.insert(id).second) {
      errors.push_back({field, FieldCode::kDuplicate, "is named twice"});
    }
  }
  const bool threats_required = kind == MeasureKind::kOts || kind == MeasureKind::kVoorlopigeOts;
  CheckWords(errors, "threats", in.threats, kMaxMeasureTextChars, threats_required);
  if (!Trim(in.decision_id).empty() && !decision_taken) {
    errors.push_back({"decision_id",
                      FieldCode::kUnknownId,
                      "is not a decision taken in this file",
                      {{"of", std::string("decision")}}});
  }
  if (!errors.empty()) return errors;
  out.kind = *kind;
  out.children.clear();
  for (const auto& c : in.children) out.children.push_back(Trim(c));
  out.parents.clear();
  for (const auto& p : in.parents) out.parents.push_back(Trim(p));
  out.ruling_date = *ruling;
  out.start = *start;
  out.end = end;
  out.threats = Trim(in.threats);
  out.decision_id = Trim(in.decision_id);
  return errors;
}

std::vector<FieldError> CheckExtension(const MeasureRecord& m, const Family& family,
                                       const std::string& ruling_date, const std::string& new_end,
                                       const std::string& reason, const Date& today,
                                       std::optional<Error>& precondition, Date& ruling_out,
                                       Date& end_out, const MeasurePolicy& policy) {
  std::vector<FieldError> errors;
  if (!IsExtendable(m.kind) || !m.end) {
    precondition = Error{Code::kFailedPrecondition,
                         "This measure cannot be extended: only an OTS and an authorisation of "
                         "out-of-home placement are. Record a new measure instead.",
                         {}};
    return errors;
  }
  if (StateOn(m, family, today) == MeasureState::kEnded) {
    precondition = Error{Code::kFailedPrecondition,
                         "This measure has ended: it is not extended any more. Record a new "
                         "measure instead.",
                         {}};
    return errors;
  }
  const auto ruling = CheckDay(errors, "ruling_date", ruling_date, today, true);
  if (ruling && *ruling < m.ruling_date) {
    errors.push_back({"ruling_date",
                      FieldCode::kDateBeforeStart,
                      "may not lie before the ruling that stands",
                      {{"start", FormatDate(m.ruling_date)}}});
  }
  const auto end = CheckDay(errors, "end", new_end, today, false);
  const int months =
      m.kind == MeasureKind::kOts ? policy.ots_extension_max_months : policy.placement_max_months;
  if (end && *end <= *m.end) {
    errors.push_back({"end",
                      FieldCode::kDateBeforeStart,
                      "must lie after the end that stands",
                      {{"start", FormatDate(*m.end)}}});
  } else if (end && *end > AddMonths(*m.end, months)) {
    errors.push_back({"end", FieldCode::kInvalid,
                      "extends by more than " + std::to_string(months) + " months (at most " +
                          FormatDate(AddMonths(*m.end, months)) + ")"});
  }
  CheckWords(errors, "reason", reason, kMaxMeasureReasonChars, false);
  if (ruling) ruling_out = *ruling;
  if (end) end_out = *end;
  return errors;
}

std::vector<FieldError> CheckEnd(const MeasureRecord& m, const Family& family,
                                 const std::string& ended_on, const std::string& reason,
                                 const Date& today, std::optional<Error>& precondition,
                                 Date& ended_out) {
  std::vector<FieldError> errors;
  if (m.ended_on || StateOn(m, family, today) == MeasureState::kEnded) {
    precondition = Error{Code::kFailedPrecondition, "This measure has ended already.", {}};
    return errors;
  }
  const auto day = CheckDay(errors, "ended_on", ended_on, today, true);
  if (day && *day < m.start) {
    errors.push_back({"ended_on",
                      FieldCode::kDateBeforeStart,
                      "may not lie before the start of the measure",
                      {{"start", FormatDate(m.start)}}});
  }
  CheckWords(errors, "reason", reason, kMaxMeasureReasonChars, true);
  if (day) ended_out = *day;
  return errors;
}

std::vector<FieldError> CheckDeadlineDone(const MeasureRecord& m, const Family& family,
                                          const std::string& deadline, const std::string& due,
                                          const std::string& done_on, const std::string& note,
                                          const Date& today, std::optional<Error>& precondition,
                                          DeadlineDone& out, const MeasurePolicy& policy) {
  std::vector<FieldError> errors;
  const auto kind = ParseDeadlineKind(Trim(deadline));
  if (Trim(deadline).empty()) {
    errors.push_back({"deadline", Required()});
  } else if (!kind || !CanBeMarkedDone(*kind)) {
    errors.push_back({"deadline", FieldCode::kInvalid,
                      "is not a deadline that can be marked done (extension_request, "
                      "raad_no_extension, use_by, hearing, custody_request)"});
  }
  const auto due_day = CheckDay(errors, "due", due, today, false);
  const auto day = CheckDay(errors, "done_on", done_on, today, true);
  CheckWords(errors, "note", note, kMaxMeasureReasonChars, false);
  if (!errors.empty()) return errors;
  const MeasureDeadline* found = nullptr;
  const auto open = MeasureDeadlines(m, family, today, policy);
  for (const auto& d : open) {
    if (d.kind == *kind && d.due == *due_day) found = &d;
  }
  if (!found) {
    errors.push_back({"due", FieldCode::kInvalid,
                      "is not the due date of an open deadline of this kind of this measure"});
    return errors;
  }
  if (found->done_on) {
    precondition =
        Error{Code::kFailedPrecondition,
              "This deadline was marked done already, on " + FormatDate(*found->done_on) + ".",
              {}};
    return errors;
  }
  out.kind = *kind;
  out.due = *due_day;
  out.done_on = *day;
  out.note = Trim(note);
  return errors;
}

std::vector<std::string> DefaultParents(const Family& family) {
  std::vector<std::string> out;
  for (const auto& member : family.members) {
    if (member.role != MemberRole::kParent && member.role != MemberRole::kCarer) continue;
    for (const auto& c : family.custody) {
      if (c.parent_id == member.id && c.has_custody) {
        out.push_back(member.id);
        break;
      }
    }
  }
  return out;
}

Decision DecideMeasureEditor(const Family& family, const AccessQuery& query) {
  return DecideMapEditor(family, query);
}

Decision DecideMeasures(const Family& family, const AccessQuery& query) {
  return DecideSafetyMap(family, query);
}

namespace {

bool NamesParent(const MeasureRecord& m, std::string_view member_id) {
  return std::find(m.parents.begin(), m.parents.end(), member_id) != m.parents.end();
}

}  // namespace

Decision DecideMeasures(const Family& family, const AccessQuery& query,
                        const std::vector<MeasureRecord>& all) {
  Decision d = DecideMeasures(family, query);
  if (d.allowed) return d;
  const auto* member = std::get_if<MemberViewer>(&query.viewer);
  if (!member) return d;
  for (const auto& m : all) {
    if (NamesParent(m, member->member_id)) return {true, Reason::kSummaryRight, false};
  }
  return d;
}

std::vector<MeasureRecord> VisibleMeasures(const Family& family, const AccessQuery& query,
                                           const std::vector<MeasureRecord>& all) {
  std::vector<MeasureRecord> out;
  const auto* member = std::get_if<MemberViewer>(&query.viewer);
  const bool reads_file = DecideMeasures(family, query).allowed;
  for (const auto& m : all) {
    if (member) {
      const EntryAudience entry{m.id, m.children, std::nullopt, m.seq,
                                AmsterdamDate(m.recorded_at)};
      const bool visible =
          reads_file && DecideEntry(family, query, entry, {}).visibility == Visibility::kVisible;
      if (!visible) {
        if (!NamesParent(m, member->member_id)) continue;
        // The right to important information: the ruling, not the child's file.
        MeasureRecord summary = m;
        // Only the reader's own children: a half-sibling's name and 18th birthday (so their
        // birth date) are not this parent's to read (privacy review of issue 12 item 4).
        std::erase_if(summary.children, [&](const std::string& child) {
          return !std::ranges::any_of(family.custody, [&](const Custody& c) {
            return c.parent_id == member->member_id && c.child_id == child;
          });
        });
        if (summary.children.empty()) continue;
        summary.threats.clear();
        summary.decision_id.clear();
        summary.ended_reason.clear();
        summary.history.clear();
        for (auto& done : summary.done) done.note.clear();
        summary.summary_only = true;
        out.push_back(std::move(summary));
        continue;
      }
    }
    out.push_back(m);
  }
  return out;
}

const MeasureRecord* FindMeasure(const std::vector<MeasureRecord>& all, std::string_view id) {
  for (const auto& m : all) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

}  // namespace stip::domain
