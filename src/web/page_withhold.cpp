// Issue 11 item 6: withhold an item of the safety map, the plan, a meeting or a child's own
// words from a family member, on the same grounds, with the same review date and objection
// route as an entry (/gezinnen/{id}/achterhouden?soort=<kind>&item=<id>). Thin handlers: one
// app call, then 303 to the item's page, or this page again with what was typed (400, 422).
#include <algorithm>
#include <string>
#include <vector>

#include "domain/text.h"
#include "web/form_state.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/url.h"
#include "web/withheld_item.h"

namespace stip::web {
namespace {

constexpr std::string_view kForm = "achterhouden";

// The page the item shows on, for the professional.
std::string ItemPage(const std::string& family_id, domain::WithheldKind kind) {
  const std::string base = "/gezinnen/" + UrlEncode(family_id);
  switch (kind) {
    case domain::WithheldKind::kSafetyMapItem:
      return base + "/veiligheid";
    case domain::WithheldKind::kPlanComment:
    case domain::WithheldKind::kPlanConditions:
      return base + "/plan";
    case domain::WithheldKind::kMeetingAgreement:
      return base + "/overleg";
    case domain::WithheldKind::kChildVoice:
      return base + "/eigen-woorden";
    case domain::WithheldKind::kEntry:
      break;
  }
  return base;
}

std::optional<FormControl> ControlOf(const std::string& field, std::string_view locale) {
  const auto t = [&](const char* key) { return std::string(Text(locale, key)); };
  if (field == "ground") return FormControl{"achterhouden-grond", t("wi_label_ground")};
  if (field == "reason") return FormControl{"achterhouden-reden", t("wi_label_reason")};
  if (field == "review_date") return FormControl{"achterhouden-datum", t("wi_label_review")};
  if (field == "narrowing_reason") {
    return FormControl{"achterhouden-waarom-minder", t("wi_label_narrowing")};
  }
  if (field.starts_with("member") || field == "whole_household") {
    return FormControl{"achterhouden-voor", t("wi_label_members")};
  }
  return std::nullopt;
}

// The forms on an existing withholding: "verlengen:<id>", "opheffen:<id>" and, per objection,
// "antwoord:<objection id>". Their controls are named "<form>-<part>" with ':' as '-'.
std::string ControlPrefix(std::string_view form) {
  std::string out(form);
  std::replace(out.begin(), out.end(), ':', '-');
  return out;
}

std::optional<FormControl> DecisionControlOf(const std::string& form, const std::string& field,
                                             std::string_view locale) {
  const auto t = [&](const char* key) { return std::string(Text(locale, key)); };
  const std::string prefix = ControlPrefix(form);
  if (field == "review_date") return FormControl{prefix + "-datum", t("form_renew_review")};
  if (field == "reason") {
    return FormControl{prefix + "-reden",
                       t(form.starts_with("opheffen:") ? "form_lift_reason" : "form_renew_reason")};
  }
  if (field == "upheld") return FormControl{prefix + "-gegrond", t("form_objection_answer_legend")};
  if (field == "answer") return FormControl{prefix + "-tekst", t("form_answer")};
  return std::nullopt;
}

// One existing withholding with its objections and the forms the professional may use on it.
Data Decision(std::string_view locale, const FormState& typed, const std::string& family_id,
              const app::WithholdTargetView& view, const app::WithholdingView& wv) {
  const auto t = [&](const char* key) { return std::string(Text(locale, key)); };
  const domain::Withholding& w = wv.withholding;
  const std::string base = "/gezinnen/" + UrlEncode(family_id);
  Data d;
  const std::string ground(domain::ToString(w.ground));
  d.set("line", Fill(Text(locale, w.lifted      ? "wi_held_lifted"
                                  : wv.in_force ? "wi_held_line"
                                                : "wi_held_lapsed"),
                     {{"names", w.whole_household ? t("wi_from_all") : wv.member_name},
                      {"ground", std::string(Text(locale, "ground_" + ground))},
                      {"date", FormatLongDate(wv.lapse_date, locale)}}));
  d.set("reason", w.reason);
  d.set("decided",
        Fill(Text(locale, "wi_decided_by"),
             {{"name", wv.decided_by_name}, {"date", FormatDateTime(w.decided_at, locale)}}));
  Data objections{Data::type::list};
  for (const auto& o : wv.objections) {
    Data od;
    std::string member = o.member_id;
    for (const auto& m : view.members) {
      if (m.id == o.member_id) member = m.name;
    }
    od.set("line", Fill(Text(locale, "card_objection"),
                        {{"name", member}, {"date", FormatDateTime(o.filed_at, locale)}}));
    od.set("text", o.text);
    const std::string answered = FormatDateTime(o.answered_at, locale);
    od.set("status", o.status == domain::RequestStatus::kOpen
                         ? t("card_objection_open")
                         : Fill(Text(locale, o.status == domain::RequestStatus::kAccepted
                                                 ? "card_objection_upheld"
                                                 : "card_objection_rejected"),
                                {{"date", answered}}));
    od.set("answer", o.answer.empty() ? Data(false) : Data(o.answer));
    if (wv.may_answer_objection && o.status == domain::RequestStatus::kOpen) {
      const std::string form = "antwoord:" + o.id;
      const std::string prefix = ControlPrefix(form);
      Data f;
      f.set("action", base + "/bezwaren/" + UrlEncode(o.id) + "/antwoord");
      f.set(
          "upheld",
          FormRadios(typed, form, prefix + "-gegrond", "gegrond", t("form_objection_answer_legend"),
                     {{"ja", t("wi_objection_upheld")}, {"nee", t("wi_objection_rejected")}}));
      f.set("answer_field",
            FormField(typed, form, prefix + "-tekst", "antwoord", t("form_answer"), {}, 3));
      od.set("answer_form", f);
    } else {
      od.set("answer_form", false);
    }
    objections.push_back(od);
  }
  d.set("objections", objections);
  d.set("has_objections", !wv.objections.empty());
  if (wv.may_renew) {
    const std::string form = "verlengen:" + w.id;
    const std::string prefix = ControlPrefix(form);
    Data f;
    f.set("action", base + "/achterhoudingen/" + UrlEncode(w.id) + "/verlengen");
    f.set("date", FormField(typed, form, prefix + "-datum", "herzien_op", t("form_renew_review"),
                            {}, 0, "date"));
    f.set("reason",
          FormField(typed, form, prefix + "-reden", "reden", t("form_renew_reason"), {}, 2));
    f.set("open", typed.form == form);
    d.set("renew_form", f);
  } else {
    d.set("renew_form", false);
  }
  if (!w.lifted) {
    const std::string form = "opheffen:" + w.id;
    const std::string prefix = ControlPrefix(form);
    Data f;
    f.set("action", base + "/achterhoudingen/" + UrlEncode(w.id) + "/opheffen");
    f.set("reason",
          FormField(typed, form, prefix + "-reden", "reden", t("form_lift_reason"), {}, 2));
    f.set("open", typed.form == form);
    d.set("lift_form", f);
  } else {
    d.set("lift_form", false);
  }
  return d;
}

http::Response Render(app::Stip& stip, const http::Request& req, const std::string& kind,
                      const std::string& item, unsigned status, const FormState& typed) {
  const std::string& family_id = req.params.at("id");
  auto view = stip.WithholdTargetOf(*req.principal, family_id, kind, item);
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  const auto t = [&](const char* key) { return std::string(Text(locale, key)); };
  Data page;
  page.set("family_name", view->family_name);
  page.set("kind_text", t(("wi_kind_" + std::string(domain::ToString(view->kind))).c_str()));
  page.set("back_href", ItemPage(family_id, view->kind));
  page.set("action", "/gezinnen/" + UrlEncode(family_id) + "/achterhouden");
  page.set("soort", std::string(domain::ToString(view->kind)));
  page.set("item", view->item_id);
  std::map<std::string, std::string> names;
  Options members;
  for (const auto& m : view->members) {
    names[m.id] = m.name;
    if (m.id == view->child_id) continue;  // a child's own words are never withheld from them
    members.emplace_back(m.id, m.name);
  }
  Data decisions{Data::type::list};
  for (const auto& wv : view->existing) {
    decisions.push_back(Decision(locale, typed, family_id, *view, wv));
  }
  page.set("decisions", decisions);
  page.set("has_existing", !view->existing.empty());
  page.set("soort_item", true);
  page.set("done", req.query.count("opgeslagen") > 0 && typed.summary.empty());
  page.set("members", FormChecks(typed, kForm, "achterhouden-voor", "lid-", t("wi_label_members"),
                                 members, std::vector<std::string>{}));
  page.set("ground", FormRadios(typed, kForm, "achterhouden-grond", "grond", t("wi_label_ground"),
                                {{"protects_third_person", t("wi_ground_third")},
                                 {"serious_harm_to_child", t("wi_ground_harm")},
                                 {"young_person_confidential", t("wi_ground_young")},
                                 {"running_investigation", t("wi_ground_investigation")}}));
  page.set("reason",
           FormField(typed, kForm, "achterhouden-reden", "reden",
                     t(view->kind == domain::WithheldKind::kChildVoice ? "wi_label_reason_child"
                                                                       : "wi_label_reason"),
                     {}, 3));
  page.set("review", FormField(typed, kForm, "achterhouden-datum", "datum", t("wi_label_review"),
                               {}, 0, "date"));
  page.set("narrowing", FormField(typed, kForm, "achterhouden-waarom-minder", "waarom_minder",
                                  t("wi_label_narrowing"), {}, 2));
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = t("wi_title") + ": " + view->family_name;
  meta.self_path = WithholdHref(family_id, view->kind, view->item_id);
  meta.nav = "families";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "withhold", meta, std::move(page));
}

}  // namespace

http::Response WithholdItemPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return ErrorPage(req, 404);
  const auto kind = req.query.find("soort");
  const auto item = req.query.find("item");
  if (kind == req.query.end() || item == req.query.end()) return ErrorPage(req, 404);
  return Render(stip, req, kind->second, item->second, 200, FormState{});
}

http::Response WithholdItemSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return ErrorPage(req, 404);
  FormState typed = FormState::Posted(req, std::string(kForm));
  const auto& f = typed.values;
  const std::string kind = FormValue(f, "soort");
  const std::string item = FormValue(f, "item");
  app::NewWithholding w;
  for (const auto& [name, value] : f) {
    if (name.starts_with("lid-") && !value.empty()) w.member_ids.push_back(name.substr(4));
  }
  w.ground = FormValue(f, "grond");
  w.reason = FormValue(f, "reden");
  w.review_date = FormValue(f, "datum");
  w.narrowing_reason = FormValue(f, "waarom_minder");
  const std::string& family_id = req.params.at("id");
  auto done = stip.WithholdItem(*req.principal, family_id, kind, item, w);
  if (done) {
    const auto k = domain::ParseWithheldKind(kind);
    return http::Response::Redirect(ItemPage(family_id, k.value_or(domain::WithheldKind::kEntry)) +
                                    "?opgeslagen=1");
  }
  const auto& error = done.error();
  const std::string_view locale = NormalLocale(req.locale);
  if (error.code == domain::Code::kFailedPrecondition) {
    typed.summary.push_back({std::string(Text(locale, "wi_err_state")), ""});
    return Render(stip, req, kind, item, 422, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error, [&](const std::string& field) { return ControlOf(field, locale); },
      Text(locale, "wi_err_summary"));
  return Render(stip, req, kind, item, 400, typed);
}

std::optional<http::Response> WithholdPageAfter(app::Stip& stip, const http::Request& req,
                                                const std::string& form,
                                                const domain::Status& done) {
  const auto posted = req.Form();
  const std::string kind = FormValue(posted, "soort");
  const std::string item = FormValue(posted, "item");
  if (kind.empty() || item.empty()) return std::nullopt;
  const std::string& family_id = req.params.at("id");
  const auto k = domain::ParseWithheldKind(kind);
  if (!k) return ErrorPage(req, 404);
  if (done) return http::Response::Redirect(WithholdHref(family_id, *k, item) + "&opgeslagen=1");
  const auto& error = done.error();
  const std::string_view locale = NormalLocale(req.locale);
  FormState typed = FormState::Posted(req, form);
  if (error.code == domain::Code::kFailedPrecondition || error.code == domain::Code::kConflict) {
    // Upholding an objection to a withholding of several members is refused (it would show the
    // item to all of them); or the objection was answered meanwhile.
    const bool upheld = form.starts_with("antwoord:") && FormValue(posted, "gegrond") == "ja";
    typed.summary.push_back(
        {std::string(Text(locale, upheld ? "wi_err_upheld_state" : "wi_err_decision_state")), ""});
    return Render(stip, req, kind, item, 422, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) { return DecisionControlOf(form, field, locale); },
      Text(locale, "wi_err_decision"));
  return Render(stip, req, kind, item, 400, typed);
}

}  // namespace stip::web
