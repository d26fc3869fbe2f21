// The catalogue of event types and their payload fields. The store folds these into projections;
// docs/ledger-format.md lists them for third-party verifiers. Adding a type: add it here, to the
// projector in every store, and to the docs. Never change the meaning of an existing field.
#pragma once

#include <string_view>

namespace stip::ledger::types {

// --- system chain ---------------------------------------------------------------------------
// {"id","name"}
inline constexpr std::string_view kOrganisationCreated = "organisation.created";
// {"id","organisation_id","name","kind":"local"|"regional_safety","phone","email"}
inline constexpr std::string_view kTeamCreated = "team.created";
// {"id","username","display_name","team_id","admin":bool,"phone","email"}
inline constexpr std::string_view kUserCreated = "user.created";
// {"user_id"}  (the argon2id hash itself is kept outside the ledger, in credentials)
inline constexpr std::string_view kPasswordSet = "user.password_set";
// {"id","user_id","name","token_sha256"}  personal access token for API clients
inline constexpr std::string_view kTokenIssued = "token.issued";
// {"id"}
inline constexpr std::string_view kTokenRevoked = "token.revoked";

// --- family chains ---------------------------------------------------------------------------
// {"name"}  always the first event of a family chain
inline constexpr std::string_view kFamilyCreated = "family.created";
// {"id","name","role":"child"|"parent"|"carer"|"other_adult","birth_date":"YYYY-MM-DD"}
inline constexpr std::string_view kMemberAdded = "member.added";
// {"parent_id","child_id","has_custody":bool}
inline constexpr std::string_view kCustodySet = "custody.set";
// {"user_id","role":"lead"|"duo","reason"}
inline constexpr std::string_view kInvolvementStarted = "involvement.started";
// {"user_id","reason"}
inline constexpr std::string_view kInvolvementEnded = "involvement.ended";
// {"id","kind":"fact"|"observation"|"opinion"|"agreement"|"conversation_report","source","text"}
inline constexpr std::string_view kEntryAdded = "entry.added";
// entry.added may also carry (issue 3, additive; absent = the old meaning):
//   "concerns": [member ids]  whom it concerns; absent or empty: the whole household
//   "confidential_of": member id  the young person's (16+) own confidential information

// --- withholding, reactions and corrections (issue 3, DESIGN.md §2 rules 4-6) ---------------
// {"id","entry_id","member_id","ground":"protects_third_person"|"serious_harm_to_child"|
//  "young_person_confidential"|"running_investigation","reason","review_date":"YYYY-MM-DD"}
inline constexpr std::string_view kWithholdingDecided = "withholding.decided";
// {"id","review_date","reason"}  moves the review date; the reason replaces the written reason
inline constexpr std::string_view kWithholdingRenewed = "withholding.renewed";
// {"id","reason"}  ended early (e.g. after an upheld objection)
inline constexpr std::string_view kWithholdingLifted = "withholding.lifted";
// {"id","withholding_id","member_id","text"}  the family member objects (actor: the account)
inline constexpr std::string_view kObjectionFiled = "objection.filed";
// {"id","upheld":bool,"answer"}  by a second professional; upheld: withholding.lifted follows
// in the same append
inline constexpr std::string_view kObjectionAnswered = "objection.answered";
// {"id","entry_id","member_id","kind":"understood"|"correction_request"|"disagreement"|
//  "own_statement","text","deadline":"YYYY-MM-DD" (correction requests only)}
inline constexpr std::string_view kReactionAdded = "reaction.added";
// {"reaction_id","accepted":bool,"answer","correction_entry_id" (accepted only)}
// accepted: entry.corrected follows in the same append
inline constexpr std::string_view kCorrectionAnswered = "correction.answered";
// {"id","corrects","kind","source","text"}  a new entry that corrects an old one; the old one
// stays, marked corrected_by. It inherits the old entry's audience (concerns, confidential_of).
inline constexpr std::string_view kEntryCorrected = "entry.corrected";

// --- family accounts and consent (issue 3) --------------------------------------------------
// {"id","member_id","contact"}  the lead invites a family member; contact is an e-mail address
inline constexpr std::string_view kAccountInvited = "account.invited";
// {"id"}  the first successful login with a one-time code
inline constexpr std::string_view kAccountActivated = "account.activated";
// {"id","reason"}  the account can no longer log in
inline constexpr std::string_view kAccountRevoked = "account.revoked";
// {"id","young_person_id","member_id","valid_until"?:"YYYY-MM-DD"}  a young person of 16+
// consents that a parent or carer may see the young person's own information
inline constexpr std::string_view kConsentGiven = "consent.given";
// {"id"}
inline constexpr std::string_view kConsentEnded = "consent.ended";

}  // namespace stip::ledger::types
