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

// The messages to `to`, newest first.
std::vector<std::string> Mails(const std::filesystem::path& outbox, std::string_view to) {
  std::vector<std::filesystem::path> files;
  for (const auto& f : std::filesystem::directory_iterator(outbox)) files.push_back(f.path());
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

}  // namespace

void FamilyE2eTest::SetUp() { ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead_, family_id_)); }

std::string FamilyE2eTest::CodeFor(std::string_view to) {
  for (const auto& mail : Mails(data_dir() / "outbox", to)) {
    std::smatch m;
    if (std::regex_search(mail, m, std::regex("\n    ([0-9]{8})\r?\n"))) return m[1];
  }
  ADD_FAILURE() << "no code for " << to << " in the outbox";
  return "";
}

int FamilyE2eTest::MailsTo(std::string_view to) {
  return static_cast<int>(Mails(data_dir() / "outbox", to).size());
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
