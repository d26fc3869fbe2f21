// End-to-end: `stip migrate` moves a demo installation from SQLite to PostgreSQL. The copy
// verifies, its projections equal a re-fold, a second run copies nothing, the migrated
// installation serves the demo family to the same accounts, and a target with another history
// is refused.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "cluster.h"
#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

constexpr int kExitFailedPrecondition = 5;

using MigrateTest = E2eTest;

TEST_F(MigrateTest, CopiesADemoInstallationFromSqliteToPostgres) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  HttpResponse added = lead->PostJson("/api/v1/families/" + family_id + "/entries",
                                      EntryBody("Vlak voor de verhuizing naar PostgreSQL."));
  ASSERT_EQ(added.status, 201u) << added.Describe();
  ASSERT_EQ(lead->Get("/api/v1/families/" + family_id + "/access-log").status, 200u);
  const std::vector<std::string> entries = AllEntryIds(*lead, family_id);
  lead.reset();
  const ExitStatus stopped = server_->Stop();
  ASSERT_TRUE(stopped.Exited(0)) << stopped.ToString();

  auto pg = PostgresDatabase::Create("migrate");
  ASSERT_TRUE(pg);
  const std::string from = "sqlite:" + database().string();
  CommandResult first = RunStip({"migrate", "--from", from, "--to", pg->url()}, "", 120s);
  ASSERT_TRUE(first.status.Exited(0)) << first.Describe();
  EXPECT_NE(first.out.find("OK"), std::string::npos) << first.Describe();
  // Not a terminal: progress comes as plain lines, no carriage returns.
  EXPECT_NE(first.err.find("chains: "), std::string::npos) << first.Describe();
  EXPECT_EQ(first.err.find('\r'), std::string::npos) << first.Describe();

  CommandResult again = RunStip({"migrate", "--from", from, "--to", pg->url()}, "", 120s);
  ASSERT_TRUE(again.status.Exited(0)) << again.Describe();
  EXPECT_NE(again.out.find("events: 0 copied"), std::string::npos)
      << "a second run must copy nothing: " << again.Describe();

  CommandResult verify = RunStip({"verify", "--database", pg->url()}, "", 60s);
  EXPECT_TRUE(verify.status.Exited(0)) << verify.Describe();
  CommandResult sqlite_verify = RunStip({"verify", "--data", data_dir().string()}, "", 60s);
  // The same newest global link on both sides: the history was copied, not re-sealed.
  const auto global_line = [](const std::string& out) {
    const auto at = out.find("Newest global link:");
    return at == std::string::npos ? std::string("?") : out.substr(at, out.find('\n', at) - at);
  };
  EXPECT_EQ(global_line(verify.out), global_line(sqlite_verify.out));
  CommandResult rebuild = RunStip({"rebuild", "--database", pg->url()}, "", 60s);
  EXPECT_TRUE(rebuild.status.Exited(0))
      << "the folded projections should equal a re-fold: " << rebuild.Describe();

  auto served = StipServer::StartWithArgs(
      "serve", {"serve", "--port", "0", "--database", pg->url()}, tmp_.path());
  ASSERT_TRUE(served);
  HttpClient client(served->port());
  LogIn(client, kLeadUser);  // the password hash came along
  EXPECT_EQ(FamilyIdByName(client, kDemoFamilyName), family_id);
  EXPECT_EQ(AllEntryIds(client, family_id), entries);
  HttpResponse more = client.PostJson("/api/v1/families/" + family_id + "/entries",
                                      EntryBody("Eerste aantekening na de verhuizing."));
  EXPECT_EQ(more.status, 201u) << more.Describe();
  const ExitStatus served_stop = served->Stop();
  EXPECT_TRUE(served_stop.Exited(0)) << served_stop.ToString() << served->Output();

  // Another installation's history (another demo, other ids) is refused, nothing overwritten.
  const auto other_dir = tmp_.path() / "other";
  std::filesystem::create_directories(other_dir);
  auto other = StipServer::Start("demo", other_dir, tmp_.path());
  ASSERT_TRUE(other);
  ASSERT_TRUE(other->Stop().Exited(0));
  CommandResult refused = RunStip(
      {"migrate", "--from", "sqlite:" + (other_dir / "stip.db").string(), "--to", pg->url()}, "",
      120s);
  EXPECT_TRUE(refused.status.Exited(kExitFailedPrecondition)) << refused.Describe();
  EXPECT_NE(refused.err.find("different history"), std::string::npos) << refused.Describe();
  CommandResult still = RunStip({"verify", "--database", pg->url()}, "", 60s);
  EXPECT_TRUE(still.status.Exited(0)) << still.Describe();

  CommandResult missing = RunStip(
      {"migrate", "--from", "sqlite:" + (tmp_.path() / "nope.db").string(), "--to", pg->url()});
  EXPECT_FALSE(missing.status.Exited(0)) << missing.Describe();
  EXPECT_FALSE(std::filesystem::exists(tmp_.path() / "nope.db"));
}

}  // namespace
}  // namespace stip::e2e
