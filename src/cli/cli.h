// The command line: stip serve | demo | verify | rebuild | migrate | org | team | user.
// Every command has --help; exit codes come from one table (ExitCodeFor).
#pragma once

#include "domain/error.h"

namespace stip::cli {

int Main(int argc, char** argv);
int ExitCodeFor(domain::Code code);

}  // namespace stip::cli
