// End-to-end: the scale-out layout. Two `stip serve` processes share one PostgreSQL database
// behind nginx (round robin). Writers through the balancer race for the same families; nothing
// acknowledged is lost or doubled, every chain verifies, and sessions and login back-off hold
// across processes because they live in the database, not in a process.
#include <atomic>
#include <map>
#include <mutex>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "cluster.h"
#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

constexpr int kWriters = 8;
constexpr int kEntriesPerWriter = 15;
constexpr int kReaders = 2;

// A counter from a process's /metrics ("name value" on one line); -1 when absent.
long long MetricValue(unsigned short port, const std::string& name) {
  HttpClient client(port);
  HttpResponse r = client.Get("/metrics");
  EXPECT_EQ(r.status, 200u) << r.Describe();
  const std::regex line("(^|\n)" + name + " ([0-9]+)");
  std::smatch match;
  if (!std::regex_search(r.body, match, line)) return -1;
  return std::stoll(match[2].str());
}

class MultiProcessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = PostgresDatabase::Create("multiprocess");
    ASSERT_TRUE(database_);
    // The first process seeds the demo installation into the empty database, then serves; the
    // second serves the same database.
    first_ = StipServer::StartWithArgs(
        "demo", {"demo", "--port", "0", "--database", database_->url()}, tmp_.path());
    ASSERT_TRUE(first_);
    second_ = StipServer::StartWithArgs(
        "serve", {"serve", "--port", "0", "--database", database_->url()}, tmp_.path());
    ASSERT_TRUE(second_);
    balancer_ = LoadBalancer::Start({first_->port(), second_->port()}, tmp_.path() / "nginx");
    ASSERT_TRUE(balancer_);
  }

  void TearDown() override {
    balancer_.reset();
    for (auto* server : {&first_, &second_}) {
      if (*server && (*server)->Running()) {
        const ExitStatus status = (*server)->Stop();
        EXPECT_TRUE(status.Exited(0))
            << "SIGTERM should stop the server cleanly, but it " << status.ToString() << "\n"
            << (*server)->Output();
      }
      server->reset();
    }
    database_.reset();
  }

  TempDir tmp_;
  std::unique_ptr<PostgresDatabase> database_;
  std::unique_ptr<StipServer> first_;
  std::unique_ptr<StipServer> second_;
  std::unique_ptr<LoadBalancer> balancer_;
};

TEST_F(MultiProcessTest, SessionMadeOnOneProcessWorksOnTheOther) {
  HttpClient on_first(first_->port());
  const json::value login = LogIn(on_first, kLeadUser);
  ASSERT_FALSE(login.is_null());
  const std::string family_id = FamilyIdByName(on_first, kDemoFamilyName);

  // The same cookie and CSRF token, sent straight to the other process.
  HttpClient on_second(second_->port());
  on_second.cookies() = on_first.cookies();
  on_second.SetDefaultHeader("X-CSRF-Token", Str(login, "csrf"));
  HttpResponse me = on_second.Get("/api/v1/me");
  ASSERT_EQ(me.status, 200u) << me.Describe();
  HttpResponse wrote = on_second.PostJson("/api/v1/families/" + family_id + "/entries",
                                          EntryBody("Geschreven via het tweede proces."));
  EXPECT_EQ(wrote.status, 201u) << wrote.Describe();
  on_second.SetDefaultHeader("X-CSRF-Token", "not-the-token");
  EXPECT_EQ(
      on_second.PostJson("/api/v1/families/" + family_id + "/entries", EntryBody("Nee.")).status,
      403u)
      << "the CSRF check must hold on every process";

  // Logging out on the second process ends the session on the first as well.
  on_second.SetDefaultHeader("X-CSRF-Token", Str(login, "csrf"));
  HttpResponse out = on_second.Delete("/api/v1/session");
  EXPECT_LT(out.status, 300u) << out.Describe();
  EXPECT_EQ(on_first.Get("/api/v1/me").status, 401u)
      << "a session ended on one process still works on the other";
}

TEST_F(MultiProcessTest, AFamilyAccountEndedOnOneProcessStopsOnTheOther) {
  // Marloes logs in on the first process with the code the demo page shows.
  HttpClient on_first(first_->port());
  HttpResponse demo = on_first.Get("/demo");
  ASSERT_EQ(demo.status, 200u) << demo.Describe();
  // The newest mail to Marloes that holds a code (the demo also invited her to give feedback
  // on its meetings, in a mail without a code).
  std::string one;  // the mail the match points into
  std::smatch code;
  bool found = false;
  for (std::size_t mail = demo.body.find("Aan: marloes@example.org");
       mail != std::string::npos && !found;
       mail = demo.body.find("Aan: marloes@example.org", mail + 1)) {
    const std::size_t next = demo.body.find("Aan: ", mail + 1);
    one = demo.body.substr(mail, next == std::string::npos ? next : next - mail);
    found = std::regex_search(one, code, std::regex("\\b([0-9]{8})\\b"));
  }
  ASSERT_TRUE(found) << demo.body;
  HttpResponse login =
      on_first.PostJson("/api/v1/family-session",
                        json::object{{"contact", "marloes@example.org"}, {"code", code[1].str()}});
  ASSERT_EQ(login.status, 200u) << login.Describe();
  HttpClient lead(second_->port());
  LogIn(lead, kLeadUser);
  const std::string family_id = FamilyIdByName(lead, kDemoFamilyName);
  const std::string home = "/api/v1/families/" + family_id + "/home";
  HttpResponse before = on_first.Get(home);
  ASSERT_EQ(before.status, 200u) << before.Describe();
  const std::string account = Str(Field(ParseJson(before), "me"), "account_id");

  // The lead ends it on the second process; the first process refuses her session at once.
  HttpResponse ended =
      lead.PostJson("/api/v1/families/" + family_id + "/accounts/" + account + "/revoke",
                    json::object{{"reason", "Verkeerd e-mailadres."}});
  ASSERT_EQ(ended.status, 200u) << ended.Describe();
  EXPECT_EQ(on_first.Get(home).status, 401u)
      << "an account ended on one process still works on the other";
}

// Issue 14: no process caches a token or a user, so a token revoked, or an account disabled, on
// one process is refused on the other at once.
TEST_F(MultiProcessTest, RevokedTokensAndDisabledAccountsStopOnEveryProcess) {
  HttpClient lead(first_->port());
  LogIn(lead, kLeadUser);
  HttpResponse issued = lead.PostJson("/api/v1/tokens", json::object{{"name", "koppeling"}});
  ASSERT_EQ(issued.status, 201u) << issued.Describe();
  HttpClient bearer(second_->port());
  bearer.SetDefaultHeader("Authorization", "Bearer " + Str(ParseJson(issued), "token"));
  ASSERT_EQ(bearer.Get("/api/v1/me").status, 200u);
  HttpResponse revoked = lead.Delete("/api/v1/tokens/" + Str(ParseJson(issued), "id"));
  ASSERT_EQ(revoked.status, 204u) << revoked.Describe();
  EXPECT_EQ(bearer.Get("/api/v1/me").status, 401u) << "revoked on one process, used on the other";

  HttpClient colleague(first_->port());
  LogIn(colleague, kColleagueUser);
  ASSERT_EQ(colleague.Get("/api/v1/me").status, 200u);
  HttpClient admin(second_->port());
  LogIn(admin, kAdminUser);
  std::string colleague_id;
  for (const auto& u : Arr(ParseJson(admin.Get("/api/v1/users")), "users")) {
    if (Str(u, "username") == kColleagueUser) colleague_id = Str(u, "id");
  }
  ASSERT_FALSE(colleague_id.empty());
  HttpResponse disabled = admin.PostJson("/api/v1/users/" + colleague_id + "/disable",
                                         json::object{{"reason", "Uit dienst."}});
  ASSERT_EQ(disabled.status, 200u) << disabled.Describe();
  EXPECT_EQ(colleague.Get("/api/v1/me").status, 401u)
      << "disabled on one process, her session still works on the other";
}

TEST_F(MultiProcessTest, LoginBackOffCountsFailuresOnEveryProcess) {
  // Three free failures, spread over both processes; the fourth try (even with the right
  // password) is held back, whichever process it reaches.
  const std::vector<unsigned short> ports = {first_->port(), second_->port(), first_->port()};
  for (unsigned short port : ports) {
    HttpClient client(port);
    HttpResponse r =
        client.PostJson("/api/v1/session",
                        json::object{{"username", kColleagueUser}, {"password", "wrong-password"}});
    EXPECT_EQ(r.status, 401u) << r.Describe();
  }
  HttpClient client(second_->port());
  HttpResponse held = client.PostJson(
      "/api/v1/session", json::object{{"username", kColleagueUser}, {"password", kDemoPassword}});
  EXPECT_EQ(held.status, 429u) << "the back-off must count failures made on the other process: "
                               << held.Describe();
}

TEST_F(MultiProcessTest, ConcurrentWritersThroughTheBalancerLoseAndDoubleNothing) {
  HttpClient lead(balancer_->port());
  const json::value login = LogIn(lead, kLeadUser);
  ASSERT_FALSE(login.is_null());
  const std::string demo_family = FamilyIdByName(lead, kDemoFamilyName);
  HttpClient duo(balancer_->port());
  const json::value duo_login = LogIn(duo, kDuoUser);
  ASSERT_FALSE(duo_login.is_null());
  const std::string second_family = CreateSecondFamily(lead, Str(Field(login, "user"), "id"),
                                                       Str(Field(duo_login, "user"), "id"));
  ASSERT_FALSE(second_family.empty());
  const std::vector<std::string> families = {demo_family, second_family};
  std::map<std::string, std::size_t> before;
  for (const auto& family : families) before[family] = AllEntryIds(lead, family).size();

  // Writers log in through the balancer, so their sessions are made on one process and used on
  // both; each alternates between the two families. Readers add access-log lines meanwhile.
  std::mutex mu;
  std::map<std::string, std::vector<std::string>> acknowledged;  // family -> entry ids
  std::vector<std::string> failures;
  std::atomic<bool> writing{true};
  const auto give_up = Clock::now() + 120s;
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      HttpClient client(balancer_->port(), 30s);
      if (LogIn(client, w % 2 == 0 ? kLeadUser : kDuoUser).is_null()) return;
      for (int i = 0; i < kEntriesPerWriter && Clock::now() < give_up; ++i) {
        const std::string& family = families[static_cast<std::size_t>(i + w) % families.size()];
        HttpResponse r = client.PostJson(
            "/api/v1/families/" + family + "/entries",
            EntryBody("Schrijver " + std::to_string(w) + ", aantekening " + std::to_string(i)));
        std::lock_guard lock(mu);
        if (r.status == 201) {
          acknowledged[family].push_back(Str(ParseJson(r), "id"));
        } else {
          failures.push_back(r.Describe());
        }
      }
    });
  }
  std::atomic<int> reads{0};
  for (int r = 0; r < kReaders; ++r) {
    threads.emplace_back([&] {
      HttpClient client(balancer_->port(), 30s);
      if (LogIn(client, kDuoUser).is_null()) return;
      for (int i = 0; i < 1000 && writing.load() && Clock::now() < give_up; ++i) {
        HttpResponse got = client.Get("/api/v1/families/" + families[i % 2] + "?limit=5");
        if (got.status == 200) {
          ++reads;
        } else {
          std::lock_guard lock(mu);
          failures.push_back(got.Describe());
        }
      }
    });
  }
  for (int w = 0; w < kWriters; ++w) threads[static_cast<std::size_t>(w)].join();
  writing = false;
  for (std::size_t t = kWriters; t < threads.size(); ++t) threads[t].join();

  EXPECT_TRUE(failures.empty()) << failures.size() << " requests failed, the first:\n"
                                << (failures.empty() ? "" : failures.front());
  std::size_t total = 0;
  for (const auto& [family, ids] : acknowledged) total += ids.size();
  EXPECT_EQ(total, static_cast<std::size_t>(kWriters * kEntriesPerWriter));
  EXPECT_GT(reads.load(), 0);

  // Every acknowledged entry is in its family exactly once, and nothing else was added. Read
  // on each process directly: both must see the same file.
  for (unsigned short port : {first_->port(), second_->port()}) {
    HttpClient reader(port);
    LogIn(reader, kLeadUser);
    for (const auto& family : families) {
      const std::vector<std::string> stored = AllEntryIds(reader, family);
      std::map<std::string, int> times;
      for (const auto& id : stored) ++times[id];
      for (const auto& id : acknowledged[family]) {
        EXPECT_EQ(times[id], 1) << "acknowledged entry " << id << " of " << family << " is stored "
                                << times[id] << " times (port " << port << ")";
      }
      EXPECT_EQ(stored.size(), before[family] + acknowledged[family].size())
          << "entries of " << family << " that nobody acknowledged (port " << port << ")";
    }
  }

  // Both processes took writes: the balancer spread them, so the appends really raced.
  EXPECT_GT(MetricValue(first_->port(), "stip_ledger_appends_total"), 0);
  EXPECT_GT(MetricValue(second_->port(), "stip_ledger_appends_total"), 0);

  // Every chain (families, system, access logs, global) verifies, with both servers running.
  CommandResult verify = RunStip({"verify", "--database", database_->url()}, "", 120s);
  EXPECT_TRUE(verify.status.Exited(0)) << verify.Describe();
  EXPECT_NE(verify.out.find("OK"), std::string::npos) << verify.Describe();
}

}  // namespace
}  // namespace stip::e2e
