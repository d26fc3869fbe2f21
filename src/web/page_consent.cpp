// A young person's consent on "Ons gezin" (DESIGN.md §4: from 16 the young person decides):
// give a parent or carer consent to see the young person's own information, until a day or until
// ended, and end it again at any time. Thin handlers: form -> one app call -> 303 or the page
// again with the problems.
#include "web/page_consent.h"

#include "domain/local_time.h"
#include "domain/text.h"
#include "web/family_form.h"
#include "web/family_text.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_ons_gezin.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

std::string Get(const std::map<std::string, std::string>& form, const char* key) {
  const auto it = form.find(key);
  return it == form.end() ? std::string() : it->second;
}

bool IsParentOrCarer(const domain::Member& m) {
  return m.role == domain::MemberRole::kParent || m.role == domain::MemberRole::kCarer;
}

std::string NameOf(const domain::Family& family, const std::string& member_id) {
  for (const auto& m : family.members) {
    if (m.id == member_id) return m.name;
  }
  return member_id;
}

}  // namespace

void SetConsentSection(Data& page, std::string_view locale, const app::FamilyHome& home,
                       const ConsentForm& form, const http::Request& req) {
  if (!home.may_manage_consent) {
    page.set("consent", false);
    return;
  }
  Data section;
  Data consents{Data::type::list};
  for (const auto& c : home.my_consents) {
    Data item;
    item.set("id", c.id);
    item.set("action", "/ons-gezin/toestemming/" + UrlEncode(c.id) + "/intrekken");
    item.set("for", NameOf(home.family, c.consent.member_id));
    item.set("given_on", FormatLongDate(c.consent.given_on, locale));
    item.set("until",
             c.consent.valid_until ? Data(FormatLongDate(*c.consent.valid_until, locale)) : false);
    consents.push_back(item);
  }
  section.set("consents", consents);
  section.set("has_consents", !home.my_consents.empty());
  Data choices{Data::type::list};
  bool first = true;
  for (const auto& m : home.family.members) {
    if (!IsParentOrCarer(m)) continue;
    Data choice;
    choice.set("value", m.id);
    choice.set("name", m.name);
    choice.set("role", MemberRoleText(locale, m.role));
    choice.set("checked", m.id == form.member_id);
    // The first choice carries the id that the error summary links to.
    choice.set("anchor", first ? std::string("toestemming-lid") : "toestemming-lid-" + m.id);
    first = false;
    choices.push_back(choice);
  }
  section.set("choices", choices);
  section.set("has_choices", !first);
  section.set("valid_until", form.valid_until);
  section.set("member_error", Opt(form.member_error));
  section.set("until_error", Opt(form.until_error));
  const auto done = req.query.find("toestemming");
  section.set("saved", done != req.query.end() && done->second == "gegeven");
  section.set("ended", done != req.query.end() && done->second == "gestopt");
  page.set("consent", section);
}

http::Response GiveConsentSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return http::Response::Redirect(std::string(kHomePath));
  const auto fields = req.Form();
  ConsentForm form;
  form.member_id = Get(fields, "lid");
  // Kept as typed for the form again; the use case gets dates typed the way people write them
  // (30-06-2027) as ISO (issue 13 item 4). What does not parse is passed on as typed.
  form.valid_until = domain::Trim(Get(fields, "tot"));
  auto given = stip.GiveConsent(*req.principal, req.principal->account->family_id,
                                {form.member_id, NormaliseDate(form.valid_until)});
  if (given) return http::Response::Redirect("/ons-gezin?toestemming=gegeven#toestemming");
  if (given.error().code != domain::Code::kInvalidArgument) return ErrorFor(req, given.error());

  // The page again, with each problem next to its field and in the summary on top.
  const std::string_view locale = NormalLocale(req.locale);
  for (const auto& field : given.error().fields) {
    if (field.field == "member_id" && form.member_error.empty()) {
      form.member_error = std::string(FamilyText(locale, "consent_err_member"));
      form.summary.push_back({form.member_error, "toestemming-lid"});
    } else if (field.field == "valid_until" && form.until_error.empty()) {
      form.until_error = std::string(FamilyText(locale, "consent_err_until"));
      form.summary.push_back({form.until_error, "toestemming-tot"});
    }
  }
  if (form.summary.empty()) {
    form.summary.push_back({std::string(FamilyText(locale, "consent_err_other")), ""});
  }
  return RenderOnsGezin(stip, req, false, 400, form);
}

http::Response EndConsentSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return http::Response::Redirect(std::string(kHomePath));
  auto ended =
      stip.EndConsent(*req.principal, req.principal->account->family_id, req.params.at("consent"));
  if (!ended) return ErrorFor(req, ended.error());
  return http::Response::Redirect("/ons-gezin?toestemming=gestopt#toestemming");
}

}  // namespace stip::web
