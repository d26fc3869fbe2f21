// The application core: every use case of Stip as one function. HTTP, HTML and the CLI are thin
// front-ends over this class. Each use case: authorize -> validate -> append events (one
// transaction, via the Committer) -> log access. No transport details here.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/background.h"
#include "app/committer.h"
#include "app/entry_views.h"
#include "app/keyed_mutex.h"
#include "app/my_work.h"
#include "domain/access.h"
#include "domain/child_voice.h"
#include "domain/decision.h"
#include "domain/destruction.h"
#include "domain/digest.h"
#include "domain/emergency.h"
#include "domain/error.h"
#include "domain/family_plan.h"
#include "domain/handover.h"
#include "domain/ids.h"
#include "domain/known_elsewhere.h"
#include "domain/measure.h"
#include "domain/meeting.h"
#include "domain/model.h"
#include "domain/plain_language.h"
#include "domain/reads.h"
#include "domain/retention.h"
#include "domain/safety_map.h"
#include "domain/time.h"

// The store ports the use cases work through (store/store.h); front-ends never see them.
namespace stip::store {
class Store;
class LedgerWriter;
class LedgerReader;
class AdminReads;
class FamilyReads;
class ReactionReads;
class AccountReads;
class Credentials;
class LoginCodes;
class Throttles;
class Notifications;
class Signals;
class Retention;
struct AppendRequest;
struct ChainHead;
}  // namespace stip::store

namespace stip::app {

using domain::Result;
using domain::Status;

// Who is calling, once authenticated: a professional (user) or a family member (account).
// For a family member, user.id is the account id and user.display_name the member's name, so
// actor fields and access-log lines work the same for both.
struct Principal {
  domain::User user;
  enum class Via { kSession, kToken, kCli } via = Via::kSession;
  std::string csrf;  // the session's CSRF token (empty for tokens and the CLI)
  std::optional<domain::Account> account;  // set for a family member
  // A family member whom the access engine lets read the file's access log today (decided per
  // request from the stored family, so age and custody changes count at once): the family's
  // menu shows "Wie las ons dossier" only then.
  bool may_view_access_log = false;
  // Issue 14 item 2: the installation requires a second login step and this professional has
  // none yet: only enrolling it, the caller's own details and logging out are open (the
  // dispatcher refuses the rest).
  bool second_step_missing = false;
  bool IsFamily() const { return account.has_value(); }
  // Issue 10: a network member (naaste) logs in like a family member; their account's
  // member_id is the network member's id.
  bool IsNetwork() const { return account.has_value() && account->member_id.starts_with("nwm_"); }
};

// The result of asking the access engine about one family file (app/authorize.cpp).
struct Access {
  domain::Family family;
  domain::AccessQuery query;  // who, now, today in the Netherlands, consents
  domain::Decision decision;
  std::string role;  // for the access log: "lead", "duo", "emergency", "parent", "child", ...
  // Issue 10 item 4: the caller reads through emergency access (role "emergency") by this use.
  std::optional<domain::EmergencyAccess> emergency = {};
};

struct Options {
  domain::Millis session_ttl = 12LL * 3600 * 1000;
  int login_free_failures = 3;               // failures before back-off starts
  domain::Millis login_backoff_base = 2000;  // doubles per further failure
  domain::Millis login_backoff_max = 15LL * 60 * 1000;
  // Asking for a family login code: at most so many per window per address from one client and
  // per client for all addresses. Each limit counts the same way whether or not the address has
  // an account, so its message can tell the truth. There is no refusal per address from all
  // clients (strangers could use it to lock the member out); instead no new code is made while
  // the account has CodePolicy::max_live codes, which the member can use.
  // "Al bekend?" checks per professional per day (an explicit check, or opening a file with
  // children to key): enough for a team's real intake, too few to search the index for people.
  int known_checks_per_day = 40;
  int codes_per_address_and_client = 5;
  int codes_per_client = 30;
  domain::Millis code_request_window = 3600LL * 1000;
  int code_free_failures = 5;  // wrong codes per address and client before back-off starts
  // Guessing from many clients at once: per address (codes) or per username (passwords), all
  // clients together, after this many failures every attempt waits, doubling up to
  // shared_backoff_max. Short, so a stranger can delay the owner by a minute at most.
  int shared_free_failures = 20;
  domain::Millis shared_backoff_max = 60LL * 1000;
  std::size_t max_text = 20000;  // characters in an entry text
  int max_page = 200;            // largest page size a caller may ask for
  // Optimistic append retries. Within a process writers to one family take turns (KeyedMutex),
  // so only other processes make an append lose: with two processes each attempt is about a coin
  // flip, and 8 retries failed about one write in 700 under the multi-process test; 32 makes
  // that about one in 10^10 (several processes racing for one family stay well bounded too).
  int conflict_retries = 32;
  // Issue 14: API tokens live `token_days` unless the caller asks for fewer or more days, never
  // more than `token_max_days`.
  int token_days = 90;
  int token_max_days = 365;
  // `stip demo` only: the documented demo accounts keep the password "demo" (every other
  // password still follows the rule in domain/password_policy.h).
  bool demo = false;
  // Issue 14 item 2: every professional must use a second login step (TOTP) to do anything but
  // enrol it (stip serve --require-totp / STIP_REQUIRE_TOTP=1). In demo mode the documented
  // demo accounts are exempt.
  bool require_totp = false;
  // The name authenticator apps show for Stip's codes (otpauth issuer).
  std::string totp_issuer = "Stip";
  // Issue 14 item 1: how long a password reset link works, and how long after one request an
  // administrator must wait before asking again for the same professional (429 until then).
  domain::Millis password_reset_ttl = 24LL * 60 * 60 * 1000;
  domain::Millis password_reset_interval = 60LL * 1000;
  // Issue 10: what "Mijn werk" and the digest count as near, and the default quiet weeks.
  domain::WorkPolicy work = {};
  // Issue 10 item 8: where mails link to (the address people open Stip at, no trailing "/").
  std::string public_url = "http://localhost:8080";
  // A family member's mail about something new waits this long and is sent only if they can
  // still read it then: a withholding decided minutes after the entry keeps the mail back.
  domain::Millis entry_mail_delay = 15LL * 60 * 1000;
  // Issue 10 item 4: how long one use of emergency access lasts (an operator may shorten it;
  // domain::EmergencyWindow keeps it within 1..72 hours).
  int emergency_hours = domain::kDefaultEmergencyHours;
  // Issue 10 item 6: the Verwijsindex rules for "al bekend?" (LEGAL_FACTS.md), as the
  // operator sets them (stip serve --signal-active-days, --signal-delete-days,
  // --signal-min-signals).
  domain::SignalPolicy signals = {};
};

// Issue 10 item 8: what one run of the digest did.
struct DigestRun {
  int sent = 0;                       // digests mailed
  int nothing_to_say = 0;             // due, but nothing new and nothing due: no mail
  std::vector<std::string> failures;  // "user id: why" for digests that could not be sent
};

struct LoginResult {
  std::string session_token;  // goes into the cookie; only its hash is stored
  std::string csrf;
  domain::Millis expires_at = 0;
  domain::User user;
  bool network = false;  // issue 10: a network member's login (their page is /gedeeld)
  // Issue 14 item 2: the installation requires a second step this professional has not set up
  // yet: the session works only for setting it up.
  bool second_step_missing = false;
};

// Issue 14 item 1: a password reset link as its page sees it (no login: whoever has the link).
struct PasswordResetLink {
  enum class State { kOpen, kExpired, kUsed, kReplaced, kEnded };
  State state = State::kOpen;
  std::string username;      // for the browser's password manager
  std::string display_name;  // "Sanne de Vries"
  domain::Millis expires_at = 0;
};

// Issue 14 item 1: what an administrator sees of a professional's login: whether they use a
// second step, and the newest reset link asked for them (never its token).
struct AccountSecurity {
  bool second_step = false;  // a confirmed TOTP credential
  struct Reset {
    std::string id;
    std::string requested_by;
    domain::Millis requested_at = 0;
    domain::Millis expires_at = 0;
    std::string state;  // open | expired | used | replaced | ended
  };
  std::optional<Reset> last_reset;
};

// Issue 14 item 2: the second login step as its owner sees it.
struct TotpState {
  bool enrolled = false;  // confirmed: login asks for a code
  bool required = false;  // the installation requires it (Options::require_totp, not exempt)
  // While enrolment waits for its first code: the secret (base32) to type into an app, and the
  // otpauth:// URI that holds it (for a QR code or a link). Empty otherwise: an enrolled
  // secret is never shown again.
  std::string pending_secret;
  std::string pending_uri;
};

// Issue 10: one address may have an account in several families (a parent in two households,
// a grandmother in two networks); after logging in, the person changes between them.
struct OtherFamily {
  std::string account_id;
  std::string family_name;
  bool network = false;  // a network member's account there (its page is /gedeeld)
};

struct IssuedToken {
  std::string id;
  std::string token;  // shown once
  domain::Millis expires_at = 0;
};

// Issue 14: an API token as its owner and administrators see it (never the secret).
struct TokenInfo {
  std::string id;
  std::string user_id;
  std::string name;
  domain::Millis issued_at = 0;
  domain::Millis expires_at = 0;
  std::string state;  // "active" | "expired" | "revoked"
};

// Issue 14: a session of a professional that has not ended (only times: the secret stays put).
struct SessionInfo {
  domain::Millis created_at = 0;
  domain::Millis expires_at = 0;
  bool current = false;  // the session of the request that asks
};

struct NewMember {
  std::string ref;  // caller's key for this member inside the request, used by custody
  std::string name;
  std::string role;        // child | parent | carer | other_adult
  std::string birth_date;  // YYYY-MM-DD
  // Issue 10 item 6: a child's BSN (optional, 11-proof). Never stored: only the keyed hash of
  // the child's identity is (signal.recorded).
  std::string bsn = {};
};

struct NewCustody {
  std::string parent_ref;
  std::string child_ref;
  bool has_custody = true;
};

struct NewFamily {
  std::string name;
  std::vector<NewMember> members;
  std::vector<NewCustody> custody;
  std::string lead_user_id;  // required: the fixed face, from a local team
  std::string duo_user_id;   // optional: from the regional safety team
  // Issue 10 item 6: when a child is known in another file, the file is opened only when the
  // caller says it has seen that match (and why a new file is needed anyway).
  bool known_elsewhere_seen = false;
  std::string known_elsewhere_reason = {};
};

// Issue 10 item 6 ("al bekend?"): one child to look for: a BSN, or else name and birth date.
struct KnownChild {
  std::string bsn;
  std::string name;
  std::string birth_date;  // YYYY-MM-DD
};

// How long an "al bekend?" match may be asked on (ask to join), in days.
inline constexpr int kCheckValidDays = 30;

// The answer of the check: only the teams that hold a file where a child is known, and how to
// reach them; never a family, a member or anything written in a file.
struct KnownElsewhereCheck {
  std::string id;                   // "chk_...": the check on the ledger
  std::vector<domain::Team> teams;  // each team once, the earliest signal first
};

// Ask to join (issue 10 item 6): from a match of check `check_id`, ask the lead of the matched
// file (of team `team_id`; "" for every file the check matched) to be added with `role`
// ("duo" | "second_opinion") and a short message.
struct NewJoinRequest {
  std::string check_id;
  std::string team_id;
  std::string role;
  std::string message;
};

struct NewEntry {
  std::string kind;  // fact | observation | opinion | agreement | conversation_report
  std::string source;
  std::string text;
  // Issue 3: whom it concerns (member ids; empty: the whole household), and the young person
  // (16+) whose own confidential information it is ("" for none).
  std::vector<std::string> concerns = {};
  std::string confidential_of = {};
};

// A professional as the family and colleagues see them: the fixed face.
struct Professional {
  domain::User user;
  std::optional<domain::Team> team;
  std::optional<domain::Organisation> organisation;
};

struct FamilyOverview {
  domain::Family family;
  std::string my_role;  // the reader's involvement role
  Professional lead;
  std::optional<Professional> duo;
  std::vector<domain::Entry> entries;  // newest first
  std::int64_t next_before = 0;        // pass as Page::before for older entries; 0 = no more
  std::map<std::string, std::string> user_names;  // author id -> display name
  // Issue 3: `entries` as this reader sees them, with reactions, corrections and withholdings.
  std::vector<EntryView> entry_views = {};
  std::vector<OpenCorrection> open_corrections = {};  // professionals only
  // Professionals only: the family members' accounts (invited, active or ended), and whether
  // this reader may invite members and end accounts (the lead).
  std::vector<domain::Account> accounts = {};
  bool may_manage_accounts = false;
  // The reader may withhold entries and answer correction requests (an involved professional,
  // not one who broke the glass): the page shows those forms.
  bool may_withhold = false;
  // Issue 10 item 4: the reader broke the glass; read-only until this instant (0: not so).
  domain::Millis emergency_until = 0;
  // Issue 11 item 2: for the lead and the duo, the offer of a family plan (its outcome and,
  // declined or waived, the 6-week term for the professionals' plan: ProfessionalPlanDue).
  std::optional<domain::PlanOffer> plan_offer = {};
  // Issue 12 item 3: compulsory while a court measure (the reader may read) runs.
  domain::Frame frame = domain::Frame::kVoluntary;
  // Issue 11 item 5: for the lead and the duo, the children (names) who have no explanation in
  // words for them yet.
  std::vector<std::string> children_without_explanation = {};
};

// --- emergency access (issue 10 item 4, app/emergency.cpp) ---------------------------------

// One use of emergency access with the professional who broke the glass, and the team lead
// who judged it (when judged).
struct EmergencyUseView {
  domain::EmergencyAccess use;
  Professional professional;
  std::string reviewer_name;  // "" until reviewed
  bool active = false;        // gives access now
  // Who judges it while it waits (MyEmergencyAccess only): "team_lead" (the lead of the team at
  // the time of use), "other_lead" (the professional leads that team: a lead of another team of
  // the organisation does), "no_other_lead" (the professional leads that team and no other team of
  // the organisation has a lead: it waits until one is named) or "none" (the team has no lead:
  // it waits until one is named).
  std::string judged_by = "team_lead";
};

// A use as the team lead judges it: who, when, which file (its number, never its name or
// content), the reason, and the lines the professional read during the use (what and when).
struct EmergencyReviewItem {
  EmergencyUseView view;
  std::vector<domain::AccessRecord> lines_read;  // oldest first, at most kMaxLinesRead
  bool lines_more = false;                       // the professional read more than lines_read shows
  static constexpr int kMaxLinesRead = 1000;
  // The caller may record the judgement: always true, EmergencyReviewsFor lists only the uses
  // the caller judges (their own waiting uses are on MyEmergencyAccess, with who judges them).
  bool may_review = false;
};

struct EmergencyReviews {
  std::vector<EmergencyReviewItem> items;  // oldest first
  bool team_lead = false;                  // the caller leads a team
};

struct AccessLogLine {
  domain::AccessRecord record;
  std::string user_name;  // display name of the reader
  std::string team_name;
};

struct AccessLogView {
  std::string family_id;
  std::string family_name;
  std::vector<AccessLogLine> lines;  // newest first
  std::int64_t next_before = 0;
  // Issue 10 item 4: every use of emergency access of this file, newest first: who, why, until
  // when, and the team lead's judgement once given.
  std::vector<EmergencyUseView> emergency_uses = {};
};

struct NewUser {
  std::string username;
  std::string display_name;
  std::string team_id;
  std::string password;
  bool admin = false;
  std::string phone;
  std::string email;
};

struct VerifyProblem {
  std::string chain;     // family id, "system", "global" or "access:<family>"
  std::int64_t seq = 0;  // first bad position
  std::string kind;      // hash_mismatch, broken_link, bad_genesis, seq_gap, truncated, ...
  std::string message;
};

struct VerifyReport {
  std::int64_t chains = 0;
  std::int64_t events = 0;
  std::int64_t access_records = 0;
  std::vector<VerifyProblem> problems;  // empty when intact
  // The newest global link: keep it outside Stip to detect a cut-off of the newest history.
  std::int64_t global_seq = 0;
  std::string global_hash;
  // Issue 14: every file.destroyed event found, with the events whose content it destroyed
  // (verified through its list instead of their own hashes; docs/ledger-format.md §7).
  struct Destruction {
    std::string chain;
    std::int64_t seq = 0;  // the file.destroyed event
    domain::Millis time = 0;
    std::string scope;
    std::string ground;
    std::string decided_by;
    std::string requested_by;
    std::string request_id;
    std::vector<std::int64_t> destroyed;
  };
  std::vector<Destruction> destructions;
  bool ok() const { return problems.empty(); }
};

// Issue 14 item 3: retention and destruction.
struct FileRetention {
  std::string family_id;
  std::string family_name;
  domain::Retention retention;
  std::optional<domain::LegalHold> hold;
  bool may_hold = false;  // the reader may set or lift the legal hold
  // Issue 14 item 3 part C: the family's destruction requests, oldest first, and the names of
  // who asked (member id -> name); the ones the reader may answer when `may_hold`.
  std::vector<domain::DestructionRequest> requests = {};
  std::map<std::string, std::string> names = {};
  domain::Date today = {};  // in the Netherlands: overdue requests count from it
};

struct DestroyOrder {
  std::string ground;        // "retention_ended" | "request_granted"
  std::string decided_by;    // a user id, or "os:<name>" for an operator's run
  std::string requested_by;  // optional
  std::string request_id;    // optional
};

struct Destroyed {
  std::string family_id;
  std::int64_t seq = 0;     // the file.destroyed event
  std::int64_t events = 0;  // how many events lost their content
};

// Issue 14 item 3 part C: a family member's own destruction requests, and whether they may ask.
struct MyDestructionRequests {
  std::string family_id;
  std::string family_name;
  std::vector<domain::DestructionRequest> requests;  // the member's own, oldest first
  domain::Date today;  // in the Netherlands: the answer dates count from it
  domain::AskRefusal file = domain::AskRefusal::kOk;      // may ask for the whole file
  domain::AskRefusal own_data = domain::AskRefusal::kOk;  // may ask for their own data
};

struct NewDestructionRequest {
  std::string scope;   // "file" | "own_data"
  std::string reason;  // optional
};

struct DestructionAnswerInput {
  std::string answer;   // "granted" | "partly_granted" | "refused"
  std::string reasons;  // required unless granted
};

struct DestructionAnswerDone {
  domain::DestructionRequest request;
  std::optional<Destroyed> destroyed;  // granted: the file is destroyed
};

struct RetentionRun {
  struct File {
    std::string family_id;
    domain::Retention retention;
    bool held = false;
    bool destroyed = false;
    std::string problem;  // why it was left for the next run
  };
  std::vector<File> due;  // files whose term has ended (destroyed unless held or a dry run)
  std::int64_t checked = 0;
};

// The lead invites a family member (issue 3): an account for one member, codes to `contact`.
struct NewInvitation {
  std::string member_id;
  std::string contact;  // e-mail address
};

// A young person of 16+ consents that a parent or carer may see their own information.
struct NewConsent {
  std::string member_id;    // the parent or carer
  std::string valid_until;  // optional YYYY-MM-DD (the last day)
};

// A professional involved in the file now, in which role since when (issue 10).
struct InvolvedProfessional {
  domain::Involvement involvement;
  Professional professional;
};

// Issue 10: a member who joins an open file.
struct NewHouseholdMember {
  std::string name;
  std::string role;        // child | parent | carer | other_adult
  std::string birth_date;  // YYYY-MM-DD
  std::string reason;      // a birth, a new partner, a grandparent who moves in
  std::string bsn = {};    // issue 10 item 6: a child's BSN (optional, 11-proof; never stored)
};

// Custody of one parent-child pair on a court ruling of `ruling_date`.
struct CustodyChange {
  std::string parent_id;
  std::string child_id;
  // Required: a missing answer must never grant custody (and with it the whole file).
  std::optional<bool> has_custody;
  std::string ruling_date;  // YYYY-MM-DD
  std::string reason;
};

struct NewInvolvement {
  std::string user_id;
  std::string role;  // duo | second_opinion
  std::string reason;
};

// Issue 10: the handover of the fixed face, as the lead proposes it.
struct NewHandover {
  std::string to_user_id;
  std::string reason;  // family_moved | illness_or_leave | staff_leaving | other_expertise | ...
  std::string words;
  std::optional<bool> warm;  // required: warm (overlap, joint meeting) or cold
  std::string meeting_date;  // YYYY-MM-DD; warm only
};

// A handover with the professionals it names.
struct HandoverView {
  domain::Handover handover;
  Professional from;
  Professional to;
};

// The continuity of the fixed face, for the family and the professionals: the handover
// waiting for an answer (the family reads it before it takes effect), the last one accepted,
// every handover (professionals only) and the counts.
struct FixedFaceHistory {
  std::optional<HandoverView> pending;
  std::optional<HandoverView> last_accepted;
  std::vector<HandoverView> all;  // newest first
  domain::LeadHistory counts;
};

// The professionals' page on the household and who is involved (issue 10).
struct HouseholdView {
  domain::Family family;
  std::string my_role;
  bool may_change_household = false;     // the lead and the duo
  bool may_manage_involvements = false;  // the lead
  std::vector<InvolvedProfessional> involved;
  std::vector<domain::HouseholdChange> changes;  // newest first
  std::map<std::string, std::string> names;      // member and user ids -> names
  std::vector<Professional> colleagues;          // who may join (the lead's form)
  // Issue 10: the handovers; the lead may propose one (to `successors`) or withdraw it.
  FixedFaceHistory fixed_face = {};
  bool may_hand_over = false;
  std::vector<Professional> successors = {};  // local-team colleagues who may become the lead
  // What each member reads of the file themselves today (the engine's reason for viewing
  // entries: own access, the child view under 12, the summary only, nothing after leaving):
  // a corrected birth date or a departure shows its effect here.
  std::map<std::string, domain::Reason> reads;
};

// One entry as the family member sees it on "Ons gezin": the EntryView (visible with its
// reactions and corrections, or a withheld placeholder), marked when it is new to them.
struct HomeEntry : EntryView {
  bool is_new = false;  // added after the member's previous visit
};

// "Ons gezin": the family's own home page (and, as JSON, the family's download).
struct FamilyHome {
  domain::Family family;
  domain::Account account;
  domain::Member me;
  std::string my_role;        // "parent", "carer", "child", "other_adult"
  bool summary_only = false;  // a parent without custody: fixed face and members, no entries
  bool child_view = false;    // a child: simpler words; under 12 the child view only
  bool may_view_access_log = false;
  bool may_manage_consent = false;  // a young person of 16+: gives and ends consents
  Professional lead;
  std::optional<Professional> duo;
  std::vector<HomeEntry> entries;  // newest first
  std::optional<domain::Millis> previous_visit;
  std::vector<domain::ConsentRecord> my_consents;  // a young person's own consents
  // Issue 10: everyone involved now (the fixed face first), and what changed in the household
  // and among the professionals, newest first, with the names of the people it names.
  std::vector<InvolvedProfessional> involved = {};
  std::vector<domain::HouseholdChange> changes = {};
  std::map<std::string, std::string> names = {};  // member and user ids -> names
  // Issue 10: who the new fixed face will be and why (before it takes effect), who it became,
  // how often it changed and the days without one.
  FixedFaceHistory fixed_face = {};
  // Issue 12 item 3: compulsory while a court measure this member reads runs.
  domain::Frame frame = domain::Frame::kVoluntary;
  // The page shows the newest entries only and there are older ones (a copy holds them all).
  bool more_entries = false;
  // When the home was read (the date a copy was made).
  domain::Millis read_at = 0;
  // A measure names this member as a parent it concerns, which they read only as a summary
  // (a parent without custody; a young person of 16+ did not consent): the page links to it.
  bool named_in_measure = false;
};

// --- network members (issue 10, app/network.cpp) -------------------------------------------

// A network member invited with what they see from the start.
struct NewNetworkMember {
  std::string name;
  std::string relation;  // in the family's words: "oma", "buurvrouw", "trainer"
  std::string contact;   // e-mail address for the login codes
  std::vector<std::string> entry_ids;
  std::string valid_until;  // optional YYYY-MM-DD: the last day
};

// What a consent shares from now on (replaces the items and the last day).
struct NetworkShare {
  std::vector<std::string> entry_ids;
  std::string valid_until;
};

// One consent as the viewer of the network page sees it.
struct NetworkConsentView {
  domain::NetworkConsentRecord record;
  std::string given_by_name;
  std::vector<domain::Entry> entries;  // the shared entries the viewer may read themselves
  int other_items = 0;                 // shared items the viewer may not read (counted only)
  bool in_force = false;               // the network member sees it today
  bool mine = false;                   // the viewer gave it: may change and end it
};

struct NetworkMemberView {
  domain::NetworkMember member;
  std::string invited_by_name;
  std::vector<NetworkConsentView> consents;  // newest last
};

// The family's page of network members ("Wie kan wat zien"), and the API's list.
struct NetworkOverview {
  std::string family_id;
  std::vector<NetworkMemberView> members;
  std::optional<domain::NetworkGround> my_ground;  // the viewer may invite and share
  std::vector<domain::Entry> shareable;            // what the viewer may share, newest first
  bool more_shareable = false;                     // older entries exist than kMaxShareableListed
  bool may_stop = false;  // the viewer is the lead professional, who may stop a running consent
};
inline constexpr int kMaxShareableListed = 200;

// The network member's own page: only what is shared with them.
struct SharedEntry {
  domain::Entry entry;
  std::string shared_by;  // the member's name
  std::optional<domain::Date> until;
};
struct SharedView {
  domain::NetworkMember me;
  std::string family_name;
  std::vector<SharedEntry> entries;  // newest first
};

inline constexpr std::size_t kMaxNetworkNameChars = 200;
inline constexpr std::size_t kMaxRelationChars = 100;
inline constexpr std::size_t kMaxSharedItems = 500;

// --- the safety map (issue 11, app/safety_map.cpp) -------------------------------------------

struct NewDanger {
  std::string who_worried;
  std::string worry;
  std::string if_nothing_changes;
};

// A disagreement, word for word: a family member writes their own (member_id empty or their
// own id); a professional writes one down for the member it names.
struct NewDisagreement {
  std::string danger_id;
  std::string member_id;
  std::string words;
};

// An answer to one statement in the newest round: for the caller themself, or (a professional)
// taken down with a child under 12 (`recorded_for`: the child's member id).
struct NewScore {
  std::string danger_id;
  std::optional<int> score;  // nullopt: missing or not a whole number
  std::string words;
  std::string recorded_for;
};

// The map as its viewer may read it, with who answers and how.
struct SafetyMapView {
  std::string family_id;
  std::string family_name;
  domain::SafetyMap map;                          // without what is not the viewer's to read
  std::vector<domain::Participant> participants;  // everyone who may appear, in series order
  std::map<std::string, std::string> names;       // member and user ids -> names
  int current_round = 0;
  bool may_edit = false;         // an involved professional: rounds, worries, strengths, goals
  domain::ScorerDecision me;     // who the viewer answers as (me.allowed: may answer)
  domain::ScaleWording wording;  // the wording of 0 and 10 the viewer is shown
  domain::ScaleWording child_wording;
  // For a professional: the members a disagreement may be written down for, and the children
  // under 12 whose answer may be taken down.
  std::vector<domain::Member> members;
  std::vector<domain::Member> young_children;
};

// --- the child's own words (issue 11 item 5, app/child_voice.cpp) ----------------------------

// A record of a child's voice as typed: the three houses, and with whom the child agreed to
// share it ("professionals" | "parents" | "members" with member ids). A child of 12+ writes
// their own (child_id empty or their own id); a professional takes down the words of the child
// named, with the child.
struct NewChildVoice {
  std::string child_id;
  std::string good_things;
  std::string worries;
  std::string dreams;
  std::string share;
  std::vector<std::string> share_with;
};

// One child as the page shows them: their records, the explanation the viewer may read.
struct ChildVoicesOfChild {
  domain::Member child;
  std::vector<domain::ChildVoice> voices;  // the records the viewer may read, oldest first
  // The newest explanation the viewer may read (nullopt: none, or not theirs to read); for a
  // professional every version, oldest first.
  std::optional<domain::ChildExplanation> explanation;
  std::vector<domain::ChildExplanation> versions;
  bool may_read_explanation = false;
};

// The page of the children's own words as its viewer may read it.
struct ChildVoicesView {
  std::string family_id;
  std::string family_name;
  // The children of the household (not left), in family order; for a family member only the
  // children of whom they read something (their own page for a child).
  std::vector<ChildVoicesOfChild> children;
  std::map<std::string, std::string> names;  // member and user ids -> names
  // The members of the household (not left), for the list to share with.
  std::vector<domain::Member> members;
  bool may_take_down = false;  // a professional who writes entries: takes down a child's words
  bool may_explain = false;    // the lead and the duo write the explanations
  // The lead and the duo: the children (member ids) who have no explanation yet.
  std::vector<std::string> without_explanation;
  domain::VoiceWriter me;  // a family member: may write their own words (me.allowed)
};

// One child's explanation, for GET .../children/{member}/explanation.
struct ChildExplanationView {
  std::string family_id;
  domain::Member child;
  std::optional<domain::ChildExplanation> latest;
  std::vector<domain::ChildExplanation> versions;  // a professional: every version
  std::map<std::string, std::string> names;        // user ids -> names
};

// --- the family's own plan first (issue 11 item 2, app/family_plan.cpp) ----------------------

// The offer, as typed: a date "YYYY-MM-DD" and how it was offered (optional).
struct NewPlanOffer {
  std::string offered_on;
  std::string words;
};

// The outcome of the offer, as typed: outcome "accepted" | "declined" | "waived"; dates
// "YYYY-MM-DD"; for a waiver the ground ("concrete_threat" | "child_interest") and the reason.
struct PlanOfferOutcome {
  std::string outcome;
  std::string decided_on;
  std::string expected_by;
  std::string ground;
  std::string reason;
};

// A version of the family's plan, as typed (the whole plan; lines as lists).
struct NewPlanAction {
  std::string what;
  std::string owner_kind;  // "member" | "network" | "professional"
  std::string owner;
  std::string due_on;
};
struct NewPlanWatcher {
  std::string name;
  std::string reach;
};
struct NewPlanVersion {
  std::string kind;  // "family" (when empty) | "safety"
  std::vector<std::string> goals;
  std::vector<NewPlanAction> actions;
  std::string evaluation_on;
  std::string if_not_working;
  std::vector<std::string> rules;
  std::vector<NewPlanWatcher> watchers;
  std::vector<std::string> warning_signs;
};

// The plan as its viewer may read it, with what the viewer may do.
struct FamilyPlanView {
  std::string family_id;
  std::string family_name;
  domain::FamilyPlan plan;                            // without what is not the viewer's to read
  std::map<std::string, std::string> names;           // member, account and user ids -> names
  std::optional<domain::Date> professional_plan_due;  // Jeugdwet 4.1.3 (declined or waived)
  bool may_manage = false;   // the lead and the duo: the offer and the safety conditions
  bool may_comment = false;  // an involved professional
  bool may_write = false;    // a family member who writes the plan (the offer accepted)
  domain::Reason write_reason = domain::Reason::kFamilyOnly;  // why not, when !may_write
};

// Two versions side by side and what changed per field.
struct PlanCompareView {
  std::string family_id;
  std::string family_name;
  domain::PlanVersion from;
  domain::PlanVersion to;
  std::vector<domain::FieldChange> changes;  // one per field, in the plan's order
  std::map<std::string, std::string> names;
};

// --- meetings and feedback (issue 11 items 3 and 4, app/meeting.cpp) ------------------------

// What the lead records after a meeting: the summary becomes a normal entry of the file
// (kind conversation_report, about the whole household: open by default, withholding applies).
struct NewMeetingRecordInput {
  domain::NewMeetingRecord record;
  std::string summary;
};

// A family member's answers to "hoe was het overleg?" (nullopt: missing or not a number).
struct NewFeedback {
  std::array<std::optional<int>, domain::kFeedbackQuestions> answers = {};
  std::string words;
};

// One meeting as its reader sees it.
struct MeetingView {
  domain::Meeting meeting;
  // The summary entry's text, when the reader may read that entry now (withholding applies).
  std::optional<std::string> summary;
  bool summary_withheld = false;  // recorded, but the entry is not the reader's to read
  // Professionals: THAT feedback came in, from whom (member ids), never the answers.
  std::vector<std::string> feedback_from;
  // A family member: may give feedback (was there), their own answer, and until when it changes.
  bool may_give_feedback = false;
  std::optional<domain::Feedback> my_feedback;
  bool my_feedback_changeable = false;
  domain::Millis changeable_until = 0;
  bool may_add_agenda = false;  // not held yet, and the reader may add
};

struct MeetingsView {
  std::string family_id;
  std::string family_name;
  std::vector<MeetingView> meetings;         // by date
  bool may_plan = false;                     // the lead and the duo: plan and record
  bool child_wording = false;                // the reader is a child under 16
  domain::FeedbackWording wording;           // the questions as the reader is shown them
  std::map<std::string, std::string> names;  // member, user and network ids -> names
  // For the planning form (may_plan): who may be invited.
  std::vector<domain::Member> members;
  std::vector<domain::Member> children;
  std::vector<InvolvedProfessional> professionals;
  std::vector<domain::NetworkMember> network;
};

// The answers across the meetings of one team, as the team sees them (no family, no member).
struct TeamMeetingFeedback {
  domain::Team team;
  domain::FeedbackAggregate aggregate;
};

// --- decisions and the second opinion (issue 12, app/decision.cpp) ----------------------------

// A draft, or a new version of one: `kind` by its name (checked here), the rest as typed.
struct NewDecision {
  std::string kind;
  domain::DecisionContent content;  // content.kind is set from `kind`
};

// A family member's view: a member writes their own (member_id empty or their own id); a
// professional takes it down with the member it names.
struct NewDecisionView {
  std::string member_id;
  std::string words;
};

struct NewSecondOpinion {
  std::string verdict;  // agree, agree_with_conditions, disagree
  std::string reasons;
  std::string conditions;
};

// The decisions as their viewer may read them, with what the viewer may do.
struct DecisionsView {
  std::string family_id;
  std::string family_name;
  domain::Date today;                             // the family's rights count terms from it
  std::vector<domain::DecisionRecord> decisions;  // in ledger order
  std::map<std::string, std::string> names;       // member and user ids -> names
  bool family = false;                            // the viewer is a family member
  bool may_edit = false;                          // the lead or the duo: draft, revise, share
  bool may_give_opinion = false;                  // a behavioural scientist involved in the file
  std::string viewer_id;                          // the user id, or a family member's member id
  bool may_write_view = false;                    // a family member who writes their own view
  // For a professional: members a view may be taken down for, the children of the household,
  // and who may decide (the lead and the duo).
  std::vector<domain::Member> members;
  std::vector<domain::Member> children;
  std::vector<std::pair<std::string, std::string>> deciders;  // user id, name
};

// --- court measures (issue 12 item 3, app/measure.cpp) ----------------------------------------

// A new measure as typed (dates as text); an extension; an early end.
using NewMeasure = domain::NewMeasureInput;
struct MeasureExtension {
  std::string ruling_date;
  std::string end;
  std::string reason;
};
struct MeasureEnd {
  std::string ended_on;
  std::string reason;
};
// A deadline met: its kind ("hearing", ...) and due date (YYYY-MM-DD) name it.
struct DeadlineMet {
  std::string deadline;
  std::string due;
  std::string done_on;
  std::string note;
};

// The measures as their viewer may read them, with every legal deadline and the frame.
struct MeasuresView {
  std::string family_id;
  std::string family_name;
  domain::Date today;
  domain::Frame frame = domain::Frame::kVoluntary;
  std::vector<domain::MeasureRecord> measures;     // in ledger order
  std::vector<domain::MeasureDeadline> deadlines;  // earliest first
  std::map<std::string, std::string> names;        // member and user ids -> names
  std::map<std::string, domain::Date> ends;        // measure id -> the day it stops holding
  bool family = false;                             // the viewer is a family member
  bool may_edit = false;                           // the lead or the duo
  // For a professional: the children of the household, and the taken decisions (id, what) a
  // measure may follow from.
  std::vector<domain::Member> children;
  std::vector<std::pair<std::string, std::string>> decisions;
  // For a professional: the parents and carers a measure may name, and those checked by
  // default (with custody).
  std::vector<domain::Member> parents;
  std::vector<std::string> default_parents;
};

// Issue 13 item 3: the other parts of the file in a family member's own copy, each exactly as
// the member reads it on its own page (the same use case, so the same rules and withholdings);
// empty where the member may not read that part. Each part read leaves its own access-log line.
struct FamilyRecords {
  std::optional<SafetyMapView> safety_map;
  std::optional<FamilyPlanView> plan;
  std::optional<MeetingsView> meetings;
  std::optional<DecisionsView> decisions;
  std::optional<MeasuresView> measures;
  std::optional<ChildVoicesView> child_voices;
  std::vector<ChildExplanationView> explanations;  // per child whose explanation they may read
};

// The access log for a period of days (Dutch calendar dates, both inclusive; empty: open).
struct AccessLogPeriod {
  std::optional<domain::Date> from;
  std::optional<domain::Date> to;
};

class FamilyAuthenticator;
class Outbox;

class Stip {
 public:
  // Every port from one store (store::Open's). Each part of Stip reads and writes only through
  // the ports it names below.
  Stip(store::Store& store, const domain::Clock& clock, domain::IdGen& ids, Options options = {});
  ~Stip();
  Stip(const Stip&) = delete;
  Stip& operator=(const Stip&) = delete;

  // --- authentication ---------------------------------------------------------------------
  // `client` names where the attempt comes from (an IP address): the back-off after wrong
  // passwords holds per account and client, so a stranger cannot lock a professional out.
  // `code`: the current TOTP code, needed when the account has a second step (issue 14 item 2);
  // missing or wrong, the login fails Unauthenticated with a field error on "code".
  Result<LoginResult> Login(const std::string& username, const std::string& password,
                            const std::string& client = {}, const std::string& code = {});
  Result<Principal> SessionPrincipal(const std::string& session_token);
  Result<Principal> TokenPrincipal(const std::string& bearer_token);
  Status Logout(const std::string& session_token);
  // `days`: how long it works (Options::token_days when absent; 1..token_max_days).
  Result<IssuedToken> IssueToken(const Principal& who, const std::string& name,
                                 std::optional<std::int64_t> days = std::nullopt);
  Principal CliPrincipal() const;  // the operator at the console (actor "system")

  // --- administration -----------------------------------------------------------------------
  Result<std::string> CreateOrganisation(const Principal& who, const std::string& name);
  Result<std::string> CreateTeam(const Principal& who, const domain::Team& team);
  Result<std::string> CreateUser(const Principal& who, const NewUser& user);
  Result<std::vector<Professional>> ListProfessionals(const Principal& who);
  Result<Professional> Me(const Principal& who);

  // --- accounts and tokens with a life cycle (issue 14, app/accounts.cpp) -------------------
  // Tokens of `user_id` ("" or the caller: the caller's own; anyone else's: administrators).
  Result<std::vector<TokenInfo>> ListTokens(const Principal& who, const std::string& user_id = "");
  // The owner or an administrator; the token stops at once on every process (each request
  // reads the token from the store). Revoking a revoked or expired token changes nothing.
  Status RevokeToken(const Principal& who, const std::string& token_id);
  // Sessions of `user_id` that have not ended ("" or the caller: own; else administrators).
  // `current_session` is the caller's own cookie value, to mark that session.
  // Issue 14 item 2 (app/second_step.cpp): a professional's own second login step. Starting
  // makes a new secret (replacing one that was never confirmed); confirming with a first code
  // appends totp.enrolled; turning it off needs a current code and appends totp.disabled, and
  // is refused while the installation requires it.
  Result<TotpState> SecondStep(const Principal& who);
  Result<TotpState> StartSecondStep(const Principal& who);
  Status ConfirmSecondStep(const Principal& who, const std::string& code);
  Status DisableSecondStep(const Principal& who, const std::string& code);
  Result<std::vector<SessionInfo>> ListSessions(const Principal& who, const std::string& user_id,
                                                const std::string& current_session = "");
  // Administrators only, with a reason for the ledger. Disabling revokes the user's live tokens
  // in the same append and ends its sessions; an administrator cannot disable themself.
  Status DisableUser(const Principal& who, const std::string& user_id, const std::string& reason);
  Status EnableUser(const Principal& who, const std::string& user_id, const std::string& reason);
  Status ChangeTeam(const Principal& who, const std::string& user_id, const std::string& team_id);
  // Every team, for the administrator's pages (administrators only).
  Result<std::vector<domain::Team>> ListTeams(const Principal& who);

  // --- administration on the web, issue 14 item 1 (app/admin_web.cpp) ------------------------
  // An administrator asks for a new password for a professional: Stip mails a one-time link
  // (valid Options::password_reset_ttl; a newer request, disabling the account or using it ends
  // it). Needs the outbox and the professional's e-mail address (422 without); a second request
  // for the same professional within Options::password_reset_interval is refused (429).
  // Returns the new link's expiry; the token itself only goes into the mail.
  Result<AccountSecurity::Reset> RequestPasswordReset(const Principal& who,
                                                      const std::string& user_id);
  // The link's page (no login). NotFound for a token Stip never sent.
  Result<PasswordResetLink> CheckPasswordReset(const std::string& token);
  // Sets the new password (the password policy; 400 with a field error on "password", and the
  // link keeps working); ends the professional's sessions and revokes their tokens. A link that
  // is not open: FailedPrecondition; an unknown one: NotFound.
  Status ResetPassword(const std::string& token, const std::string& password);
  // Administrators: whether the professional uses a second step, and their newest reset link.
  Result<AccountSecurity> ReadAccountSecurity(const Principal& who, const std::string& user_id);
  // Administrators: removes a professional's second step (a lost phone), with a reason; their
  // sessions end and they get a mail that it happened. 422 when they have none.
  Status ResetSecondStepOf(const Principal& who, const std::string& user_id,
                           const std::string& reason);
  // Administrators: every organisation; a team's new name (unique within its organisation).
  Result<std::vector<domain::Organisation>> ListOrganisations(const Principal& who);
  Status RenameTeam(const Principal& who, const std::string& team_id, const std::string& name);

  // --- the family file ----------------------------------------------------------------------
  // A child already known in another file (issue 10 item 6): the refusal (409, or 400 when
  // opened anyway without a reason) is itself a check on the record, as the explicit check is:
  // on the system chain and in each matched file's access log, and `known` (when given) gets
  // the teams to contact and the check's id to ask to join with.
  Result<std::string> CreateFamily(const Principal& who, const NewFamily& family,
                                   KnownElsewhereCheck* known = nullptr);
  Result<std::vector<domain::FamilySummary>> MyFamilies(const Principal& who);
  Result<FamilyOverview> OpenFamily(const Principal& who, const std::string& family_id,
                                    domain::Page page, const std::string& purpose);
  // Returns the new entry's id.
  Result<std::string> AddEntry(const Principal& who, const std::string& family_id,
                               const NewEntry& entry);
  Result<AccessLogView> ReadAccessLog(const Principal& who, const std::string& family_id,
                                      domain::Page page, const std::string& purpose);

  // --- family accounts, consent and the family's own view (app/family_accounts.cpp, ...) ----
  // Where codes go. Without an outbox, invitations and code logins fail with Unavailable.
  // Replaces the family authenticator with a CodeAuthenticator on this outbox, whose codes work
  // for `code_ttl` (default 15 minutes).
  void SetOutbox(Outbox& outbox, domain::Millis code_ttl = kDefaultCodeTtl);
  static constexpr domain::Millis kDefaultCodeTtl = 15LL * 60 * 1000;
  // Replaces how family members log in (e.g. OpenID Connect instead of codes).
  void SetFamilyAuthenticator(std::unique_ptr<FamilyAuthenticator> authenticator);
  // Returns the new account id (the lead only; invitation sent through the authenticator).
  Result<std::string> InviteMember(const Principal& who, const std::string& family_id,
                                   const NewInvitation& invitation);
  // The lead ends a family member's account (moved out, lost custody, wrong address...): it
  // can no longer log in, and its sessions stop working at once, on every process (each
  // request reads the account from the store). `reason` is required and goes in the ledger.
  Status RevokeAccount(const Principal& who, const std::string& family_id,
                       const std::string& account_id, const std::string& reason);
  // Asks for a login code: answers at once and the same way whether or not `contact` has an
  // account (the look-up and the mail happen afterwards, in the background). ResourceExhausted
  // with an honest message when a request limit (Options::codes_per_*) is reached.
  Status BeginFamilyLogin(const std::string& contact, const std::string& client = {});
  // Every unused, unexpired code of the account works; wrong codes slow down only the client
  // that typed them (per address and client).
  // The other families in which the caller's address has an account (a family member or a
  // network member only; oldest first). No access-log line: it names the caller's own accounts.
  Result<std::vector<OtherFamily>> OtherFamiliesOf(const Principal& who);
  // A new session for another account of the caller's address (they proved the address with a
  // code): NotFound for any account that is not one of OtherFamiliesOf. The caller's session
  // (`session_token`, from the cookie) ends, and the new one ends when it would have.
  Result<LoginResult> SwitchFamily(const Principal& who, const std::string& account_id,
                                   const std::string& session_token);
  Result<LoginResult> CompleteFamilyLogin(const std::string& contact, const std::string& code,
                                          const std::string& client = {});
  // Waits until the background work posted so far (login-code mails) is done.
  void DrainBackground();
  Result<std::string> GiveConsent(const Principal& who, const std::string& family_id,
                                  const NewConsent& consent);
  Status EndConsent(const Principal& who, const std::string& family_id,
                    const std::string& consent_id);
  // Issue 10: network members. A parent with custody or a young person of 16+ invites one (a
  // consent with what they see is given at once; the code mail goes out) and changes or ends
  // what they share; everyone with the file open sees who can see what; the network member
  // reads only what is shared (404 once no consent is in force). Each read is logged.
  Result<std::string> InviteNetworkMember(const Principal& who, const std::string& family_id,
                                          const NewNetworkMember& input);
  Status ChangeNetworkConsent(const Principal& who, const std::string& family_id,
                              const std::string& consent_id, const NetworkShare& share);
  Status EndNetworkConsent(const Principal& who, const std::string& family_id,
                           const std::string& consent_id, const std::string& reason);
  // The lead stops a network member's consent when the child's safety asks for it, with a
  // reason (required) that the family reads on its list of changes; the network member gets
  // 404 from that instant. Anyone else in the file: PermissionDenied.
  Status StopNetworkConsent(const Principal& who, const std::string& family_id,
                            const std::string& consent_id, const std::string& reason);
  Result<NetworkOverview> OpenNetwork(const Principal& who, const std::string& family_id);
  Result<SharedView> OpenShared(const Principal& who);
  // "Ons gezin" (what = "ons_gezin"), or the family's own copy: the JSON download and the
  // printable page (what = "export") or the PDF (what = "copy_pdf"). Logged with `what`. A copy
  // holds every entry the member may read (no cap); the page holds the newest 500.
  Result<FamilyHome> OpenFamilyHome(const Principal& who, const std::string& family_id,
                                    const std::string& what);
  // The safety map, plan, meetings, decisions, measures and the children's own words for the
  // member's own copy (FamilyRecords). Only for a family member (not a network member).
  Result<FamilyRecords> FamilyRecordsOf(const Principal& who, const std::string& family_id);
  // The access log limited to a period, newest first; paging as ReadAccessLog.
  Result<AccessLogView> ReadAccessLogPeriod(const Principal& who, const std::string& family_id,
                                            const AccessLogPeriod& period, domain::Page page);

  // --- entries as each viewer sees them; withholding, reactions, corrections (issue 3) -----
  // app/entry_views.cpp. The entries of `page` as `access` (from Authorize) may see them: left
  // out when not shown; withheld ones as placeholders. Sets `next_before` (0: no older page).
  // Does not log the read: the caller's use case does that once for the whole page.
  Result<std::vector<EntryView>> EntryViews(const Access& access, domain::Page page,
                                            std::int64_t* next_before = nullptr);
  // Correction requests still open in this file, the earliest deadline first (professionals).
  // `file` is the family as ReadFamilyFile read it, with its open corrections.
  Result<std::vector<OpenCorrection>> OpenCorrections(const Access& access,
                                                      const domain::FamilyFile& file);
  // app/withholdings.cpp. Each returns the new record's id where one is made.
  Result<std::string> Withhold(const Principal& who, const std::string& family_id,
                               const std::string& entry_id, const NewWithholding& input);
  Status RenewWithholding(const Principal& who, const std::string& family_id,
                          const std::string& withholding_id, const std::string& review_date,
                          const std::string& reason);
  Status LiftWithholding(const Principal& who, const std::string& family_id,
                         const std::string& withholding_id, const std::string& reason);
  Result<std::string> ObjectToWithholding(const Principal& who, const std::string& family_id,
                                          const std::string& withholding_id,
                                          const std::string& text);
  Status AnswerObjection(const Principal& who, const std::string& family_id,
                         const std::string& objection_id, bool upheld, const std::string& answer);
  // Issue 13 (app/readers.cpp): who of the family would read an entry with this audience,
  // before it is saved (kind, source and text do not matter). For whoever may add entries.
  Result<std::vector<ReaderView>> PreviewReaders(const Principal& who, const std::string& family_id,
                                                 const NewEntry& entry);
  // app/reactions.cpp. React returns the reaction id; an accepted correction returns the new
  // (correcting) entry's id, a rejected one "".
  Result<std::string> React(const Principal& who, const std::string& family_id,
                            const std::string& entry_id, const NewReaction& input);
  Result<std::string> AnswerCorrection(const Principal& who, const std::string& family_id,
                                       const std::string& reaction_id,
                                       const CorrectionAnswer& input);

  // --- the household and who is involved change (app/household.cpp, issue 10) -----------------
  // The lead and the duo record household changes; each is one event with a reason, and access
  // follows at once (every request asks the engine on the stored family). AddMember returns
  // the new member's id.
  Result<std::string> AddMember(const Principal& who, const std::string& family_id,
                                const NewHouseholdMember& member);
  Status RecordDeparture(const Principal& who, const std::string& family_id,
                         const std::string& member_id, const std::string& left_on,
                         const std::string& reason);
  Status CorrectBirthDate(const Principal& who, const std::string& family_id,
                          const std::string& member_id, const std::string& birth_date,
                          const std::string& reason);
  Status ChangeCustody(const Principal& who, const std::string& family_id,
                       const CustodyChange& change);
  // The lead adds a duo partner or a behavioural scientist. Ending: the lead ends another's
  // involvement, and every involved professional but the lead may end their own; from that
  // instant the file is a 404 to them, also in a session that is open.
  Status StartInvolvement(const Principal& who, const std::string& family_id,
                          const NewInvolvement& involvement);
  Status EndInvolvement(const Principal& who, const std::string& family_id,
                        const std::string& user_id, const std::string& reason);
  // The household, who is involved and what changed, for involved professionals (logged).
  Result<HouseholdView> ReadHousehold(const Principal& who, const std::string& family_id);

  // --- my work (app/my_work.cpp, issue 10 item 7) --------------------------------------------
  // The files the professional leads or shares with what is due in each (one page of them),
  // and totals over all. Leaves one access-log line for each file on the page (what "my_work").
  Result<MyWorkView> ReadMyWork(const Principal& who, const MyWorkQuery& query);
  // A team lead's view (app/team_work.cpp): per team they lead, each professional's caseload
  // and counts (query.weeks only). No family is named, so no access-log line.
  Result<TeamWorkView> ReadTeamWork(const Principal& who, const MyWorkQuery& query);
  // Administrators: name the team lead of a team (a professional of that team, not disabled,
  // not an administrator), or no one (user_id ""), with a reason (event team.lead_set).
  Status SetTeamLead(const Principal& who, const std::string& team_id, const std::string& user_id,
                     const std::string& reason);
  // Administrators: every team's team lead.
  Result<std::vector<domain::TeamLead>> ListTeamLeads(const Principal& who);

  // --- notifications (app/digest.cpp, app/entry_mail.cpp, issue 10 item 8) ------------------
  // A professional's own digest choice: "daily", "weekly" or "off" (event notify.digest_set).
  Status SetDigestFrequency(const Principal& who, const std::string& frequency);
  Result<domain::DigestFrequency> DigestFrequencyOf(const Principal& who);
  // Mails every professional whose digest is due now (07:00 daily, or Mondays): counts of
  // what is new since their last digest and of what is due, with links; no family content,
  // so no access-log line. The server runs it on a schedule; `stip digest send` once.
  Result<DigestRun> SendDigests();
  // A family member's own choice: a mail (a link, no content) when something new is written
  // that they can read (event account.mail_set); and whether it is on.
  Status SetEntryMail(const Principal& who, const std::string& family_id, bool on);
  Result<bool> EntryMailOn(const Principal& who, const std::string& family_id);
  // Whether that mail is offered at all: only to a member who reads entries of the file (a
  // parent without custody reads the summary only, so it would promise what is not there).
  Result<bool> EntryMailOffered(const Principal& who, const std::string& family_id);
  // Sends the members' mails that waited Options::entry_mail_delay, each only when the member
  // can read at least one of the new things then (the server runs it on its mail schedule).
  // Returns how many mails went out.
  Result<int> SendEntryMails();
  // --- the handover of the fixed face (app/handover.cpp, issue 10) ----------------------------
  // The lead proposes a colleague of a local team; returns the handover's id. Until the
  // colleague accepts, the lead stays the lead. Cold: the old lead's access ends the instant
  // the new lead accepts; warm: the old lead stays involved (previous_lead) until they or the
  // new lead end that involvement.
  Result<std::string> ProposeHandover(const Principal& who, const std::string& family_id,
                                      const NewHandover& handover);
  // The proposed colleague answers; anyone else gets NotFound (the file is not theirs).
  Status AcceptHandover(const Principal& who, const std::string& family_id,
                        const std::string& handover_id);
  Status DeclineHandover(const Principal& who, const std::string& family_id,
                         const std::string& handover_id, const std::string& words);
  // The lead takes a proposal back before it is answered.
  Status WithdrawHandover(const Principal& who, const std::string& family_id,
                          const std::string& handover_id, const std::string& words);
  // --- the safety map (app/safety_map.cpp, issue 11) ----------------------------------------
  // The map with every round and every voice the caller may read (an access-log line).
  // `purpose`: why a professional reads, as for OpenFamily ("" is the usual help).
  Result<SafetyMapView> SafetyMapOf(const Principal& who, const std::string& family_id,
                                    const std::string& purpose);
  // An involved professional opens the next round; returns its number.
  Result<int> OpenSafetyRound(const Principal& who, const std::string& family_id);
  Result<std::string> AddDanger(const Principal& who, const std::string& family_id,
                                const NewDanger& danger);
  Result<std::string> AddStrength(const Principal& who, const std::string& family_id,
                                  const std::string& words);
  Result<std::string> AddSafetyGoal(const Principal& who, const std::string& family_id,
                                    const std::string& danger_id, const std::string& words);
  Result<std::string> AddDisagreement(const Principal& who, const std::string& family_id,
                                      const NewDisagreement& disagreement);
  // One answer per participant per statement per round: a second one is refused (Conflict).
  Result<std::string> GiveScore(const Principal& who, const std::string& family_id,
                                const NewScore& score);

  // --- the child's own words (app/child_voice.cpp, issue 11 item 5) ------------------------
  // The records and explanations the caller may read (an access-log line "child_voice" with
  // the purpose). A network member: NotFound.
  Result<ChildVoicesView> ChildVoicesOf(const Principal& who, const std::string& family_id,
                                        const std::string& purpose);
  // A child of 12+ writes their own words, or a professional takes them down with the child;
  // returns the record's id. A child under 12 from their own account: PermissionDenied.
  Result<std::string> WriteChildVoice(const Principal& who, const std::string& family_id,
                                      const NewChildVoice& voice);
  // The child changes with whom a record is shared; a professional only narrows it
  // (PermissionDenied when it would widen). NotFound for a record the caller does not read.
  Status ChangeVoiceSharing(const Principal& who, const std::string& family_id,
                            const std::string& voice_id, const std::string& share,
                            const std::vector<std::string>& share_with);
  // A child's explanation (an access-log line "child_explanation"): the child, parents as the
  // access rules allow, professionals. NotFound for no such child.
  Result<ChildExplanationView> ExplanationOf(const Principal& who, const std::string& family_id,
                                             const std::string& child_id,
                                             const std::string& purpose);
  // The lead or the duo writes the next version of a child's explanation; returns its number.
  Result<int> WriteExplanation(const Principal& who, const std::string& family_id,
                               const std::string& child_id, const std::string& text);

  // --- the family's own plan first (app/family_plan.cpp, issue 11 item 2) -------------------
  // The plan with its offer, every version, the conditions and the comments the caller may
  // read (an access-log line "family_plan" with the purpose).
  Result<FamilyPlanView> FamilyPlanOf(const Principal& who, const std::string& family_id,
                                      const std::string& purpose);
  // Versions `from` and `to` side by side (an access-log line "family_plan"); InvalidArgument
  // for a number below 1 (0: not given), NotFound for a version the caller does not read.
  Result<PlanCompareView> ComparePlan(const Principal& who, const std::string& family_id, int from,
                                      int to, const std::string& purpose);
  // The lead or the duo offers the family to make their own plan first (once per file).
  Status OfferFamilyPlan(const Principal& who, const std::string& family_id,
                         const NewPlanOffer& offer);
  // The lead or the duo records the outcome of the open offer (once).
  Status AnswerPlanOffer(const Principal& who, const std::string& family_id,
                         const PlanOfferOutcome& outcome);
  // A family member writes the next version of the family's plan (the offer accepted);
  // professionals never do (PermissionDenied). Returns the version's number.
  Result<int> WritePlanVersion(const Principal& who, const std::string& family_id,
                               const NewPlanVersion& version);
  // The lead or the duo sets the professionals' safety conditions, as a whole.
  Status SetPlanConditions(const Principal& who, const std::string& family_id,
                           const std::vector<std::string>& conditions);
  // An involved professional comments beside version `version`; returns the comment's id.
  Result<std::string> CommentOnPlan(const Principal& who, const std::string& family_id, int version,
                                    const std::string& words);
  // --- meetings and feedback (app/meeting.cpp, issue 11 items 3 and 4) -----------------------
  // The meetings the caller may read (an access-log line); `purpose` as for SafetyMapOf.
  Result<MeetingsView> MeetingsOf(const Principal& who, const std::string& family_id,
                                  const std::string& purpose);
  // The lead or the duo plans a meeting; returns its id.
  Result<std::string> PlanMeeting(const Principal& who, const std::string& family_id,
                                  const domain::NewMeetingPlan& plan);
  // A family member (their own point or question) or an involved professional adds to the
  // agenda of a meeting not held yet; returns the item's id.
  Result<std::string> AddAgendaItem(const Principal& who, const std::string& family_id,
                                    const std::string& meeting_id, const std::string& kind,
                                    const std::string& words);
  // The lead or the duo records the meeting, once; returns the summary entry's id. The members
  // who were there are invited (their page, and a mail through the outbox) to give feedback.
  Result<std::string> RecordMeeting(const Principal& who, const std::string& family_id,
                                    const std::string& meeting_id,
                                    const NewMeetingRecordInput& input);
  // A member who was there gives their feedback, or changes it within 7 days (then it is fixed:
  // FailedPrecondition). Returns the feedback id and whether it was a change.
  Result<std::pair<std::string, bool>> GiveFeedback(const Principal& who,
                                                    const std::string& family_id,
                                                    const std::string& meeting_id,
                                                    const NewFeedback& feedback);
  // The meetings the caller was at and has not given feedback on (no log line: about the
  // caller only, for the invitation on their page). 0 for professionals.
  Result<int> OpenFeedbackInvitations(const Principal& who, const std::string& family_id);
  // The feedback across a team's meetings, for a professional of that team or its team lead:
  // counts per question only over at least 10 answers (domain::AggregateFeedback). No family
  // is named, so no access-log line.
  Result<TeamMeetingFeedback> TeamFeedback(const Principal& who, const std::string& team_id);
  // --- court measures (app/measure.cpp, issue 12 item 3) ------------------------------------
  // Every measure the caller may read, with its deadlines (an access-log line with purpose).
  Result<MeasuresView> MeasuresOf(const Principal& who, const std::string& family_id,
                                  const std::string& purpose);
  // The lead or the duo records a measure as the judge ruled it; returns its id.
  Result<std::string> RecordMeasure(const Principal& who, const std::string& family_id,
                                    const NewMeasure& measure);
  // The judge extended an OTS or an uithuisplaatsing (FailedPrecondition for other kinds).
  Status ExtendMeasure(const Principal& who, const std::string& family_id,
                       const std::string& measure_id, const MeasureExtension& extension);
  // A running measure ended early, with a reason.
  Status EndMeasure(const Principal& who, const std::string& family_id,
                    const std::string& measure_id, const MeasureEnd& end);
  // The lead or the duo marks a legal deadline met (hearing held, placement used, request
  // filed), so it no longer shows as overdue.
  Status MarkDeadlineDone(const Principal& who, const std::string& family_id,
                          const std::string& measure_id, const DeadlineMet& met);

  // --- decisions and the second opinion (app/decision.cpp, issue 12) ------------------------
  // Every decision the caller may read (an access-log line with the purpose).
  Result<DecisionsView> DecisionsOf(const Principal& who, const std::string& family_id,
                                    const std::string& purpose);
  // The lead or the duo drafts a decision; returns its id.
  Result<std::string> DraftDecision(const Principal& who, const std::string& family_id,
                                    const NewDecision& draft);
  // A new version of a decision not taken yet; returns the version number. A second opinion on
  // an earlier version no longer counts.
  Result<int> ReviseDecision(const Principal& who, const std::string& family_id,
                             const std::string& decision_id, const NewDecision& draft);
  Status ShareDecision(const Principal& who, const std::string& family_id,
                       const std::string& decision_id);
  // A family member's view while the decision is shared (FailedPrecondition before or after).
  Result<std::string> AddDecisionView(const Principal& who, const std::string& family_id,
                                      const std::string& decision_id, const NewDecisionView& view);
  // A behavioural scientist involved in the file, not the decider, on the version that stands.
  Result<std::string> GiveSecondOpinion(const Principal& who, const std::string& family_id,
                                        const std::string& decision_id,
                                        const NewSecondOpinion& opinion);
  // The decider takes it: shared first, and a heavy one with a current second opinion
  // (FailedPrecondition otherwise, saying what is missing).
  Status TakeDecision(const Principal& who, const std::string& family_id,
                      const std::string& decision_id);

  // The handovers offered to the caller that wait for an answer (each read is logged in the
  // family's access log with the purpose "overdracht").
  Result<std::vector<HandoverView>> HandoversOfferedTo(const Principal& who);

  // --- emergency access (app/emergency.cpp, issue 10 item 4) ---------------------------------
  // A professional of a local or regional safety team who is not involved opens the file
  // `family_id` read-only with a written reason for Options::emergency_hours. NotFound for an
  // unknown file; Conflict when involved (use the file as usual) or already open; the reads
  // that follow are flagged in the access log with the purpose "noodtoegang".
  Result<EmergencyUseView> OpenEmergencyAccess(const Principal& who, const std::string& family_id,
                                               const std::string& reason);
  // The professional closes their own use early; from then on 404 as before.
  Status EndEmergencyAccess(const Principal& who, const std::string& use_id);
  // The caller's own uses, newest first.
  Result<std::vector<EmergencyUseView>> MyEmergencyAccess(const Principal& who);
  // The uses the caller judges as team lead, not reviewed yet (never the caller's own: those are
  // on MyEmergencyAccess, with who judges them); each listed use leaves one line in its family's
  // access log the first time this lead reads it, loading the list again adds none.
  Result<EmergencyReviews> EmergencyReviewsFor(const Principal& who);
  // Counts only (no log line): the uses the caller may judge now (Mijn werk, the digest).
  Result<std::int64_t> CountEmergencyReviews(const Principal& who);
  // The team lead records the judgement, once: "justified" | "not_justified" with words.
  Status ReviewEmergencyAccess(const Principal& who, const std::string& use_id,
                               const std::string& outcome, const std::string& words);
  // --- known elsewhere (app/known_elsewhere.cpp, issue 10 item 6) ---------------------------
  // Before a file is opened: whether any of these children has a live signal in a file of this
  // installation. Professionals of a team only. Logged: the check and its outcome on the
  // system chain, and a line in the access log of every file that matched.
  Result<KnownElsewhereCheck> CheckKnownElsewhere(const Principal& who,
                                                  const std::vector<KnownChild>& children);
  // The background: appends signal.deleted to every file with signals past the deletion term
  // of the policy; returns how many files had some.
  Result<int> DeleteExpiredSignals();
  // Ask to join (app/join_requests.cpp): the asker must have had a match in this check (else
  // NotFound); one open request per asker per file (AlreadyExists); administrators and family
  // members PermissionDenied. Returns the request ids (one per matched file).
  Result<std::vector<std::string>> AskToJoin(const Principal& who, const NewJoinRequest& input);
  // The teams the caller's own check `check_id` matched (the leads' teams today), to show the
  // match again after a request could not be made; an unknown or someone else's check: none.
  Result<std::vector<domain::Team>> KnownCheckTeams(const Principal& who,
                                                    const std::string& check_id);
  // The lead answers: accepting starts the asker's involvement at once (involvement.started in
  // the same append); declining needs words the asker reads.
  Status AcceptJoinRequest(const Principal& who, const std::string& family_id,
                           const std::string& request_id);
  Status DeclineJoinRequest(const Principal& who, const std::string& family_id,
                            const std::string& request_id, const std::string& words);
  // The open requests to files the caller leads, and the caller's own requests with their
  // answers (the file's id and name only once accepted).
  Status ReadJoinRequests(const Principal& who, std::vector<domain::JoinRequest>& to_answer,
                          std::vector<domain::JoinRequest>& mine);

  // --- plain-language help for writers (app/plain_language.cpp) -----------------------------
  // Advice on a text a professional is writing for a family (long sentences, jargon, a
  // readability score): never a block, nothing stored, nothing logged. Professionals only; a
  // text that could not be saved as an entry (too long, control characters) is InvalidArgument.
  Result<domain::PlainLanguageReport> AdviseOnText(const Principal& who, const std::string& text);

  // --- retention, destruction and legal hold (app/retention.cpp, issue 14 item 3) -------------
  // The regime and the first day the file may be destroyed, and any legal hold: for an
  // involved professional (the family page's block and the API); an access-log line.
  // `log` false: the file page shows it, whose own read is logged already.
  Result<FileRetention> RetentionOf(const Principal& who, const std::string& family_id,
                                    bool log = true);
  // The lead, or the team lead of the lead's team, sets (`set`) or lifts the legal hold with a
  // reason. A second hold while one stands, or lifting without one: FailedPrecondition.
  Status ChangeLegalHold(const Principal& who, const std::string& family_id, bool set,
                         const std::string& reason);
  // Destroys the whole file (file.destroyed, then the database files are wiped): refused
  // (FailedPrecondition) while a legal hold stands. Not an access check: the callers are the
  // retention run and a granted request.
  Result<Destroyed> DestroyFile(const std::string& family_id, const DestroyOrder& order);
  // Every file whose retention ended and that is not on hold; with `dry_run` nothing changes.
  Result<RetentionRun> RunRetention(bool dry_run, const std::string& operator_name);

  // --- the family's destruction request (app/destruction.cpp, issue 14 item 3 part C) -------
  // A family member's own requests and whether they may ask (an access-log line).
  Result<MyDestructionRequests> MyDestructionRequestsOf(const Principal& who,
                                                        const std::string& family_id);
  // A family member (parent, carer, child of 12+) asks; one open request per member
  // (AlreadyExists). Scope "file" only for who reads the file.
  Result<domain::DestructionRequest> RequestDestruction(const Principal& who,
                                                        const std::string& family_id,
                                                        const NewDestructionRequest& input);
  // The lead (or the last lead's team lead once help ended) answers with reasons; granted
  // destroys the file at once (DestroyFile, ground request_granted), only for scope "file", with
  // no legal hold and no court measure running. The asker gets a mail without content.
  Result<DestructionAnswerDone> AnswerDestruction(const Principal& who,
                                                  const std::string& family_id,
                                                  const std::string& request_id,
                                                  const DestructionAnswerInput& input);

  // --- operations ---------------------------------------------------------------------------
  Result<VerifyReport> Verify(const std::optional<std::string>& family_id);
  Result<domain::RebuildReport> Rebuild();

  const Options& options() const { return options_; }

 private:
  // Issue 14 item 2: whether `user` must enrol a second step before anything else, and checking
  // a code against the user's confirmed credential (used once).
  Result<bool> SecondStepMissing(const domain::User& user);
  Status CheckSecondStep(const domain::User& user, const std::string& code);

 public:
  Committer& committer() { return *committer_; }

 private:
  store::LedgerWriter& ledger_;      // appends (through the Committer) and chain heads
  store::LedgerReader& history_;     // verify and rebuild
  store::AdminReads& admin_;         // users, teams, organisations, API tokens
  store::FamilyReads& families_;     // families, entries, access logs
  store::ReactionReads& reactions_;  // withholdings, objections, reactions, corrections
  store::AccountReads& accounts_;    // family accounts and consents
  store::Credentials& credentials_;  // passwords, sessions, login back-off
  store::LoginCodes& codes_;         // for the CodeAuthenticator that SetOutbox makes
  store::Throttles& throttles_;      // login back-off and request limits
  store::Notifications& notify_;     // who wants which mail; when digests went out (issue 10)
  store::Signals& signals_;          // "al bekend?": signals and the installation key
  store::Retention& retention_;      // legal holds; wiping destroyed text from the files
  const domain::Clock& clock_;
  domain::IdGen& ids_;
  Options options_;
  std::unique_ptr<Committer> committer_;

  KeyedMutex chain_locks_;
  Outbox* outbox_ = nullptr;
  std::shared_ptr<FamilyAuthenticator> family_auth_;  // shared: complete type not needed here
  // Last, so it is destroyed first: it finishes its work while everything it uses still exists.
  std::unique_ptr<Background> background_;

  // Appends what `build` returns to `chain`; `build` is called again (re-reading state) after a
  // lost race. Writers in this process to the same chain take turns.
  Result<store::ChainHead> AppendWithRetry(
      const std::string& chain, const std::function<Result<store::AppendRequest>()>& build);
  // Loads the family and asks the access engine whether `who` may do `action`. A "no" for
  // someone without standing in the file is NotFound (its existence is private); a "no" for
  // someone with standing is PermissionDenied with the engine's reason.
  Result<Access> Authorize(const Principal& who, const std::string& family_id,
                           domain::Action action);
  // The first half of Authorize: the family, the consents and the caller's role in the file
  // (NotFound without standing); `decision` is left for the caller to ask.
  Result<Access> LoadAccess(const Principal& who, const std::string& family_id);
  // Authorize on a family page read in one snapshot (issue 9, one read per page): reads
  // `page` of the file with `parts` into `file` and decides on the family it holds, which is
  // moved into the returned Access (file.family is left empty).
  Result<Access> AuthorizeFile(const Principal& who, const std::string& family_id,
                               domain::Action action, domain::Page page,
                               domain::FamilyFileParts parts, domain::FamilyFile& file);
  // LoadAccess's decision on a family and its consents already read.
  Result<Access> AccessTo(const Principal& who, domain::Family family,
                          std::vector<domain::ConsentRecord> consents);
  Result<Professional> LoadProfessional(const std::string& user_id);
  // Issue 14 item 3 (retention.cpp): the retention of a family read without an access check;
  // whether `who` may set or lift its legal hold; the family for a hold change (404 unless the
  // caller is involved or the team lead of its lead's team).
  Result<domain::Retention> RetentionFacts(const domain::Family& family);
  Result<bool> MayHold(const Principal& who, const domain::Family& family, domain::Millis now);
  Result<domain::Family> HoldFamily(const Principal& who, const std::string& family_id,
                                    domain::Millis now);
  // Issue 10: the professionals involved now, the fixed face first (app/household.cpp).
  Result<std::vector<InvolvedProfessional>> LoadInvolved(const domain::Family& family);
  // Names of the members and of the users a list of changes names.
  Status NameChanges(const domain::Family& family,
                     const std::vector<domain::HouseholdChange>& changes,
                     std::map<std::string, std::string>& names);
  // The entry views of a file read by ReadFamilyFile (its entries hold one probe row more than
  // `limit`); EntryViews reads the file and calls this.
  Result<std::vector<EntryView>> EntryViewsOf(const Access& access, const domain::FamilyFile& file,
                                              int limit, std::int64_t* next_before);
  // The principal of a family member's session (user_id "acc_...").
  Result<Principal> FamilyPrincipal(const std::string& account_id, const std::string& csrf);
  // A session for a family or network member's account (after a code, or a change of family).
  Result<LoginResult> StartFamilySession(const std::string& account_id, domain::Millis now,
                                         domain::Millis expires_at);
  // Reader id -> (name, team) for access-log lines: professionals and family accounts.
  Status NameReaders(const std::string& family_id, std::vector<domain::AccessRecord> records,
                     AccessLogView& view);
  // Issue 10 item 8: queues a mail for the members who asked for it that entry `entry_id` is
  // new for them (written, corrected, or no longer withheld), sent by SendEntryMails after
  // Options::entry_mail_delay. `members` (when given): only for these members (a lifted
  // withholding makes the entry new only for whom it withheld it from).
  void MailNewEntry(const std::string& family_id, const std::string& entry_id,
                    const std::vector<std::string>* members = nullptr);
  // MailNewEntry for the members a lifted withholding `w` of `family_id` named (app/withholdings).
  void MailLifted(const std::string& family_id, const domain::Withholding& w);
  // The reads of the access log a family member sees: of their time in the household
  // (app/family_home.cpp).
  struct LogWindow;
  Result<LogWindow> MembershipWindow(const Principal& who, const Access& access);
  // Issue 10: the work of `as` (a professional) in every file they are involved in, sorted.
  Result<std::vector<MyWorkFile>> WorkOf(const Principal& as, int weeks);
  Status LogRead(const Principal& who, const std::string& family_id, const std::string& role,
                 const std::string& what, const std::string& purpose);
  // Issue 10 (network.cpp): the items of a consent from chosen entry ids (field errors for the
  // ones the viewer may not share), and the viewer's own running consent.
  Result<std::vector<std::string>> SharedItems(const Access& access, domain::NetworkGround ground,
                                               const std::vector<std::string>& entry_ids,
                                               std::vector<domain::FieldError>& errors);
  Result<domain::NetworkConsentRecord> MyNetworkConsent(const Principal& who,
                                                        const std::string& family_id,
                                                        const std::string& consent_id);
  // Issue 10 item 6 (known_elsewhere.cpp): the keyed hash of each child's identity (field
  // errors under paths[i] for a bad BSN or a child without name or birth date), the live
  // matches in other files, and the lines in their access logs.
  struct SignalHashSet {
    std::string key;                  // the name of the key new signals are made under
    std::vector<std::string> record;  // per child, its hash under that key
    std::vector<std::string> match;   // every child's hash under every key a live signal has
  };
  Result<SignalHashSet> SignalHashes(const std::vector<KnownChild>& children,
                                     const std::vector<std::string>& paths,
                                     std::vector<domain::FieldError>& errors);
  // The matches of these children's hashes, each child counted against `who`'s
  // Options::known_checks_per_day (ResourceExhausted, honestly worded, past it).
  Result<std::vector<domain::SignalMatch>> MatchesFor(const Principal& who,
                                                      const SignalHashSet& hashes);
  Status LogMatches(const Principal& who, const std::vector<domain::SignalMatch>& matches);
  // The teams of the matched files' leads, a check on the system chain and the access-log
  // lines: what every answer that tells of a match leaves behind.
  domain::Millis CheckValidSince() const;
  Result<KnownElsewhereCheck> RecordMatches(const Principal& who,
                                            const std::vector<domain::SignalMatch>& matches);
  Status RecordCheck(const Principal& who, const std::string& id,
                     const std::vector<domain::SignalMatch>& matches, const std::string& outcome,
                     const std::string& family_id, const std::string& reason);
  // Issue 10: the handovers of a file with their professionals, and the counts up to now.
  Result<FixedFaceHistory> LoadFixedFace(const domain::Family& family);
  // Issue 10 item 4: a family's uses of emergency access with names, newest first.
  Result<std::vector<EmergencyUseView>> EmergencyUsesOf(const std::string& family_id);
  Result<EmergencyUseView> ViewOfUse(domain::EmergencyAccess use);
};

}  // namespace stip::app
