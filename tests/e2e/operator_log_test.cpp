// End-to-end (issue 14 item 4): operator commands on the record. Each of `stip backup`,
// `verify`, `rebuild`, `migrate` and `retention run` writes exactly one line on the operators'
// access log ("access:system": who, which command, what it touched, when); `verify --family`
// also one on that family's own log, which the family page names "Beheer van Stip (systeem)".
// `stip verify` passes after each command and finds a changed system line; administrators read
// the lines on /beheer/operaties and GET /api/v1/operator-log, nobody else.
#include <pwd.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using OperatorLogTest = FamilyE2eTest;

std::string OsUser() {
  const passwd* pw = getpwuid(geteuid());
  return std::string("os:") + (pw != nullptr ? pw->pw_name : "?");
}

// The lines of one access log as "seq|user|role|what|purpose", oldest first.
std::vector<std::string> Lines(const std::filesystem::path& db, const std::string& log) {
  CommandResult r = RunSqlite(db,
                              "SELECT seq, user_id, role, what, purpose FROM access_log "
                              "WHERE family_id = '" +
                                  log + "' ORDER BY seq;\n");
  EXPECT_TRUE(r.status.Exited(0)) << r.Describe();
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < r.out.size()) {
    const std::size_t end = r.out.find('\n', at);
    lines.push_back(r.out.substr(at, end - at));
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return lines;
}

TEST_F(OperatorLogTest, EveryOperatorCommandWritesOneLineThatVerifyChecks) {
  const std::string data = data_dir().string();
  const std::string db = database().string();
  const std::string who = OsUser();
  ASSERT_TRUE(server_->Stop().Exited(0));
  ASSERT_TRUE(Lines(db, "system").empty());

  const auto verify_ok = [&](const std::string& after) {
    CommandResult v = RunStip({"verify", "--data", data});
    EXPECT_TRUE(v.status.Exited(0)) << "after " << after << ": " << v.Describe();
  };
  // One command, exactly one new line on "access:system", with these fields.
  const auto expect_one_line = [&](const std::vector<std::string>& args, const std::string& command,
                                   const std::string& target) {
    const std::size_t before = Lines(db, "system").size();
    CommandResult r = RunStip(args);
    ASSERT_TRUE(r.status.Exited(0)) << r.Describe();
    const auto lines = Lines(db, "system");
    ASSERT_EQ(lines.size(), before + 1) << command;
    EXPECT_EQ(lines.back(),
              std::to_string(before + 1) + "|" + who + "|operator|" + command + "|" + target);
  };

  const std::string backup = (data_dir().parent_path() / "backup.db").string();
  expect_one_line({"backup", "--data", data, "--to", backup}, "backup",
                  "all families; file " + backup);
  // The backup holds its own line (it was written before the copy).
  EXPECT_EQ(Lines(backup, "system").size(), 1u);
  verify_ok("backup");  // verify's own line: 2

  expect_one_line({"verify", "--data", data}, "verify", "all families");
  // verify --family also writes on that family's own log, in the same transaction.
  const std::size_t family_before = Lines(db, family_id_).size();
  expect_one_line({"verify", "--data", data, "--family", family_id_}, "verify",
                  "family " + family_id_);
  const auto family_lines = Lines(db, family_id_);
  ASSERT_EQ(family_lines.size(), family_before + 1);
  EXPECT_EQ(family_lines.back(),
            std::to_string(family_before + 1) + "|system|operator|verify|beheer");
  // --read-only writes nothing and says so.
  const std::size_t before_read_only = Lines(db, "system").size();
  CommandResult read_only = RunStip({"verify", "--data", data, "--read-only"});
  EXPECT_TRUE(read_only.status.Exited(0)) << read_only.Describe();
  EXPECT_NE(read_only.out.find("stip verify: OK"), std::string::npos) << read_only.Describe();
  EXPECT_NE(read_only.err.find("no line was written"), std::string::npos) << read_only.Describe();
  EXPECT_EQ(Lines(db, "system").size(), before_read_only);
  // The operators' log is not a family: --family system is refused and writes nothing.
  CommandResult not_a_family = RunStip({"verify", "--data", data, "--family", "system"});
  EXPECT_TRUE(not_a_family.status.Exited(2)) << not_a_family.Describe();
  EXPECT_NE(not_a_family.err.find("the operators' log, not a family file"), std::string::npos)
      << not_a_family.Describe();
  EXPECT_EQ(Lines(db, "system").size(), before_read_only);

  expect_one_line({"rebuild", "--data", data}, "rebuild", "all families");
  verify_ok("rebuild");

  const std::string target = (data_dir().parent_path() / "moved.db").string();
  expect_one_line({"migrate", "--from", "sqlite:" + db, "--to", "sqlite:" + target}, "migrate",
                  "all families; to sqlite:" + target);
  EXPECT_EQ(Lines(target, "system"), Lines(db, "system")) << "the target holds the line too";
  verify_ok("migrate");
  CommandResult moved = RunStip({"verify", "--database", "sqlite:" + target});
  EXPECT_TRUE(moved.status.Exited(0)) << moved.Describe();

  expect_one_line({"retention", "run", "--data", data, "--dry-run"}, "retention_run",
                  "all families; dry run");
  expect_one_line({"retention", "run", "--data", data, "--actor", "usr_functionaris"},
                  "retention_run", "all families; decided by usr_functionaris");
  verify_ok("retention run");

  // A destruction that is refused before it starts writes no line.
  const std::size_t before_refused = Lines(db, "system").size();
  CommandResult refused = RunStip({"retention", "destroy", "--data", data, "--family", family_id_,
                                   "--ground", "request_granted", "--request-id", "vnr_nope"});
  EXPECT_TRUE(refused.status.Exited(4)) << refused.Describe();
  EXPECT_EQ(Lines(db, "system").size(), before_refused);

  // A line that cannot be written (another process holds the database's write lock longer than
  // Stip waits): the command does nothing and says why, exit 11.
  CommandResult locked = RunProgram(
      "sh", {"-c", "(echo 'BEGIN EXCLUSIVE;'; sleep 9) | sqlite3 '" + db + "' >/dev/null 2>&1 &"});
  ASSERT_TRUE(locked.status.Exited(0)) << locked.Describe();
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const std::string blocked = (data_dir().parent_path() / "blocked.db").string();
  CommandResult not_on_record = RunStip({"backup", "--data", data, "--to", blocked});
  EXPECT_TRUE(not_on_record.status.Exited(11)) << not_on_record.Describe();
  EXPECT_NE(not_on_record.err.find("cannot write the line on the operators' access log"),
            std::string::npos)
      << not_on_record.Describe();
  EXPECT_FALSE(std::filesystem::exists(blocked)) << "no backup without its line";
  std::this_thread::sleep_for(std::chrono::seconds(4));  // the lock is released

  // A system line changed afterwards is found.
  CommandResult tamper = RunSqlite(
      db, "UPDATE access_log SET purpose = 'nothing' WHERE family_id = 'system' AND seq = 1;\n");
  ASSERT_TRUE(tamper.status.Exited(0)) << tamper.Describe();
  CommandResult damaged = RunStip({"verify", "--data", data});
  EXPECT_TRUE(damaged.status.Exited(3)) << damaged.Describe();
  EXPECT_NE(damaged.err.find("access:system, event 1: hash_mismatch"), std::string::npos)
      << damaged.Describe();
}

TEST_F(OperatorLogTest, AdministratorsReadTheLinesAndTheFamilySeesItsOwn) {
  const std::string data = data_dir().string();
  ASSERT_TRUE(server_->Stop().Exited(0));
  for (int i = 0; i < 3; ++i) {
    CommandResult v = RunStip({"verify", "--data", data});
    ASSERT_TRUE(v.status.Exited(0)) << v.Describe();
  }
  CommandResult one = RunStip({"verify", "--data", data, "--family", family_id_});
  ASSERT_TRUE(one.status.Exited(0)) << one.Describe();
  StartServer("serve");
  ASSERT_TRUE(server_);

  auto admin = NewClient();
  LogIn(*admin, kAdminUser);
  HttpResponse all = admin->Get("/api/v1/operator-log");
  ASSERT_EQ(all.status, 200u) << all.Describe();
  const auto lines = Arr(ParseJson(all), "lines");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(Int(lines[0], "seq"), 4) << "newest first";
  EXPECT_EQ(Str(lines[0], "command"), "verify");
  EXPECT_EQ(Str(lines[0], "target"), "family " + family_id_);
  EXPECT_EQ(Str(lines[0], "user"), OsUser());
  EXPECT_EQ(Int(ParseJson(all), "next_before"), 0);
  // Paged: no line is left out silently.
  HttpResponse first = admin->Get("/api/v1/operator-log?limit=3");
  ASSERT_EQ(first.status, 200u) << first.Describe();
  EXPECT_EQ(Arr(ParseJson(first), "lines").size(), 3u);
  const std::int64_t next = Int(ParseJson(first), "next_before");
  EXPECT_EQ(next, 2);
  HttpResponse older = admin->Get("/api/v1/operator-log?limit=3&before=" + std::to_string(next));
  ASSERT_EQ(older.status, 200u) << older.Describe();
  EXPECT_EQ(Arr(ParseJson(older), "lines").size(), 1u);
  EXPECT_EQ(admin->Get("/api/v1/operator-log?limit=0").status, 400u);
  HttpResponse page = admin->Get("/beheer/operaties");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Gegevens gecontroleerd (stip verify)"), std::string::npos);
  EXPECT_NE(page.body.find("family " + family_id_), std::string::npos);

  // Nobody else: not the lead, not a family member.
  auto lead = NewClient();
  LogIn(*lead, kLeadUser);
  EXPECT_EQ(lead->Get("/api/v1/operator-log").status, 403u);
  EXPECT_EQ(lead->Get("/beheer/operaties").status, 403u);
  auto marloes = LogInFamily(kMarloes);
  EXPECT_NE(marloes->Get("/api/v1/operator-log").status, 200u);
  EXPECT_NE(marloes->Get("/beheer/operaties").status, 200u);

  // The family's "who read our file" names Stip's administration, in plain words.
  HttpResponse inzage = marloes->Get("/ons-gezin/inzage");
  ASSERT_EQ(inzage.status, 200u) << inzage.Describe();
  EXPECT_NE(inzage.body.find("controleerde Beheer van Stip (systeem) met de computer"),
            std::string::npos)
      << inzage.body;
  HttpResponse lead_view = lead->Get("/gezinnen/" + family_id_ + "/inzage");
  ASSERT_EQ(lead_view.status, 200u) << lead_view.Describe();
  EXPECT_NE(lead_view.body.find("Beheer van Stip (systeem)"), std::string::npos);
}

}  // namespace
}  // namespace stip::e2e
