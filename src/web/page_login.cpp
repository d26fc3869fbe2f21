// Logging in and out. The session token only ever travels in an HttpOnly, SameSite=Strict
// cookie; after login the person lands where they were going, but only on this site.
#include "http/cookies.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/url.h"

namespace stip::web {
namespace {

struct LoginState {
  std::string username;
  std::string next;
  std::string username_error;
  std::string password_error;
  // Issue 14 item 2: the code of the second step, asked for once the password was right for an
  // account that has one (the password is typed again: a page never echoes it).
  bool ask_code = false;
  std::string code_error;
  std::string form_error;  // not tied to one field: wrong password, back-off, other site
};

http::Response RenderLogin(const http::Request& req, unsigned status, const LoginState& state) {
  const std::string_view locale = NormalLocale(req.locale);
  Data page;
  page.set("username", state.username);
  page.set("next", state.next);
  Data field;
  Data username;
  username.set("error", Opt(state.username_error));
  Data password;
  password.set("error", Opt(state.password_error));
  field.set("username", username);
  field.set("password", password);
  Data code;
  code.set("error", Opt(state.code_error));
  field.set("code", code);
  page.set("field", field);
  page.set("ask_code", state.ask_code);
  std::vector<SummaryLine> lines;
  if (!state.form_error.empty()) lines.push_back({state.form_error, "gebruikersnaam"});
  if (!state.username_error.empty()) lines.push_back({state.username_error, "gebruikersnaam"});
  if (!state.password_error.empty()) lines.push_back({state.password_error, "wachtwoord"});
  if (!state.code_error.empty()) lines.push_back({state.code_error, "code"});
  SetSummary(page, lines);

  PageMeta meta;
  meta.title = std::string(Text(locale, "login_title"));
  meta.self_path = "/login?next=" + UrlEncode(state.next);
  meta.has_errors = !lines.empty();
  return RenderPage(req, status, "login", meta, std::move(page));
}

}  // namespace

http::Response Home(const http::Request&) {
  // A public route carries no principal, so always go to the families: the server sends
  // whoever is not logged in on to the login page, and back here afterwards.
  return http::Response::Redirect(std::string(kHomePath));
}

http::Response LoginForm(const http::Request& req) {
  LoginState state;
  const auto next = req.query.find("next");
  state.next = SafeNextPath(next == req.query.end() ? std::string_view() : next->second);
  return RenderLogin(req, 200, state);
}

http::Response LoginSubmit(app::Stip& stip, const http::Request& req) {
  const std::string_view locale = NormalLocale(req.locale);
  const auto form = req.Form();
  const auto get = [&form](const char* key) {
    const auto it = form.find(key);
    return it == form.end() ? std::string() : it->second;
  };
  LoginState state;
  state.username = get("username");
  state.next = SafeNextPath(get("next"));
  const std::string password = get("password");
  const std::string code = get("code");
  state.ask_code = form.contains("code");

  // Login CSRF: another site must not be able to log a browser into an account of its choice.
  if (!IsSameOrigin(req.Header("origin"), req.Header("referer"), req.Header("host"))) {
    state.form_error = std::string(Text(locale, "login_other_site"));
    return RenderLogin(req, 403, state);
  }
  if (state.username.empty() || password.empty()) {
    if (state.username.empty()) {
      state.username_error = std::string(Text(locale, "login_username_missing"));
    }
    if (password.empty())
      state.password_error = std::string(Text(locale, "login_password_missing"));
    return RenderLogin(req, 400, state);
  }

  auto login = stip.Login(state.username, password, req.client, code);
  if (!login) {
    // Issue 14 item 2: the password was right; the second step's code is missing or wrong.
    const auto& fields = login.error().fields;
    if (login.error().code == domain::Code::kUnauthenticated && !fields.empty() &&
        fields.front().field == "code") {
      state.ask_code = true;
      state.code_error = std::string(
          Text(locale, fields.front().code == domain::FieldCode::kRequired ? "login_code_missing"
                                                                           : "login_code_wrong"));
      return RenderLogin(req, 401, state);
    }
    switch (login.error().code) {
      case domain::Code::kUnauthenticated:
        state.form_error = std::string(Text(locale, "login_failed"));
        return RenderLogin(req, 401, state);
      case domain::Code::kResourceExhausted:
        state.form_error = std::string(Text(locale, "login_too_many"));
        return RenderLogin(req, 429, state);
      case domain::Code::kPermissionDenied:  // issue 14: the account is disabled
        state.form_error = std::string(Text(locale, "login_disabled"));
        return RenderLogin(req, 403, state);
      default:
        return ErrorFor(req, login.error());
    }
  }
  // Issue 14: an administrator, who never sees a family, starts on the administration page.
  if (login->user.admin && state.next == kHomePath) state.next = std::string(kAdminPath);
  // Issue 14 item 2: required and not set up yet: setting it up comes first.
  if (login->second_step_missing) state.next = "/mijn-account/tweede-stap";
  http::Response response = http::Response::Redirect(state.next);
  response.headers.emplace_back(
      "Set-Cookie",
      http::SessionCookie(login->session_token, stip.options().session_ttl, req.secure_cookies));
  return response;
}

http::Response LogoutSubmit(app::Stip& stip, const http::Request& req) {
  // The cookie goes in any case. A session that is already gone is fine; a store that could
  // not end it is said out loud, because the session would otherwise stay valid unseen.
  http::Response response = http::Response::Redirect("/login");
  if (!req.session_token.empty()) {
    auto done = stip.Logout(req.session_token);
    if (!done && done.error().code != domain::Code::kUnauthenticated &&
        done.error().code != domain::Code::kNotFound) {
      response = ErrorFor(req, done.error());
    }
  }
  response.headers.emplace_back("Set-Cookie", http::ClearSessionCookie(req.secure_cookies));
  return response;
}

}  // namespace stip::web
