// End-to-end: durability. Writers add entries over keep-alive connections while the server is
// killed with SIGKILL, or stopped with SIGTERM; every entry that was acknowledged must survive.
#include <atomic>
#include <csignal>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

constexpr int kMaxRequestsPerWriter = 5000;

// What one writer thread saw.
struct WriterLog {
  std::vector<std::pair<std::string, std::string>> acknowledged;  // family id, entry id
  std::map<unsigned, int> other_statuses;                         // status -> count
  std::string last_error;                                         // the transport error, if any
};

// Adds entries round-robin to `families` until a transport error (the server is gone) or the
// deadline. Each writer has its own keep-alive connection.
void Write(unsigned short port, const std::string& token, const std::vector<std::string>& families,
           int writer, Clock::time_point deadline, std::atomic<int>& acknowledged, WriterLog& log) {
  HttpClient client(port, 10s);
  client.SetDefaultHeader("Authorization", "Bearer " + token);
  for (int i = 0; i < kMaxRequestsPerWriter && Clock::now() < deadline; ++i) {
    const std::string& family = families[static_cast<std::size_t>(writer + i) % families.size()];
    HttpResponse r = client.PostJson(
        "/api/v1/families/" + family + "/entries",
        EntryBody("Schrijver " + std::to_string(writer) + ", aantekening " + std::to_string(i) +
                      ": korte notitie van een telefoongesprek.",
                  "fact", "telefoon"));
    if (r.status == 201) {
      boost::system::error_code ec;
      json::value body = json::parse(r.body, ec);
      const json::value* id =
          ec || !body.is_object() ? nullptr : body.as_object().if_contains("id");
      if (id && id->is_string()) {
        log.acknowledged.emplace_back(family, std::string(id->get_string()));
        ++acknowledged;
      } else {
        ++log.other_statuses[1201];  // a 201 without an id: counted as unexpected
      }
    } else if (r.status == 0) {
      log.last_error = r.error;
      return;
    } else {
      ++log.other_statuses[r.status];
    }
  }
}

// Runs `writers` threads against `families`; calls `interrupt` once `min_acks` entries are
// acknowledged (or `patience` passed), then lets the writers run out. Returns their logs.
template <typename Interrupt>
std::vector<WriterLog> WriteAndInterrupt(unsigned short port, const std::string& token,
                                         const std::vector<std::string>& families, int writers,
                                         int min_acks, std::chrono::milliseconds patience,
                                         Interrupt interrupt) {
  std::vector<WriterLog> logs(static_cast<std::size_t>(writers));
  std::atomic<int> acknowledged{0};
  const auto deadline = Clock::now() + patience + 15s;
  std::vector<std::thread> threads;
  for (int w = 0; w < writers; ++w) {
    threads.emplace_back(Write, port, std::cref(token), std::cref(families), w, deadline,
                         std::ref(acknowledged), std::ref(logs[static_cast<std::size_t>(w)]));
  }
  const auto give_up = Clock::now() + patience;
  while (acknowledged.load() < min_acks && Clock::now() < give_up) {
    std::this_thread::sleep_for(5ms);
  }
  interrupt();
  // The writers end on their own when the server goes away; the deadline bounds the rest.
  for (auto& t : threads) t.join();
  return logs;
}

std::string IssueToken(HttpClient& lead) {
  HttpResponse r = lead.PostJson("/api/v1/tokens", json::object{{"name", "e2e schrijvers"}});
  EXPECT_EQ(r.status, 201u) << r.Describe();
  return Str(ParseJson(r), "token");
}

// Every acknowledged entry is in its family's file, exactly once.
void ExpectAllPresent(HttpClient& reader, const std::vector<std::string>& families,
                      const std::vector<WriterLog>& logs) {
  std::map<std::string, std::set<std::string>> stored;
  for (const auto& family : families) {
    const std::vector<std::string> ids = AllEntryIds(reader, family);
    std::set<std::string> unique(ids.begin(), ids.end());
    EXPECT_EQ(unique.size(), ids.size()) << "an entry is listed twice in " << family;
    stored[family] = std::move(unique);
  }
  int missing = 0;
  int total = 0;
  for (const auto& log : logs) {
    for (const auto& [family, id] : log.acknowledged) {
      ++total;
      if (!stored[family].contains(id)) {
        if (++missing <= 10)
          ADD_FAILURE() << "acknowledged entry " << id << " of " << family
                        << " is gone after the restart";
      }
    }
  }
  EXPECT_EQ(missing, 0) << missing << " of " << total << " acknowledged entries were lost";
}

using CrashTest = E2eTest;

TEST_F(CrashTest, KillNineLosesNoAcknowledgedEntry) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  auto lead = NewClient();
  const json::value session = LogIn(*lead, kLeadUser);
  const std::string demo_family = FamilyIdByName(*lead, kDemoFamilyName);
  const std::string second_family = CreateSecondFamily(*lead, Str(Field(session, "user"), "id"));
  const std::string token = IssueToken(*lead);
  ASSERT_FALSE(HasFailure());
  const std::vector<std::string> families{demo_family, second_family};

  ExitStatus killed;
  const auto logs = WriteAndInterrupt(server_->port(), token, families, 8, 400, 2s,
                                      [&] { killed = server_->Kill(); });
  ASSERT_EQ(killed.signal, SIGKILL) << killed.ToString();
  int acknowledged = 0;
  for (const auto& log : logs) {
    acknowledged += static_cast<int>(log.acknowledged.size());
    for (const auto& [status, count] : log.other_statuses) {
      ADD_FAILURE() << count << " write(s) answered " << status << " instead of 201";
    }
  }
  ASSERT_GE(acknowledged, 20) << "too few writes before the crash to test anything";
  for (const auto& log : logs) {
    EXPECT_FALSE(log.last_error.empty()) << "every writer was cut off by the crash, mid-stream";
  }

  CommandResult verify = RunStip({"verify", "--data", data_dir().string()});
  EXPECT_TRUE(verify.status.Exited(0))
      << "the ledger must be intact after kill -9: " << verify.Describe();

  StartServer("serve");
  ASSERT_TRUE(server_) << "the server must start again on the crashed data directory";
  auto reader = NewClient();
  LogIn(*reader, kLeadUser);
  ExpectAllPresent(*reader, families, logs);
  std::printf("[crash] %d entries acknowledged before kill -9, all checked after restart\n",
              acknowledged);
}

TEST_F(CrashTest, SigtermFinishesRequestsInFlightAndExitsCleanly) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  auto lead = NewClient();
  LogIn(*lead, kLeadUser);
  const std::string family = FamilyIdByName(*lead, kDemoFamilyName);
  const std::string token = IssueToken(*lead);
  ASSERT_FALSE(HasFailure());
  lead->Disconnect();  // an idle keep-alive connection must not hold up the shutdown

  Clock::time_point signalled;
  const auto logs = WriteAndInterrupt(server_->port(), token, {family}, 6, 150, 2s, [&] {
    signalled = Clock::now();
    server_->Signal(SIGTERM);
  });
  const auto status = server_->WaitFor(15s);
  ASSERT_TRUE(status.has_value()) << "the server did not stop within 15 s of SIGTERM";
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - signalled);
  EXPECT_TRUE(status->Exited(0)) << "SIGTERM must end in exit code 0, not " << status->ToString()
                                 << "\n"
                                 << server_->Output();
  EXPECT_LT(took, 5s) << "graceful shutdown took " << took.count() << " ms";
  int acknowledged = 0;
  for (const auto& log : logs) {
    acknowledged += static_cast<int>(log.acknowledged.size());
    for (const auto& [s, count] : log.other_statuses) {
      EXPECT_EQ(s, 503u) << count << " write(s) answered " << s
                         << " during shutdown; only 201 or 503 make sense";
    }
  }
  ASSERT_GE(acknowledged, 20);

  CommandResult verify = RunStip({"verify", "--data", data_dir().string()});
  EXPECT_TRUE(verify.status.Exited(0)) << verify.Describe();
  StartServer("serve");
  ASSERT_TRUE(server_);
  auto reader = NewClient();
  LogIn(*reader, kLeadUser);
  ExpectAllPresent(*reader, {family}, logs);
}

}  // namespace
}  // namespace stip::e2e
