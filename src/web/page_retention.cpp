// Keeping and destroying a file (issue 14 item 3): the retention regime, the first day the file
// may be destroyed and any legal hold, for an involved professional; the lead or the team lead
// sets or lifts the hold here with a reason. Also the short block on the file page.
#include <string>

#include "web/field_errors.h"
#include "web/form_state.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {

namespace {

constexpr std::string_view kForm = "bewaarplicht";

std::string Base(const std::string& id) { return "/gezinnen/" + UrlEncode(id) + "/bewaren"; }

http::Response Render(app::Stip& stip, const http::Request& req, unsigned status,
                      const FormState& typed) {
  const std::string& id = req.params.at("id");
  if (req.principal->IsFamily()) {
    return ErrorFor(req, domain::Error::NotFound("No family file '" + id + "'."));
  }
  auto r = stip.RetentionOf(*req.principal, id);
  if (!r) return ErrorFor(req, r.error());
  const std::string_view locale = NormalLocale(req.locale);
  Data page = RetentionBlock(locale, *r);
  page.set("family_name", r->family_name);
  page.set("back_href", "/gezinnen/" + UrlEncode(id));
  page.set("action", Base(id));
  page.set("step", r->hold ? "opheffen" : "instellen");  // what the form was shown to do
  page.set("form_title", std::string(Text(locale, r->hold ? "rt_lift_title" : "rt_set_title")));
  page.set("submit", std::string(Text(locale, r->hold ? "rt_lift_submit" : "rt_set_submit")));
  Data reason =
      FormField(typed, kForm, "bewaarplicht-reden", "reden", Text(locale, "rt_reason"), {}, 4);
  reason.set("hint", std::string(Text(locale, "rt_reason_hint")));
  if (!typed.errors.count("bewaarplicht-reden")) {
    reason.set("describedby", "bewaarplicht-reden-uitleg");
  }
  page.set("reason", reason);
  page.set("done", req.query.count("opgeslagen") > 0 && typed.summary.empty());
  // Issue 14 item 3 part C: the family's requests to destroy, answered here.
  page.set("destruction", DestructionRequestsBlock(locale, *r, r->today, Base(id), typed));
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "rt_title"));
  meta.self_path = Base(id);
  meta.nav = "families";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "retention", meta, std::move(page));
}

}  // namespace

http::Response RetentionPageWith(app::Stip& stip, const http::Request& req, unsigned status,
                                 const FormState& typed) {
  return Render(stip, req, status, typed);
}

Data RetentionBlock(std::string_view locale, const app::FileRetention& r) {
  Data block;
  block.set(
      "regime",
      std::string(Text(locale, "rt_regime_" + std::string(domain::ToString(r.retention.regime)))));
  const std::string date = FormatLongDate(r.retention.destroy_from, locale);
  block.set("date",
            r.retention.help_ended ? date : Fill(Text(locale, "rt_not_before"), {{"date", date}}));
  block.set("hold", r.hold ? Fill(Text(locale, "rt_hold_on"),
                                  {{"date", FormatDateTime(r.hold->set_at, locale)},
                                   {"reason", r.hold->reason}})
                           : std::string(Text(locale, "rt_hold_none")));
  block.set("may_hold", r.may_hold);
  return block;
}

http::Response RetentionPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  return Render(stip, req, 200, FormState{});
}

http::Response LegalHoldSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& id = req.params.at("id");
  if (req.principal->IsFamily()) {
    return ErrorFor(req, domain::Error::NotFound("No family file '" + id + "'."));
  }
  FormState typed = FormState::Posted(req, std::string(kForm));
  const std::string reason = FormValue(typed.values, "reden");
  auto current = stip.RetentionOf(*req.principal, id, false);
  if (!current) return ErrorFor(req, current.error());
  // The form says what it was shown to do: a second click, or a page left open while a colleague
  // changed the hold, must not undo it (privacy review of issue 14 item 3).
  const std::string step = FormValue(typed.values, "stap");
  if (current->may_hold && step != (current->hold ? "opheffen" : "instellen")) {
    typed.summary.push_back({std::string(Text(NormalLocale(req.locale), "rt_err_changed")), ""});
    return Render(stip, req, 409, typed);
  }
  const domain::Status done = stip.ChangeLegalHold(*req.principal, id, !current->hold, reason);
  if (done) return http::Response::Redirect(Base(id) + "?opgeslagen=1");
  const std::string_view locale = NormalLocale(req.locale);
  const auto& error = done.error();
  if (error.code == domain::Code::kFailedPrecondition) {
    typed.summary.push_back(
        {std::string(Text(locale, current->hold ? "rt_err_no_hold" : "rt_err_changed")), ""});
    return Render(stip, req, 422, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) -> std::optional<FormControl> {
        if (field != "reason") return std::nullopt;
        return FormControl{"bewaarplicht-reden", std::string(Text(locale, "rt_reason"))};
      },
      Text(locale, "rt_err_summary"));
  return Render(stip, req, 400, typed);
}

}  // namespace stip::web
