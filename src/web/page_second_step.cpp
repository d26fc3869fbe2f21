// "Tweede stap bij inloggen" (issue 14 item 2): a professional sets up a TOTP second login step
// (the secret shown as text and as an otpauth link, confirmed with a first code) and turns it
// off again with a current code. Thin handlers: form -> one app call -> 303, or the page again.
#include <map>

#include "domain/text.h"
#include "web/messages.h"
#include "web/page_account.h"
#include "web/page_handlers.h"
#include "web/url.h"

namespace stip::web {
namespace {

constexpr std::string_view kSecondStepPath = "/mijn-account/tweede-stap";

struct CodeForm {
  std::string code_error;  // on the confirm form or the turn-off form, whichever was sent
  std::string form_error;  // not tied to the code (required by the installation, ...)
  bool for_disable = false;
};

http::Response Render(app::Stip& stip, const http::Request& req, unsigned status,
                      const CodeForm& form) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  auto state = stip.SecondStep(*req.principal);
  if (!state) return ErrorFor(req, state.error());
  const std::string_view locale = NormalLocale(req.locale);
  Data page;
  page.set("enrolled", state->enrolled);
  page.set("required", state->required);
  page.set("must_enrol", req.principal->second_step_missing);
  page.set("may_disable", state->enrolled && !state->required);
  const bool pending = !state->pending_secret.empty();
  page.set("pending", pending);
  page.set("not_started", !state->enrolled && !pending);
  page.set("secret", state->pending_secret);
  page.set("uri", state->pending_uri);
  page.set("done", req.query.count("klaar") > 0);
  page.set("off", req.query.count("uit") > 0);
  const std::string label = std::string(Text(locale, "ss_code"));
  const std::string hint = std::string(Text(locale, "ss_code_hint"));
  page.set("confirm_field", InputField("code-bevestigen", "code", "text", label, "", hint,
                                       form.for_disable ? "" : form.code_error));
  page.set("disable_field", InputField("code-uitzetten", "code", "text", label, "", hint,
                                       form.for_disable ? form.code_error : ""));
  std::vector<SummaryLine> lines;
  if (!form.form_error.empty()) lines.push_back({form.form_error, ""});
  if (!form.code_error.empty()) {
    lines.push_back({form.code_error, form.for_disable ? "code-uitzetten" : "code-bevestigen"});
  }
  SetSummary(page, lines);
  PageMeta meta;
  meta.title = std::string(Text(locale, "ss_title"));
  meta.self_path = std::string(kSecondStepPath);
  meta.nav = "account";
  meta.has_errors = !lines.empty();
  return RenderPage(req, status, "second_step", meta, std::move(page));
}

std::string CodeOf(const http::Request& req) {
  const auto fields = req.Form();
  const auto it = fields.find("code");
  std::string code = it == fields.end() ? std::string() : domain::Trim(it->second);
  std::erase(code, ' ');  // apps show "123 456"
  return code;
}

// The page again with the error where it belongs: 400 on the code, 422 above the form.
http::Response Refused(app::Stip& stip, const http::Request& req, const domain::Error& error,
                       bool for_disable) {
  const std::string_view locale = NormalLocale(req.locale);
  CodeForm form;
  form.for_disable = for_disable;
  if (error.code == domain::Code::kInvalidArgument) {
    const bool missing =
        !error.fields.empty() && error.fields.front().code == domain::FieldCode::kRequired;
    form.code_error = std::string(Text(locale, missing ? "ss_err_code_missing" : "ss_err_code"));
    return Render(stip, req, 400, form);
  }
  if (error.code == domain::Code::kFailedPrecondition) {
    form.form_error = std::string(Text(
        locale, req.principal && stip.options().require_totp ? "ss_err_required" : "ss_err_state"));
    return Render(stip, req, 422, form);
  }
  return ErrorFor(req, error);
}

}  // namespace

http::Response SecondStepPage(app::Stip& stip, const http::Request& req) {
  return Render(stip, req, 200, {});
}

http::Response StartSecondStepSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  auto started = stip.StartSecondStep(*req.principal);
  if (!started) return Refused(stip, req, started.error(), false);
  return http::Response::Redirect(std::string(kSecondStepPath) + "#instellen");
}

http::Response ConfirmSecondStepSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  auto done = stip.ConfirmSecondStep(*req.principal, CodeOf(req));
  if (!done) return Refused(stip, req, done.error(), false);
  return http::Response::Redirect(std::string(kSecondStepPath) + "?klaar=1");
}

http::Response DisableSecondStepSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  auto done = stip.DisableSecondStep(*req.principal, CodeOf(req));
  if (!done) return Refused(stip, req, done.error(), true);
  return http::Response::Redirect(std::string(kSecondStepPath) + "?uit=1");
}

}  // namespace stip::web
