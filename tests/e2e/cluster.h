// End-to-end harness for the scale-out layout: a fresh database on the PostgreSQL test server
// (STIP_TEST_POSTGRES_URL, set by scripts/with-postgres) and nginx as a round-robin balancer.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "process.h"

namespace stip::e2e {

// A database of its own on the test server, dropped on destruction. Create() records a test
// failure and returns nullptr when STIP_TEST_POSTGRES_URL is unset: the PostgreSQL tests must
// fail loudly outside scripts/with-postgres, never skip.
class PostgresDatabase {
 public:
  static std::unique_ptr<PostgresDatabase> Create(const std::string& label);
  ~PostgresDatabase();
  PostgresDatabase(const PostgresDatabase&) = delete;
  PostgresDatabase& operator=(const PostgresDatabase&) = delete;

  const std::string& url() const { return url_; }  // postgresql://.../<fresh database>

 private:
  PostgresDatabase() = default;
  std::string admin_url_;
  std::string name_;
  std::string url_;
};

// The server URL with its database name replaced by `database`.
std::string WithDatabase(const std::string& url, const std::string& database);

// nginx (Debian nginx-light) on a free loopback port, round-robin over `backends`, with its
// configuration, temp files and logs in `dir`. Stopped (SIGQUIT, then SIGKILL) on destruction.
class LoadBalancer {
 public:
  static std::unique_ptr<LoadBalancer> Start(const std::vector<unsigned short>& backends,
                                             const std::filesystem::path& dir);
  ~LoadBalancer();
  LoadBalancer(const LoadBalancer&) = delete;
  LoadBalancer& operator=(const LoadBalancer&) = delete;

  unsigned short port() const { return port_; }
  std::string Output() const;

 private:
  LoadBalancer() = default;
  std::unique_ptr<Process> process_;
  std::filesystem::path err_file_;
  unsigned short port_ = 0;
};

// A port that was free a moment ago (bind to port 0, read it, close). Callers retry on a clash.
unsigned short FreeLoopbackPort();

}  // namespace stip::e2e
