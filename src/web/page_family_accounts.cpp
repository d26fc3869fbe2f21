// The family members' accounts on the family page: who was invited, who is active, whose
// account has ended; the lead invites a member and ends an account (moved out, lost custody,
// wrong address). Thin handlers: form -> one app call -> 303, or the form again with problems.
#include "web/page_family_accounts.h"

#include <set>

#include "domain/text.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

constexpr std::string_view kPurpose = "hulpverlening";

std::string Get(const std::map<std::string, std::string>& form, const char* key) {
  const auto it = form.find(key);
  return it == form.end() ? std::string() : it->second;
}

std::string FamilyPath(const std::string& id) { return "/gezinnen/" + UrlEncode(id); }

std::string StateText(std::string_view locale, const domain::Account& a) {
  if (a.revoked) return std::string(Text(locale, "accounts_state_ended"));
  if (a.activated_at) {
    return Fill(Text(locale, "accounts_state_active"),
                {{"date", FormatDateTime(*a.activated_at, locale)}});
  }
  return Fill(Text(locale, "accounts_state_invited"),
              {{"date", FormatDateTime(a.invited_at, locale)}});
}

// The form again, on its own page, with the summary of what to fix on top.
http::Response RenderAccountsPage(app::Stip& stip, const http::Request& req, unsigned status,
                                  const AccountForm& form) {
  const std::string& id = req.params.at("id");
  auto view = stip.OpenFamily(*req.principal, id, domain::Page{0, 1}, std::string(kPurpose));
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  Data page;
  page.set("family_name", view->family.name);
  page.set("family_href", FamilyPath(view->family.id));
  page.set("accounts", AccountsSection(locale, *view, form, req));
  SetSummary(page, form.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "accounts_title")) + ": " + view->family.name;
  meta.self_path = FamilyPath(view->family.id) + "#accounts";
  meta.has_errors = !form.summary.empty();
  return RenderPage(req, status, "family_accounts", meta, std::move(page));
}

}  // namespace

Data AccountsSection(std::string_view locale, const app::FamilyOverview& view,
                     const AccountForm& form, const http::Request& req) {
  const std::string path = FamilyPath(view.family.id);
  std::map<std::string, std::string> names;
  for (const auto& m : view.family.members) names[m.id] = m.name;
  std::set<std::string> live;  // members with an account that has not ended
  Data rows{Data::type::list};
  for (const auto& a : view.accounts) {
    if (!a.revoked) live.insert(a.member_id);
    const auto name = names.find(a.member_id);
    const std::string who = name == names.end() ? a.member_id : name->second;
    const bool this_form = form.revoke_account == a.id;
    Data row;
    row.set("id", a.id);
    row.set("name", who);
    row.set("contact", a.contact);
    row.set("state", StateText(locale, a));
    row.set("may_revoke", view.may_manage_accounts && !a.revoked);
    row.set("action", path + "/accounts/" + UrlEncode(a.id) + "/beeindigen");
    row.set("reason_label", Fill(Text(locale, "accounts_reason_label"), {{"name", who}}));
    row.set("button", Fill(Text(locale, "accounts_revoke_button"), {{"name", who}}));
    row.set("reason", this_form ? form.reason : std::string());
    row.set("reason_error", Opt(this_form ? form.reason_error : std::string()));
    rows.push_back(row);
  }
  Data choices{Data::type::list};
  for (const auto& m : view.family.members) {
    if (live.count(m.id)) continue;
    Data choice;
    choice.set("value", m.id);
    choice.set("label", m.name + " (" + MemberRoleText(locale, m.role) + ")");
    choice.set("selected", m.id == form.member_id);
    choices.push_back(choice);
  }
  Data section;
  section.set("rows", rows);
  section.set("has_rows", !view.accounts.empty());
  section.set("caption", Fill(Text(locale, "accounts_caption"), {{"family", view.family.name}}));
  section.set("manage", view.may_manage_accounts);
  section.set("choices", choices);
  section.set("invite_action", path + "/accounts");
  section.set("member_id", form.member_id);
  section.set("contact", form.contact);
  section.set("member_error", Opt(form.member_error));
  section.set("contact_error", Opt(form.contact_error));
  section.set("invited", req.query.count("uitgenodigd") > 0);
  section.set("revoked", req.query.count("beeindigd") > 0);
  return section;
}

http::Response InviteMemberSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto fields = req.Form();
  AccountForm form;
  form.member_id = Get(fields, "lid");
  form.contact = domain::Trim(Get(fields, "email"));
  const std::string& id = req.params.at("id");
  auto invited = stip.InviteMember(*req.principal, id, {form.member_id, form.contact});
  if (invited) return http::Response::Redirect(FamilyPath(id) + "?uitgenodigd=1#accounts");
  const auto code = invited.error().code;
  if (code != domain::Code::kInvalidArgument && code != domain::Code::kAlreadyExists) {
    return ErrorFor(req, invited.error());
  }
  const std::string_view locale = NormalLocale(req.locale);
  for (const auto& field : invited.error().fields) {
    if (field.field == "member_id" && form.member_error.empty()) {
      form.member_error = std::string(Text(locale, "accounts_err_member"));
      form.summary.push_back({form.member_error, "account-lid"});
    } else if (field.field == "contact" && form.contact_error.empty()) {
      form.contact_error = std::string(Text(locale, field.code == domain::FieldCode::kAlreadyUsed
                                                        ? "accounts_err_contact_used"
                                                        : "accounts_err_contact"));
      form.summary.push_back({form.contact_error, "account-email"});
    }
  }
  if (form.summary.empty() && code == domain::Code::kAlreadyExists) {
    // The member has a live account already: end it first, or invite someone else.
    form.member_error = std::string(Text(locale, "accounts_err_exists"));
    form.summary.push_back({form.member_error, "account-lid"});
  }
  if (form.summary.empty()) {
    form.summary.push_back({std::string(Text(locale, "error_400_what")), ""});
  }
  return RenderAccountsPage(stip, req, code == domain::Code::kAlreadyExists ? 409 : 400, form);
}

http::Response RevokeAccountSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto fields = req.Form();
  AccountForm form;
  form.revoke_account = req.params.at("account");
  form.reason = Get(fields, "reden");
  const std::string& id = req.params.at("id");
  auto revoked = stip.RevokeAccount(*req.principal, id, form.revoke_account, form.reason);
  if (revoked) return http::Response::Redirect(FamilyPath(id) + "?beeindigd=1#accounts");
  if (revoked.error().code != domain::Code::kInvalidArgument) {
    return ErrorFor(req, revoked.error());
  }
  const std::string_view locale = NormalLocale(req.locale);
  form.reason_error = std::string(Text(locale, "accounts_err_reason"));
  form.summary.push_back({form.reason_error, "reden-" + form.revoke_account});
  return RenderAccountsPage(stip, req, 400, form);
}

}  // namespace stip::web
