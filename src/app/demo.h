// The fictional demo household that `stip demo` seeds: invented people, invented places.
// It goes through the same use cases as every user, so the demo ledger verifies like any other.
#pragma once

#include <string>
#include <vector>

#include "app/stip.h"

namespace stip::app {

struct DemoAccount {
  std::string username;
  std::string password;
  std::string description;  // Dutch, for the README and the start-up banner
};

struct DemoSeed {
  std::string family_id;
  std::vector<DemoAccount> accounts;
};

// A family member the demo invited: a fictional address whose codes land in the outbox.
struct DemoInvite {
  std::string name;
  std::string contact;
  std::string description;  // Dutch, for the start-up banner
};

// Invites Marloes (parent with custody), Ruben (parent without custody), Lotte (13) and
// Daan (16) of the seeded demo family; their invitation codes go to the Stip's outbox.
Result<std::vector<DemoInvite>> InviteDemoFamily(Stip& stip, store::Store& store,
                                                 const std::string& family_id);

// Seeds an empty installation; FailedPrecondition when it already holds families.
Result<DemoSeed> SeedDemo(Stip& stip, store::Store& store, const domain::Clock& clock);

}  // namespace stip::app
