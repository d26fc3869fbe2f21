// End-to-end harness: the stip server on a port it picks itself, JSON helpers and the steps
// most tests share (log in, find the demo family, page through entries).
#include "harness.h"

#include <signal.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <boost/json.hpp>

namespace stip::e2e {
namespace {

namespace json = boost::json;

std::atomic<int> server_counter{0};

}  // namespace

// --- the server ----------------------------------------------------------------------------------

std::unique_ptr<StipServer> StipServer::Start(const std::string& command,
                                              const std::filesystem::path& data_dir,
                                              const std::filesystem::path& log_dir,
                                              std::chrono::milliseconds deadline) {
  return StartWithArgs(command, {command, "--port", "0", "--data", data_dir.string()}, log_dir,
                       deadline);
}

std::unique_ptr<StipServer> StipServer::StartWithArgs(const std::string& command,
                                                      const std::vector<std::string>& args,
                                                      const std::filesystem::path& log_dir,
                                                      std::chrono::milliseconds deadline) {
  std::unique_ptr<StipServer> server(new StipServer());
  const std::string n = std::to_string(++server_counter);
  server->out_file_ = log_dir / ("stip-" + command + "-" + n + ".out");
  server->err_file_ = log_dir / ("stip-" + command + "-" + n + ".err");
  SpawnOptions options;
  options.cwd = log_dir;
  options.stdout_file = server->out_file_;
  options.stderr_file = server->err_file_;
  std::vector<std::string> argv{STIP_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  server->process_ = std::make_unique<Process>(argv, options);

  // The binary prints the URL it listens on ("http://127.0.0.1:PORT"); with --port 0 that is
  // the only way to learn the port, and it is free of races with other tests.
  static const std::regex kUrl(R"(http://127\.0\.0\.1:([0-9]{1,5}))");
  const auto until = std::chrono::steady_clock::now() + deadline;
  while (std::chrono::steady_clock::now() < until) {
    if (!server->process_->Running()) {
      auto status = server->process_->WaitFor(0ms);
      ADD_FAILURE() << "stip " << command << " ended before it served ("
                    << (status ? status->ToString() : "?") << "):\n"
                    << server->Output();
      return nullptr;
    }
    if (server->port_ == 0) {
      const std::string output = server->Output();
      for (std::sregex_iterator it(output.begin(), output.end(), kUrl), end; it != end; ++it) {
        const int port = std::stoi((*it)[1].str());
        if (port > 0 && port < 65536) {
          server->port_ = static_cast<unsigned short>(port);
          break;
        }
      }
    }
    if (server->port_ != 0) {
      HttpClient probe(server->port_, 2s);
      HttpResponse r = probe.Get("/healthz");
      if (r.status == 200) return server;
    }
    std::this_thread::sleep_for(10ms);
  }
  ADD_FAILURE() << "stip " << command << " did not answer GET /healthz within " << deadline.count()
                << " ms (port " << server->port_ << "):\n"
                << server->Output();
  return nullptr;
}

StipServer::~StipServer() = default;  // Process kills the server if it still runs

std::string StipServer::Output() const {
  return "--- stdout ---\n" + ReadFile(out_file_) + "\n--- stderr ---\n" + ReadFile(err_file_);
}

ExitStatus StipServer::Stop(std::chrono::milliseconds grace) {
  process_->Signal(SIGTERM);
  auto status = process_->WaitFor(grace);
  if (!status) {
    process_->Signal(SIGKILL);
    status = process_->WaitFor(10s);
  }
  return status.value_or(ExitStatus{});
}

ExitStatus StipServer::Kill() {
  process_->Signal(SIGKILL);
  return process_->WaitFor(10s).value_or(ExitStatus{});
}

// --- JSON helpers ----------------------------------------------------------------------------

json::value ParseJson(const HttpResponse& response) {
  boost::system::error_code ec;
  json::value v = json::parse(response.body, ec);
  if (ec) {
    ADD_FAILURE() << "the response is not JSON (" << ec.message() << "): " << response.Describe();
    return nullptr;
  }
  return v;
}

json::value Field(const json::value& v, std::string_view key) {
  const json::value kNull;
  if (!v.is_object()) {
    ADD_FAILURE() << "expected an object with \"" << key << "\", got " << json::serialize(v);
    return kNull;
  }
  const json::value* found = v.as_object().if_contains(key);
  if (!found) {
    ADD_FAILURE() << "no field \"" << key << "\" in " << json::serialize(v);
    return kNull;
  }
  return *found;
}

std::string Str(const json::value& v, std::string_view key) {
  const json::value f = Field(v, key);
  if (!f.is_string()) {
    if (v.is_object() && v.as_object().contains(key)) {
      ADD_FAILURE() << "field \"" << key << "\" is not a string in " << json::serialize(v);
    }
    return {};
  }
  return std::string(f.get_string());
}

std::int64_t Int(const json::value& v, std::string_view key) {
  const json::value f = Field(v, key);
  if (f.is_int64()) return f.get_int64();
  if (f.is_uint64()) return static_cast<std::int64_t>(f.get_uint64());
  if (v.is_object() && v.as_object().contains(key)) {
    ADD_FAILURE() << "field \"" << key << "\" is not an integer in " << json::serialize(v);
  }
  return -1;
}

json::array Arr(const json::value& v, std::string_view key) {
  const json::array kEmpty;
  const json::value f = Field(v, key);
  if (!f.is_array()) {
    if (v.is_object() && v.as_object().contains(key)) {
      ADD_FAILURE() << "field \"" << key << "\" is not an array in " << json::serialize(v);
    }
    return kEmpty;
  }
  return f.get_array();
}

std::string CreateSecondFamily(HttpClient& lead, const std::string& lead_id,
                               const std::string& duo_id) {
  json::value body = json::parse(R"({
    "name": "Gezin Mulder",
    "members": [
      {"ref": "o", "name": "Olga Mulder", "role": "parent", "birth_date": "1979-12-01"},
      {"ref": "k", "name": "Kees Mulder", "role": "child", "birth_date": "2012-07-15"}
    ],
    "custody": [{"parent_ref": "o", "child_ref": "k"}]
  })");
  body.as_object()["lead_user_id"] = lead_id;
  if (!duo_id.empty()) body.as_object()["duo_user_id"] = duo_id;
  HttpResponse r = lead.PostJson("/api/v1/families", body);
  EXPECT_EQ(r.status, 201u) << r.Describe();
  return Str(ParseJson(r), "id");
}

std::vector<std::string> ErrorFields(const HttpResponse& response, std::string* code) {
  std::vector<std::string> names;
  const std::string type = response.Header("content-type");
  EXPECT_TRUE(type.starts_with("application/json"))
      << "an error should be JSON, Content-Type is \"" << type << "\": " << response.Describe();
  const json::value body = ParseJson(response);
  const json::value error = Field(body, "error");
  if (!error.is_object()) return names;
  const std::string c = Str(error, "code");
  EXPECT_FALSE(c.empty()) << response.Describe();
  EXPECT_FALSE(Str(error, "message").empty())
      << "an error needs a message a person can act on: " << response.Describe();
  if (code) *code = c;
  for (const auto& f : Arr(error, "fields")) {
    names.push_back(Str(f, "field"));
    EXPECT_FALSE(Str(f, "message").empty()) << response.Describe();
  }
  return names;
}

// --- the demo installation -------------------------------------------------------------------

json::value LogIn(HttpClient& client, std::string_view username, std::string_view password) {
  HttpResponse r = client.PostJson("/api/v1/session",
                                   json::object{{"username", username}, {"password", password}});
  EXPECT_EQ(r.status, 200u) << "log in as " << username << ": " << r.Describe();
  if (r.status != 200) return nullptr;
  json::value body = ParseJson(r);
  const std::string csrf = Str(body, "csrf");
  EXPECT_FALSE(csrf.empty()) << r.Describe();
  EXPECT_FALSE(client.Cookie("stip_session").empty())
      << "no stip_session cookie after logging in: " << r.Describe();
  client.SetDefaultHeader("X-CSRF-Token", csrf);
  return body;
}

std::string FamilyIdByName(HttpClient& client, std::string_view name) {
  HttpResponse r = client.Get("/api/v1/families");
  EXPECT_EQ(r.status, 200u) << r.Describe();
  std::string id;
  for (const auto& f : Arr(ParseJson(r), "families")) {
    if (Str(f, "name") == name) {
      EXPECT_TRUE(id.empty()) << "two families named " << name << ": " << r.Describe();
      id = Str(f, "id");
    }
  }
  EXPECT_FALSE(id.empty()) << "no family named " << name << " in " << r.Describe();
  return id;
}

json::value Overview(HttpClient& client, const std::string& family_id, const std::string& query) {
  HttpResponse r = client.Get("/api/v1/families/" + family_id + query);
  EXPECT_EQ(r.status, 200u) << "GET /api/v1/families/" << family_id << query << ": "
                            << r.Describe();
  if (r.status != 200) return nullptr;
  return ParseJson(r);
}

std::vector<std::string> AllEntryIds(HttpClient& client, const std::string& family_id) {
  std::vector<std::string> ids;
  std::int64_t before = 0;
  for (int page = 0; page < 1000; ++page) {
    std::string query = "?limit=200";
    if (before > 0) query += "&before=" + std::to_string(before);
    const json::value overview = Overview(client, family_id, query);
    if (overview.is_null()) break;
    for (const auto& e : Arr(overview, "entries")) ids.push_back(Str(e, "id"));
    const std::int64_t next = Int(overview, "next_before");
    if (next <= 0) break;
    EXPECT_TRUE(before == 0 || next < before) << "paging does not move back: " << next;
    if (before != 0 && next >= before) break;
    before = next;
  }
  return ids;
}

json::value EntryBody(const std::string& text, const std::string& kind, const std::string& source) {
  return json::object{{"kind", kind}, {"source", source}, {"text", text}};
}

// --- the test fixture ----------------------------------------------------------------------------

void E2eTest::StartServer(const std::string& command) {
  std::filesystem::create_directories(data_dir());
  server_ = StipServer::Start(command, data_dir(), tmp_.path());
}

void E2eTest::TearDown() {
  if (server_ && server_->Running()) {
    const ExitStatus status = server_->Stop();
    EXPECT_TRUE(status.Exited(0)) << "SIGTERM should stop the server cleanly, but it "
                                  << status.ToString() << "\n"
                                  << server_->Output();
  }
  server_.reset();
}

std::unique_ptr<HttpClient> E2eTest::NewClient(std::chrono::milliseconds timeout) const {
  return std::make_unique<HttpClient>(server_ ? server_->port() : 0, timeout);
}

void E2eTest::StartDemoAsLead(std::unique_ptr<HttpClient>& lead, std::string& family_id) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  lead = NewClient();
  LogIn(*lead, kLeadUser);
  family_id = FamilyIdByName(*lead, kDemoFamilyName);
  ASSERT_FALSE(HasFailure());
}

std::vector<std::string> OutboxMails(const std::filesystem::path& outbox, std::string_view to) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::exists(outbox)) {
    for (const auto& f : std::filesystem::directory_iterator(outbox)) files.push_back(f.path());
  }
  std::sort(files.rbegin(), files.rend());
  std::vector<std::string> mails;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    std::string mail = text.str();
    if (mail.find("To: " + std::string(to) + "\r\n") != std::string::npos) {
      mails.push_back(std::move(mail));
    }
  }
  return mails;
}

std::string OutboxCode(const std::filesystem::path& outbox, std::string_view to) {
  for (const auto& mail : OutboxMails(outbox, to)) {
    std::smatch m;
    if (std::regex_search(mail, m, std::regex("\n    ([0-9]{8})\r?\n"))) return m[1];
  }
  ADD_FAILURE() << "no code for " << to << " in the outbox";
  return "";
}

void E2eTest::AwaitMails(std::string_view to, int count) {
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (static_cast<int>(OutboxMails(data_dir() / "outbox", to).size()) < count) {
    if (std::chrono::steady_clock::now() > deadline) {
      ADD_FAILURE() << "no mail number " << count << " to " << to << " within 10 s";
      return;
    }
    std::this_thread::sleep_for(20ms);
  }
}

void E2eTest::RequestCodeAndAwaitMail(std::string_view contact) {
  const int before = static_cast<int>(OutboxMails(data_dir() / "outbox", contact).size());
  HttpResponse sent = NewClient()->PostJson("/api/v1/family-session/code",
                                            boost::json::object{{"contact", contact}});
  EXPECT_EQ(sent.status, 202u) << sent.Describe();
  AwaitMails(contact, before + 1);
}

std::unique_ptr<HttpClient> E2eTest::LogInFamily(std::string_view contact) {
  auto client = NewClient();
  HttpResponse r =
      client->PostJson("/api/v1/family-session",
                       boost::json::object{{"contact", contact},
                                           {"code", OutboxCode(data_dir() / "outbox", contact)}});
  EXPECT_EQ(r.status, 200u) << r.Describe();
  client->SetDefaultHeader("X-CSRF-Token", Str(ParseJson(r), "csrf"));
  return client;
}

}  // namespace stip::e2e
