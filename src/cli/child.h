// Running another program (pg_dump, pg_restore) as a child process: no shell, arguments passed
// as they are, standard output and error shared with stip's so the operator sees its messages.
#pragma once

#include <string>
#include <vector>

namespace stip::cli {

struct ChildResult {
  bool started = false;  // false: the program is not installed (not found on PATH)
  int exit_code = -1;    // the program's exit status; -1 when it was killed by a signal
  std::string error;     // why it did not start, when !started
};

// Whether `program` is an executable file in one of the directories of PATH.
bool OnPath(const std::string& program);

// Runs argv[0] (looked up on PATH) with argv and waits for it.
ChildResult RunChild(const std::vector<std::string>& argv);

}  // namespace stip::cli
