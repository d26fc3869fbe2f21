// "Mijn gezinnen" and opening a new family file.
#include <array>
#include <map>

#include "web/family_form.h"
#include "web/field_errors.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

constexpr std::array<std::string_view, 4> kMemberRoles = {"child", "parent", "carer",
                                                          "other_adult"};

// Errors placed next to the controls they belong to, plus the summary at the top.
struct FormErrors {
  std::string name;
  std::string members;
  std::string custody;
  std::string lead;
  std::string duo;
  std::array<std::string, kMemberRows> member_name;
  std::array<std::string, kMemberRows> member_role;
  std::array<std::string, kMemberRows> member_birth;
  std::array<std::string, kMemberRows> member_bsn;
  std::string known_reason;
  std::string ask_role;  // asking to join the matched file
  std::string ask_message;
  std::map<int, std::string> pair;  // index into FamilyForm::custody
  std::vector<SummaryLine> summary;
};

std::string Label(std::string_view locale, std::string_view key, int row = -1) {
  return Fill(Text(locale, key), {{"n", std::to_string(row + 1)}});
}

FormErrors PlaceErrors(std::string_view locale, const std::vector<domain::FieldError>& fields,
                       const FamilyRequest& request, const FamilyForm& form) {
  using Slot = FieldPlace::Slot;
  FormErrors e;
  for (const auto& field : fields) {
    const FieldPlace place = PlaceOf(field.field, request, form);
    std::string label;
    std::string* target = nullptr;
    switch (place.slot) {
      case Slot::kName:
        label = Label(locale, "label_household_name");
        target = &e.name;
        break;
      case Slot::kMembers:
        label = Label(locale, "label_members");
        target = &e.members;
        break;
      case Slot::kMemberName:
        label = Label(locale, "label_member_name", place.row);
        target = &e.member_name[place.row];
        break;
      case Slot::kMemberRole:
        label = Label(locale, "label_member_role", place.row);
        target = &e.member_role[place.row];
        break;
      case Slot::kMemberBirth:
        label = Label(locale, "label_member_birth", place.row);
        target = &e.member_birth[place.row];
        break;
      case Slot::kMemberBsn:
        label = Label(locale, "label_member_bsn", place.row);
        target = &e.member_bsn[place.row];
        break;
      case Slot::kKnownReason:
        label = Label(locale, "label_known_reason");
        target = &e.known_reason;
        break;
      case Slot::kCustody:
        label = Label(locale, "label_custody");
        target = place.custody >= 0 ? &e.pair[place.custody] : &e.custody;
        break;
      case Slot::kLead:
        label = Label(locale, "label_lead");
        target = &e.lead;
        break;
      case Slot::kDuo:
        label = Label(locale, "label_duo");
        target = &e.duo;
        break;
      case Slot::kOther:
        label = Label(locale, "new_title");
        break;
    }
    const std::string message = LocalizeFieldError(locale, label, field);
    // One message per control is enough; the summary still lists every problem.
    if (target && target->empty()) *target = message;
    e.summary.push_back({message, place.anchor});
  }
  return e;
}

Data ProfessionalOptions(const std::vector<app::Professional>& pros, domain::TeamKind kind,
                         const std::string& selected) {
  Data list{Data::type::list};
  for (const auto& p : pros) {
    if (!p.team || p.team->kind != kind) continue;
    Data option;
    option.set("value", p.user.id);
    option.set("label", p.user.display_name + " (" + p.team->name + ")");
    option.set("selected", p.user.id == selected);
    list.push_back(option);
  }
  return list;
}

std::string MemberName(std::string_view locale, const FamilyForm& form, int row) {
  const std::string& name = form.rows[row].name;
  return name.empty() ? Label(locale, "new_member_legend", row) : name;
}

http::Response RenderNewFamily(app::Stip& stip, const http::Request& req, unsigned status,
                               const FamilyForm& form, const FormErrors& errors, bool custody_step,
                               const std::vector<domain::Team>& known_teams = {},
                               const std::string& check_id = {}) {
  auto pros = stip.ListProfessionals(*req.principal);
  if (!pros) return ErrorFor(req, pros.error());
  const std::string_view locale = NormalLocale(req.locale);

  Data page;
  page.set("name", form.name);
  page.set("name_error", Opt(errors.name));
  page.set("members_error", Opt(errors.members));
  Data members{Data::type::list};
  for (int row = 0; row < kMemberRows; ++row) {
    const MemberRow& r = form.rows[row];
    Data m;
    m.set("idx", std::to_string(row));
    m.set("legend", Label(locale, "new_member_legend", row));
    m.set("name", r.name);
    m.set("birth_date", r.birth_date);
    m.set("name_error", Opt(errors.member_name[row]));
    m.set("role_error", Opt(errors.member_role[row]));
    m.set("birth_error", Opt(errors.member_birth[row]));
    m.set("bsn", r.bsn);
    m.set("bsn_error", Opt(errors.member_bsn[row]));
    Data options{Data::type::list};
    Data choose;
    choose.set("value", std::string());
    choose.set("label", std::string(Text(locale, "member_role_choose")));
    choose.set("selected", r.role.empty());
    options.push_back(choose);
    for (const std::string_view role : kMemberRoles) {
      Data option;
      option.set("value", std::string(role));
      option.set("label", MemberRoleText(locale, role));
      option.set("selected", r.role == role);
      options.push_back(option);
    }
    m.set("role_options", options);
    members.push_back(m);
  }
  page.set("members", members);

  Data custody{Data::type::list};
  for (std::size_t i = 0; i < form.custody.size(); ++i) {
    const CustodyChoice& c = form.custody[i];
    Data pair;
    pair.set("id", CustodyControlId(c));
    pair.set("input_name", CustodyInputName(c));
    pair.set("label", Fill(Text(locale, "new_custody_pair"),
                           {{"parent", MemberName(locale, form, c.parent_row)},
                            {"child", MemberName(locale, form, c.child_row)}}));
    pair.set("checked", c.has_custody);
    const auto error = errors.pair.find(static_cast<int>(i));
    pair.set("pair_error", error == errors.pair.end() ? Data(false) : Data(error->second));
    custody.push_back(pair);
  }
  page.set("custody", custody);
  page.set("has_custody_pairs", !form.custody.empty());
  page.set("custody_error", Opt(errors.custody));
  page.set("custody_pairs", PairsKey(form.custody));
  page.set("custody_step", custody_step);

  page.set("leads", ProfessionalOptions(*pros, domain::TeamKind::kLocal, form.lead_user_id));
  page.set("duos", ProfessionalOptions(*pros, domain::TeamKind::kRegionalSafety, form.duo_user_id));
  // Issue 10 item 6: a child is known in another file. Only the teams and how to reach them;
  // a new file is opened only when ticked, with a reason.
  Data teams{Data::type::list};
  for (const auto& t : known_teams) {
    Data team;
    team.set("id", t.id);
    team.set("name", t.name);
    team.set("phone", Opt(t.phone));
    team.set("email", Opt(t.email));
    team.set("email_href", "mailto:" + t.email);
    teams.push_back(team);
  }
  // Only after a match (the 409, or the 400 of "open anyway" without a reason): never "known"
  // when nothing matched.
  page.set("known", !known_teams.empty());
  page.set("known_teams", teams);
  page.set("has_known_teams", !known_teams.empty());
  page.set("check_id", check_id);
  page.set("ask_duo", form.ask_role == "duo");
  page.set("ask_message", form.ask_message);
  page.set("ask_role_error", Opt(errors.ask_role));
  page.set("ask_message_error", Opt(errors.ask_message));
  page.set("known_seen", form.known_seen);
  page.set("known_reason", form.known_reason);
  page.set("known_reason_error", Opt(errors.known_reason));
  page.set("lead_error", Opt(errors.lead));
  page.set("duo_error", Opt(errors.duo));
  SetSummary(page, errors.summary);

  PageMeta meta;
  meta.title = std::string(Text(locale, "new_title"));
  meta.self_path = "/gezinnen/nieuw";
  meta.nav = "new_family";
  meta.has_errors = !errors.summary.empty();
  return RenderPage(req, status, "family_new", meta, std::move(page));
}

}  // namespace

http::Response FamiliesList(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  // A family member has one family: their own home page (issue 3).
  if (req.principal->IsFamily()) return http::Response::Redirect("/ons-gezin");
  auto families = stip.MyFamilies(*req.principal);
  if (!families) return ErrorFor(req, families.error());
  const std::string_view locale = NormalLocale(req.locale);

  Data list{Data::type::list};
  for (const auto& f : *families) {
    Data item;
    item.set("href", "/gezinnen/" + UrlEncode(f.id));
    item.set("name", f.name);
    item.set("role", InvolvementRoleText(locale, f.my_role));
    item.set("updated", FormatDateTime(f.updated_at, locale));
    item.set("updated_iso", IsoLocal(f.updated_at));
    item.set("entry_count", std::to_string(f.entry_count));
    list.push_back(item);
  }
  Data page;
  page.set("families", list);
  page.set("has_families", !families->empty());
  PageMeta meta;
  meta.title = std::string(Text(locale, "families_title"));
  meta.self_path = "/gezinnen";
  meta.nav = "families";
  return RenderPage(req, 200, "families", meta, std::move(page));
}

http::Response NewFamilyForm(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  // The person opening the file is usually its fixed face (or, from the regional safety team,
  // its duo partner); the select starts there and the app decides whether that is allowed.
  FamilyForm form;
  form.lead_user_id = req.principal->user.id;
  form.duo_user_id = req.principal->user.id;
  return RenderNewFamily(stip, req, 200, form, {}, false);
}

http::Response CreateFamilySubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string_view locale = NormalLocale(req.locale);
  const FamilyForm form = ParseFamilyForm(req.Form());
  if (!form.CustodyConfirmed()) {
    // New or changed parent-child pairs: ask about custody before anything is recorded.
    return RenderNewFamily(stip, req, 200, form, {}, true);
  }
  const FamilyRequest request = ToNewFamily(form);
  // A child known in another file: the refusal is a check on the record and names whom to
  // contact; the professional opens a new file only on purpose, with a reason.
  app::KnownElsewhereCheck known;
  auto created = stip.CreateFamily(*req.principal, request.family, &known);
  if (created) return http::Response::Redirect("/gezinnen/" + UrlEncode(*created));

  const domain::Error& error = created.error();
  if (error.code == domain::Code::kInvalidArgument) {
    return RenderNewFamily(stip, req, 400, form, PlaceErrors(locale, error.fields, request, form),
                           false, known.teams, known.id);
  }
  if (error.code == domain::Code::kAlreadyExists) {
    return RenderNewFamily(stip, req, 409, form, {}, false, known.teams, known.id);
  }
  if (error.code == domain::Code::kPermissionDenied) {
    FormErrors errors;
    errors.lead = std::string(Text(locale, "new_not_involved"));
    errors.summary.push_back({errors.lead, "vast-gezicht"});
    return RenderNewFamily(stip, req, 403, form, errors, false);
  }
  return ErrorFor(req, error);
}

// POST /gezinnen/nieuw/toevoegen-vragen: the match screen's "ask the lead to add you". The
// whole new-family form comes along, so a request that cannot be made shows the same screen
// again with what was typed and the error beside its field.
http::Response AskToJoinSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto fields = req.Form();
  const auto get = [&](const char* name) {
    const auto it = fields.find(name);
    return it == fields.end() ? std::string() : it->second;
  };
  const std::string check_id = get("check_id");
  auto ids = stip.AskToJoin(*req.principal, {check_id, get("team_id"), get("rol"), get("bericht")});
  if (ids) return http::Response::Redirect("/mijn-werk#mijn-verzoeken");
  const domain::Error& error = ids.error();
  if (error.code != domain::Code::kInvalidArgument && error.code != domain::Code::kAlreadyExists) {
    return ErrorFor(req, error);
  }
  auto teams = stip.KnownCheckTeams(*req.principal, check_id);
  if (!teams) return ErrorFor(req, teams.error());
  if (teams->empty()) return ErrorFor(req, error);
  const std::string_view locale = NormalLocale(req.locale);
  const FamilyForm form = ParseFamilyForm(fields);
  FormErrors errors;
  if (error.code == domain::Code::kAlreadyExists) {
    errors.ask_message = std::string(Text(locale, "jr_asked_already"));
    errors.summary.push_back({errors.ask_message, "vraag-bericht"});
  }
  for (const auto& f : error.fields) {
    const bool role = f.field == "role";
    std::string& slot = role ? errors.ask_role : errors.ask_message;
    if (!slot.empty()) continue;
    slot = LocalizeFieldError(locale, Text(locale, role ? "jr_role" : "jr_message"), f);
    errors.summary.push_back({slot, role ? "vraag-rol" : "vraag-bericht"});
  }
  if (errors.summary.empty()) {
    errors.ask_message = std::string(Text(locale, "jr_err_summary"));
    errors.summary.push_back({errors.ask_message, "vraag-bericht"});
  }
  return RenderNewFamily(stip, req, error.code == domain::Code::kAlreadyExists ? 409 : 400, form,
                         errors, false, *teams, check_id);
}

}  // namespace stip::web
