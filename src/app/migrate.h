// Copying a whole installation from one store to another (stip migrate): the ledger verbatim,
// the credentials, nothing else; verified before and after. Re-running it is safe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "app/stip.h"
#include "domain/error.h"

// The ports these functions work through (store/store.h); only the CLI and tests call them.
namespace stip::store {
class LedgerReader;
class Store;
}  // namespace stip::store

namespace stip::app {

struct MigrateProgress {
  std::string phase;       // "verify source", "chains", "access logs", "global chain", ...
  std::int64_t done = 0;   // units of this phase done so far
  std::int64_t total = 0;  // units in this phase (0 when unknown)
};

struct MigrateReport {
  std::int64_t chains = 0;
  std::int64_t events_copied = 0;
  std::int64_t events_present = 0;  // already in the target, identical: skipped
  std::int64_t access_copied = 0;
  std::int64_t access_present = 0;
  std::int64_t global_copied = 0;
  std::int64_t global_present = 0;
  std::int64_t credentials = 0;
  std::int64_t second_steps = 0;  // professionals' TOTP credentials (issue 14 item 2)
  std::int64_t keys = 0;          // installation secrets copied (or already the same in the target)
  std::int64_t verified_events = 0;  // in the target, after the copy
};

// Verifies every chain of `store` through the same driver as `stip verify` (also used by
// stip backup and stip restore on the copies they make).
domain::Result<VerifyReport> VerifyStore(store::LedgerReader& ledger);

// The problems of a verification, one per line ("\n  chain, seq: kind — message").
std::string DescribeProblems(const VerifyReport& report);

using MigrateObserver = std::function<void(const MigrateProgress&)>;

// Verifies `from`, copies into `to` every chain's events with their original seq and hashes
// (folding them into the target's projections), every access-log chain and the global chain,
// and the password hashes (not the sessions: everyone logs in again). Whatever the target
// already holds must be the same history: then it is skipped, so an interrupted or repeated run
// just continues. A target with a different history for any chain is refused
// (FailedPrecondition) before anything of that chain is written. Last, the target is verified.
// Neither installation should be served meanwhile: a chain that grows during the copy can leave
// the global chain ahead of it, which the final verification reports.
domain::Result<MigrateReport> Migrate(store::Store& from, store::Store& to,
                                      const MigrateObserver& observe);

}  // namespace stip::app
