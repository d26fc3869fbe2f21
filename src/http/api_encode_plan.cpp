// The family's own plan as JSON (issue 11 item 2): the offer and its outcome (with the term
// for the professionals' plan), every version the reader may read, the professionals' safety
// conditions apart, the comments beside their version; and two versions compared per field.
#include "domain/family_plan.h"
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

json::object Person(const std::map<std::string, std::string>& names, const std::string& id) {
  const auto it = names.find(id);
  return json::object{{"id", id}, {"name", it != names.end() ? it->second : id}};
}

json::value DateOrNull(const std::optional<domain::Date>& d) {
  if (!d) return nullptr;
  return json::value(domain::FormatDate(*d));
}

json::array Strings(const std::vector<std::string>& lines) {
  json::array out;
  for (const auto& l : lines) out.push_back(json::value(l));
  return out;
}

json::object Content(const domain::PlanContent& c) {
  json::array actions;
  for (const auto& a : c.actions) {
    actions.push_back(json::object{{"what", a.what},
                                   {"owner_kind", domain::ToString(a.owner_kind)},
                                   {"owner", a.owner},
                                   {"due_on", domain::FormatDate(a.due_on)}});
  }
  json::object out{{"kind", domain::ToString(c.kind)},
                   {"goals", Strings(c.goals)},
                   {"actions", std::move(actions)},
                   {"evaluation_on", DateOrNull(c.evaluation_on)},
                   {"if_not_working", c.if_not_working}};
  if (c.kind == domain::PlanKind::kSafety) {
    json::array watchers;
    for (const auto& w : c.watchers) {
      watchers.push_back(json::object{{"name", w.name}, {"reach", w.reach}});
    }
    out["rules"] = Strings(c.rules);
    out["watchers"] = std::move(watchers);
    out["warning_signs"] = Strings(c.warning_signs);
  }
  return out;
}

json::object Version(const std::map<std::string, std::string>& names,
                     const domain::PlanVersion& v) {
  json::object out{{"version", v.number},
                   {"written_by", Person(names, v.member_id)},
                   {"written_at", domain::FormatTimestamp(v.written_at)}};
  const json::object content = Content(v.content);
  for (const auto& kv : content) out[kv.key()] = kv.value();
  return out;
}

}  // namespace

json::object EncodeFamilyPlan(const app::FamilyPlanView& v) {
  json::value offer = nullptr;
  if (const auto& o = v.plan.offer) {
    json::object x{{"offered_on", domain::FormatDate(o->offered_on)},
                   {"words", o->words},
                   {"offered_by", Person(v.names, o->offered_by)},
                   {"outcome", domain::ToString(o->outcome)},
                   {"decided_on", DateOrNull(o->decided_on)},
                   {"expected_by", DateOrNull(o->expected_by)},
                   {"ground", o->ground ? json::value(domain::ToString(*o->ground)) : nullptr},
                   {"reason", o->reason},
                   {"professional_plan_due", DateOrNull(v.professional_plan_due)}};
    offer = std::move(x);
  }
  json::array versions;
  for (const auto& ver : v.plan.versions) versions.push_back(Version(v.names, ver));
  json::value conditions = nullptr;
  if (!v.plan.conditions.empty()) {
    const auto& c = v.plan.conditions.back();
    json::object x{{"id", domain::ConditionsId(c)},
                   {"conditions", Strings(c.conditions)},
                   {"set_by", Person(v.names, c.set_by)},
                   {"set_at", domain::FormatTimestamp(c.set_at)}};
    AddWithheld(x, v.plan.withheld, domain::ConditionsId(c));
    conditions = std::move(x);
  }
  json::array comments;
  for (const auto& c : v.plan.comments) {
    json::object x{{"id", c.id},
                   {"version", c.version},
                   {"words", c.words},
                   {"by", Person(v.names, c.added_by)},
                   {"at", domain::FormatTimestamp(c.added_at)}};
    AddWithheld(x, v.plan.withheld, c.id);
    comments.push_back(std::move(x));
  }
  return json::object{
      {"family_id", v.family_id},        {"offer", std::move(offer)},
      {"versions", std::move(versions)}, {"safety_conditions", std::move(conditions)},
      {"comments", std::move(comments)}, {"may_manage", v.may_manage},
      {"may_comment", v.may_comment},    {"may_write", v.may_write}};
}

json::object EncodePlanCompare(const app::PlanCompareView& v) {
  json::array changes;
  for (const auto& c : v.changes) {
    changes.push_back(json::object{{"field", c.field},
                                   {"changed", c.changed()},
                                   {"removed", Strings(c.removed)},
                                   {"added", Strings(c.added)}});
  }
  return json::object{{"family_id", v.family_id},
                      {"from", Version(v.names, v.from)},
                      {"to", Version(v.names, v.to)},
                      {"changes", std::move(changes)}};
}

}  // namespace stip::http
