// End-to-end: the operator's commands — stip verify and stip rebuild after real activity, with
// the server running and stopped; tampering with the database is detected; accounts via the CLI.
#include <csignal>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

constexpr int kExitDamaged = 3;

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// Some activity a real day brings: entries by lead and duo, reads, an access-log read.
void AddActivity(HttpClient& lead, unsigned short port, const std::string& family_id) {
  for (int i = 0; i < 3; ++i) {
    HttpResponse r = lead.PostJson(
        "/api/v1/families/" + family_id + "/entries",
        EntryBody("Aantekening " + std::to_string(i + 1) + " over het gesprek met Lotte.",
                  "conversation_report", "gesprek"));
    ASSERT_EQ(r.status, 201u) << r.Describe();
  }
  HttpClient duo(port);
  LogIn(duo, kDuoUser);
  HttpResponse r = duo.PostJson("/api/v1/families/" + family_id + "/entries",
                                EntryBody("De afspraak over het ophalen werkt.", "fact"));
  ASSERT_EQ(r.status, 201u) << r.Describe();
  ASSERT_FALSE(Overview(duo, family_id).is_null());
  ASSERT_EQ(lead.Get("/api/v1/families/" + family_id + "/access-log").status, 200u);
}

using LedgerTest = E2eTest;

TEST_F(LedgerTest, VerifyAndRebuildAfterActivity) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  ASSERT_NO_FATAL_FAILURE(AddActivity(*lead, server_->port(), family_id));
  const json::value before = Overview(*lead, family_id, "?limit=200");

  // While the server runs: SQLite WAL lets verify read beside it.
  CommandResult live = RunStip({"verify", "--data", data_dir().string()});
  EXPECT_TRUE(live.status.Exited(0)) << live.Describe();
  EXPECT_NE(live.out.find("OK"), std::string::npos) << live.Describe();
  CommandResult one = RunStip({"verify", "--data", data_dir().string(), "--family", family_id});
  EXPECT_TRUE(one.status.Exited(0)) << one.Describe();

  const ExitStatus stopped = server_->Stop();
  ASSERT_TRUE(stopped.Exited(0)) << stopped.ToString() << "\n" << server_->Output();

  CommandResult verify = RunStip({"verify", "--data", data_dir().string()});
  EXPECT_TRUE(verify.status.Exited(0)) << verify.Describe();
  CommandResult rebuild = RunStip({"rebuild", "--data", data_dir().string()});
  EXPECT_TRUE(rebuild.status.Exited(0)) << rebuild.Describe();
  EXPECT_NE(rebuild.out.find("identical"), std::string::npos) << rebuild.Describe();
  CommandResult again = RunStip({"verify", "--data", data_dir().string()});
  EXPECT_TRUE(again.status.Exited(0)) << again.Describe();

  // The rebuilt projections serve the same file.
  StartServer("serve");
  ASSERT_TRUE(server_);
  auto client = NewClient();
  LogIn(*client, kLeadUser);
  const json::value after = Overview(*client, family_id, "?limit=200");
  EXPECT_EQ(json::serialize(Field(after, "entries")), json::serialize(Field(before, "entries")));
  EXPECT_EQ(json::serialize(Field(after, "members")), json::serialize(Field(before, "members")));
  EXPECT_EQ(Int(after, "head_seq"), Int(before, "head_seq"));
}

TEST_F(LedgerTest, TamperingWithTheDatabaseIsDetected) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  ASSERT_NO_FATAL_FAILURE(AddActivity(*lead, server_->port(), family_id));
  const ExitStatus stopped = server_->Stop();
  ASSERT_TRUE(stopped.Exited(0)) << stopped.ToString() << "\n" << server_->Output();

  CommandResult schema = RunSqlite(database(),
                                   ".schema events\nSELECT count(*) FROM events "
                                   "WHERE chain = '" +
                                       family_id + "';\n");
  ASSERT_TRUE(schema.status.Exited(0)) << schema.Describe();
  ASSERT_NE(schema.out.find("payload"), std::string::npos) << schema.Describe();

  struct Tampering {
    std::string what;
    std::string sql;       // ends with a SELECT that prints `rows`
    std::string rows;      // proof that the tampering changed something
    std::string expected;  // the problem kind stip verify must name
  };
  const std::string chain = "chain = '" + family_id + "'";
  const std::vector<Tampering> cases = {
      {"one event's payload changed",
       "UPDATE events SET payload = replace(payload, 'Lotte', 'Lotta') WHERE " + chain +
           " AND seq = (SELECT min(seq) FROM events WHERE " + chain +
           " AND type = 'entry.added' AND payload LIKE '%Lotte%');\nSELECT changes();\n",
       "1", "hash_mismatch"},
      {"the newest events of the family deleted",
       "DELETE FROM events WHERE " + chain + " AND seq > (SELECT max(seq) - 2 FROM events WHERE " +
           chain + ");\nSELECT changes();\n",
       "2", "truncated"},
      {"an event in the middle deleted",
       "DELETE FROM events WHERE " + chain + " AND seq = 3;\nSELECT changes();\n", "1", "seq_gap"},
      {"an access-log line changed",
       "UPDATE access_log SET purpose = 'niets gelezen' WHERE family_id = '" + family_id +
           "' AND seq = 1;\nSELECT changes();\n",
       "1", "hash_mismatch"},
      {"the whole family deleted",
       "DELETE FROM events WHERE " + chain + ";\nSELECT changes() > 0;\n", "1", "missing_chain"},
  };
  int n = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    const fs::path copy = tmp_.path() / ("copy-" + std::to_string(++n));
    fs::copy(data_dir(), copy, fs::copy_options::recursive);
    CommandResult tamper = RunSqlite(copy / "stip.db", c.sql);
    ASSERT_TRUE(tamper.status.Exited(0)) << tamper.Describe();
    ASSERT_EQ(FirstLine(tamper.out), c.rows) << "the tampering did not work: " << tamper.Describe();
    CommandResult verify = RunStip({"verify", "--data", copy.string()});
    EXPECT_TRUE(verify.status.Exited(kExitDamaged)) << verify.Describe();
    EXPECT_NE(verify.err.find(c.expected), std::string::npos)
        << "verify should name " << c.expected << ": " << verify.Describe();
    EXPECT_NE(verify.err.find(family_id), std::string::npos)
        << "verify should name the family: " << verify.Describe();
  }

  // The original was not touched by any of that.
  CommandResult original = RunStip({"verify", "--data", data_dir().string()});
  EXPECT_TRUE(original.status.Exited(0)) << original.Describe();
  CommandResult family = RunStip({"verify", "--data", data_dir().string(), "--family", family_id});
  EXPECT_TRUE(family.status.Exited(0)) << family.Describe();
}

TEST_F(LedgerTest, OperatorSetsUpAccountsWithTheCli) {
  const std::string data = data_dir().string();
  const auto run = [&](std::vector<std::string> args, const std::string& input = "") {
    args.push_back("--data");
    args.push_back(data);
    return RunStip(args, input);
  };
  CommandResult org = run({"org", "add", "--name", "Gemeente Beekveld"});
  ASSERT_TRUE(org.status.Exited(0)) << org.Describe();
  const std::string org_id = FirstLine(org.out);
  ASSERT_FALSE(org_id.empty());
  CommandResult team = run({"team", "add", "--org", org_id, "--name", "Wijkteam Beekveld", "--kind",
                            "local", "--phone", "0599 000 111"});
  ASSERT_TRUE(team.status.Exited(0)) << team.Describe();
  const std::string team_id = FirstLine(team.out);
  ASSERT_FALSE(team_id.empty());

  CommandResult user = run(
      {"user", "add", "--username", "jvdberg", "--name", "Joris van den Berg", "--team", team_id},
      "een-lang-fictief-wachtwoord\n");
  ASSERT_TRUE(user.status.Exited(0)) << user.Describe();
  const std::string user_id = FirstLine(user.out);
  ASSERT_FALSE(user_id.empty());

  CommandResult no_password = run(
      {"user", "add", "--username", "zonder", "--name", "Zonder Wachtwoord", "--team", team_id});
  EXPECT_FALSE(no_password.status.Exited(0)) << "a password is required on standard input";
  CommandResult duplicate =
      run({"user", "add", "--username", "jvdberg", "--name", "Nog Een", "--team", team_id},
          "nog-een-fictief-wachtwoord\n");
  EXPECT_FALSE(duplicate.status.Exited(0)) << "usernames are unique: " << duplicate.Describe();
  CommandResult bad_team = run({"team", "add", "--org", org_id, "--name", "X", "--kind", "police"});
  EXPECT_FALSE(bad_team.status.Exited(0)) << bad_team.Describe();

  CommandResult list = run({"user", "list"});
  ASSERT_TRUE(list.status.Exited(0)) << list.Describe();
  EXPECT_NE(list.out.find("jvdberg"), std::string::npos) << list.Describe();
  EXPECT_NE(list.out.find("Joris van den Berg"), std::string::npos);
  EXPECT_NE(list.out.find("Wijkteam Beekveld"), std::string::npos);
  EXPECT_EQ(list.out.find("zonder"), std::string::npos) << "the refused account was not made";

  // The new professional can log in and open a family file of their own.
  StartServer("serve");
  ASSERT_TRUE(server_);
  auto client = NewClient();
  const json::value session = LogIn(*client, "jvdberg", "een-lang-fictief-wachtwoord");
  EXPECT_EQ(Str(Field(session, "user"), "id"), user_id);
  HttpResponse none = client->Get("/api/v1/families");
  ASSERT_EQ(none.status, 200u) << none.Describe();
  EXPECT_TRUE(Arr(ParseJson(none), "families").empty());
  json::value family = json::parse(R"({
    "name": "Gezin de Boer",
    "members": [{"ref": "k", "name": "Sem de Boer", "role": "child", "birth_date": "2015-09-01"}]
  })");
  family.as_object()["lead_user_id"] = user_id;
  HttpResponse created = client->PostJson("/api/v1/families", family);
  EXPECT_EQ(created.status, 201u) << created.Describe();

  const ExitStatus stopped = server_->Stop();
  EXPECT_TRUE(stopped.Exited(0)) << stopped.ToString();
  CommandResult verify = RunStip({"verify", "--data", data});
  EXPECT_TRUE(verify.status.Exited(0)) << verify.Describe();
}

// A mistyped --data must not read as "OK, 0 chains": verify and rebuild say there is no
// database there (exit 4) and create nothing.
TEST_F(LedgerTest, VerifyAndRebuildRefuseADirectoryWithoutADatabase) {
  const fs::path missing = data_dir() / "no-such-installation";
  for (const char* command : {"verify", "rebuild"}) {
    CommandResult r = RunStip({command, "--data", missing.string()});
    EXPECT_TRUE(r.status.Exited(4)) << command << ": " << r.Describe();
    EXPECT_NE(r.err.find("no Stip database"), std::string::npos) << r.Describe();
    EXPECT_NE(r.err.find("--data"), std::string::npos) << "say how to fix it: " << r.Describe();
    EXPECT_TRUE(r.out.find("OK") == std::string::npos) << r.Describe();
  }
  EXPECT_FALSE(fs::exists(missing)) << "nothing may be created";
}

TEST_F(LedgerTest, DemoRefusesADataDirectoryInUse) {
  StartServer("demo");
  ASSERT_TRUE(server_);
  const ExitStatus stopped = server_->Stop();
  ASSERT_TRUE(stopped.Exited(0)) << stopped.ToString() << "\n" << server_->Output();

  CommandResult again = RunStip({"demo", "--port", "0", "--data", data_dir().string()}, "", 20s);
  EXPECT_NE(again.status.signal, SIGKILL) << "stip demo served a non-empty directory";
  EXPECT_FALSE(again.status.Exited(0)) << again.Describe();
  EXPECT_FALSE(again.err.empty()) << "say why: " << again.Describe();

  StartServer("serve");
  ASSERT_TRUE(server_);
  auto client = NewClient();
  LogIn(*client, kLeadUser);
  HttpResponse list = client->Get("/api/v1/families");
  EXPECT_EQ(Arr(ParseJson(list), "families").size(), 1u) << "one demo family, not two";
}

}  // namespace
}  // namespace stip::e2e
