// The command line: stip serve | demo | verify | rebuild | migrate | backup | restore | org |
// team | user.
// Every command has --help; exit codes come from one table (ExitCodeFor).
#pragma once

#include "domain/error.h"

namespace stip::cli {

// The exit code when a ledger does not verify (stip verify, rebuild, backup, restore).
inline constexpr int kExitDamaged = 3;

int Main(int argc, char** argv);
int ExitCodeFor(domain::Code code);

}  // namespace stip::cli
