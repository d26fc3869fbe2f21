// What the administration use cases share (issue 14): who may administer, the appends to the
// system chain, and the professional or team an administrator names (404 when unknown).
// Used by admin.cpp, accounts.cpp, admin_web.cpp and team_work.cpp.
#pragma once

#include <string>

#include "app/events.h"
#include "app/stip.h"
#include "ledger/event.h"

namespace stip::store {
class AdminReads;
}

namespace stip::app {

// Only an administrator may do this; a family member never is one (PermissionDenied).
Status RequireAdmin(const Principal& who);

// An event on the system chain, made by `actor` at `time`.
template <typename T>
ledger::Event SystemEvent(const std::string& actor, domain::Millis time, const T& payload) {
  return MakeEvent(std::string(ledger::kSystemChain), actor, time, payload);
}

// The professional or the team with this id; NotFound (404) in words when there is none.
Result<domain::User> KnownUser(store::AdminReads& admin, const std::string& user_id);
Result<domain::Team> KnownTeam(store::AdminReads& admin, const std::string& team_id);

}  // namespace stip::app
