// Issue 14 item 4: operator commands on the record. Every `stip backup`, `migrate`, `verify`,
// `rebuild`, `retention run` and `retention destroy` writes one line on the operators' access
// log, the chain "access:system" (docs/ledger-format.md §5), before it reports success. A
// command that touches one family also writes a line on that family's own access log, in the
// same transaction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/error.h"
#include "domain/time.h"

namespace stip::store {
class LedgerWriter;
}  // namespace stip::store

namespace stip::app {

// The access-log "family" of the operators' lines, and their role.
inline constexpr std::string_view kOperatorLog = "system";
inline constexpr std::string_view kOperatorRole = "operator";
// The purpose on a family's own line written by an operator command.
inline constexpr std::string_view kOperatorPurpose = "beheer";

struct OperatorRun {
  std::string user;       // who ran it: "os:<name>" (the OS user of the process)
  std::string command;    // "backup", "migrate", "verify", "rebuild", "retention_run", ...
  std::string target;     // what it touched: "all families", "family fam_…", "file /x.db", ...
  std::string family_id;  // set when the command touches one family: a line on its log too
};

// Writes the line(s) of `run` at `now` in one transaction; durable when it returns. Returns
// the seq of the line on "access:system". Fails (and writes nothing) when the store cannot be
// written, e.g. a read-only database file. A `family_id` that names no family (any more) gets
// no line of its own; the system line is written all the same.
domain::Result<std::int64_t> LogOperatorRun(store::LedgerWriter& ledger, domain::Millis now,
                                            const OperatorRun& run);

}  // namespace stip::app
