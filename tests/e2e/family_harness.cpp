#include "family_harness.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

#include <boost/json.hpp>

namespace stip::e2e {
namespace {

namespace json = boost::json;

}  // namespace

void FamilyE2eTest::SetUp() { ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead_, family_id_)); }

std::string FamilyE2eTest::CodeFor(std::string_view to) {
  return OutboxCode(data_dir() / "outbox", to);
}

int FamilyE2eTest::MailsTo(std::string_view to) {
  return static_cast<int>(OutboxMails(data_dir() / "outbox", to).size());
}

std::unique_ptr<HttpClient> FamilyE2eTest::LogInFamily(std::string_view contact) {
  auto client = NewClient();
  HttpResponse r = client->PostJson("/api/v1/family-session",
                                    json::object{{"contact", contact}, {"code", CodeFor(contact)}});
  EXPECT_EQ(r.status, 200u) << r.Describe();
  client->SetDefaultHeader("X-CSRF-Token", Str(ParseJson(r), "csrf"));
  return client;
}

json::value FamilyE2eTest::Home(HttpClient& client) {
  HttpResponse r = client.Get("/api/v1/families/" + family_id_ + "/home");
  EXPECT_EQ(r.status, 200u) << r.Describe();
  return ParseJson(r);
}

}  // namespace stip::e2e
