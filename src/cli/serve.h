// `stip serve` and `stip demo`: open the installation, wire the HTTP server with the JSON API
// and the HTML pages, and run until SIGTERM or SIGINT.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace stip::cli {

struct ServeOptions {
  std::string address = "127.0.0.1";
  int port = 8080;
  int io_threads = 0;  // 0 = number of cores
  bool secure_cookies = false;
  std::vector<std::string> trusted_proxies;  // --trusted-proxy, repeatable
  // Where mail goes (issue 3): an SMTP relay "host:port" when set (not in demo mode), else
  // one file per mail in outbox_dir (DATA_DIR/outbox).
  std::string smtp_relay;
  std::string mail_from = "stip@localhost";
  std::string outbox_dir;
  int code_seconds = 15 * 60;  // how long a login code works
};

void AddServeOptions(CLI::App* cmd, ServeOptions& options);
int RunServe(const std::string& database_url, const ServeOptions& options, bool demo);

}  // namespace stip::cli
