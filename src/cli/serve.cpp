#include "cli/serve.h"

#include <cstdio>

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include "app/demo.h"
#include "cli/cli.h"
#include "cli/installation.h"
#include "http/api.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/server.h"
#include "web/pages.h"

namespace stip::cli {

void AddServeOptions(CLI::App* cmd, ServeOptions& options) {
  cmd->add_option("--address", options.address, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", options.port, "Port to listen on (0 = any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--threads", options.io_threads, "I/O threads (0 = one per core)")
      ->check(CLI::Range(0, 256));
  cmd->add_flag("--secure-cookies", options.secure_cookies,
                "Mark cookies Secure (set this when Stip is behind TLS)");
}

int RunServe(const std::string& database_url, const ServeOptions& options, bool demo) {
  auto inst = OpenInstallation(database_url, {});
  if (!inst) {
    std::fprintf(stderr, "stip: %s\n", inst.error().message.c_str());
    return ExitCodeFor(inst.error().code);
  }
  app::Stip& stip = *(*inst)->app;

  std::optional<app::DemoSeed> seed;
  if (demo) {
    auto seeded = app::SeedDemo(stip, *(*inst)->store, (*inst)->clock);
    if (!seeded) {
      std::fprintf(stderr, "stip demo: %s\n", seeded.error().message.c_str());
      return ExitCodeFor(seeded.error().code);
    }
    seed = std::move(*seeded);
  }

  http::Router router;
  http::Metrics metrics;
  http::AddApiRoutes(router, stip, metrics, (*inst)->clock);
  web::AddPageRoutes(router, stip, (*inst)->clock);

  http::ServerOptions server_options;
  server_options.address = options.address;
  server_options.port = static_cast<unsigned short>(options.port);
  if (options.io_threads > 0) server_options.io_threads = options.io_threads;
  server_options.secure_cookies = options.secure_cookies;
  http::Server server(server_options, router, stip, metrics);
  auto port = server.Start();
  if (!port) {
    std::fprintf(stderr, "stip: %s\n", port.error().message.c_str());
    return ExitCodeFor(port.error().code);
  }

  std::printf("Stip luistert op / is listening on http://%s:%u\n", options.address.c_str(),
              static_cast<unsigned>(*port));
  std::printf("Database: %s\n", database_url.c_str());
  if (seed) {
    std::printf("\nDemo: gezin Veldhoven (%s). Accounts (verzonnen / fictional):\n",
                seed->family_id.c_str());
    for (const auto& a : seed->accounts) {
      std::printf("  %-11s wachtwoord: %-5s  %s\n", a.username.c_str(), a.password.c_str(),
                  a.description.c_str());
    }
  }
  std::printf("\nStoppen / stop: Ctrl-C\n");
  std::fflush(stdout);

  server.RunUntilSignal();
  spdlog::info("stopped cleanly");
  return 0;
}

}  // namespace stip::cli
