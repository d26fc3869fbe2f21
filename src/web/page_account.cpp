// "Mijn account" (issue 14): a professional sees their API tokens (never the secrets) and
// where they are logged in, makes a token (its secret is shown once, on the answer to the
// form) and revokes one. Thin handlers: form -> one app call -> 303, or the page again.
#include <charconv>
#include <map>
#include <optional>

#include "domain/text.h"
#include "web/field_errors.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_account.h"
#include "web/page_handlers.h"
#include "web/page_my_work.h"
#include "web/url.h"

namespace stip::web {
namespace {

std::string Get(const std::map<std::string, std::string>& form, const char* key) {
  const auto it = form.find(key);
  return it == form.end() ? std::string() : it->second;
}

struct TokenForm {
  std::string name;
  std::string days;
  std::string name_error;
  std::string days_error;
  std::vector<SummaryLine> summary;
  std::string secret;  // the new token, shown once
  domain::Millis expires_at = 0;
};

http::Response Render(app::Stip& stip, const http::Request& req, unsigned status,
                      const TokenForm& form) {
  if (!req.principal) return ToLogin(req);
  // A family member has no tokens: their own pages are elsewhere.
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  auto tokens = stip.ListTokens(*req.principal);
  if (!tokens) return ErrorFor(req, tokens.error());
  auto sessions = stip.ListSessions(*req.principal, "", req.session_token);
  if (!sessions) return ErrorFor(req, sessions.error());
  const std::string_view locale = NormalLocale(req.locale);
  const std::string max = std::to_string(stip.options().token_max_days);
  Data page;
  SetTokensTable(page, locale, *tokens, std::string(Text(locale, "tokens_caption")),
                 std::string(kAccountPath) + "/sleutels/");
  SetSessionsTable(page, locale, *sessions);
  page.set("digest", DigestSection(stip, req));  // issue 10 item 8
  page.set(
      "name_field",
      InputField("sleutel-naam", "naam", "text", std::string(Text(locale, "token_new_name")),
                 form.name, std::string(Text(locale, "token_new_name_hint")), form.name_error));
  page.set(
      "days_field",
      InputField("sleutel-dagen", "dagen", "number", std::string(Text(locale, "token_new_days")),
                 form.days.empty() ? std::to_string(stip.options().token_days) : form.days,
                 Fill(Text(locale, "token_new_days_hint"), {{"max", max}}), form.days_error));
  if (!form.secret.empty()) {
    Data made;
    made.set("secret", form.secret);
    made.set("text", Fill(Text(locale, "token_made_text"),
                          {{"date", FormatDateTime(form.expires_at, locale)}}));
    page.set("made", made);
  } else {
    page.set("made", false);
  }
  page.set("revoked", req.query.count("ingetrokken") > 0);
  SetSummary(page, form.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "account_title"));
  meta.self_path = std::string(kAccountPath);
  meta.nav = "account";
  meta.has_errors = !form.summary.empty();
  return RenderPage(req, status, "account", meta, std::move(page));
}

}  // namespace

Data InputField(std::string id, std::string name, std::string type, std::string label,
                std::string value, std::string hint, std::string error) {
  Data field;
  std::string describedby;
  if (!hint.empty()) describedby = id + "-uitleg";
  if (!error.empty()) describedby += (describedby.empty() ? "" : " ") + id + "-fout";
  field.set("id", id);
  field.set("name", name);
  field.set("type", type);
  field.set("label", label);
  field.set("value", value);
  field.set("hint", Opt(hint));
  field.set("error", Opt(error));
  field.set("describedby", Opt(describedby));
  return field;
}

void SetTokensTable(Data& page, std::string_view locale, const std::vector<app::TokenInfo>& tokens,
                    const std::string& caption, const std::string& revoke_base) {
  Data rows{Data::type::list};
  for (const auto& t : tokens) {
    Data row;
    row.set("name", t.name.empty() ? t.id : t.name);
    row.set("issued", FormatDateTime(t.issued_at, locale));
    row.set("expires", FormatDateTime(t.expires_at, locale));
    row.set("state", std::string(Text(locale, "token_state_" + t.state)));
    row.set("may_revoke", t.state == "active");
    row.set("action", revoke_base + UrlEncode(t.id) + "/intrekken");
    row.set("button",
            Fill(Text(locale, "token_revoke_button"), {{"name", t.name.empty() ? t.id : t.name}}));
    rows.push_back(row);
  }
  page.set("tokens", rows);
  page.set("has_tokens", !tokens.empty());
  page.set("tokens_caption", caption);
}

void SetSessionsTable(Data& page, std::string_view locale,
                      const std::vector<app::SessionInfo>& sessions) {
  Data rows{Data::type::list};
  for (const auto& s : sessions) {
    Data row;
    row.set("started", FormatDateTime(s.created_at, locale));
    row.set("ends", FormatDateTime(s.expires_at, locale));
    row.set("current", s.current);
    rows.push_back(row);
  }
  page.set("sessions", rows);
  page.set("has_sessions", !sessions.empty());
}

http::Response AccountPage(app::Stip& stip, const http::Request& req) {
  return Render(stip, req, 200, {});
}

http::Response IssueTokenSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  const auto fields = req.Form();
  TokenForm form;
  form.name = domain::Trim(Get(fields, "naam"));
  form.days = domain::Trim(Get(fields, "dagen"));
  const std::string_view locale = NormalLocale(req.locale);
  const std::string max = std::to_string(stip.options().token_max_days);
  std::optional<std::int64_t> days;
  if (!form.days.empty()) {
    std::int64_t value = 0;
    const auto [end, ec] =
        std::from_chars(form.days.data(), form.days.data() + form.days.size(), value);
    if (ec == std::errc() && end == form.days.data() + form.days.size()) {
      days = value;
    } else {
      days = 0;  // not a whole number: the app's range check words it
    }
  }
  auto issued = stip.IssueToken(*req.principal, form.name, days);
  if (issued) {
    TokenForm done;
    done.secret = issued->token;
    done.expires_at = issued->expires_at;
    return Render(stip, req, 201, done);
  }
  if (issued.error().code != domain::Code::kInvalidArgument) return ErrorFor(req, issued.error());
  for (const auto& field : issued.error().fields) {
    if (field.field == "name" && form.name_error.empty()) {
      form.name_error = std::string(Text(locale, "token_err_name"));
      form.summary.push_back({form.name_error, "sleutel-naam"});
    } else if (field.field == "expires_in_days" && form.days_error.empty()) {
      form.days_error = Fill(Text(locale, "token_err_days"), {{"max", max}});
      form.summary.push_back({form.days_error, "sleutel-dagen"});
    }
  }
  if (form.summary.empty())
    form.summary.push_back({std::string(Text(locale, "error_400_what")), ""});
  return Render(stip, req, 400, form);
}

http::Response RevokeTokenSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (req.principal->IsFamily()) return http::Response::Redirect(std::string(kFamilyHomePath));
  auto done = stip.RevokeToken(*req.principal, req.params.at("id"));
  if (!done) return ErrorFor(req, done.error());
  return http::Response::Redirect(std::string(kAccountPath) + "?ingetrokken=1#sleutels");
}

}  // namespace stip::web
