// The entities of a family file and of the organisations around it (DESIGN.md §3).
// Plain structs: state is folded from ledger events by the store; rules live in rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/time.h"

namespace stip::domain {

enum class TeamKind { kLocal, kRegionalSafety };  // wijkteam / regionaal veiligheidsteam
enum class MemberRole { kChild, kParent, kCarer, kOtherAdult };
// vast gezicht / duo-partner / gedragswetenschapper (tegenspraak). Legal aid and the AKJ
// trusted person join on the family's invitation with what the family grants (issue 10, later).
// kPreviousLead: the old fixed face during a warm handover's overlap, until they end it.
enum class InvolvementRole { kLead, kDuo, kSecondOpinion, kPreviousLead };
enum class EntryKind { kFact, kObservation, kOpinion, kAgreement, kConversationReport };

// Stable lowercase names used in events, JSON and SQL ("regional_safety", "other_adult", ...).
std::string_view ToString(TeamKind v);
std::string_view ToString(MemberRole v);
std::string_view ToString(InvolvementRole v);
std::string_view ToString(EntryKind v);
std::optional<TeamKind> ParseTeamKind(std::string_view s);
std::optional<MemberRole> ParseMemberRole(std::string_view s);
std::optional<InvolvementRole> ParseInvolvementRole(std::string_view s);
std::optional<EntryKind> ParseEntryKind(std::string_view s);

struct Organisation {
  std::string id;
  std::string name;
};

struct Team {
  std::string id;
  std::string organisation_id;
  std::string name;
  TeamKind kind = TeamKind::kLocal;
  std::string phone;  // how a family reaches the team
  std::string email;
};

struct User {
  std::string id;
  std::string username;
  std::string display_name;  // "Sanne de Vries"
  std::string team_id;
  bool admin = false;
  std::string phone;
  std::string email;
  // Issue 14: an administrator stopped the account (no login; sessions and tokens refused).
  bool disabled = false;
  std::string disabled_reason = {};
};

struct Member {
  std::string id;
  std::string name;  // first name and family name as the family wants it written
  MemberRole role = MemberRole::kChild;
  Date birth_date;
  // Issue 10: the member left the household from this date (member.left), and why.
  std::optional<Date> left_on = {};
  std::string left_reason = {};
  // The ledger position of member.added: entries about the whole household written before it
  // are not this member's to read (a new partner does not read the family's history). 0: not
  // known, as if the member was there from the start.
  std::int64_t joined_seq = 0;
};

// Parental authority (gezag) is recorded per parent-child pair.
struct Custody {
  std::string parent_id;  // a Member with role parent or carer
  std::string child_id;   // a Member with role child
  bool has_custody = false;
  // Issue 10: the date of the court ruling this rests on (when changed later), and why.
  std::optional<Date> ruling_date = {};
  std::string reason = {};
};

struct Involvement {
  std::string user_id;
  InvolvementRole role = InvolvementRole::kLead;
  Millis started_at = 0;
  std::optional<Millis> ended_at;
  std::string reason;
};

struct Family {
  std::string id;
  std::string name;  // "Gezin Jansen"
  Millis created_at = 0;
  std::int64_t head_seq = 0;  // last ledger position
  std::string head_hash;
  std::vector<Member> members;
  std::vector<Custody> custody;
  std::vector<Involvement> involvements;  // active and ended
};

struct Entry {
  std::string id;
  std::string family_id;
  std::int64_t seq = 0;  // ledger position of the event that added it (orders the timeline)
  EntryKind kind = EntryKind::kFact;
  std::string source;  // who said or saw it: "moeder", "school", "eigen waarneming"
  std::string text;
  std::string author_id;
  Millis created_at = 0;
  // Whom the entry concerns (member ids); empty: the whole household.
  std::vector<std::string> concerns;
  // The young person (16+) whose own confidential information this is, if marked so.
  std::optional<std::string> confidential_of;
  std::string corrects;      // this entry corrects that entry (an accepted correction)
  std::string corrected_by;  // that entry corrects this one; this one stays, marked corrected
};

// A family member's account: invited by the lead professional, used with one-time codes (later
// DigiD through a broker). Not a professional User: it can only ever see its own family.
struct Account {
  std::string id;  // "acc_..."
  std::string family_id;
  std::string member_id;
  std::string contact;  // e-mail address the codes go to
  Millis invited_at = 0;
  std::optional<Millis> activated_at;  // first successful login
  bool revoked = false;
};

// Issue 10: a network member (naaste): invited by a parent with custody or a young person of
// 16+, not a member of the household; logs in with one-time codes through account_id and sees
// only what a consent shares (domain/access.h NetworkConsent).
struct NetworkMember {
  std::string id;  // "nwm_..."
  std::string family_id;
  std::string account_id;
  std::string name;
  std::string relation;
  std::string contact;
  std::string invited_by;  // member id
  Millis invited_at = 0;
  std::optional<Millis> activated_at;
};

// A family member's reaction to an entry (rule 6: every voice beside the professional's).
enum class ReactionKind { kUnderstood, kCorrectionRequest, kDisagreement, kOwnStatement };
std::string_view ToString(ReactionKind v);
std::optional<ReactionKind> ParseReactionKind(std::string_view s);

enum class RequestStatus { kOpen, kAccepted, kRejected };  // correction requests, objections
std::string_view ToString(RequestStatus v);
std::optional<RequestStatus> ParseRequestStatus(std::string_view s);

struct Reaction {
  std::string id;
  std::string family_id;
  std::string entry_id;
  std::string member_id;   // who reacts
  std::string account_id;  // through which account (or the professional who recorded it)
  ReactionKind kind = ReactionKind::kUnderstood;
  std::string text;
  Millis created_at = 0;
  // Correction requests only: answered within a month (LEGAL_FACTS: inspection/correction).
  std::optional<Date> deadline;
  RequestStatus status = RequestStatus::kOpen;
  std::string answer;
  std::string answered_by;  // user id
  Millis answered_at = 0;
  std::string correction_entry_id;  // the new entry when the correction was accepted
};

// A family member's objection to a withholding; a second professional answers it.
struct Objection {
  std::string id;
  std::string family_id;
  std::string withholding_id;
  std::string member_id;
  std::string text;
  Millis filed_at = 0;
  RequestStatus status = RequestStatus::kOpen;  // accepted = upheld: the withholding is lifted
  std::string answer;
  std::string answered_by;
  Millis answered_at = 0;
};

// One line of a family's access log (NEN 7513: what, when, who, in which role, why).
struct AccessRecord {
  std::string family_id;
  std::int64_t seq = 0;  // position in the family's access-log chain
  Millis time = 0;
  std::string user_id;
  std::string role;     // the reader's role in this file: "lead", "duo", "admin"
  std::string what;     // "family_overview", "entries", "access_log"
  std::string purpose;  // why it was read
  bool emergency = false;
};

}  // namespace stip::domain
