#include "cli/serve.h"

#include <malloc.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>
#include <boost/asio/ip/address.hpp>

#include "app/demo.h"
#include "cli/cli.h"
#include "cli/installation.h"
#include "http/api.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/server.h"
#include "notify/outbox.h"
#include "web/pages.h"

namespace stip::cli {
namespace {

// A request builds and frees a few hundred KiB (a page of entries and its JSON). glibc's
// defaults hand such blocks back to the kernel (mmap/munmap, trimming a thread's heap with
// madvise) and take them again on the next request: a page fault per 4 KiB, about a sixth of
// the overview's CPU under load (bench/README.md). Keep freed memory for reuse instead; the
// resident size stays bounded by the peak of concurrent requests.
void KeepFreedMemory() {
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
}

}  // namespace

void AddServeOptions(CLI::App* cmd, ServeOptions& options) {
  cmd->add_option("--address", options.address, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", options.port, "Port to listen on (0 = any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--threads", options.io_threads, "I/O threads (0 = one per core)")
      ->check(CLI::Range(0, 256));
  cmd->add_flag("--secure-cookies", options.secure_cookies,
                "Mark cookies Secure (set this when Stip is behind TLS)");
  cmd->add_option("--trusted-proxy", options.trusted_proxies,
                  "Address of a proxy in front of Stip whose X-Forwarded-For names the client "
                  "(for the login limits per client); repeat for several");
  cmd->add_option("--smtp-relay", options.smtp_relay,
                  "SMTP relay host:port for login codes (default: files in DATA/outbox)")
      ->envname("STIP_SMTP_RELAY");
  cmd->add_flag("--smtp-allow-plain", options.smtp_allow_plain,
                "Allow mail without TLS to a relay on this machine or a trusted local network "
                "(default: the relay must offer STARTTLS, or no mail is sent)")
      ->envname("STIP_SMTP_ALLOW_PLAIN");
  cmd->add_option("--smtp-user", options.smtp_user,
                  "User name for AUTH at the relay (the password comes from STIP_SMTP_PASSWORD)")
      ->envname("STIP_SMTP_USER");
  // Only from the environment: a password on the command line shows in the process list.
  if (const char* password = std::getenv("STIP_SMTP_PASSWORD")) options.smtp_password = password;
  cmd->add_option("--smtp-ca-file", options.smtp_ca_file,
                  "PEM file of the CA that signed the relay's certificate (default: the system's)")
      ->envname("STIP_SMTP_CA_FILE");
  cmd->add_option("--public-url", options.public_url,
                  "The address people open Stip at, for the links in mails")
      ->envname("STIP_PUBLIC_URL")
      ->capture_default_str();
  cmd->add_option("--digest-check-seconds", options.digest_check_seconds,
                  "How often the server mails the digests that are due (0: never; use `stip "
                  "digest send` instead)")
      ->check(CLI::Range(0, 24 * 3600))
      ->capture_default_str();
  cmd->add_option("--retention-check-seconds", options.retention_check_seconds,
                  "How often the server destroys the files whose retention ended and that are "
                  "not on legal hold (0: never; use `stip retention run` instead)")
      ->check(CLI::Range(0, 7 * 24 * 3600))
      ->capture_default_str();
  cmd->add_option("--entry-mail-delay-minutes", options.entry_mail_delay_minutes,
                  "How long a family member's mail about something new waits; it is sent only "
                  "if they can still read it then (a withholding decided meanwhile stops it)")
      ->envname("STIP_ENTRY_MAIL_DELAY_MINUTES")
      ->check(CLI::Range(0, 24 * 60))
      ->capture_default_str();
  cmd->add_option("--mail-check-seconds", options.mail_check_seconds,
                  "How often the server sends the family members' mails that are due (0: never; "
                  "use `stip digest send` instead)")
      ->check(CLI::Range(0, 24 * 3600))
      ->capture_default_str();
  cmd->add_option("--signal-active-days", options.signal_active_days,
                  "Al bekend?: how many days a child's signal matches (Verwijsindex: 2 years)")
      ->envname("STIP_SIGNAL_ACTIVE_DAYS")
      ->check(CLI::Range(1, 20 * 366))
      ->capture_default_str();
  cmd->add_option("--signal-delete-days", options.signal_delete_days,
                  "Al bekend?: after how many days a signal is deleted (Verwijsindex: 5 years)")
      ->envname("STIP_SIGNAL_DELETE_DAYS")
      ->check(CLI::Range(1, 20 * 366))
      ->capture_default_str();
  cmd->add_option("--known-checks-per-day", options.known_checks_per_day,
                  "Al bekend?: checks one professional may make per day (files opened with "
                  "children included)")
      ->envname("STIP_KNOWN_CHECKS_PER_DAY")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  cmd->add_option("--signal-min-signals", options.signal_min_signals,
                  "Al bekend?: signals a match needs, the new check included (Verwijsindex: 2)")
      ->envname("STIP_SIGNAL_MIN_SIGNALS")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  cmd->add_option("--mail-from", options.mail_from, "Sender address of Stip's mail")
      ->envname("STIP_MAIL_FROM")
      ->capture_default_str();
  cmd->add_option("--code-seconds", options.code_seconds,
                  "How long a family member's login code works, in seconds")
      ->envname("STIP_CODE_SECONDS")
      ->check(CLI::Range(1, 24 * 3600))
      ->capture_default_str();
  cmd->add_option("--emergency-hours", options.emergency_hours,
                  "How long one use of emergency access (noodtoegang) lasts, in hours (at most "
                  "72)")
      ->envname("STIP_EMERGENCY_HOURS")
      ->check(CLI::Range(1, 72))
      ->capture_default_str();
  cmd->add_flag("--require-totp", options.require_totp,
                "Every professional must log in with a second step (a TOTP code from an app); "
                "until set up, a login only opens the page that sets it up (in stip demo the "
                "documented demo accounts are exempt)")
      ->envname("STIP_REQUIRE_TOTP");
}

namespace {

// Is `host` this machine? Only there may plain SMTP carry the AUTH password.
bool IsLoopback(std::string host) {
  if (host.size() > 1 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  if (host == "localhost") return true;
  // An address, not a name that merely starts like one ("127.mail.example" is elsewhere).
  boost::system::error_code ec;
  const auto address = boost::asio::ip::make_address(host, ec);
  return !ec && address.is_loopback();
}

// The relay's host of "host:port" ("[v6]:port" too).
std::string RelayHost(const std::string& relay) {
  const auto colon = relay.rfind(':');
  if (colon == std::string::npos || relay.find(']', colon) != std::string::npos) return relay;
  return relay.substr(0, colon);
}

// Mail options that cannot be right, with what to change; nullopt when fine. Plain SMTP with
// AUTH to a relay elsewhere would send the password over the network in clear.
std::optional<std::string> BadMailOptions(const ServeOptions& options, bool demo) {
  if (options.smtp_relay.empty() || demo) return std::nullopt;
  if (options.smtp_allow_plain && !options.smtp_user.empty() &&
      !IsLoopback(RelayHost(options.smtp_relay))) {
    return "--smtp-allow-plain with --smtp-user would send the relay password in clear to " +
           RelayHost(options.smtp_relay) +
           ", which is not this machine. Drop --smtp-allow-plain (the relay must then offer "
           "STARTTLS), or use a relay on 127.0.0.1 / localhost.";
  }
  return std::nullopt;
}

// The outbox for mail: SMTP in production when a relay is given, else files.
std::unique_ptr<app::Outbox> MakeOutbox(const ServeOptions& options, bool demo) {
  if (!options.smtp_relay.empty() && !demo) {
    notify::SmtpOptions smtp;
    const auto colon = options.smtp_relay.rfind(':');
    smtp.host = options.smtp_relay.substr(0, colon);
    if (colon != std::string::npos) {
      smtp.port = static_cast<unsigned short>(std::atoi(options.smtp_relay.c_str() + colon + 1));
    }
    smtp.from = options.mail_from;
    smtp.allow_plain = options.smtp_allow_plain;
    smtp.username = options.smtp_user;
    smtp.password = options.smtp_password;
    smtp.ca_file = options.smtp_ca_file;
    return std::make_unique<notify::SmtpOutbox>(smtp);
  }
  return std::make_unique<notify::FileOutbox>(options.outbox_dir);
}

// Runs `work` every `seconds` until destroyed: the digests and the family members' mails that
// are due (issue 10 item 8).
class Schedule {
 public:
  Schedule(int seconds, std::function<void()> work) : seconds_(seconds), work_(std::move(work)) {
    if (seconds_ > 0) thread_ = std::thread([this] { Run(); });
  }
  ~Schedule() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

 private:
  void Run() {
    std::unique_lock lock(mu_);
    while (!wake_.wait_for(lock, std::chrono::seconds(seconds_), [this] { return stop_; })) {
      lock.unlock();
      work_();
      lock.lock();
    }
  }

  int seconds_;
  std::function<void()> work_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;  // last: started after the state above exists
};

void SendDigests(app::Stip& stip) {
  auto run = stip.SendDigests();
  if (!run) {
    spdlog::warn("digest: {}", run.error().message);
    return;
  }
  if (run->sent > 0) spdlog::info("digest: {} mailed", run->sent);
  for (const auto& f : run->failures) spdlog::warn("digest not sent: {}", f);
}

// Issue 10 item 6: signals past the Verwijsindex deletion term go (signal.deleted), on the
// server's digest schedule and with every `stip digest send` (when that schedule is off).
void DeleteExpiredSignals(app::Stip& stip) {
  if (auto deleted = stip.DeleteExpiredSignals(); !deleted) {
    spdlog::warn("signals: {}", deleted.error().message);
  } else if (*deleted > 0) {
    spdlog::info("signals: deleted the expired signals of {} files", *deleted);
  }
}

// Issue 14 item 3: the daily destruction of what is due (as `stip retention run`).
void RunRetention(app::Stip& stip) {
  auto run = stip.RunRetention(false, "system:serve");
  if (!run) {
    spdlog::warn("retention: {}", run.error().message);
    return;
  }
  for (const auto& f : run->due) {
    if (f.destroyed) spdlog::info("retention: {} destroyed", f.family_id);
    if (f.held) spdlog::info("retention: {} is due but on legal hold", f.family_id);
    if (!f.problem.empty()) spdlog::warn("retention: {} left: {}", f.family_id, f.problem);
  }
}

void SendEntryMails(app::Stip& stip) {
  auto sent = stip.SendEntryMails();
  if (!sent) spdlog::warn("new-entry mails: {}", sent.error().message);
}

app::Options AppOptions(const ServeOptions& options) {
  app::Options app_options;
  app_options.public_url = options.public_url;
  app_options.entry_mail_delay =
      static_cast<domain::Millis>(options.entry_mail_delay_minutes) * 60 * 1000;
  app_options.emergency_hours = options.emergency_hours;
  app_options.require_totp = options.require_totp;
  app_options.signals = {options.signal_active_days, options.signal_delete_days,
                         options.signal_min_signals};
  app_options.known_checks_per_day = options.known_checks_per_day;
  return app_options;
}

}  // namespace

int RunDigestSend(const std::string& database_url, const ServeOptions& options) {
  if (auto bad = BadMailOptions(options, false)) {
    std::fprintf(stderr, "stip: %s\n", bad->c_str());
    return ExitCodeFor(domain::Code::kInvalidArgument);
  }
  app::Options app_options = AppOptions(options);
  auto inst = OpenInstallation(database_url, {}, app_options);
  if (!inst) {
    std::fprintf(stderr, "stip: %s\n", inst.error().message.c_str());
    return ExitCodeFor(inst.error().code);
  }
  app::Stip& stip = *(*inst)->app;
  std::unique_ptr<app::Outbox> outbox = MakeOutbox(options, false);
  stip.SetOutbox(*outbox);
  DeleteExpiredSignals(stip);
  auto run = stip.SendDigests();
  if (!run) {
    std::fprintf(stderr, "stip digest send: %s\n", run.error().message.c_str());
    return ExitCodeFor(run.error().code);
  }
  std::printf("Overzichten verstuurd / digests sent: %d (niets te melden / nothing to say: %d)\n",
              run->sent, run->nothing_to_say);
  for (const auto& f : run->failures)
    std::fprintf(stderr, "niet verstuurd / not sent: %s\n", f.c_str());
  // The family members' mails that are due go out too (when the server's schedule is off).
  auto mails = stip.SendEntryMails();
  if (!mails) {
    std::fprintf(stderr, "stip digest send: %s\n", mails.error().message.c_str());
    return ExitCodeFor(mails.error().code);
  }
  std::printf("Meldingen aan gezinsleden / mails to family members: %d\n", *mails);
  return run->failures.empty() ? 0 : ExitCodeFor(domain::Code::kUnavailable);
}

int RunServe(const std::string& database_url, const ServeOptions& options, bool demo) {
  KeepFreedMemory();
  if (auto bad = BadMailOptions(options, demo)) {
    std::fprintf(stderr, "stip: %s\n", bad->c_str());
    return ExitCodeFor(domain::Code::kInvalidArgument);
  }
  app::Options app_options = AppOptions(options);
  app_options.demo = demo;  // only the seeded demo accounts may keep the password "demo"
  auto inst = OpenInstallation(database_url, {}, app_options);
  if (!inst) {
    std::fprintf(stderr, "stip: %s\n", inst.error().message.c_str());
    return ExitCodeFor(inst.error().code);
  }
  app::Stip& stip = *(*inst)->app;

  std::unique_ptr<app::Outbox> outbox = MakeOutbox(options, demo);
  stip.SetOutbox(*outbox, static_cast<domain::Millis>(options.code_seconds) * 1000);

  std::optional<app::DemoSeed> seed;
  std::vector<app::DemoInvite> invites;
  if (demo) {
    auto seeded = app::SeedDemo(stip, *(*inst)->store, (*inst)->clock);
    if (!seeded) {
      std::fprintf(stderr, "stip demo: %s\n", seeded.error().message.c_str());
      return ExitCodeFor(seeded.error().code);
    }
    seed = std::move(*seeded);
    auto invited = app::InviteDemoFamily(stip, *(*inst)->store, seed->family_id);
    if (!invited) {
      std::fprintf(stderr, "stip demo: %s\n", invited.error().message.c_str());
      return ExitCodeFor(invited.error().code);
    }
    invites = std::move(*invited);
  }

  http::Router router;
  http::Metrics metrics;
  http::AddApiRoutes(router, stip, metrics, (*inst)->clock);
  web::AddPageRoutes(router, stip, (*inst)->clock);
  if (demo) {
    const std::filesystem::path outbox_dir = options.outbox_dir;
    web::AddDemoRoutes(router, [outbox_dir] { return notify::ReadFileOutbox(outbox_dir); });
  }

  http::ServerOptions server_options;
  server_options.address = options.address;
  server_options.port = static_cast<unsigned short>(options.port);
  if (options.io_threads > 0) server_options.io_threads = options.io_threads;
  server_options.secure_cookies = options.secure_cookies;
  server_options.trusted_proxies = options.trusted_proxies;
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
  if (!invites.empty()) {
    std::printf(
        "\nGezinsleden (inloggen met e-mailadres en code / log in with address and code):\n");
    for (const auto& i : invites) {
      std::printf("  %-20s %-22s %s\n", i.contact.c_str(), i.name.c_str(), i.description.c_str());
    }
    std::printf("De codes staan in de outbox / the codes are in the outbox: %s\n",
                options.outbox_dir.c_str());
    std::printf("Demo-startpagina / demo start page: http://%s:%u/demo\n", options.address.c_str(),
                static_cast<unsigned>(*port));
  }
  std::printf("\nStoppen / stop: Ctrl-C\n");
  std::fflush(stdout);

  {
    Schedule digests(options.digest_check_seconds, [&stip] {
      DeleteExpiredSignals(stip);
      SendDigests(stip);
    });
    Schedule entry_mails(options.mail_check_seconds, [&stip] { SendEntryMails(stip); });
    Schedule retention(options.retention_check_seconds, [&stip] { RunRetention(stip); });
    server.RunUntilSignal();
  }
  spdlog::info("stopped cleanly");
  return 0;
}

}  // namespace stip::cli
