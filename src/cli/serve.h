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
  bool require_totp = false;   // issue 14 item 2: every professional needs a second login step
  int emergency_hours = 24;    // issue 10 item 4: how long one use of emergency access lasts
  // Issue 10: the relay needs STARTTLS unless smtp_allow_plain (a local relay); AUTH with
  // smtp_user and the password from STIP_SMTP_PASSWORD; smtp_ca_file trusts a private CA.
  bool smtp_allow_plain = false;
  std::string smtp_user;
  std::string smtp_password;
  std::string smtp_ca_file;
  // Issue 10 item 8: the address mails link to, and how often the server looks for digests
  // that are due (0: never; `stip digest send` from cron instead).
  std::string public_url = "http://localhost:8080";
  int digest_check_seconds = 300;
  // A family member's mail about something new waits this long (and is then sent only if they
  // can still read it); the server looks for due ones every mail_check_seconds.
  int entry_mail_delay_minutes = 15;
  int mail_check_seconds = 60;
  // Issue 14 item 3: how often the server destroys the files whose retention ended and that are
  // not on legal hold (0: never; `stip retention run` from cron instead).
  int retention_check_seconds = 24 * 3600;
  // Issue 10 item 6: the Verwijsindex rules of "al bekend?" (domain::SignalPolicy); the server
  // deletes signals past `signal_delete_days` on the digest's schedule.
  int signal_active_days = 730;
  int known_checks_per_day = 40;
  int signal_delete_days = 1826;
  int signal_min_signals = 2;
};

void AddServeOptions(CLI::App* cmd, ServeOptions& options);
int RunServe(const std::string& database_url, const ServeOptions& options, bool demo);
// `stip digest send`: mails the digests that are due now, once (for cron), through the same
// outbox options as the server.
int RunDigestSend(const std::string& database_url, const ServeOptions& options);

}  // namespace stip::cli
