// The network pages (issue 10): the family's page of network members (invite, choose what each
// sees, stop), the professional's read-only view of it, and the network member's own page with
// only what is shared with them. Thin handlers: form -> one app call -> 303 or the page again.
#include "web/page_network.h"

#include <cstdint>
#include <set>

#include "domain/text.h"
#include "web/field_errors.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/pages.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

constexpr std::string_view kNetworkPath = "/ons-gezin/naasten";
constexpr std::string_view kSharedPath = "/gedeeld";
constexpr std::size_t kChoiceTextChars = 120;

std::string Get(const std::map<std::string, std::string>& form, const std::string& key) {
  const auto it = form.find(key);
  return it == form.end() ? std::string() : it->second;
}

// One line of an entry for a list or a checkbox: its date and the start of its text.
std::string EntryLine(const domain::Entry& e, std::string_view locale) {
  std::string text = e.text;
  if (text.size() > kChoiceTextChars) {
    std::size_t cut = kChoiceTextChars;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    text = text.substr(0, cut) + "…";
  }
  return FormatDateTime(e.created_at, locale) + ": " + text;
}

// The entry ids ticked in a form: fields "deel-<entry id>" with the value "ja".
std::vector<std::string> Ticked(const std::map<std::string, std::string>& form) {
  std::vector<std::string> out;
  for (const auto& [key, value] : form) {
    if (key.starts_with("deel-") && value == "ja") out.push_back(key.substr(5));
  }
  return out;
}

}  // namespace

http::Response RenderNetwork(app::Stip& stip, const http::Request& req,
                             const std::string& family_id, unsigned status,
                             const NetworkForm& form) {
  const std::string_view locale = NormalLocale(req.locale);
  auto view = stip.OpenNetwork(*req.principal, family_id);
  if (!view) return ErrorFor(req, view.error());
  const bool family = req.principal->IsFamily();
  Data page;
  page.set("family", family);
  Data members{Data::type::list};
  for (const auto& m : view->members) {
    Data member;
    member.set("id", m.member.id);
    member.set("name", m.member.name);
    member.set("relation", m.member.relation);
    member.set("invited_by", Fill(Text(locale, "nw_invited_by"),
                                  {{"name", std::string_view(m.invited_by_name)}}));
    member.set(
        "login_state",
        std::string(Text(locale, m.member.activated_at ? "nw_logged_in" : "nw_not_logged_in")));
    Data consents{Data::type::list};
    for (const auto& c : m.consents) {
      const auto& consent = c.record.consent;
      Data item;
      item.set("consent_id", consent.id);
      const std::string given = FormatLongDate(consent.given_on, locale);
      item.set("by", Fill(Text(locale, "nw_consent_by"),
                          {{"name", std::string_view(c.given_by_name)}, {"date", given}}));
      item.set("until", consent.valid_until
                            ? Fill(Text(locale, "nw_consent_until"),
                                   {{"date", FormatLongDate(*consent.valid_until, locale)}})
                            : std::string(Text(locale, "nw_consent_open")));
      item.set("until_value", consent.valid_until ? domain::FormatDate(*consent.valid_until) : "");
      item.set("ended", c.record.ended_at
                            ? Data(Fill(Text(locale, "nw_consent_ended"),
                                        {{"date", FormatDateTime(*c.record.ended_at, locale)}}))
                            : Data(false));
      item.set("lapsed", !c.record.ended_at && !c.in_force);
      Data entries{Data::type::list};
      std::set<std::string> shared;
      for (const auto& e : c.entries) {
        Data line;
        line.set("text", EntryLine(e, locale));
        entries.push_back(line);
        shared.insert(e.id);
      }
      item.set("entries", entries);
      item.set("has_entries", !c.entries.empty());
      item.set("other_items", c.other_items > 0 ? Data(Fill(Text(locale, "nw_other_items"),
                                                            {{"n", std::to_string(c.other_items)}}))
                                                : Data(false));
      const bool stop = view->may_stop && !c.record.ended_at && c.in_force;
      item.set("may_stop", stop);
      if (stop) {
        item.set("stop_action", "/gezinnen/" + UrlEncode(family_id) + "/naasten/toestemming/" +
                                    UrlEncode(consent.id) + "/stoppen");
        item.set("stop_label",
                 Fill(Text(locale, "nw_stop_submit"), {{"name", std::string_view(m.member.name)}}));
        const bool failed = form.stop_consent == consent.id && !form.stop_error.empty();
        item.set("stop_error", failed ? Data(form.stop_error) : Data(false));
        item.set("stop_value", failed ? form.stop_reason : std::string());
      }
      const bool mine = c.mine && !c.record.ended_at && view->my_ground;
      item.set("mine", mine);
      if (mine) {
        item.set("change_action",
                 std::string(kNetworkPath) + "/toestemming/" + UrlEncode(consent.id));
        item.set("end_action",
                 std::string(kNetworkPath) + "/toestemming/" + UrlEncode(consent.id) + "/stoppen");
        item.set("change_title", Fill(Text(locale, "nw_change_title"),
                                      {{"name", std::string_view(m.member.name)}}));
        item.set("end_label",
                 Fill(Text(locale, "nw_end_submit"), {{"name", std::string_view(m.member.name)}}));
        Data choices{Data::type::list};
        const auto choice = [&](const domain::Entry& e) {
          Data one;
          one.set("field_id", "deel-" + consent.id + "-" + e.id);
          one.set("name", "deel-" + e.id);
          one.set("text", EntryLine(e, locale));
          one.set("checked", shared.contains(e.id));
          choices.push_back(one);
        };
        // What is shared now is always on the form, also when it is older than the newest
        // entries listed: saving the form must not drop it without the member seeing it.
        if (view->more_shareable && !view->shareable.empty()) {
          const std::int64_t oldest_listed = view->shareable.back().seq;
          for (const auto& e : c.entries) {
            if (e.seq < oldest_listed) choice(e);
          }
        }
        for (const auto& e : view->shareable) choice(e);
        item.set("choices", choices);
      }
      consents.push_back(item);
    }
    member.set("consents", consents);
    members.push_back(member);
  }
  page.set("members", members);
  page.set("has_members", !view->members.empty());
  page.set("may_share", view->my_ground.has_value());
  page.set("may_stop", view->may_stop);
  page.set("own_only", view->my_ground == domain::NetworkGround::kYoungPersonOwn);
  // The invitation form.
  const struct {
    const char* id;
    const char* name;
    const char* type;
    const char* label;
    const char* hint;
    const std::string& value;
    const std::string& error;
  } fields[] = {
      {"naaste-naam", "naam", "text", "nw_name", nullptr, form.name, form.name_error},
      {"naaste-relatie", "relatie", "text", "nw_relation", "nw_relation_hint", form.relation,
       form.relation_error},
      {"naaste-email", "email", "email", "nw_contact", nullptr, form.contact, form.contact_error},
      {"naaste-tot", "tot", "text", "nw_until", "nw_until_hint", form.valid_until,
       form.until_error},
  };
  Data field_list{Data::type::list};
  for (const auto& f : fields) {
    Data d;
    d.set("id", f.id);
    d.set("name", f.name);
    d.set("type", f.type);
    d.set("label", std::string(Text(locale, f.label)));
    d.set("hint", f.hint ? Data(std::string(Text(locale, f.hint))) : Data(false));
    d.set("value", f.value);
    d.set("error", f.error.empty() ? Data(false) : Data(f.error));
    std::string describedby = f.hint ? std::string(f.id) + "-uitleg" : "";
    if (!f.error.empty())
      describedby += (describedby.empty() ? "" : " ") + std::string(f.id) + "-fout";
    d.set("describedby", describedby.empty() ? Data(false) : Data(describedby));
    field_list.push_back(d);
  }
  page.set("fields", field_list);
  Data shareable{Data::type::list};
  const std::set<std::string> ticked(form.entry_ids.begin(), form.entry_ids.end());
  for (const auto& e : view->shareable) {
    Data choice;
    choice.set("field_id", "deel-nieuw-" + e.id);
    choice.set("name", "deel-" + e.id);
    choice.set("text", EntryLine(e, locale));
    choice.set("checked", ticked.contains(e.id));
    shareable.push_back(choice);
  }
  page.set("shareable", shareable);
  page.set("has_shareable", !view->shareable.empty());
  page.set("more_shareable", view->more_shareable
                                 ? Data(Fill(Text(locale, "nw_more_shareable"),
                                             {{"n", std::to_string(app::kMaxShareableListed)}}))
                                 : Data(false));
  page.set("entries_error", form.entries_error.empty() ? Data(false) : Data(form.entries_error));
  const auto done = req.query.find("klaar");
  std::string done_text;
  if (done != req.query.end()) {
    if (done->second == "uitgenodigd") done_text = Text(locale, "nw_done_invited");
    if (done->second == "opgeslagen") done_text = Text(locale, "nw_done_changed");
    if (done->second == "gestopt") done_text = Text(locale, "nw_done_ended");
    if (done->second == "gestopt-door-regisseur" && !family)
      done_text = Text(locale, "nw_done_stopped");
  }
  page.set("done", done_text.empty() ? Data(false) : Data(done_text));
  SetSummary(page, form.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "nw_title"));
  meta.self_path =
      family ? std::string(kNetworkPath) : "/gezinnen/" + UrlEncode(family_id) + "/naasten";
  meta.nav = family ? "ons_gezin" : "families";
  meta.has_errors = !form.summary.empty();
  return RenderPage(req, status, "network", meta, std::move(page));
}

http::Response NetworkPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsNetwork()) return http::Response::Redirect(std::string(kSharedPath));
  if (!req.principal->IsFamily()) return http::Response::Redirect(std::string(kHomePath));
  return RenderNetwork(stip, req, req.principal->account->family_id, 200, {});
}

http::Response FamilyNetworkPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return ErrorPage(req, 404);
  return RenderNetwork(stip, req, req.params.at("id"), 200, {});
}

http::Response InviteNetworkSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily() || req.principal->IsNetwork()) return ErrorPage(req, 404);
  const auto fields = req.Form();
  NetworkForm form;
  form.name = Get(fields, "naam");
  form.relation = Get(fields, "relatie");
  form.contact = domain::Trim(Get(fields, "email"));
  form.valid_until = domain::Trim(Get(fields, "tot"));
  form.entry_ids = Ticked(fields);
  const std::string& family_id = req.principal->account->family_id;
  auto invited = stip.InviteNetworkMember(
      *req.principal, family_id,
      {form.name, form.relation, form.contact, form.entry_ids, form.valid_until});
  if (invited) return http::Response::Redirect(std::string(kNetworkPath) + "?klaar=uitgenodigd");
  const auto& error = invited.error();
  if (error.code != domain::Code::kInvalidArgument && error.code != domain::Code::kAlreadyExists) {
    return ErrorFor(req, error);
  }
  const std::string_view locale = NormalLocale(req.locale);
  const struct {
    const char* field;
    const char* label;
    std::string* slot;
    const char* anchor;
  } slots[] = {
      {"name", "nw_name", &form.name_error, "naaste-naam"},
      {"relation", "nw_relation", &form.relation_error, "naaste-relatie"},
      {"contact", "nw_contact", &form.contact_error, "naaste-email"},
      {"valid_until", "nw_until", &form.until_error, "naaste-tot"},
      {"entry_ids", "nw_entries", &form.entries_error, "delen"},
  };
  for (const auto& f : error.fields) {
    for (const auto& s : slots) {
      if (f.field == s.field || f.field.starts_with(std::string(s.field) + "[")) {
        if (s.slot->empty()) {
          *s.slot = LocalizeFieldError(locale, Text(locale, s.label), f);
          form.summary.push_back({*s.slot, s.anchor});
        }
      }
    }
  }
  if (form.summary.empty())
    form.summary.push_back({std::string(Text(locale, "nw_err_summary")), ""});
  return RenderNetwork(stip, req, family_id, error.code == domain::Code::kAlreadyExists ? 409 : 400,
                       form);
}

http::Response ChangeNetworkSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily() || req.principal->IsNetwork()) return ErrorPage(req, 404);
  const auto fields = req.Form();
  const std::string& family_id = req.principal->account->family_id;
  auto changed = stip.ChangeNetworkConsent(*req.principal, family_id, req.params.at("consent"),
                                           {Ticked(fields), domain::Trim(Get(fields, "tot"))});
  if (changed) return http::Response::Redirect(std::string(kNetworkPath) + "?klaar=opgeslagen");
  if (changed.error().code != domain::Code::kInvalidArgument) {
    return ErrorFor(req, changed.error());
  }
  const std::string_view locale = NormalLocale(req.locale);
  NetworkForm form;
  for (const auto& f : changed.error().fields) {
    const char* label = f.field == "valid_until" ? "nw_until" : "nw_entries";
    form.summary.push_back({LocalizeFieldError(locale, Text(locale, label), f), ""});
  }
  if (form.summary.empty())
    form.summary.push_back({std::string(Text(locale, "nw_err_summary")), ""});
  return RenderNetwork(stip, req, family_id, 400, form);
}

http::Response EndNetworkSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily() || req.principal->IsNetwork()) return ErrorPage(req, 404);
  const auto fields = req.Form();
  auto ended = stip.EndNetworkConsent(*req.principal, req.principal->account->family_id,
                                      req.params.at("consent"), Get(fields, "reden"));
  if (!ended) return ErrorFor(req, ended.error());
  return http::Response::Redirect(std::string(kNetworkPath) + "?klaar=gestopt");
}

http::Response StopNetworkSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return ErrorPage(req, 404);
  const auto fields = req.Form();
  const std::string& family_id = req.params.at("id");
  const std::string& consent_id = req.params.at("consent");
  const std::string reason = Get(fields, "reden");
  auto stopped = stip.StopNetworkConsent(*req.principal, family_id, consent_id, reason);
  const std::string back = "/gezinnen/" + UrlEncode(family_id) + "/naasten";
  if (stopped) return http::Response::Redirect(back + "?klaar=gestopt-door-regisseur");
  if (stopped.error().code != domain::Code::kInvalidArgument) {
    return ErrorFor(req, stopped.error());
  }
  const std::string_view locale = NormalLocale(req.locale);
  NetworkForm form;
  form.stop_consent = consent_id;
  form.stop_reason = reason;
  for (const auto& f : stopped.error().fields) {
    if (form.stop_error.empty())
      form.stop_error = LocalizeFieldError(locale, Text(locale, "nw_stop_reason"), f);
  }
  if (form.stop_error.empty()) form.stop_error = Text(locale, "nw_err_summary");
  form.summary.push_back({form.stop_error, "stop-reden-" + consent_id});
  return RenderNetwork(stip, req, family_id, 400, form);
}

http::Response SharedPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsNetwork()) return ErrorPage(req, 404);
  const std::string_view locale = NormalLocale(req.locale);
  auto view = stip.OpenShared(*req.principal);
  if (!view) return ErrorFor(req, view.error());
  Data page;
  page.set("intro",
           Fill(Text(locale, "sh_intro"), {{"family", std::string_view(view->family_name)}}));
  Data entries{Data::type::list};
  for (const auto& s : view->entries) {
    Data e;
    e.set("iso", domain::FormatTimestamp(s.entry.created_at));
    e.set("when", FormatDateTime(s.entry.created_at, locale));
    e.set("source", s.entry.source.empty() ? Data(false) : Data(s.entry.source));
    e.set("text", s.entry.text);
    e.set("by", Fill(Text(locale, "sh_by"), {{"name", std::string_view(s.shared_by)}}));
    e.set("until", s.until ? Data(Fill(Text(locale, "sh_until"),
                                       {{"date", FormatLongDate(*s.until, locale)}}))
                           : Data(false));
    entries.push_back(e);
  }
  page.set("entries", entries);
  page.set("has_entries", !view->entries.empty());
  SetOtherFamilies(stip, req, page);
  PageMeta meta;
  meta.title = std::string(Text(locale, "sh_title"));
  meta.self_path = std::string(kSharedPath);
  meta.nav = "shared";
  return RenderPage(req, 200, "shared", meta, std::move(page));
}

}  // namespace stip::web
