// End-to-end harness for the scale-out layout: fresh PostgreSQL databases made with psql, and
// nginx started in the foreground with a configuration written for the test.
#include "cluster.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "http_client.h"

namespace stip::e2e {
namespace {

std::atomic<int> database_counter{0};

CommandResult Psql(const std::string& url, const std::string& sql) {
  return RunProgram("psql", {"-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql}, "", 60s);
}

}  // namespace

std::string WithDatabase(const std::string& url, const std::string& database) {
  const auto scheme = url.find("://");
  const std::size_t host = scheme == std::string::npos ? 0 : scheme + 3;
  const auto query = url.find('?', host);
  const auto slash = url.find('/', host);
  const std::size_t path_end = query == std::string::npos ? url.size() : query;
  const std::size_t path_start = slash == std::string::npos || slash > path_end ? path_end : slash;
  return url.substr(0, path_start) + "/" + database + url.substr(path_end);
}

std::unique_ptr<PostgresDatabase> PostgresDatabase::Create(const std::string& label) {
  const char* server = std::getenv("STIP_TEST_POSTGRES_URL");
  if (server == nullptr || *server == '\0') {
    ADD_FAILURE() << "STIP_TEST_POSTGRES_URL is not set, so this PostgreSQL test cannot run. Run "
                     "the tests through scripts/with-postgres (as `make test` does), e.g. "
                     "`scripts/with-postgres ctest --test-dir build`.";
    return nullptr;
  }
  std::unique_ptr<PostgresDatabase> db(new PostgresDatabase());
  db->admin_url_ = server;
  db->name_ = "stip_e2e_" + label + "_" + std::to_string(::getpid()) + "_" +
              std::to_string(++database_counter);
  CommandResult created = Psql(db->admin_url_, "CREATE DATABASE " + db->name_);
  if (!created.status.Exited(0)) {
    ADD_FAILURE() << "cannot create the test database " << db->name_ << " on " << db->admin_url_
                  << ":\n"
                  << created.Describe();
    return nullptr;
  }
  db->url_ = WithDatabase(db->admin_url_, db->name_);
  return db;
}

PostgresDatabase::~PostgresDatabase() {
  if (std::getenv("STIP_E2E_KEEP") != nullptr) return;
  (void)Psql(admin_url_, "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
}

unsigned short FreeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 0;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof(addr);
  unsigned short port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  ::close(fd);
  return port;
}

std::unique_ptr<LoadBalancer> LoadBalancer::Start(const std::vector<unsigned short>& backends,
                                                  const std::filesystem::path& dir) {
  // Debian puts nginx in /usr/sbin, which is not in every user's PATH.
  std::filesystem::path nginx = FindProgram("nginx");
  if (nginx.empty() && ::access("/usr/sbin/nginx", X_OK) == 0) nginx = "/usr/sbin/nginx";
  if (nginx.empty()) {
    ADD_FAILURE() << "nginx is not installed (Debian package nginx-light; run scripts/setup)";
    return nullptr;
  }
  std::filesystem::create_directories(dir / "temp");
  for (int attempt = 1; attempt <= 5; ++attempt) {
    std::unique_ptr<LoadBalancer> lb(new LoadBalancer());
    lb->port_ = FreeLoopbackPort();
    const std::string temp = (dir / "temp").string();
    const std::filesystem::path conf = dir / "nginx.conf";
    {
      std::ofstream out(conf);
      // As root, nginx would hand its workers to `nobody`, who cannot enter the test's temp dir.
      if (::geteuid() == 0) out << "user root;\n";
      out << "worker_processes 1;\n"
          << "events { worker_connections 512; }\n"
          << "http {\n"
          << "  access_log off;\n"
          << "  client_body_temp_path " << temp << "/client;\n"
          << "  proxy_temp_path " << temp << "/proxy;\n"
          << "  fastcgi_temp_path " << temp << "/fastcgi;\n"
          << "  uwsgi_temp_path " << temp << "/uwsgi;\n"
          << "  scgi_temp_path " << temp << "/scgi;\n"
          << "  upstream stip {\n";
      // max_fails=0: a slow answer must not take a process out of the rotation mid-test.
      for (unsigned short backend : backends) {
        out << "    server 127.0.0.1:" << backend << " max_fails=0;\n";
      }
      out << "    keepalive 32;\n"
          << "  }\n"
          << "  server {\n"
          << "    listen 127.0.0.1:" << lb->port_ << ";\n"
          << "    location / {\n"
          << "      proxy_pass http://stip;\n"
          << "      proxy_http_version 1.1;\n"
          << "      proxy_set_header Connection \"\";\n"
          << "      proxy_set_header Host $http_host;\n"
          // Never send a request to a second process: a POST must not be written twice.
          << "      proxy_next_upstream off;\n"
          << "      proxy_read_timeout 60s;\n"
          << "    }\n"
          << "  }\n"
          << "}\n";
    }
    lb->err_file_ = dir / ("nginx-" + std::to_string(attempt) + ".err");
    SpawnOptions options;
    options.cwd = dir;
    options.stdout_file = dir / ("nginx-" + std::to_string(attempt) + ".out");
    options.stderr_file = lb->err_file_;
    lb->process_ = std::make_unique<Process>(
        std::vector<std::string>{nginx.string(), "-e", "stderr", "-c", conf.string(), "-p",
                                 dir.string(), "-g",
                                 "daemon off; pid " + (dir / "nginx.pid").string() + ";"},
        options);
    const auto until = std::chrono::steady_clock::now() + 15s;
    while (std::chrono::steady_clock::now() < until && lb->process_->Running()) {
      HttpClient probe(lb->port_, 2s);
      if (probe.Get("/healthz").status == 200) return lb;
      std::this_thread::sleep_for(20ms);
    }
    const std::string output = lb->Output();
    if (output.find("Address already in use") == std::string::npos) {
      ADD_FAILURE() << "nginx did not balance on port " << lb->port_ << ":\n" << output;
      return nullptr;
    }
  }
  ADD_FAILURE() << "nginx found no free port in 5 attempts";
  return nullptr;
}

LoadBalancer::~LoadBalancer() {
  if (process_ && process_->Running()) {
    process_->Signal(SIGQUIT);  // graceful: finish the requests in flight
    if (!process_->WaitFor(10s)) process_->Signal(SIGKILL);
  }
}

std::string LoadBalancer::Output() const { return ReadFile(err_file_); }

}  // namespace stip::e2e
