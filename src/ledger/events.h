// The catalogue of event types: one struct per type, whose field list (Fields()) gives both its
// payload (Encode) and the checks when it is read back (Decode, Visit). docs/ledger-format.md §10
// lists the same types and fields; tests/unit/ledger/ledger_format_doc_test.cpp keeps it so.
//
// Adding a type: its struct here (and in AllEvents below), its Projector::On in store/core, its
// line in docs/ledger-format.md §10. Never change the meaning of an existing field, and never
// make a new field of an old type required: every stored ledger must still read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ledger/event_fields.h"

namespace stip::ledger::events {

// Dates are strings "YYYY-MM-DD" and enumerations their names (domain::ToString): the decoder
// checks only the JSON, the projectors check the meaning (a member role, a real date). Only the
// fields written when set have a default, so the compiler (-Wmissing-field-initializers) tells
// a builder that forgets any other field.

// --- system chain ----------------------------------------------------------------------------

struct OrganisationCreated {
  static constexpr std::string_view kType = "organisation.created";
  static constexpr Chain kChain = Chain::kSystem;
  std::string id;
  std::string name;
  bool operator==(const OrganisationCreated&) const = default;
  static constexpr auto Fields() {
    using T = OrganisationCreated;
    return std::tuple{Required("id", &T::id), Required("name", &T::name)};
  }
};

struct TeamCreated {
  static constexpr std::string_view kType = "team.created";
  static constexpr Chain kChain = Chain::kSystem;
  std::string id;
  std::string organisation_id;
  std::string name;
  std::string kind;  // "local" | "regional_safety"
  std::string phone;
  std::string email;
  bool operator==(const TeamCreated&) const = default;
  static constexpr auto Fields() {
    using T = TeamCreated;
    return std::tuple{
        Required("id", &T::id),       Required("organisation_id", &T::organisation_id),
        Required("name", &T::name),   Required("kind", &T::kind),
        Optional("phone", &T::phone), Optional("email", &T::email)};
  }
};

struct UserCreated {
  static constexpr std::string_view kType = "user.created";
  static constexpr Chain kChain = Chain::kSystem;
  std::string id;
  std::string username;
  std::string display_name;
  std::string team_id;
  std::string phone;
  std::string email;
  bool admin = false;
  bool operator==(const UserCreated&) const = default;
  static constexpr auto Fields() {
    using T = UserCreated;
    return std::tuple{Required("id", &T::id),
                      Required("username", &T::username),
                      Required("display_name", &T::display_name),
                      Optional("team_id", &T::team_id),
                      Optional("phone", &T::phone),
                      Optional("email", &T::email),
                      Optional("admin", &T::admin)};
  }
};

// The argon2id hash itself is kept outside the ledger, in credentials.
struct PasswordSet {
  static constexpr std::string_view kType = "user.password_set";
  static constexpr Chain kChain = Chain::kSystem;
  std::string user_id;
  bool operator==(const PasswordSet&) const = default;
  static constexpr auto Fields() { return std::tuple{Required("user_id", &PasswordSet::user_id)}; }
};

// A personal access token for API clients; the ledger holds only its SHA-256.
struct TokenIssued {
  static constexpr std::string_view kType = "token.issued";
  static constexpr Chain kChain = Chain::kSystem;
  std::string id;
  std::string user_id;
  std::string name;
  std::string token_sha256;
  // Issue 14: the instant it stops working (RFC 3339 UTC). Tokens issued before had no expiry
  // written; they expire 90 days after they were issued (the projector fills that in).
  std::string expires_at = {};
  bool operator==(const TokenIssued&) const = default;
  static constexpr auto Fields() {
    using T = TokenIssued;
    return std::tuple{Required("id", &T::id), Required("user_id", &T::user_id),
                      Optional("name", &T::name), Required("token_sha256", &T::token_sha256),
                      IfSet("expires_at", &T::expires_at)};
  }
};

struct TokenRevoked {
  static constexpr std::string_view kType = "token.revoked";
  static constexpr Chain kChain = Chain::kSystem;
  std::string id;
  bool operator==(const TokenRevoked&) const = default;
  static constexpr auto Fields() { return std::tuple{Required("id", &TokenRevoked::id)}; }
};

// --- family chains ---------------------------------------------------------------------------

// Always the first event of a family chain.
struct FamilyCreated {
  static constexpr std::string_view kType = "family.created";
  static constexpr Chain kChain = Chain::kFamily;
  std::string name;
  bool operator==(const FamilyCreated&) const = default;
  static constexpr auto Fields() { return std::tuple{Required("name", &FamilyCreated::name)}; }
};

struct MemberAdded {
  static constexpr std::string_view kType = "member.added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string name;
  std::string role;        // "child" | "parent" | "carer" | "other_adult"
  std::string birth_date;  // YYYY-MM-DD
  // Issue 10, additive: why a member joins an open file (a birth, a new partner); absent when
  // the file was opened with them.
  std::string reason = {};
  bool operator==(const MemberAdded&) const = default;
  static constexpr auto Fields() {
    using T = MemberAdded;
    return std::tuple{Required("id", &T::id), Required("name", &T::name),
                      Required("role", &T::role), Required("birth_date", &T::birth_date),
                      IfSet("reason", &T::reason)};
  }
};

struct CustodySet {
  static constexpr std::string_view kType = "custody.set";
  static constexpr Chain kChain = Chain::kFamily;
  std::string parent_id;
  std::string child_id;
  bool has_custody = false;
  // Issue 10, additive: a change after opening rests on a court ruling of this date
  // (YYYY-MM-DD), with the reason; both absent when the file was opened with it.
  std::string ruling_date = {};
  std::string reason = {};
  bool operator==(const CustodySet&) const = default;
  static constexpr auto Fields() {
    using T = CustodySet;
    return std::tuple{Required("parent_id", &T::parent_id), Required("child_id", &T::child_id),
                      Optional("has_custody", &T::has_custody),
                      IfSet("ruling_date", &T::ruling_date), IfSet("reason", &T::reason)};
  }
};

struct InvolvementStarted {
  static constexpr std::string_view kType = "involvement.started";
  static constexpr Chain kChain = Chain::kFamily;
  std::string user_id;
  std::string role;  // "lead" | "duo"
  std::string reason;
  bool operator==(const InvolvementStarted&) const = default;
  static constexpr auto Fields() {
    using T = InvolvementStarted;
    return std::tuple{Required("user_id", &T::user_id), Required("role", &T::role),
                      Optional("reason", &T::reason)};
  }
};

struct InvolvementEnded {
  static constexpr std::string_view kType = "involvement.ended";
  static constexpr Chain kChain = Chain::kFamily;
  std::string user_id;
  std::string reason;
  bool operator==(const InvolvementEnded&) const = default;
  static constexpr auto Fields() {
    using T = InvolvementEnded;
    return std::tuple{Required("user_id", &T::user_id), Optional("reason", &T::reason)};
  }
};

struct EntryAdded {
  static constexpr std::string_view kType = "entry.added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string kind;  // "fact" | "observation" | "opinion" | "agreement" | "conversation_report"
  std::string source;
  std::string text;
  // Issue 3, additive (absent = the old meaning): the member ids it concerns (none: the whole
  // household), and the young person (16+) whose own confidential information it is.
  std::vector<std::string> concerns = {};
  std::optional<std::string> confidential_of = {};
  bool operator==(const EntryAdded&) const = default;
  static constexpr auto Fields() {
    using T = EntryAdded;
    return std::tuple{
        Required("id", &T::id),
        Required("kind", &T::kind),
        Optional("source", &T::source),
        Required("text", &T::text),
        IfSet("concerns", &T::concerns, "must be an array", "must hold member ids (strings)"),
        IfSet("confidential_of", &T::confidential_of, "must be a member id")};
  }
};

// Withholding, reactions and corrections (issue 3, DESIGN.md §2 rules 4-6).

// The entry is withheld from one member; the actor decided it.
struct WithholdingDecided {
  static constexpr std::string_view kType = "withholding.decided";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string entry_id;
  std::string member_id;
  // "protects_third_person" | "serious_harm_to_child" | "young_person_confidential" |
  // "running_investigation"
  std::string ground;
  std::string reason;
  std::string review_date;  // YYYY-MM-DD: not in force from that day on
  bool operator==(const WithholdingDecided&) const = default;
  static constexpr auto Fields() {
    using T = WithholdingDecided;
    return std::tuple{Required("id", &T::id),
                      Required("entry_id", &T::entry_id),
                      Required("member_id", &T::member_id),
                      Required("ground", &T::ground),
                      Required("reason", &T::reason),
                      Required("review_date", &T::review_date)};
  }
};

// Moves the review date; the reason replaces the written reason.
struct WithholdingRenewed {
  static constexpr std::string_view kType = "withholding.renewed";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string review_date;  // YYYY-MM-DD
  std::string reason;
  bool operator==(const WithholdingRenewed&) const = default;
  static constexpr auto Fields() {
    using T = WithholdingRenewed;
    return std::tuple{Required("id", &T::id), Required("review_date", &T::review_date),
                      Required("reason", &T::reason)};
  }
};

// Ended early (e.g. after an upheld objection).
struct WithholdingLifted {
  static constexpr std::string_view kType = "withholding.lifted";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string reason;
  bool operator==(const WithholdingLifted&) const = default;
  static constexpr auto Fields() {
    using T = WithholdingLifted;
    return std::tuple{Required("id", &T::id), Optional("reason", &T::reason)};
  }
};

// The family member it is withheld from objects (the actor: their account).
struct ObjectionFiled {
  static constexpr std::string_view kType = "objection.filed";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string withholding_id;
  std::string member_id;
  std::string text;
  bool operator==(const ObjectionFiled&) const = default;
  static constexpr auto Fields() {
    using T = ObjectionFiled;
    return std::tuple{Required("id", &T::id), Required("withholding_id", &T::withholding_id),
                      Required("member_id", &T::member_id), Required("text", &T::text)};
  }
};

// By a second professional; upheld: withholding.lifted follows in the same append.
struct ObjectionAnswered {
  static constexpr std::string_view kType = "objection.answered";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string answer;
  bool upheld = false;
  bool operator==(const ObjectionAnswered&) const = default;
  static constexpr auto Fields() {
    using T = ObjectionAnswered;
    return std::tuple{Required("id", &T::id), Required("answer", &T::answer),
                      Required("upheld", &T::upheld)};
  }
};

struct ReactionAdded {
  static constexpr std::string_view kType = "reaction.added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string entry_id;
  std::string member_id;
  std::string kind;  // "understood" | "correction_request" | "disagreement" | "own_statement"
  std::string text;
  std::string deadline = {};  // YYYY-MM-DD, correction requests only (one month)
  bool operator==(const ReactionAdded&) const = default;
  static constexpr auto Fields() {
    using T = ReactionAdded;
    return std::tuple{Required("id", &T::id),
                      Required("entry_id", &T::entry_id),
                      Required("member_id", &T::member_id),
                      Required("kind", &T::kind),
                      Optional("text", &T::text),
                      IfSet("deadline", &T::deadline)};
  }
};

// Accepted: entry.corrected follows in the same append.
struct CorrectionAnswered {
  static constexpr std::string_view kType = "correction.answered";
  static constexpr Chain kChain = Chain::kFamily;
  std::string reaction_id;
  std::string answer;
  std::string correction_entry_id = {};  // accepted only
  bool accepted = false;
  bool operator==(const CorrectionAnswered&) const = default;
  static constexpr auto Fields() {
    using T = CorrectionAnswered;
    return std::tuple{Required("reaction_id", &T::reaction_id), Required("answer", &T::answer),
                      IfSet("correction_entry_id", &T::correction_entry_id),
                      Required("accepted", &T::accepted)};
  }
};

// A new entry that corrects an old one; the old one stays, marked corrected_by. It reads for
// the same people as the old one (concerns, confidential_of).
struct EntryCorrected {
  static constexpr std::string_view kType = "entry.corrected";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string corrects;
  std::string kind;
  std::string source;
  std::string text;
  bool operator==(const EntryCorrected&) const = default;
  static constexpr auto Fields() {
    using T = EntryCorrected;
    return std::tuple{Required("id", &T::id), Required("corrects", &T::corrects),
                      Required("kind", &T::kind), Optional("source", &T::source),
                      Required("text", &T::text)};
  }
};

// Family accounts and consent (issue 3).

// The lead invites a family member; contact is the e-mail address the one-time codes go to.
struct AccountInvited {
  static constexpr std::string_view kType = "account.invited";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string member_id;
  std::string contact;
  bool operator==(const AccountInvited&) const = default;
  static constexpr auto Fields() {
    using T = AccountInvited;
    return std::tuple{Required("id", &T::id), Required("member_id", &T::member_id),
                      Required("contact", &T::contact)};
  }
};

// The first successful login with a one-time code (the actor: the account itself).
struct AccountActivated {
  static constexpr std::string_view kType = "account.activated";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  bool operator==(const AccountActivated&) const = default;
  static constexpr auto Fields() { return std::tuple{Required("id", &AccountActivated::id)}; }
};

// The account can no longer log in.
struct AccountRevoked {
  static constexpr std::string_view kType = "account.revoked";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string reason;
  bool operator==(const AccountRevoked&) const = default;
  static constexpr auto Fields() {
    using T = AccountRevoked;
    return std::tuple{Required("id", &T::id), Optional("reason", &T::reason)};
  }
};

// A young person of 16+ consents that a parent or carer may see the young person's own
// information, from the event's date in the Netherlands until valid_until (the last day).
struct ConsentGiven {
  static constexpr std::string_view kType = "consent.given";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string young_person_id;
  std::string member_id;
  std::string valid_until = {};  // YYYY-MM-DD, or "": until ended
  bool operator==(const ConsentGiven&) const = default;
  static constexpr auto Fields() {
    using T = ConsentGiven;
    return std::tuple{Required("id", &T::id), Required("young_person_id", &T::young_person_id),
                      Required("member_id", &T::member_id), IfSet("valid_until", &T::valid_until)};
  }
};

struct ConsentEnded {
  static constexpr std::string_view kType = "consent.ended";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  bool operator==(const ConsentEnded&) const = default;
  static constexpr auto Fields() { return std::tuple{Required("id", &ConsentEnded::id)}; }
};

// The household after the file is open (issue 10). A member who left stays in the file (the
// history is theirs too); from left_on they no longer live in the household.
struct MemberLeft {
  static constexpr std::string_view kType = "member.left";
  static constexpr Chain kChain = Chain::kFamily;
  std::string member_id;
  std::string left_on;  // YYYY-MM-DD
  std::string reason;
  bool operator==(const MemberLeft&) const = default;
  static constexpr auto Fields() {
    using T = MemberLeft;
    return std::tuple{Required("member_id", &T::member_id), Required("left_on", &T::left_on),
                      Required("reason", &T::reason)};
  }
};

// A birth date recorded wrongly; the old one stays in the ledger.
struct BirthDateCorrected {
  static constexpr std::string_view kType = "member.birth_date_corrected";
  static constexpr Chain kChain = Chain::kFamily;
  std::string member_id;
  std::string birth_date;  // YYYY-MM-DD
  std::string reason;
  bool operator==(const BirthDateCorrected&) const = default;
  static constexpr auto Fields() {
    using T = BirthDateCorrected;
    return std::tuple{Required("member_id", &T::member_id), Required("birth_date", &T::birth_date),
                      Required("reason", &T::reason)};
  }
};

// --- professional accounts with a life cycle (issue 14) --------------------------------------

// An administrator stops a professional's account: no login, and its sessions and tokens stop
// at once (the use case revokes its tokens in the same append).
struct UserDisabled {
  static constexpr std::string_view kType = "user.disabled";
  static constexpr Chain kChain = Chain::kSystem;
  std::string user_id;
  std::string reason;
  bool operator==(const UserDisabled&) const = default;
  static constexpr auto Fields() {
    using T = UserDisabled;
    return std::tuple{Required("user_id", &T::user_id), Required("reason", &T::reason)};
  }
};

struct UserEnabled {
  static constexpr std::string_view kType = "user.enabled";
  static constexpr Chain kChain = Chain::kSystem;
  std::string user_id;
  std::string reason;
  bool operator==(const UserEnabled&) const = default;
  static constexpr auto Fields() {
    using T = UserEnabled;
    return std::tuple{Required("user_id", &T::user_id), Required("reason", &T::reason)};
  }
};

// A professional moves to another team (an administrator's change).
struct UserTeamChanged {
  static constexpr std::string_view kType = "user.team_changed";
  static constexpr Chain kChain = Chain::kSystem;
  std::string user_id;
  std::string team_id;
  bool operator==(const UserTeamChanged&) const = default;
  static constexpr auto Fields() {
    using T = UserTeamChanged;
    return std::tuple{Required("user_id", &T::user_id), Required("team_id", &T::team_id)};
  }
};

// Issue 14 item 2: a professional confirmed a TOTP second step (the secret stays outside the
// ledger; `credential_id` names the stored credential this confirms).
struct TotpEnrolled {
  static constexpr std::string_view kType = "totp.enrolled";
  static constexpr Chain kChain = Chain::kSystem;
  std::string user_id;
  std::string credential_id;
  bool operator==(const TotpEnrolled&) const = default;
  static constexpr auto Fields() {
    using T = TotpEnrolled;
    return std::tuple{Required("user_id", &T::user_id),
                      Required("credential_id", &T::credential_id)};
  }
};

// Issue 14 item 2: the professional turned the second step off; its secret is deleted.
struct TotpDisabled {
  static constexpr std::string_view kType = "totp.disabled";
  static constexpr Chain kChain = Chain::kSystem;
  std::string user_id;
  std::string credential_id;
  bool operator==(const TotpDisabled&) const = default;
  static constexpr auto Fields() {
    using T = TotpDisabled;
    return std::tuple{Required("user_id", &T::user_id),
                      Required("credential_id", &T::credential_id)};
  }
};

// Issue 14 item 1: an administrator asked for a new password for a professional. Stip mailed
// them a one-time link; the ledger holds only the SHA-256 of its random token (like a token's),
// never the token itself. A newer request, disabling the account or using the link ends it.
struct PasswordResetRequested {
  static constexpr std::string_view kType = "password_reset.requested";
  static constexpr Chain kChain = Chain::kSystem;
  std::string id;
  std::string user_id;
  std::string token_sha256;
  std::string expires_at;  // RFC 3339 UTC
  bool operator==(const PasswordResetRequested&) const = default;
  static constexpr auto Fields() {
    using T = PasswordResetRequested;
    return std::tuple{Required("id", &T::id), Required("user_id", &T::user_id),
                      Required("token_sha256", &T::token_sha256),
                      Required("expires_at", &T::expires_at)};
  }
};

// The professional set a new password through the link (the actor is the professional). The
// same append holds user.password_set and a token.revoked for each of their live tokens.
struct PasswordResetUsed {
  static constexpr std::string_view kType = "password_reset.used";
  static constexpr Chain kChain = Chain::kSystem;
  std::string id;
  std::string user_id;
  bool operator==(const PasswordResetUsed&) const = default;
  static constexpr auto Fields() {
    using T = PasswordResetUsed;
    return std::tuple{Required("id", &T::id), Required("user_id", &T::user_id)};
  }
};

// Issue 14 item 1: an administrator removed a professional's second login step (a lost phone);
// the stored secret is deleted, as with totp.disabled.
struct TotpReset {
  static constexpr std::string_view kType = "totp.reset";
  static constexpr Chain kChain = Chain::kSystem;
  std::string user_id;
  std::string credential_id;
  std::string reason;
  bool operator==(const TotpReset&) const = default;
  static constexpr auto Fields() {
    using T = TotpReset;
    return std::tuple{Required("user_id", &T::user_id),
                      Required("credential_id", &T::credential_id), Required("reason", &T::reason)};
  }
};

// Issue 14 item 1: an administrator gave a team another name.
struct TeamRenamed {
  static constexpr std::string_view kType = "team.renamed";
  static constexpr Chain kChain = Chain::kSystem;
  std::string id;
  std::string name;
  bool operator==(const TeamRenamed&) const = default;
  static constexpr auto Fields() {
    using T = TeamRenamed;
    return std::tuple{Required("id", &T::id), Required("name", &T::name)};
  }
};

// Issue 13: the entry is withheld from several members, or from the whole household (then also
// from members added later). withholding.decided keeps meaning exactly its one member.
struct WithholdingDecidedFor {
  static constexpr std::string_view kType = "withholding.decided_for";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string entry_id;
  std::vector<std::string> member_ids = {};  // empty exactly when whole_household
  bool whole_household = false;
  std::string ground;  // as withholding.decided
  std::string reason;
  std::string review_date;            // YYYY-MM-DD: not in force from that day on
  std::string narrowing_reason = {};  // why a third party's protection covers fewer members
  bool operator==(const WithholdingDecidedFor&) const = default;
  static constexpr auto Fields() {
    using T = WithholdingDecidedFor;
    return std::tuple{
        Required("id", &T::id),
        Required("entry_id", &T::entry_id),
        IfSet("member_ids", &T::member_ids, "must be an array", "must hold member ids (strings)"),
        Optional("whole_household", &T::whole_household),
        Required("ground", &T::ground),
        Required("reason", &T::reason),
        Required("review_date", &T::review_date),
        IfSet("narrowing_reason", &T::narrowing_reason)};
  }
};

// Issue 10 item 7: an administrator names the team lead of a team (who sees the team's work
// and caseload per professional on "Mijn werk", never a family file), or no one (user_id "").
struct TeamLeadSet {
  static constexpr std::string_view kType = "team.lead_set";
  static constexpr Chain kChain = Chain::kSystem;
  std::string team_id;
  std::string user_id = {};  // "" when the team has no team lead any more
  std::string reason;
  bool operator==(const TeamLeadSet&) const = default;
  static constexpr auto Fields() {
    using T = TeamLeadSet;
    return std::tuple{Required("team_id", &T::team_id), IfSet("user_id", &T::user_id),
                      Required("reason", &T::reason)};
  }
};

// Issue 10 item 8: how often a professional gets the mail digest of "Mijn werk".
struct DigestSet {
  static constexpr std::string_view kType = "notify.digest_set";
  static constexpr Chain kChain = Chain::kSystem;
  std::string user_id;
  std::string frequency;  // "daily" | "weekly" | "off"
  bool operator==(const DigestSet&) const = default;
  static constexpr auto Fields() {
    using T = DigestSet;
    return std::tuple{Required("user_id", &T::user_id), Required("frequency", &T::frequency)};
  }
};

// Issue 10 item 8: a family member wants a mail (a link, no content) when something new is
// written about them, or no longer.
struct AccountMailSet {
  static constexpr std::string_view kType = "account.mail_set";
  static constexpr Chain kChain = Chain::kFamily;
  std::string account_id;
  bool on = false;
  bool operator==(const AccountMailSet&) const = default;
  static constexpr auto Fields() {
    using T = AccountMailSet;
    return std::tuple{Required("account_id", &T::account_id), Optional("on", &T::on)};
  }
};

// Issue 10: network members (naasten). A parent with custody, or a young person of 16+, invites
// a network member (not a member of the household) with an account of their own for one-time
// codes; the actor is the inviting member's account.
struct NetworkMemberInvited {
  static constexpr std::string_view kType = "network_member.invited";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;          // "nwm_..."
  std::string account_id;  // "acc_...": the login, as a family member's
  std::string name;
  std::string relation;    // in the family's words: "oma", "buurvrouw", "trainer"
  std::string contact;     // lower-case e-mail address
  std::string invited_by;  // member id
  bool operator==(const NetworkMemberInvited&) const = default;
  static constexpr auto Fields() {
    using T = NetworkMemberInvited;
    return std::tuple{Required("id", &T::id),           Required("account_id", &T::account_id),
                      Required("name", &T::name),       Required("relation", &T::relation),
                      Required("contact", &T::contact), Required("invited_by", &T::invited_by)};
  }
};

// What the member shares with the network member: items "entry:<id>" (later "task:<id>" for a
// task of the plan), on a ground ("parent_with_custody" | "young_person_own"), until valid_until.
struct NetworkConsentGiven {
  static constexpr std::string_view kType = "network_consent.given";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "ncs_..."
  std::string network_member_id;
  std::string given_by;  // member id
  std::string ground;
  std::vector<std::string> items = {};
  std::string valid_until = {};  // YYYY-MM-DD, or "": until ended
  bool operator==(const NetworkConsentGiven&) const = default;
  static constexpr auto Fields() {
    using T = NetworkConsentGiven;
    return std::tuple{Required("id", &T::id),
                      Required("network_member_id", &T::network_member_id),
                      Required("given_by", &T::given_by),
                      Required("ground", &T::ground),
                      IfSet("items", &T::items, "must be an array", "must hold items (strings)"),
                      IfSet("valid_until", &T::valid_until)};
  }
};

// The giver changes what is shared or until when: the items and last day replace the old ones.
struct NetworkConsentChanged {
  static constexpr std::string_view kType = "network_consent.changed";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::vector<std::string> items = {};
  std::string valid_until = {};
  bool operator==(const NetworkConsentChanged&) const = default;
  static constexpr auto Fields() {
    using T = NetworkConsentChanged;
    return std::tuple{Required("id", &T::id),
                      IfSet("items", &T::items, "must be an array", "must hold items (strings)"),
                      IfSet("valid_until", &T::valid_until)};
  }
};

// The giver ends the consent: the network member's access ends at this instant.
struct NetworkConsentEnded {
  static constexpr std::string_view kType = "network_consent.ended";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string reason = {};
  bool operator==(const NetworkConsentEnded&) const = default;
  static constexpr auto Fields() {
    using T = NetworkConsentEnded;
    return std::tuple{Required("id", &T::id), IfSet("reason", &T::reason)};
  }
};

// Issue 10: the handover of the fixed face (wisseling van vast gezicht). The lead proposes a
// colleague; until handover.accepted the lead stays the lead. On acceptance (the actor: the new
// lead) the new lead's involvement starts; cold: the old lead's ends at that instant; warm: the
// old lead stays involved as previous_lead until that involvement is ended (involvement.ended).
struct HandoverProposed {
  static constexpr std::string_view kType = "handover.proposed";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string to_user_id;
  // "family_moved" | "illness_or_leave" | "staff_leaving" | "other_expertise" | "family_wish" |
  // "other"
  std::string reason;
  std::string words;  // the lead's own words; the family reads them
  bool warm = false;
  std::string meeting_date = {};  // YYYY-MM-DD, warm only: the joint meeting
  bool operator==(const HandoverProposed&) const = default;
  static constexpr auto Fields() {
    using T = HandoverProposed;
    return std::tuple{Required("id", &T::id),         Required("to_user_id", &T::to_user_id),
                      Required("reason", &T::reason), Required("words", &T::words),
                      Required("warm", &T::warm),     IfSet("meeting_date", &T::meeting_date)};
  }
};

struct HandoverAccepted {
  static constexpr std::string_view kType = "handover.accepted";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  bool operator==(const HandoverAccepted&) const = default;
  static constexpr auto Fields() { return std::tuple{Required("id", &HandoverAccepted::id)}; }
};

// The colleague says no (the actor), with words; the lead stays the lead.
struct HandoverDeclined {
  static constexpr std::string_view kType = "handover.declined";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string words;
  bool operator==(const HandoverDeclined&) const = default;
  static constexpr auto Fields() {
    using T = HandoverDeclined;
    return std::tuple{Required("id", &T::id), Required("words", &T::words)};
  }
};

// The lead takes the proposal back before it is answered, with words.
struct HandoverWithdrawn {
  static constexpr std::string_view kType = "handover.withdrawn";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string words;
  bool operator==(const HandoverWithdrawn&) const = default;
  static constexpr auto Fields() {
    using T = HandoverWithdrawn;
    return std::tuple{Required("id", &T::id), Required("words", &T::words)};
  }
};

// Issue 11: the safety map (veiligheidstaxatie). A professional opens a round and adds worries,
// strengths and goals; a family member's disagreement is written in word for word; every
// participant gives their own 0-10 answer per worry per round. Numbers are decimal strings.
struct SafetyRoundOpened {
  static constexpr std::string_view kType = "safety_map.round_opened";
  static constexpr Chain kChain = Chain::kFamily;
  std::string round;  // "1", "2", ...: one more than the newest round
  bool operator==(const SafetyRoundOpened&) const = default;
  static constexpr auto Fields() {
    return std::tuple{Required("round", &SafetyRoundOpened::round)};
  }
};

struct SafetyDangerAdded {
  static constexpr std::string_view kType = "safety_map.danger_added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "dng_..."
  std::string who_worried;
  std::string worry;
  std::string if_nothing_changes;
  bool operator==(const SafetyDangerAdded&) const = default;
  static constexpr auto Fields() {
    using T = SafetyDangerAdded;
    return std::tuple{Required("id", &T::id), Required("who_worried", &T::who_worried),
                      Required("worry", &T::worry),
                      Required("if_nothing_changes", &T::if_nothing_changes)};
  }
};

// The actor typed it: the member themself, or a professional who wrote it down word for word.
struct SafetyDisagreementAdded {
  static constexpr std::string_view kType = "safety_map.disagreement_added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "dsg_..."
  std::string danger_id;
  std::string member_id;
  std::string words;
  bool operator==(const SafetyDisagreementAdded&) const = default;
  static constexpr auto Fields() {
    using T = SafetyDisagreementAdded;
    return std::tuple{Required("id", &T::id), Required("danger_id", &T::danger_id),
                      Required("member_id", &T::member_id), Required("words", &T::words)};
  }
};

struct SafetyStrengthAdded {
  static constexpr std::string_view kType = "safety_map.strength_added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "str_..."
  std::string words;
  bool operator==(const SafetyStrengthAdded&) const = default;
  static constexpr auto Fields() {
    using T = SafetyStrengthAdded;
    return std::tuple{Required("id", &T::id), Required("words", &T::words)};
  }
};

struct SafetyGoalAdded {
  static constexpr std::string_view kType = "safety_map.goal_added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "sgl_..."
  std::string danger_id;
  std::string words;
  bool operator==(const SafetyGoalAdded&) const = default;
  static constexpr auto Fields() {
    using T = SafetyGoalAdded;
    return std::tuple{Required("id", &T::id), Required("danger_id", &T::danger_id),
                      Required("words", &T::words)};
  }
};

// Issue 10 item 4: emergency access (noodtoegang, break the glass). A professional who is not
// involved opens the file read-only with a written reason until `until` (RFC 3339 UTC); the
// actor is that professional, `team_id` their team at the time of use (its team lead reviews).
struct EmergencyAccessOpened {
  static constexpr std::string_view kType = "emergency_access.opened";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "nood_..."
  std::string team_id;
  std::string reason;
  std::string until;
  bool operator==(const EmergencyAccessOpened&) const = default;
  static constexpr auto Fields() {
    using T = EmergencyAccessOpened;
    return std::tuple{Required("id", &T::id), Required("team_id", &T::team_id),
                      Required("reason", &T::reason), Required("until", &T::until)};
  }
};

// The professional closes their emergency access before `until` (the actor).
struct EmergencyAccessEnded {
  static constexpr std::string_view kType = "emergency_access.ended";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  bool operator==(const EmergencyAccessEnded&) const = default;
  static constexpr auto Fields() { return std::tuple{Required("id", &EmergencyAccessEnded::id)}; }
};

// The team lead (the actor) judges one use, once: "justified" | "not_justified", with words the
// family reads too.
struct EmergencyAccessReviewed {
  static constexpr std::string_view kType = "emergency_access.reviewed";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string outcome;
  std::string words;
  bool operator==(const EmergencyAccessReviewed&) const = default;
  static constexpr auto Fields() {
    using T = EmergencyAccessReviewed;
    return std::tuple{Required("id", &T::id), Required("outcome", &T::outcome),
                      Required("words", &T::words)};
  }
};

// One answer: participant "member" (member id) or "professional" (user id); `recorded`: a
// younger child's answer that a professional (the actor) took down with the child.
struct SafetyScoreGiven {
  static constexpr std::string_view kType = "safety_map.score_given";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "sca_..."
  std::string danger_id;
  std::string round;
  std::string participant;
  std::string participant_id;
  std::string score;  // "0" .. "10"
  std::string scale_0;
  std::string scale_10;
  std::string words = {};
  bool recorded = false;
  bool operator==(const SafetyScoreGiven&) const = default;
  static constexpr auto Fields() {
    using T = SafetyScoreGiven;
    return std::tuple{Required("id", &T::id),
                      Required("danger_id", &T::danger_id),
                      Required("round", &T::round),
                      Required("participant", &T::participant),
                      Required("participant_id", &T::participant_id),
                      Required("score", &T::score),
                      Required("scale_0", &T::scale_0),
                      Required("scale_10", &T::scale_10),
                      IfSet("words", &T::words),
                      IfSet("recorded", &T::recorded)};
  }
};

// Issue 10 item 6 ("al bekend?"): one signal per child when a file is opened or a child joins
// it: the keyed hash (HMAC-SHA-256, hex) of the child's identity, never the BSN, name or birth
// date it was made from, under the installation key named `key` (one per month,
// "signal_hmac:YYYY-MM"; omitted: the single key "signal_hmac" of the first signals). The fold
// keeps it in `signals` until signal.deleted (the Verwijsindex deletion after 5 years, written
// by the background), which also deletes a month's key once none of its signals can match any
// more: the hash that stays on the ledger can then no longer be tried against a BSN.
struct SignalRecorded {
  static constexpr std::string_view kType = "signal.recorded";
  static constexpr Chain kChain = Chain::kFamily;
  std::string member_id;
  std::string key_hash;
  std::string key = {};
  bool operator==(const SignalRecorded&) const = default;
  static constexpr auto Fields() {
    using T = SignalRecorded;
    return std::tuple{Required("member_id", &T::member_id), Required("key_hash", &T::key_hash),
                      IfSet("key", &T::key)};
  }
};

// The signals of this file made before `before` (ms since the epoch) are deleted.
struct SignalDeleted {
  static constexpr std::string_view kType = "signal.deleted";
  static constexpr Chain kChain = Chain::kFamily;
  std::string before;  // decimal milliseconds since the epoch
  std::string reason;
  bool operator==(const SignalDeleted&) const = default;
  static constexpr auto Fields() {
    using T = SignalDeleted;
    return std::tuple{Required("before", &T::before), Required("reason", &T::reason)};
  }
};

// A professional checked whether children are known in this installation: which files matched
// (their ids; empty: none) and the outcome, "no_match" | "match" (the check alone) |
// "opened_anyway" (a new file `family_id` was opened despite the match, with the reason).
// Never a hash, name or BSN.
struct KnownElsewhereChecked {
  static constexpr std::string_view kType = "known_elsewhere.checked";
  static constexpr Chain kChain = Chain::kSystem;
  std::string id;  // "chk_..."
  std::vector<std::string> families = {};
  std::string outcome;
  std::string family_id = {};
  std::string reason = {};
  bool operator==(const KnownElsewhereChecked&) const = default;
  static constexpr auto Fields() {
    using T = KnownElsewhereChecked;
    return std::tuple{
        Required("id", &T::id),
        IfSet("families", &T::families, "must be an array", "must hold family ids (strings)"),
        Required("outcome", &T::outcome), IfSet("family_id", &T::family_id),
        IfSet("reason", &T::reason)};
  }
};

// Issue 10 item 6: a professional who got a match in check `check_id` asks the lead of this
// file to be added to it (the actor is the asker), with the role they ask for ("duo" |
// "second_opinion") and a short message.
struct JoinRequestMade {
  static constexpr std::string_view kType = "join_request.made";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "jrq_..."
  std::string check_id;
  std::string role;
  std::string message;
  bool operator==(const JoinRequestMade&) const = default;
  static constexpr auto Fields() {
    using T = JoinRequestMade;
    return std::tuple{Required("id", &T::id), Required("check_id", &T::check_id),
                      Required("role", &T::role), Required("message", &T::message)};
  }
};

// The lead accepts a join request; an involvement.started for the asker follows in the same
// append, so their access starts at once.
struct JoinRequestAccepted {
  static constexpr std::string_view kType = "join_request.accepted";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  bool operator==(const JoinRequestAccepted&) const = default;
  static constexpr auto Fields() {
    using T = JoinRequestAccepted;
    return std::tuple{Required("id", &T::id)};
  }
};

// The lead declines a join request, with words the asker reads.
struct JoinRequestDeclined {
  static constexpr std::string_view kType = "join_request.declined";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string words;
  bool operator==(const JoinRequestDeclined&) const = default;
  static constexpr auto Fields() {
    using T = JoinRequestDeclined;
    return std::tuple{Required("id", &T::id), Required("words", &T::words)};
  }
};

// Issue 11 item 2: the family's own plan first (familiegroepsplan, Jeugdwet 4.1.2). The lead or
// the duo makes a dated offer and records its outcome; the family writes its plan, version by
// version (the whole plan each time); the professionals set their safety conditions apart and
// comment beside a version. Dates are "YYYY-MM-DD"; numbers decimal strings.
struct PlanOffered {
  static constexpr std::string_view kType = "plan.offered";
  static constexpr Chain kChain = Chain::kFamily;
  std::string offered_on;
  std::string words = {};
  bool operator==(const PlanOffered&) const = default;
  static constexpr auto Fields() {
    using T = PlanOffered;
    return std::tuple{Required("offered_on", &T::offered_on), IfSet("words", &T::words)};
  }
};

// outcome "accepted" (expected_by set), "declined" or "waived" (ground and reason set).
struct PlanOfferAnswered {
  static constexpr std::string_view kType = "plan.offer_answered";
  static constexpr Chain kChain = Chain::kFamily;
  std::string outcome;
  std::string decided_on;
  std::string expected_by = {};
  std::string ground = {};
  std::string reason = {};
  bool operator==(const PlanOfferAnswered&) const = default;
  static constexpr auto Fields() {
    using T = PlanOfferAnswered;
    return std::tuple{Required("outcome", &T::outcome), Required("decided_on", &T::decided_on),
                      IfSet("expected_by", &T::expected_by), IfSet("ground", &T::ground),
                      IfSet("reason", &T::reason)};
  }
};

// A version of the family's plan, written by a family member (the actor is their account).
// The actions are four lists of the same length, one item per action.
struct PlanVersionWritten {
  static constexpr std::string_view kType = "plan.version_written";
  static constexpr Chain kChain = Chain::kFamily;
  std::string version;  // "1", "2", ...: one more than the newest
  std::string kind;     // "family" | "safety"
  std::string member_id;
  std::vector<std::string> goals = {};
  std::vector<std::string> action_what = {};
  std::vector<std::string> action_owner_kind = {};
  std::vector<std::string> action_owner = {};
  std::vector<std::string> action_due_on = {};
  std::string evaluation_on = {};
  std::string if_not_working = {};
  std::vector<std::string> rules = {};
  std::vector<std::string> watcher_name = {};
  std::vector<std::string> watcher_reach = {};
  std::vector<std::string> warning_signs = {};
  bool operator==(const PlanVersionWritten&) const = default;
  static constexpr auto Fields() {
    using T = PlanVersionWritten;
    return std::tuple{Required("version", &T::version),
                      Required("kind", &T::kind),
                      Required("member_id", &T::member_id),
                      IfSet("goals", &T::goals),
                      IfSet("action_what", &T::action_what),
                      IfSet("action_owner_kind", &T::action_owner_kind),
                      IfSet("action_owner", &T::action_owner),
                      IfSet("action_due_on", &T::action_due_on),
                      IfSet("evaluation_on", &T::evaluation_on),
                      IfSet("if_not_working", &T::if_not_working),
                      IfSet("rules", &T::rules),
                      IfSet("watcher_name", &T::watcher_name),
                      IfSet("watcher_reach", &T::watcher_reach),
                      IfSet("warning_signs", &T::warning_signs)};
  }
};

// The professionals' safety conditions, as a whole (replacing the ones before).
struct PlanConditionsSet {
  static constexpr std::string_view kType = "plan.conditions_set";
  static constexpr Chain kChain = Chain::kFamily;
  std::vector<std::string> conditions = {};
  bool operator==(const PlanConditionsSet&) const = default;
  static constexpr auto Fields() {
    using T = PlanConditionsSet;
    return std::tuple{IfSet("conditions", &T::conditions)};
  }
};

// A professional's comment on one version of the family's plan.
struct PlanCommented {
  static constexpr std::string_view kType = "plan.commented";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "pcm_..."
  std::string version;
  std::string words;
  bool operator==(const PlanCommented&) const = default;
  static constexpr auto Fields() {
    using T = PlanCommented;
    return std::tuple{Required("id", &T::id), Required("version", &T::version),
                      Required("words", &T::words)};
  }
};

// Issue 11 items 3 and 4: meetings (overleg) and the family's feedback after them. Numbers are
// decimal strings; the feedback's answers "1" .. "5".
struct MeetingPlanned {
  static constexpr std::string_view kType = "meeting.planned";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;    // "mtg_..."
  std::string date;  // YYYY-MM-DD
  std::string place;
  std::string team_id;    // the planner's team: feedback is counted per team
  std::string time = {};  // HH:MM
  std::vector<std::string> members = {};
  std::vector<std::string> professionals = {};
  std::vector<std::string> network = {};
  bool operator==(const MeetingPlanned&) const = default;
  static constexpr auto Fields() {
    using T = MeetingPlanned;
    return std::tuple{
        Required("id", &T::id),
        Required("date", &T::date),
        Required("place", &T::place),
        Optional("team_id", &T::team_id),
        IfSet("time", &T::time),
        IfSet("members", &T::members, "must be an array", "must hold member ids"),
        IfSet("professionals", &T::professionals, "must be an array", "must hold user ids"),
        IfSet("network", &T::network, "must be an array", "must hold network member ids")};
  }
};

// A point or question for the agenda; `member_id`: the family member who added it.
struct MeetingAgendaAdded {
  static constexpr std::string_view kType = "meeting.agenda_added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "agp_..."
  std::string meeting_id;
  std::string kind;  // "point" | "question"
  std::string words;
  std::string member_id = {};
  bool operator==(const MeetingAgendaAdded&) const = default;
  static constexpr auto Fields() {
    using T = MeetingAgendaAdded;
    return std::tuple{Required("id", &T::id), Required("meeting_id", &T::meeting_id),
                      Required("kind", &T::kind), Required("words", &T::words),
                      IfSet("member_id", &T::member_id)};
  }
};

// Afterwards: who was there, the summary (an entry.added in the same append), the next date.
struct MeetingHeld {
  static constexpr std::string_view kType = "meeting.held";
  static constexpr Chain kChain = Chain::kFamily;
  std::string meeting_id;
  std::string summary_entry_id;
  std::vector<std::string> present_members = {};
  std::vector<std::string> present_professionals = {};
  std::vector<std::string> present_network = {};
  std::string next_date = {};
  bool operator==(const MeetingHeld&) const = default;
  static constexpr auto Fields() {
    using T = MeetingHeld;
    return std::tuple{
        Required("meeting_id", &T::meeting_id),
        Required("summary_entry_id", &T::summary_entry_id),
        IfSet("present_members", &T::present_members, "must be an array", "must hold member ids"),
        IfSet("present_professionals", &T::present_professionals, "must be an array",
              "must hold user ids"),
        IfSet("present_network", &T::present_network, "must be an array",
              "must hold network member ids"),
        IfSet("next_date", &T::next_date)};
  }
};

// Whether and how one child was there or heard (one per child, with meeting.held).
struct MeetingChildHeard {
  static constexpr std::string_view kType = "meeting.child_heard";
  static constexpr Chain kChain = Chain::kFamily;
  std::string meeting_id;
  std::string child_id;
  std::string how;  // present | heard_before | own_words | not_heard
  std::string words = {};
  bool operator==(const MeetingChildHeard&) const = default;
  static constexpr auto Fields() {
    using T = MeetingChildHeard;
    return std::tuple{Required("meeting_id", &T::meeting_id), Required("child_id", &T::child_id),
                      Required("how", &T::how), IfSet("words", &T::words)};
  }
};

struct MeetingAgreementAdded {
  static constexpr std::string_view kType = "meeting.agreement_added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "agr_..."
  std::string meeting_id;
  std::string words;
  bool operator==(const MeetingAgreementAdded&) const = default;
  static constexpr auto Fields() {
    using T = MeetingAgreementAdded;
    return std::tuple{Required("id", &T::id), Required("meeting_id", &T::meeting_id),
                      Required("words", &T::words)};
  }
};

// "Hoe was het overleg?": a family member who was there answers for themself.
struct MeetingFeedbackGiven {
  static constexpr std::string_view kType = "meeting.feedback_given";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "fbk_..."
  std::string meeting_id;
  std::string member_id;
  std::string heard;
  std::string understood;
  std::string safe;
  std::string next_step;
  std::string words = {};
  bool child_wording = false;
  bool operator==(const MeetingFeedbackGiven&) const = default;
  static constexpr auto Fields() {
    using T = MeetingFeedbackGiven;
    return std::tuple{Required("id", &T::id),
                      Required("meeting_id", &T::meeting_id),
                      Required("member_id", &T::member_id),
                      Required("heard", &T::heard),
                      Required("understood", &T::understood),
                      Required("safe", &T::safe),
                      Required("next_step", &T::next_step),
                      IfSet("words", &T::words),
                      IfSet("child_wording", &T::child_wording)};
  }
};

// The member changes their own answer (within 7 days of giving it).
struct MeetingFeedbackChanged {
  static constexpr std::string_view kType = "meeting.feedback_changed";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string heard;
  std::string understood;
  std::string safe;
  std::string next_step;
  std::string words = {};
  bool operator==(const MeetingFeedbackChanged&) const = default;
  static constexpr auto Fields() {
    using T = MeetingFeedbackChanged;
    return std::tuple{Required("id", &T::id),
                      Required("heard", &T::heard),
                      Required("understood", &T::understood),
                      Required("safe", &T::safe),
                      Required("next_step", &T::next_step),
                      IfSet("words", &T::words)};
  }
};

// Issue 12 items 1 and 2: decisions (besluiten) and the second opinion (tegenspraak). The
// draft's content is one canonical JSON text (ledger/decision_content.h: kind, what,
// legal_ground, facts, opinions, alternatives, present, children, decider) and content_hash its
// SHA-256 in lowercase hex; a second opinion names the version and hash it read. Versions are
// decimal strings. The actor of each is who did it.
struct DecisionDrafted {
  static constexpr std::string_view kType = "decision.drafted";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;       // "bsl_..."
  std::string version;  // "1"
  std::string content;
  std::string content_hash;
  bool operator==(const DecisionDrafted&) const = default;
  static constexpr auto Fields() {
    using T = DecisionDrafted;
    return std::tuple{Required("id", &T::id), Required("version", &T::version),
                      Required("content", &T::content), Required("content_hash", &T::content_hash)};
  }
};

// An edit of a draft not taken yet: a new version with the whole content.
struct DecisionRevised {
  static constexpr std::string_view kType = "decision.revised";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string version;  // one more than the version before
  std::string content;
  std::string content_hash;
  bool operator==(const DecisionRevised&) const = default;
  static constexpr auto Fields() {
    using T = DecisionRevised;
    return std::tuple{Required("id", &T::id), Required("version", &T::version),
                      Required("content", &T::content), Required("content_hash", &T::content_hash)};
  }
};

// The draft is shared with the family (they read it and may write their view).
struct DecisionShared {
  static constexpr std::string_view kType = "decision.shared";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string version;
  bool operator==(const DecisionShared&) const = default;
  static constexpr auto Fields() {
    using T = DecisionShared;
    return std::tuple{Required("id", &T::id), Required("version", &T::version)};
  }
};

// A family member's view in their own words, unedited: typed by the member (the actor is their
// account) or taken down by a professional with them (the actor is the professional).
struct DecisionViewAdded {
  static constexpr std::string_view kType = "decision.view_added";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "zsw_..."
  std::string decision_id;
  std::string member_id;
  std::string version;  // the version the member read
  std::string words;
  bool operator==(const DecisionViewAdded&) const = default;
  static constexpr auto Fields() {
    using T = DecisionViewAdded;
    return std::tuple{Required("id", &T::id), Required("decision_id", &T::decision_id),
                      Required("member_id", &T::member_id), Required("version", &T::version),
                      Required("words", &T::words)};
  }
};

// A behavioural scientist's second opinion on one version: verdict "agree" |
// "agree_with_conditions" | "disagree", with reasons (and the conditions).
struct DecisionSecondOpinionGiven {
  static constexpr std::string_view kType = "decision.second_opinion_given";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "tgs_..."
  std::string decision_id;
  std::string version;
  std::string content_hash;
  std::string verdict;
  std::string reasons;
  std::string conditions = {};
  bool operator==(const DecisionSecondOpinionGiven&) const = default;
  static constexpr auto Fields() {
    using T = DecisionSecondOpinionGiven;
    return std::tuple{Required("id", &T::id),
                      Required("decision_id", &T::decision_id),
                      Required("version", &T::version),
                      Required("content_hash", &T::content_hash),
                      Required("verdict", &T::verdict),
                      Required("reasons", &T::reasons),
                      IfSet("conditions", &T::conditions)};
  }
};

// The decider takes the decision as it stands in `version` (whose hash it names).
struct DecisionTaken {
  static constexpr std::string_view kType = "decision.taken";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string version;
  std::string content_hash;
  bool operator==(const DecisionTaken&) const = default;
  static constexpr auto Fields() {
    using T = DecisionTaken;
    return std::tuple{Required("id", &T::id), Required("version", &T::version),
                      Required("content_hash", &T::content_hash)};
  }
};

// Issue 12 item 3: court measures (maatregelen). Dates are YYYY-MM-DD; the actor is the lead or
// the duo who records what the judge ruled.
struct MeasureRecorded {
  static constexpr std::string_view kType = "measure.recorded";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;    // "mtr_..."
  std::string kind;  // ots | voorlopige_ots | uithuisplaatsing | spoedmachtiging | ...
  std::vector<std::string> children = {};
  std::string ruling_date;
  std::string start;
  std::string end = {};  // "" only for a gezagsbeeindiging (until 18)
  std::string threats = {};
  std::string decision_id = {};
  // The parents whose custody it concerns (optional: ledgers from before it decode unchanged).
  std::vector<std::string> parents = {};
  bool operator==(const MeasureRecorded&) const = default;
  static constexpr auto Fields() {
    using T = MeasureRecorded;
    return std::tuple{
        Required("id", &T::id),
        Required("kind", &T::kind),
        Required("children", &T::children),
        Required("ruling_date", &T::ruling_date),
        Required("start", &T::start),
        IfSet("end", &T::end),
        IfSet("threats", &T::threats),
        IfSet("decision_id", &T::decision_id),
        IfSet("parents", &T::parents, "must be an array", "must hold member ids (strings)")};
  }
};

// A legal deadline of a measure was met (the hearing held, the placement used, the request
// filed): `deadline` is its kind, `due` its due date, `done_on` the day it was met.
struct MeasureDeadlineDone {
  static constexpr std::string_view kType = "measure.deadline_done";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // the measure
  std::string deadline;
  std::string due;
  std::string done_on;
  std::string note = {};
  bool operator==(const MeasureDeadlineDone&) const = default;
  static constexpr auto Fields() {
    using T = MeasureDeadlineDone;
    return std::tuple{Required("id", &T::id), Required("deadline", &T::deadline),
                      Required("due", &T::due), Required("done_on", &T::done_on),
                      IfSet("note", &T::note)};
  }
};

// The judge extends a measure: a new end, by a new ruling.
struct MeasureExtended {
  static constexpr std::string_view kType = "measure.extended";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string ruling_date;
  std::string end;
  std::string reason = {};
  bool operator==(const MeasureExtended&) const = default;
  static constexpr auto Fields() {
    using T = MeasureExtended;
    return std::tuple{Required("id", &T::id), Required("ruling_date", &T::ruling_date),
                      Required("end", &T::end), IfSet("reason", &T::reason)};
  }
};

// A measure ends before its end date (the judge lifted it, the child was placed back, ...).
struct MeasureEnded {
  static constexpr std::string_view kType = "measure.ended";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string ended_on;
  std::string reason;
  bool operator==(const MeasureEnded&) const = default;
  static constexpr auto Fields() {
    using T = MeasureEnded;
    return std::tuple{Required("id", &T::id), Required("ended_on", &T::ended_on),
                      Required("reason", &T::reason)};
  }
};

// Issue 11 item 5: the child's own words (in mijn eigen woorden). A record in the Three Houses
// shape (good things, worries, dreams; at least one written), by the child of 12+ from their own
// account (the actor), or taken down by a professional with the child (`taken_down`, the actor
// is the professional). `share`: with whom the child agreed to share it ("professionals",
// "parents", "members" with the member ids in `share_with`).
struct ChildVoiceWritten {
  static constexpr std::string_view kType = "child_voice.written";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;  // "vce_..."
  std::string child_id;
  std::string share;
  std::string good_things = {};
  std::string worries = {};
  std::string dreams = {};
  std::vector<std::string> share_with = {};
  bool taken_down = false;
  bool operator==(const ChildVoiceWritten&) const = default;
  static constexpr auto Fields() {
    using T = ChildVoiceWritten;
    return std::tuple{
        Required("id", &T::id),
        Required("child_id", &T::child_id),
        Required("share", &T::share),
        IfSet("good_things", &T::good_things),
        IfSet("worries", &T::worries),
        IfSet("dreams", &T::dreams),
        IfSet("share_with", &T::share_with, "must be an array", "must hold member ids"),
        IfSet("taken_down", &T::taken_down)};
  }
};

// The child changes with whom their words are shared (any way), or a professional narrows it.
struct ChildVoiceSharingChanged {
  static constexpr std::string_view kType = "child_voice.sharing_changed";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;
  std::string share;
  std::vector<std::string> share_with = {};
  bool operator==(const ChildVoiceSharingChanged&) const = default;
  static constexpr auto Fields() {
    using T = ChildVoiceSharingChanged;
    return std::tuple{
        Required("id", &T::id), Required("share", &T::share),
        IfSet("share_with", &T::share_with, "must be an array", "must hold member ids")};
  }
};

// The lead's explanation for one child (woorden en plaatjes), a new version each time.
struct ChildExplanationWritten {
  static constexpr std::string_view kType = "child_explanation.written";
  static constexpr Chain kChain = Chain::kFamily;
  std::string child_id;
  std::string version;  // "1", "2", ...: one more than the child's newest
  std::string text;
  bool operator==(const ChildExplanationWritten&) const = default;
  static constexpr auto Fields() {
    using T = ChildExplanationWritten;
    return std::tuple{Required("child_id", &T::child_id), Required("version", &T::version),
                      Required("text", &T::text)};
  }
};

// --- all of them ----------------------------------------------------------------------------

template <typename... T>
struct TypeList {};

// Issue 14 items 3 and 4: the content of earlier events of this file was destroyed (retention
// term ended, or a family member's request granted). One entry per destroyed event in the three
// parallel lists: its seq (decimal), its type and its hash as sealed. The store empties the
// stored payload of each listed event in the same transaction (the fold), so `stip verify`
// checks a destroyed event through this list instead of its hash (docs/ledger-format.md §7).
// `scope` "file": the whole file up to this event (every projection row of the family goes).
struct FileDestroyed {
  static constexpr std::string_view kType = "file.destroyed";
  static constexpr Chain kChain = Chain::kFamily;
  std::vector<std::string> seqs;
  std::vector<std::string> types;
  std::vector<std::string> hashes;
  std::string scope;              // "file"
  std::string ground;             // "retention_ended" | "request_granted"
  std::string decided_by;         // the user id, or the operator ("os:<name>") of a retention run
  std::string requested_by = {};  // the member or user who asked
  std::string request_id = {};
  bool operator==(const FileDestroyed&) const = default;
  static constexpr auto Fields() {
    using T = FileDestroyed;
    return std::tuple{Required("seqs", &T::seqs),
                      Required("types", &T::types),
                      Required("hashes", &T::hashes),
                      Required("scope", &T::scope),
                      Required("ground", &T::ground),
                      Required("decided_by", &T::decided_by),
                      IfSet("requested_by", &T::requested_by),
                      IfSet("request_id", &T::request_id)};
  }
};

// Issue 14 item 3: the lead or the team lead (the actor) puts the file on legal hold
// (bewaarplicht) with a reason; while it stands nothing of the file is destroyed. The use case
// refuses a second hold while one stands; the fold replaces the reason (older ledgers).
struct LegalHoldSet {
  static constexpr std::string_view kType = "legal_hold.set";
  static constexpr Chain kChain = Chain::kFamily;
  std::string reason;
  bool operator==(const LegalHoldSet&) const = default;
  static constexpr auto Fields() { return std::tuple{Required("reason", &LegalHoldSet::reason)}; }
};

// Issue 14 item 3: the lead or the team lead (the actor) lifts the legal hold, with a reason.
struct LegalHoldLifted {
  static constexpr std::string_view kType = "legal_hold.lifted";
  static constexpr Chain kChain = Chain::kFamily;
  std::string reason;
  bool operator==(const LegalHoldLifted&) const = default;
  static constexpr auto Fields() {
    return std::tuple{Required("reason", &LegalHoldLifted::reason)};
  }
};

// Issue 14 item 3 part C: a family member (the actor is their account) asks that the file, or
// their own data, be destroyed; the organisation answers within three months.
struct DestructionRequested {
  static constexpr std::string_view kType = "destruction.requested";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;         // "vnr_..."
  std::string member_id;  // who asks
  std::string scope;      // "file" | "own_data"
  std::string reason = {};
  bool operator==(const DestructionRequested&) const = default;
  static constexpr auto Fields() {
    using T = DestructionRequested;
    return std::tuple{Required("id", &T::id), Required("member_id", &T::member_id),
                      Required("scope", &T::scope), IfSet("reason", &T::reason)};
  }
};

// Issue 14 item 3 part C: the lead (or the team lead once help ended; the actor) answers a
// destruction request with reasons: granted (a file.destroyed with ground request_granted
// follows), partly granted or refused.
struct DestructionAnswered {
  static constexpr std::string_view kType = "destruction.answered";
  static constexpr Chain kChain = Chain::kFamily;
  std::string id;      // the request
  std::string answer;  // "granted" | "partly_granted" | "refused"
  std::string reasons = {};
  bool operator==(const DestructionAnswered&) const = default;
  static constexpr auto Fields() {
    using T = DestructionAnswered;
    return std::tuple{Required("id", &T::id), Required("answer", &T::answer),
                      IfSet("reasons", &T::reasons)};
  }
};

using AllEvents =
    TypeList<OrganisationCreated, TeamCreated, UserCreated, PasswordSet, TokenIssued, TokenRevoked,
             FamilyCreated, MemberAdded, CustodySet, InvolvementStarted, InvolvementEnded,
             EntryAdded, WithholdingDecided, WithholdingRenewed, WithholdingLifted, ObjectionFiled,
             ObjectionAnswered, ReactionAdded, CorrectionAnswered, EntryCorrected, AccountInvited,
             AccountActivated, AccountRevoked, ConsentGiven, ConsentEnded,
             // Issue 10.
             MemberLeft, BirthDateCorrected,
             // issue 14
             UserDisabled, UserEnabled, UserTeamChanged,
             // issue 13
             WithholdingDecidedFor,
             // issue 10 items 7 and 8
             TeamLeadSet, DigestSet, AccountMailSet,
             // Issue 10: network members.
             NetworkMemberInvited, NetworkConsentGiven, NetworkConsentChanged, NetworkConsentEnded,
             // issue 10: the handover of the fixed face
             HandoverProposed, HandoverAccepted, HandoverDeclined, HandoverWithdrawn,
             // issue 11: the safety map
             SafetyRoundOpened, SafetyDangerAdded, SafetyDisagreementAdded, SafetyStrengthAdded,
             SafetyGoalAdded, SafetyScoreGiven,
             // issue 10 item 4: emergency access
             EmergencyAccessOpened, EmergencyAccessEnded, EmergencyAccessReviewed,
             // issue 10 item 6: known elsewhere
             SignalRecorded, SignalDeleted, KnownElsewhereChecked, JoinRequestMade,
             JoinRequestAccepted, JoinRequestDeclined,
             // issue 11 item 2: the family's own plan first
             PlanOffered, PlanOfferAnswered, PlanVersionWritten, PlanConditionsSet, PlanCommented,
             // issue 11 items 3 and 4: meetings and feedback
             MeetingPlanned, MeetingAgendaAdded, MeetingHeld, MeetingChildHeard,
             MeetingAgreementAdded, MeetingFeedbackGiven, MeetingFeedbackChanged,
             // issue 12 items 1 and 2: decisions and the second opinion
             DecisionDrafted, DecisionRevised, DecisionShared, DecisionViewAdded,
             DecisionSecondOpinionGiven, DecisionTaken,
             // issue 12 item 3: court measures
             MeasureRecorded, MeasureExtended, MeasureEnded,
             // issue 12 (privacy review finding 3): a deadline met
             MeasureDeadlineDone,
             // issue 11 item 5: the child's own words
             ChildVoiceWritten, ChildVoiceSharingChanged, ChildExplanationWritten,
             // issue 14 item 2: the second login step
             TotpEnrolled, TotpDisabled,
             // issue 14 item 3: destruction that keeps the ledger verifiable
             FileDestroyed, LegalHoldSet, LegalHoldLifted,
             // issue 14 item 1: administration on the web
             PasswordResetRequested, PasswordResetUsed, TotpReset, TeamRenamed,
             // issue 14 item 3 part C: the family's destruction request
             DestructionRequested, DestructionAnswered>;

// Every type with its chain and fields, in the order above (for docs and tests).
inline constexpr auto kCatalogue = []<typename... T>(TypeList<T...>) {
  return std::array<TypeInfo, sizeof...(T)>{InfoOf<T>()...};
}(AllEvents{});

namespace internal {

template <typename R, typename Fn, typename T, typename... Rest>
R VisitAs(const Event& e, Fn& fn) {
  if (e.type == T::kType) {
    auto decoded = Decode<T>(e);
    if (!decoded) return domain::Fail(std::move(decoded.error()));
    return fn(std::as_const(*decoded));
  }
  if constexpr (sizeof...(Rest) == 0) {
    return domain::Fail(EventError(domain::Code::kInvalidArgument, e, "unknown event type"));
  } else {
    return VisitAs<R, Fn, Rest...>(e, fn);
  }
}

template <typename R, typename Fn, typename... T>
R VisitAll(const Event& e, Fn& fn, TypeList<T...>) {
  return VisitAs<R, Fn, T...>(e, fn);
}

}  // namespace internal

// Decodes `e` as the struct of its type and returns fn(const T&); `fn` is usually a set of
// overloads, one per type it handles (a generic one for the rest). Every overload returns the
// same type R, a Result or Status. Fails without calling fn, with the words the projectors have
// always used: "<event>: unknown event type", "belongs on the system chain", a bad field.
template <typename Fn>
auto Visit(const Event& e, Fn&& fn) {
  using R = std::invoke_result_t<Fn&, const OrganisationCreated&>;
  return internal::VisitAll<R>(e, fn, AllEvents{});
}

// A ledger event of type T on `chain`, ready to be sealed by the store.
template <typename T>
Event ToEvent(std::string chain, std::string actor, domain::Millis time, const T& value) {
  Event e;
  e.chain = std::move(chain);
  e.type = std::string(T::kType);
  e.actor = std::move(actor);
  e.time = time;
  e.payload = Encode(value);
  return e;
}

}  // namespace stip::ledger::events
