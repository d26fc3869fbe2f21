// Issue 14 item 4: every operator command that reads the whole ledger or a family file writes
// one line on the operators' access log ("access:system") before it reports success
// (app/operator_log.h). docs/deploy.md lists the commands and the exit code below.
#pragma once

#include <string>

namespace stip::store {
class Store;
}  // namespace stip::store

namespace stip::cli {

// The exit code when the line cannot be written: the command did nothing (verify excepted,
// which reports what it found and says on stderr that no line was written).
inline constexpr int kExitNotOnRecord = 11;

// Who runs the command: the OS user of the process, "os:<name>" (getpwuid(geteuid())).
std::string OperatorName();

// Writes the line on `store` (and on `family_id`'s own log when given). 0 when written;
// otherwise prints "stip <command>: …" on stderr and returns the exit code (4 for an unknown
// family, else kExitNotOnRecord).
int PutOnRecord(store::Store& store, const std::string& command, const std::string& target,
                const std::string& family_id = "");

// The same on the database at `url` (opened for this line only; it must exist).
int PutOnRecord(const std::string& url, const std::string& command, const std::string& target,
                const std::string& family_id = "");

}  // namespace stip::cli
