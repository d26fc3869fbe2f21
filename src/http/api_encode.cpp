#include "http/api_encode.h"

#include <boost/json/monotonic_resource.hpp>

namespace stip::http {
namespace json = boost::json;
namespace {

// Every value is built with the storage of the document it ends up in (`sp`), so that nothing
// is copied when it is put into its parent.
json::value EncodeTeam(const std::optional<domain::Team>& team, json::storage_ptr sp = {}) {
  if (!team) return json::value(nullptr, sp);
  return json::object({{"id", team->id},
                       {"name", team->name},
                       {"kind", domain::ToString(team->kind)},
                       {"phone", team->phone},
                       {"email", team->email}},
                      sp);
}

json::value EncodeOrganisation(const std::optional<domain::Organisation>& organisation,
                               json::storage_ptr sp = {}) {
  if (!organisation) return json::value(nullptr, sp);
  return json::object({{"id", organisation->id}, {"name", organisation->name}}, sp);
}

json::object EncodeFaceIn(const app::Professional& professional, const json::storage_ptr& sp) {
  return json::object({{"id", professional.user.id},
                       {"display_name", professional.user.display_name},
                       {"team", EncodeTeam(professional.team, sp)},
                       {"organisation", EncodeOrganisation(professional.organisation, sp)},
                       {"phone", professional.user.phone},
                       {"email", professional.user.email}},
                      sp);
}

}  // namespace

json::object EncodeUser(const domain::User& user) {
  return json::object{
      {"id", user.id},           {"username", user.username}, {"display_name", user.display_name},
      {"team_id", user.team_id}, {"admin", user.admin},       {"phone", user.phone},
      {"email", user.email},     {"disabled", user.disabled}};
}

json::array EncodeTokens(const std::vector<app::TokenInfo>& tokens) {
  json::array out;
  for (const auto& t : tokens) {
    out.push_back(json::object{{"id", t.id},
                               {"user_id", t.user_id},
                               {"name", t.name},
                               {"issued_at", domain::FormatTimestamp(t.issued_at)},
                               {"expires_at", domain::FormatTimestamp(t.expires_at)},
                               {"state", t.state}});
  }
  return out;
}

json::array EncodeSessions(const std::vector<app::SessionInfo>& sessions) {
  json::array out;
  for (const auto& s : sessions) {
    out.push_back(json::object{{"created_at", domain::FormatTimestamp(s.created_at)},
                               {"expires_at", domain::FormatTimestamp(s.expires_at)},
                               {"current", s.current}});
  }
  return out;
}

json::object EncodeProfessional(const app::Professional& professional) {
  json::object out = EncodeUser(professional.user);
  out["team"] = EncodeTeam(professional.team);
  out["organisation"] = EncodeOrganisation(professional.organisation);
  return out;
}

json::object EncodeFace(const app::Professional& professional) {
  return EncodeFaceIn(professional, {});
}

json::object EncodeFamilySummary(const domain::FamilySummary& family) {
  return json::object{{"id", family.id},
                      {"name", family.name},
                      {"my_role", family.my_role},
                      {"lead_user_id", family.lead_user_id},
                      {"updated_at", domain::FormatTimestamp(family.updated_at)},
                      {"entry_count", family.entry_count}};
}

json::object EncodeOverview(const app::FamilyOverview& overview, domain::Millis now) {
  const domain::Family& family = overview.family;
  const domain::Date today = domain::DateOf(now);
  // One arena for the whole document (a page of 50 entries is a few hundred values): it is
  // freed in one piece with the returned object, instead of one allocation per value.
  const json::storage_ptr sp =
      json::make_shared_resource<json::monotonic_resource>(4096 + 4096 * overview.entries.size());
  json::array members(sp);
  members.reserve(family.members.size());
  for (const auto& m : family.members) {
    members.push_back(json::object({{"id", m.id},
                                    {"name", m.name},
                                    {"role", domain::ToString(m.role)},
                                    {"birth_date", domain::FormatDate(m.birth_date)},
                                    {"age", domain::AgeOn(m.birth_date, today)}},
                                   sp));
  }
  json::array custody(sp);
  custody.reserve(family.custody.size());
  for (const auto& c : family.custody) {
    custody.push_back(json::object(
        {{"parent_id", c.parent_id}, {"child_id", c.child_id}, {"has_custody", c.has_custody}},
        sp));
  }
  // The entries and their views come in the same order (newest first), the views without the
  // entries this reader is not shown: one walk pairs them.
  json::array entries(sp);
  entries.reserve(overview.entries.size());
  auto view = overview.entry_views.begin();
  for (const auto& e : overview.entries) {
    const auto name = overview.user_names.find(e.author_id);
    json::object entry(
        {{"id", e.id},
         {"seq", e.seq},
         {"kind", domain::ToString(e.kind)},
         {"source", e.source},
         {"text", e.text},
         {"author_id", e.author_id},
         {"author_name", name == overview.user_names.end() ? json::value(nullptr, sp)
                                                           : json::value(name->second, sp)},
         {"created_at", domain::FormatTimestamp(e.created_at)}},
        sp);
    while (view != overview.entry_views.end() && view->entry.seq > e.seq) ++view;
    if (view != overview.entry_views.end() && view->entry.id == e.id) {  // issue 3
      if (view->decision.visibility == domain::Visibility::kWithheld) {
        // A placeholder: nothing of the entry's content leaves the server.
        for (const char* key : {"kind", "source", "text", "author_id", "author_name"}) {
          entry[key] = nullptr;
        }
      }
      AddEntryViewFields(entry, *view);
    }
    entries.push_back(std::move(entry));
  }
  json::object out({{"id", family.id},
                    {"name", family.name},
                    {"created_at", domain::FormatTimestamp(family.created_at)},
                    {"head_seq", family.head_seq},
                    {"my_role", overview.my_role},
                    {"members", std::move(members)},
                    {"custody", std::move(custody)},
                    {"lead", EncodeFaceIn(overview.lead, sp)},
                    {"duo", overview.duo ? json::value(EncodeFaceIn(*overview.duo, sp))
                                         : json::value(nullptr, sp)},
                    {"entries", std::move(entries)},
                    {"next_before", overview.next_before}},
                   sp);
  out["open_corrections"] = EncodeOpenCorrections(overview.open_corrections, sp);  // issue 3
  if (overview.emergency_until > 0) {  // issue 10 item 4: read-only until then
    out["emergency_until"] = domain::FormatTimestamp(overview.emergency_until);
  }
  return out;
}

json::object EncodeAccessLog(const app::AccessLogView& view) {
  json::array lines;
  for (const auto& line : view.lines) {
    const domain::AccessRecord& r = line.record;
    lines.push_back(json::object{{"seq", r.seq},
                                 {"time", domain::FormatTimestamp(r.time)},
                                 {"user_id", r.user_id},
                                 {"user_name", line.user_name},
                                 {"team_name", line.team_name},
                                 {"role", r.role},
                                 {"what", r.what},
                                 {"purpose", r.purpose},
                                 {"emergency", r.emergency}});
  }
  json::array uses;
  for (const auto& use : view.emergency_uses) uses.push_back(EncodeEmergencyUse(use));
  return json::object{{"family_id", view.family_id},
                      {"family_name", view.family_name},
                      {"lines", std::move(lines)},
                      {"next_before", view.next_before},
                      {"emergency_uses", std::move(uses)}};
}

}  // namespace stip::http
