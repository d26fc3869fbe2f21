// The family's own pages (issue 3): log in with a code, "Ons gezin" (also printable and as a
// JSON download), the family's access log by period, and the demo outbox page.
#include "web/page_ons_gezin.h"

#include "web/page_my_work.h"

#include "domain/local_time.h"
#include "http/api.h"
#include "http/cookies.h"
#include "web/emergency_view.h"
#include "web/entry_card.h"
#include "web/family_copy.h"
#include "web/family_form.h"
#include "web/family_text.h"
#include "web/handover_view.h"
#include "web/household_view.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

constexpr std::string_view kOnsGezin = "/ons-gezin";
constexpr int kLogLines = 50;

std::string FormGet(const std::map<std::string, std::string>& form, const char* key) {
  const auto it = form.find(key);
  return it == form.end() ? std::string() : it->second;
}

// `field` ("email" or "code") is the field the error is about: the summary links to it and the
// field itself carries the message and aria-invalid.
http::Response RenderCodeLogin(const http::Request& req, unsigned status, const std::string& email,
                               bool sent, const std::string& error = "",
                               const std::string& field = "") {
  const std::string_view locale = NormalLocale(req.locale);
  Data page;
  page.set("f", FamilyTexts(locale, false));
  page.set("email", email);
  page.set("sent", sent);
  std::vector<SummaryLine> lines;
  if (!error.empty()) {
    lines.push_back({error, field});
    page.set(field + "_error", error);
  }
  SetSummary(page, lines);
  PageMeta meta;
  meta.title = std::string(FamilyText(locale, "code_title"));
  meta.self_path = "/inloggen/code";
  meta.has_errors = !lines.empty();
  return RenderPage(req, status, "code_login", meta, std::move(page));
}

Data FaceData(std::string_view locale, const app::Professional& p) {
  Data face;
  face.set("name", p.user.display_name);
  face.set("team", Opt(p.team ? p.team->name : ""));
  const std::string phone = !p.user.phone.empty() ? p.user.phone : p.team ? p.team->phone : "";
  const std::string email = !p.user.email.empty() ? p.user.email : p.team ? p.team->email : "";
  face.set("phone", Opt(phone));
  face.set("phone_href", Opt(PhoneHref(phone)));
  face.set("email", Opt(email));
  (void)locale;
  return face;
}

// "Op 3 maart 2026 om 14:05 las Sanne de Wit (Wijkteam Lindewaard-Oost, vast gezicht) jullie
// aantekeningen."
std::string FamilySentence(std::string_view locale, const app::AccessLogLine& line) {
  const auto& r = line.record;
  const auto local = domain::ToAmsterdam(r.time);
  const bool en = locale == "en";
  const std::string role = ReaderRoleText(locale, r.role);
  std::string who = line.user_name.empty() ? r.user_id : line.user_name;
  who += " (" + (line.team_name.empty() ? role : line.team_name + ", " + role) + ")";
  std::string what;
  if (r.what == "family_overview" || r.what == "entries") {
    what = en ? "your entries" : "jullie aantekeningen";
  } else if (r.what == "access_log") {
    what = en ? "who read your file" : "wie jullie dossier las";
  } else if (r.what == "ons_gezin") {
    what = en ? "the page Our family" : "de pagina Ons gezin";
  } else if (r.what == "emergency_review") {  // issue 10 item 4: a team lead checks it
    what =
        en ? "the use of emergency access, to check it" : "de noodtoegang, om die te controleren";
  } else if (r.what == "export") {
    what = en ? "a copy of the file" : "een kopie van het dossier";
  } else if (r.what == "copy_pdf") {
    what = en ? "a copy of the file as PDF" : "een kopie van het dossier als PDF";
  } else if (r.what == "destruction_requests") {
    // Privacy review of issue 14 item 3 part C: only one's own visits are on this page.
    what = en ? "their own requests to destroy" : "de eigen vragen om te vernietigen";
  } else {
    what = en ? "your file" : "jullie dossier";
  }
  const std::string when = FormatLongDate(local.date, locale);
  if (r.role == "operator") {
    // Issue 14 item 4: an operator command on the server that touched this one file.
    const std::string name(Text(locale, "access_operator_name"));
    const std::string at = en ? "On " + when + " at " + FormatClock(local) + " "
                              : "Op " + when + " om " + FormatClock(local) + " ";
    if (r.what == "verify") {
      return at + (en ? name +
                            " had the computer check that your file is still as it was "
                            "written: that nothing in it was changed. Nobody looked at the file "
                            "then."
                      : "controleerde " + name +
                            " met de computer of jullie dossier nog klopt: of er niets in is "
                            "veranderd. Niemand heeft het dossier toen bekeken.");
    }
    if (r.what == "retention_destroy") {
      return at + (en ? name +
                            " gave the order to destroy your whole file. What it held is "
                            "then wiped."
                      : "gaf " + name +
                            " de opdracht om jullie hele dossier te vernietigen. Wat erin stond, "
                            "wordt dan gewist.");
    }
    return at + (en ? name + " used your file to run Stip."
                    : "gebruikte " + name + " jullie dossier voor het beheer van Stip.");
  }
  if (r.what == "my_work" || r.what == "family_list") {
    // A work list or the list of families shows the family's name (and what is due); the
    // file was not read.
    const bool work = r.what == "my_work";
    return en ? "On " + when + " at " + FormatClock(local) + " " + who + " saw your family in " +
                    (work ? "the list My work" : "their list of families") +
                    ". The file itself was not opened then."
              : "Op " + when + " om " + FormatClock(local) + " zag " + who + " jullie gezin in " +
                    (work ? "de lijst Mijn werk" : "de lijst van gezinnen") +
                    ". Het dossier zelf is toen niet geopend.";
  }
  if (r.what == "known_elsewhere_check") {
    // Issue 10 item 6: a professional asked whether the family is known; nothing was read.
    std::string asker = line.user_name.empty() ? r.user_id : line.user_name;
    if (!line.team_name.empty()) asker += " (" + line.team_name + ")";
    return en ? "On " + when + " at " + FormatClock(local) + " " + asker +
                    " asked whether your family is known in Stip. Stip only told which team "
                    "holds your file. Nothing of your file was shown."
              : "Op " + when + " om " + FormatClock(local) + " vroeg " + asker +
                    " of jullie gezin al bekend is in Stip. Stip zei alleen welk team jullie "
                    "dossier heeft. Niets uit jullie dossier is getoond.";
  }
  if (r.what == "join_request") {
    // The lead saw a colleague's request to join in their work list, with the family's name.
    return en ? "On " + when + " at " + FormatClock(local) + " " + who +
                    " saw a colleague's request to join your file, in the list My work. The file "
                    "itself was not opened then."
              : "Op " + when + " om " + FormatClock(local) + " zag " + who +
                    " een verzoek van een collega om mee te doen in jullie dossier, in de lijst "
                    "Mijn werk. Het dossier zelf is toen niet geopend.";
  }
  // Why, as the professional gave it (issue 10 item 9); a member's own reads need no reason.
  const std::string why =
      r.purpose.empty() || r.purpose == "eigen dossier"
          ? std::string()
          : (en ? " Reason: " : " Reden: ") + PurposeText(locale, r.purpose) + ".";
  return en ? "On " + when + " at " + FormatClock(local) + " " + who + " read " + what + "." + why
            : "Op " + when + " om " + FormatClock(local) + " las " + who + " " + what + "." + why;
}

}  // namespace

http::Response CodeLoginForm(const http::Request& req) {
  return RenderCodeLogin(req, 200, "", false, "");
}

http::Response CodeRequestSubmit(app::Stip& stip, const http::Request& req) {
  const std::string_view locale = NormalLocale(req.locale);
  const auto form = req.Form();
  const std::string email = FormGet(form, "email");
  if (!IsSameOrigin(req.Header("origin"), req.Header("referer"), req.Header("host"))) {
    return ErrorPage(req, 403);
  }
  if (email.empty()) {
    return RenderCodeLogin(req, 400, email, false,
                           std::string(FamilyText(locale, "code_email_missing")), "email");
  }
  if (auto sent = stip.BeginFamilyLogin(email, req.client); !sent) {
    if (sent.error().code == domain::Code::kResourceExhausted) {
      // Honest, and the same for every address: the limits count known and unknown alike.
      return RenderCodeLogin(req, 429, email, true,
                             std::string(FamilyText(locale, "code_too_many_requests")), "email");
    }
    return ErrorFor(req, sent.error());
  }
  return RenderCodeLogin(req, 200, email, true, "");
}

http::Response CodeLoginSubmit(app::Stip& stip, const http::Request& req) {
  const std::string_view locale = NormalLocale(req.locale);
  const auto form = req.Form();
  const std::string email = FormGet(form, "email");
  const std::string code = FormGet(form, "code");
  if (!IsSameOrigin(req.Header("origin"), req.Header("referer"), req.Header("host"))) {
    return ErrorPage(req, 403);
  }
  if (email.empty()) {
    return RenderCodeLogin(req, 400, email, true,
                           std::string(FamilyText(locale, "code_email_missing")), "email");
  }
  if (code.empty()) {
    return RenderCodeLogin(req, 400, email, true,
                           std::string(FamilyText(locale, "code_code_missing")), "code");
  }
  auto login = stip.CompleteFamilyLogin(email, code, req.client);
  if (!login) {
    if (login.error().code == domain::Code::kUnauthenticated) {
      return RenderCodeLogin(req, 401, email, true, std::string(FamilyText(locale, "code_wrong")),
                             "code");
    }
    if (login.error().code == domain::Code::kResourceExhausted) {
      return RenderCodeLogin(req, 429, email, true,
                             std::string(FamilyText(locale, "code_too_many_wrong")), "code");
    }
    return ErrorFor(req, login.error());
  }
  // Issue 10: a network member's home is the page of what is shared with them.
  http::Response response =
      http::Response::Redirect(login->network ? std::string("/gedeeld") : std::string(kOnsGezin));
  response.headers.emplace_back(
      "Set-Cookie",
      http::SessionCookie(login->session_token, stip.options().session_ttl, req.secure_cookies));
  return response;
}

http::Response OnsGezinPage(app::Stip& stip, const http::Request& req, bool print) {
  return RenderOnsGezin(stip, req, print, 200, {});
}

http::Response OnsGezinWithForm(app::Stip& stip, const http::Request& req, unsigned status,
                                const CardForm& typed) {
  return RenderOnsGezin(stip, req, false, status, {}, &typed);
}

http::Response RenderOnsGezin(app::Stip& stip, const http::Request& req, bool print,
                              unsigned status, const ConsentForm& consent_form,
                              const CardForm* typed) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return http::Response::Redirect(std::string(kHomePath));
  // Issue 10: a network member has no family home, only what is shared with them.
  if (req.principal->IsNetwork()) return http::Response::Redirect("/gedeeld");
  const std::string_view locale = NormalLocale(req.locale);
  auto home = stip.OpenFamilyHome(*req.principal, req.principal->account->family_id,
                                  print ? "export" : "ons_gezin");
  if (!home) return ErrorFor(req, home.error());
  Data page;
  page.set("f", FamilyTexts(locale, home->child_view));
  page.set("print", print);
  page.set("child_view", home->child_view);
  page.set("me", home->me.name);
  page.set("family_name", home->family.name);
  page.set("lead", FaceData(locale, home->lead));
  page.set("duo", home->duo ? FaceData(locale, *home->duo) : Data(false));
  Data members{Data::type::list};
  for (const auto& m : home->family.members) {
    Data item;
    item.set("name", m.name);
    item.set("role", MemberRoleText(locale, m.role));
    // Issue 10: who left stays in the list, marked, so the family sees the change.
    const bool me = m.id == home->me.id;  // the member who left reads it about themselves
    item.set("left", m.left_on ? Data(Fill(FamilyText(locale, me ? "left_since_me" : "left_since"),
                                           {{"date", FormatLongDate(*m.left_on, locale)}}))
                               : Data(false));
    members.push_back(item);
  }
  page.set("members", members);
  // Issue 10: everyone involved now, and what changed in the household and among them.
  page.set("involved", InvolvedData(locale, home->involved));
  page.set("fixed_face", FixedFaceData(locale, home->fixed_face));  // issue 10: handover
  page.set("changes", ChangesData(locale, home->changes, home->names));
  page.set("has_changes", !home->changes.empty());
  page.set("summary_only", home->summary_only);
  const bool young_child = home->child_view && home->entries.empty() && !home->summary_only &&
                           !home->may_view_access_log;
  page.set("young_child", young_child);
  page.set("shows_entries", !home->summary_only && !young_child);
  page.set("shows_measures", (!home->summary_only && !young_child) || home->named_in_measure);
  // Issue 12 item 3: whether a measure of the judge the reader may see runs now (the compulsory
  // frame); nothing is said otherwise (another member's measure may run).
  page.set("compulsory", home->frame == domain::Frame::kCompulsory);
  page.set("frame", std::string(Text(locale, home->frame == domain::Frame::kCompulsory
                                                 ? "ms_frame_compulsory_family"
                                                 : "ms_frame_voluntary_family")));
  // Issue 11 item 4: the meetings the member was at and has not said how they were.
  auto invitations = stip.OpenFeedbackInvitations(*req.principal, home->family.id);
  page.set("feedback_invitation",
           invitations && *invitations > 0
               ? Data(Fill(Text(locale, "mt_invitation"), {{"n", std::to_string(*invitations)}}))
               : Data(false));
  // The same cards as the professional's page, with the reaction and objection forms.
  CardContext cards;
  cards.locale = locale;
  cards.page_path = std::string(kOnsGezin);
  cards.action_base = std::string(kOnsGezin);
  cards.forms = !print;
  cards.family = &home->family;
  cards.typed = typed;
  Data entries{Data::type::list};
  int fresh = 0;
  for (const auto& item : home->entries) {
    fresh += item.is_new ? 1 : 0;
    entries.push_back(EntryCard(item, cards, item.is_new));
  }
  page.set("entries", entries);
  page.set("has_entries", !home->entries.empty());
  page.set("first_visit", !home->previous_visit);
  page.set("new_count", std::to_string(fresh));
  page.set("has_new", fresh > 0);
  page.set("may_view_log", home->may_view_access_log);
  page.set("copy_pdf_link",
           Fill(Text(locale, "cp_link"), {{"size", FamilyCopySizeHint(*home, locale)}}));
  SetConsentSection(page, locale, *home, consent_form, req);
  page.set("entry_mail", print ? Data(false) : EntryMailSection(stip, req));  // issue 10
  SetOtherFamilies(stip, req, page);
  SetSummary(page, typed ? typed->summary : consent_form.summary);
  PageMeta meta;
  meta.title = std::string(FamilyText(locale, "home_title"));
  meta.self_path = print ? "/ons-gezin/afdrukken" : std::string(kOnsGezin);
  meta.nav = "ons_gezin";
  meta.has_errors = typed != nullptr || !consent_form.summary.empty();
  return RenderPage(req, status, "ons_gezin", meta, std::move(page));
}

http::Response OnsGezinDownload(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return http::Response::Redirect(std::string(kHomePath));
  auto home = stip.OpenFamilyHome(*req.principal, req.principal->account->family_id, "export");
  if (!home) return ErrorFor(req, home.error());
  auto records = stip.FamilyRecordsOf(*req.principal, req.principal->account->family_id);
  if (!records) return ErrorFor(req, records.error());
  auto own = stip.OwnObjections(*req.principal, req.principal->account->family_id);
  if (!own) return ErrorFor(req, own.error());
  // The JSON shape is the API's (http/api_encode.h).
  return http::FamilyDownload(*home, *records, *own);
}

// Issue 13 item 3: the family's own copy as PDF, logged as "copy_pdf" (the print page and the
// JSON download are "export").
http::Response OnsGezinCopyPdf(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return http::Response::Redirect(std::string(kHomePath));
  if (req.principal->IsNetwork()) return http::Response::Redirect("/gedeeld");
  auto turn = CopyTurn::Take();
  if (!turn) return ErrorFor(req, turn.error());
  auto home = stip.OpenFamilyHome(*req.principal, req.principal->account->family_id, "copy_pdf");
  if (!home) return ErrorFor(req, home.error());
  auto response = FamilyCopyResponse(*home, NormalLocale(req.locale));
  if (!response) return ErrorFor(req, response.error());
  return std::move(*response);
}

// The same for the API (a family member's session or token): errors as the API's JSON.
http::Response ApiFamilyCopyPdf(app::Stip& stip, const http::Request& req) {
  auto turn = CopyTurn::Take();
  if (!turn) return http::Response::FromError(turn.error());
  auto home = stip.OpenFamilyHome(*req.principal, req.params.at("id"), "copy_pdf");
  if (!home) return http::Response::FromError(home.error());
  auto response = FamilyCopyResponse(*home, NormalLocale(req.locale));
  if (!response) return http::Response::FromError(response.error());
  return std::move(*response);
}

http::Response FamilyAccessLogPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return http::Response::Redirect(std::string(kHomePath));
  const std::string_view locale = NormalLocale(req.locale);
  const auto param = [&](const char* key) {
    const auto it = req.query.find(key);
    return it == req.query.end() ? std::string() : it->second;
  };
  app::AccessLogPeriod period;
  const std::string from = param("van");
  const std::string to = param("tot");
  std::vector<SummaryLine> errors;
  // Dates as people type them (14-03-2026) as well as ISO (issue 13 item 4).
  if (!from.empty()) period.from = domain::ParseDate(NormaliseDate(from));
  if (!to.empty()) period.to = domain::ParseDate(NormaliseDate(to));
  if ((!from.empty() && !period.from) || (!to.empty() && !period.to) ||
      (period.from && period.to && *period.to < *period.from)) {
    errors.push_back({std::string(FamilyText(locale, "log_bad_period")), "van"});
    period = {};
  }
  const std::int64_t before = ParseBefore(req, "voor");
  auto log = stip.ReadAccessLogPeriod(*req.principal, req.principal->account->family_id, period,
                                      domain::Page{before, kLogLines});
  if (!log) return ErrorFor(req, log.error());
  Data lines{Data::type::list};
  for (const auto& line : log->lines) {
    Data item;
    item.set("text", FamilySentence(locale, line));
    item.set("iso", IsoLocal(line.record.time));
    item.set("emergency", line.record.emergency);
    lines.push_back(item);
  }
  Data page;
  page.set("f", FamilyTexts(locale, false));
  page.set("from", from);
  page.set("to", to);
  page.set("lines", lines);
  page.set("has_lines", !log->lines.empty());
  page.set("emergency_uses",
           EmergencyUsesData(locale, log->emergency_uses, UsesReader::kFamily));  // issue 10 item 4
  std::string older = "/ons-gezin/inzage?voor=" + std::to_string(log->next_before);
  if (!from.empty()) older += "&van=" + UrlEncode(from);
  if (!to.empty()) older += "&tot=" + UrlEncode(to);
  page.set("older_href", log->next_before > 0 ? Data(older) : Data(false));
  SetSummary(page, errors);
  PageMeta meta;
  meta.title = std::string(FamilyText(locale, "log_title"));
  meta.self_path = "/ons-gezin/inzage";
  meta.nav = "family_log";
  meta.has_errors = !errors.empty();
  return RenderPage(req, errors.empty() ? 200 : 400, "ons_gezin_log", meta, std::move(page));
}

http::Response DemoOutboxPage(const std::function<std::vector<app::Mail>()>& read,
                              const http::Request& req) {
  const std::string_view locale = NormalLocale(req.locale);
  Data mails{Data::type::list};
  const auto all = read();
  for (const auto& m : all) {
    Data item;
    item.set("to", m.to);
    item.set("subject", m.subject);
    item.set("body", m.body);
    item.set("when", FormatDateTime(m.created_at, locale));
    mails.push_back(item);
  }
  Data page;
  page.set("f", FamilyTexts(locale, false));
  page.set("mails", mails);
  page.set("has_mails", !all.empty());
  PageMeta meta;
  meta.title = std::string(FamilyText(locale, "demo_title"));
  meta.self_path = "/demo";
  return RenderPage(req, 200, "demo", meta, std::move(page));
}

}  // namespace stip::web
