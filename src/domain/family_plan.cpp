#include "domain/family_plan.h"

#include <algorithm>
#include <utility>
#include <variant>

#include "domain/household.h"
#include "domain/local_time.h"
#include "domain/safety_map.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

void CheckWords(std::vector<FieldError>& out, const std::string& field, const std::string& words,
                std::size_t max, bool required) {
  if (auto p = CheckText(words, max, required, max > kMaxPlanLineChars)) {
    out.emplace_back(field, std::move(*p));
  }
}

void CheckCount(std::vector<FieldError>& out, const char* field, std::size_t n) {
  if (n > kMaxPlanItems) {
    out.push_back({field,
                   FieldCode::kTooMany,
                   "holds too many items: at most " + std::to_string(kMaxPlanItems),
                   {{"max", static_cast<std::int64_t>(kMaxPlanItems)}}});
  }
}

void CheckLines(std::vector<FieldError>& out, const char* field,
                const std::vector<std::string>& lines) {
  CheckCount(out, field, lines.size());
  for (std::size_t i = 0; i < lines.size() && i < kMaxPlanItems; ++i) {
    CheckWords(out, std::string(field) + "[" + std::to_string(i) + "]", lines[i], kMaxPlanTextChars,
               true);
  }
}

// The lines of `from` not in `to` (removed) and of `to` not in `from` (added), in order.
FieldChange Diff(std::string field, const std::vector<std::string>& from,
                 const std::vector<std::string>& to) {
  FieldChange c{std::move(field), {}, {}};
  std::vector<std::string> rest = to;
  for (const auto& line : from) {
    auto it = std::find(rest.begin(), rest.end(), line);
    if (it == rest.end()) {
      c.removed.push_back(line);
    } else {
      rest.erase(it);
    }
  }
  std::vector<std::string> left = from;
  for (const auto& line : to) {
    auto it = std::find(left.begin(), left.end(), line);
    if (it == left.end()) {
      c.added.push_back(line);
    } else {
      left.erase(it);
    }
  }
  return c;
}

std::vector<std::string> One(const std::string& s) {
  if (s.empty()) return {};
  return {s};
}

}  // namespace

std::string_view ToString(OfferOutcome v) {
  switch (v) {
    case OfferOutcome::kAccepted:
      return "accepted";
    case OfferOutcome::kDeclined:
      return "declined";
    case OfferOutcome::kWaived:
      return "waived";
    case OfferOutcome::kOpen:
      break;
  }
  return "open";
}

std::optional<OfferOutcome> ParseOfferOutcome(std::string_view s) {
  if (s == "accepted") return OfferOutcome::kAccepted;
  if (s == "declined") return OfferOutcome::kDeclined;
  if (s == "waived") return OfferOutcome::kWaived;
  return std::nullopt;
}

std::string_view ToString(WaiverGround v) {
  return v == WaiverGround::kConcreteThreat ? "concrete_threat" : "child_interest";
}

std::optional<WaiverGround> ParseWaiverGround(std::string_view s) {
  if (s == "concrete_threat") return WaiverGround::kConcreteThreat;
  if (s == "child_interest") return WaiverGround::kChildInterest;
  return std::nullopt;
}

std::string_view ToString(PlanKind v) { return v == PlanKind::kSafety ? "safety" : "family"; }

std::optional<PlanKind> ParsePlanKind(std::string_view s) {
  if (s == "family") return PlanKind::kFamily;
  if (s == "safety") return PlanKind::kSafety;
  return std::nullopt;
}

std::string_view ToString(OwnerKind v) {
  switch (v) {
    case OwnerKind::kNetwork:
      return "network";
    case OwnerKind::kProfessional:
      return "professional";
    case OwnerKind::kMember:
      break;
  }
  return "member";
}

std::optional<OwnerKind> ParseOwnerKind(std::string_view s) {
  if (s == "member") return OwnerKind::kMember;
  if (s == "network") return OwnerKind::kNetwork;
  if (s == "professional") return OwnerKind::kProfessional;
  return std::nullopt;
}

std::optional<Date> ProfessionalPlanDue(const PlanOffer& offer) {
  if (!offer.decided_on) return std::nullopt;
  if (offer.outcome != OfferOutcome::kDeclined && offer.outcome != OfferOutcome::kWaived) {
    return std::nullopt;
  }
  return AddDays(*offer.decided_on, kProfessionalPlanDays);
}

std::vector<FieldError> CheckOffer(const std::optional<Date>& offered_on, const std::string& words,
                                   const Date& today) {
  std::vector<FieldError> errors;
  if (!offered_on) {
    errors.push_back({"offered_on", NotADate()});
  } else if (*offered_on > today) {
    errors.push_back({"offered_on", DateInFuture()});
  }
  CheckWords(errors, "words", words, kMaxPlanTextChars, false);
  return errors;
}

std::vector<FieldError> CheckOfferAnswer(const PlanOffer& offer, const OfferAnswer& a,
                                         const Date& today) {
  std::vector<FieldError> errors;
  if (!a.outcome) {
    errors.push_back(
        {"outcome", a.outcome_given ? NotOneOf(ValueList::kOfferOutcome) : Required()});
  }
  if (!a.decided_on) {
    errors.push_back({"decided_on", a.decided_on_given ? NotADate() : Required()});
  } else if (*a.decided_on > today) {
    errors.push_back({"decided_on", DateInFuture()});
  } else if (*a.decided_on < offer.offered_on) {
    errors.push_back({"decided_on",
                      FieldCode::kDateBeforeStart,
                      "may not lie before the day of the offer",
                      {{"start", FormatDate(offer.offered_on)}}});
  }
  const bool accepted = a.outcome == OfferOutcome::kAccepted;
  const bool waived = a.outcome == OfferOutcome::kWaived;
  if (accepted) {
    if (!a.expected_by) {
      errors.push_back({"expected_by", a.expected_by_given ? NotADate()
                                                           : Required("is required: the date by "
                                                                      "which the family's plan "
                                                                      "is expected")});
    } else if (a.decided_on && *a.expected_by < *a.decided_on) {
      errors.push_back({"expected_by",
                        FieldCode::kDateBeforeStart,
                        "may not lie before the day the offer was accepted",
                        {{"start", FormatDate(*a.decided_on)}}});
    }
  } else if (a.expected_by_given) {
    errors.push_back({"expected_by", FieldCode::kInvalid, "is only for an accepted offer"});
  }
  if (waived) {
    if (!a.ground) {
      errors.push_back({"ground", a.ground_given ? NotOneOf(ValueList::kWaiverGround)
                                                 : Required("is required: the stated ground")});
    }
    CheckWords(errors, "reason", a.reason, kMaxPlanTextChars, true);
  } else {
    if (a.ground_given) {
      errors.push_back({"ground", FieldCode::kInvalid, "is only for a waived offer"});
    }
    CheckWords(errors, "reason", a.reason, kMaxPlanTextChars, false);
  }
  return errors;
}

std::vector<FieldError> CheckPlanContent(const PlanContent& c) {
  std::vector<FieldError> errors;
  if (c.goals.empty()) {
    errors.push_back({"goals",
                      FieldCode::kTooFew,
                      "needs at least one goal, in the family's own words",
                      {{"min", std::int64_t{1}}}});
  }
  CheckLines(errors, "goals", c.goals);
  CheckCount(errors, "actions", c.actions.size());
  for (std::size_t i = 0; i < c.actions.size() && i < kMaxPlanItems; ++i) {
    const std::string at = "actions[" + std::to_string(i) + "]";
    const auto& a = c.actions[i];
    CheckWords(errors, at + ".what", a.what, kMaxPlanTextChars, true);
    CheckWords(errors, at + ".owner", a.owner, kMaxPlanLineChars, true);
    if (a.due_on == Date{}) errors.push_back({at + ".due_on", NotADate()});
  }
  CheckWords(errors, "if_not_working", c.if_not_working, kMaxPlanTextChars, false);
  if (c.kind == PlanKind::kSafety) {
    CheckLines(errors, "rules", c.rules);
    if (c.rules.empty()) {
      errors.push_back({"rules",
                        FieldCode::kTooFew,
                        "a safety plan needs at least one rule",
                        {{"min", std::int64_t{1}}}});
    }
    CheckCount(errors, "watchers", c.watchers.size());
    for (std::size_t i = 0; i < c.watchers.size() && i < kMaxPlanItems; ++i) {
      const std::string at = "watchers[" + std::to_string(i) + "]";
      CheckWords(errors, at + ".name", c.watchers[i].name, kMaxPlanLineChars, true);
      CheckWords(errors, at + ".reach", c.watchers[i].reach, kMaxPlanLineChars, true);
    }
    CheckLines(errors, "warning_signs", c.warning_signs);
  } else {
    const auto only_safety = [&](const char* field, bool present) {
      if (present) {
        errors.push_back({field, FieldCode::kInvalid, "is for a safety plan only (kind safety)"});
      }
    };
    only_safety("rules", !c.rules.empty());
    only_safety("watchers", !c.watchers.empty());
    only_safety("warning_signs", !c.warning_signs.empty());
  }
  return errors;
}

Decision DecidePlanRead(const Family& family, const AccessQuery& query) {
  // The same readers as the safety map: whoever reads the file's entries.
  return DecideSafetyMap(family, query);
}

Decision DecidePlanWriter(const Family& family, const AccessQuery& query) {
  if (std::holds_alternative<NetworkViewer>(query.viewer)) {
    return {false, Reason::kSharedOnly, false};
  }
  const auto* member = std::get_if<MemberViewer>(&query.viewer);
  if (!member) return {false, Reason::kFamilyOnly, false};
  const Decision d = Decide(family, query, Action::kViewEntries);
  if (!d.allowed) return d;
  const Member* m = FindMemberIn(family, member->member_id);
  if (!m) return {false, Reason::kUnknownViewer, false};
  if (m->role == MemberRole::kOtherAdult) return {false, Reason::kNotConcerned, false};
  if (HasLeftHousehold(*m)) return {false, Reason::kWrittenAfterLeaving, false};
  return d;
}

Decision DecidePlanManager(const Family& family, const AccessQuery& query) {
  return DecideMapEditor(family, query);
}

Decision DecidePlanCommenter(const Family& family, const AccessQuery& query) {
  if (!std::holds_alternative<ProfessionalViewer>(query.viewer)) {
    return {false, Reason::kProfessionalsOnly, false};
  }
  return Decide(family, query, Action::kAddEntry);
}

std::string ConditionsId(const SafetyConditions& conditions) {
  return "plan_c" + std::to_string(conditions.seq);
}

std::vector<Withholding> WithConditionsCarried(const FamilyPlan& plan,
                                               std::span<const Withholding> withholdings) {
  std::vector<Withholding> out(withholdings.begin(), withholdings.end());
  for (std::size_t i = 0; i < plan.conditions.size(); ++i) {
    const std::string id = ConditionsId(plan.conditions[i]);
    for (const auto& w : withholdings) {
      if (w.entry_id != id || w.lifted) continue;
      for (std::size_t later = i + 1; later < plan.conditions.size(); ++later) {
        Withholding carried = w;
        carried.entry_id = ConditionsId(plan.conditions[later]);
        out.push_back(std::move(carried));
      }
    }
  }
  return out;
}

FamilyPlan VisiblePlan(const Family& family, const AccessQuery& query, const FamilyPlan& plan,
                       std::span<const Withholding> given) {
  FamilyPlan out = plan;
  const std::vector<Withholding> withholdings = WithConditionsCarried(plan, given);
  // Issue 11 item 6: a withheld comment or set of conditions keeps its place, without its words.
  const auto mark = [&](FamilyPlan& p) {
    for (auto& c : p.comments) {
      if (MarkWithheld(query, c.id, withholdings, p.withheld)) c.words.clear();
    }
    for (auto& c : p.conditions) {
      if (MarkWithheld(query, ConditionsId(c), withholdings, p.withheld)) c.conditions.clear();
    }
  };
  if (!std::holds_alternative<MemberViewer>(query.viewer)) {
    mark(out);
    return out;
  }
  // Each part as an entry about the whole household, judged as any such entry is.
  const auto hidden = [&](const std::string& id, std::int64_t seq, Millis at) {
    const EntryAudience entry{id, {}, std::nullopt, seq, AmsterdamDate(at)};
    return DecideEntry(family, query, entry, {}).visibility != Visibility::kVisible;
  };
  if (out.offer && hidden("plan_offer", out.offer->seq, out.offer->offered_at)) {
    out.offer.reset();
  }
  // The answer is judged on its own: recorded after a member left, it is not theirs to read.
  if (out.offer && out.offer->answered_seq != 0 &&
      hidden("plan_answer", out.offer->answered_seq, out.offer->answered_at)) {
    PlanOffer asked;  // as it stood while they lived there: offered, not answered
    asked.seq = out.offer->seq;
    asked.offered_on = out.offer->offered_on;
    asked.words = out.offer->words;
    asked.offered_by = out.offer->offered_by;
    asked.offered_at = out.offer->offered_at;
    out.offer = std::move(asked);
  }
  std::erase_if(out.versions, [&](const PlanVersion& v) {
    return hidden("plan_v" + std::to_string(v.number), v.seq, v.written_at);
  });
  std::erase_if(out.conditions, [&](const SafetyConditions& c) {
    return hidden(ConditionsId(c), c.seq, c.set_at);
  });
  std::erase_if(out.comments,
                [&](const PlanComment& c) { return hidden(c.id, c.seq, c.added_at); });
  std::erase_if(out.comments, [&](const PlanComment& c) { return !FindVersion(out, c.version); });
  mark(out);
  return out;
}

const PlanVersion* FindVersion(const FamilyPlan& plan, int number) {
  for (const auto& v : plan.versions) {
    if (v.number == number) return &v;
  }
  return nullptr;
}

std::string ActionLine(const PlanAction& a) {
  return a.what + " (" + a.owner + ", " + std::string(ToString(a.owner_kind)) + ", " +
         FormatDate(a.due_on) + ")";
}

std::string WatcherLine(const PlanWatcher& w) { return w.name + " (" + w.reach + ")"; }

std::vector<FieldChange> ComparePlanVersions(const PlanContent& from, const PlanContent& to) {
  const auto actions = [](const PlanContent& c) {
    std::vector<std::string> out;
    for (const auto& a : c.actions) out.push_back(ActionLine(a));
    return out;
  };
  const auto watchers = [](const PlanContent& c) {
    std::vector<std::string> out;
    for (const auto& w : c.watchers) out.push_back(WatcherLine(w));
    return out;
  };
  const auto date = [](const std::optional<Date>& d) {
    return d ? std::vector<std::string>{FormatDate(*d)} : std::vector<std::string>{};
  };
  std::vector<FieldChange> out;
  out.push_back(Diff("kind", {std::string(ToString(from.kind))}, {std::string(ToString(to.kind))}));
  out.push_back(Diff("goals", from.goals, to.goals));
  out.push_back(Diff("actions", actions(from), actions(to)));
  out.push_back(Diff("evaluation_on", date(from.evaluation_on), date(to.evaluation_on)));
  out.push_back(Diff("if_not_working", One(from.if_not_working), One(to.if_not_working)));
  out.push_back(Diff("rules", from.rules, to.rules));
  out.push_back(Diff("watchers", watchers(from), watchers(to)));
  out.push_back(Diff("warning_signs", from.warning_signs, to.warning_signs));
  return out;
}

}  // namespace stip::domain
