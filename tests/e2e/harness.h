// End-to-end harness: runs the real `stip` binary (STIP_BINARY) in a temporary directory, finds
// its port from the URL it prints, and talks to it over HTTP/1.1 on 127.0.0.1 only.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json/value.hpp>

#include "http_client.h"
#include "process.h"

namespace stip::e2e {

// --- the server ----------------------------------------------------------------------------------

// A running `stip serve` or `stip demo` on a port the system picked (--port 0), found from the
// URL the binary prints. Stopped with SIGKILL on destruction if the test did not stop it.
class StipServer {
 public:
  // `command` is "serve" or "demo". Waits until GET /healthz answers 200. On failure records a
  // test failure with the server's output and returns nullptr.
  static std::unique_ptr<StipServer> Start(const std::string& command,
                                           const std::filesystem::path& data_dir,
                                           const std::filesystem::path& log_dir,
                                           std::chrono::milliseconds deadline = 30s);
  // The same with any arguments after the binary, e.g. {"serve", "--port", "0", "--database",
  // url}; `name` labels the log files. The arguments must make stip print its URL.
  static std::unique_ptr<StipServer> StartWithArgs(const std::string& name,
                                                   const std::vector<std::string>& args,
                                                   const std::filesystem::path& log_dir,
                                                   std::chrono::milliseconds deadline = 30s);
  ~StipServer();

  unsigned short port() const { return port_; }
  pid_t pid() const { return process_->pid(); }
  bool Running() { return process_->Running(); }
  std::string Output() const;  // what the server printed so far

  // SIGTERM, then wait at most `grace` (then SIGKILL). Returns how the process ended.
  ExitStatus Stop(std::chrono::milliseconds grace = 15s);
  // SIGKILL, as a crash: no chance to flush or close anything.
  ExitStatus Kill();
  // For tests that watch the shutdown themselves: send a signal, wait for the end.
  void Signal(int signal_number) { process_->Signal(signal_number); }
  std::optional<ExitStatus> WaitFor(std::chrono::milliseconds timeout) {
    return process_->WaitFor(timeout);
  }

 private:
  StipServer() = default;
  std::unique_ptr<Process> process_;
  std::filesystem::path out_file_;
  std::filesystem::path err_file_;
  unsigned short port_ = 0;
};

// --- JSON helpers: a failed lookup records a test failure and yields an empty value -----------
// They return copies, so that `for (auto& x : Arr(ParseJson(r), "x"))` does not dangle.

boost::json::value ParseJson(const HttpResponse& response);
boost::json::value Field(const boost::json::value& v, std::string_view key);
std::string Str(const boost::json::value& v, std::string_view key);
std::int64_t Int(const boost::json::value& v, std::string_view key);
boost::json::array Arr(const boost::json::value& v, std::string_view key);

// Checks the error shape {"error":{"code","message","fields":[{"field","message"}]}} and
// returns the names in `fields` (empty + a test failure when the shape is wrong).
std::vector<std::string> ErrorFields(const HttpResponse& response, std::string* code = nullptr);

// --- the demo installation -------------------------------------------------------------------

inline constexpr std::string_view kDemoPassword = "demo";
inline constexpr std::string_view kLeadUser = "regisseur";     // Sanne de Wit, lead
inline constexpr std::string_view kDuoUser = "veiligheid";     // Youssef Amrani, duo
inline constexpr std::string_view kColleagueUser = "collega";  // Iris Bos, not involved
inline constexpr std::string_view kAdminUser = "beheerder";    // administrator
inline constexpr std::string_view kLeadName = "Sanne de Wit";
inline constexpr std::string_view kDuoName = "Youssef Amrani";
inline constexpr std::string_view kLeadTeam = "Wijkteam Lindewaard-Oost";
inline constexpr std::string_view kDemoFamilyName = "Gezin Veldhoven";
inline constexpr int kDemoMembers = 5;
inline constexpr int kDemoEntries = 16;  // as the lead sees them (demo.cpp; 2 meeting summaries)

// POST /api/v1/session; on success the client holds the cookie and sends X-CSRF-Token by
// default. Returns the login response body (with "csrf" and "user").
boost::json::value LogIn(HttpClient& client, std::string_view username,
                         std::string_view password = kDemoPassword);

// The id of the only family in GET /api/v1/families named `name` ("" + failure otherwise).
std::string FamilyIdByName(HttpClient& client, std::string_view name);

// A family's overview: GET /api/v1/families/{id}, asserting 200.
boost::json::value Overview(HttpClient& client, const std::string& family_id,
                            const std::string& query = "");

// Every entry id of a family, newest first, paging with ?before= (bounded).
std::vector<std::string> AllEntryIds(HttpClient& client, const std::string& family_id);

// Creates a second, fictional family (Gezin Mulder: Olga and Kees) through the API, led by
// `lead_id` (and with `duo_id` as duo partner unless empty); returns its id (a failure if not 201).
std::string CreateSecondFamily(HttpClient& lead, const std::string& lead_id,
                               const std::string& duo_id = "");

// The body of a new entry.
boost::json::value EntryBody(const std::string& text, const std::string& kind = "observation",
                             const std::string& source = "e2e-test");

// The messages to `to` in `outbox` (the demo's file outbox, DATA_DIR/outbox), newest first.
std::vector<std::string> OutboxMails(const std::filesystem::path& outbox, std::string_view to);

// The one-time code in the newest message to `to` in `outbox`; "" and a test failure when there
// is none.
std::string OutboxCode(const std::filesystem::path& outbox, std::string_view to);

// A test with its own temporary directory (data in data_dir(), logs beside it) and at most one
// server. TearDown stops a running server with SIGTERM and expects a clean exit (code 0).
class E2eTest : public ::testing::Test {
 protected:
  // Starts `stip <command> --port 0 --data data_dir()`; fails the test when it does not serve.
  void StartServer(const std::string& command);
  void TearDown() override;

  std::filesystem::path data_dir() const { return tmp_.path() / "data"; }
  std::filesystem::path database() const { return data_dir() / "stip.db"; }
  std::unique_ptr<HttpClient> NewClient(std::chrono::milliseconds timeout = 15s) const;
  // The installation of `stip demo`, with a client logged in as the lead.
  void StartDemoAsLead(std::unique_ptr<HttpClient>& lead, std::string& family_id);
  // A client logged in as the family member with the code from the outbox (POST
  // /api/v1/family-session); it sends X-CSRF-Token by default.
  std::unique_ptr<HttpClient> LogInFamily(std::string_view contact);
  // Asks for a login code for `contact` (POST /api/v1/family-session/code, expecting 202) and
  // waits for its mail: the server looks the address up and mails after it has answered.
  void RequestCodeAndAwaitMail(std::string_view contact);
  // Waits (up to 10 s) until the outbox holds at least `count` mails to `to`; a failure if not.
  void AwaitMails(std::string_view to, int count);

  TempDir tmp_;
  std::unique_ptr<StipServer> server_;
};

}  // namespace stip::e2e
