// The child's own words (issue 11 item 5): for professionals on the family file
// (/gezinnen/{id}/eigen-woorden) and for the family on Ons gezin (/ons-gezin/eigen-woorden).
// Per child the records (three houses), who wrote each and with whom it is shared, and the
// explanation in words for that child. Thin handlers: one app call, then 303, or the page again
// with what was typed and what is wrong.
#include <map>
#include <string>
#include <vector>

#include "domain/child_voice.h"
#include "domain/text.h"
#include "web/form_state.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/url.h"
#include "web/views.h"
#include "web/withheld_item.h"

namespace stip::web {
namespace {

constexpr std::string_view kFamilyVoicePath = "/ons-gezin/eigen-woorden";
constexpr std::string_view kMembersPrefix = "met_";

std::string NameOf(const app::ChildVoicesView& v, const std::string& id) {
  const auto it = v.names.find(id);
  return it == v.names.end() ? id : it->second;
}

Options ShareOptions(std::string_view locale) {
  return {{"professionals", std::string(Text(locale, "cv_share_professionals"))},
          {"parents", std::string(Text(locale, "cv_share_parents"))},
          {"members", std::string(Text(locale, "cv_share_members"))}};
}

// The members one may share a child's words with: the household without the child.
Options MemberOptions(const app::ChildVoicesView& v, const std::string& child_id) {
  Options out;
  for (const auto& m : v.members) {
    if (m.id != child_id) out.emplace_back(m.id, m.name);
  }
  return out;
}

std::string SharedText(std::string_view locale, const app::ChildVoicesView& v,
                       const domain::ChildVoice& r) {
  switch (r.share) {
    case domain::ShareChoice::kParents:
      return std::string(Text(locale, "cv_shared_parents"));
    case domain::ShareChoice::kMembers: {
      std::string names;
      for (const auto& id : r.share_with) names += (names.empty() ? "" : ", ") + NameOf(v, id);
      return Fill(Text(locale, "cv_shared_members"), {{"names", names}});
    }
    case domain::ShareChoice::kProfessionals:
      break;
  }
  return std::string(Text(locale, "cv_shared_professionals"));
}

// The sharing controls of form `form` with ids under `prefix`, set to the record's choice (or
// professionals for a new record) until something was typed.
void AddShareControls(Data& target, const FormState& s, std::string_view locale,
                      const app::ChildVoicesView& v, const std::string& form,
                      const std::string& prefix, const std::string& child_id,
                      const domain::ChildVoice* current) {
  const std::string chosen =
      current ? std::string(domain::ToString(current->share)) : "professionals";
  target.set("share", FormRadios(s, form, prefix + "-delen", "delen",
                                 Text(locale, "cv_label_share"), ShareOptions(locale), chosen));
  const Options members = MemberOptions(v, child_id);
  Data checks = FormChecks(s, form, prefix + "-met", std::string(kMembersPrefix),
                           Text(locale, "cv_label_share_with"), members, false);
  if (current && s.form != form) {
    // Before anything was typed: the members the record is shared with now.
    Data list{Data::type::list};
    for (const auto& [value, text] : members) {
      Data o;
      o.set("id", prefix + "-met-" + value);
      o.set("name", std::string(kMembersPrefix) + value);
      o.set("label", text);
      bool on = false;
      for (const auto& id : current->share_with) on = on || id == value;
      o.set("checked", on);
      list.push_back(o);
    }
    checks.set("options", list);
  }
  checks.set("hint", std::string(Text(locale, "cv_share_with_hint")));
  target.set("share_with", checks);
  target.set("has_members", !members.empty());
}

http::Response Render(app::Stip& stip, const http::Request& req, const FeaturePlace& place,
                      unsigned status, const FormState& typed) {
  auto view = stip.ChildVoicesOf(*req.principal, place.family_id, ChosenPurpose(req));
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  const auto& v = *view;
  const WithheldPage withheld_page =
      WithheldPageOf(stip, req, place.family, v.names, v.family_id, "/ons-gezin/eigen-woorden");
  const std::string me = req.principal->IsFamily() ? req.principal->account->member_id : "";
  Data page;
  page.set("family_name", v.family_name);
  page.set("intro", std::string(Text(locale, place.family ? "cv_intro_family" : "cv_intro")));
  page.set("back_href",
           place.family ? std::string(kFamilyHomePath) : "/gezinnen/" + UrlEncode(place.family_id));
  page.set("back_text", std::string(Text(locale, place.family ? "cv_back_family" : "cv_back")));
  std::string missing;
  for (const auto& id : v.without_explanation)
    missing += (missing.empty() ? "" : ", ") + NameOf(v, id);
  page.set("without_explanation",
           missing.empty()
               ? Data(false)
               : Data(Fill(Text(locale, "cv_without_explanation"), {{"names", missing}})));

  Data children{Data::type::list};
  for (const auto& c : v.children) {
    Data child;
    const bool own = c.child.id == me;
    child.set("id", c.child.id);
    child.set("heading", own ? std::string(Text(locale, "cv_heading_own"))
                             : Fill(Text(locale, "cv_heading_child"), {{"name", c.child.name}}));
    // The explanation.
    child.set("explanation_title",
              own ? std::string(Text(locale, "cv_explanation_own"))
                  : Fill(Text(locale, "cv_explanation_child"), {{"name", c.child.name}}));
    child.set("may_read_explanation", c.may_read_explanation);
    if (c.explanation) {
      child.set("explanation", c.explanation->text);
      child.set("explanation_meta",
                Fill(Text(locale, "cv_explanation_meta"),
                     {{"n", std::to_string(c.explanation->version)},
                      {"name", NameOf(v, c.explanation->written_by)},
                      {"date", FormatDateTime(c.explanation->written_at, locale)}}));
    } else {
      child.set("explanation", false);
      child.set("no_explanation",
                own ? std::string(Text(locale, "cv_no_explanation_own"))
                    : Fill(Text(locale, "cv_no_explanation"), {{"name", c.child.name}}));
    }
    child.set("older_versions", c.versions.size() > 1
                                    ? Data(Fill(Text(locale, "cv_versions"),
                                                {{"n", std::to_string(c.versions.size())}}))
                                    : Data(false));
    if (v.may_explain) {
      const std::string form = "uitleg:" + c.child.id;
      Data f;
      f.set("action", place.base + "/uitleg");
      f.set("child_id", c.child.id);
      f.set("text", FormField(typed, form, "uitleg-" + c.child.id + "-tekst", "tekst",
                              Fill(Text(locale, "cv_label_explanation"), {{"name", c.child.name}}),
                              c.explanation ? c.explanation->text : "", 6));
      child.set("explain_form", f);
    } else {
      child.set("explain_form", false);
    }
    // The records.
    Data voices{Data::type::list};
    for (const auto& r : c.voices) {
      Data item;
      item.set("good_things", r.good_things.empty() ? Data(false) : Data(r.good_things));
      item.set("worries", r.worries.empty() ? Data(false) : Data(r.worries));
      item.set("dreams", r.dreams.empty() ? Data(false) : Data(r.dreams));
      item.set("who", r.taken_down
                          ? Fill(Text(locale, "cv_taken_down_by"),
                                 {{"name", NameOf(v, r.written_by)}, {"child", c.child.name}})
                          : Fill(Text(locale, "cv_written_by_child"), {{"child", c.child.name}}));
      item.set("when", FormatDateTime(r.written_at, locale));
      item.set("shared", SharedText(locale, v, r));
      // Issue 11 item 6: a professional narrowed the sharing: the child reads who and why.
      item.set("narrowed", r.sharing_reason.empty()
                               ? Data(false)
                               : Data(Fill(Text(locale, "wi_sharing_narrowed"),
                                           {{"name", NameOf(v, r.sharing_changed_by)},
                                            {"reason", r.sharing_reason}})));
      // The child's own words withheld from others now: the child reads whom from and why.
      Data held_from{Data::type::list};
      if (const auto it = v.held_from_others.find(r.id); it != v.held_from_others.end()) {
        for (const auto& w : it->second) {
          std::string names;
          for (const auto& id : domain::NamedMembers(w)) {
            names += (names.empty() ? "" : ", ") + NameOf(v, id);
          }
          held_from.push_back(
              Data(Fill(Text(locale, "wi_child_held_from"),
                        {{"names", names},
                         {"reason", w.reason},
                         {"date", FormatLongDate(domain::LapseDate(w, {}), locale)}})));
        }
      }
      item.set("held_from", held_from);
      item.set("has_held_from", !held_from.is_empty_list());
      // Withheld from this member: a placeholder; for professionals whom from.
      item.set("withheld",
               WithheldData(withheld_page, v.withheld, r.id, domain::WithheldKind::kChildVoice));
      if (own) {
        const std::string form = "delen:" + r.id;
        Data f;
        f.set("action", place.base + "/delen");
        f.set("voice_id", r.id);
        AddShareControls(f, typed, locale, v, form, "delen-" + r.id, c.child.id, &r);
        item.set("share_form", f);
      } else {
        item.set("share_form", false);
      }
      voices.push_back(item);
    }
    child.set("has_voices", !c.voices.empty());
    child.set("voices", voices);
    // For a family member: nothing shared with them (the child may have written for others).
    child.set("no_voices", Fill(Text(locale, own            ? "cv_no_voices_own"
                                             : place.family ? "cv_no_voices_shared"
                                                            : "cv_no_voices"),
                                {{"name", c.child.name}}));
    children.push_back(child);
  }
  page.set("children", children);
  page.set("has_children", !v.children.empty());

  // Writing: the child's own words, or a professional taking them down with the child.
  const bool may_write = place.family ? v.me.allowed : v.may_take_down;
  page.set("may_write", may_write);
  if (may_write) {
    Data w;
    w.set("action", place.base + "/woorden");
    w.set("title",
          std::string(Text(locale, place.family ? "cv_write_title" : "cv_take_down_title")));
    w.set("hint", std::string(Text(locale, place.family ? "cv_write_hint" : "cv_take_down_hint")));
    if (!place.family) {
      Options kids{{"", std::string(Text(locale, "cv_choose"))}};
      for (const auto& m : v.members) {
        if (m.role == domain::MemberRole::kChild) kids.emplace_back(m.id, m.name);
      }
      w.set("child", FormSelect(typed, "woorden", "woorden-kind", "kind",
                                Text(locale, "cv_label_child"), kids));
    } else {
      w.set("child", false);
    }
    w.set("good", FormField(typed, "woorden", "woorden-goed", "goed", Text(locale, "cv_house_good"),
                            {}, 4));
    w.set("worries", FormField(typed, "woorden", "woorden-zorgen", "zorgen",
                               Text(locale, "cv_house_worries"), {}, 4));
    w.set("dreams", FormField(typed, "woorden", "woorden-dromen", "dromen",
                              Text(locale, "cv_house_dreams"), {}, 4));
    AddShareControls(w, typed, locale, v, "woorden", "woorden", place.family ? me : "", nullptr);
    page.set("write", w);
  } else {
    page.set("write", false);
  }
  page.set("done", req.query.count("opgeslagen") > 0 && typed.summary.empty());
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "cv_title")) + ": " + v.family_name;
  meta.self_path = place.base;
  meta.nav = place.family ? "ons_gezin" : "families";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "child_voice", meta, std::move(page));
}

std::vector<std::string> CheckedMembers(const std::map<std::string, std::string>& form) {
  std::vector<std::string> out;
  for (const auto& [key, value] : form) {
    if (key.starts_with(kMembersPrefix)) out.push_back(key.substr(kMembersPrefix.size()));
  }
  return out;
}

template <typename T>
http::Response Submitted(app::Stip& stip, const http::Request& req, const FeaturePlace& place,
                         FormState typed, const domain::Result<T>& done,
                         const std::map<std::string, FormControl>& controls,
                         const std::string& list_control) {
  if (done) return http::Response::Redirect(place.base + "?opgeslagen=1");
  const auto& error = done.error();
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  const std::string_view locale = NormalLocale(req.locale);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) -> std::optional<FormControl> {
        const auto it = controls.find(field);
        if (it != controls.end()) return it->second;
        // "share_with[1]": the list of members.
        if (field.starts_with("share_with")) {
          return FormControl{list_control, std::string(Text(locale, "cv_label_share_with"))};
        }
        return std::nullopt;
      },
      Text(locale, "cv_err_summary"));
  return Render(stip, req, place, 400, typed);
}

}  // namespace

http::Response ChildVoicePage(app::Stip& stip, const http::Request& req, bool family_route) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyVoicePath, "eigen-woorden", refusal);
  if (!place) return refusal;
  return Render(stip, req, *place, 200, FormState{});
}

http::Response ChildVoiceSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                                std::string_view form_name) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyVoicePath, "eigen-woorden", refusal);
  if (!place) return refusal;
  const std::string_view locale = NormalLocale(req.locale);
  const auto& who = *req.principal;
  if (form_name == "woorden") {
    FormState typed = FormState::Posted(req, "woorden");
    const auto& f = typed.values;
    app::NewChildVoice voice{
        family_route ? "" : FormValue(f, "kind"),
        FormValue(f, "goed"),
        FormValue(f, "zorgen"),
        FormValue(f, "dromen"),
        FormValue(f, "delen"),
        FormValue(f, "delen") == "members" ? CheckedMembers(f) : std::vector<std::string>{}};
    const auto label = [&](const char* key) { return std::string(Text(locale, key)); };
    return Submitted(stip, req, *place, typed, stip.WriteChildVoice(who, place->family_id, voice),
                     {{"child_id", {"woorden-kind", label("cv_label_child")}},
                      {"good_things", {"woorden-goed", label("cv_house_good")}},
                      {"worries", {"woorden-zorgen", label("cv_house_worries")}},
                      {"dreams", {"woorden-dromen", label("cv_house_dreams")}},
                      {"share", {"woorden-delen", label("cv_label_share")}}},
                     "woorden-met");
  }
  if (form_name == "delen") {
    const std::string voice_id = FormValue(req.Form(), "stem");
    FormState typed = FormState::Posted(req, "delen:" + voice_id);
    const auto& f = typed.values;
    const std::string share = FormValue(f, "delen");
    const domain::Result<bool> done =
        stip.ChangeVoiceSharing(who, place->family_id, voice_id, share,
                                share == "members" ? CheckedMembers(f) : std::vector<std::string>{})
            .map([] { return true; });
    return Submitted(
        stip, req, *place, typed, done,
        {{"share", {"delen-" + voice_id + "-delen", std::string(Text(locale, "cv_label_share"))}}},
        "delen-" + voice_id + "-met");
  }
  // "uitleg": the lead writes a new version of a child's explanation.
  const std::string child_id = FormValue(req.Form(), "kind");
  FormState typed = FormState::Posted(req, "uitleg:" + child_id);
  const auto done =
      stip.WriteExplanation(who, place->family_id, child_id, FormValue(typed.values, "tekst"));
  return Submitted(stip, req, *place, typed, done,
                   {{"text",
                     {"uitleg-" + child_id + "-tekst",
                      std::string(Text(locale, "cv_label_explanation_short"))}}},
                   "");
}

}  // namespace stip::web
