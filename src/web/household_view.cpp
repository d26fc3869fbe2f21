#include "web/household_view.h"

#include "web/local_time.h"
#include "web/messages.h"
#include "web/views.h"

namespace stip::web {
namespace {

std::string NameOf(std::string_view locale, const std::map<std::string, std::string>& names,
                   const std::string& id) {
  const auto it = names.find(id);
  return it == names.end() ? std::string(Text(locale, "hh_someone")) : it->second;
}

std::string DateText(std::string_view locale, const std::string& iso) {
  const auto date = domain::ParseDate(iso);
  return date ? FormatLongDate(*date, locale) : iso;
}

}  // namespace

std::string ChangeSentence(std::string_view locale, const domain::HouseholdChange& c,
                           const std::map<std::string, std::string>& names) {
  const std::string name = NameOf(locale, names, c.subject);
  const std::string date = DateText(locale, c.on_date);
  if (c.kind == "member.added") {
    return Fill(Text(locale, "hh_change_added"),
                {{"name", name}, {"role", MemberRoleText(locale, c.other)}});
  }
  if (c.kind == "member.left") {
    return Fill(Text(locale, "hh_change_left"), {{"name", name}, {"date", date}});
  }
  if (c.kind == "member.birth_date_corrected") {
    return Fill(Text(locale, "hh_change_birth"), {{"name", name}, {"date", date}});
  }
  if (c.kind == "custody.set") {
    return Fill(Text(locale, c.flag ? "hh_change_custody_yes" : "hh_change_custody_no"),
                {{"name", name}, {"child", NameOf(locale, names, c.other)}, {"date", date}});
  }
  if (c.kind.starts_with("handover.")) {  // issue 10: subject the new lead, other the old one
    const std::string key = "hh_change_" + c.kind.substr(0, 8) + "_" + c.kind.substr(9);
    return Fill(Text(locale, key), {{"name", name}, {"from", NameOf(locale, names, c.other)}});
  }
  if (c.kind == "involvement.started") {
    return Fill(Text(locale, "hh_change_started"),
                {{"name", name}, {"role", InvolvementRoleText(locale, c.other)}});
  }
  if (c.kind == "network_consent.ended") {  // subject the network member, other the giver
    return Fill(Text(locale, "hh_change_network_ended"), {{"name", name}});
  }
  return Fill(Text(locale, "hh_change_ended"), {{"name", name}});
}

Data ChangesData(std::string_view locale, const std::vector<domain::HouseholdChange>& changes,
                 const std::map<std::string, std::string>& names) {
  Data list{Data::type::list};
  for (const auto& c : changes) {
    Data item;
    item.set("text", ChangeSentence(locale, c, names));
    item.set("reason", c.reason.empty()
                           ? Data(false)
                           : Data(Fill(Text(locale, "hh_change_reason"), {{"reason", c.reason}})));
    item.set("by", Fill(Text(locale, "hh_change_by"), {{"when", FormatDateTime(c.at, locale)},
                                                       {"by", NameOf(locale, names, c.actor)}}));
    list.push_back(item);
  }
  return list;
}

Data InvolvedRow(std::string_view locale, const app::InvolvedProfessional& i) {
  Data item;
  item.set("user_id", i.involvement.user_id);
  item.set("name", i.professional.user.display_name);
  item.set("role", InvolvementRoleText(locale, domain::ToString(i.involvement.role)));
  item.set("team", Opt(i.professional.team ? i.professional.team->name : ""));
  item.set("since", FormatDateTime(i.involvement.started_at, locale));
  return item;
}

Data InvolvedData(std::string_view locale, const std::vector<app::InvolvedProfessional>& involved) {
  Data list{Data::type::list};
  for (const auto& i : involved) list.push_back(InvolvedRow(locale, i));
  return list;
}

}  // namespace stip::web
