// The forms on the entry cards: a family member reacts or objects on "Ons gezin"; a
// professional withholds, renews, lifts and answers on the family file page. Each handler is
// parse -> one app use case -> 303 back to the card, or the page again (400) with the problems
// next to the fields. Nothing is written when the app refuses.
#include <array>

#include "web/entry_card.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/page_ons_gezin.h"
#include "web/pages.h"
#include "web/url.h"

namespace stip::web {
namespace {

using Values = std::map<std::string, std::string>;

constexpr std::string_view kOnsGezin = "/ons-gezin";

constexpr std::array kReactionFields = {
    FormField{"kind", "soort", "label_reaction_kind", "understood"},
    FormField{"text", "tekst", "label_reaction_text", ""}};
constexpr std::array kObjectionFields = {FormField{"text", "tekst", "label_objection_text", ""}};
constexpr std::array kWithholdFields = {
    FormField{"member_id", "lid", "label_member", ""},
    FormField{"member_ids", "leden", "label_withheld_members", ""},
    FormField{"ground", "grond", "label_ground", "protects_third_person"},
    FormField{"reason", "reden", "label_reason", ""},
    FormField{"review_date", "herzien_op", "label_review_date", ""},
    FormField{"narrowing_reason", "reden_beperking", "label_narrowing_reason", ""}};
constexpr std::array kLiftFields = {FormField{"reason", "reden", "label_reason", ""}};
constexpr std::array kObjectionAnswerFields = {
    FormField{"upheld", "gegrond", "label_decision", "ja"},
    FormField{"answer", "antwoord", "label_answer", ""}};
constexpr std::array kCorrectionAnswerFields = {
    FormField{"accepted", "aanvaard", "label_decision", "ja"},
    FormField{"answer", "antwoord", "label_answer", ""},
    FormField{"text", "tekst", "label_corrected_text", ""}};

// The typed values of `names` from the submitted form ("" for a missing one).
Values Read(const http::Request& req, std::initializer_list<const char*> names) {
  const auto form = req.Form();
  Values out;
  for (const char* name : names) {
    const auto it = form.find(name);
    out[name] = it == form.end() ? std::string() : it->second;
  }
  return out;
}

// "ja" / "nee" of a yes-or-no radio group; nullopt (and a field error) when neither was chosen.
std::optional<bool> YesNo(const std::string& value, const char* app_field,
                          std::vector<domain::FieldError>& errors) {
  if (value == "ja") return true;
  if (value == "nee") return false;
  errors.push_back({app_field, domain::NotOneOf(domain::ValueList::kYesNo)});
  return std::nullopt;
}

std::string FamilyPath(const http::Request& req) {
  return "/gezinnen/" + UrlEncode(req.params.at("id"));
}

http::Response BackToCard(const std::string& page, const std::string& entry_id) {
  return http::Response::Redirect(page + "#aantekening-" + UrlEncode(entry_id));
}

// An app error as the answer to a family member's card form: field problems show on the page.
http::Response FamilyFailure(app::Stip& stip, const http::Request& req, std::string_view form,
                             const std::string& target, Values values, const domain::Error& error,
                             std::span<const FormField> fields) {
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  const CardForm typed = CardFormWithErrors(NormalLocale(req.locale), form, target,
                                            std::move(values), error.fields, fields);
  return OnsGezinWithForm(stip, req, 400, typed);
}

// The same for a professional's card form on the family file page.
http::Response ProfessionalFailure(app::Stip& stip, const domain::Clock& clock,
                                   const http::Request& req, std::string_view form,
                                   const std::string& target, Values values,
                                   const domain::Error& error, std::span<const FormField> fields) {
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  const CardForm typed = CardFormWithErrors(NormalLocale(req.locale), form, target,
                                            std::move(values), error.fields, fields);
  return FamilyFileWithForm(stip, clock, req, 400, typed);
}

}  // namespace

// --- the family member on "Ons gezin" ------------------------------------------------------------

http::Response ReactSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return ErrorPage(req, 403);
  const std::string& entry = req.params.at("entry_id");
  Values values = Read(req, {"soort", "tekst"});
  auto done = stip.React(*req.principal, req.principal->account->family_id, entry,
                         {values["soort"], values["tekst"]});
  if (done) return BackToCard(std::string(kOnsGezin), entry);
  return FamilyFailure(stip, req, card_form::kReaction, entry, std::move(values), done.error(),
                       kReactionFields);
}

http::Response ObjectSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return ErrorPage(req, 403);
  const std::string& withholding = req.params.at("withholding_id");
  Values values = Read(req, {"tekst"});
  auto done = stip.ObjectToWithholding(*req.principal, req.principal->account->family_id,
                                       withholding, values["tekst"]);
  // Issue 11 item 6: an objection from the placeholder of an item goes back to its page.
  const auto form = req.Form();
  const auto back_it = form.find("terug");
  const std::string back = back_it == form.end() ? std::string() : back_it->second;
  if (done) {
    for (const char* page : {"/ons-gezin/plan", "/ons-gezin/veiligheid", "/ons-gezin/overleg",
                             "/ons-gezin/eigen-woorden"}) {
      if (back == page) return http::Response::Redirect(back + "?bezwaar=1");
    }
    return http::Response::Redirect(std::string(kOnsGezin) + "#aantekeningen");
  }
  return FamilyFailure(stip, req, card_form::kObjection, withholding, std::move(values),
                       done.error(), kObjectionFields);
}

// --- the professional on the family file -------------------------------------------------------

http::Response WithholdSubmit(app::Stip& stip, const domain::Clock& clock,
                              const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& entry = req.params.at("entry_id");
  Values values = Read(req, {"lid", "grond", "reden", "herzien_op", "reden_beperking"});
  app::NewWithholding input{"", values["grond"], values["reden"], values["herzien_op"]};
  input.narrowing_reason = values["reden_beperking"];
  // Issue 13: "lid" is "" (the whole household), one member's id, or "leden" (the boxes
  // "leden-<id>" ticked).
  const std::string& scope = values["lid"];
  for (const auto& [name, value] : req.Form()) {
    if (name.starts_with("leden-") && value == "ja") {
      values[name] = value;
      if (scope == "leden") input.member_ids.push_back(name.substr(6));
    }
  }
  if (scope.empty()) {
    input.whole_household = true;
  } else if (scope != "leden") {
    input.member_id = scope;
  }
  domain::Result<std::string> done = std::string();
  if (scope == "leden" && input.member_ids.empty()) {
    done = domain::Fail(domain::Error::Invalid(
        "Tick the family members.",
        {{"member_ids", domain::Required("tick at least one family member")}}));
  } else {
    done = stip.Withhold(*req.principal, req.params.at("id"), entry, input);
  }
  if (done) return BackToCard(FamilyPath(req), entry);
  domain::Error error = done.error();
  for (auto& field : error.fields) {
    if (field.field.starts_with("member_ids[")) field.field = "member_ids";  // one control
  }
  return ProfessionalFailure(stip, clock, req, card_form::kWithhold, entry, std::move(values),
                             error, kWithholdFields);
}

http::Response RenewSubmit(app::Stip& stip, const domain::Clock& clock, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& withholding = req.params.at("withholding_id");
  Values values = Read(req, {"herzien_op", "reden"});
  auto done = stip.RenewWithholding(*req.principal, req.params.at("id"), withholding,
                                    values["herzien_op"], values["reden"]);
  if (auto page = WithholdPageAfter(stip, req, "verlengen:" + withholding, done)) return *page;
  if (done) return http::Response::Redirect(FamilyPath(req) + "#aantekeningen");
  return ProfessionalFailure(stip, clock, req, card_form::kRenew, withholding, std::move(values),
                             done.error(), kWithholdFields);
}

http::Response LiftSubmit(app::Stip& stip, const domain::Clock& clock, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& withholding = req.params.at("withholding_id");
  Values values = Read(req, {"reden"});
  auto done =
      stip.LiftWithholding(*req.principal, req.params.at("id"), withholding, values["reden"]);
  if (auto page = WithholdPageAfter(stip, req, "opheffen:" + withholding, done)) return *page;
  if (done) return http::Response::Redirect(FamilyPath(req) + "#aantekeningen");
  return ProfessionalFailure(stip, clock, req, card_form::kLift, withholding, std::move(values),
                             done.error(), kLiftFields);
}

http::Response AnswerObjectionSubmit(app::Stip& stip, const domain::Clock& clock,
                                     const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& objection = req.params.at("objection_id");
  Values values = Read(req, {"gegrond", "antwoord"});
  std::vector<domain::FieldError> errors;
  const auto upheld = YesNo(values["gegrond"], "upheld", errors);
  if (!upheld) {
    const domain::Status refused =
        domain::Fail(domain::Error::Invalid("Choose yes or no.", errors));
    if (auto page = WithholdPageAfter(stip, req, "antwoord:" + objection, refused)) return *page;
    return ProfessionalFailure(
        stip, clock, req, card_form::kObjectionAnswer, objection, std::move(values),
        domain::Error::Invalid("Choose yes or no.", errors), kObjectionAnswerFields);
  }
  auto done = stip.AnswerObjection(*req.principal, req.params.at("id"), objection, *upheld,
                                   values["antwoord"]);
  if (auto page = WithholdPageAfter(stip, req, "antwoord:" + objection, done)) return *page;
  if (done) return http::Response::Redirect(FamilyPath(req) + "#aantekeningen");
  return ProfessionalFailure(stip, clock, req, card_form::kObjectionAnswer, objection,
                             std::move(values), done.error(), kObjectionAnswerFields);
}

http::Response AnswerCorrectionSubmit(app::Stip& stip, const domain::Clock& clock,
                                      const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& reaction = req.params.at("reaction_id");
  Values values = Read(req, {"aanvaard", "antwoord", "tekst"});
  std::vector<domain::FieldError> errors;
  const auto accepted = YesNo(values["aanvaard"], "accepted", errors);
  if (!accepted) {
    return ProfessionalFailure(
        stip, clock, req, card_form::kCorrectionAnswer, reaction, std::move(values),
        domain::Error::Invalid("Choose yes or no.", errors), kCorrectionAnswerFields);
  }
  app::CorrectionAnswer answer;
  answer.accepted = *accepted;
  answer.answer = values["antwoord"];
  if (*accepted) answer.text = values["tekst"];
  auto done = stip.AnswerCorrection(*req.principal, req.params.at("id"), reaction, answer);
  if (!done) {
    return ProfessionalFailure(stip, clock, req, card_form::kCorrectionAnswer, reaction,
                               std::move(values), done.error(), kCorrectionAnswerFields);
  }
  // Accepted: to the new (correcting) entry; otherwise back to the file.
  if (!done->empty()) return BackToCard(FamilyPath(req), *done);
  return http::Response::Redirect(FamilyPath(req) + "#aantekeningen");
}

}  // namespace stip::web
