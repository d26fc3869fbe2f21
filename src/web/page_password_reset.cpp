// The page a password reset link opens (issue 14 item 1). No login: whoever has the link from the
// mail sets a new password under the password rule. A link Stip never sent is a 404; an expired,
// used, replaced or stopped one a 410 with what to do; a refused password keeps the link working.
#include "web/field_errors.h"
#include "web/messages.h"
#include "web/page_account.h"
#include "web/page_handlers.h"
#include "web/url.h"

namespace stip::web {
namespace {

std::string ResetPath(const http::Request& req) {
  return "/wachtwoord-herstellen/" + UrlEncode(req.params.at("token"));
}

// The page for a link that does not work (404 unknown, 410 gone); nothing changed.
http::Response GonePage(const http::Request& req, const app::PasswordResetLink* link) {
  const std::string_view locale = NormalLocale(req.locale);
  using S = app::PasswordResetLink::State;
  std::string title(Text(locale, link ? "pwr_gone_title" : "pwr_unknown_title"));
  std::string text;
  if (!link) {
    text = Text(locale, "pwr_unknown");
  } else {
    switch (link->state) {
      case S::kExpired:
        text = Text(locale, "pwr_gone_expired");
        break;
      case S::kUsed:
        text = Text(locale, "pwr_gone_used");
        break;
      case S::kReplaced:
        text = Text(locale, "pwr_gone_replaced");
        break;
      case S::kEnded:
      case S::kOpen:
        text = Text(locale, "pwr_gone_ended");
        break;
    }
  }
  Data page;
  page.set("gone", true);
  page.set("heading", title);
  page.set("text", text);
  PageMeta meta;
  meta.title = title;
  meta.self_path = ResetPath(req);
  return RenderPage(req, link ? 410 : 404, "password_reset", meta, std::move(page));
}

http::Response RenderForm(const http::Request& req, unsigned status,
                          const app::PasswordResetLink& link, const std::string& error) {
  const std::string_view locale = NormalLocale(req.locale);
  Data page;
  page.set("form", true);
  page.set("heading", std::string(Text(locale, "pwr_title")));
  page.set("intro", Fill(Text(locale, "pwr_intro"), {{"name", link.display_name}}));
  page.set("action", ResetPath(req));
  page.set("username", link.username);
  page.set("password_error", Opt(error));
  std::vector<SummaryLine> lines;
  if (!error.empty()) lines.push_back({error, "nieuw-wachtwoord"});
  SetSummary(page, lines);
  PageMeta meta;
  meta.title = std::string(Text(locale, "pwr_title"));
  meta.self_path = ResetPath(req);
  meta.has_errors = !lines.empty();
  // The token is in the address. strict-origin sends only "https://host/" as the Referer of the
  // page's stylesheet and form (so a proxy's access log does not learn the token either), and
  // still the real Origin with the form. Not no-referrer: then the browser sends "Origin: null"
  // with the form, and the same-site check below would refuse it.
  http::Response response = RenderPage(req, status, "password_reset", meta, std::move(page));
  response.headers.emplace_back("Referrer-Policy", "strict-origin");
  return response;
}

}  // namespace

http::Response PasswordResetPage(app::Stip& stip, const http::Request& req) {
  auto link = stip.CheckPasswordReset(req.params.at("token"));
  if (!link) {
    if (link.error().code == domain::Code::kNotFound) return GonePage(req, nullptr);
    return ErrorFor(req, link.error());
  }
  if (link->state != app::PasswordResetLink::State::kOpen) return GonePage(req, &*link);
  return RenderForm(req, 200, *link, "");
}

http::Response PasswordResetSubmit(app::Stip& stip, const http::Request& req) {
  const std::string_view locale = NormalLocale(req.locale);
  const std::string& token = req.params.at("token");
  auto link = stip.CheckPasswordReset(token);
  if (!link) {
    if (link.error().code == domain::Code::kNotFound) return GonePage(req, nullptr);
    return ErrorFor(req, link.error());
  }
  if (link->state != app::PasswordResetLink::State::kOpen) return GonePage(req, &*link);
  // No session and so no CSRF token: as at the login, the form must come from this site.
  if (!IsSameOrigin(req.Header("origin"), req.Header("referer"), req.Header("host"))) {
    return RenderForm(req, 403, *link, std::string(Text(locale, "pwr_other_site")));
  }
  const auto form = req.Form();
  const auto it = form.find("wachtwoord");
  const std::string password = it == form.end() ? std::string() : it->second;
  auto done = stip.ResetPassword(token, password);
  if (!done) {
    const auto& error = done.error();
    if (error.code == domain::Code::kInvalidArgument) {
      const domain::FieldError field = error.fields.empty()
                                           ? domain::FieldError{"password", domain::Required()}
                                           : error.fields.front();
      return RenderForm(req, 400, *link,
                        LocalizeFieldError(locale, Text(locale, "pwr_password"), field));
    }
    if (error.code == domain::Code::kFailedPrecondition) {
      auto again = stip.CheckPasswordReset(token);
      if (again) return GonePage(req, &*again);
    }
    if (error.code == domain::Code::kNotFound) return GonePage(req, nullptr);
    return ErrorFor(req, error);
  }
  Data page;
  page.set("done", true);
  page.set("heading", std::string(Text(locale, "pwr_done_title")));
  page.set("text", std::string(Text(locale, "pwr_done")));
  PageMeta meta;
  meta.title = std::string(Text(locale, "pwr_done_title"));
  meta.self_path = "/login";
  return RenderPage(req, 200, "password_reset", meta, std::move(page));
}

}  // namespace stip::web
