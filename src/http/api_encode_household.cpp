// JSON shapes of the household and who is involved (issue 10), shared by the household view,
// the overview and "Ons gezin".
#include "http/api.h"
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

json::value NameOr(const std::map<std::string, std::string>& names, const std::string& id) {
  const auto it = names.find(id);
  return it == names.end() ? json::value(nullptr) : json::value(it->second);
}

}  // namespace

json::array EncodeInvolved(const std::vector<app::InvolvedProfessional>& involved,
                           bool with_reason) {
  json::array out;
  for (const auto& i : involved) {
    json::object line{{"user_id", i.involvement.user_id},
                      {"role", domain::ToString(i.involvement.role)},
                      {"since", domain::FormatTimestamp(i.involvement.started_at)},
                      {"professional", EncodeFace(i.professional)}};
    // Why a professional joined is the team's business, not every family member's.
    if (with_reason) line["reason"] = i.involvement.reason;
    out.push_back(std::move(line));
  }
  return out;
}

json::array EncodeChanges(const std::vector<domain::HouseholdChange>& changes,
                          const std::map<std::string, std::string>& names) {
  json::array out;
  for (const auto& c : changes) {
    json::object line{
        {"seq", c.seq},         {"at", domain::FormatTimestamp(c.at)},      {"kind", c.kind},
        {"subject", c.subject}, {"subject_name", NameOr(names, c.subject)}, {"reason", c.reason},
        {"by", c.actor},        {"by_name", NameOr(names, c.actor)}};
    if (!c.other.empty()) line["other"] = c.other;
    if (c.kind == "custody.set") {
      line["other_name"] = NameOr(names, c.other);
      line["has_custody"] = c.flag;
    }
    if (!c.on_date.empty()) line["on_date"] = c.on_date;
    out.push_back(std::move(line));
  }
  return out;
}

void AddLeftFields(json::object& member, const domain::Member& m) {
  // The date only: why someone left is told in the changes, to those it concerns.
  member["left_on"] =
      m.left_on ? json::value(domain::FormatDate(*m.left_on)) : json::value(nullptr);
}

json::object EncodeHousehold(const app::HouseholdView& view, domain::Millis now) {
  const domain::Date today = domain::DateOf(now);
  json::array members;
  for (const auto& m : view.family.members) {
    json::object member{{"id", m.id},
                        {"name", m.name},
                        {"role", domain::ToString(m.role)},
                        {"birth_date", domain::FormatDate(m.birth_date)},
                        {"age", domain::AgeOn(m.birth_date, today)}};
    AddLeftFields(member, m);
    if (m.left_on) member["left_reason"] = m.left_reason;  // professionals read why
    if (const auto reads = view.reads.find(m.id); reads != view.reads.end()) {
      member["reads"] = domain::ToString(reads->second);
    }
    members.push_back(std::move(member));
  }
  json::array custody;
  for (const auto& c : view.family.custody) {
    json::object pair{
        {"parent_id", c.parent_id}, {"child_id", c.child_id}, {"has_custody", c.has_custody}};
    if (c.ruling_date) pair["ruling_date"] = domain::FormatDate(*c.ruling_date);
    if (!c.reason.empty()) pair["reason"] = c.reason;
    custody.push_back(std::move(pair));
  }
  return json::object{{"family_id", view.family.id},
                      {"family_name", view.family.name},
                      {"my_role", view.my_role},
                      {"may_change_household", view.may_change_household},
                      {"may_manage_involvements", view.may_manage_involvements},
                      {"members", std::move(members)},
                      {"custody", std::move(custody)},
                      {"involved", EncodeInvolved(view.involved, true)},
                      {"changes", EncodeChanges(view.changes, view.names)},
                      {"fixed_face", EncodeFixedFace(view.fixed_face, true)}};
}

}  // namespace stip::http
