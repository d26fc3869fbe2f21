// What the use cases read and hand on to the front-ends: a page of a newest-first list, a family
// in someone's caseload, a recorded consent, and what re-folding the projections found.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/access.h"
#include "domain/time.h"

namespace stip::domain {

// Page through newest-first lists: items with seq < before (0 = from the newest), at most limit.
struct Page {
  std::int64_t before = 0;
  int limit = 50;
};

// A family file in the caseload of one professional.
struct FamilySummary {
  std::string id;
  std::string name;
  std::string my_role;  // the caller's involvement role
  std::string lead_user_id;
  Millis updated_at = 0;
  std::int64_t entry_count = 0;
};

// A young person's consent as recorded (consent.given), with its id for consent.ended.
struct ConsentRecord {
  std::string id;
  std::string family_id;
  Consent consent;
};

// `stip rebuild`: the projections dropped and folded again from the ledger, compared with before.
struct RebuildReport {
  std::int64_t events = 0;
  bool identical = false;          // projections after re-folding equal those before
  std::vector<std::string> diffs;  // table names that differed (empty when identical)
};

}  // namespace stip::domain
