// The outbox adapters (app/outbox.h): a file outbox, one message file per mail (demo mode, and
// for tests), and an SMTP client (libcurl) that hands each mail to a configured relay.
#pragma once

#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "app/outbox.h"

namespace stip::notify {

// Writes each mail as one RFC 5322 text file in `dir` (created if missing), named so that the
// names sort by time. Nothing is sent anywhere: the demo start page shows the files.
class FileOutbox final : public app::Outbox {
 public:
  explicit FileOutbox(std::filesystem::path dir) : dir_(std::move(dir)) {}
  domain::Status Send(const app::Mail& mail) override;
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
  std::mutex mu_;
  long counter_ = 0;
};

// The mails in a file outbox directory, newest first (at most `limit`).
std::vector<app::Mail> ReadFileOutbox(const std::filesystem::path& dir, std::size_t limit = 50);

struct SmtpOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 25;
  std::string from = "stip@localhost";  // envelope and header sender
  std::string helo = "localhost";       // our name in EHLO
  int timeout_ms = 10000;               // per connection, for the whole conversation
  // Issue 10: STARTTLS is required (the relay's certificate checked against the system's CAs,
  // or `ca_file`), unless the operator allows plain mail to a local relay; then TLS is still
  // used when the relay offers it.
  bool allow_plain = false;
  std::string ca_file = {};
  std::string username = {};  // AUTH (RFC 4954) when set; only ever sent over TLS, unless
  std::string password = {};  // allow_plain and the relay offers no TLS
};

// SMTP through libcurl (EHLO, STARTTLS, AUTH, MAIL FROM, RCPT TO, DATA, QUIT), one connection
// per mail; a refusal is Unavailable and names the step.
class SmtpOutbox final : public app::Outbox {
 public:
  explicit SmtpOutbox(SmtpOptions options);
  domain::Status Send(const app::Mail& mail) override;
  bool Delivers() const override { return true; }

 private:
  SmtpOptions options_;
};

// The message text (headers and body, CRLF line ends, not yet dot-stuffed).
std::string FormatMessage(const app::Mail& mail, const std::string& from);
// Base64 (RFC 4648, with padding) by libsodium, for encoded-word headers; and back ("" when
// `in` is not Base64).
std::string EncodeBase64(std::string_view in);
std::string DecodeBase64(std::string_view in);

}  // namespace stip::notify
