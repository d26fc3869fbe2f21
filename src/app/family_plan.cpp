// The family's own plan first (familiegroepsplan, Jeugdwet 4.1.2 and 4.1.3; issue 11 item 2).
// The lead or the duo makes a dated offer and records its outcome; the family writes its plan,
// version by version, from their own accounts; the professionals set their safety conditions
// apart and comment beside a version, but never write the family's plan. Open to the family
// by default, every change one event, every read on the record.
#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <utility>

#include "app/events.h"
#include "app/read_purpose_internal.h"
#include "app/stip.h"
#include "domain/family_plan.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;
using domain::FieldCode;
using domain::FieldError;

namespace {

Status MayManage(const Access& access) {
  const auto d = domain::DecidePlanManager(access.family, access.query);
  if (d.allowed) return {};
  return Fail(Code::kPermissionDenied,
              "Only the lead and the duo make the offer of a family plan and set the safety "
              "conditions (" +
                  std::string(domain::ToString(d.reason)) + ").");
}

// A date as typed: nullopt with a field error when set but not a real date.
std::optional<domain::Date> DateField(std::vector<FieldError>& errors, const std::string& field,
                                      const std::string& typed, bool required) {
  const std::string t = domain::Trim(typed);
  if (t.empty()) {
    if (required) errors.push_back({field, domain::Required()});
    return std::nullopt;
  }
  auto d = domain::ParseDate(t);
  if (!d) errors.push_back({field, domain::NotADate()});
  return d;
}

std::vector<std::string> Trimmed(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) out.push_back(domain::Trim(l));
  return out;
}

// The content of a version as typed, with the problems of what could not be read; then the
// domain's checks on what could, each field reported once.
domain::PlanContent ContentOf(const NewPlanVersion& in, std::vector<FieldError>& errors) {
  domain::PlanContent c;
  const std::string kind = domain::Trim(in.kind);
  if (!kind.empty()) {
    if (auto k = domain::ParsePlanKind(kind)) {
      c.kind = *k;
    } else {
      errors.push_back({"kind", domain::NotOneOf(domain::ValueList::kPlanKind)});
    }
  }
  c.goals = Trimmed(in.goals);
  for (std::size_t i = 0; i < in.actions.size(); ++i) {
    const std::string at = "actions[" + std::to_string(i) + "]";
    const auto& a = in.actions[i];
    domain::PlanAction action{domain::Trim(a.what), domain::OwnerKind::kMember,
                              domain::Trim(a.owner), domain::Date{}};
    const std::string owner_kind = domain::Trim(a.owner_kind);
    if (owner_kind.empty()) {
      errors.push_back({at + ".owner_kind", domain::Required()});
    } else if (auto k = domain::ParseOwnerKind(owner_kind)) {
      action.owner_kind = *k;
    } else {
      errors.push_back({at + ".owner_kind", domain::NotOneOf(domain::ValueList::kOwnerKind)});
    }
    if (auto d = DateField(errors, at + ".due_on", a.due_on, true)) action.due_on = *d;
    c.actions.push_back(std::move(action));
  }
  c.evaluation_on = DateField(errors, "evaluation_on", in.evaluation_on, false);
  c.if_not_working = domain::Trim(in.if_not_working);
  c.rules = Trimmed(in.rules);
  for (const auto& w : in.watchers) {
    c.watchers.push_back({domain::Trim(w.name), domain::Trim(w.reach)});
  }
  c.warning_signs = Trimmed(in.warning_signs);
  std::set<std::string> reported;
  for (const auto& e : errors) reported.insert(e.field);
  for (auto& e : domain::CheckPlanContent(c)) {
    if (!reported.count(e.field)) errors.push_back(std::move(e));
  }
  return c;
}

// The names the plan's pages show: members, their accounts, and the professionals.
Status NamePeople(const Access& access, const domain::FamilyPlan& plan,
                  std::map<std::string, std::string>& names,
                  const std::function<Result<Professional>(const std::string&)>& load) {
  for (const auto& m : access.family.members) names[m.id] = m.name;
  std::set<std::string> users;
  if (plan.offer) {
    users.insert(plan.offer->offered_by);
    if (!plan.offer->answered_by.empty()) users.insert(plan.offer->answered_by);
  }
  for (const auto& c : plan.conditions) users.insert(c.set_by);
  for (const auto& c : plan.comments) users.insert(c.added_by);
  for (const auto& v : plan.versions) {
    const auto it = names.find(v.member_id);
    if (it != names.end()) names[v.written_by] = it->second;
  }
  for (const auto& id : users) {
    if (id.starts_with("acc") || id == "system") continue;
    auto pro = load(id);
    if (!pro) {
      if (pro.error().code == Code::kNotFound) continue;
      return tl::unexpected(pro.error());
    }
    names[id] = pro->user.display_name;
  }
  return {};
}

}  // namespace

Result<FamilyPlanView> Stip::FamilyPlanOf(const Principal& who, const std::string& family_id,
                                          const std::string& purpose) {
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  const domain::Decision may = domain::DecidePlanRead(access->family, access->query);
  if (!may.allowed) {
    if (who.IsNetwork()) {
      return Fail(
          domain::Error::NotFound("No family file '" + family_id + "' that you are involved in."));
    }
    return Fail(Code::kPermissionDenied, "You may not read the plan of this file (" +
                                             std::string(domain::ToString(may.reason)) + ").");
  }
  auto plan = families_.LoadFamilyPlan(family_id);
  if (!plan) return tl::unexpected(plan.error());
  FamilyPlanView view;
  view.family_id = family_id;
  view.family_name = access->family.name;
  auto withholdings = reactions_.ListWithholdings(family_id);
  if (!withholdings) return tl::unexpected(withholdings.error());
  view.plan = domain::VisiblePlan(access->family, access->query, *plan, *withholdings);
  if (view.plan.offer) view.professional_plan_due = domain::ProfessionalPlanDue(*view.plan.offer);
  view.may_manage =
      !who.IsFamily() && domain::DecidePlanManager(access->family, access->query).allowed;
  view.may_comment =
      !who.IsFamily() && domain::DecidePlanCommenter(access->family, access->query).allowed;
  const auto writer = domain::DecidePlanWriter(access->family, access->query);
  const bool accepted =
      view.plan.offer && view.plan.offer->outcome == domain::OfferOutcome::kAccepted;
  view.may_write = writer.allowed && accepted;
  view.write_reason = writer.reason;
  if (auto named = NamePeople(*access, view.plan, view.names,
                              [this](const std::string& id) { return LoadProfessional(id); });
      !named) {
    return tl::unexpected(named.error());
  }
  if (auto r = LogRead(who, family_id, access->role, "family_plan",
                       PurposeOfRead(who, access->role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Result<PlanCompareView> Stip::ComparePlan(const Principal& who, const std::string& family_id,
                                          int from, int to, const std::string& purpose) {
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  const domain::Decision may = domain::DecidePlanRead(access->family, access->query);
  if (!may.allowed) {
    if (who.IsNetwork()) return Fail(domain::Error::NotFound("No such family file."));
    return Fail(Code::kPermissionDenied, "You may not read the plan of this file (" +
                                             std::string(domain::ToString(may.reason)) + ").");
  }
  std::vector<FieldError> errors;
  for (const auto& [field, n] : {std::pair{"from", from}, std::pair{"to", to}}) {
    if (n >= 1) continue;
    errors.push_back({field,
                      FieldCode::kOutOfRange,
                      "must be a version number: a whole number from 1",
                      {{"min", std::int64_t{1}}}});
  }
  if (!errors.empty()) {
    return Fail(domain::Error::Invalid("Which two versions are to be compared?", errors));
  }
  auto plan = families_.LoadFamilyPlan(family_id);
  if (!plan) return tl::unexpected(plan.error());
  auto withholdings = reactions_.ListWithholdings(family_id);
  if (!withholdings) return tl::unexpected(withholdings.error());
  const auto visible = domain::VisiblePlan(access->family, access->query, *plan, *withholdings);
  const auto* a = domain::FindVersion(visible, from);
  const auto* b = domain::FindVersion(visible, to);
  if (!a || !b) {
    return Fail(domain::Error::NotFound("The plan has no version " + std::to_string(a ? to : from) +
                                        " that you may read."));
  }
  PlanCompareView view;
  view.family_id = family_id;
  view.family_name = access->family.name;
  view.from = *a;
  view.to = *b;
  view.changes = domain::ComparePlanVersions(a->content, b->content);
  if (auto named = NamePeople(*access, visible, view.names,
                              [this](const std::string& id) { return LoadProfessional(id); });
      !named) {
    return tl::unexpected(named.error());
  }
  if (auto r = LogRead(who, family_id, access->role, "family_plan",
                       PurposeOfRead(who, access->role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Status Stip::OfferFamilyPlan(const Principal& who, const std::string& family_id,
                             const NewPlanOffer& offer) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayManage(*access); !may) return tl::unexpected(may.error());
    std::vector<FieldError> errors;
    const auto on = DateField(errors, "offered_on", offer.offered_on, true);
    if (errors.empty())
      errors = domain::CheckOffer(on, domain::Trim(offer.words), access->query.today);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The offer cannot be recorded like this.", errors));
    }
    auto plan = families_.LoadFamilyPlan(family_id);
    if (!plan) return tl::unexpected(plan.error());
    if (plan->offer) {
      return Fail(Code::kFailedPrecondition,
                  "The family was offered to make their own plan already, on " +
                      domain::FormatDate(plan->offer->offered_on) + ".");
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::PlanOffered{.offered_on = domain::FormatDate(*on),
                                                       .words = domain::Trim(offer.words)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::AnswerPlanOffer(const Principal& who, const std::string& family_id,
                             const PlanOfferOutcome& input) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayManage(*access); !may) return tl::unexpected(may.error());
    auto plan = families_.LoadFamilyPlan(family_id);
    if (!plan) return tl::unexpected(plan.error());
    if (!plan->offer) {
      return Fail(Code::kFailedPrecondition,
                  "No offer of a family plan yet: record the offer first.");
    }
    if (plan->offer->outcome != domain::OfferOutcome::kOpen) {
      return Fail(Code::kFailedPrecondition,
                  "The offer was answered already (" +
                      std::string(domain::ToString(plan->offer->outcome)) + ").");
    }
    domain::OfferAnswer a;
    const std::string outcome = domain::Trim(input.outcome);
    a.outcome_given = !outcome.empty();
    a.outcome = domain::ParseOfferOutcome(outcome);
    const std::string decided = domain::Trim(input.decided_on);
    a.decided_on_given = !decided.empty();
    a.decided_on = domain::ParseDate(decided);
    const std::string expected = domain::Trim(input.expected_by);
    a.expected_by_given = !expected.empty();
    a.expected_by = domain::ParseDate(expected);
    const std::string ground = domain::Trim(input.ground);
    a.ground_given = !ground.empty();
    a.ground = domain::ParseWaiverGround(ground);
    a.reason = domain::Trim(input.reason);
    auto errors = domain::CheckOfferAnswer(*plan->offer, a, access->query.today);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The outcome cannot be recorded like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, access->query.now,
        events::PlanOfferAnswered{
            .outcome = std::string(domain::ToString(*a.outcome)),
            .decided_on = domain::FormatDate(*a.decided_on),
            .expected_by = a.expected_by ? domain::FormatDate(*a.expected_by) : std::string(),
            .ground = a.ground ? std::string(domain::ToString(*a.ground)) : std::string(),
            .reason = a.reason}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<int> Stip::WritePlanVersion(const Principal& who, const std::string& family_id,
                                   const NewPlanVersion& input) {
  int number = 0;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    const auto may = domain::DecidePlanWriter(access->family, access->query);
    if (!may.allowed) {
      if (who.IsNetwork()) return Fail(domain::Error::NotFound("No such family file."));
      if (!who.IsFamily()) {
        // Professionals comment; the family's plan is the family's own.
        return Fail(Code::kPermissionDenied,
                    "The family writes their own plan; professionals comment on it (POST "
                    ".../plan/comments) and never change it.");
      }
      return Fail(Code::kPermissionDenied, "You may not write the plan of this file (" +
                                               std::string(domain::ToString(may.reason)) + ").");
    }
    auto plan = families_.LoadFamilyPlan(family_id);
    if (!plan) return tl::unexpected(plan.error());
    if (!plan->offer || plan->offer->outcome != domain::OfferOutcome::kAccepted) {
      return Fail(Code::kFailedPrecondition,
                  "The family writes their own plan once they accepted the offer to make it.");
    }
    std::vector<FieldError> errors;
    const auto content = ContentOf(input, errors);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The plan cannot be saved like this.", errors));
    }
    number = plan->versions.empty() ? 1 : plan->versions.back().number + 1;
    events::PlanVersionWritten ev{.version = std::to_string(number),
                                  .kind = std::string(domain::ToString(content.kind)),
                                  .member_id = who.account->member_id};
    ev.goals = content.goals;
    for (const auto& a : content.actions) {
      ev.action_what.push_back(a.what);
      ev.action_owner_kind.emplace_back(domain::ToString(a.owner_kind));
      ev.action_owner.push_back(a.owner);
      ev.action_due_on.push_back(domain::FormatDate(a.due_on));
    }
    if (content.evaluation_on) ev.evaluation_on = domain::FormatDate(*content.evaluation_on);
    ev.if_not_working = content.if_not_working;
    ev.rules = content.rules;
    for (const auto& w : content.watchers) {
      ev.watcher_name.push_back(w.name);
      ev.watcher_reach.push_back(w.reach);
    }
    ev.warning_signs = content.warning_signs;
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now, std::move(ev)));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return number;
}

Status Stip::SetPlanConditions(const Principal& who, const std::string& family_id,
                               const std::vector<std::string>& conditions) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayManage(*access); !may) return tl::unexpected(may.error());
    std::vector<std::string> lines;
    std::vector<FieldError> errors;
    if (conditions.size() > domain::kMaxPlanItems) {
      errors.push_back({"conditions",
                        FieldCode::kTooMany,
                        "holds too many items",
                        {{"max", static_cast<std::int64_t>(domain::kMaxPlanItems)}}});
    }
    for (std::size_t i = 0; i < conditions.size() && errors.empty(); ++i) {
      lines.push_back(domain::Trim(conditions[i]));
      if (auto p = domain::CheckText(lines.back(), domain::kMaxPlanTextChars, true, true)) {
        errors.push_back({"conditions[" + std::to_string(i) + "]", std::move(*p)});
      }
    }
    if (!errors.empty()) {
      return Fail(
          domain::Error::Invalid("The safety conditions cannot be saved like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::PlanConditionsSet{.conditions = std::move(lines)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<std::string> Stip::CommentOnPlan(const Principal& who, const std::string& family_id,
                                        int version, const std::string& words) {
  const std::string id = ids_.NewId("pcm");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    const auto may = domain::DecidePlanCommenter(access->family, access->query);
    if (!may.allowed) {
      return Fail(Code::kPermissionDenied,
                  "Only an involved professional comments on the family's plan (" +
                      std::string(domain::ToString(may.reason)) + ").");
    }
    auto plan = families_.LoadFamilyPlan(family_id);
    if (!plan) return tl::unexpected(plan.error());
    std::vector<FieldError> errors;
    if (!domain::FindVersion(*plan, version)) {
      errors.push_back({"version", domain::UnknownId("version of the plan")});
    }
    const std::string text = domain::Trim(words);
    if (auto p = domain::CheckText(text, domain::kMaxPlanTextChars, true, true)) {
      errors.push_back({"words", std::move(*p)});
    }
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The comment cannot be added like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, access->query.now,
        events::PlanCommented{.id = id, .version = std::to_string(version), .words = text}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

}  // namespace stip::app
