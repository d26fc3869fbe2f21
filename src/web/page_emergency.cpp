// Emergency access pages (noodtoegang, issue 10 item 4): the professional opens a file with a
// reason and sees their uses (/noodtoegang); the team lead judges each use of their team
// (/noodtoegang/beoordelen). Thin handlers: one app call, then 303 or the page again.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "domain/text.h"

#include "web/field_errors.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_emergency.h"
#include "web/page_handlers.h"
#include "web/url.h"

namespace stip::web {
namespace {

std::string Get(const std::map<std::string, std::string>& form, const char* key) {
  const auto it = form.find(key);
  return it == form.end() ? std::string() : it->second;
}

// What the professional typed, and what was wrong with it.
struct Typed {
  std::string family;
  std::string reason;
  std::string family_error;
  std::string reason_error;
  std::vector<SummaryLine> summary;
};

http::Response RenderOpen(app::Stip& stip, const http::Request& req, unsigned status,
                          const Typed& typed) {
  auto mine = stip.MyEmergencyAccess(*req.principal);
  if (!mine) return ErrorFor(req, mine.error());
  auto reviews = stip.CountEmergencyReviews(*req.principal);
  if (!reviews) return ErrorFor(req, reviews.error());
  const std::string_view locale = NormalLocale(req.locale);
  Data items{Data::type::list};
  for (const auto& v : *mine) {
    const domain::EmergencyAccess& u = v.use;
    const std::string family = u.family_id;
    Data item;
    item.set("line", Fill(Text(locale, "em_mine_line"),
                          {{"family", family}, {"when", FormatDateTime(u.opened_at, locale)}}));
    item.set("reason", Fill(Text(locale, "em_use_reason"), {{"reason", u.reason}}));
    // Stopped only when ended before its time; a use that ran its time "ran until" (review).
    item.set(
        "until",
        v.active
            ? Fill(Text(locale, "em_mine_active"), {{"until", FormatDateTime(u.until, locale)}})
        : u.ended_at && *u.ended_at < u.until
            ? Fill(Text(locale, "em_mine_ended"), {{"ended", FormatDateTime(*u.ended_at, locale)}})
            : Fill(Text(locale, "em_mine_ran"), {{"until", FormatDateTime(u.until, locale)}}));
    item.set("active", v.active);
    item.set("file_href", "/gezinnen/" + UrlEncode(family));
    item.set("file_link", Fill(Text(locale, "em_open_file"), {{"family", family}}));
    item.set("end_action", "/noodtoegang/" + UrlEncode(u.id) + "/stoppen");
    item.set("end_button", Fill(Text(locale, "em_end"), {{"family", family}}));
    if (u.outcome) {
      item.set("review", Fill(Text(locale, *u.outcome == domain::EmergencyOutcome::kJustified
                                               ? "em_use_justified"
                                               : "em_use_not_justified"),
                              {{"reviewer", v.reviewer_name}, {"words", u.review_words}}));
    } else {
      const char* key = v.judged_by == "none"            ? "em_no_lead"
                        : v.judged_by == "other_lead"    ? "em_own_lead"
                        : v.judged_by == "no_other_lead" ? "em_no_other_lead"
                                                         : "em_waits";
      item.set("review", std::string(Text(locale, key)));
    }
    items.push_back(item);
  }
  Data page;
  page.set("intro", Fill(Text(locale, "em_page_intro"),
                         {{"hours", std::to_string(std::clamp(stip.options().emergency_hours, 1,
                                                              domain::kMaxEmergencyHours))}}));
  page.set("family", typed.family);
  page.set("reason", typed.reason);
  page.set("family_error", typed.family_error.empty() ? Data(false) : Data(typed.family_error));
  page.set("reason_error", typed.reason_error.empty() ? Data(false) : Data(typed.reason_error));
  page.set("uses", items);
  page.set("has_uses", !mine->empty());
  page.set("ended", req.query.count("gestopt") > 0 && typed.summary.empty());
  page.set("review_count", *reviews > 0 ? Data(Fill(Text(locale, "em_work_count"),
                                                    {{"count", std::to_string(*reviews)}}))
                                        : Data(false));
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "em_page_title"));
  meta.self_path = "/noodtoegang";
  meta.nav = "emergency";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "emergency", meta, std::move(page));
}

struct Judged {
  std::string use;  // whose form came back
  std::string outcome;
  std::string words;
  std::string outcome_error;
  std::string words_error;
  std::vector<SummaryLine> summary;
};

http::Response RenderReviews(app::Stip& stip, const http::Request& req, unsigned status,
                             const Judged& typed) {
  auto reviews = stip.EmergencyReviewsFor(*req.principal);
  if (!reviews) return ErrorFor(req, reviews.error());
  const std::string_view locale = NormalLocale(req.locale);
  Data items{Data::type::list};
  for (const auto& r : reviews->items) {
    const domain::EmergencyAccess& u = r.view.use;
    const bool mine = typed.use == u.id;
    const std::string control = "em-" + u.id;
    Data item;
    item.set(
        "who",
        Fill(Text(locale, "em_review_who"),
             {{"name", r.view.professional.user.display_name},
              {"team", r.view.professional.team ? r.view.professional.team->name : std::string()},
              {"family", u.family_id},
              {"when", FormatDateTime(u.opened_at, locale)},
              {"until", FormatDateTime(domain::EndOf(u), locale)}}));
    item.set("reason", u.reason);
    Data lines{Data::type::list};
    for (const auto& line : r.lines_read) {
      Data l;
      std::string what_key = "access_what_" + line.what;
      if (Text(locale, what_key) == kMissingMessage) what_key = "access_what_other";
      l.set("text", FormatDateTime(line.time, locale) + ": " + std::string(Text(locale, what_key)));
      lines.push_back(l);
    }
    item.set("lines", lines);
    item.set("has_lines", !r.lines_read.empty());
    item.set("lines_more", r.lines_more);
    item.set("action", "/noodtoegang/" + UrlEncode(u.id) + "/beoordelen");
    item.set("control", control);
    item.set("justified", mine && typed.outcome == "justified");
    item.set("not_justified", mine && typed.outcome == "not_justified");
    item.set("words", mine ? typed.words : "");
    item.set("outcome_error",
             mine && !typed.outcome_error.empty() ? Data(typed.outcome_error) : Data(false));
    item.set("words_error",
             mine && !typed.words_error.empty() ? Data(typed.words_error) : Data(false));
    item.set("submit", Fill(Text(locale, "em_review_submit"), {{"family", u.family_id}}));
    items.push_back(item);
  }
  Data page;
  page.set("reviews", items);
  page.set("has_reviews", !reviews->items.empty());
  page.set("not_lead", !reviews->team_lead && reviews->items.empty());
  page.set("done", req.query.count("gedaan") > 0 && typed.summary.empty());
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "em_review_title"));
  meta.self_path = "/noodtoegang/beoordelen";
  meta.nav = "emergency";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "emergency_reviews", meta, std::move(page));
}

}  // namespace

http::Response EmergencyPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  return RenderOpen(stip, req, 200, Typed{});
}

http::Response OpenEmergencySubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto form = req.Form();
  Typed typed;
  typed.family = Get(form, "dossier");
  typed.reason = Get(form, "reden");
  const std::string_view locale = NormalLocale(req.locale);
  if (domain::Trim(typed.family).empty()) {
    typed.family_error = LocalizeFieldError(
        locale, Text(locale, "em_label_family"),
        domain::FieldError{"family_id", domain::Required("give the file number")});
    typed.summary.push_back({typed.family_error, "dossier"});
    return RenderOpen(stip, req, 400, typed);
  }
  auto use = stip.OpenEmergencyAccess(*req.principal, domain::Trim(typed.family), typed.reason);
  if (use) return http::Response::Redirect("/gezinnen/" + UrlEncode(use->use.family_id));
  const auto& error = use.error();
  if (error.code == domain::Code::kNotFound || error.code == domain::Code::kConflict) {
    // Shown at the field: the number is unknown, or the file is the caller's already.
    typed.family_error = error.code == domain::Code::kNotFound
                             ? std::string(Text(locale, "em_unknown_file"))
                             : std::string(Text(locale, "em_conflict"));
    typed.summary.push_back({typed.family_error, "dossier"});
    return RenderOpen(stip, req, error.code == domain::Code::kNotFound ? 404 : 409, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  for (const auto& fe : error.fields) {
    const std::string message = LocalizeFieldError(locale, Text(locale, "em_label_reason"), fe);
    if (typed.reason_error.empty()) typed.reason_error = message;
    typed.summary.push_back({message, "reden"});
  }
  return RenderOpen(stip, req, 400, typed);
}

http::Response EndEmergencySubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  auto done = stip.EndEmergencyAccess(*req.principal, req.params.at("id"));
  if (!done) return ErrorFor(req, done.error());
  return http::Response::Redirect("/noodtoegang?gestopt=1");
}

http::Response EmergencyReviewsPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  return RenderReviews(stip, req, 200, Judged{});
}

http::Response ReviewEmergencySubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto form = req.Form();
  Judged typed;
  typed.use = req.params.at("id");
  typed.outcome = Get(form, "oordeel");
  typed.words = Get(form, "toelichting");
  auto done = stip.ReviewEmergencyAccess(*req.principal, typed.use, typed.outcome, typed.words);
  if (done) return http::Response::Redirect("/noodtoegang/beoordelen?gedaan=1");
  if (done.error().code != domain::Code::kInvalidArgument) return ErrorFor(req, done.error());
  const std::string_view locale = NormalLocale(req.locale);
  for (const auto& fe : done.error().fields) {
    const bool outcome = fe.field == "outcome";
    const std::string message = LocalizeFieldError(
        locale, Text(locale, outcome ? "em_label_outcome" : "em_label_words"), fe);
    (outcome ? typed.outcome_error : typed.words_error) = message;
    typed.summary.push_back(
        {message, outcome ? "em-" + typed.use + "-oordeel" : "em-" + typed.use + "-toelichting"});
  }
  return RenderReviews(stip, req, 400, typed);
}

}  // namespace stip::web
