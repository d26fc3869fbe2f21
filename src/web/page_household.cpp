// The household page: members (also who left), custody per pair, the professionals involved
// now and what changed, with the forms of the lead and the duo. Thin handlers: form -> one app
// call -> 303 back here, or the page again with the problems on top (400).
#include "web/page_household.h"

#include <map>
#include <string>
#include <vector>

#include "domain/text.h"
#include "web/field_errors.h"
#include "web/handover_view.h"
#include "web/household_view.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

// Which choices a select offers.
enum class Choices {
  kNone,
  kMemberRole,
  kLiving,
  kMember,
  kParent,
  kChild,
  kYesNo,
  kColleague,
  kJoinRole,
  // Issue 10: the handover form.
  kSuccessor,
  kHandoverReason,
  kWarmCold,
};

struct FieldSpec {
  const char* form;   // "add", "left", "birth", "custody", "join"
  const char* name;   // the form field
  const char* api;    // the app's field name in its errors
  const char* label;  // catalogue key
  Choices choices;
};

constexpr FieldSpec kFields[] = {
    {"add", "naam", "name", "hh_label_name", Choices::kNone},
    {"add", "rol", "role", "hh_label_role", Choices::kMemberRole},
    {"add", "geboortedatum", "birth_date", "hh_label_birth", Choices::kNone},
    {"add", "reden", "reason", "hh_label_reason", Choices::kNone},
    {"left", "lid", "member_id", "hh_label_member", Choices::kLiving},
    {"left", "vanaf", "left_on", "hh_label_left_on", Choices::kNone},
    {"left", "reden", "reason", "hh_label_reason", Choices::kNone},
    {"birth", "lid", "member_id", "hh_label_member", Choices::kMember},
    {"birth", "geboortedatum", "birth_date", "hh_label_birth", Choices::kNone},
    {"birth", "reden", "reason", "hh_label_reason", Choices::kNone},
    {"custody", "ouder", "parent_id", "hh_label_parent", Choices::kParent},
    {"custody", "kind", "child_id", "hh_label_child", Choices::kChild},
    {"custody", "gezag", "has_custody", "hh_label_has_custody", Choices::kYesNo},
    {"custody", "uitspraak", "ruling_date", "hh_label_ruling", Choices::kNone},
    {"custody", "reden", "reason", "hh_label_reason", Choices::kNone},
    {"join", "medewerker", "user_id", "hh_label_professional", Choices::kColleague},
    {"join", "rol", "role", "hh_label_join_role", Choices::kJoinRole},
    {"join", "reden", "reason", "hh_label_reason", Choices::kNone},
    {"handover", "medewerker", "to_user_id", "ho_label_to", Choices::kSuccessor},
    {"handover", "reden", "reason", "ho_label_reason", Choices::kHandoverReason},
    {"handover", "toelichting", "words", "ho_label_words", Choices::kNone},
    {"handover", "wijze", "warm", "ho_label_warm", Choices::kWarmCold},
    {"handover", "overleg", "meeting_date", "ho_label_meeting", Choices::kNone},
};

struct FormSpec {
  const char* form;
  const char* path;  // under /gezinnen/{id}/huishouden
  const char* title;
  const char* intro;  // "" for none
  const char* submit;
  bool lead_only;  // the involvement form: the lead's
  bool handover;   // the handover form: the lead's, while no handover waits
};

constexpr FormSpec kForms[] = {
    {"add", "/leden", "hh_add_title", "hh_add_intro", "hh_add_submit", false, false},
    {"left", "/vertrek", "hh_left_title", "hh_left_intro", "hh_left_submit", false, false},
    {"birth", "/geboortedatum", "hh_birth_title", "hh_birth_intro", "hh_birth_submit", false,
     false},
    {"custody", "/gezag", "hh_custody_form_title", "", "hh_custody_submit", false, false},
    {"join", "/betrokkenen", "hh_join_title", "", "hh_join_submit", true, false},
    {"handover", "/overdracht", "ho_form_title", "ho_form_intro", "ho_form_submit", true, true},
};

// What was typed into the form that came back, and what was wrong.
struct Typed {
  std::string form;                           // which form, "" for none
  std::string end_user;                       // the end-involvement form: whose
  std::map<std::string, std::string> values;  // form field -> value
  std::map<std::string, std::string> errors;  // control id -> message
  std::vector<SummaryLine> summary;
};

std::string Get(const std::map<std::string, std::string>& form, const char* key) {
  const auto it = form.find(key);
  return it == form.end() ? std::string() : it->second;
}

std::string HouseholdPath(const std::string& id) {
  return "/gezinnen/" + UrlEncode(id) + "/huishouden";
}

std::string ControlId(const char* form, const char* name) {
  return std::string("hh-") + form + "-" + name;
}

Data Option(const std::string& value, const std::string& label, const std::string& chosen) {
  Data o;
  o.set("value", value);
  o.set("label", label);
  o.set("selected", !value.empty() && value == chosen);
  return o;
}

Data OptionsFor(std::string_view locale, Choices choices, const app::HouseholdView& view,
                const std::string& chosen) {
  Data list{Data::type::list};
  list.push_back(Option("", std::string(Text(locale, "hh_choose")), chosen));
  switch (choices) {
    case Choices::kMemberRole:
      for (const char* r : {"child", "parent", "carer", "other_adult"}) {
        list.push_back(Option(r, MemberRoleText(locale, r), chosen));
      }
      break;
    case Choices::kYesNo:
      list.push_back(Option("ja", std::string(Text(locale, "hh_yes")), chosen));
      list.push_back(Option("nee", std::string(Text(locale, "hh_no")), chosen));
      break;
    case Choices::kJoinRole:
      for (const char* r : {"duo", "second_opinion"}) {
        list.push_back(Option(r, InvolvementRoleText(locale, r), chosen));
      }
      break;
    case Choices::kSuccessor:
      for (const auto& p : view.successors) {
        list.push_back(Option(
            p.user.id, p.user.display_name + (p.team ? " (" + p.team->name + ")" : ""), chosen));
      }
      break;
    case Choices::kHandoverReason:
      for (const auto r : domain::kAllHandoverReasons) {
        const std::string name(domain::ToString(r));
        list.push_back(Option(name, std::string(Text(locale, "ho_reason_" + name)), chosen));
      }
      break;
    case Choices::kWarmCold:
      list.push_back(Option("warm", std::string(Text(locale, "ho_warm_option")), chosen));
      list.push_back(Option("koud", std::string(Text(locale, "ho_cold_option")), chosen));
      break;
    case Choices::kColleague:
      for (const auto& p : view.colleagues) {
        list.push_back(Option(
            p.user.id, p.user.display_name + (p.team ? " (" + p.team->name + ")" : ""), chosen));
      }
      break;
    default:
      for (const auto& m : view.family.members) {
        const bool parent =
            m.role == domain::MemberRole::kParent || m.role == domain::MemberRole::kCarer;
        if (choices == Choices::kParent && !parent) continue;
        if (choices == Choices::kChild && m.role != domain::MemberRole::kChild) continue;
        // A departure is never recorded ahead (domain/household.h), so any date means gone.
        if (choices == Choices::kLiving && m.left_on) continue;
        list.push_back(Option(m.id, m.name + " (" + MemberRoleText(locale, m.role) + ")", chosen));
      }
  }
  return list;
}

Data FormsData(std::string_view locale, const app::HouseholdView& view, const Typed& typed,
               const std::string& base) {
  Data forms{Data::type::list};
  for (const auto& f : kForms) {
    if (f.lead_only ? !view.may_manage_involvements : !view.may_change_household) continue;
    if (f.handover && !view.may_hand_over) continue;
    Data form;
    form.set("anchor", std::string("hh-") + f.form);
    form.set("title", std::string(Text(locale, f.title)));
    form.set("intro", *f.intro ? Data(std::string(Text(locale, f.intro))) : Data(false));
    form.set("submit", std::string(Text(locale, f.submit)));
    form.set("action", base + f.path);
    Data fields{Data::type::list};
    for (const auto& spec : kFields) {
      if (std::string_view(spec.form) != f.form) continue;
      const std::string id = ControlId(spec.form, spec.name);
      const std::string value = typed.form == f.form ? Get(typed.values, spec.name) : "";
      const auto error = typed.errors.find(id);
      Data field;
      field.set("id", id);
      field.set("name", spec.name);
      field.set("label", std::string(Text(locale, spec.label)));
      field.set("type", "text");
      field.set("value", value);
      field.set("hint", false);
      field.set("describedby", error == typed.errors.end() ? Data(false) : Data(id + "-fout"));
      field.set("error", error == typed.errors.end() ? Data(false) : Data(error->second));
      field.set("is_select", spec.choices != Choices::kNone);
      field.set("options", spec.choices == Choices::kNone
                               ? Data(false)
                               : OptionsFor(locale, spec.choices, view, value));
      fields.push_back(field);
    }
    form.set("fields", fields);
    forms.push_back(form);
  }
  return forms;
}

http::Response Render(app::Stip& stip, const http::Request& req, unsigned status,
                      const Typed& typed) {
  const std::string& id = req.params.at("id");
  auto view = stip.ReadHousehold(*req.principal, id);
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  const std::string base = HouseholdPath(id);
  Data page;
  page.set("family_name", view->family.name);
  page.set("family_href", "/gezinnen/" + UrlEncode(id));
  page.set("done", req.query.count("gedaan") > 0 && typed.summary.empty());
  std::map<std::string, std::string> names;
  Data members{Data::type::list};
  for (const auto& m : view->family.members) {
    names[m.id] = m.name;
    Data row;
    row.set("name", m.name);
    row.set("role", MemberRoleText(locale, m.role));
    row.set("birth", FormatLongDate(m.birth_date, locale));
    row.set("state", m.left_on ? Fill(Text(locale, "hh_left_on"),
                                      {{"date", FormatLongDate(*m.left_on, locale)},
                                       {"reason", m.left_reason}})
                               : std::string(Text(locale, "hh_lives_here")));
    if (const auto reads = view->reads.find(m.id); reads != view->reads.end()) {
      std::string key = "hh_reads_" + std::string(domain::ToString(reads->second));
      if (Text(locale, key) == kMissingMessage) key = "hh_reads_other";
      row.set("reads", std::string(Text(locale, key)));
    }
    members.push_back(row);
  }
  page.set("members", members);
  Data custody{Data::type::list};
  for (const auto& c : view->family.custody) {
    Data row;
    row.set("parent", names.count(c.parent_id) ? names[c.parent_id] : c.parent_id);
    row.set("child", names.count(c.child_id) ? names[c.child_id] : c.child_id);
    row.set("has", std::string(Text(locale, c.has_custody ? "hh_yes" : "hh_no")));
    row.set("ruling", c.ruling_date ? Data(FormatLongDate(*c.ruling_date, locale)) : Data(false));
    custody.push_back(row);
  }
  page.set("custody", custody);
  page.set("has_custody_rows", !view->family.custody.empty());
  Data rows{Data::type::list};
  bool any_end = false;
  for (const auto& inv : view->involved) {
    Data row = InvolvedRow(locale, inv);  // with the end form where it applies
    const bool own = inv.involvement.user_id == req.principal->user.id;
    const bool may_end = inv.involvement.role != domain::InvolvementRole::kLead &&
                         (own || view->may_manage_involvements);
    row.set("may_end", may_end);
    any_end = any_end || may_end;
    if (may_end) {
      const std::string control = "hh-end-" + inv.involvement.user_id;
      const auto error = typed.errors.find(control);
      row.set("action",
              base + "/betrokkenen/" + UrlEncode(inv.involvement.user_id) + "/beeindigen");
      row.set("control", control);
      row.set("reason_label", own ? std::string(Text(locale, "hh_end_own_reason"))
                                  : Fill(Text(locale, "hh_end_reason"),
                                         {{"name", inv.professional.user.display_name}}));
      row.set("button",
              Fill(Text(locale, "hh_end_button"), {{"name", inv.professional.user.display_name}}));
      row.set("reason",
              typed.end_user == inv.involvement.user_id ? Get(typed.values, "reden") : "");
      row.set("reason_error", error == typed.errors.end() ? Data(false) : Data(error->second));
    }
    rows.push_back(row);
  }
  page.set("involved", rows);
  page.set("any_end", any_end);  // a column for the end forms
  page.set("changes", ChangesData(locale, view->changes, view->names));
  page.set("has_changes", !view->changes.empty());
  page.set("forms", FormsData(locale, *view, typed, base));
  // Issue 10: the fixed face's history, and the withdraw form while a handover waits.
  page.set("fixed_face", FixedFaceData(locale, view->fixed_face));
  if (view->fixed_face.pending && view->may_manage_involvements) {
    const std::string control = "ho-withdraw";
    const auto error = typed.errors.find(control);
    Data withdraw;
    withdraw.set("action", base + "/overdracht/" +
                               UrlEncode(view->fixed_face.pending->handover.id) + "/intrekken");
    withdraw.set("control", control);
    withdraw.set("words", typed.form == "withdraw" ? Get(typed.values, "toelichting") : "");
    withdraw.set("error", error == typed.errors.end() ? Data(false) : Data(error->second));
    page.set("withdraw", withdraw);
  } else {
    page.set("withdraw", false);
  }
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "hh_title")) + ": " + view->family.name;
  meta.self_path = base;
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "household", meta, std::move(page));
}

// The app's answer to a form: 303 back on success; the page with the problems for bad input;
// the error page otherwise.
http::Response Answer(app::Stip& stip, const http::Request& req, const char* form,
                      const domain::Status& done, Typed typed) {
  if (done) return http::Response::Redirect(HouseholdPath(req.params.at("id")) + "?gedaan=1");
  const auto& error = done.error();
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  const std::string_view locale = NormalLocale(req.locale);
  typed.form = form;
  for (const auto& fe : error.fields) {
    std::string id;
    std::string label;
    if (typed.form == "end") {
      id = "hh-end-" + typed.end_user;
      label = std::string(Text(locale, "hh_label_reason"));
    } else if (typed.form == "withdraw") {
      id = "ho-withdraw";
      label = std::string(Text(locale, "ho_label_withdraw"));
    } else {
      for (const auto& spec : kFields) {
        if (std::string_view(spec.form) == form && fe.field == spec.api) {
          id = ControlId(spec.form, spec.name);
          label = std::string(Text(locale, spec.label));
        }
      }
    }
    const std::string message = LocalizeFieldError(locale, label, fe);
    if (!id.empty() && !typed.errors.count(id)) typed.errors[id] = message;
    typed.summary.push_back({message, id});
  }
  if (typed.summary.empty())
    typed.summary.push_back({std::string(Text(locale, "error_400_what")), ""});
  return Render(stip, req, 400, typed);
}

Typed TypedFrom(const http::Request& req) {
  Typed typed;
  typed.values = req.Form();
  return typed;
}

}  // namespace

http::Response HouseholdPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  return Render(stip, req, 200, Typed{});
}

http::Response AddMemberSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  Typed typed = TypedFrom(req);
  const app::NewHouseholdMember member{Get(typed.values, "naam"), Get(typed.values, "rol"),
                                       Get(typed.values, "geboortedatum"),
                                       Get(typed.values, "reden")};
  auto id = stip.AddMember(*req.principal, req.params.at("id"), member);
  return Answer(stip, req, "add", id ? domain::Status{} : tl::unexpected(id.error()), typed);
}

http::Response MemberLeftSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  Typed typed = TypedFrom(req);
  auto done = stip.RecordDeparture(*req.principal, req.params.at("id"), Get(typed.values, "lid"),
                                   Get(typed.values, "vanaf"), Get(typed.values, "reden"));
  return Answer(stip, req, "left", done, typed);
}

http::Response BirthDateSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  Typed typed = TypedFrom(req);
  auto done = stip.CorrectBirthDate(*req.principal, req.params.at("id"), Get(typed.values, "lid"),
                                    Get(typed.values, "geboortedatum"), Get(typed.values, "reden"));
  return Answer(stip, req, "birth", done, typed);
}

http::Response CustodySubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  Typed typed = TypedFrom(req);
  app::CustodyChange change;
  change.parent_id = Get(typed.values, "ouder");
  change.child_id = Get(typed.values, "kind");
  const std::string custody = Get(typed.values, "gezag");
  if (custody == "ja" || custody == "nee") change.has_custody = custody == "ja";
  change.ruling_date = Get(typed.values, "uitspraak");
  change.reason = Get(typed.values, "reden");
  auto done = stip.ChangeCustody(*req.principal, req.params.at("id"), change);
  return Answer(stip, req, "custody", done, typed);
}

http::Response JoinSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  Typed typed = TypedFrom(req);
  auto done = stip.StartInvolvement(
      *req.principal, req.params.at("id"),
      {Get(typed.values, "medewerker"), Get(typed.values, "rol"), Get(typed.values, "reden")});
  return Answer(stip, req, "join", done, typed);
}

http::Response EndInvolvementSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  Typed typed = TypedFrom(req);
  typed.end_user = req.params.at("user");
  const bool own = typed.end_user == req.principal->user.id;
  auto done = stip.EndInvolvement(*req.principal, req.params.at("id"), typed.end_user,
                                  Get(typed.values, "reden"));
  // Who ended their own involvement can no longer open the file: back to their families.
  if (done && own) return http::Response::Redirect("/gezinnen");
  return Answer(stip, req, "end", done, typed);
}

// Issue 10: the lead proposes a handover of the fixed face, or withdraws it.
http::Response ProposeHandoverSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  Typed typed = TypedFrom(req);
  app::NewHandover handover;
  handover.to_user_id = Get(typed.values, "medewerker");
  handover.reason = Get(typed.values, "reden");
  handover.words = Get(typed.values, "toelichting");
  const std::string how = Get(typed.values, "wijze");
  if (how == "warm" || how == "koud") handover.warm = how == "warm";
  handover.meeting_date = Get(typed.values, "overleg");
  auto id = stip.ProposeHandover(*req.principal, req.params.at("id"), handover);
  return Answer(stip, req, "handover", id ? domain::Status{} : tl::unexpected(id.error()), typed);
}

http::Response WithdrawHandoverSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  Typed typed = TypedFrom(req);
  auto done = stip.WithdrawHandover(*req.principal, req.params.at("id"), req.params.at("handover"),
                                    Get(typed.values, "toelichting"));
  return Answer(stip, req, "withdraw", done, typed);
}

}  // namespace stip::web
