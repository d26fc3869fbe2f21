// The family's request to destroy (issue 14 item 3 part C): on Ons gezin
// (/ons-gezin/vernietigen) a parent, a carer or a child of 12+ asks that the file, or their own
// data, be destroyed and reads the answer; on the file's retention page (/gezinnen/{id}/bewaren)
// the lead sees the requests with their three-month date and answers with reasons. Thin
// handlers: one app call, then 303, or the page again with what was typed and what is wrong.
#include <string>

#include "domain/destruction.h"
#include "domain/destruction_notice.h"
#include "domain/local_time.h"
#include "web/field_errors.h"
#include "web/form_state.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

constexpr std::string_view kFamilyPath = "/ons-gezin/vernietigen";
constexpr std::string_view kAskForm = "vernietigen";

std::string StateText(std::string_view locale, const domain::DestructionRequest& r) {
  if (!r.answer) return std::string(Text(locale, "dr_state_open"));
  return std::string(Text(locale, "dr_answer_" + std::string(domain::ToString(*r.answer))));
}

// One request as both pages show it: what was asked, when, by when the answer comes, the answer.
Data RequestData(std::string_view locale, const domain::DestructionRequest& r,
                 const domain::Date& today) {
  Data d;
  d.set("id", r.id);
  d.set("scope", std::string(Text(locale, "dr_scope_" + std::string(domain::ToString(r.scope)))));
  d.set("asked_on", FormatDateTime(r.requested_at, locale));
  const domain::Date due = domain::ThreeMonthsAfter(domain::AmsterdamDate(r.requested_at));
  d.set("due", FormatLongDate(due, locale));
  d.set("overdue", r.open() && due < today);
  d.set("reason", r.reason.empty() ? Data(false) : Data(r.reason));
  d.set("state", StateText(locale, r));
  d.set("open", r.open());
  d.set("answered", !r.open());
  d.set("answer_reasons", r.answer_reasons.empty() ? Data(false) : Data(r.answer_reasons));
  d.set("answered_on", r.open() ? Data(false) : Data(FormatDateTime(r.answered_at, locale)));
  d.set("may_complain", r.answer && *r.answer != domain::DestructionAnswer::kGranted);
  return d;
}

Options ScopeOptions(std::string_view locale, const app::MyDestructionRequests& mine) {
  Options out;
  if (mine.file == domain::AskRefusal::kOk) {
    out.emplace_back("file", std::string(Text(locale, "dr_scope_file_choice")));
  }
  if (mine.own_data == domain::AskRefusal::kOk) {
    out.emplace_back("own_data", std::string(Text(locale, "dr_scope_own_data_choice")));
  }
  return out;
}

http::Response RenderFamily(app::Stip& stip, const http::Request& req, unsigned status,
                            const FormState& typed) {
  const auto& who = *req.principal;
  auto mine = stip.MyDestructionRequestsOf(who, who.account->family_id);
  if (!mine) return ErrorFor(req, mine.error());
  const std::string_view locale = NormalLocale(req.locale);
  const domain::Date today = mine->today;
  Data page;
  page.set("family_name", mine->family_name);
  page.set("back_href", std::string(kFamilyHomePath));
  Data list{Data::type::list};
  for (const auto& r : mine->requests) list.push_back(RequestData(locale, r, today));
  page.set("requests", list);
  page.set("has_requests", !mine->requests.empty());
  const Options scopes = ScopeOptions(locale, *mine);
  if (!scopes.empty()) {
    Data form;
    form.set("action", std::string(kFamilyPath));
    form.set("scope",
             FormRadios(typed, kAskForm, "vernietigen-wat", "wat", Text(locale, "dr_label_scope"),
                        scopes, scopes.size() == 1 ? scopes.front().first : ""));
    Data reason = FormField(typed, kAskForm, "vernietigen-reden", "reden",
                            Text(locale, "dr_label_reason"), {}, 4);
    reason.set("hint", std::string(Text(locale, "dr_reason_hint")));
    if (!typed.errors.count("vernietigen-reden"))
      reason.set("describedby", "vernietigen-reden-uitleg");
    form.set("reason", reason);
    page.set("form", form);
    page.set("refusal", false);
  } else {
    page.set("form", false);
    const domain::AskRefusal why =
        mine->own_data != domain::AskRefusal::kOk ? mine->own_data : mine->file;
    std::string key = "dr_refused_other";
    if (why == domain::AskRefusal::kUnderTwelve) key = "dr_refused_under_twelve";
    if (why == domain::AskRefusal::kAlreadyOpen) key = "dr_refused_open";
    page.set("refusal", std::string(Text(locale, key)));
  }
  page.set("done", req.query.count("verstuurd") > 0 && typed.summary.empty());
  SetSummary(page, typed.summary);
  PageMeta meta;
  meta.title = std::string(Text(locale, "dr_title"));
  meta.self_path = std::string(kFamilyPath);
  meta.nav = "ons_gezin";
  meta.has_errors = !typed.summary.empty();
  return RenderPage(req, status, "destruction", meta, std::move(page));
}

bool FamilyOnly(const http::Request& req, http::Response& refusal) {
  if (!req.principal->IsFamily()) {
    refusal = http::Response::Redirect("/");
    return false;
  }
  if (req.principal->IsNetwork()) {
    refusal = ErrorFor(req, domain::Error::NotFound("No such page."));
    return false;
  }
  return true;
}

}  // namespace

http::Response DestructionFamilyPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  if (!FamilyOnly(req, refusal)) return refusal;
  return RenderFamily(stip, req, 200, FormState{});
}

http::Response DestructionAskSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  http::Response refusal;
  if (!FamilyOnly(req, refusal)) return refusal;
  FormState typed = FormState::Posted(req, std::string(kAskForm));
  const app::NewDestructionRequest input{FormValue(typed.values, "wat"),
                                         FormValue(typed.values, "reden")};
  auto done = stip.RequestDestruction(*req.principal, req.principal->account->family_id, input);
  if (done) return http::Response::Redirect(std::string(kFamilyPath) + "?verstuurd=1");
  const std::string_view locale = NormalLocale(req.locale);
  const auto& error = done.error();
  if (error.code == domain::Code::kAlreadyExists) {
    typed.summary.push_back({std::string(Text(locale, "dr_refused_open")), ""});
    return RenderFamily(stip, req, 409, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) -> std::optional<FormControl> {
        if (field == "scope") {
          return FormControl{"vernietigen-wat", std::string(Text(locale, "dr_label_scope"))};
        }
        if (field == "reason") {
          return FormControl{"vernietigen-reden", std::string(Text(locale, "dr_label_reason"))};
        }
        return std::nullopt;
      },
      Text(locale, "dr_err_summary"));
  return RenderFamily(stip, req, 400, typed);
}

// The requests on the retention page, with an answer form per open one for who may answer.
Data DestructionRequestsBlock(std::string_view locale, const app::FileRetention& r,
                              const domain::Date& today, const std::string& base,
                              const FormState& typed) {
  Data list{Data::type::list};
  for (const auto& q : r.requests) {
    Data d = RequestData(locale, q, today);
    const auto name = r.names.find(q.member_id);
    d.set("who", name == r.names.end() ? q.member_id : name->second);
    // Finding 8: the other members were told when the whole file was asked for.
    if (q.scope == domain::DestructionScope::kFile) {
      const domain::Date asked = domain::AmsterdamDate(q.requested_at);
      d.set(
          "others_told",
          Fill(Text(locale, "dr_others_told"),
               {{"date", FormatLongDate(asked, locale)},
                {"from", FormatLongDate(domain::AddDays(asked, domain::kObjectionDays), locale)}}));
    } else {
      d.set("others_told", false);
    }
    if (q.open() && r.may_hold) {
      const std::string form = "antwoord:" + q.id;
      const std::string key = "antwoord-" + q.id;
      Data f;
      f.set("action", base + "/verzoeken/" + UrlEncode(q.id));
      f.set("answer",
            FormRadios(typed, form, key + "-besluit", "besluit", Text(locale, "dr_label_answer"),
                       {{"granted", std::string(Text(locale, "dr_choice_granted"))},
                        {"partly_granted", std::string(Text(locale, "dr_choice_partly"))},
                        {"refused", std::string(Text(locale, "dr_choice_refused"))}}));
      Data reasons = FormField(typed, form, key + "-redenen", "redenen",
                               Text(locale, "dr_label_reasons"), {}, 4);
      reasons.set("hint", std::string(Text(locale, "dr_reasons_hint")));
      if (!typed.errors.count(key + "-redenen"))
        reasons.set("describedby", key + "-redenen-uitleg");
      f.set("reasons", reasons);
      d.set("answer_form", f);
    } else {
      d.set("answer_form", false);
    }
    list.push_back(d);
  }
  Data block;
  block.set("items", list);
  block.set("any", !r.requests.empty());
  return block;
}

http::Response DestructionAnswerSubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& id = req.params.at("id");
  const std::string& request_id = req.params.at("request_id");
  if (req.principal->IsFamily()) {
    return ErrorFor(req, domain::Error::NotFound("No family file '" + id + "'."));
  }
  FormState typed = FormState::Posted(req, "antwoord:" + request_id);
  const app::DestructionAnswerInput input{FormValue(typed.values, "besluit"),
                                          FormValue(typed.values, "redenen")};
  auto done = stip.AnswerDestruction(*req.principal, id, request_id, input);
  const std::string base = "/gezinnen/" + UrlEncode(id) + "/bewaren";
  if (done) {
    // A granted request destroyed the file: back to the list of files.
    if (done->destroyed) return http::Response::Redirect("/gezinnen?vernietigd=1");
    return http::Response::Redirect(base + "?opgeslagen=1");
  }
  const std::string_view locale = NormalLocale(req.locale);
  const auto& error = done.error();
  const std::string key = "antwoord-" + request_id;
  if (error.code == domain::Code::kFailedPrecondition) {
    typed.summary.push_back({std::string(Text(locale, "dr_err_precondition")), ""});
    return RetentionPageWith(stip, req, 422, typed);
  }
  if (error.code != domain::Code::kInvalidArgument) return ErrorFor(req, error);
  AddFieldErrors(
      typed, locale, error,
      [&](const std::string& field) -> std::optional<FormControl> {
        if (field == "answer") {
          return FormControl{key + "-besluit", std::string(Text(locale, "dr_label_answer"))};
        }
        if (field == "reasons") {
          return FormControl{key + "-redenen", std::string(Text(locale, "dr_label_reasons"))};
        }
        return std::nullopt;
      },
      Text(locale, "dr_err_answer_summary"));
  return RetentionPageWith(stip, req, 400, typed);
}

}  // namespace stip::web
