// End-to-end: the JSON API as a professional uses it — health and metrics, the demo family,
// adding entries, opening a new family file, and the access log that records every read.
#include <algorithm>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

// The sum of every sample of one Prometheus counter family in a text exposition.
double SumOf(const std::string& exposition, const std::string& metric) {
  double sum = 0;
  std::stringstream lines(exposition);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.starts_with(metric + "{") && !line.starts_with(metric + " ")) continue;
    sum += std::stod(line.substr(line.rfind(' ') + 1));
  }
  return sum;
}

using ApiTest = E2eTest;

TEST_F(ApiTest, HealthzAndMetricsCountRequests) {
  StartServer("serve");
  ASSERT_TRUE(server_);
  auto client = NewClient();

  HttpResponse health = client->Get("/healthz");
  ASSERT_EQ(health.status, 200u) << health.Describe();
  std::string body = health.body;
  while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.pop_back();
  EXPECT_EQ(body, "ok");

  HttpResponse first = client->Get("/metrics");
  ASSERT_EQ(first.status, 200u) << first.Describe();
  EXPECT_TRUE(first.Header("content-type").starts_with("text/plain"))
      << "Prometheus text format, got " << first.Header("content-type");
  EXPECT_NE(first.body.find("# TYPE stip_http_requests_total counter"), std::string::npos)
      << first.body;

  for (int i = 0; i < 3; ++i) ASSERT_EQ(client->Get("/healthz").status, 200u);
  ASSERT_EQ(client->Get("/api/v1/no-such-thing").status, 404u);

  HttpResponse second = client->Get("/metrics");
  ASSERT_EQ(second.status, 200u) << second.Describe();
  // Three health checks, one 404 and the first /metrics itself.
  EXPECT_EQ(SumOf(second.body, "stip_http_requests_total") -
                SumOf(first.body, "stip_http_requests_total"),
            5.0)
      << "before:\n"
      << first.body << "\nafter:\n"
      << second.body;
  EXPECT_NE(second.body.find("status=\"404\""), std::string::npos) << second.body;
}

TEST_F(ApiTest, LeadSeesTheDemoFamilyAndAddsAnEntry) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));

  const json::value before = Overview(*lead, family_id);
  ASSERT_FALSE(before.is_null());
  EXPECT_EQ(Str(before, "id"), family_id);
  EXPECT_EQ(Str(before, "name"), kDemoFamilyName);
  EXPECT_EQ(Str(before, "my_role"), "lead");
  EXPECT_EQ(Arr(before, "members").size(), static_cast<std::size_t>(kDemoMembers));
  const json::value& lead_face = Field(before, "lead");
  EXPECT_EQ(Str(lead_face, "display_name"), kLeadName);
  EXPECT_EQ(Str(Field(lead_face, "team"), "name"), kLeadTeam);
  EXPECT_FALSE(Str(Field(lead_face, "team"), "phone").empty())
      << "the family must be able to reach the fixed face's team";
  EXPECT_EQ(Str(Field(before, "duo"), "display_name"), kDuoName);

  const json::array& entries = Arr(before, "entries");
  ASSERT_EQ(entries.size(), static_cast<std::size_t>(kDemoEntries));
  for (std::size_t i = 1; i < entries.size(); ++i) {
    EXPECT_GT(Int(entries[i - 1], "seq"), Int(entries[i], "seq")) << "entries newest first";
    EXPECT_GE(Str(entries[i - 1], "created_at"), Str(entries[i], "created_at"));
  }
  const std::int64_t head_before = Int(before, "head_seq");

  const std::string text = "Gesprek op school met de mentor van Lotte; het gaat iets beter.";
  HttpResponse posted = lead->PostJson("/api/v1/families/" + family_id + "/entries",
                                       EntryBody(text, "conversation_report", "school"));
  ASSERT_EQ(posted.status, 201u) << posted.Describe();
  const std::string entry_id = Str(ParseJson(posted), "id");
  ASSERT_FALSE(entry_id.empty());

  const json::value after = Overview(*lead, family_id);
  const json::array& now = Arr(after, "entries");
  ASSERT_EQ(now.size(), static_cast<std::size_t>(kDemoEntries + 1));
  EXPECT_EQ(Str(now[0], "id"), entry_id) << "the new entry comes first";
  EXPECT_EQ(Str(now[0], "text"), text);
  EXPECT_EQ(Str(now[0], "kind"), "conversation_report");
  EXPECT_EQ(Str(now[0], "author_name"), kLeadName);
  EXPECT_EQ(Int(after, "head_seq"), head_before + 1) << "one entry, one ledger event";

  HttpResponse list = lead->Get("/api/v1/families");
  ASSERT_EQ(list.status, 200u) << list.Describe();
  const json::array& families = Arr(ParseJson(list), "families");
  ASSERT_EQ(families.size(), 1u) << list.Describe();
  EXPECT_EQ(Int(families[0], "entry_count"), kDemoEntries + 1);
  EXPECT_EQ(Str(families[0], "my_role"), "lead");
}

TEST_F(ApiTest, AccessLogRecordsEveryReadWithNameRoleAndPurpose) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));

  ASSERT_FALSE(Overview(*lead, family_id).is_null());
  const std::string purpose = "overdracht";
  ASSERT_FALSE(Overview(*lead, family_id, "?purpose=" + UrlEncode(purpose)).is_null());

  const std::string log_path = "/api/v1/families/" + family_id + "/access-log";
  HttpResponse log = lead->Get(log_path);
  ASSERT_EQ(log.status, 200u) << log.Describe();
  const json::value body = ParseJson(log);
  EXPECT_EQ(Str(body, "family_id"), family_id);
  const json::array& lines = Arr(body, "lines");
  ASSERT_GE(lines.size(), 2u) << log.Describe();
  // Newest first: the read with the custom purpose, then the one with the default purpose.
  for (std::size_t i = 0; i < 2; ++i) {
    SCOPED_TRACE("line " + std::to_string(i));
    EXPECT_EQ(Str(lines[i], "user_name"), kLeadName);
    EXPECT_EQ(Str(lines[i], "team_name"), kLeadTeam);
    EXPECT_EQ(Str(lines[i], "role"), "lead");
    EXPECT_EQ(Str(lines[i], "what"), "family_overview");
    EXPECT_FALSE(Str(lines[i], "time").empty());
    EXPECT_EQ(Field(lines[i], "emergency"), json::value(false));
  }
  EXPECT_EQ(Str(lines[0], "purpose"), purpose);
  EXPECT_EQ(Str(lines[1], "purpose"), "hulpverlening");
  EXPECT_GT(Int(lines[0], "seq"), Int(lines[1], "seq"));

  // Reading the access log is itself a read of the file.
  HttpResponse again = lead->Get(log_path);
  ASSERT_EQ(again.status, 200u) << again.Describe();
  const json::array& newer = Arr(ParseJson(again), "lines");
  ASSERT_EQ(newer.size(), lines.size() + 1) << again.Describe();
  EXPECT_EQ(Str(newer[0], "what"), "access_log");
  EXPECT_EQ(Str(newer[0], "user_name"), kLeadName);

  // The duo's reads are on the record too, in their own role.
  HttpClient duo(server_->port());
  LogIn(duo, kDuoUser);
  ASSERT_FALSE(Overview(duo, family_id).is_null());
  HttpResponse third = lead->Get(log_path + "?limit=1");
  ASSERT_EQ(third.status, 200u) << third.Describe();
  const json::array& newest = Arr(ParseJson(third), "lines");
  ASSERT_EQ(newest.size(), 1u) << third.Describe();
  EXPECT_EQ(Str(newest[0], "user_name"), kDuoName);
  EXPECT_EQ(Str(newest[0], "role"), "duo");
}

TEST_F(ApiTest, LeadOpensANewFamilyFileAndReadsIt) {
  std::unique_ptr<HttpClient> lead;
  std::string demo_family;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, demo_family));

  HttpResponse me = lead->Get("/api/v1/me");
  ASSERT_EQ(me.status, 200u) << me.Describe();
  HttpResponse pros = lead->Get("/api/v1/professionals");
  ASSERT_EQ(pros.status, 200u) << pros.Describe();
  std::string lead_id;
  std::string duo_id;
  for (const auto& p : Arr(ParseJson(pros), "professionals")) {
    if (Str(p, "display_name") == kLeadName) lead_id = Str(p, "id");
    if (Str(p, "display_name") == kDuoName) duo_id = Str(p, "id");
  }
  ASSERT_FALSE(lead_id.empty()) << pros.Describe();
  ASSERT_FALSE(duo_id.empty()) << pros.Describe();
  EXPECT_NE(me.body.find(lead_id), std::string::npos) << "GET /api/v1/me: " << me.Describe();

  const json::value request = json::parse(R"({
    "name": "Gezin Jansen",
    "members": [
      {"ref": "m1", "name": "Eva Jansen", "role": "parent", "birth_date": "1988-04-02"},
      {"ref": "c1", "name": "Noor Jansen", "role": "child", "birth_date": "2019-06-11"}
    ],
    "custody": [{"parent_ref": "m1", "child_ref": "c1", "has_custody": true}]
  })");
  json::value body = request;
  body.as_object()["lead_user_id"] = lead_id;
  body.as_object()["duo_user_id"] = duo_id;
  HttpResponse created = lead->PostJson("/api/v1/families", body);
  ASSERT_EQ(created.status, 201u) << created.Describe();
  const std::string id = Str(ParseJson(created), "id");
  ASSERT_FALSE(id.empty());
  EXPECT_NE(id, demo_family);
  const std::string location = created.Header("location");
  EXPECT_TRUE(location.ends_with("/api/v1/families/" + id)) << "Location: " << location;

  const json::value overview = Overview(*lead, id);
  ASSERT_FALSE(overview.is_null());
  EXPECT_EQ(Str(overview, "name"), "Gezin Jansen");
  EXPECT_EQ(Str(overview, "my_role"), "lead");
  const json::array& members = Arr(overview, "members");
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(Str(members[0], "name"), "Eva Jansen");
  EXPECT_EQ(Str(members[0], "role"), "parent");
  EXPECT_EQ(Str(members[0], "birth_date"), "1988-04-02");
  EXPECT_EQ(Str(members[1], "name"), "Noor Jansen");
  EXPECT_EQ(Str(members[1], "role"), "child");
  const json::array& custody = Arr(overview, "custody");
  ASSERT_EQ(custody.size(), 1u);
  EXPECT_EQ(Str(custody[0], "parent_id"), Str(members[0], "id"));
  EXPECT_EQ(Str(custody[0], "child_id"), Str(members[1], "id"));
  EXPECT_EQ(Field(custody[0], "has_custody"), json::value(true));
  EXPECT_EQ(Str(Field(overview, "lead"), "display_name"), kLeadName);
  EXPECT_EQ(Str(Field(overview, "duo"), "display_name"), kDuoName);
  EXPECT_TRUE(Arr(overview, "entries").empty());
  EXPECT_EQ(Int(overview, "next_before"), 0);

  HttpResponse list = lead->Get("/api/v1/families");
  ASSERT_EQ(list.status, 200u);
  EXPECT_EQ(Arr(ParseJson(list), "families").size(), 2u) << list.Describe();

  // The duo partner sees the new file in the duo role; the uninvolved colleague does not.
  HttpClient duo(server_->port());
  LogIn(duo, kDuoUser);
  EXPECT_EQ(Str(Overview(duo, id), "my_role"), "duo");
  HttpClient colleague(server_->port());
  LogIn(colleague, kColleagueUser);
  EXPECT_EQ(colleague.Get("/api/v1/families/" + id).status, 404u);
}

}  // namespace
}  // namespace stip::e2e
