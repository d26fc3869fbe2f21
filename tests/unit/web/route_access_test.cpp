// Every route of the route table (JSON API, HTML pages, demo page) against every role, through
// the real dispatcher, app and access engine on a temporary SQLite store. A route that is added
// without a line in kExpected fails this test: decide who may call it first.
#include <filesystem>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "app/outbox.h"
#include "app/stip.h"
#include "app/system.h"
#include "domain/local_time.h"
#include "http/api.h"
#include "http/cookies.h"
#include "http/dispatch.h"
#include "http/metrics.h"
#include "store/open.h"
#include "support/fakes.h"
#include "web/pages.h"

namespace stip::web {
namespace {

namespace json = boost::json;
using boost::beast::http::verb;

enum Role {
  kAnon,
  kLead,
  kDuo,
  kColleague,
  kAdmin,
  kParent,
  kParentNoCustody,
  kChild13,
  kYoung16,
  kOtherAdult,
  kRoles
};
constexpr const char* kRoleNames[] = {"anonymous", "lead",       "duo",       "uninvolved",
                                      "admin",     "parent",     "parent_nc", "child_13",
                                      "young_16",  "other_adult"};

// Y allowed (not 401/403/404, not sent to the login page); L must log in (API 401, page 303
// to /login?next=); F 403; N 404 (the file's existence is private); R redirected elsewhere
// (303, not to the login page); P public (anything below 500); ? not decided yet (below 500).
using Expect = std::array<char, kRoles>;
struct Line {
  const char* route;
  const char* expect;  // one letter per role, in Role order
};

// anon lead duo colleague admin parent parent_nc child13 young16 other_adult
constexpr Line kExpected[] = {
    {"ops.healthz", "PPPPPPPPPP"},
    {"ops.metrics", "PPPPPPPPPP"},
    {"api.openapi", "PPPPPPPPPP"},
    {"api.session.create", "PPPPPPPPPP"},
    {"api.session.delete", "LYYYYYYYYY"},
    {"api.me", "LYYYYYYYYY"},
    {"api.tokens.create", "LYYYYFFFFF"},
    {"api.professionals.list", "LYYYYFFFFF"},
    {"api.families.create", "LYYFFFFFFF"},
    {"api.families.list", "LYYYYYYYYY"},
    {"api.families.get", "LYYNNYFYYY"},
    {"api.entries.create", "LYYNNFFFFF"},
    {"api.access_log.get", "LYYNNYFYYY"},
    {"api.accounts.invite", "LYFNNFFFFF"},
    {"api.family_session.code", "PPPPPPPPPP"},
    {"api.family_session.create", "PPPPPPPPPP"},
    {"api.consents.create", "LFFNNFFFYF"},
    {"api.consents.delete", "LFFNNFFFYF"},
    {"api.families.home", "LFFFFYYYYY"},
    {"api.families.export", "LFFFFYYYYY"},
    {"api.families.copy_pdf", "LFFFFYYYYY"},     // issue 13 item 3: the copy as PDF
    {"api.plain_language.check", "LYYYYFFFFF"},  // advice for writers: professionals only
    {"page.home", "PPPPPPPPPP"},
    {"page.asset", "PPPPPPPPPP"},
    {"page.login.form", "PPPPPPPPPP"},
    {"page.login", "PPPPPPPPPP"},
    {"page.logout", "LYYYYYYYYY"},
    {"page.families.list", "LYYYYRRRRR"},
    {"page.families.new", "LYYYYFFFFF"},
    {"page.families.create", "LYYYYFFFFF"},
    {"page.family", "LYYNNYFYYY"},
    {"page.family.entries.add", "LYYNNFFFFF"},
    {"page.family.access_log", "LYYNNYFYYY"},
    // The forms on the entry cards (page_entry_actions.cpp). Withhold, renew and lift: the
    // involved professionals (the duo's second try is refused with 422, still allowed); the
    // objection is answered by the duo, never by the lead who decided the withholding.
    {"page.family.withhold", "LYYNNFFFFF"},
    {"page.family.withholding.renew", "LYYNNFFFFF"},
    {"page.family.withholding.lift", "LYYNNFFFFF"},
    {"page.family.objection.answer", "LFYNNFFFFF"},
    {"page.family.correction.answer", "LYYNNFFFFF"},
    {"page.code_login.form", "PPPPPPPPPP"},
    {"page.code_login.send", "PPPPPPPPPP"},
    {"page.code_login", "PPPPPPPPPP"},
    {"page.ons_gezin", "LRRRRYYYYY"},
    {"page.ons_gezin.print", "LRRRRYYYYY"},
    {"page.ons_gezin.download", "LRRRRYYYYY"},
    {"page.ons_gezin.copy_pdf", "LRRRRYYYYY"},
    {"page.ons_gezin.access_log", "LRRRRYFYYY"},
    // Reacting: everyone who may read the entry, not the parent with the summary only. The
    // objection: only the one it is withheld from (others: it does not exist for them).
    {"page.ons_gezin.react", "LFFFFYFYYY"},
    {"page.ons_gezin.object", "LFFFFYFNNN"},
    {"page.demo", "PPPPPPPPPP"},
    {"page.glossary", "PPPPPPPPPP"},
    // Ending a family member's account: the lead only (the engine's kInviteMember).
    {"api.accounts.revoke", "LYFNNFFFFF"},
    {"page.family.accounts.invite", "LYFNNFFFFF"},
    {"page.family.accounts.revoke", "LYFNNFFFFF"},
    // Consent is the young person's (16+); professionals are sent to their own pages.
    {"page.ons_gezin.consent.give", "LRRRRFFFYF"},
    {"page.ons_gezin.consent.end", "LRRRRFFFYF"},
    // Reactions: family members who may read the entry; a parent without custody has the
    // summary only. Answering corrections, withholding: involved professionals.
    {"api.reactions.create", "LFFNNYFYYY"},
    {"api.corrections.answer", "LYYNNFFFFF"},
    {"api.withholdings.create", "LYYNNFFFFF"},
    {"api.withholdings.renew", "LYYNNFFFFF"},
    {"api.withholdings.lift", "LYYNNFFFFF"},
    // Only the member it is withheld from (Pia) objects; to other members it does not exist.
    {"api.objections.create", "LFFNNYFNNN"},
    // A second professional answers: not the lead, who decided the withholding.
    {"api.objections.answer", "LFYNNFFFFF"},
    // Issue 10. The household: the lead and the duo change it and read it; the family reads
    // the changes on "Ons gezin" (403 here). Who joins or is ended: the lead's; the duo is
    // refused (403) for another's involvement.
    {"api.household.get", "LYYNNFFFFF"},
    {"api.members.create", "LYYNNFFFFF"},
    {"api.members.left", "LYYNNFFFFF"},
    {"api.members.birth_date", "LYYNNFFFFF"},
    {"api.custody.set", "LYYNNFFFFF"},
    {"api.involvements.create", "LYFNNFFFFF"},
    {"api.involvements.end", "LYFNNFFFFF"},
    {"page.family.household", "LYYNNFFFFF"},
    {"page.family.household.add", "LYYNNFFFFF"},
    {"page.family.household.left", "LYYNNFFFFF"},
    {"page.family.household.birth_date", "LYYNNFFFFF"},
    {"page.family.household.custody", "LYYNNFFFFF"},
    {"page.family.involvements.add", "LYFNNFFFFF"},
    {"page.family.involvements.end", "LYFNNFFFFF"},
    // Issue 14. Tokens: a professional's own (another's token does not exist for them; an
    // administrator may revoke anyone's). Administration: administrators only.
    {"api.tokens.list", "LYYYYFFFFF"},
    {"api.tokens.revoke", "LYNNYFFFFF"},
    {"api.users.list", "LFFFYFFFFF"},
    {"api.users.create", "LFFFYFFFFF"},
    {"api.users.disable", "LFFFYFFFFF"},
    {"api.users.enable", "LFFFYFFFFF"},
    {"api.users.team", "LFFFYFFFFF"},
    {"api.users.access", "LFFFYFFFFF"},
    {"page.account", "LYYYYRRRRR"},
    {"page.account.tokens.create", "LYYYYRRRRR"},
    {"page.account.tokens.revoke", "LYNNYRRRRR"},
    // Issue 14 item 1: a reset link, a lost second step, organisations and teams: administrators
    // only. The link's own page is public (whoever has the link; an unknown one is 404).
    {"api.users.password_reset", "LFFFYFFFFF"},
    {"api.users.second_step_reset", "LFFFYFFFFF"},
    {"api.organisations.list", "LFFFYFFFFF"},
    {"api.organisations.create", "LFFFYFFFFF"},
    {"api.teams.create", "LFFFYFFFFF"},
    {"api.teams.rename", "LFFFYFFFFF"},
    {"page.admin.users.password_reset", "LFFFYFFFFF"},
    {"page.admin.users.second_step_reset", "LFFFYFFFFF"},
    {"page.admin.organisations.create", "LFFFYFFFFF"},
    {"page.admin.teams.create", "LFFFYFFFFF"},
    {"page.admin.teams.rename", "LFFFYFFFFF"},
    {"page.password_reset.form", "PPPPPPPPPP"},
    {"page.password_reset", "PPPPPPPPPP"},
    {"page.admin", "LFFFYFFFFF"},
    {"page.admin.users.create", "LFFFYFFFFF"},
    {"page.admin.user", "LFFFYFFFFF"},
    {"page.admin.users.disable", "LFFFYFFFFF"},
    {"page.admin.users.enable", "LFFFYFFFFF"},
    {"page.admin.users.team", "LFFFYFFFFF"},
    {"page.admin.tokens.revoke", "LFFFYFFFFF"},
    // Issue 14 item 2: the second login step is each professional's own (a code that is not
    // right is a 400, nothing to confirm or turn off a 422: both allowed); family members have
    // none (API 403, pages send them to their own).
    {"api.totp.get", "LYYYYFFFFF"},
    {"api.totp.start", "LYYYYFFFFF"},
    {"api.totp.confirm", "LYYYYFFFFF"},
    {"api.totp.disable", "LYYYYFFFFF"},
    {"page.account.totp", "LYYYYRRRRR"},
    {"page.account.totp.start", "LYYYYRRRRR"},
    {"page.account.totp.confirm", "LYYYYRRRRR"},
    {"page.account.totp.disable", "LYYYYRRRRR"},
    // Issue 13: who would read an entry before it is saved: whoever may add entries.
    {"api.entries.readers_preview", "LYYNNFFFFF"},
    // Issue 10 item 7: my work is each professional's own (an administrator's is empty); a
    // family member is sent to their own page (API: 403).
    {"api.my_work.get", "LYYYYFFFFF"},
    {"page.my_work", "LYYYYRRRRR"},
    // The team lead's view (empty for a professional who leads no team); naming a team lead is
    // for administrators.
    {"api.my_work.team", "LYYYYFFFFF"},
    {"page.my_work.team", "LYYYYRRRRR"},
    {"api.teams.lead", "LFFFYFFFFF"},
    {"page.admin.teams.lead", "LFFFYFFFFF"},
    // Issue 10 item 8: a professional's own digest; a family member's own mail choice.
    {"api.digest.get", "LYYYFFFFFF"},  // administrators get no digest: not offered either
    {"api.digest.set", "LYYYFFFFFF"},
    {"api.entry_mail.get", "LFFFFYYYYY"},
    // On only for who reads entries: a parent without custody reads the summary (403).
    {"api.entry_mail.set", "LFFFFYFYYY"},
    {"page.account.digest", "LYYYFRRRRR"},
    {"page.ons_gezin.entry_mail", "LRRRRYFYYY"},
    // Issue 10: one address with accounts in several families: a family or network member's
    // own list, and changing to one of their own accounts only (another's account: 404).
    {"api.me.families", "LFFFFYYYYY"},
    {"api.me.families.switch", "LFFFFNNNNN"},
    {"page.ons_gezin.switch", "LNNNNNNNNN"},
    // Issue 10: network members. Who can see what: who reads the file (not a parent without
    // custody, who has the summary only; a 16+ sees their own network alone). Sharing:
    // a parent with custody (Pia) or a young person of 16+ (Yara); a consent is its giver's
    // (Pia's here: to others it does not exist). The shared page is the network member's only.
    {"api.network.get", "LYYNNYFYYY"},
    {"api.network.invite", "LFFNNYFFYF"},
    {"api.network.consent.change", "LFFNNYFFNF"},
    {"api.network.consent.end", "LFFNNYNNNN"},
    // The lead stops a consent for the child's safety (a consent of its own here).
    {"api.network.consent.stop", "LYFNNFFFFF"},
    {"api.shared.get", "LNNNNNNNNN"},
    {"page.ons_gezin.network", "LRRRRYFYYY"},
    {"page.ons_gezin.network.invite", "LNNNNYFFYF"},
    {"page.ons_gezin.network.change", "LNNNNYFFNF"},
    {"page.ons_gezin.network.end", "LNNNNYNNNN"},
    {"page.family.network", "LYYNNNNNNN"},
    // The lead's page form to stop a consent (the duo is refused; to the family it is no page).
    {"page.family.network.stop", "LYFNNNNNNN"},
    {"page.shared", "LNNNNNNNNN"},
    // Issue 10: the handover of the fixed face, each route on a family of its own (the family
    // members above have no standing there: 404). Proposing and withdrawing: the lead (the duo
    // is refused); accepting and declining: only the colleague it is offered to (to everyone
    // else it does not exist). The list of offers: every professional.
    {"api.handovers.offered", "LYYYYFFFFF"},
    {"api.handovers.propose", "LYFNNNNNNN"},
    {"api.handovers.accept", "LNNYNNNNNN"},
    {"api.handovers.decline", "LNNYNNNNNN"},
    {"api.handovers.withdraw", "LYFNNNNNNN"},
    {"page.family.handover.propose", "LYFNNNNNNN"},
    {"page.family.handover.withdraw", "LYFNNNNNNN"},
    {"page.handovers", "LYYYYRRRRR"},
    {"page.handovers.accept", "LNNYNNNNNN"},
    {"page.handovers.decline", "LNNYNNNNNN"},
    // Issue 11: the safety map. Read and answered by whoever reads the file (not a parent
    // without custody: the summary only); the map's rounds, worries, strengths and goals are
    // the involved professionals'. The professionals' page is theirs (a family member: 404);
    // the family's page is on Ons gezin (professionals are sent to their own pages).
    {"api.safety_map.get", "LYYNNYFYYY"},
    {"api.safety_map.round", "LYYNNFFFFF"},
    {"api.safety_map.danger", "LYYNNFFFFF"},
    {"api.safety_map.strength", "LYYNNFFFFF"},
    {"api.safety_map.goal", "LYYNNFFFFF"},
    {"api.safety_map.disagreement", "LYYNNYFYYY"},
    {"api.safety_map.score", "LYYNNYFYYY"},
    {"page.family.safety_map", "LYYNNNNNNN"},
    {"page.family.safety_map.round", "LYYNNNNNNN"},
    {"page.family.safety_map.antwoord", "LYYNNNNNNN"},
    {"page.family.safety_map.oneens", "LYYNNNNNNN"},
    {"page.family.safety_map.zorg", "LYYNNNNNNN"},
    {"page.family.safety_map.goed", "LYYNNNNNNN"},
    {"page.family.safety_map.doel", "LYYNNNNNNN"},
    {"page.ons_gezin.safety_map", "LRRRRYFYYY"},
    {"page.ons_gezin.safety_map.antwoord", "LRRRRYFYYY"},
    {"page.ons_gezin.safety_map.oneens", "LRRRRYFYYY"},
    // Issue 11 item 5: the child's own words. Read by whoever has standing in the file (a
    // parent without custody: no); written by a child of 12+ for themself or by an involved
    // professional with the child (Yara names Tim: 400, still allowed to ask); the sharing of
    // Tim's words (shared with the parents) changed by Tim or, only narrowing, a professional:
    // Pia reads it but may not change it, for Nico, Yara and Oma it does not exist. Tim's
    // explanation: the professionals, Tim and Pia (custody) read it; the lead and the duo write.
    {"api.child_voice.list", "LYYNNYFYYY"},
    {"api.child_voice.write", "LYYNNFFYYF"},
    {"api.child_voice.sharing", "LYYNNFNYNN"},
    {"api.child_explanation.get", "LYYNNYFYFF"},
    {"api.child_explanation.write", "LYYNNFFFFF"},
    {"page.family.child_voice", "LYYNNNNNNN"},
    {"page.family.child_voice.woorden", "LYYNNNNNNN"},
    {"page.family.child_voice.uitleg", "LYYNNNNNNN"},
    {"page.ons_gezin.child_voice", "LRRRRYFYYY"},
    {"page.ons_gezin.child_voice.woorden", "LRRRRFFYYF"},
    {"page.ons_gezin.child_voice.delen", "LRRRRFNYNN"},
    // Issue 11 item 2: the family's own plan first. Read by whoever reads the file (not a
    // parent without custody); the offer and the conditions are the lead's and the duo's;
    // a version is written by the family (a parent with custody, a child of 12+; not another
    // adult) and never by a professional, who comments.
    {"api.plan.get", "LYYNNYFYYY"},
    {"api.plan.compare", "LYYNNYFYYY"},
    {"api.plan.offer", "LYYNNFFFFF"},
    {"api.plan.outcome", "LYYNNFFFFF"},
    {"api.plan.version", "LFFNNYFYYF"},
    {"api.plan.conditions", "LYYNNFFFFF"},
    {"api.plan.comment", "LYYNNFFFFF"},
    {"page.family.plan", "LYYNNNNNNN"},
    {"page.family.plan.compare", "LYYNNNNNNN"},
    {"page.family.plan.aanbod", "LYYNNNNNNN"},
    {"page.family.plan.uitkomst", "LYYNNNNNNN"},
    {"page.family.plan.voorwaarden", "LYYNNNNNNN"},
    {"page.family.plan.reactie", "LYYNNNNNNN"},
    {"page.family.plan.versie", "LFFNNNNNNN"},
    {"page.ons_gezin.plan", "LRRRRYFYYY"},
    {"page.ons_gezin.plan.compare", "LRRRRYFYYY"},
    {"page.ons_gezin.plan.versie", "LRRRRYFYYF"},
    // Issue 11 items 3 and 4: meetings. Read by whoever reads the file, and by a parent without
    // custody for the meetings they were at (none here: an empty list); planned and recorded by
    // the lead and the duo (the duo's second record of the same meeting is 422, still allowed);
    // the agenda by every member who reads the file and the involved professionals; feedback by
    // the members who were there (everyone here), never by professionals. The team's counts:
    // its professionals and its team lead (the lead leads the local team), not the duo of
    // another team, not an administrator.
    {"api.meetings.list", "LYYNNYYYYY"},
    {"api.meetings.plan", "LYYNNFFFFF"},
    {"api.meetings.agenda", "LYYNNYFYYY"},
    {"api.meetings.record", "LYYNNFFFFF"},
    {"api.meetings.feedback", "LFFNNYYYYY"},
    {"api.teams.meeting_feedback", "LYFYFFFFFF"},
    {"page.family.meetings", "LYYNNNNNNN"},
    {"page.family.meetings.plan", "LYYNNNNNNN"},
    {"page.family.meetings.agenda", "LYYNNNNNNN"},
    {"page.family.meetings.record", "LYYNNNNNNN"},
    {"page.ons_gezin.meetings", "LRRRRYYYYY"},
    {"page.ons_gezin.meetings.agenda", "LRRRRYFYYY"},
    {"page.ons_gezin.meetings.feedback", "LRRRRYYYYY"},
    // Issue 10 item 4: emergency access, each route on a family of its own. Opening: a
    // professional who is not involved (the colleague); the lead and the duo are involved there
    // (409, still allowed to ask); administrators and family members are refused. Ending: the
    // colleague's own use (to everyone else it does not exist). Judging: the lead, who leads
    // the colleague's team here; the colleague may not judge their own use (403).
    {"api.emergency.open", "LYYYFFFFFF"},
    {"api.emergency.mine", "LYYYYFFFFF"},
    {"api.emergency.end", "LNNYNFFFFF"},
    {"api.emergency.reviews", "LYYYYFFFFF"},
    {"api.emergency.review", "LYNFNFFFFF"},
    {"page.emergency", "LYYYYRRRRR"},
    {"page.emergency.open", "LYYYFFFFFF"},
    {"page.emergency.end", "LNNYNFFFFF"},
    {"page.emergency.reviews", "LYYYYRRRRR"},
    {"page.emergency.review", "LYNFNFFFFF"},
    // Issue 10 item 6: "al bekend?" is for professionals of a team; an administrator opens no
    // files and checks none, and a family member never asks about other families.
    {"api.known_elsewhere.check", "LYYYFFFFFF"},
    // Ask to join: only who got a match in the check may ask (here no one did: 404 for every
    // professional of a team); an administrator or a family member never asks. Answering is
    // the lead's (the duo is refused; on a file where the family members have no standing,
    // and without a request of that id, 404 for everyone else and for the lead too). The list
    // is every professional's own.
    {"api.join_requests.ask", "LNNNFFFFFF"},
    {"api.join_requests.list", "LYYYYFFFFF"},
    {"api.join_requests.accept", "LNFNNNNNNN"},
    {"api.join_requests.decline", "LNFNNNNNNN"},
    {"page.join_requests.ask", "LNNNFFFFFF"},
    {"page.join_requests.accept", "LNFNNNNNNN"},
    {"page.join_requests.decline", "LNFNNNNNNN"},
    // Issue 12: decisions. Read by whoever reads the file's entries (not a parent without
    // custody); drafted, changed and shared by the lead and the duo; a view by a family member
    // for themself, or taken down by the lead or the duo; the second opinion by a behavioural
    // scientist only (none of these roles: 403); taken by the decider named (the lead here,
    // refused with 422 for want of a second opinion: allowed to ask).
    {"api.decisions.list", "LYYNNYFYYY"},
    {"api.decisions.draft", "LYYNNFFFFF"},
    {"api.decisions.revise", "LYYNNFFFFF"},
    {"api.decisions.share", "LYYNNFFFFF"},
    {"api.decisions.view", "LYYNNYFYYY"},
    {"api.decisions.second_opinion", "LFFNNFFFFF"},
    {"api.decisions.take", "LYFNNFFFFF"},
    {"page.family.decisions", "LYYNNNNNNN"},
    {"page.family.decisions.draft", "LYYNNNNNNN"},
    {"page.family.decisions.versie", "LYYNNNNNNN"},
    {"page.family.decisions.delen", "LYYNNNNNNN"},
    {"page.family.decisions.zienswijze", "LYYNNNNNNN"},
    {"page.family.decisions.tegenspraak", "LFFNNNNNNN"},
    {"page.family.decisions.nemen", "LYFNNNNNNN"},
    {"page.ons_gezin.decisions", "LRRRRYFYYY"},
    {"page.ons_gezin.decisions.zienswijze", "LRRRRYFYYY"},
    // Issue 12 item 3: court measures. Read by whoever reads the file's entries (each family
    // member the measures concerning them; not a parent without custody); recorded, extended
    // and ended by the lead and the duo (a second end is refused with 422: allowed to ask).
    {"api.measures.list", "LYYNNYFYYY"},
    {"api.measures.record", "LYYNNFFFFF"},
    {"api.measures.extend", "LYYNNFFFFF"},
    {"api.measures.end", "LYYNNFFFFF"},
    // A deadline met: the lead and the duo (a second mark is refused with 422: allowed to ask).
    {"api.measures.deadline_done", "LYYNNFFFFF"},
    {"page.family.measures", "LYYNNNNNNN"},
    {"page.family.measures.record", "LYYNNNNNNN"},
    {"page.family.measures.verlengen", "LYYNNNNNNN"},
    {"page.family.measures.beeindigen", "LYYNNNNNNN"},
    {"page.family.measures.termijn", "LYYNNNNNNN"},
    {"page.ons_gezin.measures", "LRRRRYFYYY"},
    // Issue 14 item 3: retention and the legal hold. Read by the involved professionals (never
    // the family: 404); the hold is set and lifted by the lead (also team lead here), or the team
    // lead of the lead's team: the duo is refused (403), anyone else does not see the file.
    {"api.retention.read", "LYYNNNNNNN"},
    {"api.legal_hold.set", "LYFNNNNNNN"},
    {"api.legal_hold.lift", "LYFNNNNNNN"},
    {"page.family.retention", "LYYNNNNNNN"},
    {"page.family.retention.hold", "LYFNNNNNNN"},
    // Issue 14 item 3 part C: the family's request to destroy. Listed by the involved
    // professionals and by every family member (their own); asked by every family member who
    // is 12 or older (a second open request is 409: allowed to ask; the own data also for a
    // parent without custody), never by a professional (involved: 403); answered by the lead
    // (the duo: 403). The family's page sends professionals home.
    {"api.destruction_requests.list", "LYYNNYYYYY"},
    {"api.destruction_requests.create", "LFFNNYYYYY"},
    {"api.destruction_requests.answer", "LYFNNNNNNN"},
    {"page.family.retention.answer", "LYFNNNNNNN"},
    {"page.ons_gezin.destruction", "LRRRRYYYYY"},
    {"page.ons_gezin.destruction.ask", "LRRRRYYYYY"},
};

class NullOutbox final : public app::Outbox {
 public:
  domain::Status Send(const app::Mail&) override { return {}; }
};

class RouteAccessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("stip-routes-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<app::Stip>(*store_, clock_, ids_);
    stip_->SetOutbox(outbox_);
    const app::Principal cli = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(cli, "Gemeente Testdorp");
    auto local = *stip_->CreateTeam(cli, {"", *org, "Wijkteam", domain::TeamKind::kLocal, "", ""});
    auto safety = *stip_->CreateTeam(
        cli, {"", *org, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
    const auto pro = [&](const char* name, const std::string& team, bool admin) {
      return *stip_->CreateUser(cli, {name, name, team, "paarse-olifant-fietst", admin, "", ""});
    };
    user_[kLead] = pro("lead", local, false);
    user_[kDuo] = pro("duo", safety, false);
    user_[kColleague] = pro("colleague", local, false);
    user_[kAdmin] = pro("admin", local, true);
    // Issue 14: the account the administration routes disable, enable and move, in no role.
    spare_user_ = pro("spare", local, false);
    local_team_ = local;
    org_ = *org;
    app::NewFamily f;
    f.name = "Gezin Routes";
    f.members = {
        {"p", "Pia", "parent", "1985-02-03"},      {"n", "Nico", "parent", "1983-02-03"},
        {"y", "Yara", "child", "2009-01-10"},      {"t", "Tim", "child", "2013-05-10"},
        {"o", "Oma", "other_adult", "1950-01-01"}, {"a", "Opa", "other_adult", "1949-01-01"}};
    f.custody = {{"p", "y", true}, {"p", "t", true}, {"n", "y", false}, {"n", "t", false}};
    f.lead_user_id = user_[kLead];
    f.duo_user_id = user_[kDuo];
    const app::Principal lead{**store_->FindUser(user_[kLead]), app::Principal::Via::kCli, "",
                              std::nullopt};
    family_ = *stip_->CreateFamily(lead, f);
    // Issue 14: tokens to revoke (the lead's for its own routes, the spare user's for the
    // administrator's page).
    api_token_ = stip_->IssueToken(lead, "api").value().id;
    page_token_ = stip_->IssueToken(lead, "pagina").value().id;
    const app::Principal spare_pro{**store_->FindUser(spare_user_), app::Principal::Via::kCli, "",
                                   std::nullopt};
    spare_token_ = stip_->IssueToken(spare_pro, "koppeling").value().id;
    auto entry = stip_->AddEntry(lead, family_, {"fact", "school", "Tim komt op tijd."});
    ASSERT_TRUE(entry) << entry.error().message;
    entry_ = *entry;
    auto withheld = stip_->AddEntry(lead, family_, {"fact", "buurvrouw", "Een melding."});
    ASSERT_TRUE(withheld) << withheld.error().message;
    withheld_entry_ = *withheld;
    std::map<std::string, std::string> member;
    auto family = store_->FindFamily(family_);
    ASSERT_TRUE(family && *family);
    for (const auto& m : (*family)->members) member[m.name] = m.id;
    spare_member_ = member["Opa"];
    parent_member_ = member["Pia"];
    child_member_ = member["Tim"];
    const std::pair<Role, const char*> family_roles[] = {{kParent, "Pia"},
                                                         {kParentNoCustody, "Nico"},
                                                         {kChild13, "Tim"},
                                                         {kYoung16, "Yara"},
                                                         {kOtherAdult, "Oma"}};
    for (const auto& [role, name] : family_roles) {
      auto account =
          stip_->InviteMember(lead, family_, {member[name], std::string(name) + "@example.org"});
      ASSERT_TRUE(account) << account.error().message;
      user_[role] = *account;
    }
    auto yara = stip_->SessionPrincipal(NewSession(kYoung16));
    ASSERT_TRUE(yara) << yara.error().message;
    auto consent = stip_->GiveConsent(*yara, family_, {parent_member_, ""});
    ASSERT_TRUE(consent) << consent.error().message;
    consent_ = *consent;
    // The page's end-consent route gets its own consent: the API route ends the first one.
    auto page_consent = stip_->GiveConsent(*yara, family_, {parent_member_, ""});
    ASSERT_TRUE(page_consent) << page_consent.error().message;
    page_consent_ = *page_consent;
    // Opa's account is the one the lead ends.
    auto spare = stip_->InviteMember(lead, family_, {spare_member_, "opa@example.org"});
    ASSERT_TRUE(spare) << spare.error().message;
    spare_account_ = *spare;

    // Real ids for the withholding routes: the second entry withheld from Pia (renewed, and
    // objected to by her), from Oma (lifted), and from Yara, whose objection the duo answers.
    const auto withhold = [&](const char* name) {
      auto id = stip_->Withhold(lead, family_, withheld_entry_,
                                {member[name],
                                 "protects_third_person",
                                 "Wie het meldde.",
                                 "2027-01-31",
                                 {},
                                 false,
                                 "Alleen voor deze persoon."});
      EXPECT_TRUE(id) << id.error().message;
      return id.value_or("");
    };
    renew_withholding_ = withhold("Pia");
    lift_withholding_ = withhold("Oma");
    const std::string yara_withholding = withhold("Yara");
    auto objection = stip_->ObjectToWithholding(*yara, family_, yara_withholding, "Oneens.");
    ASSERT_TRUE(objection) << objection.error().message;
    objection_ = *objection;
    auto pia = stip_->SessionPrincipal(NewSession(kParent));
    ASSERT_TRUE(pia) << pia.error().message;
    auto request = stip_->React(*pia, family_, entry_, {"correction_request", "Het was 8 uur."});
    ASSERT_TRUE(request) << request.error().message;
    correction_request_ = *request;
    // Issue 14 item 3 part C: Pia's request to destroy her own data, for the answer routes.
    auto destroy = stip_->RequestDestruction(*pia, family_, {"own_data", ""});
    ASSERT_TRUE(destroy) << destroy.error().message;
    destruction_request_ = destroy->id;
    // The page's answer route gets an objection of its own (the API route answers Yara's): Pia's
    // objection to the withholding the lead decided, which the duo answers.
    auto pia_objection =
        stip_->ObjectToWithholding(*pia, family_, renew_withholding_, "Ik wil het lezen.");
    ASSERT_TRUE(pia_objection) << pia_objection.error().message;
    page_objection_ = *pia_objection;

    // Issue 10: behavioural scientists who join (by the API and the page), and two already
    // involved whose involvement the API and the page end.
    for (auto* id : {&join_api_, &join_page_, &end_api_, &end_page_}) {
      *id = pro(("gw" + std::to_string(++sessions_)).c_str(), local, false);
    }
    for (const auto* id : {&end_api_, &end_page_}) {
      auto started =
          stip_->StartInvolvement(lead, family_, {*id, "second_opinion", "Tegenspraak."});
      ASSERT_TRUE(started) << started.error().message;
    }
    // Issue 10: Pia shares the first entry with four network members, one consent for each
    // route that changes or ends one; the network member of the first logs in for the tests
    // of what a network member may call.
    const char* const network_names[] = {"Api Wijzig",  "Api Stop",      "Pagina Wijzig",
                                         "Pagina Stop", "Api Regisseur", "Pagina Regisseur"};
    std::string* const network_consents[] = {&network_change_api_,  &network_end_api_,
                                             &network_change_page_, &network_end_page_,
                                             &network_stop_api_,    &network_stop_page_};
    for (int i = 0; i < 6; ++i) {
      auto nwm = stip_->InviteNetworkMember(*pia, family_,
                                            {network_names[i],
                                             "buurvrouw",
                                             "naaste" + std::to_string(i) + "@example.org",
                                             {entry_},
                                             ""});
      ASSERT_TRUE(nwm) << nwm.error().message;
      auto consents = store_->ListNetworkConsents(family_);
      ASSERT_TRUE(consents);
      *network_consents[i] = consents->back().consent.id;
      if (i == 0) {
        auto network_account = store_->FindAccountByContact("naaste0@example.org");
        ASSERT_TRUE(network_account && *network_account);
        network_account_ = (**network_account).id;
      }
    }

    // Issue 11: the safety map has a round and a worry to answer and disagree with.
    auto round = stip_->OpenSafetyRound(lead, family_);
    ASSERT_TRUE(round) << round.error().message;
    auto danger =
        stip_->AddDanger(lead, family_, {"De school", "Tim komt te laat.", "Hij mist les."});
    ASSERT_TRUE(danger) << danger.error().message;
    danger_ = *danger;

    // Issue 11 item 5: Tim (13) wrote his own words, shared with his parents.
    {
      auto tim = stip_->SessionPrincipal(NewSession(kChild13));
      ASSERT_TRUE(tim) << tim.error().message;
      app::NewChildVoice words;
      words.good_things = "Voetbal.";
      words.share = "parents";
      auto voice = stip_->WriteChildVoice(*tim, family_, words);
      ASSERT_TRUE(voice) << voice.error().message;
      voice_ = *voice;
    }

    // Issue 11 item 2: the family accepted the offer to make their own plan, and Pia wrote the
    // first version (so there is one to compare and to comment on).
    {
      const std::string today = domain::FormatDate(domain::DateOf(clock_.Now()));
      auto offered = stip_->OfferFamilyPlan(lead, family_, {today, ""});
      ASSERT_TRUE(offered) << offered.error().message;
      auto accepted = stip_->AnswerPlanOffer(lead, family_, {"accepted", today, today, "", ""});
      ASSERT_TRUE(accepted) << accepted.error().message;
      auto writer = stip_->SessionPrincipal(NewSession(kParent));
      ASSERT_TRUE(writer) << writer.error().message;
      app::NewPlanVersion first;
      first.goals = {"Tim is op tijd op school."};
      auto version = stip_->WritePlanVersion(*writer, family_, first);
      ASSERT_TRUE(version) << version.error().message;
    }
    // Issue 11 items 3 and 4: a meeting today to add to and record, and one held today with
    // every member there, for their feedback.
    for (std::string* meeting : {&meeting_open_, &meeting_held_}) {
      domain::NewMeetingPlan plan;
      plan.date = domain::FormatDate(domain::DateOf(clock_.Now()));
      plan.place = "Wijkcentrum";
      plan.members = {member["Pia"], member["Nico"], member["Tim"], member["Yara"], member["Oma"]};
      auto planned = stip_->PlanMeeting(lead, family_, plan);
      ASSERT_TRUE(planned) << planned.error().message;
      *meeting = *planned;
    }
    app::NewMeetingRecordInput held;
    held.summary = "We spraken over school.";
    held.record.present_members = {member["Pia"], member["Nico"], member["Tim"], member["Yara"],
                                   member["Oma"]};
    held.record.children = {{member["Yara"], domain::ChildHeard::kPresent, ""},
                            {member["Tim"], domain::ChildHeard::kPresent, ""}};
    auto recorded = stip_->RecordMeeting(lead, family_, meeting_held_, held);
    ASSERT_TRUE(recorded) << recorded.error().message;
    yara_member_ = member["Yara"];
    // Issue 12: a heavy decision shared with the family (views, second opinion, take) and a
    // draft (share, new version), both by the lead, who decides.
    {
      auto stored = store_->FindFamily(family_);
      ASSERT_TRUE(stored && *stored);
      app::NewDecision d;
      d.kind = "request_measure";
      d.content.what = "Een OTS vragen.";
      d.content.legal_ground = "BW 1:255";
      d.content.facts = {{"Tim was vaak niet op school.", "School", "2026-01-05", ""}};
      d.content.alternatives = {{"Vrijwillige hulp", "Niet aangenomen."}};
      d.content.present = {"Pia", "lead"};
      json::array children;
      for (const auto& m : (*stored)->members) {
        if (m.role != domain::MemberRole::kChild) continue;
        d.content.children.push_back({m.id, true, "Apart gesproken."});
        children.push_back(
            json::object{{"member_id", m.id}, {"heard", true}, {"how", "Apart gesproken."}});
      }
      d.content.decider = user_[kLead];
      auto shared = stip_->DraftDecision(lead, family_, d);
      ASSERT_TRUE(shared) << shared.error().message;
      ASSERT_TRUE(stip_->ShareDecision(lead, family_, *shared));
      decision_shared_ = *shared;
      auto draft = stip_->DraftDecision(lead, family_, d);
      ASSERT_TRUE(draft) << draft.error().message;
      decision_draft_ = *draft;
      decision_body_ = json::serialize(json::object{
          {"kind", "request_measure"},
          {"what", "Een OTS van een jaar vragen."},
          {"legal_ground", "BW 1:255"},
          {"facts", json::array{json::object{{"text", "Tim was vaak niet op school."},
                                             {"source", "School"},
                                             {"date", "2026-01-05"}}}},
          {"alternatives",
           json::array{json::object{{"what", "Vrijwillige hulp"}, {"why_not", "Geweigerd."}}}},
          {"present", json::array{"Pia"}},
          {"children", children},
          {"decider", user_[kLead]}});
      decision_form_ =
          "soort=request_measure&wat=Een+OTS&grond=BW+1%3A255&feit_tekst_1=Te+laat"
          "&feit_bron_1=School&feit_datum_1=2026-01-05&alternatief_1=Hulp"
          "&waarom_niet_1=Geweigerd&aanwezig=Pia&beslisser=" +
          user_[kLead] + "&_csrf=csrf-token";
      for (const auto& m : (*stored)->members) {
        if (m.role == domain::MemberRole::kChild) {
          decision_form_ += "&kind_gehoord_" + m.id + "=ja&kind_hoe_" + m.id + "=Apart";
        }
      }
    }

    // Issue 12 item 3: a running OTS for Tim, recorded by the lead, to extend and end.
    {
      const domain::Date today = domain::AmsterdamDate(clock_.Now());
      app::NewMeasure m;
      m.kind = "ots";
      m.children = {member["Tim"]};
      m.ruling_date = domain::FormatDate(today);
      m.start = m.ruling_date;
      m.end = domain::FormatDate(domain::AddMonths(today, 12));
      m.threats = "Tim gaat niet naar school.";
      auto recorded_measure = stip_->RecordMeasure(lead, family_, m);
      ASSERT_TRUE(recorded_measure) << recorded_measure.error().message;
      measure_ = *recorded_measure;
      const std::string later = domain::FormatDate(domain::AddMonths(today, 18));
      measure_body_ =
          json::serialize(json::object{{"kind", "ots"},
                                       {"children", json::array{json::string(member["Tim"])}},
                                       {"ruling_date", m.ruling_date},
                                       {"start", m.start},
                                       {"end", m.end},
                                       {"threats", "Tim gaat niet naar school."}});
      measure_extend_body_ =
          json::serialize(json::object{{"ruling_date", m.ruling_date}, {"end", later}});
      measure_end_body_ = json::serialize(
          json::object{{"ended_on", m.ruling_date}, {"reason", "De rechter hief de OTS op."}});
      measure_form_ = "soort=ots&kind_" + member["Tim"] + "=ja&uitspraak=" + m.ruling_date +
                      "&start=" + m.start + "&einde=" + m.end +
                      "&bedreigingen=Niet+naar+school&_csrf=csrf-token";
      measure_extend_form_ = "uitspraak=" + m.ruling_date + "&einde=" + later + "&_csrf=csrf-token";
      measure_end_form_ = "datum=" + m.ruling_date + "&reden=Opgeheven&_csrf=csrf-token";
      const std::string raad = domain::FormatDate(domain::AddMonths(today, 10));
      measure_done_body_ = json::serialize(json::object{
          {"deadline", "raad_no_extension"}, {"due", raad}, {"done_on", m.ruling_date}});
      measure_done_form_ =
          "termijn=raad_no_extension%7C" + raad + "&datum=" + m.ruling_date + "&_csrf=csrf-token";
    }

    // Issue 10: a family per handover route, with the same lead and duo; where the route
    // answers a proposal, one waits, offered to the colleague.
    for (const char* route :
         {"api.handovers.propose", "api.handovers.accept", "api.handovers.decline",
          "api.handovers.withdraw", "page.family.handover.propose", "page.family.handover.withdraw",
          "page.handovers.accept", "page.handovers.decline"}) {
      app::NewFamily h;
      h.name = std::string("Gezin ") + route;
      h.members = {{"p", "Ada", "parent", "1980-01-01"}, {"c", "Bo", "child", "2020-01-01"}};
      h.custody = {{"p", "c", true}};
      h.lead_user_id = user_[kLead];
      h.duo_user_id = user_[kDuo];
      // The same child in every one of them (issue 10 item 6): opened on purpose.
      h.known_elsewhere_seen = true;
      h.known_elsewhere_reason = "Een gezin per route.";
      auto id = stip_->CreateFamily(lead, h);
      ASSERT_TRUE(id) << id.error().message;
      handover_family_[route] = *id;
      if (std::string_view(route).ends_with("propose")) continue;
      auto offered = stip_->ProposeHandover(
          lead, *id, {user_[kColleague], "staff_leaving", "Ik ga weg.", false, ""});
      ASSERT_TRUE(offered) << offered.error().message;
      handover_[route] = *offered;
    }

    // Issue 10 item 4: the lead leads the local team (the colleague's), and a family per
    // emergency route; where the route ends or judges a use, the colleague opened one.
    ASSERT_TRUE(stip_->SetTeamLead(cli, local, user_[kLead], "Teamleider."));
    const app::Principal colleague{**store_->FindUser(user_[kColleague]), app::Principal::Via::kCli,
                                   "", std::nullopt};
    for (const char* route :
         {"api.emergency.open", "page.emergency.open", "api.emergency.end", "page.emergency.end",
          "api.emergency.review", "page.emergency.review"}) {
      app::NewFamily h;
      h.name = std::string("Gezin ") + route;
      h.members = {{"p", "Ada", "parent", "1980-01-01"}, {"c", "Bo", "child", "2020-01-01"}};
      h.custody = {{"p", "c", true}};
      h.lead_user_id = user_[kLead];
      h.duo_user_id = user_[kDuo];
      h.known_elsewhere_seen = true;  // the same child in each: opened on purpose (item 6)
      h.known_elsewhere_reason = "Een gezin per route.";
      auto id = stip_->CreateFamily(lead, h);
      ASSERT_TRUE(id) << id.error().message;
      emergency_family_[route] = *id;
      if (std::string_view(route).ends_with("open")) continue;
      auto use = stip_->OpenEmergencyAccess(colleague, *id, "Politie belde vannacht.");
      ASSERT_TRUE(use) << use.error().message;
      emergency_use_[route] = use->use.id;
    }
  }

  // A fresh session for the role (so that logging out in one check does not affect the next).
  std::string NewSession(Role role) {
    const std::string token = "token-" + std::to_string(++sessions_);
    EXPECT_TRUE(store_->CreateSession(
        {app::Sha256Hex(token), user_[role], "csrf-token", clock_.Now(), clock_.Now() + 3600000}));
    return token;
  }

  // A body that passes validation, so that the answer shows the access decision.
  std::string BodyFor(const std::string& route, std::string& content_type) {
    // Issue 10: network members.
    if (route == "api.network.invite") {
      content_type = "application/json";
      return json::serialize(
          json::object{{"name", "Oma Ria"},
                       {"relation", "oma"},
                       {"contact", "ria" + std::to_string(++sessions_) + "@example.org"},
                       {"entry_ids", json::array{}}});
    }
    if (route == "api.network.consent.change") {
      content_type = "application/json";
      return json::serialize(json::object{{"entry_ids", json::array{json::value(entry_)}}});
    }
    if (route == "page.family.network.stop") {
      content_type = "application/x-www-form-urlencoded";
      return "reden=Niet+veilig+voor+Mees.&_csrf=csrf-token";
    }
    if (route == "api.network.consent.end" || route == "api.network.consent.stop") {
      content_type = "application/json";
      return R"({"reason":"Niet meer nodig."})";
    }
    if (route == "page.ons_gezin.network.invite") {
      content_type = "application/x-www-form-urlencoded";
      return "naam=Ria&relatie=oma&email=ria" + std::to_string(++sessions_) +
             "%40example.org&deel-" + entry_ + "=ja&_csrf=csrf-token";
    }
    if (route == "page.join_requests.ask") {
      content_type = "application/x-www-form-urlencoded";
      return "check_id=chk_none&team_id=&rol=second_opinion&bericht=Mag+ik+meedoen%3F&_csrf=csrf-"
             "token";
    }
    if (route == "page.join_requests.decline") {
      content_type = "application/x-www-form-urlencoded";
      return "toelichting=Niet+nodig.&_csrf=csrf-token";
    }
    if (route == "page.ons_gezin.network.change") {
      content_type = "application/x-www-form-urlencoded";
      return "deel-" + entry_ + "=ja&tot=&_csrf=csrf-token";
    }
    content_type = "application/json";
    if (route == "api.session.create")
      return R"({"username":"lead","password":"paarse-olifant-fietst"})";
    if (route == "api.tokens.create") return R"({"name":"test"})";
    if (route == "api.totp.confirm" || route == "api.totp.disable") return R"({"code":"000000"})";
    if (route == "api.join_requests.ask") {
      return R"({"check_id":"chk_none","role":"second_opinion","message":"Mag ik meedoen?"})";
    }
    if (route == "api.join_requests.decline") return R"({"words":"Niet nodig."})";
    if (route == "api.known_elsewhere.check") {
      return R"({"children":[{"bsn":"999990019"},{"name":"Sem","birth_date":"2016-03-01"}]})";
    }
    if (route == "api.entries.create") return R"({"kind":"fact","source":"s","text":"t"})";
    if (route == "api.family_session.code") return R"({"contact":"x@example.org"})";
    if (route == "api.plain_language.check") return R"({"text":"In casu is er regie."})";
    if (route == "api.family_session.create") {
      return R"({"contact":"x@example.org","code":"12345678"})";
    }
    if (route == "api.consents.create") {
      return json::serialize(json::object{{"member_id", parent_member_}});
    }
    if (route == "api.accounts.invite") {
      return json::serialize(
          json::object{{"member_id", spare_member_},
                       {"contact", "opa" + std::to_string(++sessions_) + "@example.org"}});
    }
    if (route == "api.accounts.revoke") return R"({"reason":"Verhuisd naar het buitenland."})";
    if (route == "api.reactions.create") return R"({"kind":"understood"})";
    if (route == "api.users.create") {
      return json::serialize(json::object{{"username", "nieuw" + std::to_string(++sessions_)},
                                          {"display_name", "Nieuwe Collega"},
                                          {"team_id", local_team_},
                                          {"password", "paarse-olifant-fietst"}});
    }
    if (route == "api.users.disable" || route == "api.users.enable") {
      return R"({"reason":"Uit dienst."})";
    }
    // Issue 14 item 1 (the spare account has no second step: 422, still allowed to ask).
    if (route == "api.users.second_step_reset") return R"({"reason":"Telefoon kwijt."})";
    if (route == "api.organisations.create") {
      return json::serialize(json::object{{"name", "Gemeente " + std::to_string(++sessions_)}});
    }
    if (route == "api.teams.create") {
      return json::serialize(json::object{{"name", "Team " + std::to_string(++sessions_)}});
    }
    if (route == "api.teams.rename") return R"({"name":"Wijkteam"})";
    if (route == "api.users.password_reset") return "{}";
    // Issue 10 item 4: the lead stays the local team's lead, for the emergency review routes.
    if (route == "api.teams.lead") {
      return json::serialize(json::object{{"user_id", user_[kLead]}, {"reason", "Teamleider."}});
    }
    if (route == "api.digest.set") return R"({"frequency":"weekly"})";
    if (route == "api.entry_mail.set") return R"({"on":true})";
    if (route == "page.account.digest") return "frequentie=weekly&_csrf=csrf-token";
    if (route == "page.ons_gezin.entry_mail") return "mail=aan&_csrf=csrf-token";
    if (route == "page.admin.teams.lead") {
      return "teamleider=" + user_[kLead] + "&reden=Teamleider&_csrf=csrf-token";
    }
    if (route == "api.users.team") return json::serialize(json::object{{"team_id", local_team_}});
    if (route == "api.corrections.answer") {
      return R"({"accepted":false,"answer":"Volgens de school was het 8 uur."})";
    }
    if (route == "api.withholdings.create") {
      return json::serialize(json::object{{"member_id", child_member_},
                                          {"ground", "protects_third_person"},
                                          {"reason", "Wie het meldde."},
                                          {"review_date", "2027-01-31"},
                                          {"narrowing_reason", "Alleen voor deze persoon."}});
    }
    if (route == "api.entries.readers_preview") return R"({"concerns":[]})";
    if (route == "api.withholdings.renew") {
      return R"({"review_date":"2027-02-28","reason":"Het onderzoek loopt nog."})";
    }
    if (route == "api.withholdings.lift") return R"({"reason":"Niet meer nodig."})";
    if (route == "api.objections.create") return R"({"text":"Ik wil weten wat er staat."})";
    if (route == "api.objections.answer") {
      return R"({"upheld":false,"answer":"De melder blijft beschermd."})";
    }
    if (route == "api.members.create") {
      return R"({"name":"Sem","role":"child","birth_date":"2026-11-01","reason":"Geboren."})";
    }
    if (route == "api.members.left") return R"({"left_on":"2026-11-01","reason":"Verhuisd."})";
    if (route == "api.members.birth_date") {
      return R"({"birth_date":"1949-01-02","reason":"Typfout."})";
    }
    if (route == "api.custody.set") {
      return json::serialize(json::object{{"parent_id", parent_member_},
                                          {"child_id", child_member_},
                                          {"has_custody", true},
                                          {"ruling_date", "2026-01-01"},
                                          {"reason", "Uitspraak."}});
    }
    if (route == "api.involvements.create") {
      return json::serialize(
          json::object{{"user_id", join_api_}, {"role", "second_opinion"}, {"reason", "Nodig."}});
    }
    if (route == "api.involvements.end") return R"({"reason":"Advies gegeven."})";
    if (route == "api.handovers.propose") {
      return json::serialize(json::object{{"to_user_id", user_[kColleague]},
                                          {"reason", "family_moved"},
                                          {"words", "Het gezin is verhuisd."},
                                          {"warm", false}});
    }
    // Issue 11 item 5: the child's own words.
    if (route == "api.child_voice.write") {
      return json::serialize(
          json::object{{"good_things", "Voetbal."}, {"child_id", child_member_}});
    }
    if (route == "api.child_voice.sharing") return R"({"share":"parents"})";
    if (route == "api.child_explanation.write") return R"({"text":"Tim, wij helpen thuis."})";
    // Issue 11: the safety map.
    if (route == "api.safety_map.danger") {
      return R"({"who_worried":"De school","worry":"Te laat.","if_nothing_changes":"Les mist."})";
    }
    if (route == "api.safety_map.strength") return R"({"words":"Oma helpt elke dag."})";
    if (route == "api.safety_map.goal") {
      return json::serialize(json::object{{"danger_id", danger_}, {"words", "Op tijd."}});
    }
    if (route == "api.safety_map.disagreement") {
      return json::serialize(json::object{{"danger_id", danger_}, {"words", "Niet waar."}});
    }
    if (route == "api.safety_map.score") {
      return json::serialize(json::object{{"danger_id", danger_}, {"score", 5}});
    }
    // Issue 11 item 2: the family's own plan.
    if (route == "api.plan.offer") {
      return json::serialize(
          json::object{{"offered_on", domain::FormatDate(domain::DateOf(clock_.Now()))}});
    }
    if (route == "api.plan.outcome") {
      return json::serialize(
          json::object{{"outcome", "declined"},
                       {"decided_on", domain::FormatDate(domain::DateOf(clock_.Now()))}});
    }
    if (route == "api.plan.version") return R"({"goals":["Tim slaapt op tijd."]})";
    if (route == "api.plan.conditions") return R"({"conditions":["Geen alcohol in huis."]})";
    if (route == "api.plan.comment") return R"({"version":1,"words":"Goed plan."})";
    // Issue 11 items 3 and 4: meetings.
    if (route == "api.meetings.plan") {
      return json::serialize(json::object{
          {"date", "2026-12-10"}, {"place", "Thuis"}, {"members", json::array{parent_member_}}});
    }
    if (route == "api.meetings.agenda") return R"({"kind":"question","words":"Mag Tim mee?"})";
    if (route == "api.meetings.record") {
      return json::serialize(json::object{
          {"summary", "Samen gepraat."},
          {"present_members", json::array{parent_member_}},
          {"children",
           json::array{json::object{{"child_id", yara_member_}, {"how", "present"}},
                       json::object{{"child_id", child_member_}, {"how", "present"}}}}});
    }
    if (route == "api.meetings.feedback") {
      return R"({"heard":4,"understood":4,"safe":3,"next_step":5})";
    }
    // Issue 14 item 3: the legal hold.
    if (route == "api.legal_hold.set" || route == "api.legal_hold.lift") {
      content_type = "application/json";
      return R"({"reason":"Er loopt een rechtszaak."})";
    }
    if (route == "api.destruction_requests.create") {
      content_type = "application/json";
      return R"({"scope":"own_data","reason":"Ik wil niet dat het bewaard blijft."})";
    }
    if (route == "api.destruction_requests.answer") {
      content_type = "application/json";
      return R"({"answer":"refused","reasons":"Er loopt nog een maatregel."})";
    }
    if (route == "page.ons_gezin.destruction.ask") {
      content_type = "application/x-www-form-urlencoded";
      return "wat=own_data&_csrf=csrf-token";
    }
    if (route == "page.family.retention.answer") {
      content_type = "application/x-www-form-urlencoded";
      return "besluit=refused&redenen=Er+loopt+nog+een+maatregel.&_csrf=csrf-token";
    }
    if (route == "page.family.retention.hold") {
      content_type = "application/x-www-form-urlencoded";
      return "reden=Er+loopt+een+rechtszaak.&stap=instellen&_csrf=csrf-token";
    }
    // Issue 12 item 3: court measures.
    if (route == "api.measures.record") return measure_body_;
    if (route == "api.measures.extend") return measure_extend_body_;
    if (route == "api.measures.end") return measure_end_body_;
    if (route == "api.measures.deadline_done") return measure_done_body_;
    // Issue 12: decisions.
    if (route == "api.decisions.draft" || route == "api.decisions.revise") return decision_body_;
    if (route == "api.decisions.view") return R"({"words":"Ik wil het eerst zelf proberen."})";
    if (route == "api.decisions.second_opinion") {
      return R"({"verdict":"agree","reasons":"De feiten dragen het."})";
    }
    if (route == "api.handovers.decline" || route == "api.handovers.withdraw") {
      return R"({"words":"Liever niet."})";
    }
    if (route == "api.emergency.open") {
      return json::serialize(json::object{{"family_id", emergency_family_[route]},
                                          {"reason", "Politie belde vannacht."}});
    }
    if (route == "api.emergency.review") {
      return R"({"outcome":"justified","words":"Het kon niet wachten."})";
    }
    if (route == "api.families.create") {
      return json::serialize(json::object{
          {"name", "Gezin Nieuw"},
          {"members",
           json::array{
               json::object{
                   {"ref", "a"}, {"name", "Ada"}, {"role", "parent"}, {"birth_date", "1980-01-01"}},
               json::object{
                   {"ref", "b"}, {"name", "Bo"}, {"role", "child"}, {"birth_date", "2020-01-01"}}}},
          {"lead_user_id", user_[kLead]},
          {"duo_user_id", user_[kDuo]}});
    }
    content_type = "application/x-www-form-urlencoded";
    if (route == "page.login")
      return "username=lead&password=paarse-olifant-fietst&_csrf=csrf-token";
    if (route == "page.family.entries.add") {
      return "soort=fact&bron=school&tekst=Een+aantekening&_csrf=csrf-token";
    }
    if (route == "page.family.accounts.invite") {
      return "lid=" + spare_member_ + "&email=opa" + std::to_string(++sessions_) +
             "%40example.org&_csrf=csrf-token";
    }
    if (route == "page.family.accounts.revoke") return "reden=Verhuisd&_csrf=csrf-token";
    if (route == "page.ons_gezin.consent.give") {
      return "lid=" + parent_member_ + "&tot=&_csrf=csrf-token";
    }
    if (route == "page.family.withhold") {
      return "lid=" + spare_member_ +
             "&grond=protects_third_person&reden=Bescherming&herzien_op=2099-01-01"
             "&reden_beperking=Alleen+Opa&_csrf=csrf-token";
    }
    if (route == "page.family.withholding.renew") {
      return "herzien_op=2099-06-01&reden=Nog+nodig&_csrf=csrf-token";
    }
    if (route == "page.family.withholding.lift") return "reden=Niet+meer+nodig&_csrf=csrf-token";
    if (route == "page.family.objection.answer") {
      return "gegrond=nee&antwoord=Het+blijft+zo&_csrf=csrf-token";
    }
    if (route == "page.family.correction.answer") {
      return "aanvaard=nee&antwoord=Het+klopt+wel&_csrf=csrf-token";
    }
    if (route == "page.ons_gezin.react") return "soort=understood&_csrf=csrf-token";
    if (route == "page.family.household.add") {
      return "naam=Sem&rol=child&geboortedatum=2026-11-01&reden=Geboren&_csrf=csrf-token";
    }
    if (route == "page.family.household.left") {
      return "lid=" + spare_member_ + "&vanaf=2026-11-01&reden=Verhuisd&_csrf=csrf-token";
    }
    if (route == "page.family.household.birth_date") {
      return "lid=" + spare_member_ + "&geboortedatum=1949-01-03&reden=Typfout&_csrf=csrf-token";
    }
    if (route == "page.family.household.custody") {
      return "ouder=" + parent_member_ + "&kind=" + child_member_ +
             "&gezag=ja&uitspraak=2026-01-01&reden=Uitspraak&_csrf=csrf-token";
    }
    if (route == "page.family.involvements.add") {
      return "medewerker=" + join_page_ + "&rol=second_opinion&reden=Nodig&_csrf=csrf-token";
    }
    if (route == "page.family.involvements.end") return "reden=Klaar&_csrf=csrf-token";
    if (route == "page.family.handover.propose") {
      return "medewerker=" + user_[kColleague] +
             "&reden=family_moved&toelichting=Verhuisd&wijze=koud&_csrf=csrf-token";
    }
    if (route == "page.family.handover.withdraw" || route == "page.handovers.decline") {
      return "toelichting=Liever+niet&_csrf=csrf-token";
    }
    // Issue 11 item 5: the child's own words.
    if (route == "page.family.child_voice.woorden") {
      return "kind=" + child_member_ + "&goed=Voetbal&delen=professionals&_csrf=csrf-token";
    }
    if (route == "page.family.child_voice.uitleg") {
      return "kind=" + child_member_ + "&tekst=Wij+helpen+thuis.&_csrf=csrf-token";
    }
    if (route == "page.ons_gezin.child_voice.woorden") {
      return "goed=Voetbal&delen=professionals&_csrf=csrf-token";
    }
    if (route == "page.ons_gezin.child_voice.delen") {
      return "stem=" + voice_ + "&delen=parents&_csrf=csrf-token";
    }
    // Issue 11: the safety map's forms.
    if (route.ends_with("safety_map.antwoord")) {
      return "zorg_id=" + danger_ + "&cijfer=6&woorden=&_csrf=csrf-token";
    }
    if (route.ends_with("safety_map.oneens")) {
      return "zorg_id=" + danger_ + "&lid=" + parent_member_ +
             "&woorden=Klopt+niet&_csrf=csrf-token";
    }
    if (route == "page.family.safety_map.zorg") {
      return "wie=School&wat=Te+laat&gevolg=Mist+les&_csrf=csrf-token";
    }
    if (route == "page.family.safety_map.goed") return "woorden=Oma+helpt&_csrf=csrf-token";
    if (route == "page.family.safety_map.doel") {
      return "zorg_id=" + danger_ + "&woorden=Op+tijd&_csrf=csrf-token";
    }
    // Issue 11 items 3 and 4: the meeting forms.
    if (route == "page.family.meetings.plan") {
      return "datum=2026-12-10&plaats=Thuis&lid_" + parent_member_ + "=ja&_csrf=csrf-token";
    }
    if (route.ends_with("meetings.agenda")) {
      return "soort=point&woorden=Over+school&_csrf=csrf-token";
    }
    if (route == "page.family.meetings.record") {
      return "lid_" + parent_member_ + "=ja&kind_" + yara_member_ + "=present&kind_" +
             child_member_ + "=present&samenvatting=Samen+gepraat&_csrf=csrf-token";
    }
    if (route == "page.ons_gezin.meetings.feedback") {
      return "gehoord=4&begrepen=4&veilig=3&volgende_stap=5&_csrf=csrf-token";
    }
    // Issue 12 item 3: the measures' forms.
    if (route == "page.family.measures.record") return measure_form_;
    if (route == "page.family.measures.verlengen") return measure_extend_form_;
    if (route == "page.family.measures.beeindigen") return measure_end_form_;
    if (route == "page.family.measures.termijn") return measure_done_form_;
    // Issue 12: the decisions' forms.
    if (route == "page.family.decisions.draft" || route == "page.family.decisions.versie") {
      return decision_form_;
    }
    if (route.ends_with("decisions.zienswijze")) {
      return "lid=" + parent_member_ + "&woorden=Liever+niet&_csrf=csrf-token";
    }
    if (route == "page.family.decisions.tegenspraak") {
      return "oordeel=agree&redenen=Goed&_csrf=csrf-token";
    }
    if (route == "page.emergency.open") {
      return "dossier=" + emergency_family_[route] + "&reden=Politie+belde&_csrf=csrf-token";
    }
    if (route == "page.emergency.review") {
      return "oordeel=justified&toelichting=Het+kon+niet+wachten&_csrf=csrf-token";
    }
    // Issue 11 item 2: the family's own plan's forms.
    if (route == "page.family.plan.aanbod") {
      return "datum=" + domain::FormatDate(domain::DateOf(clock_.Now())) + "&_csrf=csrf-token";
    }
    if (route == "page.family.plan.uitkomst") {
      return "uitkomst=declined&datum=" + domain::FormatDate(domain::DateOf(clock_.Now())) +
             "&_csrf=csrf-token";
    }
    if (route == "page.family.plan.voorwaarden") {
      return "voorwaarden=Geen+alcohol+in+huis&_csrf=csrf-token";
    }
    if (route == "page.family.plan.reactie") return "versie=1&woorden=Goed&_csrf=csrf-token";
    if (route.ends_with("plan.versie")) {
      return "soort=family&doelen=Tim+slaapt+op+tijd&acties=0&wakers=0&_csrf=csrf-token";
    }
    if (route == "page.account.tokens.create") return "naam=test&dagen=30&_csrf=csrf-token";
    if (route == "page.admin.users.create") {
      return "gebruikersnaam=pagina" + std::to_string(++sessions_) +
             "&naam=Nieuw&team=" + local_team_ +
             "&wachtwoord=paarse-olifant-fietst&_csrf=csrf-token";
    }
    if (route == "page.admin.users.disable" || route == "page.admin.users.enable") {
      return "reden=Uit+dienst&_csrf=csrf-token";
    }
    if (route == "page.admin.users.team") return "team=" + local_team_ + "&_csrf=csrf-token";
    if (route == "page.admin.users.second_step_reset") return "reden=Kwijt&_csrf=csrf-token";
    if (route == "page.admin.organisations.create") {
      return "naam=Gemeente+" + std::to_string(++sessions_) + "&_csrf=csrf-token";
    }
    if (route == "page.admin.teams.create") {
      return "organisatie=" + org_ + "&naam=Team+" + std::to_string(++sessions_) +
             "&soort=local&_csrf=csrf-token";
    }
    if (route == "page.admin.teams.rename") return "naam=Wijkteam&_csrf=csrf-token";
    if (route == "page.password_reset") return "wachtwoord=paarse-olifant-fietst";
    if (route == "page.ons_gezin.object") return "tekst=Ik+wil+het+lezen&_csrf=csrf-token";
    if (route == "page.code_login.send") return "email=x%40example.org";
    if (route == "page.code_login") return "email=x%40example.org&code=12345678";
    return "_csrf=csrf-token";
  }

  int sessions_ = 0;
  std::string consent_;
  std::string page_consent_;
  std::string spare_account_;
  std::string entry_;
  std::string withheld_entry_;
  std::string renew_withholding_;
  std::string lift_withholding_;
  std::string objection_;
  std::string page_objection_;
  std::string correction_request_;
  std::string destruction_request_;                        // issue 14 item 3 part C
  std::string join_api_, join_page_, end_api_, end_page_;  // issue 10
  std::string network_change_api_, network_end_api_, network_change_page_, network_end_page_,
      network_stop_api_, network_stop_page_;            // issue 10: consents for network members
  std::string network_account_;                         // issue 10: the account of a network member
  std::map<std::string, std::string> handover_family_;  // issue 10: route -> its family
  std::map<std::string, std::string> handover_;         // route -> the handover waiting
  std::string danger_;                                  // issue 11: a worry on the safety map
  std::string voice_;  // issue 11 item 5: Tim's own words, shared with the parents
  std::string meeting_open_, meeting_held_, yara_member_;  // issue 11 items 3 and 4
  std::map<std::string, std::string> emergency_family_;    // issue 10 item 4: route -> family
  std::map<std::string, std::string> emergency_use_;       // route -> the colleague's use
  std::string decision_shared_, decision_draft_;           // issue 12: a shared decision, a draft
  std::string decision_body_, decision_form_;              // a draft as JSON and as a form
  // Issue 12 item 3: a running measure, and the bodies and forms to record, extend and end.
  std::string measure_, measure_body_, measure_extend_body_, measure_end_body_;
  std::string measure_form_, measure_extend_form_, measure_end_form_, measure_done_form_;
  std::string measure_done_body_;
  std::string spare_user_;
  std::string local_team_;
  std::string org_;  // issue 14 item 1: the organisation new teams go into
  std::string api_token_;
  std::string page_token_;
  std::string spare_token_;

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;
  testing::SequentialIds ids_;
  NullOutbox outbox_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<app::Stip> stip_;
  std::map<Role, std::string> user_;  // user id or account id
  std::string family_;
  std::string spare_member_;
  std::string parent_member_;
  std::string child_member_;
};

bool Matches(char expect, const http::Response& r, bool api) {
  std::string location;
  for (const auto& [k, v] : r.headers) {
    if (k == "Location") location = v;
  }
  const bool to_login = r.status == 303 && location.starts_with("/login?next=");
  switch (expect) {
    case 'P':
    case '?':
      return r.status < 500;
    case 'L':
      return api ? r.status == 401 : to_login;
    case 'F':
      return r.status == 403;
    case 'N':
      return r.status == 404;
    case 'R':
      return r.status == 303 && !to_login;
    case 'Y':
      return r.status < 500 && r.status != 401 && r.status != 403 && r.status != 404 && !to_login;
  }
  return false;
}

TEST_F(RouteAccessTest, EveryRouteAgainstEveryRole) {
  http::Router router;
  http::Metrics metrics;
  http::AddApiRoutes(router, *stip_, metrics, clock_);
  AddPageRoutes(router, *stip_, clock_);
  AddDemoRoutes(router, [] { return std::vector<app::Mail>{}; });
  http::StipAuthenticator auth(*stip_);
  http::Dispatcher dispatcher(router, auth, nullptr);

  std::map<std::string, std::string> expected;
  for (const auto& line : kExpected) {
    ASSERT_EQ(std::string_view(line.expect).size(), static_cast<std::size_t>(kRoles)) << line.route;
    expected[line.route] = line.expect;
  }
  for (const auto& route : router.routes()) {
    const auto it = expected.find(route.name);
    if (it == expected.end()) {
      ADD_FAILURE() << "route " << route.name << " (" << route.pattern
                    << ") has no line in kExpected: decide who may call it";
      continue;
    }
    std::string target = route.pattern;
    const auto put = [&](const std::string& param, const std::string& value) {
      if (auto at = target.find(param); at != std::string::npos) {
        target.replace(at, param.size(), value);
      }
    };
    // Issue 14: the token and account routes get a real token or account for {id}.
    if (route.name == "api.tokens.revoke") put("{id}", api_token_);
    if (route.name == "page.account.tokens.revoke") put("{id}", page_token_);
    // Issue 10 item 7: the team lead routes get a real team for {id}.
    if (route.name == "api.teams.lead" || route.name == "page.admin.teams.lead" ||
        route.name == "api.teams.rename" || route.name == "page.admin.teams.rename") {
      put("{id}", local_team_);
    }
    if (route.name == "api.teams.create") put("{id}", org_);
    if (route.pattern.starts_with("/api/v1/users/") || route.pattern.starts_with("/beheer/")) {
      put("{id}", spare_user_);
    }
    put("{token}", spare_token_);
    if (emergency_use_.count(route.name)) put("{id}", emergency_use_[route.name]);
    if (route.name == "api.join_requests.accept" || route.name == "api.join_requests.decline" ||
        route.name == "page.join_requests.accept" || route.name == "page.join_requests.decline") {
      put("{id}", handover_family_["api.handovers.propose"]);
      put("{request}", "jrq_none");
    }
    if (handover_family_.count(route.name)) {
      put("{id}", handover_family_[route.name]);
      put("{handover}", handover_[route.name]);
    }
    if (route.name == "api.teams.meeting_feedback") put("{id}", local_team_);
    put("{id}", family_);
    put("{meeting}", route.name.ends_with("feedback") ? meeting_held_ : meeting_open_);
    // Issue 12: sharing and a new version on the draft, the rest on the shared decision.
    put("{decision_id}", route.name.ends_with(".share") || route.name.ends_with(".revise") ||
                                 route.name.ends_with(".delen") || route.name.ends_with(".versie")
                             ? decision_draft_
                             : decision_shared_);
    put("{measure}", measure_);  // issue 12 item 3
    put("{consent_id}", consent_);
    // Issue 10: the network routes' consents.
    if (route.name == "api.network.consent.change") put("{consent}", network_change_api_);
    if (route.name == "api.network.consent.end") put("{consent}", network_end_api_);
    if (route.name == "api.network.consent.stop") put("{consent}", network_stop_api_);
    if (route.name == "page.family.network.stop") put("{consent}", network_stop_page_);
    if (route.name == "page.ons_gezin.network.change") put("{consent}", network_change_page_);
    if (route.name == "page.ons_gezin.network.end") put("{consent}", network_end_page_);
    put("{consent}", page_consent_);
    put("{account}", spare_account_);
    put("{entry}", route.name == "api.withholdings.create" ? withheld_entry_ : entry_);
    put("{reaction}", correction_request_);
    put("{request_id}", destruction_request_);  // issue 14 item 3 part C
    if (route.name == "api.destruction_requests.answer") put("{request}", destruction_request_);
    put("{w}", route.name == "api.withholdings.lift" ? lift_withholding_ : renew_withholding_);
    put("{o}", objection_);
    put("{name}", "stip.css");
    put("{entry_id}", entry_);
    put("{withholding_id}",
        route.name == "page.family.withholding.lift" ? lift_withholding_ : renew_withholding_);
    put("{objection_id}", page_objection_);
    put("{reaction_id}", correction_request_);
    put("{voice}", voice_);
    if (route.name.starts_with("api.child_explanation")) put("{member}", child_member_);
    put("{member}", spare_member_);
    put("{user}", route.name == "api.involvements.end" ? end_api_ : end_page_);
    // Any other parameter gets an id that exists nowhere.
    for (auto open = target.find('{'); open != std::string::npos; open = target.find('{')) {
      target.replace(open, target.find('}', open) - open + 1, "none_1");
    }
    // Issue 11 item 2: the compare of the plan's first version with itself.
    if (route.name == "api.plan.compare") target += "?from=1&to=1";
    if (route.name.ends_with("plan.compare") && route.name.starts_with("page.")) {
      target += "?van=1&tot=1";
    }
    const bool api = route.pattern.starts_with("/api/") || route.pattern.starts_with("/healthz") ||
                     route.pattern.starts_with("/metrics");
    for (int role = 0; role < kRoles; ++role) {
      http::Request request;
      request.method = route.method;
      request.target = target;
      request.headers["host"] = "stip.test";
      request.headers["origin"] = "http://stip.test";
      if (role != kAnon) {
        request.headers["cookie"] =
            std::string(http::kSessionCookie) + "=" + NewSession(static_cast<Role>(role));
        request.headers[std::string(http::kCsrfHeader)] = "csrf-token";
      }
      if (route.method == verb::post) {
        std::string content_type;
        request.body = BodyFor(route.name, content_type);
        request.headers["content-type"] = content_type;
      }
      const http::Response response = dispatcher.Handle(request);
      const char want = it->second[static_cast<std::size_t>(role)];
      EXPECT_TRUE(Matches(want, response, api))
          << route.name << " as " << kRoleNames[role] << ": expected '" << want << "', got "
          << response.status << " " << response.body.substr(0, 300);
    }
  }
}

// Issue 14 item 4: an administrator never sees a family. Every route of a family file (API and
// pages) is refused to the administrator (404: the file does not exist for them, or 403), as
// the table above says and the test above checks role by role; here the table itself is held
// to that, so that a new family route cannot let an administrator in by a wrong line.
TEST_F(RouteAccessTest, AnAdministratorIsRefusedEveryFamilyRoute) {
  http::Router router;
  http::Metrics metrics;
  http::AddApiRoutes(router, *stip_, metrics, clock_);
  AddPageRoutes(router, *stip_, clock_);
  std::map<std::string, char> admin;
  for (const auto& line : kExpected) admin[line.route] = line.expect[kAdmin];
  int family_routes = 0;
  for (const auto& route : router.routes()) {
    const bool family = route.pattern.starts_with("/api/v1/families/{id}") ||
                        route.pattern.starts_with("/gezinnen/{id}");
    if (!family) continue;
    ++family_routes;
    ASSERT_TRUE(admin.contains(route.name)) << route.name;
    EXPECT_TRUE(admin[route.name] == 'N' || admin[route.name] == 'F')
        << route.name << " (" << route.pattern << ") lets an administrator in: '"
        << admin[route.name] << "'";
  }
  EXPECT_GT(family_routes, 50);
}

// Issue 10: a network member (a grandmother Pia shares one entry with) against every route: the
// shared page and their own session; every other route of the family or of professionals is
// refused (403/404) or sends them elsewhere, never served.
TEST_F(RouteAccessTest, ANetworkMemberReachesOnlyWhatIsShared) {
  http::Router router;
  http::Metrics metrics;
  http::AddApiRoutes(router, *stip_, metrics, clock_);
  AddPageRoutes(router, *stip_, clock_);
  http::StipAuthenticator auth(*stip_);
  http::Dispatcher dispatcher(router, auth, nullptr);
  // A network member lists the other families their address has an account in (their own).
  const std::set<std::string> served = {"api.shared.get",     "page.shared", "api.me",
                                        "api.session.delete", "page.logout", "api.families.list",
                                        "api.me.families"};
  std::set<std::string> open;
  for (const auto& line : kExpected) {
    if (line.expect[kAnon] == 'P') open.insert(line.route);
  }
  for (const auto& route : router.routes()) {
    if (open.contains(route.name)) continue;
    std::string target = route.pattern;
    if (auto at = target.find("{id}"); at != std::string::npos) target.replace(at, 4, family_);
    if (auto at = target.find("{consent}"); at != std::string::npos) {
      target.replace(at, 9, network_change_api_);
    }
    if (auto at = target.find("{entry}"); at != std::string::npos) target.replace(at, 7, entry_);
    if (auto at = target.find("{entry_id}"); at != std::string::npos) {
      target.replace(at, 10, entry_);
    }
    for (auto brace = target.find('{'); brace != std::string::npos; brace = target.find('{')) {
      target.replace(brace, target.find('}', brace) - brace + 1, "none_1");
    }
    const std::string token = "network-" + std::to_string(++sessions_);
    ASSERT_TRUE(store_->CreateSession({app::Sha256Hex(token), network_account_, "csrf-token",
                                       clock_.Now(), clock_.Now() + 3600000}));
    http::Request request;
    request.method = route.method;
    request.target = target;
    request.headers["host"] = "stip.test";
    request.headers["origin"] = "http://stip.test";
    request.headers["cookie"] = std::string(http::kSessionCookie) + "=" + token;
    request.headers[std::string(http::kCsrfHeader)] = "csrf-token";
    if (route.method == verb::post) {
      std::string content_type;
      request.body = BodyFor(route.name, content_type);
      request.headers["content-type"] = content_type;
    }
    const http::Response r = dispatcher.Handle(request);
    if (served.contains(route.name)) {
      EXPECT_LT(r.status, 400u) << route.name << ": " << r.body.substr(0, 300);
      continue;
    }
    std::string location;
    for (const auto& [k, v] : r.headers) {
      if (k == "Location") location = v;
    }
    const bool refused =
        r.status == 403 || r.status == 404 || (r.status == 303 && !location.starts_with("/login"));
    EXPECT_TRUE(refused) << route.name << " (" << target
                         << ") served a network member: " << r.status << " "
                         << r.body.substr(0, 300);
  }
}

}  // namespace
}  // namespace stip::web
