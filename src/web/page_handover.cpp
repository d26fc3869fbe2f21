// The handovers offered to a professional (issue 10): which file, from whom, why, warm or cold,
// with the forms to accept or decline. Thin handlers: one app call, then 303 or the page again.
#include <map>
#include <string>

#include "web/field_errors.h"
#include "web/handover_view.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/page_household.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

struct Declined {
  std::string handover;  // whose decline form came back
  std::string words;
  std::string error;
  std::vector<SummaryLine> summary;
};

http::Response Render(app::Stip& stip, const http::Request& req, unsigned status,
                      const Declined& typed) {
  auto offered = stip.HandoversOfferedTo(*req.principal);
  if (!offered) return ErrorFor(req, offered.error());
  const std::string_view locale = NormalLocale(req.locale);
  Data items{Data::type::list};
  for (const auto& v : *offered) {
    const domain::Handover& h = v.handover;
    const std::string base = "/overdrachten/" + UrlEncode(h.family_id) + "/" + UrlEncode(h.id);
    const std::string control = "ho-decline-" + h.id;
    Data item;
    item.set("family", h.family_name);
    item.set("from", v.from.user.display_name);
    item.set("why", HandoverWhy(locale, h));
    item.set("how", h.warm && h.meeting_date
                        ? Fill(Text(locale, "ho_offer_warm"),
                               {{"date", FormatLongDate(*h.meeting_date, locale)}})
                        : std::string(Text(locale, "ho_offer_cold")));
    item.set("when", FormatDateTime(h.proposed_at, locale));
    item.set("accept_action", base + "/aannemen");
    item.set("decline_action", base + "/afwijzen");
    item.set("control", control);
    item.set("words", typed.handover == h.id ? typed.words : "");
    item.set("error",
             typed.handover == h.id && !typed.error.empty() ? Data(typed.error) : Data(false));
    item.set("accept_button", Fill(Text(locale, "ho_accept"), {{"family", h.family_name}}));
    item.set("decline_button", Fill(Text(locale, "ho_decline"), {{"family", h.family_name}}));
    items.push_back(item);
  }
  Data page;
  page.set("handovers", items);
  page.set("has_handovers", !offered->empty());
  page.set("done", req.query.count("gedaan") > 0 && typed.summary.empty());
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "ho_page_title"));
  meta.self_path = "/overdrachten";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "handovers", meta, std::move(page));
}

}  // namespace

http::Response HandoversPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  return Render(stip, req, 200, Declined{});
}

http::Response AcceptHandoverSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& family = req.params.at("id");
  auto done = stip.AcceptHandover(*req.principal, family, req.params.at("handover"));
  if (!done) return ErrorFor(req, done.error());
  // The new fixed face goes straight to the file that is now theirs.
  return http::Response::Redirect("/gezinnen/" + UrlEncode(family));
}

http::Response DeclineHandoverSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto form = req.Form();
  Declined typed;
  typed.handover = req.params.at("handover");
  const auto it = form.find("toelichting");
  typed.words = it == form.end() ? "" : it->second;
  auto done =
      stip.DeclineHandover(*req.principal, req.params.at("id"), typed.handover, typed.words);
  if (done) return http::Response::Redirect("/overdrachten?gedaan=1");
  if (done.error().code != domain::Code::kInvalidArgument) return ErrorFor(req, done.error());
  const std::string_view locale = NormalLocale(req.locale);
  for (const auto& fe : done.error().fields) {
    const std::string message = LocalizeFieldError(locale, Text(locale, "ho_label_decline"), fe);
    if (typed.error.empty()) typed.error = message;
    typed.summary.push_back({message, "ho-decline-" + typed.handover});
  }
  return Render(stip, req, 400, typed);
}

}  // namespace stip::web
