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

}  // namespace stip::ledger::types
