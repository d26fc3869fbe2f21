// The page route table: every HTML route, whether it changes state and who may call it.
// The server enforces authentication and CSRF from this table (src/http/router.h).
#include "web/pages.h"

#include <chrono>

#include "web/assets.h"
#include "web/page_account.h"
#include "web/page_consent.h"
#include "web/page_emergency.h"
#include "web/page_family_accounts.h"
#include "web/page_handlers.h"
#include "web/page_household.h"
#include "web/page_my_work.h"
#include "web/page_network.h"
#include "web/page_ons_gezin.h"

namespace stip::web {
namespace {

using boost::beast::http::verb;
using http::Auth;

class SystemClock final : public domain::Clock {
 public:
  domain::Millis Now() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace

void AddPageRoutes(http::Router& router, app::Stip& stip) {
  static const SystemClock* const kClock = new SystemClock();  // never destroyed: no exit order
  AddPageRoutes(router, stip, *kClock);
}

void AddPageRoutes(http::Router& router, app::Stip& stip, const domain::Clock& clock) {
  // A person who meets an unknown path, or a refusal before a page's handler (a wrong CSRF
  // token, ...), reads an HTML page in their language, never the API's JSON (issue 13 item 4).
  router.SetNotFound([](http::Request& req) { return ErrorPage(req, 404); });
  router.SetPageError(
      [](const http::Request& req, unsigned status) { return ErrorPage(req, status); });
  app::Stip* s = &stip;
  const domain::Clock* c = &clock;
  const auto add = [&router](verb method, std::string pattern, std::string name, bool changes_state,
                             Auth auth, http::Handler handler) {
    // Issue 10 item 9: a post from a page read with a purpose goes back to the file with it.
    if (method == verb::post) {
      handler = [inner = std::move(handler)](http::Request& req) {
        auto response = inner(req);
        CarryPurpose(req, response);
        return response;
      };
    }
    router.Add(http::Route{method, std::move(pattern), std::move(name), changes_state, auth,
                           std::move(handler)});
  };

  add(verb::get, "/", "page.home", false, Auth::kPublic,
      [](http::Request& req) { return Home(req); });
  add(verb::get, "/assets/{name}", "page.asset", false, Auth::kPublic,
      [](http::Request& req) { return ServeAsset(req); });
  // Issue 3: every legal term a family can meet, for anyone (families before they log in too).
  add(verb::get, "/begrippen", "page.glossary", false, Auth::kPublic,
      [](http::Request& req) { return GlossaryPage(req); });

  // Logging in makes a session (state, like api.session.create), but the form has no session
  // yet and so no CSRF token: SameSite=Strict on the cookie and an Origin/Referer check in
  // LoginSubmit stand in for it. The server checks CSRF only for session-authenticated calls.
  add(verb::get, "/login", "page.login.form", false, Auth::kPublic,
      [](http::Request& req) { return LoginForm(req); });
  add(verb::post, "/login", "page.login", true, Auth::kPublic,
      [s](http::Request& req) { return LoginSubmit(*s, req); });
  add(verb::post, "/logout", "page.logout", true, Auth::kPage,
      [s](http::Request& req) { return LogoutSubmit(*s, req); });

  add(verb::get, "/gezinnen", "page.families.list", false, Auth::kPage,
      [s](http::Request& req) { return FamiliesList(*s, req); });
  add(verb::get, "/gezinnen/nieuw", "page.families.new", false, Auth::kPage,
      [s](http::Request& req) { return NewFamilyForm(*s, req); });
  add(verb::post, "/gezinnen", "page.families.create", true, Auth::kPage,
      [s](http::Request& req) { return CreateFamilySubmit(*s, req); });
  add(verb::get, "/gezinnen/{id}", "page.family", false, Auth::kPage,
      [s, c](http::Request& req) { return FamilyFile(*s, *c, req); });
  add(verb::post, "/gezinnen/{id}/aantekeningen", "page.family.entries.add", true, Auth::kPage,
      [s, c](http::Request& req) { return AddEntrySubmit(*s, *c, req); });
  add(verb::get, "/gezinnen/{id}/inzage", "page.family.access_log", false, Auth::kPage,
      [s](http::Request& req) { return AccessLogPage(*s, req); });
  // Family members' accounts: the lead invites and ends them (page_family_accounts.cpp).
  add(verb::post, "/gezinnen/{id}/accounts", "page.family.accounts.invite", true, Auth::kPage,
      [s](http::Request& req) { return InviteMemberSubmit(*s, req); });
  add(verb::post, "/gezinnen/{id}/accounts/{account}/beeindigen", "page.family.accounts.revoke",
      true, Auth::kPage, [s](http::Request& req) { return RevokeAccountSubmit(*s, req); });
  // The forms on the entry cards (page_entry_actions.cpp): withholding and the answers.
  add(verb::post, "/gezinnen/{id}/aantekeningen/{entry_id}/achterhouden", "page.family.withhold",
      true, Auth::kPage, [s, c](http::Request& req) { return WithholdSubmit(*s, *c, req); });
  add(verb::post, "/gezinnen/{id}/achterhoudingen/{withholding_id}/verlengen",
      "page.family.withholding.renew", true, Auth::kPage,
      [s, c](http::Request& req) { return RenewSubmit(*s, *c, req); });
  add(verb::post, "/gezinnen/{id}/achterhoudingen/{withholding_id}/opheffen",
      "page.family.withholding.lift", true, Auth::kPage,
      [s, c](http::Request& req) { return LiftSubmit(*s, *c, req); });
  add(verb::post, "/gezinnen/{id}/bezwaren/{objection_id}/antwoord", "page.family.objection.answer",
      true, Auth::kPage, [s, c](http::Request& req) { return AnswerObjectionSubmit(*s, *c, req); });
  add(verb::post, "/gezinnen/{id}/correcties/{reaction_id}/antwoord",
      "page.family.correction.answer", true, Auth::kPage,
      [s, c](http::Request& req) { return AnswerCorrectionSubmit(*s, *c, req); });

  // The family's own pages (issue 3, page_ons_gezin.cpp). Code login: like /login, no session
  // yet, so an Origin/Referer check stands in for CSRF.
  add(verb::get, "/inloggen/code", "page.code_login.form", false, Auth::kPublic,
      [](http::Request& req) { return CodeLoginForm(req); });
  add(verb::post, "/inloggen/code", "page.code_login.send", true, Auth::kPublic,
      [s](http::Request& req) { return CodeRequestSubmit(*s, req); });
  add(verb::post, "/inloggen/code/controleren", "page.code_login", true, Auth::kPublic,
      [s](http::Request& req) { return CodeLoginSubmit(*s, req); });
  add(verb::get, "/ons-gezin", "page.ons_gezin", false, Auth::kPage,
      [s](http::Request& req) { return OnsGezinPage(*s, req, false); });
  add(verb::get, "/ons-gezin/afdrukken", "page.ons_gezin.print", false, Auth::kPage,
      [s](http::Request& req) { return OnsGezinPage(*s, req, true); });
  add(verb::get, "/ons-gezin/download.json", "page.ons_gezin.download", false, Auth::kPage,
      [s](http::Request& req) { return OnsGezinDownload(*s, req); });
  // Issue 13 item 3: the family's own copy as PDF, on the page session and for the API (the
  // PDF is built here, where its texts are; errors on the API route are the API's JSON).
  add(verb::get, "/ons-gezin/kopie.pdf", "page.ons_gezin.copy_pdf", false, Auth::kPage,
      [s](http::Request& req) { return OnsGezinCopyPdf(*s, req); });
  add(verb::get, "/api/v1/families/{id}/copy.pdf", "api.families.copy_pdf", false, Auth::kApi,
      [s](http::Request& req) { return ApiFamilyCopyPdf(*s, req); });
  add(verb::get, "/ons-gezin/inzage", "page.ons_gezin.access_log", false, Auth::kPage,
      [s](http::Request& req) { return FamilyAccessLogPage(*s, req); });
  // A young person's (16+) consent (page_consent.cpp).
  add(verb::post, "/ons-gezin/toestemming", "page.ons_gezin.consent.give", true, Auth::kPage,
      [s](http::Request& req) { return GiveConsentSubmit(*s, req); });
  add(verb::post, "/ons-gezin/toestemming/{consent}/intrekken", "page.ons_gezin.consent.end", true,
      Auth::kPage, [s](http::Request& req) { return EndConsentSubmit(*s, req); });
  add(verb::post, "/ons-gezin/aantekeningen/{entry_id}/reacties", "page.ons_gezin.react", true,
      Auth::kPage, [s](http::Request& req) { return ReactSubmit(*s, req); });
  add(verb::post, "/ons-gezin/achterhoudingen/{withholding_id}/bezwaar", "page.ons_gezin.object",
      true, Auth::kPage, [s](http::Request& req) { return ObjectSubmit(*s, req); });

  // Issue 10: the household and who is involved (page_household.cpp).
  add(verb::get, "/gezinnen/{id}/huishouden", "page.family.household", false, Auth::kPage,
      [s](http::Request& req) { return HouseholdPage(*s, req); });
  add(verb::post, "/gezinnen/{id}/huishouden/leden", "page.family.household.add", true, Auth::kPage,
      [s](http::Request& req) { return AddMemberSubmit(*s, req); });
  add(verb::post, "/gezinnen/{id}/huishouden/vertrek", "page.family.household.left", true,
      Auth::kPage, [s](http::Request& req) { return MemberLeftSubmit(*s, req); });
  add(verb::post, "/gezinnen/{id}/huishouden/geboortedatum", "page.family.household.birth_date",
      true, Auth::kPage, [s](http::Request& req) { return BirthDateSubmit(*s, req); });
  add(verb::post, "/gezinnen/{id}/huishouden/gezag", "page.family.household.custody", true,
      Auth::kPage, [s](http::Request& req) { return CustodySubmit(*s, req); });
  add(verb::post, "/gezinnen/{id}/huishouden/betrokkenen", "page.family.involvements.add", true,
      Auth::kPage, [s](http::Request& req) { return JoinSubmit(*s, req); });
  add(verb::post, "/gezinnen/{id}/huishouden/betrokkenen/{user}/beeindigen",
      "page.family.involvements.end", true, Auth::kPage,
      [s](http::Request& req) { return EndInvolvementSubmit(*s, req); });
  // Issue 10: the handover of the fixed face: the lead's forms on the household page, and the
  // handovers offered to a professional (page_handover.cpp).
  add(verb::post, "/gezinnen/{id}/huishouden/overdracht", "page.family.handover.propose", true,
      Auth::kPage, [s](http::Request& req) { return ProposeHandoverSubmit(*s, req); });
  add(verb::post, "/gezinnen/{id}/huishouden/overdracht/{handover}/intrekken",
      "page.family.handover.withdraw", true, Auth::kPage,
      [s](http::Request& req) { return WithdrawHandoverSubmit(*s, req); });
  add(verb::get, "/overdrachten", "page.handovers", false, Auth::kPage,
      [s](http::Request& req) { return HandoversPage(*s, req); });
  add(verb::post, "/overdrachten/{id}/{handover}/aannemen", "page.handovers.accept", true,
      Auth::kPage, [s](http::Request& req) { return AcceptHandoverSubmit(*s, req); });
  add(verb::post, "/overdrachten/{id}/{handover}/afwijzen", "page.handovers.decline", true,
      Auth::kPage, [s](http::Request& req) { return DeclineHandoverSubmit(*s, req); });
  // Issue 14: a professional's own tokens and sessions (page_account.cpp), and the
  // administrator's pages for professional accounts (page_admin.cpp).
  add(verb::get, "/mijn-account", "page.account", false, Auth::kPage,
      [s](http::Request& req) { return AccountPage(*s, req); });
  add(verb::post, "/mijn-account/sleutels", "page.account.tokens.create", true, Auth::kPage,
      [s](http::Request& req) { return IssueTokenSubmit(*s, req); });
  add(verb::post, "/mijn-account/sleutels/{id}/intrekken", "page.account.tokens.revoke", true,
      Auth::kPage, [s](http::Request& req) { return RevokeTokenSubmit(*s, req); });
  // Issue 14 item 2: the second login step (page_second_step.cpp). Starting changes
  // operational state only; confirming and turning off append one event each.
  add(verb::get, "/mijn-account/tweede-stap", "page.account.totp", false, Auth::kPage,
      [s](http::Request& req) { return SecondStepPage(*s, req); });
  add(verb::post, "/mijn-account/tweede-stap/starten", "page.account.totp.start", true, Auth::kPage,
      [s](http::Request& req) { return StartSecondStepSubmit(*s, req); });
  add(verb::post, "/mijn-account/tweede-stap/bevestigen", "page.account.totp.confirm", true,
      Auth::kPage, [s](http::Request& req) { return ConfirmSecondStepSubmit(*s, req); });
  add(verb::post, "/mijn-account/tweede-stap/uitzetten", "page.account.totp.disable", true,
      Auth::kPage, [s](http::Request& req) { return DisableSecondStepSubmit(*s, req); });
  add(verb::get, "/beheer", "page.admin", false, Auth::kPage,
      [s](http::Request& req) { return AdminPage(*s, req); });
  add(verb::post, "/beheer/accounts", "page.admin.users.create", true, Auth::kPage,
      [s](http::Request& req) { return AdminCreateUserSubmit(*s, req); });
  add(verb::get, "/beheer/accounts/{id}", "page.admin.user", false, Auth::kPage,
      [s](http::Request& req) { return AdminUserPage(*s, req); });
  add(verb::post, "/beheer/accounts/{id}/uitzetten", "page.admin.users.disable", true, Auth::kPage,
      [s](http::Request& req) { return AdminDisableSubmit(*s, req); });
  add(verb::post, "/beheer/accounts/{id}/aanzetten", "page.admin.users.enable", true, Auth::kPage,
      [s](http::Request& req) { return AdminEnableSubmit(*s, req); });
  add(verb::post, "/beheer/accounts/{id}/team", "page.admin.users.team", true, Auth::kPage,
      [s](http::Request& req) { return AdminTeamSubmit(*s, req); });
  add(verb::post, "/beheer/accounts/{id}/sleutels/{token}/intrekken", "page.admin.tokens.revoke",
      true, Auth::kPage, [s](http::Request& req) { return AdminRevokeTokenSubmit(*s, req); });
  // Issue 14 item 1: a new password through a link, a lost second step, organisations and
  // teams (page_admin.cpp); the link's own page needs no login (page_password_reset.cpp).
  add(verb::post, "/beheer/accounts/{id}/wachtwoord-herstellen", "page.admin.users.password_reset",
      true, Auth::kPage, [s](http::Request& req) { return AdminPasswordResetSubmit(*s, req); });
  add(verb::post, "/beheer/accounts/{id}/tweede-stap-weghalen",
      "page.admin.users.second_step_reset", true, Auth::kPage,
      [s](http::Request& req) { return AdminSecondStepResetSubmit(*s, req); });
  add(verb::post, "/beheer/organisaties", "page.admin.organisations.create", true, Auth::kPage,
      [s](http::Request& req) { return AdminCreateOrganisationSubmit(*s, req); });
  add(verb::post, "/beheer/teams", "page.admin.teams.create", true, Auth::kPage,
      [s](http::Request& req) { return AdminCreateTeamSubmit(*s, req); });
  add(verb::post, "/beheer/teams/{id}/naam", "page.admin.teams.rename", true, Auth::kPage,
      [s](http::Request& req) { return AdminRenameTeamSubmit(*s, req); });
  add(verb::get, "/wachtwoord-herstellen/{token}", "page.password_reset.form", false, Auth::kPublic,
      [s](http::Request& req) { return PasswordResetPage(*s, req); });
  add(verb::post, "/wachtwoord-herstellen/{token}", "page.password_reset", true, Auth::kPublic,
      [s](http::Request& req) { return PasswordResetSubmit(*s, req); });
  // Issue 10 item 4: emergency access and the team lead's review of it (page_emergency.cpp).
  add(verb::get, "/noodtoegang", "page.emergency", false, Auth::kPage,
      [s](http::Request& req) { return EmergencyPage(*s, req); });
  add(verb::post, "/noodtoegang", "page.emergency.open", true, Auth::kPage,
      [s](http::Request& req) { return OpenEmergencySubmit(*s, req); });
  add(verb::post, "/noodtoegang/{id}/stoppen", "page.emergency.end", true, Auth::kPage,
      [s](http::Request& req) { return EndEmergencySubmit(*s, req); });
  add(verb::get, "/noodtoegang/beoordelen", "page.emergency.reviews", false, Auth::kPage,
      [s](http::Request& req) { return EmergencyReviewsPage(*s, req); });
  add(verb::post, "/noodtoegang/{id}/beoordelen", "page.emergency.review", true, Auth::kPage,
      [s](http::Request& req) { return ReviewEmergencySubmit(*s, req); });
  // Issue 10 item 7: what is due in the professional's files (page_my_work.cpp).
  add(verb::get, "/mijn-werk", "page.my_work", false, Auth::kPage,
      [s](http::Request& req) { return MyWorkPage(*s, req); });
  // Issue 10 item 6: ask to join a file from a match, and the lead's answer.
  add(verb::post, "/gezinnen/nieuw/toevoegen-vragen", "page.join_requests.ask", true, Auth::kPage,
      [s](http::Request& req) { return AskToJoinSubmit(*s, req); });
  add(verb::post, "/mijn-werk/verzoeken/{id}/{request}/aannemen", "page.join_requests.accept", true,
      Auth::kPage, [s](http::Request& req) { return AcceptJoinRequestSubmit(*s, req); });
  add(verb::post, "/mijn-werk/verzoeken/{id}/{request}/afwijzen", "page.join_requests.decline",
      true, Auth::kPage, [s](http::Request& req) { return DeclineJoinRequestSubmit(*s, req); });
  add(verb::get, "/mijn-werk/team", "page.my_work.team", false, Auth::kPage,
      [s](http::Request& req) { return TeamWorkPage(*s, req); });
  add(verb::post, "/beheer/teams/{id}/teamleider", "page.admin.teams.lead", true, Auth::kPage,
      [s](http::Request& req) { return AdminTeamLeadSubmit(*s, req); });
  // Issue 10 item 8: the digest choice and a family member's mail about new entries.
  add(verb::post, "/mijn-account/overzicht", "page.account.digest", true, Auth::kPage,
      [s](http::Request& req) { return DigestSubmit(*s, req); });
  add(verb::post, "/ons-gezin/meldingen", "page.ons_gezin.entry_mail", true, Auth::kPage,
      [s](http::Request& req) { return EntryMailSubmit(*s, req); });
  // Issue 10: network members (page_network.cpp): the family's page, the professional's
  // read-only view, and the network member's own page.
  add(verb::get, "/ons-gezin/naasten", "page.ons_gezin.network", false, Auth::kPage,
      [s](http::Request& req) { return NetworkPage(*s, req); });
  add(verb::post, "/ons-gezin/naasten", "page.ons_gezin.network.invite", true, Auth::kPage,
      [s](http::Request& req) { return InviteNetworkSubmit(*s, req); });
  add(verb::post, "/ons-gezin/naasten/toestemming/{consent}", "page.ons_gezin.network.change", true,
      Auth::kPage, [s](http::Request& req) { return ChangeNetworkSubmit(*s, req); });
  add(verb::post, "/ons-gezin/naasten/toestemming/{consent}/stoppen", "page.ons_gezin.network.end",
      true, Auth::kPage, [s](http::Request& req) { return EndNetworkSubmit(*s, req); });
  add(verb::get, "/gezinnen/{id}/naasten", "page.family.network", false, Auth::kPage,
      [s](http::Request& req) { return FamilyNetworkPage(*s, req); });
  add(verb::post, "/gezinnen/{id}/naasten/toestemming/{consent}/stoppen",
      "page.family.network.stop", true, Auth::kPage,
      [s](http::Request& req) { return StopNetworkSubmit(*s, req); });
  // Issue 11: the safety map (page_safety_map.cpp): the professionals' page on the file and
  // the family's on Ons gezin.
  add(verb::get, "/gezinnen/{id}/veiligheid", "page.family.safety_map", false, Auth::kPage,
      [s](http::Request& req) { return SafetyMapPage(*s, req, false); });
  add(verb::post, "/gezinnen/{id}/veiligheid/ronde", "page.family.safety_map.round", true,
      Auth::kPage, [s](http::Request& req) { return SafetyRoundSubmit(*s, req); });
  for (const char* form : {"antwoord", "oneens", "zorg", "goed", "doel"}) {
    add(verb::post, "/gezinnen/{id}/veiligheid/" + std::string(form),
        "page.family.safety_map." + std::string(form), true, Auth::kPage,
        [s, form](http::Request& req) { return SafetyMapSubmit(*s, req, false, form); });
  }
  add(verb::get, "/ons-gezin/veiligheid", "page.ons_gezin.safety_map", false, Auth::kPage,
      [s](http::Request& req) { return SafetyMapPage(*s, req, true); });
  for (const char* form : {"antwoord", "oneens"}) {
    add(verb::post, "/ons-gezin/veiligheid/" + std::string(form),
        "page.ons_gezin.safety_map." + std::string(form), true, Auth::kPage,
        [s, form](http::Request& req) { return SafetyMapSubmit(*s, req, true, form); });
  }
  // Issue 11 item 5: the child's own words (page_child_voice.cpp).
  add(verb::get, "/gezinnen/{id}/eigen-woorden", "page.family.child_voice", false, Auth::kPage,
      [s](http::Request& req) { return ChildVoicePage(*s, req, false); });
  for (const char* form : {"woorden", "uitleg"}) {
    add(verb::post, "/gezinnen/{id}/eigen-woorden/" + std::string(form),
        "page.family.child_voice." + std::string(form), true, Auth::kPage,
        [s, form](http::Request& req) { return ChildVoiceSubmit(*s, req, false, form); });
  }
  add(verb::get, "/ons-gezin/eigen-woorden", "page.ons_gezin.child_voice", false, Auth::kPage,
      [s](http::Request& req) { return ChildVoicePage(*s, req, true); });
  for (const char* form : {"woorden", "delen"}) {
    add(verb::post, "/ons-gezin/eigen-woorden/" + std::string(form),
        "page.ons_gezin.child_voice." + std::string(form), true, Auth::kPage,
        [s, form](http::Request& req) { return ChildVoiceSubmit(*s, req, true, form); });
  }
  // Issue 11 item 2: the family's own plan first (page_plan.cpp): the professionals' page on
  // the file and the family's on Ons gezin, each with the compare of two versions.
  add(verb::get, "/gezinnen/{id}/plan", "page.family.plan", false, Auth::kPage,
      [s](http::Request& req) { return FamilyPlanPage(*s, req, false); });
  add(verb::get, "/gezinnen/{id}/plan/vergelijk", "page.family.plan.compare", false, Auth::kPage,
      [s](http::Request& req) { return PlanComparePage(*s, req, false); });
  for (const char* form : {"aanbod", "uitkomst", "voorwaarden", "reactie", "versie"}) {
    add(verb::post, "/gezinnen/{id}/plan/" + std::string(form),
        "page.family.plan." + std::string(form), true, Auth::kPage,
        [s, form](http::Request& req) { return FamilyPlanSubmit(*s, req, false, form); });
  }
  add(verb::get, "/ons-gezin/plan", "page.ons_gezin.plan", false, Auth::kPage,
      [s](http::Request& req) { return FamilyPlanPage(*s, req, true); });
  add(verb::get, "/ons-gezin/plan/vergelijk", "page.ons_gezin.plan.compare", false, Auth::kPage,
      [s](http::Request& req) { return PlanComparePage(*s, req, true); });
  add(verb::post, "/ons-gezin/plan/versie", "page.ons_gezin.plan.versie", true, Auth::kPage,
      [s](http::Request& req) { return FamilyPlanSubmit(*s, req, true, "versie"); });
  // Issue 11 items 3 and 4: meetings and feedback (page_meeting.cpp).
  add(verb::get, "/gezinnen/{id}/overleg", "page.family.meetings", false, Auth::kPage,
      [s](http::Request& req) { return MeetingsPage(*s, req, false); });
  add(verb::post, "/gezinnen/{id}/overleg/plannen", "page.family.meetings.plan", true, Auth::kPage,
      [s](http::Request& req) { return MeetingSubmit(*s, req, false, "plannen"); });
  add(verb::post, "/gezinnen/{id}/overleg/{meeting}/agenda", "page.family.meetings.agenda", true,
      Auth::kPage, [s](http::Request& req) { return MeetingSubmit(*s, req, false, "agenda"); });
  add(verb::post, "/gezinnen/{id}/overleg/{meeting}/verslag", "page.family.meetings.record", true,
      Auth::kPage, [s](http::Request& req) { return MeetingSubmit(*s, req, false, "verslag"); });
  add(verb::get, "/ons-gezin/overleg", "page.ons_gezin.meetings", false, Auth::kPage,
      [s](http::Request& req) { return MeetingsPage(*s, req, true); });
  add(verb::post, "/ons-gezin/overleg/{meeting}/agenda", "page.ons_gezin.meetings.agenda", true,
      Auth::kPage, [s](http::Request& req) { return MeetingSubmit(*s, req, true, "agenda"); });
  add(verb::post, "/ons-gezin/overleg/{meeting}/ervaring", "page.ons_gezin.meetings.feedback", true,
      Auth::kPage, [s](http::Request& req) { return MeetingSubmit(*s, req, true, "ervaring"); });
  // Issue 12: decisions and the second opinion (page_decision.cpp).
  add(verb::get, "/gezinnen/{id}/besluiten", "page.family.decisions", false, Auth::kPage,
      [s](http::Request& req) { return DecisionsPage(*s, req, false); });
  add(verb::post, "/gezinnen/{id}/besluiten", "page.family.decisions.draft", true, Auth::kPage,
      [s](http::Request& req) { return DecisionSubmit(*s, req, false, "besluit"); });
  for (const char* step : {"versie", "delen", "zienswijze", "tegenspraak", "nemen"}) {
    add(verb::post, "/gezinnen/{id}/besluiten/{decision_id}/" + std::string(step),
        "page.family.decisions." + std::string(step), true, Auth::kPage,
        [s, step](http::Request& req) { return DecisionSubmit(*s, req, false, step); });
  }
  add(verb::get, "/ons-gezin/besluiten", "page.ons_gezin.decisions", false, Auth::kPage,
      [s](http::Request& req) { return DecisionsPage(*s, req, true); });
  add(verb::post, "/ons-gezin/besluiten/{decision_id}/zienswijze",
      "page.ons_gezin.decisions.zienswijze", true, Auth::kPage,
      [s](http::Request& req) { return DecisionSubmit(*s, req, true, "zienswijze"); });
  add(verb::post, "/ons-gezin/wisselen/{account}", "page.ons_gezin.switch", true, Auth::kPage,
      [s](http::Request& req) { return SwitchFamilySubmit(*s, req); });
  // Issue 12 item 3: court measures and their deadlines (page_measure.cpp).
  add(verb::get, "/gezinnen/{id}/maatregelen", "page.family.measures", false, Auth::kPage,
      [s](http::Request& req) { return MeasuresPage(*s, req, false); });
  add(verb::post, "/gezinnen/{id}/maatregelen", "page.family.measures.record", true, Auth::kPage,
      [s](http::Request& req) { return MeasureSubmit(*s, req, "maatregel"); });
  for (const std::string_view step : {"verlengen", "beeindigen", "termijn"}) {
    add(verb::post, "/gezinnen/{id}/maatregelen/{measure}/" + std::string(step),
        "page.family.measures." + std::string(step), true, Auth::kPage,
        [s, step](http::Request& req) { return MeasureSubmit(*s, req, step); });
  }
  add(verb::get, "/ons-gezin/maatregelen", "page.ons_gezin.measures", false, Auth::kPage,
      [s](http::Request& req) { return MeasuresPage(*s, req, true); });
  // Issue 14 item 3: keeping and destroying, the legal hold (page_retention.cpp).
  add(verb::get, "/gezinnen/{id}/bewaren", "page.family.retention", false, Auth::kPage,
      [s](http::Request& req) { return RetentionPage(*s, req); });
  add(verb::post, "/gezinnen/{id}/bewaren", "page.family.retention.hold", true, Auth::kPage,
      [s](http::Request& req) { return LegalHoldSubmit(*s, req); });
  // Issue 14 item 3 part C: the family's request to destroy (page_destruction.cpp).
  add(verb::post, "/gezinnen/{id}/bewaren/verzoeken/{request_id}", "page.family.retention.answer",
      true, Auth::kPage, [s](http::Request& req) { return DestructionAnswerSubmit(*s, req); });
  add(verb::get, "/ons-gezin/vernietigen", "page.ons_gezin.destruction", false, Auth::kPage,
      [s](http::Request& req) { return DestructionFamilyPage(*s, req); });
  add(verb::post, "/ons-gezin/vernietigen", "page.ons_gezin.destruction.ask", true, Auth::kPage,
      [s](http::Request& req) { return DestructionAskSubmit(*s, req); });
  add(verb::get, "/gedeeld", "page.shared", false, Auth::kPage,
      [s](http::Request& req) { return SharedPage(*s, req); });
}

void AddDemoRoutes(http::Router& router, std::function<std::vector<app::Mail>()> read_outbox) {
  router.Add(http::Route{
      verb::get, "/demo", "page.demo", false, Auth::kPublic,
      [read = std::move(read_outbox)](http::Request& req) { return DemoOutboxPage(read, req); }});
}

}  // namespace stip::web
