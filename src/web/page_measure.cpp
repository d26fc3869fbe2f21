// The measures' pages (issue 12 item 3): for professionals on the family file
// (/gezinnen/{id}/maatregelen: the frame, every measure with its history, the deadlines table
// with due dates and early warnings, and the forms to record, extend and end a measure) and for
// the family on Ons gezin (/ons-gezin/maatregelen: what the measure is, until when, and what
// happens next with dates, in B1 Dutch). Thin handlers: one app call, then 303, or the page
// again with what was typed and what is wrong (400; 422 when the step cannot be taken).
#include <map>
#include <string>
#include <vector>

#include "domain/measure.h"
#include "domain/text.h"
#include "web/field_errors.h"
#include "web/form_state.h"
#include "web/local_time.h"
#include "web/measure_text.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/rights_view.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {

std::string MeasureKindText(std::string_view locale, domain::MeasureKind kind) {
  return std::string(Text(locale, "ms_kind_" + std::string(domain::ToString(kind))));
}

std::string DeadlineText(std::string_view locale, domain::DeadlineKind kind) {
  return std::string(Text(locale, "ms_dl_" + std::string(domain::ToString(kind))));
}

namespace {

constexpr std::string_view kFamilyMeasuresPath = "/ons-gezin/maatregelen";

using Place = FeaturePlace;

// What came back from a form: "maatregel", "verlengen:<id>", "beeindigen:<id>" or
// "termijn:<id>".
struct Typed : FormState {
  bool blocked = false;  // 422: the step cannot be taken (Render says so)
};

std::string NameOf(const app::MeasuresView& v, const std::string& id) {
  const auto it = v.names.find(id);
  return it == v.names.end() ? id : it->second;
}

std::string Names(const app::MeasuresView& v, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + NameOf(v, id);
  return out;
}

std::string Long(const domain::Date& d, std::string_view locale) {
  return FormatLongDate(d, locale);
}

domain::MeasureState StateOf(const app::MeasuresView& v, const domain::MeasureRecord& m) {
  const auto end = v.ends.find(m.id);
  if (end != v.ends.end() && end->second <= v.today) return domain::MeasureState::kEnded;
  if (v.today < m.start) return domain::MeasureState::kScheduled;
  return domain::MeasureState::kRunning;
}

// Until when, in words: the day it stops holding, and that 18 ends it when it does.
std::string UntilText(std::string_view locale, const app::MeasuresView& v,
                      const domain::MeasureRecord& m) {
  const auto end = v.ends.find(m.id);
  if (end == v.ends.end()) return std::string(Text(locale, "ms_until_18"));
  std::string out = Fill(Text(locale, "ms_until"), {{"date", Long(end->second, locale)}});
  if (m.ended_on && end->second == *m.ended_on) {
    out += " " + std::string(Text(locale, "ms_ended_early"));
  } else if (!m.end || end->second < *m.end) {
    out += " " + std::string(Text(locale, "ms_ends_at_18"));
  }
  return out;
}

Data DeadlineRow(std::string_view locale, const app::MeasuresView& v,
                 const domain::MeasureDeadline& d, bool family) {
  Data row;
  const auto* m = domain::FindMeasure(v.measures, d.measure_id);
  row.set("what", std::string(Text(locale, std::string(family ? "ms_dlf_" : "ms_dl_") +
                                               std::string(domain::ToString(d.kind)))));
  row.set("measure", MeasureKindText(locale, d.measure_kind));
  row.set("children",
          d.child_id.empty() ? (m ? Names(v, m->children) : std::string()) : NameOf(v, d.child_id));
  row.set("due", Long(d.due, locale));
  row.set("warn", Long(d.warn_from, locale));
  row.set("article", std::string(d.article));
  row.set("overdue", d.overdue);
  row.set("warning", !d.overdue && !d.done_on && !(v.today < d.warn_from));
  row.set("done", d.done_on ? Data(Fill(Text(locale, family ? "ms_done_on_family" : "ms_done_on"),
                                        {{"date", Long(*d.done_on, locale)}}))
                            : Data(false));
  return row;
}

Data ShowMeasure(std::string_view locale, const app::MeasuresView& v, const Place& place,
                 const Typed& typed, const domain::MeasureRecord& m) {
  Data d;
  d.set("id", "maatregel-" + m.id);
  d.set("heading", MeasureKindText(locale, m.kind));
  d.set("explain",
        std::string(Text(locale, "ms_explain_" + std::string(domain::ToString(m.kind)))));
  d.set("children", Names(v, m.children));
  d.set("parents", m.parents.empty() ? Data(false) : Data(Names(v, m.parents)));
  d.set("ruling", Long(m.ruling_date, locale));
  d.set("start", Long(m.start, locale));
  d.set("until", UntilText(locale, v, m));
  const auto state = StateOf(v, m);
  d.set("state", std::string(Text(locale, "ms_state_" + std::string(domain::ToString(state)))));
  d.set("threats", m.threats.empty() ? Data(false) : Data(m.threats));
  d.set("ended_reason", m.ended_reason.empty() ? Data(false) : Data(m.ended_reason));
  Data next{Data::type::list};
  bool has_next = false;
  for (const auto& dl : v.deadlines) {
    if (dl.measure_id != m.id) continue;
    next.push_back(DeadlineRow(locale, v, dl, place.family));
    has_next = true;
  }
  d.set("has_next", has_next);
  d.set("next", next);
  if (place.family) {
    // What happens, what it means, what happens next, and the family's rights (issue 12
    // item 4), every legal term linked to the glossary.
    d.set("happened",
          Fill(Text(locale, "ms_happened_family"), {{"ruling", Long(m.ruling_date, locale)},
                                                    {"kind", MeasureKindText(locale, m.kind)}}));
    const std::string term(MeasureTerm(m.kind));
    d.set("term_href", "/begrippen#" + domain::TermAnchor(term));
    d.set("term_link", Fill(Text(locale, "ms_term_link"), {{"term", term}}));
    d.set("summary_only", m.summary_only);
    d.set("rights", RightsData(locale, domain::RightsForMeasure(m.kind), m.ruling_date, v.today,
                               "maatregel-" + m.id));
    return d;
  }
  if (!m.decision_id.empty()) {
    std::string what = m.decision_id;
    for (const auto& [id, w] : v.decisions) {
      if (id == m.decision_id) what = w;
    }
    d.set("decision", what);
  } else {
    d.set("decision", false);
  }
  Data history{Data::type::list};
  for (const auto& s : m.history) {
    Data h;
    const std::string who = NameOf(v, s.by);
    switch (s.kind) {
      case domain::MeasureStepKind::kRecorded:
        h.set("line", Fill(Text(locale, "ms_step_recorded"),
                           {{"ruling", Long(s.ruling_date, locale)}, {"who", who}}));
        break;
      case domain::MeasureStepKind::kExtended:
        h.set("line", Fill(Text(locale, "ms_step_extended"),
                           {{"ruling", Long(s.ruling_date, locale)},
                            {"date", s.end ? Long(*s.end, locale) : std::string()},
                            {"who", who}}));
        break;
      case domain::MeasureStepKind::kEnded:
        h.set("line", Fill(Text(locale, "ms_step_ended"),
                           {{"date", s.end ? Long(*s.end, locale) : std::string()}, {"who", who}}));
        break;
    }
    h.set("reason", s.reason.empty() ? Data(false) : Data(s.reason));
    history.push_back(h);
  }
  d.set("history", history);
  const bool open = state != domain::MeasureState::kEnded;
  const std::string p = m.id + "-";
  const std::string base = place.base + "/" + UrlEncode(m.id);
  if (v.may_edit && open && domain::IsExtendable(m.kind) && m.end) {
    const std::string form = "verlengen:" + m.id;
    Data f;
    f.set("action", base + "/verlengen");
    f.set("title_id", p + "verlengen-titel");
    f.set("ruling", FormField(typed, form, p + "verlengen-uitspraak", "uitspraak",
                              Text(locale, "ms_label_ruling"), "", 0, "date"));
    f.set("end", FormField(typed, form, p + "verlengen-einde", "einde",
                           Text(locale, "ms_label_new_end"), "", 0, "date"));
    f.set("reason", FormField(typed, form, p + "verlengen-reden", "reden",
                              Text(locale, "ms_label_extend_reason"), "", 2));
    d.set("extend", f);
  } else {
    d.set("extend", false);
  }
  // A deadline met (the hearing held, the placement used, the request filed).
  Options open_deadlines{{"", std::string(Text(locale, "ms_choose_deadline"))}};
  for (const auto& dl : v.deadlines) {
    if (dl.measure_id != m.id || dl.done_on || !domain::CanBeMarkedDone(dl.kind)) continue;
    open_deadlines.emplace_back(
        std::string(domain::ToString(dl.kind)) + "|" + domain::FormatDate(dl.due),
        DeadlineText(locale, dl.kind) + " (" + Long(dl.due, locale) + ")");
  }
  if (v.may_edit && open && open_deadlines.size() > 1) {
    const std::string form = "termijn:" + m.id;
    Data f;
    f.set("action", base + "/termijn");
    f.set("title_id", p + "termijn-titel");
    f.set("deadline", FormSelect(typed, form, p + "termijn-welke", "termijn",
                                 Text(locale, "ms_label_deadline"), open_deadlines));
    f.set("day", FormField(typed, form, p + "termijn-datum", "datum",
                           Text(locale, "ms_label_done_on"), "", 0, "date"));
    f.set("note", FormField(typed, form, p + "termijn-toelichting", "toelichting",
                            Text(locale, "ms_label_done_note"), "", 2));
    d.set("met", f);
  } else {
    d.set("met", false);
  }
  if (v.may_edit && open) {
    const std::string form = "beeindigen:" + m.id;
    Data f;
    f.set("action", base + "/beeindigen");
    f.set("title_id", p + "beeindigen-titel");
    f.set("day", FormField(typed, form, p + "beeindigen-datum", "datum",
                           Text(locale, "ms_label_ended_on"), "", 0, "date"));
    f.set("reason", FormField(typed, form, p + "beeindigen-reden", "reden",
                              Text(locale, "ms_label_end_reason"), "", 2));
    d.set("end", f);
  } else {
    d.set("end", false);
  }
  return d;
}

Data RecordForm(std::string_view locale, const app::MeasuresView& v, const Place& place,
                const Typed& typed) {
  const std::string form = "maatregel";
  Data out;
  Options kinds{{"", std::string(Text(locale, "ms_choose"))}};
  for (const auto k : domain::kAllMeasureKinds) {
    kinds.emplace_back(std::string(domain::ToString(k)), MeasureKindText(locale, k));
  }
  out.set("action", place.base);
  out.set("kind",
          FormSelect(typed, form, "nieuw-soort", "soort", Text(locale, "ms_label_kind"), kinds));
  Options children;
  for (const auto& c : v.children) children.emplace_back(c.id, c.name);
  out.set("children", FormChecks(typed, form, "nieuw-kinderen", "kind_",
                                 Text(locale, "ms_label_children"), children, false));
  Options parents;
  for (const auto& p : v.parents) parents.emplace_back(p.id, p.name);
  Data parent_checks = FormChecks(typed, form, "nieuw-ouders", "ouder_",
                                  Text(locale, "ms_label_parents"), parents, v.default_parents);
  parent_checks.set("hint", std::string(Text(locale, "ms_parents_hint")));
  parent_checks.set("describedby",
                    std::string("nieuw-ouders-uitleg") +
                        (typed.errors.count("nieuw-ouders") ? " nieuw-ouders-fout" : ""));
  out.set("parents", parent_checks);
  out.set("ruling", FormField(typed, form, "nieuw-uitspraak", "uitspraak",
                              Text(locale, "ms_label_ruling"), "", 0, "date"));
  out.set("start", FormField(typed, form, "nieuw-start", "start", Text(locale, "ms_label_start"),
                             "", 0, "date"));
  Data end =
      FormField(typed, form, "nieuw-einde", "einde", Text(locale, "ms_label_end"), "", 0, "date");
  end.set("hint", std::string(Text(locale, "ms_end_hint")));
  end.set("describedby", std::string("nieuw-einde-uitleg") +
                             (typed.errors.count("nieuw-einde") ? " nieuw-einde-fout" : ""));
  out.set("end", end);
  out.set("threats", FormField(typed, form, "nieuw-bedreigingen", "bedreigingen",
                               Text(locale, "ms_label_threats"), "", 3));
  Options decisions{{"", std::string(Text(locale, "ms_no_decision"))}};
  for (const auto& [id, what] : v.decisions) decisions.emplace_back(id, what);
  out.set("decision", FormSelect(typed, form, "nieuw-besluit", "besluit",
                                 Text(locale, "ms_label_decision"), decisions));
  return out;
}

http::Response Render(app::Stip& stip, const http::Request& req, const Place& place,
                      unsigned status, const Typed& typed) {
  auto view = stip.MeasuresOf(*req.principal, place.family_id, ChosenPurpose(req));
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  const auto& v = *view;
  Data page;
  page.set("family_name", v.family_name);
  page.set("family", place.family);
  page.set("intro", std::string(Text(locale, place.family ? "ms_intro_family" : "ms_intro")));
  page.set("back_href",
           place.family ? std::string(kFamilyHomePath) : "/gezinnen/" + UrlEncode(place.family_id));
  page.set("back_text", std::string(Text(locale, place.family ? "ms_back_family" : "ms_back")));
  const bool compulsory = v.frame == domain::Frame::kCompulsory;
  page.set("frame", std::string(Text(locale, std::string(compulsory ? "ms_frame_compulsory"
                                                                    : "ms_frame_voluntary") +
                                                 (place.family ? "_family" : ""))));
  page.set("compulsory", compulsory);
  Data measures{Data::type::list};
  for (auto it = v.measures.rbegin(); it != v.measures.rend(); ++it) {
    measures.push_back(ShowMeasure(locale, v, place, typed, *it));
  }
  page.set("has_measures", !v.measures.empty());
  page.set("measures", measures);
  Data deadlines{Data::type::list};
  for (const auto& d : v.deadlines) deadlines.push_back(DeadlineRow(locale, v, d, place.family));
  page.set("has_deadlines", !v.deadlines.empty());
  page.set("deadlines", deadlines);
  page.set("today", Fill(Text(locale, "ms_today"), {{"date", Long(v.today, locale)}}));
  page.set("may_edit", v.may_edit);
  page.set("record", v.may_edit ? RecordForm(locale, v, place, typed) : Data(false));
  std::vector<SummaryLine> summary = typed.summary;
  if (typed.blocked)
    summary.insert(summary.begin(), {std::string(Text(locale, "ms_err_step")), ""});
  page.set("done", req.query.count("opgeslagen") > 0 && summary.empty());
  SetSummary(page, summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "ms_title")) + ": " + v.family_name;
  meta.self_path = place.base;
  meta.nav = place.family ? "ons_gezin" : "families";
  meta.has_errors = !summary.empty();
  return RenderPage(req, status, "measures", meta, std::move(page));
}

http::Response Answer(app::Stip& stip, const http::Request& req, const Place& place, Typed typed,
                      const domain::Status& done,
                      const std::map<std::string, std::pair<std::string, std::string>>& controls) {
  if (done) return http::Response::Redirect(place.base + "?opgeslagen=1");
  const auto& error = done.error();
  const std::string_view locale = NormalLocale(req.locale);
  if (error.code == domain::Code::kFailedPrecondition) {
    typed.blocked = true;
    return Render(stip, req, place, 422, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) -> std::optional<FormControl> {
        auto it = controls.find(field);
        if (it == controls.end() && field.starts_with("children[")) it = controls.find("children");
        if (it == controls.end() && field.starts_with("parents[")) it = controls.find("parents");
        if (it == controls.end()) return std::nullopt;
        return FormControl{it->second.first, std::string(Text(locale, it->second.second))};
      },
      Text(locale, "ms_err_summary"));
  return Render(stip, req, place, 400, typed);
}

}  // namespace

http::Response MeasuresPage(app::Stip& stip, const http::Request& req, bool family_route) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyMeasuresPath, "maatregelen", refusal);
  if (!place) return refusal;
  return Render(stip, req, *place, 200, Typed{});
}

http::Response MeasureSubmit(app::Stip& stip, const http::Request& req, std::string_view step) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, false, kFamilyMeasuresPath, "maatregelen", refusal);
  if (!place) return refusal;
  const auto& who = *req.principal;
  const std::string measure_id = step == "maatregel" ? "" : req.params.at("measure");
  Typed typed;
  static_cast<FormState&>(typed) = FormState::Posted(
      req, step == "maatregel" ? "maatregel" : std::string(step) + ":" + measure_id);
  const auto& f = typed.values;
  if (step == "maatregel") {
    app::NewMeasure m;
    m.kind = FormValue(f, "soort");
    for (const auto& [name, value] : f) {
      if (name.starts_with("kind_") && value == "ja") m.children.push_back(name.substr(5));
    }
    m.ruling_date = FormValue(f, "uitspraak");
    m.start = FormValue(f, "start");
    m.end = FormValue(f, "einde");
    for (const auto& [name, value] : f) {
      if (name.starts_with("ouder_") && value == "ja") m.parents.push_back(name.substr(6));
    }
    m.threats = FormValue(f, "bedreigingen");
    m.decision_id = FormValue(f, "besluit");
    auto id = stip.RecordMeasure(who, place->family_id, m);
    return Answer(stip, req, *place, typed,
                  id ? domain::Status{} : domain::Status(tl::unexpected(id.error())),
                  {{"kind", {"nieuw-soort", "ms_label_kind"}},
                   {"children", {"nieuw-kinderen", "ms_label_children"}},
                   {"parents", {"nieuw-ouders", "ms_label_parents"}},
                   {"ruling_date", {"nieuw-uitspraak", "ms_label_ruling"}},
                   {"start", {"nieuw-start", "ms_label_start"}},
                   {"end", {"nieuw-einde", "ms_label_end"}},
                   {"threats", {"nieuw-bedreigingen", "ms_label_threats"}},
                   {"decision_id", {"nieuw-besluit", "ms_label_decision"}}});
  }
  const std::string p = measure_id + "-";
  if (step == "verlengen") {
    app::MeasureExtension e{FormValue(f, "uitspraak"), FormValue(f, "einde"),
                            FormValue(f, "reden")};
    return Answer(stip, req, *place, typed,
                  stip.ExtendMeasure(who, place->family_id, measure_id, e),
                  {{"ruling_date", {p + "verlengen-uitspraak", "ms_label_ruling"}},
                   {"end", {p + "verlengen-einde", "ms_label_new_end"}},
                   {"reason", {p + "verlengen-reden", "ms_label_extend_reason"}}});
  }
  if (step == "termijn") {
    // The select's value is "<kind>|<due>"; an empty or odd value leaves both parts for the
    // app to reject with a field error.
    const std::string chosen = FormValue(f, "termijn");
    const auto bar = chosen.find('|');
    app::DeadlineMet met{chosen.substr(0, bar),
                         bar == std::string::npos ? std::string() : chosen.substr(bar + 1),
                         FormValue(f, "datum"), FormValue(f, "toelichting")};
    return Answer(stip, req, *place, typed,
                  stip.MarkDeadlineDone(who, place->family_id, measure_id, met),
                  {{"deadline", {p + "termijn-welke", "ms_label_deadline"}},
                   {"due", {p + "termijn-welke", "ms_label_deadline"}},
                   {"done_on", {p + "termijn-datum", "ms_label_done_on"}},
                   {"note", {p + "termijn-toelichting", "ms_label_done_note"}}});
  }
  app::MeasureEnd e{FormValue(f, "datum"), FormValue(f, "reden")};
  return Answer(stip, req, *place, typed, stip.EndMeasure(who, place->family_id, measure_id, e),
                {{"ended_on", {p + "beeindigen-datum", "ms_label_ended_on"}},
                 {"reason", {p + "beeindigen-reden", "ms_label_end_reason"}}});
}

}  // namespace stip::web
