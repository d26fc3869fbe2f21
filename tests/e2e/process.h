// End-to-end harness, processes: temporary directories, child processes with their output in
// files, and running `stip` or `sqlite3` commands to completion.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stip::e2e {

using namespace std::chrono_literals;

// A broken connection must show up as an error from send(), not kill the test process.
void IgnoreSigpipe();

// --- files and processes -----------------------------------------------------------------------

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it on destruction.
// Set STIP_E2E_KEEP=1 to keep it for a post-mortem (its path is printed).
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& file);

// How a child process ended: `code` when it exited, `signal` when a signal killed it.
struct ExitStatus {
  int code = -1;
  int signal = 0;
  bool Exited(int expected) const { return signal == 0 && code == expected; }
  std::string ToString() const;
};

struct SpawnOptions {
  std::filesystem::path cwd;          // working directory of the child
  std::filesystem::path stdin_file;   // empty: /dev/null
  std::filesystem::path stdout_file;  // empty: /dev/null
  std::filesystem::path stderr_file;  // empty: /dev/null
};

// A child process, killed (SIGKILL) and reaped on destruction if it still runs. The child gets
// SIGKILL when the test process dies, so no server outlives a crashed test run. The environment
// is inherited without STIP_DATABASE, so a developer's setting cannot leak into a test.
class Process {
 public:
  Process(const std::vector<std::string>& argv, const SpawnOptions& options);
  ~Process();
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  pid_t pid() const { return pid_; }
  bool Running();
  void Signal(int signal_number);
  // The exit status once the process ended, or nullopt when it still runs after `timeout`.
  std::optional<ExitStatus> WaitFor(std::chrono::milliseconds timeout);

 private:
  pid_t pid_ = -1;
  std::optional<ExitStatus> status_;
};

struct CommandResult {
  ExitStatus status;
  std::string out;
  std::string err;
  std::string Describe() const;  // for failure messages
};

// Runs `stip args...` to completion (killed after `timeout`), with `input` on standard input.
CommandResult RunStip(const std::vector<std::string>& args, const std::string& input = "",
                      std::chrono::milliseconds timeout = 30s);

// Runs `program` (looked up in PATH unless it is a path) to completion with `args`.
CommandResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                         const std::string& input = "", std::chrono::milliseconds timeout = 30s);

// The full path of `program` found in PATH, or empty.
std::filesystem::path FindProgram(const std::string& program);

// Runs the sqlite3 command-line shell on `database` with `sql` on standard input.
CommandResult RunSqlite(const std::filesystem::path& database, const std::string& sql);

}  // namespace stip::e2e
