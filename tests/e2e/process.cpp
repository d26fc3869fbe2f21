// End-to-end harness, processes: temporary directories and child processes (the stip binary,
// the sqlite3 shell) with their output in files, ended for sure when the test process ends.
#include "process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>

extern char** environ;

namespace stip::e2e {
namespace {

std::filesystem::path FindInPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    const std::filesystem::path candidate = std::filesystem::path(dir) / program;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return {};
}

ExitStatus FromWaitStatus(int status) {
  ExitStatus s;
  if (WIFEXITED(status)) s.code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) s.signal = WTERMSIG(status);
  return s;
}

// Runs argv to completion with files as its standard streams; killed after `timeout`.
CommandResult RunToCompletion(const std::vector<std::string>& argv, const std::string& input,
                              std::chrono::milliseconds timeout) {
  TempDir io;
  SpawnOptions options;
  options.cwd = io.path();
  options.stdin_file = io.path() / "stdin";
  options.stdout_file = io.path() / "stdout";
  options.stderr_file = io.path() / "stderr";
  {
    std::ofstream in(options.stdin_file, std::ios::binary);
    in << input;
  }
  CommandResult result;
  {
    Process process(argv, options);
    auto status = process.WaitFor(timeout);
    if (!status) {
      process.Signal(SIGKILL);
      status = process.WaitFor(5s);
      result.err = "[e2e harness: killed after " + std::to_string(timeout.count()) + " ms]\n";
    }
    result.status = status.value_or(ExitStatus{});
  }
  result.out = ReadFile(options.stdout_file);
  result.err += ReadFile(options.stderr_file);
  return result;
}

}  // namespace

void IgnoreSigpipe() {
  static std::once_flag once;
  std::call_once(once, [] { ::signal(SIGPIPE, SIG_IGN); });
}

// --- files and processes -----------------------------------------------------------------------

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/stip-e2e-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::system_error(errno, std::generic_category(), "mkdtemp " + pattern);
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  const char* keep = std::getenv("STIP_E2E_KEEP");
  if (keep && *keep && std::string(keep) != "0") {
    std::fprintf(stderr, "[e2e] kept %s\n", path_.c_str());
    return;
  }
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string ReadFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string ExitStatus::ToString() const {
  if (signal != 0) return "killed by signal " + std::to_string(signal);
  if (code < 0) return "did not end";
  return "exit code " + std::to_string(code);
}

Process::Process(const std::vector<std::string>& argv, const SpawnOptions& options) {
  IgnoreSigpipe();
  if (argv.empty()) throw std::invalid_argument("Process: empty argv");
  // Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
  std::vector<std::string> env_strings;
  for (char** e = environ; e && *e; ++e) {
    if (std::strncmp(*e, "STIP_DATABASE=", 14) != 0) env_strings.emplace_back(*e);
  }
  std::vector<char*> env;
  for (auto& s : env_strings) env.push_back(s.data());
  env.push_back(nullptr);
  std::vector<std::string> arg_strings = argv;
  std::vector<char*> args;
  for (auto& s : arg_strings) args.push_back(s.data());
  args.push_back(nullptr);
  const auto file_or_null = [](const std::filesystem::path& p) {
    return p.empty() ? std::string("/dev/null") : p.string();
  };
  const std::string in = file_or_null(options.stdin_file);
  const std::string out = file_or_null(options.stdout_file);
  const std::string err = file_or_null(options.stderr_file);
  const std::string cwd = options.cwd.string();
  const pid_t parent = ::getpid();

  pid_ = ::fork();
  if (pid_ < 0) throw std::system_error(errno, std::generic_category(), "fork");
  if (pid_ == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);
    ::signal(SIGPIPE, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    const int fd_in = ::open(in.c_str(), O_RDONLY);
    const int fd_out = ::open(out.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    const int fd_err = ::open(err.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd_in < 0 || fd_out < 0 || fd_err < 0) ::_exit(126);
    if (::dup2(fd_in, 0) < 0 || ::dup2(fd_out, 1) < 0 || ::dup2(fd_err, 2) < 0) ::_exit(126);
    ::close_range(3, ~0U, 0);  // no test sockets or files leak into the child
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) ::_exit(126);
    ::execve(args[0], args.data(), env.data());
    ::_exit(127);
  }
}

Process::~Process() {
  if (Running()) {
    Signal(SIGKILL);
    WaitFor(10s);
  }
}

bool Process::Running() {
  if (status_) return false;
  int status = 0;
  const pid_t r = ::waitpid(pid_, &status, WNOHANG);
  if (r == pid_) {
    status_ = FromWaitStatus(status);
    return false;
  }
  return r == 0;
}

void Process::Signal(int signal_number) {
  if (!status_) ::kill(pid_, signal_number);
}

std::optional<ExitStatus> Process::WaitFor(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (Running()) {
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(5ms);
  }
  return status_;
}

std::string CommandResult::Describe() const {
  return status.ToString() + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
}

CommandResult RunStip(const std::vector<std::string>& args, const std::string& input,
                      std::chrono::milliseconds timeout) {
  std::vector<std::string> argv{STIP_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunToCompletion(argv, input, timeout);
}

std::filesystem::path FindProgram(const std::string& program) {
  if (program.find('/') != std::string::npos) return program;
  return FindInPath(program);
}

CommandResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                         const std::string& input, std::chrono::milliseconds timeout) {
  const std::filesystem::path path = FindProgram(program);
  if (path.empty()) {
    CommandResult missing;
    missing.err = "the program " + program + " is not installed (run scripts/setup)";
    return missing;
  }
  std::vector<std::string> argv{path.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunToCompletion(argv, input, timeout);
}

CommandResult RunSqlite(const std::filesystem::path& database, const std::string& sql) {
  const std::filesystem::path sqlite3 = FindInPath("sqlite3");
  if (sqlite3.empty()) {
    CommandResult missing;
    missing.err = "the sqlite3 command-line shell is not installed (Debian package sqlite3)";
    return missing;
  }
  return RunToCompletion({sqlite3.string(), "-bail", database.string()}, sql, 30s);
}

}  // namespace stip::e2e
