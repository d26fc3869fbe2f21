// Internal to src/web: the page handlers that pages.cpp puts in the route table, and what they
// share. One file per area: page_login.cpp, page_families.cpp, page_family.cpp, ...
#pragma once

#include <string>
#include <vector>

#include "app/stip.h"
#include "domain/error.h"
#include "domain/time.h"
#include "http/message.h"
#include "web/render.h"

namespace stip::web {

// --- login and logout (page_login.cpp) ------------------------------------------------------
http::Response Home(const http::Request& req);
http::Response LoginForm(const http::Request& req);
http::Response LoginSubmit(app::Stip& stip, const http::Request& req);
http::Response LogoutSubmit(app::Stip& stip, const http::Request& req);

// --- my families and new family (page_families.cpp) ----------------------------------------
http::Response FamiliesList(app::Stip& stip, const http::Request& req);
http::Response NewFamilyForm(app::Stip& stip, const http::Request& req);
http::Response CreateFamilySubmit(app::Stip& stip, const http::Request& req);
// Issue 10 item 6: ask to join from the match screen of /gezinnen/nieuw (check_id, team_id,
// rol, bericht, and the whole new-family form, shown again on an error).
http::Response AskToJoinSubmit(app::Stip& stip, const http::Request& req);

// --- the family file (page_family.cpp) -------------------------------------------------------
http::Response FamilyFile(app::Stip& stip, const domain::Clock& clock, const http::Request& req);
http::Response AddEntrySubmit(app::Stip& stip, const domain::Clock& clock,
                              const http::Request& req);
// The file page again after a card form came back with problems (status 400).
struct CardForm;
http::Response FamilyFileWithForm(app::Stip& stip, const domain::Clock& clock,
                                  const http::Request& req, unsigned status, const CardForm& typed);

// --- the forms on the entry cards (page_entry_actions.cpp) ----------------------------------
// Professionals on the family file: withhold, renew, lift, answer objections and corrections.
http::Response WithholdSubmit(app::Stip& stip, const domain::Clock& clock,
                              const http::Request& req);
http::Response RenewSubmit(app::Stip& stip, const domain::Clock& clock, const http::Request& req);
http::Response LiftSubmit(app::Stip& stip, const domain::Clock& clock, const http::Request& req);
http::Response AnswerObjectionSubmit(app::Stip& stip, const domain::Clock& clock,
                                     const http::Request& req);
http::Response AnswerCorrectionSubmit(app::Stip& stip, const domain::Clock& clock,
                                      const http::Request& req);

// --- the glossary (page_glossary.cpp) -------------------------------------------------------
http::Response GlossaryPage(const http::Request& req);

// --- the access log (page_access_log.cpp) ----------------------------------------------------
http::Response AccessLogPage(app::Stip& stip, const http::Request& req);

// --- the safety map (page_safety_map.cpp, issue 11) -----------------------------------------
// `family_route`: the family's own page on Ons gezin; else a professional's /gezinnen/{id}/...
http::Response SafetyMapPage(app::Stip& stip, const http::Request& req, bool family_route);
http::Response SafetyRoundSubmit(app::Stip& stip, const http::Request& req);
// `form`: "antwoord", "oneens", "zorg", "goed" or "doel".
http::Response SafetyMapSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                               std::string_view form);

// --- the child's own words (page_child_voice.cpp, issue 11 item 5) ---------------------------
// `family_route`: the family's own page on Ons gezin; else a professional's /gezinnen/{id}/...
http::Response ChildVoicePage(app::Stip& stip, const http::Request& req, bool family_route);
// `form`: "woorden" (write or take down), "delen" (the child's sharing), "uitleg" (the lead).
http::Response ChildVoiceSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                                std::string_view form);

// --- the family's own plan (page_plan.cpp, issue 11 item 2) --------------------------------
// `family_route`: the family's own page on Ons gezin; else a professional's /gezinnen/{id}/...
http::Response FamilyPlanPage(app::Stip& stip, const http::Request& req, bool family_route);
// `form`: "aanbod", "uitkomst", "voorwaarden", "reactie" (professionals) or "versie" (family).
http::Response FamilyPlanSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                                std::string_view form);
http::Response PlanComparePage(app::Stip& stip, const http::Request& req, bool family_route);
// --- meetings and feedback (page_meeting.cpp, issue 11 items 3 and 4) -----------------------
// `family_route`: the family's own page on Ons gezin; else a professional's /gezinnen/{id}/...
http::Response MeetingsPage(app::Stip& stip, const http::Request& req, bool family_route);
// `form`: "plannen", "agenda", "verslag" (professionals) or "agenda", "ervaring" (the family).
http::Response MeetingSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                             std::string_view form);
// --- decisions (page_decision.cpp, issue 12) -------------------------------------------------
// /gezinnen/{id}/besluiten (professionals) or /ons-gezin/besluiten (the family, `family_route`).
http::Response DecisionsPage(app::Stip& stip, const http::Request& req, bool family_route);
// A form on it: `step` "besluit" (a new draft), or on decision {decision_id}: "versie", "delen",
// "zienswijze", "tegenspraak", "nemen".
http::Response DecisionSubmit(app::Stip& stip, const http::Request& req, bool family_route,
                              std::string_view step);

// --- court measures (page_measure.cpp, issue 12 item 3) -------------------------------------
// /gezinnen/{id}/maatregelen (professionals) or /ons-gezin/maatregelen (the family).
http::Response MeasuresPage(app::Stip& stip, const http::Request& req, bool family_route);
// A professional's form: `step` "maatregel" (record one), or on measure {measure}: "verlengen",
// "beeindigen".
http::Response MeasureSubmit(app::Stip& stip, const http::Request& req, std::string_view step);

// --- keeping and destroying (page_retention.cpp, issue 14 item 3) ----------------------------
// /gezinnen/{id}/bewaren: the regime, the date and any legal hold; the form of the lead or the
// team lead to set or lift the hold (POST, field `reden`).
http::Response RetentionPage(app::Stip& stip, const http::Request& req);
http::Response LegalHoldSubmit(app::Stip& stip, const http::Request& req);
// The short block of the file page (regime, date, hold).
Data RetentionBlock(std::string_view locale, const app::FileRetention& r);
// The retention page again with a form that came back (page_destruction.cpp uses it).
struct FormState;
http::Response RetentionPageWith(app::Stip& stip, const http::Request& req, unsigned status,
                                 const FormState& typed);

// --- the family's request to destroy (page_destruction.cpp, issue 14 item 3 part C) ----------
// /ons-gezin/vernietigen: the member's own requests with their answers, and the form to ask
// (POST, fields `wat` file|own_data and `reden`).
http::Response DestructionFamilyPage(app::Stip& stip, const http::Request& req);
http::Response DestructionAskSubmit(app::Stip& stip, const http::Request& req);
// POST /gezinnen/{id}/bewaren/verzoeken/{request_id}: the lead's answer (`besluit`, `redenen`).
http::Response DestructionAnswerSubmit(app::Stip& stip, const http::Request& req);
// The requests on the retention page, with the answer forms for who may answer.
Data DestructionRequestsBlock(std::string_view locale, const app::FileRetention& r,
                              const domain::Date& today, const std::string& base,
                              const FormState& typed);

// --- shared (page_errors.cpp) ----------------------------------------------------------------
// The page for an app error: 401 goes to the login page (and back here afterwards); every
// other code gets the error page with its mapped status.
http::Response ErrorFor(const http::Request& req, const domain::Error& error);
// The 303 to the login page that brings the person back to `req.target` afterwards.
http::Response ToLogin(const http::Request& req);

// --- one address, several families (page_other_families.cpp, issue 10) ----------------------
// Sets "has_other_families" and "other_families" (templates/_other_families.mustache) for a
// family or network member whose address has an account in other families too.
void SetOtherFamilies(app::Stip& stip, const http::Request& req, Data& page);
// POST /ons-gezin/wisselen/{account}: changes to the person's account in another family.
http::Response SwitchFamilySubmit(app::Stip& stip, const http::Request& req);

// One line of an error summary: the message and the id of the control it belongs to.
struct SummaryLine {
  std::string message;
  std::string anchor;  // "" when the error belongs to no single control
};
// Fills "has_errors" and "errors" for templates/_error_summary.mustache.
void SetSummary(Data& page, const std::vector<SummaryLine>& lines);

// Paging parameter ("voor"): a positive ledger position, or 0 for the newest page.
std::int64_t ParseBefore(const http::Request& req, const char* name);

// --- the purpose of a read (purpose_choice.cpp, issue 10 item 9) ------------------------------
// The purpose a professional chose for reading ("doel"), "" for the usual help. The app checks
// it: a value it does not know is a 400 page that says which values there are.
// A form posted from a page read with a purpose carries it as "_doel" (every form template adds
// the hidden field when the page has one), so the page shown after the post reads with it too.
std::string ChosenPurpose(const http::Request& req);
// A chosen purpose the page carries on: for a professional only, and only a known value.
std::optional<std::string> CarriedPurpose(const http::Request& req);
// After a post that carried a purpose: a redirect to a family file's page keeps it ("doel").
void CarryPurpose(const http::Request& req, http::Response& response);
// The small GET form on the family file where a professional chooses another purpose; its
// submit reopens `path` with "doel", which the access log then records.
Data PurposeChoice(std::string_view locale, std::string_view chosen, const std::string& path);

}  // namespace stip::web
