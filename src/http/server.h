// The HTTP/1.1 server: Boost.Beast on an io_context (keep-alive, size limits, timeouts), with the
// handlers on a separate worker pool because app::Stip calls block until their commit is durable.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/stip.h"
#include "domain/error.h"
#include "http/router.h"

namespace stip::http {

class Authenticator;
class Metrics;

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0 = let the system pick a free port (tests); Start() returns it
  int io_threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  int worker_threads = 64;               // handlers block on group commits, so many cheap threads
  std::size_t header_limit = 16 * 1024;  // larger request headers: 431, then close
  std::size_t body_limit = 1024 * 1024;  // larger bodies: 413 JSON error, then close
  std::chrono::milliseconds read_timeout = std::chrono::seconds(30);  // to read one request
  std::chrono::milliseconds idle_timeout = std::chrono::seconds(60);  // keep-alive between requests
  std::chrono::milliseconds shutdown_grace = std::chrono::seconds(10);  // Stop() waits this long
  bool secure_cookies = false;  // behind TLS: cookies get `Secure`
  // Proxies whose X-Forwarded-For names the client (DispatchOptions::trusted_proxies).
  std::vector<std::string> trusted_proxies;
};

class Server {
 public:
  // Registers the route table with `metrics` and lets it watch the committer; the router must
  // not change afterwards. Everything referenced must outlive the server.
  Server(ServerOptions options, Router& router, app::Stip& stip, Metrics& metrics);
  // Without the application (tests): credentials are checked by `auth`; `metrics` may be null.
  Server(ServerOptions options, Router& router, Authenticator& auth, Metrics* metrics);
  ~Server();  // Stop()
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds, listens and starts the threads. Returns the bound port (useful with port 0), or
  // Unavailable when the address cannot be used.
  domain::Result<unsigned short> Start();

  // Graceful and idempotent: stop accepting, close idle keep-alive connections, let requests in
  // flight finish (at most shutdown_grace), then join all threads. Not from inside a handler.
  void Stop();

  // Blocks until SIGINT or SIGTERM (or a Stop() from another thread), then stops gracefully.
  // Call after Start().
  void RunUntilSignal();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace stip::http
