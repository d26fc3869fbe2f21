// The family's own plan's pages (issue 11 item 2): for professionals on the family file
// (/gezinnen/{id}/plan) and for the family on Ons gezin (/ons-gezin/plan), and the compare of
// two versions below each (/vergelijk). The offer and its outcome, the newest version, the
// professionals' conditions apart, the comments, every version; the forms. Thin handlers: one
// app call, then 303, or the page again with what was typed and what is wrong (400, 422).
#include <map>
#include <string>
#include <vector>

#include "domain/family_plan.h"
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

constexpr std::string_view kFamilyPlanPath = "/ons-gezin/plan";
constexpr int kExtraRows = 2;  // empty rows for new actions and watchers

using Place = FeaturePlace;
using Typed = FormState;  // forms: "aanbod", "uitkomst", "versie", "voorwaarden", "reactie"

std::string Lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  std::string line;
  for (char c : text + "\n") {
    if (c == '\n') {
      const std::string t = domain::Trim(line);
      if (!t.empty()) out.push_back(t);
      line.clear();
    } else if (c != '\r') {
      line += c;
    }
  }
  return out;
}

std::string NameOf(const std::map<std::string, std::string>& names, const std::string& id) {
  const auto it = names.find(id);
  return it == names.end() ? id : it->second;
}

std::string OwnerKindText(std::string_view locale, domain::OwnerKind k) {
  return std::string(Text(locale, "fp_owner_" + std::string(domain::ToString(k))));
}

std::string DateText(std::string_view locale, const std::optional<domain::Date>& d) {
  return d ? FormatLongDate(*d, locale) : std::string();
}

Data Strings(const std::vector<std::string>& lines) {
  Data list{Data::type::list};
  for (const auto& l : lines) {
    Data x;
    x.set("words", l);
    list.push_back(x);
  }
  return list;
}

// One version as the page shows it.
Data VersionData(std::string_view locale, const app::FamilyPlanView* view,
                 const std::map<std::string, std::string>& names, const domain::PlanVersion& v,
                 const WithheldPage* withheld = nullptr) {
  Data d;
  const auto& c = v.content;
  d.set("number", std::to_string(v.number));
  d.set("heading", Fill(Text(locale, "fp_version_n"), {{"n", std::to_string(v.number)}}));
  d.set("byline",
        Fill(Text(locale, "fp_written_by"), {{"name", NameOf(names, v.member_id)},
                                             {"when", FormatDateTime(v.written_at, locale)}}));
  d.set("kind", std::string(Text(locale, c.kind == domain::PlanKind::kSafety ? "fp_kind_safety"
                                                                             : "fp_kind_family")));
  d.set("goals", Strings(c.goals));
  Data actions{Data::type::list};
  for (const auto& a : c.actions) {
    Data x;
    x.set("what", a.what);
    x.set("owner", a.owner);
    x.set("owner_kind", OwnerKindText(locale, a.owner_kind));
    x.set("due", FormatLongDate(a.due_on, locale));
    actions.push_back(x);
  }
  d.set("has_actions", !c.actions.empty());
  d.set("actions", actions);
  d.set("evaluation", c.evaluation_on ? Data(DateText(locale, c.evaluation_on)) : Data(false));
  d.set("if_not_working", c.if_not_working.empty() ? Data(false) : Data(c.if_not_working));
  d.set("safety", c.kind == domain::PlanKind::kSafety);
  d.set("rules", Strings(c.rules));
  Data watchers{Data::type::list};
  for (const auto& w : c.watchers) {
    Data x;
    x.set("name", w.name);
    x.set("reach", w.reach);
    watchers.push_back(x);
  }
  d.set("has_watchers", !c.watchers.empty());
  d.set("watchers", watchers);
  d.set("has_signs", !c.warning_signs.empty());
  d.set("signs", Strings(c.warning_signs));
  Data comments{Data::type::list};
  if (view && withheld) {
    for (const auto& cm : view->plan.comments) {
      if (cm.version != v.number) continue;
      Data x;
      x.set("by",
            Fill(Text(locale, "fp_comment_by"), {{"name", NameOf(names, cm.added_by)},
                                                 {"when", FormatDateTime(cm.added_at, locale)}}));
      x.set("words", cm.words);
      // Issue 11 item 6: withheld from the member: a placeholder; for professionals who from.
      x.set("withheld", WithheldData(*withheld, view->plan.withheld, cm.id,
                                     domain::WithheldKind::kPlanComment));
      x.set("hidden", withheld->family_viewer && view->plan.withheld.count(cm.id) > 0);
      comments.push_back(x);
    }
  }
  d.set("has_comments", !comments.is_empty_list());
  d.set("comments", comments);
  return d;
}

// The words of agreement `agreement_id` of a meeting of this file, as the caller reads them; ""
// when there is none, or it is withheld from the caller (then no words may leave the store).
std::string AgreementWords(app::Stip& stip, const http::Request& req, const std::string& family_id,
                           const std::string& agreement_id) {
  auto meetings = stip.MeetingsOf(*req.principal, family_id, ChosenPurpose(req));
  if (!meetings) return {};
  for (const auto& mv : meetings->meetings) {
    for (const auto& a : mv.meeting.agreements) {
      // Not one withheld from anyone: the whole household reads the plan.
      if (a.id == agreement_id && !mv.meeting.withheld.count(a.id) &&
          !mv.held_agreements.count(a.id)) {
        return a.words;
      }
    }
  }
  return {};
}

http::Response Render(app::Stip& stip, const http::Request& req, const Place& place,
                      unsigned status, const Typed& typed) {
  auto view = stip.FamilyPlanOf(*req.principal, place.family_id, ChosenPurpose(req));
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  const auto& v = *view;
  const WithheldPage withheld_page =
      WithheldPageOf(stip, req, place.family, v.names, v.family_id, "/ons-gezin/plan");
  const auto t = [&](const char* key) { return std::string(Text(locale, key)); };
  Data page;
  page.set("family_name", v.family_name);
  page.set("intro", t(place.family ? "fp_intro_family" : "fp_intro"));
  page.set("back_href",
           place.family ? std::string(kFamilyHomePath) : "/gezinnen/" + UrlEncode(place.family_id));
  page.set("back_text", t(place.family ? "fp_back_family" : "fp_back"));

  // The offer and its outcome.
  std::string offer_text = t("fp_no_offer");
  Data outcome_text(false);
  if (const auto& o = v.plan.offer) {
    offer_text =
        Fill(Text(locale, "fp_offered_on"), {{"date", FormatLongDate(o->offered_on, locale)},
                                             {"name", NameOf(v.names, o->offered_by)}});
    if (!o->words.empty()) offer_text += " " + o->words;
    switch (o->outcome) {
      case domain::OfferOutcome::kOpen:
        outcome_text = Data(t("fp_outcome_open"));
        break;
      case domain::OfferOutcome::kAccepted:
        outcome_text = Data(Fill(Text(locale, "fp_outcome_accepted"),
                                 {{"date", DateText(locale, o->decided_on)},
                                  {"expected", DateText(locale, o->expected_by)}}));
        break;
      case domain::OfferOutcome::kDeclined:
        outcome_text = Data(
            Fill(Text(locale, "fp_outcome_declined"), {{"date", DateText(locale, o->decided_on)}}) +
            // The reason is what the professional wrote down, not the family's own words.
            (o->reason.empty()
                 ? ""
                 : " " + Fill(Text(locale, "fp_outcome_noted"),
                              {{"name", NameOf(v.names, o->answered_by)}, {"words", o->reason}})));
        break;
      case domain::OfferOutcome::kWaived:
        outcome_text = Data(Fill(
            Text(locale, "fp_outcome_waived"),
            {{"date", DateText(locale, o->decided_on)},
             {"ground", t(o->ground == domain::WaiverGround::kConcreteThreat ? "fp_ground_threat"
                                                                             : "fp_ground_child")},
             {"reason", o->reason}}));
        break;
    }
  }
  page.set("offer_text", offer_text);
  page.set("outcome_text", outcome_text);
  page.set("due_text",
           v.professional_plan_due
               ? Data(Fill(Text(locale, "fp_due"),
                           {{"date", FormatLongDate(*v.professional_plan_due, locale)}}))
               : Data(false));

  // The newest version, the conditions, the older versions.
  const domain::PlanVersion* newest = v.plan.versions.empty() ? nullptr : &v.plan.versions.back();
  page.set("has_plan", newest != nullptr);
  if (newest) page.set("plan", VersionData(locale, &v, v.names, *newest, &withheld_page));
  Data older{Data::type::list};
  for (auto it = v.plan.versions.rbegin(); it != v.plan.versions.rend(); ++it) {
    if (&*it == newest) continue;
    older.push_back(VersionData(locale, &v, v.names, *it, &withheld_page));
  }
  page.set("has_older", !older.is_empty_list());
  page.set("older", older);
  const domain::SafetyConditions* conditions =
      v.plan.conditions.empty() ? nullptr : &v.plan.conditions.back();
  const bool conditions_hidden =
      conditions && place.family && v.plan.withheld.count(domain::ConditionsId(*conditions)) > 0;
  page.set("has_conditions", conditions && (!conditions->conditions.empty() || conditions_hidden));
  page.set("conditions_withheld", conditions ? WithheldData(withheld_page, v.plan.withheld,
                                                            domain::ConditionsId(*conditions),
                                                            domain::WithheldKind::kPlanConditions)
                                             : Data(false));
  if (conditions) {
    page.set("conditions", Strings(conditions->conditions));
    page.set("conditions_by", Fill(Text(locale, "fp_conditions_by"),
                                   {{"name", NameOf(v.names, conditions->set_by)},
                                    {"when", FormatDateTime(conditions->set_at, locale)}}));
  }

  // Compare (a GET form: works without JavaScript).
  std::vector<std::pair<std::string, std::string>> versions;
  for (const auto& ver : v.plan.versions) {
    versions.emplace_back(std::to_string(ver.number),
                          Fill(Text(locale, "fp_version_n"), {{"n", std::to_string(ver.number)}}));
  }
  page.set("may_compare", v.plan.versions.size() >= 2);
  page.set("compare_action", place.base + "/vergelijk");
  if (v.plan.versions.size() >= 2) {
    const auto n = v.plan.versions.size();
    page.set("compare_from",
             FormSelect(FormState{}, "vergelijk", "vergelijk-van", "van", t("fp_compare_from"),
                        versions, std::to_string(v.plan.versions[n - 2].number)));
    page.set("compare_to",
             FormSelect(FormState{}, "vergelijk", "vergelijk-tot", "tot", t("fp_compare_to"),
                        versions, std::to_string(v.plan.versions[n - 1].number)));
  }

  // The forms.
  const bool offer_open = v.plan.offer && v.plan.offer->outcome == domain::OfferOutcome::kOpen;
  page.set("may_offer", v.may_manage && !v.plan.offer);
  page.set("may_answer", v.may_manage && offer_open);
  page.set("may_manage", v.may_manage);
  page.set("may_comment", v.may_comment && newest != nullptr);
  page.set("may_write", v.may_write);
  page.set("writes_not_yet",
           place.family && !v.may_write && v.write_reason != domain::Reason::kNotConcerned);
  page.set("offer_action", place.base + "/aanbod");
  page.set("outcome_action", place.base + "/uitkomst");
  page.set("version_action", place.base + "/versie");
  page.set("conditions_action", place.base + "/voorwaarden");
  page.set("comment_action", place.base + "/reactie");
  page.set("offer_date", FormField(typed, "aanbod", "aanbod-datum", "datum",
                                   t("fp_label_offered_on"), {}, 0, "date"));
  page.set("offer_words", FormField(typed, "aanbod", "aanbod-woorden", "woorden",
                                    t("fp_label_offer_words"), {}, 3));
  page.set("outcome_choice",
           FormRadios(typed, "uitkomst", "uitkomst-keuze", "uitkomst", t("fp_label_outcome"),
                      {{"accepted", t("fp_choice_accepted")},
                       {"declined", t("fp_choice_declined")},
                       {"waived", t("fp_choice_waived")}}));
  page.set("outcome_date", FormField(typed, "uitkomst", "uitkomst-datum", "datum",
                                     t("fp_label_decided_on"), {}, 0, "date"));
  page.set("outcome_expected", FormField(typed, "uitkomst", "uitkomst-verwacht", "verwacht",
                                         t("fp_label_expected_by"), {}, 0, "date"));
  page.set("outcome_ground",
           FormSelect(typed, "uitkomst", "uitkomst-grond", "grond", t("fp_label_ground"),
                      {{"", t("fp_choose_ground")},
                       {"concrete_threat", t("fp_ground_threat")},
                       {"child_interest", t("fp_ground_child")}}));
  page.set("outcome_reason",
           FormField(typed, "uitkomst", "uitkomst-reden", "reden", t("fp_label_reason"), {}, 3));
  page.set(
      "conditions_field",
      FormField(typed, "voorwaarden", "voorwaarden-tekst", "voorwaarden", t("fp_label_conditions"),
                conditions ? Lines(conditions->conditions) : std::string(), 5));
  if (newest) {
    page.set("comment_version",
             FormSelect(typed, "reactie", "reactie-versie", "versie", t("fp_label_version"),
                        versions, std::to_string(newest->number)));
  }
  page.set("comment_words",
           FormField(typed, "reactie", "reactie-woorden", "woorden", t("fp_label_comment"), {}, 3));

  // The family's form: the newest version to start from, or empty.
  const domain::PlanContent start = newest ? newest->content : domain::PlanContent{};
  page.set("version_kind",
           FormRadios(typed, "versie", "versie-soort", "soort", t("fp_label_kind"),
                      {{"family", t("fp_kind_family")}, {"safety", t("fp_kind_safety")}},
                      std::string(domain::ToString(start.kind))));
  page.set("version_goals", FormField(typed, "versie", "versie-doelen", "doelen",
                                      t("fp_label_goals"), Lines(start.goals), 4));
  const std::vector<std::pair<std::string, std::string>> owner_kinds{
      {"member", t("fp_owner_member")},
      {"network", t("fp_owner_network")},
      {"professional", t("fp_owner_professional")}};
  // Issue 11 item 3: "put this agreement in our plan" on the meetings page opens this form with
  // the agreement's words as a new action (?afspraak=<id>); the family fills in who and when
  // and saves the version: the family stays the author. Only an agreement the writer may read.
  std::string from_agreement;
  if (v.may_write && typed.form.empty()) {
    if (auto a = req.query.find("afspraak"); a != req.query.end()) {
      from_agreement = AgreementWords(stip, req, place.family_id, a->second);
    }
  }
  page.set("from_agreement", !from_agreement.empty());
  const int known_actions = static_cast<int>(start.actions.size());
  const int action_rows = known_actions + kExtraRows;
  Data action_rows_data{Data::type::list};
  for (int i = 0; i < action_rows; ++i) {
    const bool has = i < known_actions;
    const std::string what = has                                             ? start.actions[i].what
                             : i == known_actions && !from_agreement.empty() ? from_agreement
                                                                             : std::string();
    const std::string n = std::to_string(i);
    const std::string pre = "actie-" + n;
    Data row;
    row.set("legend", Fill(Text(locale, "fp_action_n"), {{"n", std::to_string(i + 1)}}));
    row.set("what", FormField(typed, "versie", pre + "-wat", pre + "-wat",
                              t("fp_label_action_what"), what));
    row.set("owner", FormField(typed, "versie", pre + "-wie", pre + "-wie",
                               t("fp_label_action_owner"), has ? start.actions[i].owner : ""));
    row.set(
        "owner_kind",
        FormSelect(typed, "versie", pre + "-soort", pre + "-soort", t("fp_label_action_kind"),
                   owner_kinds,
                   has ? std::string(domain::ToString(start.actions[i].owner_kind)) : "member"));
    row.set("due",
            FormField(typed, "versie", pre + "-datum", pre + "-datum", t("fp_label_action_due"),
                      has ? FormatDate(start.actions[i].due_on) : "", 0, "date"));
    action_rows_data.push_back(row);
  }
  page.set("action_rows", action_rows_data);
  page.set("action_count", std::to_string(action_rows));
  page.set("version_evaluation",
           FormField(typed, "versie", "versie-evaluatie", "evaluatie", t("fp_label_evaluation"),
                     start.evaluation_on ? FormatDate(*start.evaluation_on) : "", 0, "date"));
  page.set("version_if_not", FormField(typed, "versie", "versie-als-niet", "als_niet",
                                       t("fp_label_if_not_working"), start.if_not_working, 3));
  page.set("version_rules", FormField(typed, "versie", "versie-regels", "regels",
                                      t("fp_label_rules"), Lines(start.rules), 4));
  const int watcher_rows = static_cast<int>(start.watchers.size()) + kExtraRows;
  Data watcher_rows_data{Data::type::list};
  for (int i = 0; i < watcher_rows; ++i) {
    const bool has = i < static_cast<int>(start.watchers.size());
    const std::string pre = "waker-" + std::to_string(i);
    Data row;
    row.set("legend", Fill(Text(locale, "fp_watcher_n"), {{"n", std::to_string(i + 1)}}));
    row.set("name", FormField(typed, "versie", pre + "-naam", pre + "-naam",
                              t("fp_label_watcher_name"), has ? start.watchers[i].name : ""));
    row.set("reach", FormField(typed, "versie", pre + "-bereik", pre + "-bereik",
                               t("fp_label_watcher_reach"), has ? start.watchers[i].reach : ""));
    watcher_rows_data.push_back(row);
  }
  page.set("watcher_rows", watcher_rows_data);
  page.set("watcher_count", std::to_string(watcher_rows));
  page.set("version_signs", FormField(typed, "versie", "versie-signalen", "signalen",
                                      t("fp_label_signs"), Lines(start.warning_signs), 4));

  page.set("done", req.query.count("opgeslagen") > 0 && typed.summary.empty());
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = t("fp_title") + ": " + v.family_name;
  meta.self_path = place.base;
  meta.nav = place.family ? "ons_gezin" : "families";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "plan", meta, std::move(page));
}

// Which control shows an app field's problem: the control id and the label's key. Indexed
// fields ("actions[1].due_on", "goals[0]") go to their row's control or the whole text area.
std::optional<FormControl> ControlOf(std::string_view form, const std::string& field,
                                     std::string_view locale) {
  const auto t = [&](const char* key) { return std::string(Text(locale, key)); };
  if (form == "aanbod") {
    if (field == "offered_on") return FormControl{"aanbod-datum", t("fp_label_offered_on")};
    if (field == "words") return FormControl{"aanbod-woorden", t("fp_label_offer_words")};
  } else if (form == "uitkomst") {
    if (field == "outcome") return FormControl{"uitkomst-keuze", t("fp_label_outcome")};
    if (field == "decided_on") return FormControl{"uitkomst-datum", t("fp_label_decided_on")};
    if (field == "expected_by") return FormControl{"uitkomst-verwacht", t("fp_label_expected_by")};
    if (field == "ground") return FormControl{"uitkomst-grond", t("fp_label_ground")};
    if (field == "reason") return FormControl{"uitkomst-reden", t("fp_label_reason")};
  } else if (form == "voorwaarden") {
    if (field.starts_with("conditions")) {
      return FormControl{"voorwaarden-tekst", t("fp_label_conditions")};
    }
  } else if (form == "reactie") {
    if (field == "version") return FormControl{"reactie-versie", t("fp_label_version")};
    if (field == "words") return FormControl{"reactie-woorden", t("fp_label_comment")};
  } else if (form == "versie") {
    if (field == "kind") return FormControl{"versie-soort", t("fp_label_kind")};
    if (field.starts_with("goals")) return FormControl{"versie-doelen", t("fp_label_goals")};
    if (field.starts_with("rules")) return FormControl{"versie-regels", t("fp_label_rules")};
    if (field.starts_with("warning_signs")) {
      return FormControl{"versie-signalen", t("fp_label_signs")};
    }
    if (field == "evaluation_on") return FormControl{"versie-evaluatie", t("fp_label_evaluation")};
    if (field == "if_not_working") {
      return FormControl{"versie-als-niet", t("fp_label_if_not_working")};
    }
    const auto indexed =
        [&](std::string_view prefix) -> std::optional<std::pair<int, std::string>> {
      if (!field.starts_with(prefix)) return std::nullopt;
      const auto close = field.find(']');
      if (close == std::string::npos) return std::nullopt;
      const std::string n = field.substr(prefix.size(), close - prefix.size());
      if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
      const std::string rest = close + 2 <= field.size() ? field.substr(close + 2) : "";
      return std::pair{std::stoi(n), rest};
    };
    if (auto a = indexed("actions[")) {
      const std::string pre = "actie-" + std::to_string(a->first);
      const std::string row =
          " (" + Fill(Text(locale, "fp_action_n"), {{"n", std::to_string(a->first + 1)}}) + ")";
      if (a->second == "what") return FormControl{pre + "-wat", t("fp_label_action_what") + row};
      if (a->second == "owner") return FormControl{pre + "-wie", t("fp_label_action_owner") + row};
      if (a->second == "owner_kind") {
        return FormControl{pre + "-soort", t("fp_label_action_kind") + row};
      }
      if (a->second == "due_on") return FormControl{pre + "-datum", t("fp_label_action_due") + row};
    }
    if (field == "actions") return FormControl{"actie-0-wat", t("fp_label_action_what")};
    if (auto w = indexed("watchers[")) {
      const std::string pre = "waker-" + std::to_string(w->first);
      const std::string row =
          " (" + Fill(Text(locale, "fp_watcher_n"), {{"n", std::to_string(w->first + 1)}}) + ")";
      if (w->second == "name") return FormControl{pre + "-naam", t("fp_label_watcher_name") + row};
      if (w->second == "reach") {
        return FormControl{pre + "-bereik", t("fp_label_watcher_reach") + row};
      }
    }
    if (field == "watchers") return FormControl{"waker-0-naam", t("fp_label_watcher_name")};
  }
  return std::nullopt;
}

http::Response Submitted(app::Stip& stip, const http::Request& req, const Place& place, Typed typed,
                         const domain::Status& done) {
  if (done) return http::Response::Redirect(place.base + "?opgeslagen=1");
  const auto& error = done.error();
  const std::string_view locale = NormalLocale(req.locale);
  if (error.code == domain::Code::kFailedPrecondition) {
    typed.summary.push_back({std::string(Text(locale, "fp_err_state")), ""});
    return Render(stip, req, place, 422, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) { return ControlOf(typed.form, field, locale); },
      Text(locale, "fp_err_summary"));
  return Render(stip, req, place, 400, typed);
}

int RowCount(const std::map<std::string, std::string>& form, const char* key) {
  const std::string n = FormValue(form, key);
  if (n.empty() || n.size() > 2 || n.find_first_not_of("0123456789") != std::string::npos) {
    return 0;
  }
  return std::stoi(n);
}

// The version form as typed: empty rows (nothing typed in any field but the kind of owner)
// are left out, so the rows keep their numbers for the errors only when they hold something.
app::NewPlanVersion VersionOf(const std::map<std::string, std::string>& f,
                              std::vector<int>& action_rows, std::vector<int>& watcher_rows) {
  app::NewPlanVersion v;
  v.kind = FormValue(f, "soort");
  v.goals = SplitLines(FormValue(f, "doelen"));
  const int actions = RowCount(f, "acties");
  for (int i = 0; i < actions; ++i) {
    const std::string pre = "actie-" + std::to_string(i);
    app::NewPlanAction a{FormValue(f, pre + "-wat"), FormValue(f, pre + "-soort"),
                         FormValue(f, pre + "-wie"), FormValue(f, pre + "-datum")};
    if (domain::Trim(a.what).empty() && domain::Trim(a.owner).empty() &&
        domain::Trim(a.due_on).empty()) {
      continue;
    }
    v.actions.push_back(std::move(a));
    action_rows.push_back(i);
  }
  v.evaluation_on = FormValue(f, "evaluatie");
  v.if_not_working = FormValue(f, "als_niet");
  if (v.kind == "safety") {
    v.rules = SplitLines(FormValue(f, "regels"));
    const int watchers = RowCount(f, "wakers");
    for (int i = 0; i < watchers; ++i) {
      const std::string pre = "waker-" + std::to_string(i);
      app::NewPlanWatcher w{FormValue(f, pre + "-naam"), FormValue(f, pre + "-bereik")};
      if (domain::Trim(w.name).empty() && domain::Trim(w.reach).empty()) continue;
      v.watchers.push_back(std::move(w));
      watcher_rows.push_back(i);
    }
    v.warning_signs = SplitLines(FormValue(f, "signalen"));
  }
  return v;
}

// "actions[1].what" with the app's index 1 -> the form's row number `rows[1]`.
std::string RowField(const std::string& field, std::string_view prefix,
                     const std::vector<int>& rows) {
  if (!field.starts_with(prefix)) return field;
  const auto close = field.find(']');
  if (close == std::string::npos) return field;
  const std::string n = field.substr(prefix.size(), close - prefix.size());
  if (n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos) {
    return field;
  }
  const auto i = static_cast<std::size_t>(std::stoi(n));
  if (i >= rows.size()) return field;
  return std::string(prefix) + std::to_string(rows[i]) + field.substr(close);
}

}  // namespace

http::Response FamilyPlanPage(app::Stip& stip, const http::Request& req, bool family_route) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyPlanPath, "plan", refusal);
  if (!place) return refusal;
  return Render(stip, req, *place, 200, Typed{});
}

http::Response FamilyPlanSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                                std::string_view form_name) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyPlanPath, "plan", refusal);
  if (!place) return refusal;
  Typed typed = FormState::Posted(req, std::string(form_name));
  const auto& f = typed.values;
  const auto& who = *req.principal;
  domain::Status done;
  if (form_name == "aanbod") {
    done = stip.OfferFamilyPlan(who, place->family_id,
                                {FormValue(f, "datum"), FormValue(f, "woorden")});
  } else if (form_name == "uitkomst") {
    done = stip.AnswerPlanOffer(
        who, place->family_id,
        {FormValue(f, "uitkomst"), FormValue(f, "datum"), FormValue(f, "verwacht"),
         FormValue(f, "grond"), FormValue(f, "reden")});
  } else if (form_name == "voorwaarden") {
    done = stip.SetPlanConditions(who, place->family_id, SplitLines(FormValue(f, "voorwaarden")));
  } else if (form_name == "reactie") {
    const std::string n = domain::Trim(FormValue(f, "versie"));
    const int version =
        n.empty() || n.size() > 6 || n.find_first_not_of("0123456789") != std::string::npos
            ? 0
            : std::stoi(n);
    auto id = stip.CommentOnPlan(who, place->family_id, version, FormValue(f, "woorden"));
    if (!id) done = tl::unexpected(id.error());
  } else {
    std::vector<int> action_rows;
    std::vector<int> watcher_rows;
    auto version =
        stip.WritePlanVersion(who, place->family_id, VersionOf(f, action_rows, watcher_rows));
    if (!version) {
      // The app counts only the rows that hold something; the page names the row as shown.
      auto error = version.error();
      for (auto& fe : error.fields) {
        fe.field = RowField(fe.field, "actions[", action_rows);
        fe.field = RowField(fe.field, "watchers[", watcher_rows);
      }
      done = tl::unexpected(std::move(error));
    }
  }
  return Submitted(stip, req, *place, std::move(typed), done);
}

// The compare of two versions (?van=1&tot=2): per field what went and what came.
http::Response PlanComparePage(app::Stip& stip, const http::Request& req, bool family_route) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyPlanPath, "plan", refusal);
  if (!place) return refusal;
  const std::string_view locale = NormalLocale(req.locale);
  const auto t = [&](const char* key) { return std::string(Text(locale, key)); };
  const auto number = [&](const char* key) {
    const auto it = req.query.find(key);
    const std::string s = it == req.query.end() ? std::string() : domain::Trim(it->second);
    if (s.empty() || s.size() > 6 || s.find_first_not_of("0123456789") != std::string::npos) {
      return 0;
    }
    return std::stoi(s);
  };
  const int from = number("van");
  const int to = number("tot");
  auto view = stip.ComparePlan(*req.principal, place->family_id, from, to, ChosenPurpose(req));
  if (!view) return ErrorFor(req, view.error());
  Data page;
  page.set("family_name", view->family_name);
  page.set("back_href", place->base);
  page.set("heading", Fill(Text(locale, "fp_compare_heading"),
                           {{"from", std::to_string(from)}, {"to", std::to_string(to)}}));
  page.set("from_line", Fill(Text(locale, "fp_written_by"),
                             {{"name", NameOf(view->names, view->from.member_id)},
                              {"when", FormatDateTime(view->from.written_at, locale)}}));
  page.set("to_line", Fill(Text(locale, "fp_written_by"),
                           {{"name", NameOf(view->names, view->to.member_id)},
                            {"when", FormatDateTime(view->to.written_at, locale)}}));
  page.set("from_heading", Fill(Text(locale, "fp_version_n"), {{"n", std::to_string(from)}}));
  page.set("to_heading", Fill(Text(locale, "fp_version_n"), {{"n", std::to_string(to)}}));
  Data rows{Data::type::list};
  bool any = false;
  for (const auto& c : view->changes) {
    Data row;
    row.set("field", std::string(Text(locale, "fp_field_" + c.field)));
    row.set("changed", c.changed());
    row.set("removed", Strings(c.removed));
    row.set("added", Strings(c.added));
    row.set("has_removed", !c.removed.empty());
    row.set("has_added", !c.added.empty());
    any = any || c.changed();
    rows.push_back(row);
  }
  page.set("rows", rows);
  page.set("nothing_changed", !any);
  PageMeta meta;
  meta.title = t("fp_compare_title") + ": " + view->family_name;
  meta.self_path = place->base + "/vergelijk";
  meta.nav = place->family ? "ons_gezin" : "families";
  return RenderPage(req, 200, "plan_compare", meta, std::move(page));
}

}  // namespace stip::web
