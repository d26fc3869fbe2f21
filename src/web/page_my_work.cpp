// "Mijn werk" (issue 10 item 7): the page over Stip::ReadMyWork. The renew and lift forms post
// to the family file's own routes, so a withholding is decided the same way from either page.
#include <algorithm>
#include <string>

#include "domain/meeting.h"
#include "web/field_errors.h"
#include "web/local_time.h"
#include "web/measure_text.h"
#include "web/messages.h"
#include "web/page_account.h"
#include "web/page_handlers.h"
#include "web/page_my_work.h"
#include "web/url.h"
#include "web/views.h"
#include "web/withheld_item.h"

namespace stip::web {
namespace {

std::string QueryValue(const http::Request& req, const char* key) {
  const auto it = req.query.find(key);
  return it == req.query.end() ? std::string() : it->second;
}

Data Textarea(const std::string& id, const std::string& name, std::string label) {
  Data field;
  field.set("id", id);
  field.set("name", name);
  field.set("label", std::move(label));
  field.set("value", std::string());
  field.set("rows", std::string("3"));
  field.set("hint", false);
  field.set("error", false);
  field.set("describedby", false);
  return field;
}

std::string ItemText(std::string_view locale, const domain::WorkItem& item, int weeks) {
  const std::string date = FormatLongDate(item.due, locale);
  switch (item.kind) {
    case domain::WorkKind::kCorrectionRequest:
      return Fill(Text(locale, "mw_item_correction"), {{"date", date}});
    case domain::WorkKind::kObjection:
      return Fill(Text(locale, "mw_item_objection"), {{"date", date}});
    case domain::WorkKind::kWithholdingReview:
      return Fill(Text(locale, item.overdue ? "mw_item_review_lapsed" : "mw_item_review"),
                  {{"date", date}});
    case domain::WorkKind::kNoContact:
      return Fill(Text(locale, "mw_item_quiet"),
                  {{"weeks", std::to_string(weeks)},
                   {"date", FormatLongDate(domain::AddDays(item.due, -7 * weeks), locale)}});
    case domain::WorkKind::kMeasureDeadline:  // issue 12 item 3
      return Fill(Text(locale, "mw_item_measure"),
                  {{"what", DeadlineText(locale, item.deadline)},
                   {"measure", MeasureKindText(locale, item.measure_kind)},
                   {"date", date}});
    case domain::WorkKind::kDestructionRequest:  // issue 14 item 3 part C
      return Fill(Text(locale, "mw_item_destruction"), {{"date", date}});
  }
  return {};
}

Data Item(std::string_view locale, const std::string& family_id, const domain::WorkItem& item,
          int weeks) {
  const std::string family_path = "/gezinnen/" + UrlEncode(family_id);
  Data d;
  d.set("text", ItemText(locale, item, weeks));
  d.set("overdue", item.overdue);
  d.set("entry_href", item.entry_id.empty()
                          ? Data(false)
                          : Data(family_path + "#aantekening-" + UrlEncode(item.entry_id)));
  // Issue 11 item 6: an objection to or review of a withheld item of the safety map, the plan,
  // a meeting or a child's words is dealt with on that item's withhold page.
  if ((item.kind == domain::WorkKind::kObjection ||
       item.kind == domain::WorkKind::kWithholdingReview) &&
      item.withheld_kind != domain::WithheldKind::kEntry) {
    d.set("entry_href", WithholdHref(family_id, item.withheld_kind, item.entry_id));
  }
  d.set("measure", item.kind == domain::WorkKind::kMeasureDeadline);
  if (item.kind == domain::WorkKind::kMeasureDeadline) {
    d.set("entry_href", family_path + "/maatregelen#maatregel-" + UrlEncode(item.id));
  }
  d.set("destruction", item.kind == domain::WorkKind::kDestructionRequest);
  if (item.kind == domain::WorkKind::kDestructionRequest) {
    d.set("entry_href", family_path + "/bewaren#verzoek-" + UrlEncode(item.id));
  }
  d.set("renew_form", false);
  d.set("lift_form", false);
  if (item.kind == domain::WorkKind::kWithholdingReview) {
    const std::string base = family_path + "/achterhoudingen/" + UrlEncode(item.id);
    const std::string key = "werk-" + item.id;
    // A lapsed withholding cannot be renewed (the member may have read the entry meanwhile):
    // then only recording that it ends, or a new decision on the file.
    if (!item.overdue) {
      Data renew;
      renew.set("action", base + "/verlengen");
      renew.set("herzien_op",
                InputField(key + "-herzien", "herzien_op", "date",
                           std::string(Text(locale, "form_renew_review")), "", "", ""));
      renew.set("reden", Textarea(key + "-reden-verlengen", "reden",
                                  std::string(Text(locale, "form_renew_reason"))));
      d.set("renew_form", renew);
    }
    Data lift;
    lift.set("action", base + "/opheffen");
    lift.set("reden", Textarea(key + "-reden-opheffen", "reden",
                               std::string(Text(locale, "form_lift_reason"))));
    d.set("lift_form", lift);
  }
  return d;
}

std::string PageHref(int weeks, int page) {
  return "/mijn-werk?weken=" + std::to_string(weeks) + "&pagina=" + std::to_string(page);
}

// The name of a professional (their id when they cannot be found).
std::string UserName(app::Stip& stip, const http::Request& req, const std::string& user_id) {
  auto pros = stip.ListProfessionals(*req.principal);
  if (pros) {
    for (const auto& p : *pros) {
      if (p.user.id == user_id) return p.user.display_name;
    }
  }
  return user_id;
}

}  // namespace

namespace {

// The lead's answer "Niet toevoegen" that could not be saved: its request, words and error.
struct DeclineForm {
  std::string request_id;
  std::string words;
  std::string error;
};

http::Response RenderMyWork(app::Stip& stip, const http::Request& req, const DeclineForm& decline) {
  const std::string_view locale = NormalLocale(req.locale);
  const std::string weeks_typed = QueryValue(req, "weken");
  app::MyWorkQuery query{weeks_typed, QueryValue(req, "pagina"), ""};
  const std::string max = std::to_string(stip.options().work.max_quiet_weeks);
  auto view = stip.ReadMyWork(*req.principal, query);
  std::vector<SummaryLine> summary;
  std::string weeks_error;
  if (!view && view.error().code == domain::Code::kInvalidArgument) {
    // Show the page with the defaults and say what was wrong with the question.
    for (const auto& field : view.error().fields) {
      const bool weeks = field.field == "weeks";
      const std::string message = LocalizeFieldError(
          locale, Text(locale, weeks ? "mw_weeks_label" : "mw_pages_label"), field);
      if (weeks) weeks_error = message;
      summary.push_back({message, weeks ? "weken" : ""});
    }
    view = stip.ReadMyWork(*req.principal, {});
  }
  if (!view) return ErrorFor(req, view.error());
  if (!decline.error.empty()) summary.push_back({decline.error, "afwijzen-" + decline.request_id});

  Data page;
  const app::MyWorkCounts& c = view->counts;
  page.set("files_value",
           Fill(Text(locale, "mw_count_files_value"),
                {{"files", std::to_string(c.files)}, {"leads", std::to_string(c.leads)}}));
  page.set("corrections", std::to_string(c.correction_requests));
  page.set("objections", std::to_string(c.objections));
  page.set("reviews", std::to_string(c.withholding_reviews));
  page.set("quiet", std::to_string(c.no_contact));
  page.set("overdue", std::to_string(c.overdue));
  page.set("team_lead", view->team_lead);
  page.set("emergency_reviews",  // issue 10 item 4
           c.emergency_reviews > 0 ? Data(Fill(Text(locale, "em_work_count"),
                                               {{"count", std::to_string(c.emergency_reviews)}}))
                                   : Data(false));
  page.set("weeks_field",
           InputField("weken", "weken", "number", std::string(Text(locale, "mw_weeks_label")),
                      weeks_error.empty() ? std::to_string(view->weeks) : weeks_typed,
                      Fill(Text(locale, "mw_weeks_hint"), {{"max", max}}), weeks_error));
  Data files{Data::type::list};
  for (const auto& f : view->files) {
    const std::string path = "/gezinnen/" + UrlEncode(f.family.id);
    Data file;
    // A team lead reaches a file whose help has ended only through its retention page, where
    // they answer a request to destroy (finding 6 of the privacy review).
    file.set("href", f.family.my_role == "team_lead" ? path + "/bewaren" : path);
    file.set("name", f.family.name);
    file.set("role", InvolvementRoleText(locale, f.family.my_role));
    if (f.items.empty()) {
      file.set("next", false);
    } else {
      file.set("next", FormatLongDate(f.items.front().due, locale));
      file.set("next_iso", domain::FormatDate(f.items.front().due));
    }
    Data items{Data::type::list};
    for (const auto& item : f.items) items.push_back(Item(locale, f.family.id, item, view->weeks));
    file.set("items", items);
    file.set("has_items", !f.items.empty());
    // Issue 11 item 5: children who have no explanation in words for them yet.
    std::string unexplained;
    for (const auto& name : f.children_without_explanation) {
      unexplained += (unexplained.empty() ? "" : ", ") + name;
    }
    if (unexplained.empty()) {
      file.set("no_explanation", false);
    } else {
      Data item;
      item.set("text", Fill(Text(locale, "cv_without_explanation"), {{"names", unexplained}}));
      item.set("href", path + "/eigen-woorden");
      file.set("no_explanation", item);
    }
    files.push_back(file);
  }
  page.set("files", files);
  page.set("has_files", !view->files.empty() || view->counts.files > 0);
  page.set("pages_text", Fill(Text(locale, "mw_pages"), {{"page", std::to_string(view->page)},
                                                         {"pages", std::to_string(view->pages)}}));
  page.set("previous_href", view->page > 1
                                ? Data(PageHref(view->weeks, std::min(view->page - 1, view->pages)))
                                : Data(false));
  page.set("next_href",
           view->page < view->pages ? Data(PageHref(view->weeks, view->page + 1)) : Data(false));
  // Issue 10 item 6: requests to be added to a file the caller leads, and the caller's own.
  Data requests{Data::type::list};
  for (const auto& r : view->join_requests) {
    Data item;
    item.set("id", r.id);
    item.set("text",
             Fill(Text(locale, "jr_to_answer"), {{"who", UserName(stip, req, r.user_id)},
                                                 {"family", r.family_name},
                                                 {"role", InvolvementRoleText(locale, r.role)}}));
    item.set("message", r.message);
    const std::string base =
        "/mijn-werk/verzoeken/" + UrlEncode(r.family_id) + "/" + UrlEncode(r.id);
    item.set("accept_action", base + "/aannemen");
    item.set("decline_action", base + "/afwijzen");
    const bool failed = decline.request_id == r.id;
    item.set("decline_error", failed ? Data(decline.error) : Data(false));
    item.set("decline_words", failed ? decline.words : std::string());
    requests.push_back(item);
  }
  page.set("join_requests", requests);
  page.set("has_join_requests", !view->join_requests.empty());
  Data mine{Data::type::list};
  for (const auto& r : view->my_join_requests) {
    Data item;
    const std::string key = r.status == "accepted"   ? "jr_mine_accepted"
                            : r.status == "declined" ? "jr_mine_declined"
                                                     : "jr_mine_open";
    item.set("text", Fill(Text(locale, key), {{"answer", r.answer}}));
    item.set("href", r.status == "accepted" && !r.family_id.empty()
                         ? Data("/gezinnen/" + UrlEncode(r.family_id))
                         : Data(false));
    mine.push_back(item);
  }
  page.set("my_join_requests", mine);
  page.set("has_my_join_requests", !view->my_join_requests.empty());
  SetSummary(page, summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "mw_title"));
  meta.self_path = PageHref(view->weeks, view->page);
  meta.nav = "my_work";
  meta.has_errors = !summary.empty();
  return RenderPage(req, summary.empty() ? 200 : 400, "my_work", meta, std::move(page));
}

}  // namespace

http::Response MyWorkPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect("/ons-gezin");
  return RenderMyWork(stip, req, {});
}

namespace {

// Issue 11 item 4: how families found the team's meetings, as counts per question and value
// over every meeting of the team; under 10 answers only "minder dan 10 antwoorden".
Data MeetingFeedbackData(app::Stip& stip, const http::Request& req, std::string_view locale,
                         const domain::Team& team) {
  auto feedback = stip.TeamFeedback(*req.principal, team.id);
  if (!feedback) return Data(false);
  const auto& a = feedback->aggregate;
  Data out;
  out.set("suppressed", a.suppressed);
  const std::string before = FormatLongDate(a.counted_before, locale);
  out.set("suppressed_text", Fill(Text(locale, "mt_team_suppressed"), {{"date", before}}));
  out.set("answers",
          Fill(Text(locale, "mt_team_answers"), {{"n", std::to_string(a.answers)},
                                                 {"families", std::to_string(a.families)},
                                                 {"date", before}}));
  out.set("caption", Fill(Text(locale, "mt_team_caption"), {{"team", team.name}}));
  const auto wording = domain::FeedbackWordingFor(false);
  Data rows{Data::type::list};
  for (std::size_t q = 0; q < domain::kFeedbackQuestions; ++q) {
    Data row;
    row.set("question", std::string(wording.questions[q]));
    Data cells{Data::type::list};
    for (int v = 0; v < domain::kFeedbackMax; ++v) {
      Data cell;
      cell.set("n", std::to_string(a.distribution[q][v]));
      cells.push_back(cell);
    }
    row.set("cells", cells);
    rows.push_back(row);
  }
  out.set("rows", rows);
  return out;
}

}  // namespace

http::Response TeamWorkPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect("/ons-gezin");
  const std::string_view locale = NormalLocale(req.locale);
  // The installation's number of weeks only (a number of one's own would let small cells be
  // found by subtraction): no question to ask.
  auto view = stip.ReadTeamWork(*req.principal, {});
  if (!view) return ErrorFor(req, view.error());
  Data page;
  page.set("weeks_note",
           Fill(Text(locale, "tl_weeks_note"), {{"weeks", std::to_string(view->weeks)}}));
  Data teams{Data::type::list};
  for (const auto& t : view->teams) {
    Data team;
    team.set("id", t.team.id);
    team.set("name", t.team.name);
    team.set("caption", Fill(Text(locale, "tl_caption"), {{"team", t.team.name}}));
    Data rows{Data::type::list};
    // 1 to 9 is a small cell: "fewer than 10" (DESIGN.md §4).
    const auto cell = [&](std::int64_t n) {
      if (n == app::kFewerThanTen) return std::string(Text(locale, "tl_fewer_than_ten"));
      if (n == app::kNotShown) return std::string(Text(locale, "tl_not_shown"));
      return std::to_string(n);
    };
    for (const auto& p : t.professionals) {
      Data row;
      row.set("name", p.user.display_name);
      row.set("files", cell(p.counts.files));
      row.set("leads", cell(p.counts.leads));
      row.set("corrections", cell(p.counts.correction_requests));
      row.set("objections", cell(p.counts.objections));
      row.set("reviews", cell(p.counts.withholding_reviews));
      row.set("quiet", cell(p.counts.no_contact));
      row.set("overdue", cell(p.counts.overdue));
      rows.push_back(row);
    }
    team.set("professionals", rows);
    team.set("feedback", MeetingFeedbackData(stip, req, locale, t.team));  // issue 11 item 4
    teams.push_back(team);
  }
  page.set("teams", teams);
  page.set("has_teams", !view->teams.empty());
  // Issue 10 item 4: only when there is a use to judge (as on Mijn werk), never "0".
  page.set("emergency_reviews",
           view->emergency_reviews > 0
               ? Data(Fill(Text(locale, "em_work_count"),
                           {{"count", std::to_string(view->emergency_reviews)}}))
               : Data(false));
  SetSummary(page, {});
  PageMeta meta;
  meta.title = std::string(Text(locale, "tl_title"));
  meta.self_path = "/mijn-werk/team";
  meta.nav = "my_work";
  return RenderPage(req, 200, "team_work", meta, std::move(page));
}

Data TeamLeadForm(std::string_view locale, const std::string& team_id,
                  const std::vector<domain::TeamLead>& leads,
                  const std::vector<const app::Professional*>& members) {
  std::string current_id;
  for (const auto& l : leads) {
    if (l.team_id == team_id) current_id = l.user_id;
  }
  std::string current_name;
  Data options{Data::type::list};
  Data none;
  none.set("value", "");
  none.set("label", std::string(Text(locale, "tl_no_one")));
  none.set("selected", current_id.empty());
  options.push_back(none);
  for (const auto* p : members) {
    if (p->user.admin || p->user.disabled) continue;
    if (p->user.id == current_id) current_name = p->user.display_name;
    Data o;
    o.set("value", p->user.id);
    o.set("label", p->user.display_name);
    o.set("selected", p->user.id == current_id);
    options.push_back(o);
  }
  const std::string key = "teamleider-" + team_id;
  Data select;
  select.set("id", key);
  select.set("name", "teamleider");
  select.set("label", std::string(Text(locale, "tl_label")));
  select.set("options", options);
  select.set("error", false);
  select.set("describedby", false);
  Data form;
  form.set("action", "/beheer/teams/" + UrlEncode(team_id) + "/teamleider");
  form.set("current", current_id.empty()
                          ? std::string(Text(locale, "tl_current_none"))
                          : Fill(Text(locale, "tl_current"),
                                 {{"name", current_name.empty() ? current_id : current_name}}));
  form.set("lead_field", select);
  form.set("reason_field", InputField(key + "-reden", "reden", "text",
                                      std::string(Text(locale, "tl_reason")), "", "", ""));
  return form;
}

Data EntryMailSection(app::Stip& stip, const http::Request& req) {
  if (!req.principal || !req.principal->IsFamily()) return Data(false);
  const std::string_view locale = NormalLocale(req.locale);
  auto on = stip.EntryMailOn(*req.principal, req.principal->account->family_id);
  if (!on) return Data(false);  // the page still works; the choice shows next time
  // Offered only to who reads entries; one who turned it on before may still turn it off.
  auto offered = stip.EntryMailOffered(*req.principal, req.principal->account->family_id);
  if (!*on && (!offered || !*offered)) return Data(false);
  Data d;
  d.set("state", std::string(Text(locale, *on ? "em_on" : "em_off")));
  d.set("button", std::string(Text(locale, *on ? "em_turn_off" : "em_turn_on")));
  d.set("next", std::string(*on ? "uit" : "aan"));
  return d;
}

http::Response EntryMailSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return http::Response::Redirect("/gezinnen");
  const auto form = req.Form();
  const auto it = form.find("mail");
  const std::string value = it == form.end() ? std::string() : it->second;
  if (value != "aan" && value != "uit") {
    return ErrorFor(req,
                    domain::Error::Invalid("Choose on or off.",
                                           {{"on", domain::NotOneOf(domain::ValueList::kYesNo)}}));
  }
  auto done = stip.SetEntryMail(*req.principal, req.principal->account->family_id, value == "aan");
  if (!done) return ErrorFor(req, done.error());
  return http::Response::Redirect("/ons-gezin#meldingen");
}

Data DigestSection(app::Stip& stip, const http::Request& req) {
  if (!req.principal || req.principal->IsFamily()) return Data(false);
  const std::string_view locale = NormalLocale(req.locale);
  auto current = stip.DigestFrequencyOf(*req.principal);
  if (!current) return Data(false);
  Data options{Data::type::list};
  for (const auto f : {domain::DigestFrequency::kDaily, domain::DigestFrequency::kWeekly,
                       domain::DigestFrequency::kOff}) {
    const std::string value(domain::ToString(f));
    Data o;
    o.set("value", value);
    o.set("label", std::string(Text(locale, "dg_" + value)));
    o.set("selected", f == *current);
    options.push_back(o);
  }
  Data select;
  select.set("id", "overzicht-frequentie");
  select.set("name", "frequentie");
  select.set("label", std::string(Text(locale, "dg_label")));
  select.set("options", options);
  select.set("error", false);
  select.set("describedby", false);
  Data d;
  d.set("field", select);
  return d;
}

http::Response DigestSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect("/ons-gezin");
  const auto form = req.Form();
  const auto it = form.find("frequentie");
  auto done =
      stip.SetDigestFrequency(*req.principal, it == form.end() ? std::string() : it->second);
  if (!done) return ErrorFor(req, done.error());
  return http::Response::Redirect("/mijn-account#overzicht");
}

http::Response AdminTeamLeadSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto form = req.Form();
  const auto get = [&](const char* key) {
    const auto it = form.find(key);
    return it == form.end() ? std::string() : it->second;
  };
  const std::string& team_id = req.params.at("id");
  auto done = stip.SetTeamLead(*req.principal, team_id, get("teamleider"), get("reden"));
  if (!done) return ErrorFor(req, done.error());
  return http::Response::Redirect("/beheer#team-" + UrlEncode(team_id));
}

}  // namespace stip::web

namespace stip::web {

http::Response AcceptJoinRequestSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  auto done = stip.AcceptJoinRequest(*req.principal, req.params.at("id"), req.params.at("request"));
  if (!done) return ErrorFor(req, done.error());
  return http::Response::Redirect("/mijn-werk");
}

http::Response DeclineJoinRequestSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto form = req.Form();
  const auto it = form.find("toelichting");
  const std::string words = it == form.end() ? std::string() : it->second;
  auto done =
      stip.DeclineJoinRequest(*req.principal, req.params.at("id"), req.params.at("request"), words);
  if (done) return http::Response::Redirect("/mijn-werk");
  if (done.error().code != domain::Code::kInvalidArgument) return ErrorFor(req, done.error());
  // Mijn werk again, with what was typed and why it could not be saved beside it.
  const std::string_view locale = NormalLocale(req.locale);
  DeclineForm decline{req.params.at("request"), words, {}};
  for (const auto& f : done.error().fields) {
    if (decline.error.empty())
      decline.error = LocalizeFieldError(locale, Text(locale, "jr_decline_words"), f);
  }
  if (decline.error.empty()) decline.error = std::string(Text(locale, "jr_err_decline"));
  return RenderMyWork(stip, req, decline);
}

}  // namespace stip::web
