// The administrator's pages (issue 14): professional accounts per team, adding an account, and
// per account its team, disabling and enabling it, its sessions and its tokens. Administrators
// only: the use cases refuse everyone else (403). Administrators never see a family here.
#include <map>

#include "domain/text.h"
#include "web/field_errors.h"
#include "web/form_state.h"
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

std::string UserPath(const std::string& id) {
  return std::string(kAdminPath) + "/accounts/" + UrlEncode(id);
}

std::string StateText(std::string_view locale, const domain::User& u) {
  if (u.disabled) return std::string(Text(locale, "admin_state_disabled"));
  return std::string(Text(locale, u.admin ? "admin_state_admin" : "admin_state_active"));
}

// The team choice (templates/_form_select.mustache).
Data TeamSelect(std::string_view locale, const std::vector<domain::Team>& teams,
                const std::string& selected, const std::string& error) {
  Data options{Data::type::list};
  Data none;
  none.set("value", "");
  none.set("label", std::string(Text(locale, "admin_choose_team")));
  none.set("selected", selected.empty());
  options.push_back(none);
  for (const auto& t : teams) {
    Data o;
    o.set("value", t.id);
    o.set("label", t.name);
    o.set("selected", t.id == selected);
    options.push_back(o);
  }
  Data field;
  field.set("id", "account-team");
  field.set("name", "team");
  field.set("label", std::string(Text(locale, "admin_new_team")));
  field.set("options", options);
  field.set("error", Opt(error));
  field.set("describedby", Opt(error.empty() ? std::string() : "account-team-fout"));
  return field;
}

// --- the list of accounts, with the form to add one ----------------------------------------------

struct NewUserForm {
  app::NewUser user;
  std::map<std::string, std::string> errors;  // field -> text
  std::vector<SummaryLine> summary;
};

// Issue 14 item 1: the organisations with their teams, and the forms to add an organisation,
// add a team and rename one (`typed`: what came back from one of them).
void SetOrganisations(Data& page, std::string_view locale,
                      const std::vector<domain::Organisation>& orgs,
                      const std::vector<domain::Team>& teams, const FormState& typed) {
  Data list{Data::type::list};
  Options org_options{{"", std::string(Text(locale, "admin_choose_org"))}};
  for (const auto& o : orgs) {
    org_options.push_back({o.id, o.name});
    Data org;
    org.set("id", o.id);
    org.set("name", o.name);
    org.set("caption", Fill(Text(locale, "admin_org_teams_caption"), {{"org", o.name}}));
    Data rows{Data::type::list};
    bool has_teams = false;
    for (const auto& t : teams) {
      if (t.organisation_id != o.id) continue;
      has_teams = true;
      const std::string form = "naam:" + t.id;
      Data row;
      row.set("name", t.name);
      row.set("kind", std::string(Text(locale, t.kind == domain::TeamKind::kLocal
                                                   ? "admin_kind_local"
                                                   : "admin_kind_regional_safety")));
      row.set("rename_label", Fill(Text(locale, "admin_team_rename"), {{"team", t.name}}));
      row.set("rename_action", std::string(kAdminPath) + "/teams/" + UrlEncode(t.id) + "/naam");
      row.set("rename_open", typed.form == form);
      row.set("rename_field", FormField(typed, form, "naam-" + t.id, "naam",
                                        Text(locale, "admin_team_new_name"), t.name));
      rows.push_back(row);
    }
    org.set("has_teams", has_teams);
    org.set("teams", rows);
    list.push_back(org);
  }
  page.set("orgs", list);
  page.set("has_orgs", !orgs.empty());
  page.set("org_name_field", FormField(typed, "organisatie", "organisatie-naam", "naam",
                                       Text(locale, "admin_org_name")));
  page.set("team_org_field", FormSelect(typed, "team", "team-organisatie", "organisatie",
                                        Text(locale, "admin_team_org"), org_options));
  page.set("team_name_field",
           FormField(typed, "team", "team-naam", "naam", Text(locale, "admin_team_name")));
  page.set(
      "team_kind_field",
      FormRadios(typed, "team", "team-soort", "soort", Text(locale, "admin_team_kind"),
                 {{"local", std::string(Text(locale, "admin_kind_local"))},
                  {"regional_safety", std::string(Text(locale, "admin_kind_regional_safety"))}},
                 "local"));
  page.set("team_phone_field", FormField(typed, "team", "team-telefoon", "telefoon",
                                         Text(locale, "admin_team_phone"), "", 0, "tel"));
  page.set("team_email_field", FormField(typed, "team", "team-email", "email",
                                         Text(locale, "admin_team_email"), "", 0, "email"));
}

http::Response RenderAdmin(app::Stip& stip, const http::Request& req, unsigned status,
                           const NewUserForm& form, const FormState& typed = {}) {
  if (!req.principal) return ToLogin(req);
  auto teams = stip.ListTeams(*req.principal);  // administrators only
  if (!teams) return ErrorFor(req, teams.error());
  auto users = stip.ListProfessionals(*req.principal);
  if (!users) return ErrorFor(req, users.error());
  auto leads = stip.ListTeamLeads(*req.principal);  // issue 10 item 7
  if (!leads) return ErrorFor(req, leads.error());
  const std::string_view locale = NormalLocale(req.locale);
  std::map<std::string, std::vector<const app::Professional*>> by_team;
  for (const auto& p : *users) by_team[p.user.team_id].push_back(&p);
  Data team_list{Data::type::list};
  const auto add_team = [&](const std::string& id, const std::string& name) {
    Data team;
    team.set("id", id.empty() ? std::string("geen") : id);
    team.set("name", name);
    team.set("caption", Fill(Text(locale, "admin_team_caption"), {{"team", name}}));
    Data rows{Data::type::list};
    for (const auto* p : by_team[id]) {
      Data row;
      row.set("name", p->user.display_name);
      row.set("username", p->user.username);
      row.set("state", StateText(locale, p->user));
      row.set("href", UserPath(p->user.id));
      rows.push_back(row);
    }
    team.set("users", rows);
    team.set("has_users", !by_team[id].empty());
    // Issue 10 item 7: who leads the team (page_my_work.cpp handles the form).
    team.set("lead_form", id.empty() ? Data(false) : TeamLeadForm(locale, id, *leads, by_team[id]));
    team_list.push_back(team);
  };
  for (const auto& t : *teams) add_team(t.id, t.name);
  if (!by_team[""].empty()) add_team("", std::string(Text(locale, "admin_no_team")));

  const auto error = [&](const char* field) {
    const auto it = form.errors.find(field);
    return it == form.errors.end() ? std::string() : it->second;
  };
  Data page;
  page.set("teams", team_list);
  page.set("username_field",
           InputField("account-gebruikersnaam", "gebruikersnaam", "text",
                      std::string(Text(locale, "admin_new_username")), form.user.username,
                      std::string(Text(locale, "admin_new_username_hint")), error("username")));
  page.set("name_field",
           InputField("account-naam", "naam", "text", std::string(Text(locale, "admin_new_name")),
                      form.user.display_name, "", error("display_name")));
  page.set("team_field", TeamSelect(locale, *teams, form.user.team_id, error("team_id")));
  // The password is never sent back to the browser.
  page.set("password_field",
           InputField("account-wachtwoord", "wachtwoord", "password",
                      std::string(Text(locale, "admin_new_password")), "",
                      std::string(Text(locale, "admin_new_password_hint")), error("password")));
  page.set("phone_field", InputField("account-telefoon", "telefoon", "tel",
                                     std::string(Text(locale, "admin_new_phone")), form.user.phone,
                                     "", error("phone")));
  page.set("email_field", InputField("account-email", "email", "email",
                                     std::string(Text(locale, "admin_new_email")), form.user.email,
                                     "", error("email")));
  page.set("admin_checked", form.user.admin);
  page.set("created", req.query.count("toegevoegd") > 0);
  auto orgs = stip.ListOrganisations(*req.principal);
  if (!orgs) return ErrorFor(req, orgs.error());
  SetOrganisations(page, locale, *orgs, *teams, typed);
  std::string notice;
  const auto done = req.query.find("gedaan");
  if (done != req.query.end()) {
    if (done->second == "organisatie") notice = Text(locale, "admin_org_created");
    if (done->second == "team") notice = Text(locale, "admin_team_created");
    if (done->second == "naam") notice = Text(locale, "admin_team_renamed");
  }
  page.set("notice", Opt(notice));
  std::vector<SummaryLine> summary = form.summary;
  summary.insert(summary.end(), typed.summary.begin(), typed.summary.end());
  SetSummary(page, summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "admin_title"));
  meta.self_path = std::string(kAdminPath);
  meta.nav = "admin";
  meta.has_errors = !summary.empty();
  return RenderPage(req, status, "admin", meta, std::move(page));
}

// --- one account ---------------------------------------------------------------------------------

struct UserForm {
  std::string reason;
  std::string reason_error;
  std::string team_error;
  std::vector<SummaryLine> summary;
  // Issue 14 item 1: the second step's reason, and a refused reset link.
  std::string ss_reason;
  std::string ss_reason_error;
};

std::string ResetStateText(std::string_view locale, const std::string& state) {
  return std::string(Text(locale, "admin_pw_state_" + state));
}

http::Response RenderUser(app::Stip& stip, const http::Request& req, unsigned status,
                          const UserForm& form) {
  if (!req.principal) return ToLogin(req);
  const std::string& id = req.params.at("id");
  auto teams = stip.ListTeams(*req.principal);  // administrators only
  if (!teams) return ErrorFor(req, teams.error());
  auto tokens = stip.ListTokens(*req.principal, id);  // NotFound for an unknown user
  if (!tokens) return ErrorFor(req, tokens.error());
  auto sessions = stip.ListSessions(*req.principal, id, req.session_token);
  if (!sessions) return ErrorFor(req, sessions.error());
  auto users = stip.ListProfessionals(*req.principal);
  if (!users) return ErrorFor(req, users.error());
  const app::Professional* who = nullptr;
  for (const auto& p : *users) {
    if (p.user.id == id) who = &p;
  }
  if (who == nullptr) return ErrorFor(req, domain::Error::NotFound("no such professional"));
  const domain::User& user = who->user;
  const std::string_view locale = NormalLocale(req.locale);
  const std::string path = UserPath(id);
  Data page;
  page.set("heading", Fill(Text(locale, "admin_user_title"), {{"name", user.display_name}}));
  page.set("username", user.username);
  page.set("state", StateText(locale, user));
  page.set("disabled_note", user.disabled ? Data(Fill(Text(locale, "admin_user_disabled_note"),
                                                      {{"reason", user.disabled_reason}}))
                                          : Data(false));
  page.set("team_action", path + "/team");
  page.set("team_field", TeamSelect(locale, *teams, user.team_id, form.team_error));
  page.set("may_disable", !user.disabled);
  page.set("status_action", path + (user.disabled ? "/aanzetten" : "/uitzetten"));
  page.set("status_button", std::string(Text(locale, user.disabled ? "admin_enable_submit"
                                                                   : "admin_disable_submit")));
  page.set("reason_field",
           InputField("status-reden", "reden", "text", std::string(Text(locale, "admin_reason")),
                      form.reason, "", form.reason_error));
  // Issue 14 item 1: a new password through a link, and the second step.
  auto security = stip.ReadAccountSecurity(*req.principal, id);
  if (!security) return ErrorFor(req, security.error());
  page.set("password_action", path + "/wachtwoord-herstellen");
  page.set("may_reset", !user.disabled);
  if (security->last_reset) {
    const auto& r = *security->last_reset;
    page.set("last_reset",
             Fill(Text(locale, "admin_pw_last"), {{"at", FormatDateTime(r.requested_at, locale)},
                                                  {"until", FormatDateTime(r.expires_at, locale)},
                                                  {"state", ResetStateText(locale, r.state)}}));
  } else {
    page.set("last_reset", false);
  }
  page.set("second_step", security->second_step);
  page.set("second_step_action", path + "/tweede-stap-weghalen");
  page.set("ss_reason_field", InputField("tweede-stap-reden", "reden", "text",
                                         std::string(Text(locale, "admin_reason")), form.ss_reason,
                                         "", form.ss_reason_error));
  page.set("sessions_title",
           Fill(Text(locale, "sessions_title_of"), {{"name", user.display_name}}));
  SetSessionsTable(page, locale, *sessions);
  SetTokensTable(page, locale, *tokens,
                 Fill(Text(locale, "tokens_caption_of"), {{"name", user.display_name}}),
                 path + "/sleutels/");
  std::string notice;
  const auto done = req.query.find("gedaan");
  if (done != req.query.end()) {
    if (done->second == "uit") notice = Text(locale, "admin_disabled_done");
    if (done->second == "aan") notice = Text(locale, "admin_enabled_done");
    if (done->second == "team") notice = Text(locale, "admin_user_team_changed");
    if (done->second == "sleutel") notice = Text(locale, "token_revoked");
    // Issue 14 item 1 (privacy review): "sent" only when the mail left the server.
    if (done->second == "link") notice = Text(locale, "admin_pw_sent");
    if (done->second == "link-outbox") notice = Text(locale, "admin_pw_in_outbox");
    if (done->second == "tweedestap") notice = Text(locale, "admin_ss_done");
    if (done->second == "tweedestap-outbox") notice = Text(locale, "admin_ss_done_outbox");
    if (done->second == "tweedestap-geenmail") notice = Text(locale, "admin_ss_done_no_mail");
  }
  page.set("notice", Opt(notice));
  SetSummary(page, form.summary);
  PageMeta meta;
  meta.title = Fill(Text(locale, "admin_user_title"), {{"name", user.display_name}});
  meta.self_path = path;
  meta.nav = "admin";
  meta.has_errors = !form.summary.empty();
  return RenderPage(req, status, "admin_user", meta, std::move(page));
}

// Disable or enable: the reason is the one field; a state that changed meanwhile is a 409.
http::Response StatusSubmit(app::Stip& stip, const http::Request& req, bool disable) {
  if (!req.principal) return ToLogin(req);
  const auto fields = req.Form();
  UserForm form;
  form.reason = domain::Trim(Get(fields, "reden"));
  const std::string& id = req.params.at("id");
  auto done = disable ? stip.DisableUser(*req.principal, id, form.reason)
                      : stip.EnableUser(*req.principal, id, form.reason);
  if (done)
    return http::Response::Redirect(UserPath(id) + (disable ? "?gedaan=uit" : "?gedaan=aan"));
  const auto code = done.error().code;
  const std::string_view locale = NormalLocale(req.locale);
  if (code == domain::Code::kInvalidArgument) {
    form.reason_error = std::string(Text(locale, "admin_err_reason"));
    form.summary.push_back({form.reason_error, "status-reden"});
    return RenderUser(stip, req, 400, form);
  }
  if (code == domain::Code::kFailedPrecondition) {
    const bool self = id == req.principal->user.id;
    form.summary.push_back(
        {std::string(Text(locale, self ? "admin_err_self" : "admin_err_state")), ""});
    return RenderUser(stip, req, 422, form);
  }
  return ErrorFor(req, done.error());
}

}  // namespace

http::Response AdminPage(app::Stip& stip, const http::Request& req) {
  return RenderAdmin(stip, req, 200, {});
}

http::Response AdminCreateUserSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto fields = req.Form();
  NewUserForm form;
  form.user.username = domain::Trim(Get(fields, "gebruikersnaam"));
  form.user.display_name = domain::Trim(Get(fields, "naam"));
  form.user.team_id = Get(fields, "team");
  form.user.password = Get(fields, "wachtwoord");
  form.user.phone = domain::Trim(Get(fields, "telefoon"));
  form.user.email = domain::Trim(Get(fields, "email"));
  form.user.admin = Get(fields, "beheerder") == "ja";
  auto created = stip.CreateUser(*req.principal, form.user);
  if (created) return http::Response::Redirect(std::string(kAdminPath) + "?toegevoegd=1");
  const auto code = created.error().code;
  if (code != domain::Code::kInvalidArgument && code != domain::Code::kAlreadyExists) {
    return ErrorFor(req, created.error());
  }
  const std::string_view locale = NormalLocale(req.locale);
  const std::map<std::string, std::pair<std::string, std::string>> labels = {
      {"username", {"admin_new_username", "account-gebruikersnaam"}},
      {"display_name", {"admin_new_name", "account-naam"}},
      {"team_id", {"admin_new_team", "account-team"}},
      {"password", {"admin_new_password", "account-wachtwoord"}},
      {"phone", {"admin_new_phone", "account-telefoon"}},
      {"email", {"admin_new_email", "account-email"}}};
  for (const auto& field : created.error().fields) {
    const auto it = labels.find(field.field);
    if (it == labels.end() || form.errors.count(field.field) > 0) continue;
    std::string text = LocalizeFieldError(locale, Text(locale, it->second.first), field);
    form.summary.push_back({text, it->second.second});
    form.errors[field.field] = std::move(text);
  }
  if (code == domain::Code::kAlreadyExists) {
    std::string text(Text(locale, "admin_err_username_taken"));
    form.summary.push_back({text, "account-gebruikersnaam"});
    form.errors["username"] = std::move(text);
  }
  if (form.summary.empty()) {
    form.summary.push_back({std::string(Text(locale, "error_400_what")), ""});
  }
  return RenderAdmin(stip, req, code == domain::Code::kAlreadyExists ? 409 : 400, form);
}

http::Response AdminUserPage(app::Stip& stip, const http::Request& req) {
  return RenderUser(stip, req, 200, {});
}

http::Response AdminDisableSubmit(app::Stip& stip, const http::Request& req) {
  return StatusSubmit(stip, req, true);
}

http::Response AdminEnableSubmit(app::Stip& stip, const http::Request& req) {
  return StatusSubmit(stip, req, false);
}

http::Response AdminTeamSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto fields = req.Form();
  const std::string& id = req.params.at("id");
  auto done = stip.ChangeTeam(*req.principal, id, Get(fields, "team"));
  if (done) return http::Response::Redirect(UserPath(id) + "?gedaan=team");
  if (done.error().code != domain::Code::kInvalidArgument) return ErrorFor(req, done.error());
  const std::string_view locale = NormalLocale(req.locale);
  UserForm form;
  form.team_error = LocalizeFieldError(locale, Text(locale, "admin_new_team"),
                                       done.error().fields.empty()
                                           ? domain::FieldError{"team_id", domain::Required()}
                                           : done.error().fields.front());
  form.summary.push_back({form.team_error, "account-team"});
  return RenderUser(stip, req, 400, form);
}

http::Response AdminRevokeTokenSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& id = req.params.at("id");
  // The token must belong to the account of this page (else it does not exist here).
  auto tokens = stip.ListTokens(*req.principal, id);
  if (!tokens) return ErrorFor(req, tokens.error());
  const std::string& token = req.params.at("token");
  bool found = false;
  for (const auto& t : *tokens) found = found || t.id == token;
  if (!found) return ErrorFor(req, domain::Error::NotFound("no such token for this account"));
  auto done = stip.RevokeToken(*req.principal, token);
  if (!done) return ErrorFor(req, done.error());
  return http::Response::Redirect(UserPath(id) + "?gedaan=sleutel#sleutels");
}

// --- issue 14 item 1: a new password through a link, the second step, organisations ----------

http::Response AdminPasswordResetSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& id = req.params.at("id");
  auto sent = stip.RequestPasswordReset(*req.principal, id);
  if (sent) {
    const bool in_outbox = sent->mail == app::MailFate::kInOutboxDirectory;
    return http::Response::Redirect(
        UserPath(id) + (in_outbox ? "?gedaan=link-outbox#wachtwoord" : "?gedaan=link#wachtwoord"));
  }
  const std::string_view locale = NormalLocale(req.locale);
  UserForm form;
  unsigned status = 0;
  switch (sent.error().code) {
    case domain::Code::kResourceExhausted:
      form.summary.push_back({std::string(Text(locale, "admin_pw_err_wait")), ""});
      status = 429;
      break;
    case domain::Code::kUnavailable:
      form.summary.push_back({std::string(Text(locale, "admin_pw_err_mail")), ""});
      status = 503;
      break;
    case domain::Code::kFailedPrecondition: {
      status = 422;
      // No SMTP relay or no https address (outside demo mode): what the operator must set.
      if (const auto block = stip.ResetLinkBlocked()) {
        if (*block == app::ResetLinkBlock::kNotHttps) {
          form.summary.push_back(
              {Fill(Text(locale, "admin_pw_err_not_https"), {{"url", stip.options().public_url}}),
               ""});
        } else {
          form.summary.push_back({std::string(Text(locale, "admin_pw_err_no_smtp")), ""});
        }
        break;
      }
      // Disabled, or no e-mail address: the account says which.
      bool disabled = false;
      if (auto users = stip.ListProfessionals(*req.principal)) {
        for (const auto& p : *users) disabled = disabled || (p.user.id == id && p.user.disabled);
      }
      form.summary.push_back(
          {std::string(Text(locale, disabled ? "admin_pw_err_disabled" : "admin_pw_err_no_email")),
           ""});
      break;
    }
    default:
      return ErrorFor(req, sent.error());
  }
  return RenderUser(stip, req, status, form);
}

http::Response AdminSecondStepResetSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& id = req.params.at("id");
  UserForm form;
  form.ss_reason = domain::Trim(Get(req.Form(), "reden"));
  auto done = stip.ResetSecondStepOf(*req.principal, id, form.ss_reason);
  if (done) {
    const char* how = *done == app::MailFate::kSent                ? "tweedestap"
                      : *done == app::MailFate::kInOutboxDirectory ? "tweedestap-outbox"
                                                                   : "tweedestap-geenmail";
    return http::Response::Redirect(UserPath(id) + "?gedaan=" + how + "#tweede-stap");
  }
  const std::string_view locale = NormalLocale(req.locale);
  if (done.error().code == domain::Code::kInvalidArgument) {
    form.ss_reason_error = std::string(Text(locale, "admin_err_reason"));
    form.summary.push_back({form.ss_reason_error, "tweede-stap-reden"});
    return RenderUser(stip, req, 400, form);
  }
  if (done.error().code == domain::Code::kFailedPrecondition) {
    form.summary.push_back({std::string(Text(locale, "admin_ss_err_none")), ""});
    return RenderUser(stip, req, 422, form);
  }
  return ErrorFor(req, done.error());
}

namespace {

// The answer to a refused organisation or team form: the page again with what was typed.
http::Response RefusedAdminForm(app::Stip& stip, const http::Request& req, FormState typed,
                                const domain::Error& error, const std::string& name_control,
                                std::string_view name_label, const char* taken_text) {
  const std::string_view locale = NormalLocale(req.locale);
  const auto code = error.code;
  if (code != domain::Code::kInvalidArgument && code != domain::Code::kAlreadyExists) {
    return ErrorFor(req, error);
  }
  if (code == domain::Code::kAlreadyExists) {
    typed.AddError(name_control, std::string(Text(locale, taken_text)));
  } else {
    AddFieldErrors(
        typed, locale, error,
        [&](const std::string& field) -> std::optional<FormControl> {
          if (field == "name") return FormControl{name_control, std::string(name_label)};
          if (field == "organisation_id") {
            return FormControl{"team-organisatie", std::string(Text(locale, "admin_team_org"))};
          }
          if (field == "phone") {
            return FormControl{"team-telefoon", std::string(Text(locale, "admin_team_phone"))};
          }
          if (field == "email") {
            return FormControl{"team-email", std::string(Text(locale, "admin_team_email"))};
          }
          return std::nullopt;
        },
        Text(locale, "error_400_what"));
  }
  return RenderAdmin(stip, req, code == domain::Code::kAlreadyExists ? 409 : 400, {}, typed);
}

}  // namespace

http::Response AdminCreateOrganisationSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  FormState typed = FormState::Posted(req, "organisatie");
  const std::string name = domain::Trim(typed.Value("organisatie", "naam"));
  auto created = stip.CreateOrganisation(*req.principal, name);
  if (created) {
    return http::Response::Redirect(std::string(kAdminPath) + "?gedaan=organisatie#organisaties");
  }
  const std::string_view locale = NormalLocale(req.locale);
  return RefusedAdminForm(stip, req, std::move(typed), created.error(), "organisatie-naam",
                          Text(locale, "admin_org_name"), "admin_err_org_taken");
}

http::Response AdminCreateTeamSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  FormState typed = FormState::Posted(req, "team");
  const std::string_view locale = NormalLocale(req.locale);
  domain::Team team;
  team.organisation_id = typed.Value("team", "organisatie");
  team.name = domain::Trim(typed.Value("team", "naam"));
  team.phone = domain::Trim(typed.Value("team", "telefoon"));
  team.email = domain::Trim(typed.Value("team", "email"));
  std::string kind_value = typed.Value("team", "soort");
  if (kind_value.empty()) kind_value = "local";
  const auto kind = domain::ParseTeamKind(kind_value);
  if (!kind) {
    typed.AddError("team-soort", std::string(Text(locale, "error_400_what")));
    return RenderAdmin(stip, req, 400, {}, typed);
  }
  team.kind = *kind;
  if (team.organisation_id.empty()) {
    typed.AddError("team-organisatie",
                   LocalizeFieldError(locale, Text(locale, "admin_team_org"),
                                      domain::FieldError{"organisation_id", domain::Required()}));
    if (team.name.empty()) {
      typed.AddError("team-naam",
                     LocalizeFieldError(locale, Text(locale, "admin_team_name"),
                                        domain::FieldError{"name", domain::Required()}));
    }
    return RenderAdmin(stip, req, 400, {}, typed);
  }
  auto created = stip.CreateTeam(*req.principal, team);
  if (created) {
    return http::Response::Redirect(std::string(kAdminPath) + "?gedaan=team#organisaties");
  }
  return RefusedAdminForm(stip, req, std::move(typed), created.error(), "team-naam",
                          Text(locale, "admin_team_name"), "admin_err_team_taken");
}

http::Response AdminRenameTeamSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& id = req.params.at("id");
  FormState typed = FormState::Posted(req, "naam:" + id);
  const std::string name = domain::Trim(typed.Value("naam:" + id, "naam"));
  auto done = stip.RenameTeam(*req.principal, id, name);
  if (done) return http::Response::Redirect(std::string(kAdminPath) + "?gedaan=naam#organisaties");
  const std::string_view locale = NormalLocale(req.locale);
  return RefusedAdminForm(stip, req, std::move(typed), done.error(), "naam-" + id,
                          Text(locale, "admin_team_new_name"), "admin_err_team_taken");
}

}  // namespace stip::web
