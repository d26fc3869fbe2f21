// The decisions' pages (issue 12): for professionals on the family file
// (/gezinnen/{id}/besluiten: every decision with its parts, the draft form, sharing, the
// family's view taken down, the second opinion, taking it) and for the family on Ons gezin
// (/ons-gezin/besluiten: what is decided in B1 Dutch, what happens next, and their own view).
// Thin handlers: one app call, then 303, or the page again with what was typed and what is
// wrong (400; 422 when a step may not be taken yet, with the reason).
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "domain/decision.h"
#include "domain/local_time.h"
#include "domain/text.h"
#include "web/form_state.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/rights_view.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

constexpr std::string_view kFamilyDecisionsPath = "/ons-gezin/besluiten";
constexpr int kFactRows = 3;
constexpr int kOpinionRows = 2;
constexpr int kAlternativeRows = 3;

using Place = FeaturePlace;

// What came back from a form: the form ("besluit", "versie:<id>", "zienswijze:<id>",
// "tegenspraak:<id>", "nemen:<id>"), its values, the problems by control id.
struct Typed : FormState {
  // A step that may not be taken yet (422): which one, on which decision; Render says why.
  std::string blocked_step;
  std::string blocked_id;
};

// Why a step must wait, in words for who reads it (the server's rule, not its English).
std::string NotYet(std::string_view locale, const app::DecisionsView& v, const Typed& typed) {
  const auto* d = domain::FindDecision(v.decisions, typed.blocked_id);
  std::string key = "dc_block_" + typed.blocked_step;
  if (typed.blocked_step == "nemen" && d) {
    switch (domain::WhyNotTake(*d).value_or(domain::TakeBlock::kTaken)) {
      case domain::TakeBlock::kTaken:
        key = "dc_block_taken";
        break;
      case domain::TakeBlock::kNotShared:
        key = "dc_block_not_shared";
        break;
      case domain::TakeBlock::kNoSecondOpinion:
        key = "dc_block_no_opinion";
        break;
      case domain::TakeBlock::kOnlyByDecider:
        key = "dc_block_only_decider";
        break;
      case domain::TakeBlock::kVoidedByChange:
        key = "dc_block_voided";
        break;
    }
  }
  if (typed.blocked_step == "zienswijze" && d && d->state == domain::DecisionState::kDraft) {
    key = "dc_block_not_shared";
  }
  return Fill(Text(locale, "dc_err_not_yet"), {{"reason", std::string(Text(locale, key))}});
}

std::string NameOf(const app::DecisionsView& v, const std::string& id) {
  const auto it = v.names.find(id);
  return it == v.names.end() ? id : it->second;
}

std::string KindText(std::string_view locale, domain::DecisionKind kind) {
  return std::string(Text(locale, "dc_kind_" + std::string(domain::ToString(kind))));
}

std::string VerdictText(std::string_view locale, domain::Verdict v) {
  return std::string(Text(locale, "dc_verdict_" + std::string(domain::ToString(v))));
}

// Where a decision stands and what happens next, in words for who reads it.
std::string StatusText(std::string_view locale, const app::DecisionsView& v,
                       const domain::DecisionRecord& d, bool family) {
  const std::string decider = NameOf(v, d.content.decider);
  if (d.state == domain::DecisionState::kTaken) {
    // A request to the judge is decided by the judge: the family reads that it was made.
    const bool request = d.content.kind == domain::DecisionKind::kRequestMeasure ||
                         d.content.kind == domain::DecisionKind::kRequestExtension ||
                         d.content.kind == domain::DecisionKind::kRequestEndCustody;
    std::string out =
        Fill(Text(locale, family ? "dc_status_taken_family" : "dc_status_taken"),
             {{"date", FormatDateTime(d.taken_at, locale)}, {"name", NameOf(v, d.taken_by)}});
    if (request && family) out += " " + std::string(Text(locale, "dc_status_request_family"));
    return out;
  }
  if (d.state == domain::DecisionState::kDraft) {
    return std::string(Text(locale, "dc_status_draft"));
  }
  std::string out = Fill(Text(locale, family ? "dc_status_shared_family" : "dc_status_shared"),
                         {{"name", decider}});
  if (domain::IsHeavy(d.content.kind)) {
    if (domain::CurrentSecondOpinion(d)) {
      out += " " + std::string(Text(locale, "dc_status_opinion_given"));
    } else if (!d.opinions.empty()) {
      out += " " + std::string(Text(locale, "dc_status_opinion_voided"));
    } else {
      out += " " + std::string(Text(locale, family ? "dc_status_opinion_needed_family"
                                                   : "dc_status_opinion_needed"));
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> KindOptions(std::string_view locale) {
  std::vector<std::pair<std::string, std::string>> out{
      {"", std::string(Text(locale, "dc_choose"))}};
  for (const auto k : domain::kAllDecisionKinds) {
    std::string label = KindText(locale, k);
    if (domain::IsHeavy(k)) label += " " + std::string(Text(locale, "dc_heavy_mark"));
    out.emplace_back(std::string(domain::ToString(k)), label);
  }
  return out;
}

// The draft form: empty for a new decision, or holding `d` for a new version of it.
Data DraftForm(std::string_view locale, const app::DecisionsView& v, const Place& place,
               const Typed& typed, const domain::DecisionRecord* d) {
  const std::string form = d ? "versie:" + d->id : "besluit";
  const std::string p = d ? d->id + "-" : "nieuw-";
  const domain::DecisionContent empty;
  const domain::DecisionContent& c = d ? d->content : empty;
  Data out;
  out.set("title", std::string(Text(locale, d ? "dc_revise_title" : "dc_draft_title")));
  out.set("form_id", p + "formulier");
  out.set("action", d ? place.base + "/" + UrlEncode(d->id) + "/versie" : place.base);
  out.set("submit", std::string(Text(locale, d ? "dc_revise_submit" : "dc_draft_submit")));
  out.set("kind", FormSelect(typed, form, p + "soort", "soort", Text(locale, "dc_label_kind"),
                             KindOptions(locale), d ? std::string(domain::ToString(c.kind)) : ""));
  out.set("what",
          FormField(typed, form, p + "wat", "wat", Text(locale, "dc_label_what"), c.what, 3));
  Data ground =
      FormField(typed, form, p + "grond", "grond", Text(locale, "dc_label_ground"), c.legal_ground);
  ground.set("hint", std::string(Text(locale, "dc_ground_hint")));
  ground.set("describedby",
             p + "grond-uitleg" +
                 (typed.errors.count(p + "grond") ? " " + p + "grond-fout" : std::string()));
  out.set("ground", ground);
  Data facts{Data::type::list};
  const int fact_rows = std::max<int>(kFactRows, static_cast<int>(c.facts.size()));
  for (int i = 1; i <= fact_rows; ++i) {
    const auto* f = i <= static_cast<int>(c.facts.size()) ? &c.facts[i - 1] : nullptr;
    const std::string n = std::to_string(i);
    Data row;
    row.set("legend", Fill(Text(locale, "dc_fact_n"), {{"n", n}}));
    row.set("text", FormField(typed, form, p + "feit-" + n + "-tekst", "feit_tekst_" + n,
                              Text(locale, "dc_label_fact"), f ? f->text : "", 2));
    row.set("source", FormField(typed, form, p + "feit-" + n + "-bron", "feit_bron_" + n,
                                Text(locale, "dc_label_source"), f ? f->source : ""));
    Data date = FormField(typed, form, p + "feit-" + n + "-datum", "feit_datum_" + n,
                          Text(locale, "dc_label_date"), f ? f->date : "");
    date.set("type", "date");
    row.set("date", date);
    row.set("entry",
            FormField(typed, form, p + "feit-" + n + "-aantekening", "feit_aantekening_" + n,
                      Text(locale, "dc_label_entry"), f ? f->entry_id : ""));
    facts.push_back(row);
  }
  out.set("facts", facts);
  Data opinions{Data::type::list};
  const int opinion_rows = std::max<int>(kOpinionRows, static_cast<int>(c.opinions.size()));
  for (int i = 1; i <= opinion_rows; ++i) {
    const auto* o = i <= static_cast<int>(c.opinions.size()) ? &c.opinions[i - 1] : nullptr;
    const std::string n = std::to_string(i);
    Data row;
    row.set("legend", Fill(Text(locale, "dc_opinion_n"), {{"n", n}}));
    row.set("text", FormField(typed, form, p + "mening-" + n + "-tekst", "mening_tekst_" + n,
                              Text(locale, "dc_label_opinion"), o ? o->text : "", 2));
    row.set("whose", FormField(typed, form, p + "mening-" + n + "-van", "mening_van_" + n,
                               Text(locale, "dc_label_whose"), o ? o->whose : ""));
    opinions.push_back(row);
  }
  out.set("opinions", opinions);
  Data alternatives{Data::type::list};
  const int alt_rows = std::max<int>(kAlternativeRows, static_cast<int>(c.alternatives.size()));
  for (int i = 1; i <= alt_rows; ++i) {
    const auto* a = i <= static_cast<int>(c.alternatives.size()) ? &c.alternatives[i - 1] : nullptr;
    const std::string n = std::to_string(i);
    Data row;
    row.set("legend", Fill(Text(locale, "dc_alternative_n"), {{"n", n}}));
    row.set("what", FormField(typed, form, p + "alternatief-" + n + "-wat", "alternatief_" + n,
                              Text(locale, "dc_label_alternative"), a ? a->what : "", 2));
    row.set("why_not",
            FormField(typed, form, p + "alternatief-" + n + "-waarom", "waarom_niet_" + n,
                      Text(locale, "dc_label_why_not"), a ? a->why_not : "", 2));
    alternatives.push_back(row);
  }
  out.set("alternatives", alternatives);
  std::string present;
  for (const auto& x : c.present) present += (present.empty() ? "" : "\n") + x;
  Data present_field = FormField(typed, form, p + "aanwezig", "aanwezig",
                                 Text(locale, "dc_label_present"), present, 3);
  present_field.set("hint", std::string(Text(locale, "dc_present_hint")));
  present_field.set(
      "describedby",
      p + "aanwezig-uitleg" +
          (typed.errors.count(p + "aanwezig") ? " " + p + "aanwezig-fout" : std::string()));
  out.set("present", present_field);
  Data children{Data::type::list};
  for (const auto& m : v.children) {
    const domain::ChildHearing* had = nullptr;
    for (const auto& ch : c.children) {
      if (ch.member_id == m.id) had = &ch;
    }
    Data row;
    row.set("legend", Fill(Text(locale, "dc_child_legend"), {{"name", m.name}}));
    row.set(
        "heard",
        FormSelect(
            typed, form, p + "kind-" + m.id + "-gehoord", "kind_gehoord_" + m.id,
            Text(locale, "dc_label_heard"),
            {{"ja", std::string(Text(locale, "dc_heard_yes"))},
             {"nee", std::string(Text(
                         locale, "dc_heard_no"))}},  // Never "heard" unless someone says so: a new
                                                     // draft starts at no, // as the API does.
            had && had->heard ? "ja" : "nee"));
    row.set("how", FormField(typed, form, p + "kind-" + m.id + "-hoe", "kind_hoe_" + m.id,
                             Text(locale, "dc_label_how"), had ? had->how : "", 2));
    children.push_back(row);
  }
  out.set("has_children", !v.children.empty());
  out.set("children", children);
  std::vector<std::pair<std::string, std::string>> deciders{
      {"", std::string(Text(locale, "dc_choose"))}};
  for (const auto& [id, name] : v.deciders) deciders.emplace_back(id, name);
  out.set("decider", FormSelect(typed, form, p + "beslisser", "beslisser",
                                Text(locale, "dc_label_decider"), deciders, c.decider));
  return out;
}

Data ShowDecision(std::string_view locale, const app::DecisionsView& v, const Place& place,
                  const Typed& typed, const domain::DecisionRecord& d) {
  const auto& c = d.content;
  Data item;
  item.set("id", d.id);
  item.set("heading", KindText(locale, c.kind) + ": " + c.what);
  item.set("heavy", domain::IsHeavy(c.kind));
  item.set("status", StatusText(locale, v, d, place.family));
  item.set("version",
           Fill(Text(locale, "dc_version"), {{"n", std::to_string(d.version)},
                                             {"date", FormatDateTime(d.changed_at, locale)}}));
  item.set("what", c.what);
  item.set("legal_ground", c.legal_ground);
  item.set("decider", NameOf(v, c.decider));
  Data facts{Data::type::list};
  for (const auto& f : c.facts) {
    Data x;
    x.set("text", f.text);
    x.set("source", Fill(Text(locale, "dc_fact_source"), {{"source", f.source}, {"date", f.date}}));
    x.set("entry", f.entry_id.empty()
                       ? Data(false)
                       : Data(Fill(Text(locale, "dc_fact_entry"), {{"id", f.entry_id}})));
    facts.push_back(x);
  }
  item.set("facts", facts);
  Data opinions{Data::type::list};
  for (const auto& o : c.opinions) {
    Data x;
    x.set("text", o.text);
    x.set("whose", o.whose);
    opinions.push_back(x);
  }
  item.set("has_opinions", !c.opinions.empty());
  item.set("opinions", opinions);
  Data alternatives{Data::type::list};
  for (const auto& a : c.alternatives) {
    Data x;
    x.set("what", a.what);
    x.set("why_not", a.why_not);
    alternatives.push_back(x);
  }
  item.set("alternatives", alternatives);
  std::string present;
  for (const auto& x : c.present) present += (present.empty() ? "" : ", ") + x;
  item.set("present", present);
  Data children{Data::type::list};
  for (const auto& ch : c.children) {
    Data x;
    x.set("line", Fill(Text(locale, ch.heard ? "dc_child_heard" : "dc_child_not_heard"),
                       {{"name", NameOf(v, ch.member_id)}}));
    x.set("how", ch.how);
    children.push_back(x);
  }
  item.set("has_children", !c.children.empty());
  item.set("children", children);
  Data views{Data::type::list};
  for (const auto& w : d.views) {
    Data x;
    x.set("name", NameOf(v, w.member_id));
    x.set("words", w.words);
    x.set("meta", Fill(Text(locale, w.recorded ? "dc_view_recorded" : "dc_view_own"),
                       {{"name", NameOf(v, w.written_by)},
                        {"n", std::to_string(w.version)},
                        {"date", FormatDateTime(w.written_at, locale)}}));
    views.push_back(x);
  }
  item.set("has_views", !d.views.empty());
  item.set("views", views);
  const auto* current = domain::CurrentSecondOpinion(d);
  Data opinions_given{Data::type::list};
  for (const auto& o : d.opinions) {
    Data x;
    x.set("line",
          Fill(Text(locale, "dc_opinion_line"), {{"name", NameOf(v, o.given_by)},
                                                 {"verdict", VerdictText(locale, o.verdict)},
                                                 {"n", std::to_string(o.version)},
                                                 {"date", FormatDateTime(o.given_at, locale)}}));
    x.set("reasons", o.reasons);
    x.set("conditions", o.conditions.empty() ? Data(false) : Data(o.conditions));
    x.set("voided", &o != current && o.content_hash != d.content_hash
                        ? Data(std::string(Text(locale, "dc_opinion_voided")))
                        : Data(false));
    opinions_given.push_back(x);
  }
  item.set("has_second_opinions", !d.opinions.empty());
  item.set("second_opinions", opinions_given);
  if (place.family) {
    item.set("next", std::string(Text(locale, d.state == domain::DecisionState::kTaken
                                                  ? "dc_next_taken_family"
                                                  : "dc_next_shared_family")));
    // Issue 12 item 4: the family's rights with a heavy decision; a term (2 weeks to ask the
    // judge to annul a written instruction) counts from the day it was taken.
    const auto rights = domain::IsHeavy(c.kind) ? domain::RightsForDecision(c.kind)
                                                : std::vector<const domain::Right*>{};
    std::optional<domain::Date> from;
    // Not for a written instruction: its 2 weeks run from the day the parent received it (BW
    // 1:264), which Stip does not know, so the rule is shown without a date (privacy review).
    if (d.taken_at != 0 && c.kind != domain::DecisionKind::kWrittenInstruction) {
      from = domain::AmsterdamDate(d.taken_at);
    }
    item.set("has_rights", !rights.empty());
    item.set("rights", RightsData(locale, rights, from, v.today, d.id));
  } else {
    item.set("has_rights", false);
  }

  // The forms on this decision.
  const std::string base = place.base + "/" + UrlEncode(d.id);
  const bool open = d.state != domain::DecisionState::kTaken;
  const bool shared = d.state == domain::DecisionState::kShared;
  item.set("may_share", v.may_edit && d.state == domain::DecisionState::kDraft);
  item.set("share_action", base + "/delen");
  item.set("may_revise", v.may_edit && open);
  item.set("revise_href", place.base + "?bewerk=" + UrlEncode(d.id) + "#" + d.id + "-formulier");
  item.set("may_take", !place.family && shared && c.decider == v.viewer_id);
  item.set("take_action", base + "/nemen");
  const std::string view_form = "zienswijze:" + d.id;
  const bool may_view = shared && (place.family ? v.may_write_view : v.may_edit);
  item.set("may_view", may_view);
  item.set("view_action", base + "/zienswijze");
  if (may_view) {
    if (!place.family) {
      std::vector<std::pair<std::string, std::string>> members{
          {"", std::string(Text(locale, "dc_choose"))}};
      for (const auto& m : v.members) members.emplace_back(m.id, m.name);
      item.set("view_member", FormSelect(typed, view_form, d.id + "-lid", "lid",
                                         Text(locale, "dc_label_member"), members));
    }
    item.set(
        "view_words",
        FormField(typed, view_form, d.id + "-woorden", "woorden",
                  Text(locale, place.family ? "dc_label_view_family" : "dc_label_view"), {}, 4));
  }
  const std::string opinion_form = "tegenspraak:" + d.id;
  const bool may_opinion = !place.family && v.may_give_opinion && open && c.decider != v.viewer_id;
  item.set("may_opinion", may_opinion);
  item.set("opinion_action", base + "/tegenspraak");
  if (may_opinion) {
    Data options{Data::type::list};
    const std::string chosen = typed.Value(opinion_form, "oordeel");
    for (const auto verdict : {domain::Verdict::kAgree, domain::Verdict::kAgreeWithConditions,
                               domain::Verdict::kDisagree}) {
      const std::string value(domain::ToString(verdict));
      Data o;
      o.set("id", d.id + "-oordeel-" + value);
      o.set("name", "oordeel");
      o.set("value", value);
      o.set("label", VerdictText(locale, verdict));
      o.set("checked", chosen == value);
      options.push_back(o);
    }
    Data verdict;
    verdict.set("id", d.id + "-oordeel");
    verdict.set("label", std::string(Text(locale, "dc_label_verdict")));
    verdict.set("error", typed.ErrorOf(d.id + "-oordeel"));
    verdict.set("options", options);
    item.set("opinion_verdict", verdict);
    item.set("opinion_reasons", FormField(typed, opinion_form, d.id + "-redenen", "redenen",
                                          Text(locale, "dc_label_reasons"), {}, 4));
    item.set("opinion_conditions",
             FormField(typed, opinion_form, d.id + "-voorwaarden", "voorwaarden",
                       Text(locale, "dc_label_conditions"), {}, 3));
    item.set("opinion_reads",
             Fill(Text(locale, "dc_opinion_reads"), {{"n", std::to_string(d.version)}}));
  }
  return item;
}

http::Response Render(app::Stip& stip, const http::Request& req, const Place& place,
                      unsigned status, const Typed& typed) {
  auto view = stip.DecisionsOf(*req.principal, place.family_id, ChosenPurpose(req));
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  const auto& v = *view;
  Data page;
  page.set("family_name", v.family_name);
  page.set("intro", std::string(Text(locale, place.family ? "dc_intro_family" : "dc_intro")));
  page.set("back_href",
           place.family ? std::string(kFamilyHomePath) : "/gezinnen/" + UrlEncode(place.family_id));
  page.set("back_text", std::string(Text(locale, place.family ? "dc_back_family" : "dc_back")));
  page.set("family", place.family);
  Data decisions{Data::type::list};
  // Newest first: the decision that is being made now is on top.
  for (auto it = v.decisions.rbegin(); it != v.decisions.rend(); ++it) {
    decisions.push_back(ShowDecision(locale, v, place, typed, *it));
  }
  page.set("has_decisions", !v.decisions.empty());
  page.set("decisions", decisions);
  page.set("may_edit", v.may_edit);
  if (v.may_edit) {
    // A new version of the decision asked for (?bewerk=, or the one whose form came back).
    std::string editing;
    if (typed.form.starts_with("versie:")) {
      editing = typed.form.substr(7);
    } else if (const auto it = req.query.find("bewerk"); it != req.query.end()) {
      editing = it->second;
    }
    const auto* d = domain::FindDecision(v.decisions, editing);
    if (d && d->state == domain::DecisionState::kTaken) d = nullptr;
    page.set("draft", DraftForm(locale, v, place, typed, d));
  }
  std::vector<SummaryLine> summary = typed.summary;
  if (!typed.blocked_step.empty()) summary.insert(summary.begin(), {NotYet(locale, v, typed), ""});
  page.set("done", req.query.count("opgeslagen") > 0 && summary.empty());
  SetSummary(page, summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "dc_title")) + ": " + v.family_name;
  meta.self_path = place.base;
  meta.nav = place.family ? "ons_gezin" : "families";
  meta.has_errors = !summary.empty();
  return RenderPage(req, status, "decisions", meta, std::move(page));
}

bool Blank(std::initializer_list<std::string> values) {
  return std::all_of(values.begin(), values.end(),
                     [](const std::string& s) { return domain::Trim(s).empty(); });
}

// The draft from the form, and for each app field path the control id that shows its problem.
struct FormDraft {
  app::NewDecision draft;
  std::map<std::string, std::pair<std::string, std::string>> controls;  // path -> id, label key
};

FormDraft DraftOf(const app::DecisionsView& v, const std::map<std::string, std::string>& f,
                  const std::string& p) {
  FormDraft out;
  auto& c = out.draft.content;
  out.draft.kind = FormValue(f, "soort");
  c.what = FormValue(f, "wat");
  c.legal_ground = FormValue(f, "grond");
  c.decider = FormValue(f, "beslisser");
  out.controls["kind"] = {p + "soort", "dc_label_kind"};
  out.controls["what"] = {p + "wat", "dc_label_what"};
  out.controls["legal_ground"] = {p + "grond", "dc_label_ground"};
  out.controls["decider"] = {p + "beslisser", "dc_label_decider"};
  out.controls["facts"] = {p + "feit-1-tekst", "dc_label_fact"};
  out.controls["alternatives"] = {p + "alternatief-1-wat", "dc_label_alternative"};
  out.controls["present"] = {p + "aanwezig", "dc_label_present"};
  // Rows left empty are not part of the draft; the others keep their row's controls.
  for (int i = 1; i <= 30; ++i) {
    const std::string n = std::to_string(i);
    domain::DecisionFact fact{FormValue(f, "feit_tekst_" + n), FormValue(f, "feit_bron_" + n),
                              FormValue(f, "feit_datum_" + n),
                              FormValue(f, "feit_aantekening_" + n)};
    if (Blank({fact.text, fact.source, fact.date, fact.entry_id})) continue;
    const std::string at = "facts[" + std::to_string(c.facts.size()) + "].";
    out.controls[at + "text"] = {p + "feit-" + n + "-tekst", "dc_label_fact"};
    out.controls[at + "source"] = {p + "feit-" + n + "-bron", "dc_label_source"};
    out.controls[at + "date"] = {p + "feit-" + n + "-datum", "dc_label_date"};
    out.controls[at + "entry_id"] = {p + "feit-" + n + "-aantekening", "dc_label_entry"};
    c.facts.push_back(std::move(fact));
  }
  for (int i = 1; i <= 30; ++i) {
    const std::string n = std::to_string(i);
    domain::DecisionOpinion op{FormValue(f, "mening_tekst_" + n), FormValue(f, "mening_van_" + n)};
    if (Blank({op.text, op.whose})) continue;
    const std::string at = "opinions[" + std::to_string(c.opinions.size()) + "].";
    out.controls[at + "text"] = {p + "mening-" + n + "-tekst", "dc_label_opinion"};
    out.controls[at + "whose"] = {p + "mening-" + n + "-van", "dc_label_whose"};
    c.opinions.push_back(std::move(op));
  }
  for (int i = 1; i <= 30; ++i) {
    const std::string n = std::to_string(i);
    domain::Alternative alt{FormValue(f, "alternatief_" + n), FormValue(f, "waarom_niet_" + n)};
    if (Blank({alt.what, alt.why_not})) continue;
    const std::string at = "alternatives[" + std::to_string(c.alternatives.size()) + "].";
    out.controls[at + "what"] = {p + "alternatief-" + n + "-wat", "dc_label_alternative"};
    out.controls[at + "why_not"] = {p + "alternatief-" + n + "-waarom", "dc_label_why_not"};
    c.alternatives.push_back(std::move(alt));
  }
  const std::string present = FormValue(f, "aanwezig");
  std::size_t start = 0;
  while (start <= present.size()) {
    const auto end = present.find('\n', start);
    const std::string line =
        domain::Trim(present.substr(start, end == std::string::npos ? end : end - start));
    if (!line.empty()) {
      out.controls["present[" + std::to_string(c.present.size()) + "]"] = {p + "aanwezig",
                                                                           "dc_label_present"};
      c.present.push_back(line);
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  for (const auto& m : v.children) {
    const std::string at = "children[" + std::to_string(c.children.size()) + "].";
    out.controls[at + "member_id"] = {p + "kind-" + m.id + "-gehoord", "dc_label_heard"};
    out.controls[at + "how"] = {p + "kind-" + m.id + "-hoe", "dc_label_how"};
    c.children.push_back(
        {m.id, FormValue(f, "kind_gehoord_" + m.id) == "ja", FormValue(f, "kind_hoe_" + m.id)});
  }
  out.controls["children"] = {
      v.children.empty() ? p + "soort" : p + "kind-" + v.children.front().id + "-hoe",
      "dc_label_how"};
  return out;
}

http::Response Answer(app::Stip& stip, const http::Request& req, const Place& place, Typed typed,
                      const domain::Status& done,
                      const std::map<std::string, std::pair<std::string, std::string>>& controls) {
  if (done) return http::Response::Redirect(place.base + "?opgeslagen=1");
  const auto& error = done.error();
  const std::string_view locale = NormalLocale(req.locale);
  if (error.code == domain::Code::kFailedPrecondition) {
    // Why this step cannot be taken yet (the second-opinion rule, the family's view only
    // while shared): Render says it in the reader's words.
    const auto colon = typed.form.find(':');
    typed.blocked_step = typed.form.substr(0, colon);
    typed.blocked_id = colon == std::string::npos ? "" : typed.form.substr(colon + 1);
    return Render(stip, req, place, 422, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) -> std::optional<FormControl> {
        const auto it = controls.find(field);
        if (it == controls.end()) return std::nullopt;
        return FormControl{it->second.first, std::string(Text(locale, it->second.second))};
      },
      Text(locale, "dc_err_summary"));
  return Render(stip, req, place, 400, typed);
}

domain::Status StatusOf(const domain::Result<std::string>& r) {
  if (!r) return tl::unexpected(r.error());
  return {};
}

}  // namespace

http::Response DecisionsPage(app::Stip& stip, const http::Request& req, bool family_route) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyDecisionsPath, "besluiten", refusal);
  if (!place) return refusal;
  return Render(stip, req, *place, 200, Typed{});
}

http::Response DecisionSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                              std::string_view step) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyDecisionsPath, "besluiten", refusal);
  if (!place) return refusal;
  const auto& who = *req.principal;
  const std::string decision_id = step == "besluit" ? "" : req.params.at("decision_id");
  Typed typed;
  static_cast<FormState&>(typed) =
      FormState::Posted(req, step == "besluit" ? "besluit" : std::string(step) + ":" + decision_id);
  const auto& f = typed.values;
  if (step == "besluit" || step == "versie") {
    // The children and deciders the form offers come from the file as it is now.
    auto view = stip.DecisionsOf(who, place->family_id, ChosenPurpose(req));
    if (!view) return ErrorFor(req, view.error());
    const std::string prefix = step == "besluit" ? "nieuw-" : decision_id + "-";
    auto form = DraftOf(*view, f, prefix);
    if (step == "besluit") {
      return Answer(stip, req, *place, typed,
                    StatusOf(stip.DraftDecision(who, place->family_id, form.draft)), form.controls);
    }
    auto version = stip.ReviseDecision(who, place->family_id, decision_id, form.draft);
    return Answer(stip, req, *place, typed,
                  version ? domain::Status{} : domain::Status(tl::unexpected(version.error())),
                  form.controls);
  }
  if (step == "delen") {
    return Answer(stip, req, *place, typed, stip.ShareDecision(who, place->family_id, decision_id),
                  {});
  }
  if (step == "nemen") {
    return Answer(stip, req, *place, typed, stip.TakeDecision(who, place->family_id, decision_id),
                  {});
  }
  if (step == "zienswijze") {
    app::NewDecisionView view{family_route ? "" : FormValue(f, "lid"), FormValue(f, "woorden")};
    return Answer(
        stip, req, *place, typed,
        StatusOf(stip.AddDecisionView(who, place->family_id, decision_id, view)),
        {{"member_id", {decision_id + "-lid", "dc_label_member"}},
         {"words",
          {decision_id + "-woorden", family_route ? "dc_label_view_family" : "dc_label_view"}}});
  }
  app::NewSecondOpinion opinion{FormValue(f, "oordeel"), FormValue(f, "redenen"),
                                FormValue(f, "voorwaarden")};
  return Answer(stip, req, *place, typed,
                StatusOf(stip.GiveSecondOpinion(who, place->family_id, decision_id, opinion)),
                {{"verdict", {decision_id + "-oordeel", "dc_label_verdict"}},
                 {"reasons", {decision_id + "-redenen", "dc_label_reasons"}},
                 {"conditions", {decision_id + "-voorwaarden", "dc_label_conditions"}}});
}

}  // namespace stip::web
