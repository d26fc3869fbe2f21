// The safety map's pages (issue 11): for professionals on the family file
// (/gezinnen/{id}/veiligheid) and for the family on Ons gezin (/ons-gezin/veiligheid). The map,
// per worry a chart and the same values as a table, and the forms. Thin handlers: one app call,
// then 303, or the page again with what was typed and what is wrong (400, 409 for a second
// answer in a round).
#include <map>
#include <string>
#include <vector>

#include "domain/text.h"
#include "web/form_state.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/safety_chart.h"
#include "web/url.h"
#include "web/views.h"
#include "web/withheld_item.h"

namespace stip::web {
namespace {

constexpr std::string_view kFamilySafetyPath = "/ons-gezin/veiligheid";

using Place = FeaturePlace;
using Typed = FormState;  // forms: "antwoord", "oneens", "zorg", "goed", "doel"

std::string NameOf(const app::SafetyMapView& v, const std::string& id) {
  const auto it = v.names.find(id);
  return it == v.names.end() ? id : it->second;
}

http::Response Render(app::Stip& stip, const http::Request& req, const Place& place,
                      unsigned status, const Typed& typed) {
  // Issue 10 item 9: the professional's purpose, carried from the file's page ("doel").
  auto view = stip.SafetyMapOf(*req.principal, place.family_id, ChosenPurpose(req));
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  const auto& v = *view;
  const WithheldPage withheld_page =
      WithheldPageOf(stip, req, place.family, v.names, v.family_id, "/ons-gezin/veiligheid");
  Data page;
  page.set("family_name", v.family_name);
  // A family member reads the answers they may see (a 16+'s own are theirs), not everyone's.
  page.set("intro", std::string(Text(locale, place.family ? "sm_intro_family" : "sm_intro")));
  page.set("back_href",
           place.family ? std::string(kFamilyHomePath) : "/gezinnen/" + UrlEncode(place.family_id));
  page.set("back_text", std::string(Text(locale, place.family ? "sm_back_family" : "sm_back")));
  page.set("round_text", v.current_round ? Fill(Text(locale, "sm_round_now"),
                                                {{"n", std::to_string(v.current_round)}})
                                         : std::string(Text(locale, "sm_no_round")));
  page.set("may_edit", v.may_edit);
  page.set("round_action", place.base + "/ronde");
  const int rounds = static_cast<int>(v.map.rounds.size());

  std::vector<std::pair<std::string, std::string>> danger_options{
      {"", std::string(Text(locale, "sm_choose"))}};
  Data dangers{Data::type::list};
  int n = 0;
  for (const auto& d : v.map.dangers) {
    ++n;
    const std::string label = Fill(Text(locale, "sm_worry_n"), {{"n", std::to_string(n)}});
    // A worry withheld from the member is not theirs to answer: not offered to them.
    if (!(place.family && v.map.withheld.count(d.id) > 0)) {
      danger_options.emplace_back(d.id, label + ": " + d.worry);
    }
    Data item;
    item.set("id", d.id);
    item.set("heading", label);
    item.set("who_worried", d.who_worried);
    item.set("worry", d.worry);
    item.set("if_nothing_changes", d.if_nothing_changes);
    // Issue 11 item 6: withheld from the member: a placeholder in place of the words.
    item.set("hidden", place.family && v.map.withheld.count(d.id) > 0);
    item.set("withheld", WithheldData(withheld_page, v.map.withheld, d.id,
                                      domain::WithheldKind::kSafetyMapItem));
    Data disagreements{Data::type::list};
    for (const auto& x : v.map.disagreements) {
      if (x.danger_id != d.id) continue;
      Data line;
      line.set("name", NameOf(v, x.member_id));
      line.set("words", x.words);
      line.set("by", x.written_by.starts_with("acc")
                         ? Data(false)
                         : Data(Fill(Text(locale, "sm_written_down_by"),
                                     {{"name", NameOf(v, x.written_by)}})));
      disagreements.push_back(line);
    }
    item.set("has_disagreements", !disagreements.is_empty_list());
    item.set("disagreements", disagreements);
    Data goals{Data::type::list};
    for (const auto& g : v.map.goals) {
      if (g.danger_id != d.id) continue;
      Data line;
      line.set("words", g.words);
      line.set("hidden", place.family && v.map.withheld.count(g.id) > 0);
      line.set("withheld", WithheldData(withheld_page, v.map.withheld, g.id,
                                        domain::WithheldKind::kSafetyMapItem));
      goals.push_back(line);
    }
    item.set("has_goals", !goals.is_empty_list());
    item.set("goals", goals);
    // The series: a chart and the same values as a table; the words beside them.
    const auto series = domain::SeriesOf(v.map, d.id, v.participants);
    item.set("has_series", !series.empty());
    if (!series.empty()) {
      item.set("chart", SafetyChart(series, rounds,
                                    Fill(Text(locale, "sm_chart_title"), {{"worry", d.worry}}),
                                    Text(locale, "sm_chart_desc"), Text(locale, "sm_round_n"),
                                    "grafiek-" + d.id));
      item.set("caption", Fill(Text(locale, "sm_table_caption"), {{"worry", d.worry}}));
      Data heads{Data::type::list};
      for (const auto& r : v.map.rounds) {
        Data h;
        h.set("label", Fill(Text(locale, "sm_round_n"), {{"n", std::to_string(r.number)}}));
        heads.push_back(h);
      }
      item.set("round_heads", heads);
      Data rows{Data::type::list};
      Data words{Data::type::list};
      for (const auto& s : series) {
        Data row;
        row.set("name", s.participant.name);
        Data cells{Data::type::list};
        for (const auto& p : s.points) {
          Data cell;
          cell.set("score", p.score ? Data(std::to_string(*p.score)) : Data(false));
          cells.push_back(cell);
          if (!p.answer) continue;
          Data w;
          w.set("line",
                Fill(Text(locale, "sm_answer_line"), {{"name", s.participant.name},
                                                      {"n", std::to_string(p.round)},
                                                      {"score", std::to_string(*p.score)}}));
          w.set("words", p.answer->words.empty() ? Data(false) : Data(p.answer->words));
          w.set("scale", Fill(Text(locale, "sm_scale"),
                              {{"zero", p.answer->scale_0}, {"ten", p.answer->scale_10}}));
          w.set("recorded", p.answer->recorded
                                ? Data(Fill(Text(locale, "sm_recorded"),
                                            {{"name", NameOf(v, p.answer->given_by)}}))
                                : Data(false));
          words.push_back(w);
        }
        row.set("cells", cells);
        rows.push_back(row);
      }
      item.set("rows", rows);
      item.set("answers", words);
    }
    dangers.push_back(item);
  }
  page.set("has_dangers", !v.map.dangers.empty());
  page.set("dangers", dangers);
  Data strengths{Data::type::list};
  for (const auto& s : v.map.strengths) {
    Data line;
    line.set("words", s.words);
    line.set("hidden", place.family && v.map.withheld.count(s.id) > 0);
    line.set("withheld", WithheldData(withheld_page, v.map.withheld, s.id,
                                      domain::WithheldKind::kSafetyMapItem));
    strengths.push_back(line);
  }
  page.set("has_strengths", !v.map.strengths.empty());
  page.set("strengths", strengths);

  // The forms.
  const bool has_round_and_worry = v.current_round > 0 && !v.map.dangers.empty();
  page.set("may_answer", v.me.allowed && has_round_and_worry);
  page.set("may_disagree", v.me.allowed && !v.map.dangers.empty());
  page.set("answer_action", place.base + "/antwoord");
  page.set("disagree_action", place.base + "/oneens");
  page.set("danger_action", place.base + "/zorg");
  page.set("strength_action", place.base + "/goed");
  page.set("goal_action", place.base + "/doel");
  page.set("answer_danger", FormSelect(typed, "antwoord", "antwoord-zorg", "zorg_id",
                                       Text(locale, "sm_label_danger"), danger_options));
  Data score_options{Data::type::list};
  const std::string chosen = typed.Value("antwoord", "cijfer");
  for (int s = domain::kMinScore; s <= domain::kMaxScore; ++s) {
    Data o;
    o.set("id", "antwoord-cijfer-" + std::to_string(s));
    o.set("name", "cijfer");
    o.set("value", std::to_string(s));
    o.set("label", std::to_string(s));
    o.set("checked", chosen == std::to_string(s));
    if (s == domain::kMinScore) o.set("hint", std::string(v.wording.zero));
    if (s == domain::kMaxScore) o.set("hint", std::string(v.wording.ten));
    score_options.push_back(o);
  }
  Data score;
  score.set("id", "antwoord-cijfer");
  score.set("label", std::string(Text(locale, "sm_label_score")));
  score.set("error", typed.ErrorOf("antwoord-cijfer"));
  score.set("options", score_options);
  page.set("answer_score", score);
  page.set("answer_words", FormField(typed, "antwoord", "antwoord-woorden", "woorden",
                                     Text(locale, "sm_label_words"), {}, 3));
  std::vector<std::pair<std::string, std::string>> children{
      {"", std::string(Text(locale, "sm_recorded_for_none"))}};
  for (const auto& c : v.young_children) children.emplace_back(c.id, c.name);
  page.set("has_young_children", !v.young_children.empty());
  // A child's answer is stored with the child-friendly wording: show it beside the choice.
  page.set("child_scale_text",
           Fill(Text(locale, "sm_child_scale"), {{"zero", std::string(v.child_wording.zero)},
                                                 {"ten", std::string(v.child_wording.ten)}}));
  Data child = FormSelect(typed, "antwoord", "antwoord-kind", "kind",
                          Text(locale, "sm_label_recorded_for"), children);
  child.set("describedby", std::string("antwoord-kind-uitleg") +
                               (typed.errors.count("antwoord-kind") ? " antwoord-kind-fout" : ""));
  page.set("answer_child", child);
  page.set("disagree_danger", FormSelect(typed, "oneens", "oneens-zorg", "zorg_id",
                                         Text(locale, "sm_label_danger"), danger_options));
  std::vector<std::pair<std::string, std::string>> members{
      {"", std::string(Text(locale, "sm_choose"))}};
  for (const auto& m : v.members) members.emplace_back(m.id, m.name);
  page.set("disagree_member", FormSelect(typed, "oneens", "oneens-lid", "lid",
                                         Text(locale, "sm_label_member"), members));
  page.set("disagree_words", FormField(typed, "oneens", "oneens-woorden", "woorden",
                                       Text(locale, "sm_label_disagreement"), {}, 3));
  // The whole household reads who is worried: never the reporter or another third party.
  Data who_worried = FormField(typed, "zorg", "zorg-wie", "wie", Text(locale, "sm_who_worried"));
  who_worried.set("hint", std::string(Text(locale, "sm_who_worried_hint")));
  who_worried.set("describedby", std::string("zorg-wie-uitleg") +
                                     (typed.errors.count("zorg-wie") ? " zorg-wie-fout" : ""));
  page.set("danger_who", who_worried);
  page.set("danger_worry",
           FormField(typed, "zorg", "zorg-wat", "wat", Text(locale, "sm_worry"), {}, 3));
  page.set("danger_if", FormField(typed, "zorg", "zorg-gevolg", "gevolg",
                                  Text(locale, "sm_if_nothing_changes"), {}, 3));
  page.set("strength_words", FormField(typed, "goed", "goed-woorden", "woorden",
                                       Text(locale, "sm_label_strength"), {}, 3));
  page.set("goal_danger", FormSelect(typed, "doel", "doel-zorg", "zorg_id",
                                     Text(locale, "sm_label_danger"), danger_options));
  page.set("goal_words", FormField(typed, "doel", "doel-woorden", "woorden",
                                   Text(locale, "sm_label_goal"), {}, 3));
  page.set("done", req.query.count("opgeslagen") > 0 && typed.summary.empty());
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "sm_title")) + ": " + v.family_name;
  meta.self_path = place.base;
  meta.nav = place.family ? "ons_gezin" : "families";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "safety_map", meta, std::move(page));
}

// Which control shows an app field's problem, and the label its message names.
struct Control {
  const char* field;
  const char* id;
  const char* label;
};

http::Response Submitted(app::Stip& stip, const http::Request& req, const Place& place, Typed typed,
                         const domain::Result<std::string>& done,
                         std::initializer_list<Control> controls) {
  if (done) return http::Response::Redirect(place.base + "?opgeslagen=1");
  const auto& error = done.error();
  const std::string_view locale = NormalLocale(req.locale);
  if (error.code == domain::Code::kConflict || error.code == domain::Code::kFailedPrecondition) {
    const bool twice = error.code == domain::Code::kConflict;
    // Worded for who reads it: a family member does not start a round; a professional who
    // takes down a child's answer hears that the child answered already.
    const bool for_child = !place.family && !typed.Value("antwoord", "kind").empty();
    const char* key = twice ? (for_child ? "sm_err_twice_child" : "sm_err_twice")
                            : (place.family ? "sm_err_no_round_family" : "sm_err_no_round");
    typed.summary.push_back({std::string(Text(locale, key)), ""});
    return Render(stip, req, place, twice ? 409 : 400, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) -> std::optional<FormControl> {
        for (const auto& c : controls) {
          if (field == c.field) return FormControl{c.id, std::string(Text(locale, c.label))};
        }
        return std::nullopt;
      },
      Text(locale, "sm_err_summary"));
  return Render(stip, req, place, 400, typed);
}

std::optional<int> ScoreOf(const std::string& text) {
  const std::string t = domain::Trim(text);
  if (t.empty()) return std::nullopt;
  if (t.size() > 2 || t.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stoi(t);
}

}  // namespace

http::Response SafetyMapPage(app::Stip& stip, const http::Request& req, bool family_route) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilySafetyPath, "veiligheid", refusal);
  if (!place) return refusal;
  return Render(stip, req, *place, 200, Typed{});
}

http::Response SafetyRoundSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, false, kFamilySafetyPath, "veiligheid", refusal);
  if (!place) return refusal;
  auto round = stip.OpenSafetyRound(*req.principal, place->family_id);
  if (!round) return ErrorFor(req, round.error());
  return http::Response::Redirect(place->base + "?opgeslagen=1");
}

http::Response SafetyMapSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                               std::string_view form_name) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilySafetyPath, "veiligheid", refusal);
  if (!place) return refusal;
  Typed typed = FormState::Posted(req, std::string(form_name));
  const auto& f = typed.values;
  const auto& who = *req.principal;
  if (form_name == "antwoord") {
    app::NewScore score{FormValue(f, "zorg_id"), ScoreOf(FormValue(f, "cijfer")),
                        FormValue(f, "woorden"), family_route ? "" : FormValue(f, "kind")};
    return Submitted(stip, req, *place, typed, stip.GiveScore(who, place->family_id, score),
                     {{"danger_id", "antwoord-zorg", "sm_label_danger"},
                      {"score", "antwoord-cijfer", "sm_label_score"},
                      {"words", "antwoord-woorden", "sm_label_words"},
                      {"recorded_for", "antwoord-kind", "sm_label_recorded_for"}});
  }
  if (form_name == "oneens") {
    app::NewDisagreement d{FormValue(f, "zorg_id"), family_route ? "" : FormValue(f, "lid"),
                           FormValue(f, "woorden")};
    return Submitted(stip, req, *place, typed, stip.AddDisagreement(who, place->family_id, d),
                     {{"danger_id", "oneens-zorg", "sm_label_danger"},
                      {"member_id", "oneens-lid", "sm_label_member"},
                      {"words", "oneens-woorden", "sm_label_disagreement"}});
  }
  if (form_name == "zorg") {
    app::NewDanger d{FormValue(f, "wie"), FormValue(f, "wat"), FormValue(f, "gevolg")};
    return Submitted(stip, req, *place, typed, stip.AddDanger(who, place->family_id, d),
                     {{"who_worried", "zorg-wie", "sm_who_worried"},
                      {"worry", "zorg-wat", "sm_worry"},
                      {"if_nothing_changes", "zorg-gevolg", "sm_if_nothing_changes"}});
  }
  if (form_name == "goed") {
    return Submitted(stip, req, *place, typed,
                     stip.AddStrength(who, place->family_id, FormValue(f, "woorden")),
                     {{"words", "goed-woorden", "sm_label_strength"}});
  }
  return Submitted(
      stip, req, *place, typed,
      stip.AddSafetyGoal(who, place->family_id, FormValue(f, "zorg_id"), FormValue(f, "woorden")),
      {{"danger_id", "doel-zorg", "sm_label_danger"}, {"words", "doel-woorden", "sm_label_goal"}});
}

}  // namespace stip::web
