// End-to-end (issue 14 item 3): the legal hold over the API, and `stip retention destroy` on
// the demo: refused while the term runs and for a request that names no member of the family
// (with the server running: a refusal writes nothing), and while a hold stands; done on a granted
// request, after which the file is gone and `stip verify` still passes and names the destroyed
// events.
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using RetentionTest = FamilyE2eTest;

TEST_F(RetentionTest, TheLeadHoldsAFileAndADestroyedFileStillVerifies) {
  const std::string base = "/api/v1/families/" + family_id_;
  HttpResponse read = lead_->Get(base + "/retention");
  ASSERT_EQ(read.status, 200u) << read.Describe();
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(marloes->Get(base + "/retention").status, 404u) << "not a family member's page";

  std::string member_id;
  for (const auto& m : Arr(Overview(*lead_, family_id_), "members")) {
    if (Str(m, "name").starts_with("Marloes")) member_id = Str(m, "id");
  }
  ASSERT_FALSE(member_id.empty());
  const std::int64_t head = Int(Overview(*lead_, family_id_), "head_seq");
  const std::string data = data_dir().string();
  const auto destroy = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = {"retention", "destroy",  "--data",  data,
                                     "--family",  family_id_, "--actor", "usr_functionaris"};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunStip(args);
  };

  // The term runs for years: not on that ground.
  CommandResult early = destroy({"--ground", "retention_ended"});
  EXPECT_TRUE(early.status.Exited(5)) << early.Describe();
  EXPECT_NE(early.err.find("has not ended"), std::string::npos) << early.Describe();
  // A granted request names a member of this family and the request.
  CommandResult stranger = destroy(
      {"--ground", "request_granted", "--requested-by", "mem_niemand", "--request-id", "vnr_1"});
  EXPECT_TRUE(stranger.status.Exited(2)) << stranger.Describe();
  // A hold needs a reason; with one it stands.
  HttpResponse no_reason = lead_->PostJson(base + "/legal-hold", json::object{{"reason", " "}});
  EXPECT_EQ(no_reason.status, 400u) << no_reason.Describe();
  HttpResponse held = lead_->PostJson(
      base + "/legal-hold", json::object{{"reason", "Procedure bij de rechtbank loopt nog."}});
  ASSERT_EQ(held.status, 200u) << held.Describe();

  const ExitStatus stopped = server_->Stop();
  ASSERT_TRUE(stopped.Exited(0)) << stopped.ToString();
  // The hold stops it.
  CommandResult on_hold = destroy(
      {"--ground", "request_granted", "--requested-by", member_id, "--request-id", "vnr_1"});
  EXPECT_TRUE(on_hold.status.Exited(5)) << on_hold.Describe();
  EXPECT_NE(on_hold.err.find("legal hold"), std::string::npos) << on_hold.Describe();

  // Lifted, a granted request destroys the file; the ledger still verifies and says so.
  StartServer("serve");
  ASSERT_TRUE(server_);
  auto lead = NewClient();
  LogIn(*lead, kLeadUser);
  ASSERT_EQ(lead->PostJson(base + "/legal-hold/lift",
                           json::object{{"reason", "De procedure is afgerond."}})
                .status,
            200u);
  ASSERT_TRUE(server_->Stop().Exited(0));
  CommandResult done = destroy(
      {"--ground", "request_granted", "--requested-by", member_id, "--request-id", "vnr_1"});
  ASSERT_TRUE(done.status.Exited(0)) << done.Describe();
  CommandResult verify = RunStip({"verify", "--data", data});
  EXPECT_TRUE(verify.status.Exited(0)) << verify.Describe();
  EXPECT_NE(verify.out.find("Destroyed: " + family_id_), std::string::npos) << verify.Describe();
  EXPECT_NE(verify.out.find("request_granted"), std::string::npos) << verify.Describe();
  CommandResult again = destroy(
      {"--ground", "request_granted", "--requested-by", member_id, "--request-id", "vnr_1"});
  EXPECT_FALSE(again.status.Exited(0)) << "a destroyed file is not destroyed twice";

  StartServer("serve");
  ASSERT_TRUE(server_);
  auto after = NewClient();
  LogIn(*after, kLeadUser);
  EXPECT_EQ(after->Get(base).status, 404u) << "the file is gone";
  EXPECT_GT(head, 0);
}

}  // namespace
}  // namespace stip::e2e
