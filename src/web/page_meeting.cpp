// The meeting pages (issue 11 items 3 and 4): for professionals on the family file
// (/gezinnen/{id}/overleg: plan, agenda, record afterwards, that feedback came in) and for the
// family on Ons gezin (/ons-gezin/overleg: their own agenda points and questions, and "hoe was
// het overleg?"). Thin handlers: one app call, then 303, or the page again with what was typed
// and what is wrong (400; 422 when the moment has passed).
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "domain/meeting.h"
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

constexpr std::string_view kFamilyMeetingsPath = "/ons-gezin/overleg";
constexpr std::array<const char*, domain::kFeedbackQuestions> kFeedbackNames = {
    "gehoord", "begrepen", "veilig", "volgende_stap"};

using Place = FeaturePlace;
using Typed = FormState;  // forms: "plannen", and "agenda", "verslag", "ervaring" per meeting

// The form a post came from: its name, and for a form of one meeting "<name>:<meeting id>".
std::string FormKey(std::string_view form, const std::string& meeting) {
  return meeting.empty() ? std::string(form) : std::string(form) + ":" + meeting;
}

std::string NameOf(const app::MeetingsView& v, const std::string& id) {
  const auto it = v.names.find(id);
  return it == v.names.end() ? id : it->second;
}

std::string Names(const app::MeetingsView& v, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += ", ";
    out += NameOf(v, id);
  }
  return out;
}

Data FeedbackForm(const app::MeetingsView& v, const app::MeetingView& mv, const Typed& typed,
                  std::string_view locale, const Place& place) {
  const std::string& mid = mv.meeting.id;
  Data form;
  form.set("action", place.base + "/" + UrlEncode(mid) + "/ervaring");
  Data questions{Data::type::list};
  for (std::size_t q = 0; q < domain::kFeedbackQuestions; ++q) {
    const std::string id = "ervaring-" + mid + "-" + kFeedbackNames[q];
    const std::string typed_value = typed.Value(FormKey("ervaring", mid), kFeedbackNames[q]);
    const std::string chosen =
        typed.form == FormKey("ervaring", mid)
            ? typed_value
            : (mv.my_feedback ? std::to_string(mv.my_feedback->answers[q]) : std::string());
    Data options{Data::type::list};
    for (int s = domain::kFeedbackMin; s <= domain::kFeedbackMax; ++s) {
      Data o;
      o.set("id", id + "-" + std::to_string(s));
      o.set("name", std::string(kFeedbackNames[q]));
      o.set("value", std::to_string(s));
      o.set("label", std::to_string(s));
      o.set("checked", chosen == std::to_string(s));
      if (s == domain::kFeedbackMin) o.set("hint", std::string(v.wording.low));
      if (s == domain::kFeedbackMax) o.set("hint", std::string(v.wording.high));
      options.push_back(o);
    }
    Data question;
    question.set("id", id);
    question.set("label", std::string(v.wording.questions[q]));
    question.set("error", typed.ErrorOf(id));
    question.set("options", options);
    questions.push_back(question);
  }
  form.set("questions", questions);
  form.set("words",
           FormField(typed, FormKey("ervaring", mid), "ervaring-" + mid + "-woorden", "woorden",
                     Text(locale, v.child_wording ? "mt_fb_words_child" : "mt_fb_words"),
                     mv.my_feedback ? mv.my_feedback->words : std::string(), 3));
  form.set("submit", std::string(Text(locale, mv.my_feedback ? "mt_fb_change" : "mt_fb_submit")));
  return form;
}

http::Response Render(app::Stip& stip, const http::Request& req, const Place& place,
                      unsigned status, const Typed& typed) {
  auto view = stip.MeetingsOf(*req.principal, place.family_id, ChosenPurpose(req));
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  const auto& v = *view;
  const WithheldPage withheld_page =
      WithheldPageOf(stip, req, place.family, v.names, v.family_id, "/ons-gezin/overleg");
  Data page;
  page.set("family_name", v.family_name);
  page.set("intro", std::string(Text(locale, place.family ? (v.child_wording ? "mt_intro_child"
                                                                             : "mt_intro_family")
                                                          : "mt_intro")));
  page.set("back_href",
           place.family ? std::string(kFamilyHomePath) : "/gezinnen/" + UrlEncode(place.family_id));
  page.set("back_text", std::string(Text(locale, place.family ? "sm_back_family" : "sm_back")));
  page.set("may_plan", v.may_plan);
  page.set("family", place.family);

  std::vector<std::pair<std::string, std::string>> how_options{
      {"", std::string(Text(locale, "sm_choose"))},
      {"present", std::string(Text(locale, "mt_how_present"))},
      {"heard_before", std::string(Text(locale, "mt_how_heard_before"))},
      {"own_words", std::string(Text(locale, "mt_how_own_words"))},
      {"not_heard", std::string(Text(locale, "mt_how_not_heard"))}};
  std::vector<std::pair<std::string, std::string>> kind_options{
      {"point", std::string(Text(locale, "mt_kind_point"))},
      {"question", std::string(Text(locale, "mt_kind_question"))}};

  Data coming{Data::type::list};
  Data past{Data::type::list};
  for (const auto& mv : v.meetings) {
    const auto& m = mv.meeting;
    const std::string& mid = m.id;
    Data item;
    item.set("id", mid);
    item.set("heading", Fill(Text(locale, "mt_heading"),
                             {{"date", FormatLongDate(m.date, locale)},
                              {"time", m.time.empty() ? std::string() : " " + m.time}}));
    item.set("place", m.place);
    std::vector<std::string> invited = m.members;
    invited.insert(invited.end(), m.professionals.begin(), m.professionals.end());
    invited.insert(invited.end(), m.network.begin(), m.network.end());
    item.set("invited", Names(v, invited));
    Data agenda{Data::type::list};
    for (const auto& a : m.agenda) {
      Data line;
      line.set("kind", std::string(Text(
                           locale, a.kind == "question" ? "mt_kind_question" : "mt_kind_point")));
      line.set("words", a.words);
      line.set("by", a.member_id.empty() ? NameOf(v, a.added_by) : NameOf(v, a.member_id));
      agenda.push_back(line);
    }
    item.set("has_agenda", !m.agenda.empty());
    item.set("agenda", agenda);
    item.set("may_add_agenda", mv.may_add_agenda);
    if (mv.may_add_agenda) {
      item.set("agenda_action", place.base + "/" + UrlEncode(mid) + "/agenda");
      item.set("agenda_kind", FormSelect(typed, FormKey("agenda", mid), "agenda-" + mid + "-soort",
                                         "soort", Text(locale, "mt_label_kind"), kind_options));
      item.set("agenda_words",
               FormField(typed, FormKey("agenda", mid), "agenda-" + mid + "-woorden", "woorden",
                         Text(locale, "mt_label_agenda_words"), {}, 3));
    }
    if (m.record) {
      const auto& r = *m.record;
      std::vector<std::string> present = r.present_members;
      present.insert(present.end(), r.present_professionals.begin(), r.present_professionals.end());
      present.insert(present.end(), r.present_network.begin(), r.present_network.end());
      item.set("present", Names(v, present));
      Data children{Data::type::list};
      for (const auto& c : r.children) {
        Data line;
        line.set("name", NameOf(v, c.child_id));
        line.set("how", std::string(Text(locale, "mt_how_" + std::string(ToString(c.how)))));
        line.set("words", c.words.empty() ? Data(false) : Data(c.words));
        children.push_back(line);
      }
      item.set("children", children);
      item.set("has_children", !r.children.empty());
      item.set("summary", mv.summary ? Data(*mv.summary) : Data(false));
      item.set("summary_withheld", mv.summary_withheld);
      Data agreements{Data::type::list};
      for (const auto& a : m.agreements) {
        Data line;
        line.set("words", a.words);
        // Issue 11 item 6: withheld from the member: a placeholder in place of the words.
        const bool hidden = place.family && m.withheld.count(a.id) > 0;
        line.set("hidden", hidden);
        // Issue 11 item 3: one click puts the agreement in the family's plan as a new action.
        line.set("to_plan",
                 v.may_write_plan && !hidden && !mv.held_agreements.count(a.id)
                     ? Data("/ons-gezin/plan?afspraak=" + UrlEncode(a.id) + "#versie-titel")
                     : Data(false));
        line.set("withheld", WithheldData(withheld_page, m.withheld, a.id,
                                          domain::WithheldKind::kMeetingAgreement));
        agreements.push_back(line);
      }
      item.set("has_agreements", !m.agreements.empty());
      item.set("agreements", agreements);
      item.set("next_date", r.next_date ? Data(FormatLongDate(*r.next_date, locale)) : Data(false));
    }
    item.set("held", m.record.has_value());
    if (!place.family) {
      // That feedback came in, and from whom: never what was answered.
      item.set("feedback_line", mv.feedback_from.empty()
                                    ? std::string(Text(locale, "mt_fb_none"))
                                    : Fill(Text(locale, "mt_fb_from"),
                                           {{"n", std::to_string(mv.feedback_from.size())},
                                            {"names", Names(v, mv.feedback_from)}}));
    }
    // The form to record the meeting (the lead and the duo, once).
    const bool may_record = v.may_plan && !m.record;
    item.set("may_record", may_record);
    if (may_record) {
      item.set("record_action", place.base + "/" + UrlEncode(mid) + "/verslag");
      std::vector<std::pair<std::string, std::string>> members, pros, network;
      for (const auto& id : m.members) members.emplace_back(id, NameOf(v, id));
      for (const auto& id : m.professionals) pros.emplace_back(id, NameOf(v, id));
      for (const auto& id : m.network) network.emplace_back(id, NameOf(v, id));
      item.set("record_members",
               FormChecks(typed, FormKey("verslag", mid), "verslag-" + mid + "-leden", "lid_",
                          Text(locale, "mt_label_present_members"), members, false));
      item.set("record_professionals",
               FormChecks(typed, FormKey("verslag", mid), "verslag-" + mid + "-professionals",
                          "prof_", Text(locale, "mt_label_present_professionals"), pros, false));
      item.set("record_has_network", !network.empty());
      item.set("record_network",
               FormChecks(typed, FormKey("verslag", mid), "verslag-" + mid + "-naasten", "naaste_",
                          Text(locale, "mt_label_present_network"), network, false));
      Data kids{Data::type::list};
      for (const auto& c : v.children) {
        Data kid;
        kid.set("how", FormSelect(typed, FormKey("verslag", mid),
                                  "verslag-" + mid + "-kind-" + c.id, "kind_" + c.id,
                                  Fill(Text(locale, "mt_label_child_how"), {{"name", c.name}}),
                                  how_options));
        kid.set("words", FormField(typed, FormKey("verslag", mid),
                                   "verslag-" + mid + "-kind-" + c.id + "-woorden",
                                   "kind_" + c.id + "_woorden",
                                   Fill(Text(locale, "mt_label_child_words"), {{"name", c.name}})));
        kids.push_back(kid);
      }
      item.set("record_children", kids);
      item.set("record_summary",
               FormField(typed, FormKey("verslag", mid), "verslag-" + mid + "-samenvatting",
                         "samenvatting", Text(locale, "mt_label_summary"), {}, 6));
      item.set("record_agreements",
               FormField(typed, FormKey("verslag", mid), "verslag-" + mid + "-afspraken",
                         "afspraken", Text(locale, "mt_label_agreements"), {}, 4));
      Data next = FormField(typed, FormKey("verslag", mid), "verslag-" + mid + "-volgende",
                            "volgende", Text(locale, "mt_label_next"));
      next.set("type", "date");
      item.set("record_next", next);
    }
    // The family: "hoe was het overleg?".
    item.set("may_give_feedback", mv.may_give_feedback);
    if (mv.my_feedback) {
      item.set("my_feedback_line",
               mv.my_feedback_changeable
                   ? Fill(Text(locale, "mt_fb_mine_open"),
                          {{"until", FormatDateTime(mv.changeable_until, locale)}})
                   : std::string(Text(locale, "mt_fb_mine_fixed")));
      Data answers{Data::type::list};
      for (std::size_t q = 0; q < domain::kFeedbackQuestions; ++q) {
        Data line;
        line.set("question", std::string(v.wording.questions[q]));
        line.set("answer", std::to_string(mv.my_feedback->answers[q]));
        answers.push_back(line);
      }
      item.set("my_answers", answers);
      item.set("my_words",
               mv.my_feedback->words.empty() ? Data(false) : Data(mv.my_feedback->words));
    } else {
      item.set("my_feedback_line", false);
    }
    const bool feedback_form =
        mv.may_give_feedback && (!mv.my_feedback || mv.my_feedback_changeable);
    item.set("feedback_form",
             feedback_form ? FeedbackForm(v, mv, typed, locale, place) : Data(false));
    if (m.record) {
      past.push_back(item);
    } else {
      coming.push_back(item);
    }
  }
  page.set("coming", coming);
  page.set("has_coming", !coming.is_empty_list());
  page.set("past", past);
  page.set("has_past", !past.is_empty_list());
  page.set("fb_title",
           std::string(Text(locale, v.child_wording ? "mt_fb_title_child" : "mt_fb_title")));
  page.set("fb_intro",
           std::string(Text(locale, v.child_wording ? "mt_fb_intro_child" : "mt_fb_intro")));

  if (v.may_plan) {
    page.set("plan_action", place.base + "/plannen");
    Data date = FormField(typed, FormKey("plannen", ""), "plannen-datum", "datum",
                          Text(locale, "mt_label_date"));
    date.set("type", "date");
    page.set("plan_date", date);
    Data time = FormField(typed, FormKey("plannen", ""), "plannen-tijd", "tijd",
                          Text(locale, "mt_label_time"));
    time.set("type", "time");
    page.set("plan_time", time);
    page.set("plan_place", FormField(typed, FormKey("plannen", ""), "plannen-plaats", "plaats",
                                     Text(locale, "mt_label_place")));
    std::vector<std::pair<std::string, std::string>> members, pros, network;
    for (const auto& m : v.members) members.emplace_back(m.id, m.name);
    for (const auto& p : v.professionals) {
      pros.emplace_back(p.professional.user.id, p.professional.user.display_name);
    }
    for (const auto& n : v.network) network.emplace_back(n.id, n.name + " (" + n.relation + ")");
    page.set("plan_members", FormChecks(typed, FormKey("plannen", ""), "plannen-leden", "lid_",
                                        Text(locale, "mt_label_members"), members, true));
    page.set("plan_professionals",
             FormChecks(typed, FormKey("plannen", ""), "plannen-professionals", "prof_",
                        Text(locale, "mt_label_professionals"), pros, true));
    page.set("has_network", !network.empty());
    page.set("plan_network", FormChecks(typed, FormKey("plannen", ""), "plannen-naasten", "naaste_",
                                        Text(locale, "mt_label_network"), network, false));
  }
  page.set("done", req.query.count("opgeslagen") > 0 && typed.summary.empty());
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "mt_title")) + ": " + v.family_name;
  meta.self_path = place.base;
  meta.nav = place.family ? "ons_gezin" : "families";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "meetings", meta, std::move(page));
}

struct Control {
  std::string field;  // the app's field name (a prefix match for "present_members[0]" ...)
  std::string id;
  std::string label;  // message key
};

template <typename T>
http::Response Submitted(app::Stip& stip, const http::Request& req, const Place& place, Typed typed,
                         const domain::Result<T>& done, const std::vector<Control>& controls) {
  if (done) return http::Response::Redirect(place.base + "?opgeslagen=1");
  const auto& error = done.error();
  const std::string_view locale = NormalLocale(req.locale);
  if (error.code == domain::Code::kFailedPrecondition) {
    // Why this step cannot be taken now, in the reader's words (not the app's English).
    const char* key = typed.form.starts_with("agenda:")     ? "mt_block_agenda"
                      : typed.form.starts_with("verslag:")  ? "mt_block_record"
                      : typed.form.starts_with("ervaring:") ? "mt_block_feedback"
                                                            : "mt_block_other";
    typed.summary.push_back({std::string(Text(locale, key)), ""});
    return Render(stip, req, place, 422, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) -> std::optional<FormControl> {
        for (const auto& c : controls) {
          if (field == c.field || field.starts_with(c.field + "[") ||
              field.starts_with(c.field + ".")) {
            return FormControl{c.id, std::string(Text(locale, c.label))};
          }
        }
        return std::nullopt;
      },
      Text(locale, "mt_err_summary"));
  return Render(stip, req, place, 400, typed);
}

// The ids checked with "<prefix><id>" in the form.
std::vector<std::string> Checked(const std::map<std::string, std::string>& form,
                                 const std::string& prefix) {
  std::vector<std::string> out;
  for (const auto& [k, value] : form) {
    if (k.starts_with(prefix) && !value.empty()) out.push_back(k.substr(prefix.size()));
  }
  return out;
}

std::optional<int> AnswerOf(const std::string& text) {
  const std::string t = domain::Trim(text);
  if (t.empty()) return std::nullopt;
  if (t.size() != 1 || t[0] < '0' || t[0] > '9') return 0;  // out of range: said so
  return t[0] - '0';
}

}  // namespace

http::Response MeetingsPage(app::Stip& stip, const http::Request& req, bool family_route) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyMeetingsPath, "overleg", refusal);
  if (!place) return refusal;
  return Render(stip, req, *place, 200, Typed{});
}

http::Response MeetingSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                             std::string_view form_name) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  const auto place = FeaturePlaceOf(req, family_route, kFamilyMeetingsPath, "overleg", refusal);
  if (!place) return refusal;
  const auto meeting = req.params.find("meeting");
  const std::string mid = meeting == req.params.end() ? std::string() : meeting->second;
  Typed typed = FormState::Posted(req, FormKey(form_name, mid));
  const auto& f = typed.values;
  const auto& who = *req.principal;
  if (form_name == "plannen") {
    domain::NewMeetingPlan plan;
    plan.date = FormValue(f, "datum");
    plan.time = FormValue(f, "tijd");
    plan.place = FormValue(f, "plaats");
    plan.members = Checked(f, "lid_");
    plan.professionals = Checked(f, "prof_");
    plan.network = Checked(f, "naaste_");
    return Submitted(stip, req, *place, typed, stip.PlanMeeting(who, place->family_id, plan),
                     {{"date", "plannen-datum", "mt_label_date"},
                      {"time", "plannen-tijd", "mt_label_time"},
                      {"place", "plannen-plaats", "mt_label_place"},
                      {"members", "plannen-leden", "mt_label_members"},
                      {"professionals", "plannen-professionals", "mt_label_professionals"},
                      {"network", "plannen-naasten", "mt_label_network"}});
  }
  if (form_name == "agenda") {
    return Submitted(stip, req, *place, typed,
                     stip.AddAgendaItem(who, place->family_id, mid, FormValue(f, "soort"),
                                        FormValue(f, "woorden")),
                     {{"kind", "agenda-" + mid + "-soort", "mt_label_kind"},
                      {"words", "agenda-" + mid + "-woorden", "mt_label_agenda_words"}});
  }
  if (form_name == "verslag") {
    app::NewMeetingRecordInput input;
    auto& rec = input.record;
    rec.present_members = Checked(f, "lid_");
    rec.present_professionals = Checked(f, "prof_");
    rec.present_network = Checked(f, "naaste_");
    std::vector<Control> controls{
        {"present_members", "verslag-" + mid + "-leden", "mt_label_present_members"},
        {"present_professionals", "verslag-" + mid + "-professionals",
         "mt_label_present_professionals"},
        {"present_network", "verslag-" + mid + "-naasten", "mt_label_present_network"},
        {"summary", "verslag-" + mid + "-samenvatting", "mt_label_summary"},
        {"agreements", "verslag-" + mid + "-afspraken", "mt_label_agreements"},
        {"next_date", "verslag-" + mid + "-volgende", "mt_label_next"}};
    // Every child shown on the form, in the form's order.
    int i = 0;
    for (const auto& [k, value] : f) {
      if (!k.starts_with("kind_") || k.ends_with("_woorden")) continue;
      const std::string child = k.substr(5);
      domain::ChildHeardRecord c;
      c.child_id = child;
      c.how = domain::ParseChildHeard(value).value_or(domain::ChildHeard::kNotHeard);
      c.words = FormValue(f, "kind_" + child + "_woorden");
      if (value.empty()) {
        // Not chosen: said so on the child's own control, nothing recorded.
        typed.AddError("verslag-" + mid + "-kind-" + child,
                       std::string(Text(NormalLocale(req.locale), "mt_err_child_how")));
      }
      rec.children.push_back(std::move(c));
      const std::string path = "children[" + std::to_string(i++) + "]";
      controls.push_back({path + ".words", "verslag-" + mid + "-kind-" + child + "-woorden",
                          "mt_label_child_words_short"});
      controls.push_back({path, "verslag-" + mid + "-kind-" + child, "mt_label_child_how_short"});
    }
    controls.push_back({"children", "verslag-" + mid + "-leden", "mt_label_child_how_short"});
    std::istringstream lines(FormValue(f, "afspraken"));
    for (std::string line; std::getline(lines, line);) {
      if (!domain::Trim(line).empty()) rec.agreements.push_back(domain::Trim(line));
    }
    rec.next_date = FormValue(f, "volgende");
    input.summary = FormValue(f, "samenvatting");
    if (!typed.summary.empty()) return Render(stip, req, *place, 400, typed);
    return Submitted(stip, req, *place, typed,
                     stip.RecordMeeting(who, place->family_id, mid, input), controls);
  }
  // "ervaring": hoe was het overleg?
  app::NewFeedback feedback;
  for (std::size_t q = 0; q < domain::kFeedbackQuestions; ++q) {
    feedback.answers[q] = AnswerOf(FormValue(f, kFeedbackNames[q]));
  }
  feedback.words = FormValue(f, "woorden");
  std::vector<Control> controls;
  for (std::size_t q = 0; q < domain::kFeedbackQuestions; ++q) {
    controls.push_back({std::string(domain::kFeedbackFields[q]),
                        "ervaring-" + mid + "-" + kFeedbackNames[q], "mt_fb_label_answer"});
  }
  controls.push_back({"words", "ervaring-" + mid + "-woorden", "mt_fb_words"});
  return Submitted(stip, req, *place, typed,
                   stip.GiveFeedback(who, place->family_id, mid, feedback), controls);
}

}  // namespace stip::web
