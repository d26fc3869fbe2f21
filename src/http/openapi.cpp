// GET /api/v1/openapi.json: the path list comes from the route table (so it cannot drift from
// what is served); what the table cannot know (schemas, summaries) comes from kOperations below.
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include <boost/json/parse.hpp>

#include "domain/field_error.h"
#include "domain/read_purpose.h"
#include "http/api.h"

namespace stip::http {
namespace json = boost::json;

namespace {

struct Operation {
  std::string_view route;  // Route::name
  std::string_view tag;
  std::string_view summary;
  std::string_view request;  // schema name of the JSON body, "" for none
  unsigned success;
  std::string_view response;  // schema name, "text" for text/plain, "" for no body
  std::string_view query;     // space-separated query parameters
};

constexpr Operation kOperations[] = {
    {"ops.healthz", "operations", "Liveness: answers without touching the database.", "", 200,
     "text", ""},
    {"ops.metrics", "operations", "Prometheus metrics (text exposition format 0.0.4).", "", 200,
     "text", ""},
    {"api.openapi", "operations", "This document.", "", 200, "object", ""},
    {"api.session.create", "session",
     "Log in. Sets the stip_session cookie (HttpOnly, SameSite=Strict) and returns the CSRF "
     "token to send as X-CSRF-Token on state-changing calls.",
     "LoginRequest", 200, "Session", ""},
    {"api.session.delete", "session", "Log out: ends the session and clears the cookie.", "", 204,
     "", ""},
    {"api.me", "session", "The caller, with team and organisation.", "", 200, "Professional", ""},
    {"api.tokens.create", "session",
     "Issue a personal access token for API clients (shown once; send as Bearer).", "TokenRequest",
     201, "Token", ""},
    {"api.professionals.list", "professionals", "All professionals, with team and organisation.",
     "", 200, "ProfessionalList", ""},
    {"api.families.create", "families",
     "Open a family file. The caller must be the lead or the duo.", "NewFamily", 201, "Created",
     ""},
    {"api.families.list", "families", "The families the caller has an active involvement in.", "",
     200, "FamilyList", ""},
    {"api.families.get", "families",
     "The family file: members, fixed face, entries (newest first). Logged in the access log.", "",
     200, "Overview", "before limit purpose"},
    {"api.entries.create", "families", "Add an entry to the family file.", "NewEntry", 201,
     "EntryCreated", ""},
    {"api.accounts.invite", "family accounts",
     "Invite a family member (lead only): an account and a one-time code by e-mail.", "Invitation",
     201, "Created", ""},
    {"api.accounts.revoke", "family accounts",
     "End a family member's account (lead only), with a reason: no more logins, and its "
     "sessions stop at once.",
     "RevokeAccount", 200, "Ok", ""},
    {"api.family_session.code", "family accounts",
     "Send a one-time login code to a family member's address. The same answer for every "
     "address, so it does not tell who has an account.",
     "CodeRequest", 202, "object", ""},
    {"api.family_session.create", "family accounts",
     "Log in as a family member with address and code (single use, 15 minutes, 5 tries).",
     "CodeLogin", 200, "Session", ""},
    {"api.me.families", "family accounts",
     "A family or network member: the other families in which their e-mail address has an "
     "account (one person may be a member of two households, or a network member of two "
     "families). Not for professionals (403).",
     "", 200, "OtherFamilies", ""},
    {"api.me.families.switch", "family accounts",
     "Change to the caller's account in another family: a new session (cookie + csrf) for that "
     "account. 404 for an account that is not one of GET /api/v1/me/families.",
     "", 200, "Session", ""},
    {"api.consents.create", "family accounts",
     "A young person of 16+ consents that a parent or carer may see their own information.",
     "NewConsent", 201, "Created", ""},
    {"api.consents.delete", "family accounts", "End a consent (the young person only).", "", 204,
     "", ""},
    {"api.families.home", "family accounts",
     "Ons gezin: the fixed face, what is new, the entries the family member may see. Logged.", "",
     200, "object", ""},
    {"api.families.export", "family accounts",
     "Download everything the family member may see, as JSON: the entries, and the safety map, "
     "plan, meetings, decisions, measures and children's own words as their own routes give "
     "them (null where the member may not read that part). Logged, one line per part.",
     "", 200, "object", ""},
    // Issue 13 item 3: served by the HTML front-end's PDF builder (web/family_copy.h).
    {"api.families.copy_pdf", "family accounts",
     "The family member's own copy as PDF (application/pdf, an attachment): the same texts as "
     "Ons gezin, every entry they may read with its reactions, what is withheld from them and "
     "why, and the family chain's head on every page. Dutch, or English with ?lang=en. "
     "Logged as copy_pdf.",
     "", 200, "pdf", ""},
    {"api.access_log.get", "families",
     "Who read this family file, when, in which role and why (newest first). Logged too.", "", 200,
     "AccessLog", "before limit purpose"},
    {"api.reactions.create", "reactions",
     "A family member reacts to an entry they can see: understood, correction_request (answer "
     "due within one month), disagreement or own_statement.",
     "NewReaction", 201, "Created", ""},
    {"api.corrections.answer", "reactions",
     "Answer a correction request. Accepted: a new entry corrects the old one, which stays, "
     "marked corrected.",
     "CorrectionAnswer", 200, "CorrectionAnswered", ""},
    {"api.withholdings.create", "withholding",
     "Withhold an entry from a family member on a legal ground, with a reason and a review date.",
     "NewWithholding", 201, "Created", ""},
    {"api.withholdings.create_item", "withholding",
     "Withhold an item from a family member as an entry is withheld (issue 11 item 6): "
     "target_kind entry, safety_map_item (a danger statement, strength or goal), plan_comment, "
     "plan_conditions (plan_c<seq>), meeting_agreement or child_voice (never from the child "
     "whose words they are: 400 own_words_of_child), and target_id. The member sees a "
     "placeholder (withheld) on the item, never its words.",
     "NewItemWithholding", 201, "Created", ""},
    {"api.withholdings.renew", "withholding",
     "Renew a withholding that is in force: a new review date and reason.", "RenewWithholding", 200,
     "Ok", ""},
    {"api.withholdings.lift", "withholding", "End a withholding early, with a reason.",
     "LiftWithholding", 200, "Ok", ""},
    {"api.objections.create", "withholding",
     "The family member it is withheld from objects; a second professional answers.",
     "NewObjection", 201, "Created", ""},
    {"api.objections.answer", "withholding",
     "Answer an objection (never by the professional who decided). Upheld lifts the withholding.",
     "ObjectionAnswer", 200, "Ok", ""},
    {"api.plain_language.check", "plain language",
     "Advice on a text a professional writes for a family: sentences over 20 words, jargon "
     "with a plain alternative, and a Flesch-Douma readability score with a Dutch label. "
     "Advice only: nothing is stored. Professionals only.",
     "PlainLanguageRequest", 200, "PlainLanguageAdvice", ""},
    // Issue 10: the household and who is involved.
    {"api.household.get", "household",
     "The household (members, also who left; custody per pair), who is involved now and what "
     "changed, newest first. Involved professionals only. Logged.",
     "", 200, "Household", ""},
    {"api.members.create", "household",
     "Add a member to an open file (a birth, a new partner), with a reason. Lead or duo.",
     "HouseholdMember", 201, "Created", ""},
    {"api.members.left", "household",
     "Record that a member left the household from a date, with a reason. From that day they "
     "no longer read the file, unless custody gives a parent access. Lead or duo.",
     "MemberLeft", 200, "Ok", ""},
    {"api.members.birth_date", "household",
     "Correct a member's birth date, with a reason (ages and rights follow at once). Lead or duo.",
     "BirthDateCorrection", 200, "Ok", ""},
    {"api.custody.set", "household",
     "Change custody of one parent-child pair on a court ruling (its date), with a reason. "
     "Access follows at once. Lead or duo.",
     "CustodyChange", 200, "Ok", ""},
    {"api.involvements.create", "household",
     "A duo partner (regional safety team) or a behavioural scientist joins the file, with a "
     "reason. Lead only.",
     "NewInvolvement", 201, "Ok", ""},
    {"api.involvements.end", "household",
     "End an involvement, with a reason: the lead ends another's, a professional their own (not "
     "the lead's: that is a handover). From that instant the file is a 404 to them.",
     "EndInvolvement", 200, "Ok", ""},
    // Issue 14 item 2: the caller's own second login step (TOTP).
    {"api.totp.get", "session",
     "The caller's second login step: whether it is on and required; while setting it up, the "
     "secret and its otpauth URI.",
     "", 200, "SecondStep", ""},
    {"api.totp.start", "session",
     "Start setting up a second login step: a new secret (replacing one never confirmed). 422 "
     "when one is on already.",
     "", 201, "SecondStep", ""},
    {"api.totp.confirm", "session",
     "Turn the second step on with the first code from the app (totp.enrolled). 400 with the "
     "field code when it is not right.",
     "SecondStepCode", 204, "", ""},
    {"api.totp.disable", "session",
     "Turn the second step off with a current code (totp.disabled). 422 when the installation "
     "requires it.",
     "SecondStepCode", 204, "", ""},
    // Issue 14: tokens with a life cycle, and the administration of professional accounts.
    {"api.tokens.list", "session",
     "The caller's own API tokens (active, expired and revoked), never their secrets.", "", 200,
     "TokenList", ""},
    {"api.tokens.revoke", "session",
     "Revoke one of the caller's tokens (an administrator: anyone's). It stops at once.", "", 204,
     "", ""},
    {"api.users.list", "administration",
     "Administrators: every team and every professional account, with whether it is disabled.", "",
     200, "UserAdminList", ""},
    {"api.users.create", "administration",
     "Administrators: add a professional account. The password has at least 12 characters and "
     "is not a common one.",
     "NewUser", 201, "Created", ""},
    {"api.users.disable", "administration",
     "Administrators: disable an account, with a reason. Its sessions end and its tokens are "
     "revoked at once.",
     "Reason", 200, "Ok", ""},
    {"api.users.enable", "administration",
     "Administrators: enable a disabled account again, with a reason.", "Reason", 200, "Ok", ""},
    {"api.users.team", "administration", "Administrators: move a professional to another team.",
     "TeamChange", 200, "Ok", ""},
    {"api.users.access", "administration",
     "Administrators: a professional's sessions that have not ended and API tokens, whether they "
     "use a second login step, and their newest password reset link (never the link itself).",
     "", 200, "UserAccess", ""},
    // Issue 14 item 1: a reset link, a lost second step, organisations and teams.
    {"api.users.password_reset", "administration",
     "Administrators: mail the professional a one-time link to set a new password themselves "
     "(valid 24 hours, once; a newer link or disabling the account ends it). No body, or {}. 422 "
     "when the account is disabled or has no e-mail address; 429 within a minute of the last "
     "request; 503 when the mail could not be sent. Outside demo mode 422 also when Stip has no "
     "SMTP relay (--smtp-relay: the mail would only lie in a directory on the server) or its "
     "--public-url is not https. \"mail\" says where the mail went: sent, or outbox_directory "
     "(demo: a file on the server, nothing sent).",
     "", 202, "PasswordReset", ""},
    {"api.password_reset.use", "session",
     "No login: set a new password with the link from the reset mail (the {token} of "
     "/wachtwoord-herstellen/{token}), under the password rule (400 with a field error; the link "
     "keeps working). The professional's sessions end and their tokens are revoked. 404 for a "
     "link Stip never sent; 410 for one that is used, expired, replaced or stopped.",
     "NewPassword", 200, "Ok", ""},
    {"api.users.second_step_reset", "administration",
     "Administrators: remove a professional's second login step (a lost phone), with a reason "
     "(totp.reset). Their sessions end and they get a mail; \"mail\" says whether it was sent, "
     "lies in the outbox directory on the server (no --smtp-relay), or could not be made (tell "
     "them yourself). 422 when they have none.",
     "Reason", 200, "SecondStepReset", ""},
    {"api.organisations.list", "administration",
     "Administrators: every organisation, by name, with its teams.", "", 200, "OrganisationList",
     ""},
    // Issue 14 item 4: the operators' log.
    {"api.operator_log.list", "administration",
     "Administrators: the operators' log (access:system), newest first: who ran which stip "
     "command (backup, migrate, verify, rebuild, retention_run, retention_destroy), what it "
     "touched and when. Paged with before (the seq of the last line seen) and limit; "
     "next_before is 0 on the oldest page.",
     "", 200, "OperatorLog", "before limit"},
    {"api.organisations.create", "administration",
     "Administrators: add an organisation (organisation.created). 409 when the name is taken.",
     "OrganisationName", 201, "Created", ""},
    {"api.teams.create", "administration",
     "Administrators: add a team to the organisation (team.created). 409 when the organisation "
     "has a team with that name.",
     "NewTeam", 201, "Created", ""},
    {"api.teams.rename", "administration",
     "Administrators: give a team another name (team.renamed), unique within its organisation.",
     "OrganisationName", 200, "Ok", ""},
    {"api.entries.readers_preview", "families",
     "Who of the family would read an entry with this audience, before it is saved (issue 13). "
     "The same rule as for a saved entry; nothing is stored.",
     "ReadersPreviewRequest", 200, "ReadersPreview", ""},
    // Issue 10 items 7 and 8: my work, team leads, notifications.
    {"api.my_work.get", "my work",
     "What is due in the files the caller leads or shares (correction requests, objections, "
     "withholdings to review, files without a new entry for `weeks` weeks), earliest first, "
     "paged. Logged for every file on the page.",
     "", 200, "MyWork", "weeks page limit"},
    {"api.my_work.team", "my work",
     "For a team lead: each professional of the teams they lead with their caseload and counts. "
     "No family is named.",
     "", 200, "TeamWork", "weeks"},
    {"api.teams.lead", "administration",
     "Administrators: name the team lead of a team (a professional of that team), or no one, "
     "with a reason.",
     "TeamLead", 200, "Ok", ""},
    {"api.digest.get", "my work", "The caller's choice for the mail digest.", "", 200, "Digest",
     ""},
    {"api.digest.set", "my work", "Choose the mail digest: daily, weekly or off.", "Digest", 200,
     "Digest", ""},
    {"api.entry_mail.get", "family",
     "A family member: whether they get a mail (a link, no content) when something new is "
     "written that they can read.",
     "", 200, "EntryMail", ""},
    {"api.entry_mail.set", "family", "A family member turns that mail on or off.", "EntryMail", 200,
     "EntryMail", ""},
    // Issue 10: network members (naasten).
    {"api.network.get", "network",
     "The family's network members and what each consent shares (a family member sees the "
     "shared entries they may read themselves; the others are counted). Family members and "
     "involved professionals. Logged.",
     "", 200, "Network", ""},
    {"api.network.invite", "network",
     "Invite a network member (a parent with custody, or a young person of 16+ about their own "
     "information), with the entries they may read from now on; a one-time code goes by mail.",
     "NetworkInvitation", 201, "Created", ""},
    {"api.network.consent.change", "network",
     "Change what a consent shares (its giver only): the entries and last day replace the old "
     "ones.",
     "NetworkShare", 200, "Ok", ""},
    {"api.network.consent.end", "network",
     "End a consent (its giver only): from that instant the network member no longer sees it.",
     "NetworkEnd", 200, "Ok", ""},
    {"api.network.consent.stop", "network",
     "Stop a consent (the lead only) when the child's safety asks for it, with a reason (required) "
     "that the family reads on its list of changes: from that instant the network member no "
     "longer sees it.",
     "NetworkEnd", 200, "Ok", ""},
    {"api.shared.get", "network",
     "A network member's own view: only the entries shared with them by a consent in force. "
     "404 when none is. Logged.",
     "", 200, "Shared", ""},
    // Issue 10: the handover of the fixed face.
    {"api.handovers.offered", "handover",
     "The handovers waiting for the caller's answer, each with its family's name (logged in "
     "that family's access log with the purpose overdracht). Professionals only.",
     "", 200, "HandoverList", ""},
    {"api.handovers.propose", "handover",
     "The lead proposes a colleague of a local team as the new fixed face, with a reason and "
     "words the family reads before it takes effect; warm (overlap, joint meeting) or cold.",
     "NewHandover", 201, "Created", ""},
    {"api.handovers.accept", "handover",
     "The proposed colleague becomes the lead at this instant; a cold handover ends the old "
     "lead's access at once. Anyone else: 404.",
     "", 200, "Ok", ""},
    {"api.handovers.decline", "handover",
     "The proposed colleague declines, with words; the lead stays the lead.", "HandoverWords", 200,
     "Ok", ""},
    {"api.handovers.withdraw", "handover",
     "The lead withdraws a proposal that waits for an answer, with words.", "HandoverWords", 200,
     "Ok", ""},
    // Issue 11 items 3 and 4: meetings and feedback.
    {"api.meetings.list", "meetings",
     "The file's meetings the caller may read: date, place, who is invited, the agenda; once "
     "held, who was there, how each child was there or heard, the summary (an entry: withholding "
     "applies), the agreements and the next date. Professionals see that feedback came in and "
     "from whom, never the answers; a family member sees their own answer. Logged with the "
     "purpose.",
     "", 200, "Meetings", "purpose"},
    {"api.meetings.plan", "meetings",
     "The lead or the duo plans a meeting with household members, involved professionals and "
     "network members.",
     "NewMeeting", 201, "Created", ""},
    {"api.meetings.agenda", "meetings",
     "A family member (their own point or question) or an involved professional adds to the "
     "agenda of a meeting that was not held yet (422 afterwards).",
     "NewAgendaItem", 201, "Created", ""},
    {"api.meetings.record", "meetings",
     "The lead or the duo records the meeting, once (422 a second time or before its date): who "
     "was there, every child's how, the summary as an entry of the file, the agreements, the "
     "next date. The members who were there are invited to give feedback (page and mail).",
     "MeetingRecord", 201, "MeetingRecorded", ""},
    {"api.meetings.feedback", "meetings",
     "A family member who was there answers four questions 1-5 with optional words (201), or "
     "changes their answer within 7 days (200); after that it is fixed (422).",
     "MeetingFeedback", 201, "FeedbackGiven", ""},
    {"api.teams.meeting_feedback", "meetings",
     "A team's feedback over all its meetings, for its professionals and its team lead: per "
     "question how often each value 1-5 was given, only over at least 10 answers (suppressed "
     "below); never per family, never one combined score.",
     "", 200, "TeamMeetingFeedback", ""},
    // Issue 11: the safety map.
    {"api.safety_map.get", "safety map",
     "The safety map with every round: worries with their disagreements, goals and one series "
     "of answers per participant (stable order, never sorted by score, never averaged); "
     "strengths. A 16+'s own answers show to a parent only with their consent; a family member "
     "reads what was written while they lived in the household. Logged with the purpose.",
     "", 200, "SafetyMap", "purpose"},
    {"api.safety_map.round", "safety map",
     "The lead or the duo opens the next round; answers go to the newest round.", "", 201,
     "SafetyRound", ""},
    {"api.safety_map.danger", "safety map",
     "The lead or the duo adds a worry: who is worried, about what, and what will happen "
     "to the child if nothing changes.",
     "NewDanger", 201, "Created", ""},
    {"api.safety_map.strength", "safety map", "The lead or the duo adds what goes well.",
     "SafetyWords", 201, "Created", ""},
    {"api.safety_map.goal", "safety map",
     "The lead or the duo adds a safety goal, paired with one worry.", "NewSafetyGoal", 201,
     "Created", ""},
    {"api.safety_map.disagreement", "safety map",
     "A family member writes in their own disagreement with a worry, word for word (member_id "
     "left out); a professional writes one down for the member it names.",
     "NewDisagreement", 201, "Created", ""},
    {"api.safety_map.score", "safety map",
     "The caller's own answer 0-10 to one worry in the newest round, with own words; the "
     "wording of 0 and 10 shown is stored with it. One answer per participant per worry per "
     "round: a second is 409. recorded_for: a professional takes down a child under 12's answer.",
     "NewScore", 201, "Created", ""},
    // Issue 11 item 5: the child's own words (in mijn eigen woorden).
    {"api.child_voice.list", "child voice",
     "Per child the records of the child's own words the caller may read (three houses: good "
     "things, worries, dreams), who wrote each (the child, or a professional with the child) and "
     "with whom the child shares it, and the child's explanation. Professionals read every "
     "record; the child their own; a parent only what the child shares with them and only when "
     "the access rules let them see that child; a brother or sister only when listed. The lead "
     "and the duo see which children have no explanation yet. Logged with the purpose.",
     "", 200, "ChildVoices", "purpose"},
    {"api.child_voice.write", "child voice",
     "A child of 12+ writes their own words (child_id left out); a professional takes them down "
     "with the child it names (taken_down). At least one of the three houses; share: "
     "professionals (default), parents or members (with share_with). A child under 12 from their "
     "own account: 403.",
     "NewChildVoice", 201, "Created", ""},
    {"api.child_voice.sharing", "child voice",
     "The child changes with whom their words are shared; a professional may only narrow it "
     "(widening is 403) and says why (reason, required of them; the child reads it).",
     "ChildVoiceSharing", 200, "ChildVoiceShared", ""},
    {"api.child_explanation.get", "child voice",
     "The child's explanation in words for that child (newest version; professionals get every "
     "version): for the child, parents as the access rules allow, and the professionals. "
     "Logged with the purpose.",
     "", 200, "ChildExplanation", "purpose"},
    {"api.child_explanation.write", "child voice",
     "The lead or the duo writes the next version of a child's explanation: what the worries "
     "are and what is being done.",
     "ExplanationText", 201, "DecisionVersion", ""},
    // Issue 12: decisions (besluiten) and the second opinion (tegenspraak).
    {"api.decisions.list", "decisions",
     "Every decision the caller may read: what is decided, the legal ground, facts (source, "
     "date, linked entry) apart from opinions, alternatives and why not, who was present, how "
     "each child was heard, the family's views in their own words, the second opinions (counts: "
     "given on the version that stands) and not_yet (what still stands in the way of taking "
     "it). The family reads a decision once it is shared. No field is a score. Logged with the "
     "purpose.",
     "", 200, "Decisions", "purpose"},
    {"api.decisions.draft", "decisions",
     "The lead or the duo drafts a decision. Every child of the household is named in children "
     "(heard, or why not); facts need at least one, alternatives too; decider is the lead or "
     "the duo.",
     "NewDecision", 201, "Created", ""},
    {"api.decisions.revise", "decisions",
     "A new version of a decision not taken yet (the whole content). A second opinion on an "
     "earlier version no longer counts: a heavy decision needs a new one.",
     "NewDecision", 201, "DecisionVersion", ""},
    {"api.decisions.share", "decisions",
     "The lead or the duo shares the draft with the family, who may then write their view.", "",
     200, "Ok", ""},
    {"api.decisions.view", "decisions",
     "A family member's view in their own words (member_id left out), while the decision is "
     "shared; 422 before it is shared and after it is taken. A professional takes one down with "
     "the member it names (marked as such).",
     "NewDecisionView", 201, "Created", ""},
    {"api.decisions.second_opinion", "decisions",
     "A behavioural scientist involved in the file (second_opinion), who is not the decider, "
     "gives a second opinion on the version that stands, tied to its content_hash. The decider: "
     "422; another role: 403.",
     "NewSecondOpinion", 201, "Created", ""},
    {"api.decisions.take", "decisions",
     "The decider takes a shared decision. A heavy one needs a second opinion on the version "
     "that stands by someone other than the decider: 422 with the reason when it is missing, "
     "only by the decider, or voided by a later change.",
     "", 200, "Ok", ""},
    // Issue 12 item 3: court measures (maatregelen) and their legal deadlines.
    {"api.measures.list", "measures",
     "Every court measure the caller may read (a family member: those concerning them, as an "
     "entry about those children), with its history, the day it stops holding (ends_on: never "
     "past the 18th birthday), the frame of the file (compulsory while one runs) and every "
     "legal deadline as a dated item: due, warn_from (the early warning), what to do and the "
     "article (done_on once met). Each measure carries the family's rights with it (rights: "
     "id, Dutch and English text with glossary terms, who helps, source, checked date and the "
     "last day for a right with a term). A parent named on a measure (parents) reads it as a "
     "summary (summary_only) even without custody. No field is a score. Logged with the "
     "purpose.",
     "", 200, "Measures", "purpose"},
    {"api.measures.record", "measures",
     "The lead or the duo records a measure as the judge ruled it. 400 with field errors for "
     "an unknown kind, a child not of the household, a ruling in the future, an end not after "
     "the start or past the longest term of the kind, a start on or after a child's 18th "
     "birthday, or a decision_id that is not a taken decision.",
     "NewMeasure", 201, "Created", ""},
    {"api.measures.extend", "measures",
     "The judge extended a running OTS or uithuisplaatsing: the new end after the one that "
     "stands, by at most 12 months. Another kind, or an ended measure: 422.",
     "MeasureExtension", 200, "Ok", ""},
    {"api.measures.end", "measures",
     "A running measure ended early, on ended_on (not before its start, not in the future), "
     "with the reason. Already ended: 422.",
     "MeasureEnd", 200, "Ok", ""},
    {"api.measures.deadline_done", "measures",
     "The lead or the duo marks a legal deadline met (the hearing held, the placement used, "
     "the request filed), named by its kind and due date, on done_on (not in the future). It "
     "stays in the list with done_on and no longer counts as overdue on Mijn werk. Not an open "
     "deadline of the measure, or the end or an 18th birthday: 400; marked already: 422.",
     "DeadlineDone", 200, "Ok", ""},
    // Issue 14 item 3: retention and the legal hold (bewaarplicht).
    {"api.retention.read", "retention",
     "For an involved professional: the file's retention regime (jeugdhulp, veiligheidsteam, "
     "jeugdbescherming), the first day it may be destroyed (destroy_from; while help goes on "
     "help_ended is false and the date is only a 'not before'), the rule that gave it, any "
     "legal hold, and whether the caller may set or lift one. Logged. Family members: 404.",
     "", 200, "Retention", ""},
    {"api.legal_hold.set", "retention",
     "The lead, or the team lead of the lead's team, puts the file on legal hold with a reason; "
     "while it stands nothing of the file is destroyed. 400 without a reason; another involved "
     "professional: 403; anyone else: 404.",
     "LegalHoldReason", 200, "Ok", ""},
    {"api.legal_hold.lift", "retention",
     "The lead or the team lead lifts the legal hold with a reason. No hold: 422.",
     "LegalHoldReason", 200, "Ok", ""},
    // Issue 14 item 3 part C: the family's request to destroy.
    {"api.destruction_requests.list", "retention",
     "A family member: their own requests to destroy with the answers, and per scope (file, "
     "own_data) why they may not ask now (null: they may). An involved professional (or the "
     "team lead who may answer): every request of the file. Logged. Network members: 404.",
     "", 200, "DestructionRequests", ""},
    {"api.destruction_requests.create", "retention",
     "A family member (a parent, a carer, a child of 12 or older) asks that the whole file "
     "(only who reads the file) or their own data be destroyed, with an optional reason. The "
     "answer is due in three months. A second open request by the same member: 409; a child "
     "under 12: 403; a professional: 403 (involved) or 404.",
     "DestructionAsk", 201, "DestructionRequest", ""},
    {"api.destruction_requests.answer", "retention",
     "The lead (or the last lead's team lead once help ended) answers: granted (scope file "
     "only, no legal hold, no court measure running: the file is destroyed at once), "
     "partly_granted or refused (reasons required). The asker gets a mail without content. "
     "Answered already, on hold, a measure running or scope own_data granted: 422. Granted "
     "within 14 days of a request for the whole file, while another parent with custody has not "
     "asked for it too: 422 (the other members were told and may react). Granted writes the "
     "answer and the destruction in one append: both or neither.",
     "DestructionAnswer", 200, "DestructionRequest", ""},
    // Issue 10 item 4: emergency access (noodtoegang) and its review.
    {"api.emergency.open", "emergency access",
     "A professional of a local or regional safety team who is not involved opens a file "
     "read-only with a written reason, for 24 hours (or the operator's shorter window). Every "
     "read is flagged in the family's access log with the purpose noodtoegang. 404 for an "
     "unknown file, 409 when involved or open already, 403 for an administrator.",
     "NewEmergencyAccess", 201, "EmergencyAccess", ""},
    {"api.emergency.mine", "emergency access", "The caller's own uses of emergency access.", "",
     200, "EmergencyAccessList", ""},
    {"api.emergency.end", "emergency access",
     "The professional ends their own use before it expires: 404 on the file from then on.", "",
     200, "Ok", ""},
    {"api.emergency.reviews", "emergency access",
     "The uses the caller judges as team lead, not judged yet: who, when, which file (number "
     "only), the reason and the lines read (what, when), never the family's content. Each is "
     "logged in that family's access log (role team_lead, purpose kwaliteitstoetsing).",
     "", 200, "EmergencyReviewList", ""},
    {"api.emergency.review", "emergency access",
     "The team lead records the judgement once: justified or not_justified, with words the "
     "family reads. 404 for another team's use, 403 for one's own, 409 when judged already.",
     "EmergencyReview", 200, "Ok", ""},
    // Issue 10 item 6: al bekend?
    {"api.known_elsewhere.check", "known elsewhere",
     "Before opening a file: whether any of these children (a BSN, or else name and birth date) "
     "is known in a file of this installation. Answers only the teams that hold such a file and "
     "how to reach them; never a family, a member or content. Professionals of a team only. The "
     "check is on the ledger; a file that matched gets a line in its access log.",
     "KnownElsewhereCheck", 200, "KnownElsewhereAnswer", ""},
    {"api.join_requests.ask", "known elsewhere",
     "From a match of a check of yours: ask the lead of the matched file (of team_id, or every "
     "matched file) to add you with a role (duo: regional safety team only; second_opinion) and "
     "a message. 404 without such a match; 409 when your request there is still open; "
     "administrators and family members 403.",
     "NewJoinRequest", 201, "JoinRequestIds", ""},
    {"api.join_requests.list", "known elsewhere",
     "The open requests to files you lead (logged in their access logs), and your own requests "
     "with the answer (the file named only once accepted).",
     "", 200, "JoinRequestList", ""},
    {"api.join_requests.accept", "known elsewhere",
     "The lead accepts: the asker is involved from this instant (involvement.started).", "", 200,
     "Ok", ""},
    {"api.join_requests.decline", "known elsewhere",
     "The lead declines, with words the asker reads; the file stays closed to them.",
     "HandoverWords", 200, "Ok", ""},
    // Issue 11 item 2: the family's own plan first (familiegroepsplan).
    {"api.plan.get", "family plan",
     "The plan: the offer to the family to make their own plan first and its outcome (declined "
     "or waived: professional_plan_due, 6 weeks later, Jeugdwet 4.1.3), every version the "
     "family wrote, the professionals' safety conditions apart, and the comments beside their "
     "version. A family member reads what was written while they lived in the household. "
     "Logged with the purpose.",
     "", 200, "FamilyPlan", "purpose"},
    {"api.plan.compare", "family plan",
     "Two versions side by side and, per field, the lines that went and the lines that came. "
     "400 for a version that is not a whole number from 1, 404 for one that does not exist. "
     "Logged with the purpose.",
     "", 200, "PlanCompare", "from to purpose"},
    {"api.plan.offer", "family plan",
     "The lead or the duo records the dated offer to the family to make their own plan with "
     "their network (Jeugdwet 4.1.2); once per file (422 after).",
     "PlanOffer", 200, "Ok", ""},
    {"api.plan.outcome", "family plan",
     "The lead or the duo records the outcome once: accepted (expected_by), declined by the "
     "family, or waived on a ground (concrete_threat, child_interest) with a reason.",
     "PlanOfferOutcome", 200, "Ok", ""},
    {"api.plan.version", "family plan",
     "A family member (a parent or carer with custody, a child of 12+) writes the next version "
     "of the whole plan once the offer was accepted; a safety plan (kind safety) adds rules, "
     "watchers and warning signs. Professionals get 403: they comment, never overwrite.",
     "PlanVersion", 201, "PlanVersionNumber", ""},
    {"api.plan.conditions", "family plan",
     "The lead or the duo sets the professionals' safety conditions as a whole, kept apart from "
     "the family's plan.",
     "PlanConditions", 200, "Ok", ""},
    {"api.plan.comment", "family plan",
     "An involved professional comments beside one version; the plan itself never changes.",
     "PlanComment", 201, "Created", ""},
};

const Operation* FindOperation(std::string_view route) {
  for (const auto& op : kOperations) {
    if (op.route == route) return &op;
  }
  return nullptr;
}

bool IsApiRoute(const Route& route) {
  return route.pattern.starts_with("/api/") || route.name.starts_with("ops.");
}

constexpr std::string_view kComponents = R"json({
 "securitySchemes": {
  "sessionCookie": {"type": "apiKey", "in": "cookie", "name": "stip_session",
   "description": "From POST /api/v1/session."},
  "csrfToken": {"type": "apiKey", "in": "header", "name": "X-CSRF-Token",
   "description": "The csrf value from POST /api/v1/session; required with the session cookie on state-changing calls."},
  "bearerToken": {"type": "http", "scheme": "bearer",
   "description": "A personal access token from POST /api/v1/tokens; needs no CSRF token."}
 },
 "responses": {
  "Error": {"description": "An error; see code and fields.",
   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
 },
 "schemas": {
  "Error": {"type": "object", "required": ["error"], "properties": {"error": {
   "type": "object", "required": ["code", "message", "fields"], "properties": {
    "code": {"type": "string", "enum": ["invalid_argument", "not_found", "already_exists",
     "failed_precondition", "permission_denied", "unauthenticated", "conflict",
     "resource_exhausted", "unavailable", "internal"]},
    "message": {"type": "string"},
    "fields": {"type": "array", "items": {"$ref": "#/components/schemas/FieldError"}}}}}},
  "FieldError": {"type": "object", "required": ["field", "code", "message", "params"],
   "properties": {
    "field": {"type": "string", "description": "Path of the value, e.g. members[1].birth_date."},
    "code": {"type": "string", "description": "What is wrong; stable, for programs; docs/api.md lists each code and its params."},
    "message": {"type": "string", "description": "What is wrong, in English, for developers."},
    "params": {"type": "object", "description": "The code's parameters, e.g. {\"max\": 120, \"length\": 130} for too_long.",
     "additionalProperties": {"oneOf": [{"type": "integer"}, {"type": "string"},
      {"type": "array", "items": {"type": "string"}}]}}}},
  "LoginRequest": {"type": "object", "additionalProperties": false,
   "required": ["username", "password"],
   "properties": {"username": {"type": "string"}, "password": {"type": "string", "format": "password"},
    "code": {"type": "string", "pattern": "^[0-9]{6}$",
     "description": "The current TOTP code, when the account has a second login step."}}},
  "Session": {"type": "object", "required": ["csrf", "user", "expires_at"], "properties": {
   "csrf": {"type": "string"}, "user": {"$ref": "#/components/schemas/User"},
   "expires_at": {"type": "string", "format": "date-time"},
   "second_step_missing": {"type": "boolean",
    "description": "The installation requires a second login step this account has not set up: until it is, only /api/v1/totp, /api/v1/me and logging out are open."}}},
  "SecondStep": {"type": "object", "required": ["enrolled", "required"], "properties": {
   "enrolled": {"type": "boolean"}, "required": {"type": "boolean"},
   "secret": {"type": "string", "description": "Base32, only while enrolment waits for its first code."},
   "otpauth_uri": {"type": "string", "description": "otpauth://totp/... with the same secret."}}},
  "SecondStepCode": {"type": "object", "additionalProperties": false, "required": ["code"],
   "properties": {"code": {"type": "string", "pattern": "^[0-9]{6}$"}}},
  "User": {"type": "object",
   "required": ["id", "username", "display_name", "team_id", "admin", "phone", "email"],
   "properties": {"id": {"type": "string"}, "username": {"type": "string"},
    "display_name": {"type": "string"}, "team_id": {"type": "string"},
    "admin": {"type": "boolean"}, "phone": {"type": "string"}, "email": {"type": "string"},
    "disabled": {"type": "boolean", "description": "Issue 14: an administrator disabled the account."}}},
  "Team": {"type": "object", "nullable": true, "required": ["id", "name", "kind", "phone", "email"],
   "properties": {"id": {"type": "string"}, "name": {"type": "string"},
    "kind": {"type": "string", "enum": ["local", "regional_safety"]},
    "phone": {"type": "string"}, "email": {"type": "string"}}},
  "Organisation": {"type": "object", "nullable": true, "required": ["id", "name"],
   "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
  "Professional": {"allOf": [{"$ref": "#/components/schemas/User"}, {"type": "object",
   "required": ["team", "organisation"], "properties": {
    "team": {"$ref": "#/components/schemas/Team"},
    "organisation": {"$ref": "#/components/schemas/Organisation"}}}]},
  "ProfessionalList": {"type": "object", "required": ["professionals"], "properties": {
   "professionals": {"type": "array", "items": {"$ref": "#/components/schemas/Professional"}}}},
  "Face": {"type": "object", "description": "The fixed face (lead) or duo partner as the family sees them.",
   "required": ["id", "display_name", "team", "organisation", "phone", "email"],
   "properties": {"id": {"type": "string"}, "display_name": {"type": "string"},
    "team": {"$ref": "#/components/schemas/Team"},
    "organisation": {"$ref": "#/components/schemas/Organisation"},
    "phone": {"type": "string"}, "email": {"type": "string"}}},
  "TokenRequest": {"type": "object", "additionalProperties": false, "required": ["name"],
   "properties": {"name": {"type": "string"},
    "expires_in_days": {"type": "integer", "minimum": 1, "maximum": 365, "default": 90}}},
  "Token": {"type": "object", "required": ["id", "token", "expires_at"], "properties": {
   "id": {"type": "string"}, "token": {"type": "string", "description": "Shown once."},
   "expires_at": {"type": "string", "format": "date-time"}}},
  "TokenInfo": {"type": "object",
   "required": ["id", "user_id", "name", "issued_at", "expires_at", "state"], "properties": {
    "id": {"type": "string"}, "user_id": {"type": "string"}, "name": {"type": "string"},
    "issued_at": {"type": "string", "format": "date-time"},
    "expires_at": {"type": "string", "format": "date-time"},
    "state": {"type": "string", "enum": ["active", "expired", "revoked"]}}},
  "TokenList": {"type": "object", "required": ["tokens"], "properties": {
   "tokens": {"type": "array", "items": {"$ref": "#/components/schemas/TokenInfo"}}}},
  "SessionInfo": {"type": "object", "required": ["created_at", "expires_at", "current"],
   "properties": {"created_at": {"type": "string", "format": "date-time"},
    "expires_at": {"type": "string", "format": "date-time"}, "current": {"type": "boolean"}}},
  "UserAccess": {"type": "object", "required": ["user_id", "sessions", "tokens"], "properties": {
   "user_id": {"type": "string"},
   "sessions": {"type": "array", "items": {"$ref": "#/components/schemas/SessionInfo"}},
   "tokens": {"type": "array", "items": {"$ref": "#/components/schemas/TokenInfo"}},
   "second_step": {"type": "boolean"},
   "password_reset": {"oneOf": [{"$ref": "#/components/schemas/PasswordReset"}, {"type": "null"}]}}},
  "PasswordReset": {"type": "object",
   "required": ["id", "requested_by", "requested_at", "expires_at", "state"], "properties": {
    "id": {"type": "string"}, "requested_by": {"type": "string"},
    "requested_at": {"type": "string", "format": "date-time"},
    "expires_at": {"type": "string", "format": "date-time"},
    "state": {"type": "string", "enum": ["open", "expired", "used", "replaced", "ended"]},
    "mail": {"type": "string", "enum": ["sent", "outbox_directory"],
     "description": "Only in the answer to the request: where the mail with the link went."}}},
  "NewPassword": {"type": "object", "additionalProperties": false, "required": ["password"],
   "properties": {"password": {"type": "string", "format": "password", "minLength": 12}}},
  "SecondStepReset": {"type": "object", "required": ["ok", "mail"], "properties": {
   "ok": {"type": "boolean"},
   "mail": {"type": "string", "enum": ["sent", "outbox_directory", "not_sent"]}}},
  "OrganisationList": {"type": "object", "required": ["organisations"], "properties": {
   "organisations": {"type": "array", "items": {"type": "object",
    "required": ["id", "name", "teams"], "properties": {
     "id": {"type": "string"}, "name": {"type": "string"},
     "teams": {"type": "array", "items": {"type": "object"}}}}}}},
  "OperatorLog": {"type": "object", "required": ["lines", "next_before"], "properties": {
   "lines": {"type": "array", "items": {"type": "object",
    "required": ["seq", "time", "user", "command", "target"], "properties": {
     "seq": {"type": "integer"}, "time": {"type": "string", "format": "date-time"},
     "user": {"type": "string", "description": "The OS user who ran it, os:NAME."},
     "command": {"type": "string"},
     "target": {"type": "string", "description": "What it touched: all families, one family, a backup file, a migration target."}}}},
   "next_before": {"type": "integer"}}},
  "OrganisationName": {"type": "object", "additionalProperties": false, "required": ["name"],
   "properties": {"name": {"type": "string", "maxLength": 120}}},
  "NewTeam": {"type": "object", "additionalProperties": false, "required": ["name"],
   "properties": {"name": {"type": "string", "maxLength": 120},
    "kind": {"type": "string", "enum": ["local", "regional_safety"], "default": "local"},
    "phone": {"type": "string"}, "email": {"type": "string"}}},
  "UserAdminList": {"type": "object", "required": ["teams", "users"], "properties": {
   "teams": {"type": "array", "items": {"type": "object"}},
   "users": {"type": "array", "items": {"$ref": "#/components/schemas/Professional"}}}},
  "NewUser": {"type": "object", "additionalProperties": false,
   "required": ["username", "display_name", "team_id", "password"], "properties": {
    "username": {"type": "string"}, "display_name": {"type": "string"},
    "team_id": {"type": "string"}, "password": {"type": "string", "format": "password", "minLength": 12},
    "admin": {"type": "boolean"}, "phone": {"type": "string"}, "email": {"type": "string"}}},
  "Reason": {"type": "object", "additionalProperties": false, "required": ["reason"],
   "properties": {"reason": {"type": "string"}}},
  "TeamChange": {"type": "object", "additionalProperties": false, "required": ["team_id"],
   "properties": {"team_id": {"type": "string"}}},
  "NewMember": {"type": "object", "additionalProperties": false,
   "required": ["name", "role", "birth_date"], "properties": {
    "ref": {"type": "string", "description": "Your key for this member within the request, used by custody."},
    "name": {"type": "string"},
    "role": {"type": "string", "enum": ["child", "parent", "carer", "other_adult"]},
    "birth_date": {"type": "string", "format": "date"},
    "bsn": {"type": "string", "pattern": "^[0-9]{9}$",
     "description": "A child's BSN (optional, 11-proof). Never stored: only a keyed hash."}}},
  "NewCustody": {"type": "object", "additionalProperties": false,
   "required": ["parent_ref", "child_ref"], "properties": {
    "parent_ref": {"type": "string"}, "child_ref": {"type": "string"},
    "has_custody": {"type": "boolean", "default": true}}},
  "NewFamily": {"type": "object", "additionalProperties": false,
   "required": ["name", "members", "lead_user_id"], "properties": {
    "name": {"type": "string"},
    "members": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/NewMember"},
     "description": "At least one child."},
    "custody": {"type": "array", "items": {"$ref": "#/components/schemas/NewCustody"}},
    "lead_user_id": {"type": "string", "description": "A professional of a local team."},
    "duo_user_id": {"type": "string", "nullable": true,
     "description": "A professional of the regional safety team."},
    "known_elsewhere_seen": {"type": "boolean", "default": false,
     "description": "When a child is known in another file, the file is opened only with true (409 otherwise)."},
    "known_elsewhere_reason": {"type": "string",
     "description": "Why a new file is needed although a child is known elsewhere (required then)."}}},
  "KnownElsewhereCheck": {"type": "object", "additionalProperties": false,
   "required": ["children"], "properties": {
    "children": {"type": "array", "minItems": 1, "maxItems": 12, "items": {
     "type": "object", "additionalProperties": false, "properties": {
      "bsn": {"type": "string", "pattern": "^[0-9]{9}$"},
      "name": {"type": "string"}, "birth_date": {"type": "string", "format": "date"}}}}}},
  "KnownElsewhereAnswer": {"type": "object", "required": ["check_id", "known", "teams"],
   "properties": {"check_id": {"type": "string"}, "known": {"type": "boolean"},
    "teams": {"type": "array", "items": {"type": "object", "required": ["name", "phone", "email"],
     "properties": {"id": {"type": "string"}, "name": {"type": "string"},
      "phone": {"type": "string"}, "email": {"type": "string"}}}}}},
  "NewJoinRequest": {"type": "object", "additionalProperties": false,
   "required": ["check_id", "role", "message"], "properties": {
    "check_id": {"type": "string"}, "team_id": {"type": "string"},
    "role": {"type": "string", "enum": ["duo", "second_opinion"]},
    "message": {"type": "string"}}},
  "JoinRequestIds": {"type": "object", "required": ["ids"], "properties": {
   "ids": {"type": "array", "items": {"type": "string"}}}},
  "JoinRequest": {"type": "object",
   "required": ["id", "check_id", "user_id", "role", "message", "status", "asked_at",
    "lead_team_id", "family_id", "family_name", "decided_at", "answer"],
   "properties": {"id": {"type": "string"}, "check_id": {"type": "string"},
    "user_id": {"type": "string"}, "role": {"type": "string"}, "message": {"type": "string"},
    "status": {"type": "string", "enum": ["open", "accepted", "declined"]},
    "asked_at": {"type": "string", "format": "date-time"}, "lead_team_id": {"type": "string"},
    "family_id": {"type": "string", "nullable": true},
    "family_name": {"type": "string", "nullable": true},
    "decided_at": {"type": "string", "format": "date-time", "nullable": true},
    "answer": {"type": "string"}}},
  "JoinRequestList": {"type": "object", "required": ["to_answer", "mine"], "properties": {
   "to_answer": {"type": "array", "items": {"$ref": "#/components/schemas/JoinRequest"}},
   "mine": {"type": "array", "items": {"$ref": "#/components/schemas/JoinRequest"}}}},
  "Created": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
  "FamilySummary": {"type": "object",
   "required": ["id", "name", "my_role", "lead_user_id", "updated_at", "entry_count"],
   "properties": {"id": {"type": "string"}, "name": {"type": "string"},
    "my_role": {"type": "string", "enum": ["lead", "duo"]}, "lead_user_id": {"type": "string"},
    "updated_at": {"type": "string", "format": "date-time"}, "entry_count": {"type": "integer"}}},
  "FamilyList": {"type": "object", "required": ["families"], "properties": {
   "families": {"type": "array", "items": {"$ref": "#/components/schemas/FamilySummary"}}}},
  "Member": {"type": "object", "required": ["id", "name", "role", "birth_date", "age"],
   "properties": {"id": {"type": "string"}, "name": {"type": "string"},
    "role": {"type": "string", "enum": ["child", "parent", "carer", "other_adult"]},
    "birth_date": {"type": "string", "format": "date"}, "age": {"type": "integer"}}},
  "Custody": {"type": "object", "required": ["parent_id", "child_id", "has_custody"],
   "properties": {"parent_id": {"type": "string"}, "child_id": {"type": "string"},
    "has_custody": {"type": "boolean"}}},
  "Entry": {"type": "object",
   "required": ["id", "seq", "kind", "source", "text", "author_id", "author_name", "created_at"],
   "properties": {"id": {"type": "string"}, "seq": {"type": "integer"},
    "kind": {"type": "string", "enum": ["fact", "observation", "opinion", "agreement", "conversation_report"]},
    "source": {"type": "string"}, "text": {"type": "string"}, "author_id": {"type": "string"},
    "author_name": {"type": "string", "nullable": true},
    "created_at": {"type": "string", "format": "date-time"}}},
  "Overview": {"type": "object",
   "required": ["id", "name", "created_at", "head_seq", "my_role", "members", "custody", "lead",
    "duo", "entries", "next_before"],
   "properties": {"id": {"type": "string"}, "name": {"type": "string"},
    "created_at": {"type": "string", "format": "date-time"}, "head_seq": {"type": "integer"},
    "my_role": {"type": "string", "enum": ["lead", "duo"]},
    "members": {"type": "array", "items": {"$ref": "#/components/schemas/Member"}},
    "custody": {"type": "array", "items": {"$ref": "#/components/schemas/Custody"}},
    "lead": {"$ref": "#/components/schemas/Face"},
    "duo": {"allOf": [{"$ref": "#/components/schemas/Face"}], "nullable": true},
    "entries": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}},
    "next_before": {"type": "integer", "description": "Pass as ?before= for older entries; 0 = no more."}}},
  "Invitation": {"type": "object", "additionalProperties": false,
   "required": ["member_id", "contact"], "properties": {
   "member_id": {"type": "string"}, "contact": {"type": "string", "format": "email"}}},
  "CodeRequest": {"type": "object", "additionalProperties": false, "required": ["contact"],
   "properties": {"contact": {"type": "string", "format": "email"}}},
  "CodeLogin": {"type": "object", "additionalProperties": false, "required": ["contact", "code"],
   "properties": {"contact": {"type": "string", "format": "email"}, "code": {"type": "string"}}},
  "NewConsent": {"type": "object", "additionalProperties": false, "required": ["member_id"],
   "properties": {"member_id": {"type": "string"},
   "valid_until": {"type": "string", "format": "date"}}},
  "NewEntry": {"type": "object", "additionalProperties": false,
   "required": ["kind", "source", "text"], "properties": {
    "kind": {"type": "string", "enum": ["fact", "observation", "opinion", "agreement", "conversation_report"]},
    "source": {"type": "string", "description": "Who said or saw it."},
    "text": {"type": "string"},
    "concerns": {"type": "array", "items": {"type": "string"},
     "description": "Member ids it concerns; absent or empty: the whole household."},
    "confidential_of": {"type": "string",
     "description": "The young person (16+) whose own confidential information it is."}}},
  "NewReaction": {"type": "object", "additionalProperties": false, "required": ["kind"],
   "properties": {"kind": {"type": "string",
    "enum": ["understood", "correction_request", "disagreement", "own_statement"]},
    "text": {"type": "string", "description": "Required except for understood."}}},
  "CorrectionAnswer": {"type": "object", "additionalProperties": false,
   "required": ["accepted", "answer"], "properties": {"accepted": {"type": "boolean"},
    "answer": {"type": "string"}, "kind": {"type": "string"}, "source": {"type": "string"},
    "text": {"type": "string", "description": "Accepted only: the corrected entry's text."}}},
  "CorrectionAnswered": {"type": "object", "required": ["correction_entry_id"], "properties": {
   "correction_entry_id": {"type": "string", "nullable": true}}},
  "NewWithholding": {"type": "object", "additionalProperties": false,
   "required": ["ground", "reason", "review_date"], "properties": {
    "member_id": {"type": "string", "description": "One member it is withheld from."},
    "member_ids": {"type": "array", "items": {"type": "string"},
     "description": "Several members it is withheld from."},
    "whole_household": {"type": "boolean",
     "description": "Withheld from every member, also members added later. The default for protects_third_person when no member is named."},
    "narrowing_reason": {"type": "string",
     "description": "Required for protects_third_person when members are named: why not the whole household."},
    "ground": {"type": "string", "enum": ["protects_third_person", "serious_harm_to_child",
     "young_person_confidential", "running_investigation"]},
    "reason": {"type": "string"}, "review_date": {"type": "string", "format": "date"}}},
  "NewItemWithholding": {"type": "object", "additionalProperties": false,
   "required": ["target_kind", "target_id", "ground", "reason", "review_date"], "properties": {
    "target_kind": {"type": "string", "enum": ["entry", "safety_map_item", "plan_comment",
     "plan_conditions", "meeting_agreement", "child_voice"]},
    "target_id": {"type": "string"},
    "member_id": {"type": "string"},
    "member_ids": {"type": "array", "items": {"type": "string"}},
    "whole_household": {"type": "boolean"},
    "narrowing_reason": {"type": "string"},
    "ground": {"type": "string", "enum": ["protects_third_person", "serious_harm_to_child",
     "young_person_confidential", "running_investigation"]},
    "reason": {"type": "string"}, "review_date": {"type": "string", "format": "date"}}},
  "RenewWithholding": {"type": "object", "additionalProperties": false,
   "required": ["review_date", "reason"], "properties": {
    "review_date": {"type": "string", "format": "date"}, "reason": {"type": "string"}}},
  "LiftWithholding": {"type": "object", "additionalProperties": false, "required": ["reason"],
   "properties": {"reason": {"type": "string"}}},
  "RevokeAccount": {"type": "object", "additionalProperties": false, "required": ["reason"],
   "properties": {"reason": {"type": "string"}}},
  "NewObjection": {"type": "object", "additionalProperties": false, "required": ["text"],
   "properties": {"text": {"type": "string"}}},
  "ObjectionAnswer": {"type": "object", "additionalProperties": false,
   "required": ["upheld", "answer"], "properties": {"upheld": {"type": "boolean"},
    "answer": {"type": "string"}}},
  "Ok": {"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}},
  "ReadersPreviewRequest": {"type": "object", "additionalProperties": false, "properties": {
   "concerns": {"type": "array", "items": {"type": "string"}},
   "confidential_of": {"type": "string"}}},
  "ReadersPreview": {"type": "object", "required": ["readers"], "properties": {
   "readers": {"type": "array", "items": {"type": "object",
    "required": ["member_id", "member_name", "reads", "visibility", "reason"], "properties": {
     "member_id": {"type": "string"}, "member_name": {"type": "string"},
     "reads": {"type": "boolean"},
     "visibility": {"type": "string", "enum": ["visible", "withheld", "not_shown"]},
     "reason": {"type": "string"}}}}}},
  "EntryCreated": {"type": "object", "required": ["id"], "properties": {
   "id": {"type": "string"}, "seq": {"type": "integer"}}},
  "AccessLogLine": {"type": "object",
   "required": ["seq", "time", "user_id", "user_name", "team_name", "role", "what", "purpose", "emergency"],
   "properties": {"seq": {"type": "integer"}, "time": {"type": "string", "format": "date-time"},
    "user_id": {"type": "string"}, "user_name": {"type": "string"},
    "team_name": {"type": "string"}, "role": {"type": "string"}, "what": {"type": "string"},
    "purpose": {"type": "string"}, "emergency": {"type": "boolean"}}},
  "PlainLanguageRequest": {"type": "object", "additionalProperties": false, "required": ["text"],
   "properties": {"text": {"type": "string", "description": "At most as long as an entry text."}}},
  "AdvicePosition": {"type": "object",
   "required": ["offset", "length", "char_offset", "char_length", "text", "message"],
   "properties": {"offset": {"type": "integer", "description": "UTF-8 bytes from the start."},
    "length": {"type": "integer"},
    "char_offset": {"type": "integer", "description": "Characters (code points) from the start."},
    "char_length": {"type": "integer"}, "text": {"type": "string"},
    "message": {"type": "string", "description": "The advice, in Dutch."}}},
  "PlainLanguageAdvice": {"type": "object",
   "required": ["max_sentence_words", "long_sentences", "jargon", "readability"],
   "properties": {"max_sentence_words": {"type": "integer"},
    "long_sentences": {"type": "array", "items": {"allOf": [
     {"$ref": "#/components/schemas/AdvicePosition"}, {"type": "object",
      "required": ["words", "suggestion"], "properties": {"words": {"type": "integer"},
      "suggestion": {"type": "string"}}}]}},
    "jargon": {"type": "array", "items": {"allOf": [
     {"$ref": "#/components/schemas/AdvicePosition"}, {"type": "object",
      "required": ["term", "plain", "explanation", "glossary_url"], "properties": {
      "term": {"type": "string"}, "plain": {"type": "string", "description": "The plain alternative."},
      "explanation": {"type": "string"},
      "glossary_url": {"type": "string", "description": "The term on the glossary page /begrippen."}}}]}},
    "readability": {"type": "object",
     "required": ["words", "sentences", "syllables", "score", "label"], "properties": {
      "words": {"type": "integer"}, "sentences": {"type": "integer"},
      "syllables": {"type": "integer"},
      "score": {"type": "number", "nullable": true, "description": "Flesch-Douma, 0 (hard) to 100 (easy); null without words."},
      "label": {"type": "string", "nullable": true, "description": "The score in Dutch words: zeer makkelijk ... zeer moeilijk."}}}}},
  "AccessLog": {"type": "object", "required": ["family_id", "family_name", "lines", "next_before"],
   "properties": {"family_id": {"type": "string"}, "family_name": {"type": "string"},
    "lines": {"type": "array", "items": {"$ref": "#/components/schemas/AccessLogLine"}},
    "next_before": {"type": "integer"},
    "emergency_uses": {"type": "array", "items": {"$ref": "#/components/schemas/EmergencyAccess"},
     "description": "Every use of emergency access of this file, newest first, with the team lead's judgement once given."}}},
  "HouseholdMember": {"type": "object", "additionalProperties": false,
   "required": ["name", "role", "birth_date", "reason"], "properties": {
    "name": {"type": "string"},
    "role": {"type": "string", "enum": ["child", "parent", "carer", "other_adult"]},
    "birth_date": {"type": "string", "format": "date"},
    "reason": {"type": "string", "description": "Why they join: a birth, a new partner, ..."},
    "bsn": {"type": "string", "pattern": "^[0-9]{9}$",
     "description": "A child's BSN (optional, 11-proof). Never stored: only a keyed hash."}}},
  "MemberLeft": {"type": "object", "additionalProperties": false, "required": ["left_on", "reason"],
   "properties": {"left_on": {"type": "string", "format": "date"}, "reason": {"type": "string"}}},
  "BirthDateCorrection": {"type": "object", "additionalProperties": false,
   "required": ["birth_date", "reason"],
   "properties": {"birth_date": {"type": "string", "format": "date"}, "reason": {"type": "string"}}},
  "CustodyChange": {"type": "object", "additionalProperties": false,
   "required": ["parent_id", "child_id", "ruling_date", "reason"], "properties": {
    "parent_id": {"type": "string"}, "child_id": {"type": "string"},
    "has_custody": {"type": "boolean", "default": true},
    "ruling_date": {"type": "string", "format": "date", "description": "The court ruling's date."},
    "reason": {"type": "string"}}},
  "NewInvolvement": {"type": "object", "additionalProperties": false,
   "required": ["user_id", "role", "reason"], "properties": {
    "user_id": {"type": "string"},
    "role": {"type": "string", "enum": ["duo", "second_opinion"]},
    "reason": {"type": "string"}}},
  "EndInvolvement": {"type": "object", "additionalProperties": false, "required": ["reason"],
   "properties": {"reason": {"type": "string"}}},
  "Household": {"type": "object",
   "required": ["family_id", "family_name", "my_role", "members", "custody", "involved", "changes"],
   "properties": {"family_id": {"type": "string"}, "family_name": {"type": "string"},
    "my_role": {"type": "string"}, "may_change_household": {"type": "boolean"},
    "may_manage_involvements": {"type": "boolean"},
    "members": {"type": "array", "items": {"type": "object"}},
    "custody": {"type": "array", "items": {"type": "object"}},
    "involved": {"type": "array", "items": {"type": "object"}},
    "changes": {"type": "array", "items": {"type": "object"}}}},
  "WorkCounts": {"type": "object", "properties": {"files": {"type": "integer"},
    "leads": {"type": "integer"}, "correction_requests": {"type": "integer"},
    "objections": {"type": "integer"}, "withholding_reviews": {"type": "integer"},
    "no_contact": {"type": "integer"}, "measure_deadlines": {"type": "integer"},
    "destruction_requests": {"type": "integer"},
    "overdue": {"type": "integer"}, "emergency_reviews": {"type": "integer"}}},
  "TeamCounts": {"type": "object", "description": "null: 1 to 9, a small cell that is not shown",
   "properties": {"files": {"type": "integer", "nullable": true},
    "leads": {"type": "integer", "nullable": true},
    "correction_requests": {"type": "integer", "nullable": true},
    "objections": {"type": "integer", "nullable": true},
    "withholding_reviews": {"type": "integer", "nullable": true},
    "no_contact": {"type": "integer", "nullable": true},
    "overdue": {"type": "integer", "nullable": true}}},
  "MyWork": {"type": "object",
   "required": ["today", "weeks", "page", "limit", "pages", "team_lead", "counts", "files"],
   "properties": {"today": {"type": "string", "format": "date"}, "weeks": {"type": "integer"},
    "page": {"type": "integer"}, "limit": {"type": "integer"}, "pages": {"type": "integer"},
    "team_lead": {"type": "boolean"}, "counts": {"$ref": "#/components/schemas/WorkCounts"},
    "join_requests": {"type": "array", "items": {"$ref": "#/components/schemas/JoinRequest"}},
    "my_join_requests": {"type": "array", "items": {"$ref": "#/components/schemas/JoinRequest"}},
    "files": {"type": "array", "items": {"type": "object", "properties": {
     "id": {"type": "string"}, "name": {"type": "string"}, "my_role": {"type": "string"},
     "next_due": {"type": "string", "format": "date", "nullable": true},
     "items": {"type": "array", "items": {"type": "object", "required": ["kind", "due", "overdue"],
      "properties": {"kind": {"type": "string",
        "enum": ["correction_request", "objection", "withholding_review", "no_contact",
                 "measure_deadline"]},
       "id": {"type": "string"}, "entry_id": {"type": "string"},
       "deadline": {"type": "string"}, "measure_kind": {"type": "string"},
       "due": {"type": "string", "format": "date"}, "overdue": {"type": "boolean"}}}}}}}}},
  "TeamWork": {"type": "object", "required": ["today", "weeks", "teams"], "properties": {
    "today": {"type": "string", "format": "date"}, "weeks": {"type": "integer"},
    "emergency_reviews": {"type": "integer"},
    "teams": {"type": "array", "items": {"type": "object", "properties": {
     "team_id": {"type": "string"}, "team_name": {"type": "string"},
     "professionals": {"type": "array", "items": {"type": "object", "properties": {
      "user_id": {"type": "string"}, "display_name": {"type": "string"},
      "disabled": {"type": "boolean"},
      "counts": {"$ref": "#/components/schemas/TeamCounts"}}}}}}}}},
  "TeamLead": {"type": "object", "additionalProperties": false, "required": ["reason"],
   "properties": {"user_id": {"type": "string", "description": "Absent or empty: no team lead."},
    "reason": {"type": "string"}}},
  "OtherFamilies": {"type": "object", "additionalProperties": false, "required": ["families"],
   "properties": {"families": {"type": "array", "items": {"type": "object",
    "additionalProperties": false, "required": ["account_id", "family_name", "network"],
    "properties": {"account_id": {"type": "string"}, "family_name": {"type": "string"},
     "network": {"type": "boolean"}}}}}},
  "Digest": {"type": "object", "additionalProperties": false, "required": ["frequency"],
   "properties": {"frequency": {"type": "string", "enum": ["daily", "weekly", "off"]}}},
  "EntryMail": {"type": "object", "additionalProperties": false, "required": ["on"],
   "properties": {"on": {"type": "boolean"}}},
  "NetworkInvitation": {"type": "object", "additionalProperties": false,
   "required": ["name", "relation", "contact"], "properties": {
    "name": {"type": "string"}, "relation": {"type": "string"},
    "contact": {"type": "string", "format": "email"},
    "entry_ids": {"type": "array", "items": {"type": "string"}},
    "valid_until": {"type": "string", "format": "date"}}},
  "NetworkShare": {"type": "object", "additionalProperties": false, "properties": {
    "entry_ids": {"type": "array", "items": {"type": "string"}},
    "valid_until": {"type": "string", "format": "date"}}},
  "NetworkEnd": {"type": "object", "additionalProperties": false,
   "properties": {"reason": {"type": "string"}}},
  "Network": {"type": "object", "required": ["family_id", "network_members", "may_share"],
   "properties": {"family_id": {"type": "string"},
    "network_members": {"type": "array", "items": {"type": "object"}},
    "may_share": {"type": "boolean"}, "ground": {"type": "string"},
    "shareable": {"type": "array", "items": {"type": "object"}},
    "more_shareable": {"type": "boolean"}}},
  "Shared": {"type": "object", "required": ["network_member", "family_name", "entries"],
   "properties": {"network_member": {"type": "object"}, "family_name": {"type": "string"},
    "entries": {"type": "array", "items": {"type": "object"}}}},
  "NewHandover": {"type": "object", "additionalProperties": false,
   "required": ["to_user_id", "reason", "words", "warm"], "properties": {
    "to_user_id": {"type": "string"},
    "reason": {"type": "string", "enum": ["family_moved", "illness_or_leave", "staff_leaving",
                                          "other_expertise", "family_wish", "other"]},
    "words": {"type": "string", "description": "The lead's own words; the family reads them."},
    "warm": {"type": "boolean"},
    "meeting_date": {"type": "string", "format": "date",
                     "description": "Warm only: the joint meeting with the family."}}},
  "HandoverWords": {"type": "object", "additionalProperties": false, "required": ["words"],
   "properties": {"words": {"type": "string"}}},
  "HandoverList": {"type": "object", "required": ["handovers"], "properties": {
    "handovers": {"type": "array", "items": {"type": "object"}}}},
  "SafetyMap": {"type": "object",
   "required": ["family_id", "current_round", "rounds", "dangers", "strengths", "scale", "you"],
   "properties": {"family_id": {"type": "string"}, "current_round": {"type": "integer"},
    "rounds": {"type": "array", "items": {"type": "object"}},
    "scale": {"type": "object"}, "child_scale": {"type": "object"}, "you": {"type": "object"},
    "dangers": {"type": "array", "items": {"type": "object"}},
    "strengths": {"type": "array", "items": {"type": "object"}}}},
  "Meetings": {"type": "object", "required": ["family_id", "may_plan", "meetings"],
   "properties": {"family_id": {"type": "string"}, "may_plan": {"type": "boolean"},
    "child_wording": {"type": "boolean"},
    "feedback_questions": {"type": "array", "items": {"type": "object"}},
    "feedback_scale": {"type": "object"},
    "meetings": {"type": "array", "items": {"type": "object"}}}},
  "NewMeeting": {"type": "object", "additionalProperties": false, "required": ["date", "place"],
   "properties": {"date": {"type": "string", "format": "date"},
    "time": {"type": "string", "description": "HH:MM"}, "place": {"type": "string"},
    "members": {"type": "array", "items": {"type": "string"}},
    "professionals": {"type": "array", "items": {"type": "string"}},
    "network": {"type": "array", "items": {"type": "string"}}}},
  "NewAgendaItem": {"type": "object", "additionalProperties": false, "required": ["words"],
   "properties": {"kind": {"type": "string", "enum": ["point", "question"]},
    "words": {"type": "string"}}},
  "MeetingRecord": {"type": "object", "additionalProperties": false, "required": ["summary"],
   "properties": {"summary": {"type": "string"},
    "present_members": {"type": "array", "items": {"type": "string"}},
    "present_professionals": {"type": "array", "items": {"type": "string"}},
    "present_network": {"type": "array", "items": {"type": "string"}},
    "children": {"type": "array", "items": {"type": "object", "additionalProperties": false,
     "required": ["child_id", "how"], "properties": {"child_id": {"type": "string"},
      "how": {"type": "string", "enum": ["present", "heard_before", "own_words", "not_heard"]},
      "words": {"type": "string"}}}},
    "agreements": {"type": "array", "items": {"type": "string"}},
    "next_date": {"type": "string", "format": "date"}}},
  "MeetingRecorded": {"type": "object", "required": ["summary_entry_id"],
   "properties": {"summary_entry_id": {"type": "string"}}},
  "MeetingFeedback": {"type": "object", "additionalProperties": false,
   "required": ["heard", "understood", "safe", "next_step"], "properties": {
    "heard": {"type": "integer", "minimum": 1, "maximum": 5},
    "understood": {"type": "integer", "minimum": 1, "maximum": 5},
    "safe": {"type": "integer", "minimum": 1, "maximum": 5},
    "next_step": {"type": "integer", "minimum": 1, "maximum": 5},
    "words": {"type": "string"}}},
  "FeedbackGiven": {"type": "object", "required": ["id", "changed"],
   "properties": {"id": {"type": "string"}, "changed": {"type": "boolean"}}},
  "TeamMeetingFeedback": {"type": "object",
   "required": ["team_id", "team_name", "min_answers", "suppressed", "answers"],
   "properties": {"team_id": {"type": "string"}, "team_name": {"type": "string"},
    "min_answers": {"type": "integer"}, "min_families": {"type": "integer"},
    "counted_before": {"type": "string", "format": "date"},
    "families": {"type": "integer", "nullable": true}, "suppressed": {"type": "boolean"},
    "answers": {"type": "integer", "nullable": true}, "note": {"type": "string"},
    "distribution": {"type": "object"}}},
  "SafetyRound": {"type": "object", "required": ["round"],
   "properties": {"round": {"type": "integer"}}},
  "NewDanger": {"type": "object", "additionalProperties": false,
   "required": ["who_worried", "worry", "if_nothing_changes"], "properties": {
    "who_worried": {"type": "string"}, "worry": {"type": "string"},
    "if_nothing_changes": {"type": "string"}}},
  "SafetyWords": {"type": "object", "additionalProperties": false, "required": ["words"],
   "properties": {"words": {"type": "string"}}},
  "NewSafetyGoal": {"type": "object", "additionalProperties": false,
   "required": ["danger_id", "words"], "properties": {
    "danger_id": {"type": "string"}, "words": {"type": "string"}}},
  "NewDisagreement": {"type": "object", "additionalProperties": false,
   "required": ["danger_id", "words"], "properties": {
    "danger_id": {"type": "string"}, "member_id": {"type": "string"},
    "words": {"type": "string"}}},
  "NewScore": {"type": "object", "additionalProperties": false,
   "required": ["danger_id", "score"], "properties": {
    "danger_id": {"type": "string"},
    "score": {"type": "integer", "minimum": 0, "maximum": 10},
    "words": {"type": "string"}, "recorded_for": {"type": "string"}}},
  "ChildVoices": {"type": "object",
   "required": ["family_id", "children", "may_take_down", "may_explain", "may_write_own"],
   "properties": {"family_id": {"type": "string"},
    "children": {"type": "array", "items": {"type": "object"}},
    "may_take_down": {"type": "boolean"}, "may_explain": {"type": "boolean"},
    "may_write_own": {"type": "boolean"},
    "without_explanation": {"type": "array", "items": {"type": "object"}}}},
  "NewChildVoice": {"type": "object", "additionalProperties": false, "properties": {
    "child_id": {"type": "string"}, "good_things": {"type": "string"},
    "worries": {"type": "string"}, "dreams": {"type": "string"},
    "share": {"type": "string", "enum": ["professionals", "parents", "members"]},
    "share_with": {"type": "array", "items": {"type": "string"}}}},
  "ChildVoiceSharing": {"type": "object", "additionalProperties": false, "required": ["share"],
   "properties": {"share": {"type": "string", "enum": ["professionals", "parents", "members"]},
    "share_with": {"type": "array", "items": {"type": "string"}},
    "reason": {"type": "string",
     "description": "Required of a professional (who only narrows): why, in words the child reads."}}},
  "ChildVoiceShared": {"type": "object", "required": ["id", "share"],
   "properties": {"id": {"type": "string"}, "share": {"type": "string"}}},
  "ChildExplanation": {"type": "object", "required": ["family_id", "child", "explanation"],
   "properties": {"family_id": {"type": "string"}, "child": {"type": "object"},
    "explanation": {"type": "object", "nullable": true},
    "versions": {"type": "array", "items": {"type": "object"}}}},
  "ExplanationText": {"type": "object", "additionalProperties": false, "required": ["text"],
   "properties": {"text": {"type": "string"}}},
  "Decisions": {"type": "object", "required": ["family_id", "family_name", "decisions"],
   "properties": {"family_id": {"type": "string"}, "family_name": {"type": "string"},
    "decisions": {"type": "array", "items": {"type": "object"}}}},
  "Measures": {"type": "object",
   "required": ["family_id", "family_name", "today", "frame", "measures", "deadlines"],
   "properties": {"family_id": {"type": "string"}, "family_name": {"type": "string"},
    "today": {"type": "string", "format": "date"},
    "frame": {"type": "string", "enum": ["voluntary", "compulsory"]},
    "measures": {"type": "array", "items": {"type": "object"}},
    "deadlines": {"type": "array", "items": {"type": "object",
     "required": ["kind", "measure_id", "measure_kind", "due", "warn_from", "what", "article",
                  "overdue"],
     "properties": {"kind": {"type": "string", "enum": ["extension_request",
       "raad_no_extension", "use_by", "hearing", "custody_request", "ends", "eighteen"]},
      "measure_id": {"type": "string"}, "measure_kind": {"type": "string"},
      "due": {"type": "string", "format": "date"},
      "warn_from": {"type": "string", "format": "date"},
      "what": {"type": "string"}, "article": {"type": "string"},
      "overdue": {"type": "boolean"}, "child_id": {"type": "string"},
      "done_on": {"type": "string", "format": "date"}}}}}},
  "NewMeasure": {"type": "object", "additionalProperties": false,
   "required": ["kind", "children", "ruling_date", "start"],
   "properties": {
    "kind": {"type": "string", "enum": ["ots", "voorlopige_ots", "uithuisplaatsing",
                                        "spoedmachtiging", "schorsing_gezag",
                                        "gezagsbeeindiging"]},
    "children": {"type": "array", "items": {"type": "string"}},
    "ruling_date": {"type": "string", "format": "date"},
    "start": {"type": "string", "format": "date"},
    "end": {"type": "string", "format": "date"},
    "threats": {"type": "string"}, "decision_id": {"type": "string"},
    "parents": {"type": "array", "items": {"type": "string"}}}},
  "DeadlineDone": {"type": "object", "additionalProperties": false,
   "required": ["deadline", "due", "done_on"], "properties": {
    "deadline": {"type": "string", "enum": ["extension_request", "raad_no_extension", "use_by",
                                            "hearing", "custody_request"]},
    "due": {"type": "string", "format": "date"},
    "done_on": {"type": "string", "format": "date"}, "note": {"type": "string"}}},
  "MeasureExtension": {"type": "object", "additionalProperties": false,
   "required": ["ruling_date", "end"], "properties": {
    "ruling_date": {"type": "string", "format": "date"},
    "end": {"type": "string", "format": "date"}, "reason": {"type": "string"}}},
  "Retention": {"type": "object",
   "required": ["family_id", "regime", "destroy_from", "help_ended", "reason", "may_hold",
                "legal_hold"],
   "properties": {"family_id": {"type": "string"},
    "regime": {"type": "string", "enum": ["jeugdhulp", "veiligheidsteam", "jeugdbescherming"]},
    "destroy_from": {"type": "string", "format": "date"}, "help_ended": {"type": "boolean"},
    "reason": {"type": "string", "enum": ["help_ended_20y", "last_event_20y",
     "youngest_child_18", "child_protection_30y"]},
    "may_hold": {"type": "boolean"},
    "legal_hold": {"type": "object", "nullable": true,
     "properties": {"set_at": {"type": "string", "format": "date-time"},
      "set_by": {"type": "string"}, "reason": {"type": "string"}}},
    "destruction_requests": {"type": "array",
     "items": {"$ref": "#/components/schemas/DestructionRequest"}}}},
  "LegalHoldReason": {"type": "object", "additionalProperties": false, "required": ["reason"],
   "properties": {"reason": {"type": "string"}}},
  "DestructionAsk": {"type": "object", "additionalProperties": false, "required": ["scope"],
   "properties": {"scope": {"type": "string", "enum": ["file", "own_data"]},
    "reason": {"type": "string"}}},
  "DestructionAnswer": {"type": "object", "additionalProperties": false, "required": ["answer"],
   "properties": {"answer": {"type": "string", "enum": ["granted", "partly_granted", "refused"]},
    "reasons": {"type": "string"}}},
  "DestructionRequest": {"type": "object",
   "required": ["id", "member_id", "scope", "reason", "requested_at", "answer_due", "status",
                "answer"],
   "properties": {"id": {"type": "string"}, "member_id": {"type": "string"},
    "scope": {"type": "string", "enum": ["file", "own_data"]}, "reason": {"type": "string"},
    "requested_at": {"type": "string", "format": "date-time"},
    "answer_due": {"type": "string", "format": "date"},
    "status": {"type": "string", "enum": ["open", "answered"]},
    "answer": {"type": "string", "nullable": true,
     "enum": ["granted", "partly_granted", "refused"]},
    "answer_reasons": {"type": "string"},
    "answered_at": {"type": "string", "format": "date-time"},
    "destroyed": {"type": "object", "nullable": true}}},
  "DestructionRequests": {"type": "object", "required": ["family_id", "destruction_requests"],
   "properties": {"family_id": {"type": "string"},
    "destruction_requests": {"type": "array",
     "items": {"$ref": "#/components/schemas/DestructionRequest"}},
    "may_answer": {"type": "boolean"}, "refused": {"type": "object"}}},
  "MeasureEnd": {"type": "object", "additionalProperties": false,
   "required": ["ended_on", "reason"], "properties": {
    "ended_on": {"type": "string", "format": "date"}, "reason": {"type": "string"}}},
  "DecisionVersion": {"type": "object", "required": ["version"],
   "properties": {"version": {"type": "integer"}}},
  "NewDecision": {"type": "object", "additionalProperties": false,
   "required": ["kind", "what", "legal_ground", "facts", "alternatives", "present", "decider"],
   "properties": {
    "kind": {"type": "string", "enum": ["plan_change", "help_change", "out_of_home_placement",
                                        "request_measure", "request_extension",
                                        "request_end_custody", "end_contact",
                                        "written_instruction"]},
    "what": {"type": "string"}, "legal_ground": {"type": "string"},
    "facts": {"type": "array", "items": {"type": "object", "additionalProperties": false,
     "required": ["text", "source", "date"], "properties": {"text": {"type": "string"},
      "source": {"type": "string"}, "date": {"type": "string", "format": "date"},
      "entry_id": {"type": "string"}}}},
    "opinions": {"type": "array", "items": {"type": "object", "additionalProperties": false,
     "required": ["text", "whose"], "properties": {"text": {"type": "string"},
      "whose": {"type": "string"}}}},
    "alternatives": {"type": "array", "items": {"type": "object", "additionalProperties": false,
     "required": ["what", "why_not"], "properties": {"what": {"type": "string"},
      "why_not": {"type": "string"}}}},
    "present": {"type": "array", "items": {"type": "string"}},
    "children": {"type": "array", "items": {"type": "object", "additionalProperties": false,
     "required": ["member_id", "how"], "properties": {"member_id": {"type": "string"},
      "heard": {"type": "boolean"}, "how": {"type": "string"}}}},
    "decider": {"type": "string"}}},
  "NewDecisionView": {"type": "object", "additionalProperties": false, "required": ["words"],
   "properties": {"member_id": {"type": "string"}, "words": {"type": "string"}}},
  "NewSecondOpinion": {"type": "object", "additionalProperties": false,
   "required": ["verdict", "reasons"], "properties": {
    "verdict": {"type": "string", "enum": ["agree", "agree_with_conditions", "disagree"]},
    "reasons": {"type": "string"}, "conditions": {"type": "string"}}},
  "NewEmergencyAccess": {"type": "object", "additionalProperties": false,
   "required": ["family_id", "reason"], "properties": {
    "family_id": {"type": "string", "description": "The file number (fam_...)."},
    "reason": {"type": "string", "maxLength": 1000,
               "description": "Why the file is needed now; the family reads it."}}},
  "EmergencyAccess": {"type": "object",
   "required": ["id", "family_id", "professional", "reason", "opened_at", "until", "ended_at",
                "active", "review"],
   "properties": {"id": {"type": "string"}, "family_id": {"type": "string"},
    "professional": {"type": "object"}, "reason": {"type": "string"},
    "opened_at": {"type": "string", "format": "date-time"},
    "until": {"type": "string", "format": "date-time"},
    "ended_at": {"type": "string", "format": "date-time", "nullable": true},
    "active": {"type": "boolean"},
    "review": {"type": "object", "nullable": true, "properties": {
     "outcome": {"type": "string", "enum": ["justified", "not_justified"]},
     "words": {"type": "string"}, "by": {"type": "string"},
     "at": {"type": "string", "format": "date-time"}}},
    "lines_read": {"type": "array", "items": {"type": "object", "properties": {
     "time": {"type": "string", "format": "date-time"}, "what": {"type": "string"}}}},
    "lines_more": {"type": "boolean"}}},
  "EmergencyAccessList": {"type": "object", "required": ["emergency_access"], "properties": {
    "emergency_access": {"type": "array",
                         "items": {"$ref": "#/components/schemas/EmergencyAccess"}}}},
  "EmergencyReviewList": {"type": "object", "required": ["team_lead", "reviews"], "properties": {
    "team_lead": {"type": "boolean"},
    "reviews": {"type": "array", "items": {"$ref": "#/components/schemas/EmergencyAccess"}}}},
  "EmergencyReview": {"type": "object", "additionalProperties": false,
   "required": ["outcome", "words"], "properties": {
    "outcome": {"type": "string", "enum": ["justified", "not_justified"]},
    "words": {"type": "string", "maxLength": 2000}}},
  "FamilyPlan": {"type": "object",
   "required": ["family_id", "offer", "versions", "safety_conditions", "comments"],
   "properties": {"family_id": {"type": "string"},
    "offer": {"type": "object", "nullable": true},
    "versions": {"type": "array", "items": {"type": "object"}},
    "safety_conditions": {"type": "object", "nullable": true},
    "comments": {"type": "array", "items": {"type": "object"}},
    "may_manage": {"type": "boolean"}, "may_comment": {"type": "boolean"},
    "may_write": {"type": "boolean"}}},
  "PlanCompare": {"type": "object", "required": ["family_id", "from", "to", "changes"],
   "properties": {"family_id": {"type": "string"}, "from": {"type": "object"},
    "to": {"type": "object"}, "changes": {"type": "array", "items": {"type": "object",
     "required": ["field", "changed", "removed", "added"], "properties": {
      "field": {"type": "string"}, "changed": {"type": "boolean"},
      "removed": {"type": "array", "items": {"type": "string"}},
      "added": {"type": "array", "items": {"type": "string"}}}}}}},
  "PlanOffer": {"type": "object", "additionalProperties": false, "required": ["offered_on"],
   "properties": {"offered_on": {"type": "string", "format": "date"},
    "words": {"type": "string", "maxLength": 2000}}},
  "PlanOfferOutcome": {"type": "object", "additionalProperties": false,
   "required": ["outcome", "decided_on"], "properties": {
    "outcome": {"type": "string", "enum": ["accepted", "declined", "waived"]},
    "decided_on": {"type": "string", "format": "date"},
    "expected_by": {"type": "string", "format": "date"},
    "ground": {"type": "string", "enum": ["concrete_threat", "child_interest"]},
    "reason": {"type": "string", "maxLength": 2000}}},
  "PlanVersion": {"type": "object", "additionalProperties": false, "required": ["goals"],
   "properties": {"kind": {"type": "string", "enum": ["family", "safety"]},
    "goals": {"type": "array", "items": {"type": "string"}},
    "actions": {"type": "array", "items": {"type": "object", "additionalProperties": false,
     "required": ["what", "owner_kind", "owner", "due_on"], "properties": {
      "what": {"type": "string"},
      "owner_kind": {"type": "string", "enum": ["member", "network", "professional"]},
      "owner": {"type": "string"}, "due_on": {"type": "string", "format": "date"}}}},
    "evaluation_on": {"type": "string", "format": "date"},
    "if_not_working": {"type": "string"},
    "rules": {"type": "array", "items": {"type": "string"}},
    "watchers": {"type": "array", "items": {"type": "object", "additionalProperties": false,
     "required": ["name", "reach"], "properties": {
      "name": {"type": "string"}, "reach": {"type": "string"}}}},
    "warning_signs": {"type": "array", "items": {"type": "string"}}}},
  "PlanVersionNumber": {"type": "object", "required": ["version"],
   "properties": {"version": {"type": "integer"}}},
  "PlanConditions": {"type": "object", "additionalProperties": false,
   "required": ["conditions"], "properties": {
    "conditions": {"type": "array", "items": {"type": "string"}}}},
  "PlanComment": {"type": "object", "additionalProperties": false,
   "required": ["version", "words"], "properties": {
    "version": {"type": "integer", "minimum": 1}, "words": {"type": "string"}}}
 }
})json";

// The purposes a professional may choose (issue 10 item 9), as the domain lists them.
json::array ChoosablePurposes() {
  json::array out;
  for (const auto p : domain::kChoosableReadPurposes) out.emplace_back(domain::ToString(p));
  return out;
}

json::object QueryParameter(std::string_view name) {
  if (name == "before") {
    return {{"name", "before"},
            {"in", "query"},
            {"required", false},
            {"description", "Only items with seq below this (from next_before); 0 = newest."},
            {"schema", {{"type", "integer"}, {"minimum", 0}}}};
  }
  if (name == "limit") {
    return {{"name", "limit"},
            {"in", "query"},
            {"required", false},
            {"description", "At most this many items (1 to the server's max_page, default 50)."},
            {"schema", {{"type", "integer"}, {"minimum", 1}, {"default", 50}}}};
  }
  if (name == "weeks") {  // issue 10: my work
    return {{"name", "weeks"},
            {"in", "query"},
            {"required", false},
            {"description", "A file without a new entry for this many weeks shows as due."},
            {"schema", {{"type", "integer"}, {"minimum", 1}, {"maximum", 104}, {"default", 6}}}};
  }
  if (name == "page") {
    return {{"name", "page"},
            {"in", "query"},
            {"required", false},
            {"description", "The page, from 1."},
            {"schema", {{"type", "integer"}, {"minimum", 1}, {"default", 1}}}};
  }
  return {{"name", name},
          {"in", "query"},
          {"required", false},
          {"description",
           "Why a professional reads the file, when it is not the usual help; recorded in the "
           "access log. Emergency access (noodtoegang) is never chosen: it comes with the access."},
          {"schema",
           {{"type", "string"}, {"enum", ChoosablePurposes()}, {"default", "hulpverlening"}}}};
}

json::object ErrorRef() { return {{"$ref", "#/components/responses/Error"}}; }

json::object Responses(const Route& route, const Operation* op, bool has_params) {
  json::object responses;
  const unsigned success = op ? op->success : 200;
  const std::string_view kind = op ? op->response : "object";
  json::object ok{{"description", "Success."}};
  if (kind == "text") {
    ok["content"] = {{"text/plain", {{"schema", {{"type", "string"}}}}}};
  } else if (kind == "pdf") {
    ok["content"] = {{"application/pdf", {{"schema", {{"type", "string"}, {"format", "binary"}}}}}};
  } else if (kind == "object") {
    ok["content"] = {{"application/json", {{"schema", {{"type", "object"}}}}}};
  } else if (!kind.empty()) {
    ok["content"] = {{"application/json",
                      {{"schema", {{"$ref", "#/components/schemas/" + std::string(kind)}}}}}};
  }
  if (route.name == "api.session.create" || route.name == "api.session.delete") {
    ok["headers"] = {{"Set-Cookie", {{"schema", {{"type", "string"}}}}}};
  }
  if (route.name == "api.families.create") {
    ok["headers"] = {{"Location", {{"schema", {{"type", "string"}}}}}};
  }
  responses[std::to_string(success)] = std::move(ok);
  const bool body = op && !op->request.empty();
  const bool query = op && !op->query.empty();
  if (body || query) responses["400"] = ErrorRef();
  if (route.auth != Auth::kPublic) responses["401"] = ErrorRef();
  if (route.auth != Auth::kPublic) responses["403"] = ErrorRef();
  if (has_params) responses["404"] = ErrorRef();
  if (body) {
    responses["409"] = ErrorRef();
    responses["413"] = ErrorRef();
    responses["415"] = ErrorRef();
    responses["422"] = ErrorRef();
  }
  // The limits that answer 429 (docs/api.md): login back-offs, login-code limits, and the
  // professional's daily number of "known elsewhere" look-ups.
  if (route.name == "api.session.create" || route.name == "api.family_session.code" ||
      route.name == "api.family_session.create" || route.name == "api.known_elsewhere.check") {
    responses["429"] = ErrorRef();
  }
  if (route.name == "api.family_session.create") responses["401"] = ErrorRef();
  if (route.name == "api.password_reset.use") responses["410"] = ErrorRef();
  responses["500"] = ErrorRef();
  if (route.auth != Auth::kPublic || route.changes_state) responses["503"] = ErrorRef();
  return responses;
}

json::object OperationObject(const Route& route) {
  const Operation* op = FindOperation(route.name);
  json::object out{{"operationId", route.name},
                   {"summary", op ? op->summary : std::string_view(route.name)},
                   {"tags", json::array{op ? op->tag : "other"}}};
  json::array parameters;
  // Path parameters straight from the pattern: "{id}" -> a required string.
  for (std::size_t open = route.pattern.find('{'); open != std::string::npos;
       open = route.pattern.find('{', open + 1)) {
    const auto close = route.pattern.find('}', open);
    if (close == std::string::npos) break;
    parameters.push_back(json::object{{"name", route.pattern.substr(open + 1, close - open - 1)},
                                      {"in", "path"},
                                      {"required", true},
                                      {"schema", {{"type", "string"}}}});
  }
  const bool has_params = !parameters.empty();
  if (op) {
    std::string_view q = op->query;
    while (!q.empty()) {
      const auto space = q.find(' ');
      parameters.push_back(QueryParameter(q.substr(0, space)));
      q = space == std::string_view::npos ? std::string_view{} : q.substr(space + 1);
    }
  }
  if (!parameters.empty()) out["parameters"] = std::move(parameters);
  if (op && !op->request.empty()) {
    out["requestBody"] = {
        {"required", true},
        {"content",
         {{"application/json",
           {{"schema", {{"$ref", "#/components/schemas/" + std::string(op->request)}}}}}}}};
  }
  out["responses"] = Responses(route, op, has_params);
  if (route.auth == Auth::kPublic) {
    out["security"] = json::array{};
  } else if (route.changes_state) {
    out["security"] =
        json::array{json::object{{"sessionCookie", json::array{}}, {"csrfToken", json::array{}}},
                    json::object{{"bearerToken", json::array{}}}};
  } else {
    out["security"] = json::array{json::object{{"sessionCookie", json::array{}}},
                                  json::object{{"bearerToken", json::array{}}}};
  }
  return out;
}

// The field error codes come from the one list in domain/field_error.h, so the document can
// never miss one.
json::value Components() {
  json::value components = json::parse(kComponents);
  json::array codes;
  for (const domain::FieldCode code : domain::kAllFieldCodes) {
    codes.emplace_back(domain::FieldCodeName(code));
  }
  components.at("schemas").at("FieldError").at("properties").at("code").as_object()["enum"] =
      std::move(codes);
  return components;
}

}  // namespace

json::object OpenApiDocument(const Router& router) {
  json::object paths;
  for (const Route& route : router.routes()) {
    if (!IsApiRoute(route)) continue;
    std::string method(boost::beast::http::to_string(route.method));
    std::transform(method.begin(), method.end(), method.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto& item = paths[route.pattern];
    if (!item.is_object()) item = json::object{};
    item.as_object()[method] = OperationObject(route);
  }
  return json::object{
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "Stip API"},
        {"version", "1"},
        {"description",
         "The shared family file for Dutch child and family protection. Errors are "
         "{\"error\":{\"code\",\"message\",\"fields\"}}; see docs/api.md for the conventions."}}},
      {"servers", json::array{json::object{{"url", "/"}}}},
      {"paths", std::move(paths)},
      {"components", Components()}};
}

std::vector<std::string> UndocumentedApiRoutes(const Router& router) {
  std::vector<std::string> out;
  for (const Route& route : router.routes()) {
    if (IsApiRoute(route) && !FindOperation(route.name)) out.push_back(route.name);
  }
  return out;
}

}  // namespace stip::http
