// End-to-end (issue 14 item 3 part C): the family's request to destroy over the API. Marloes
// asks for the whole file, Lotte (13) for her own data; bad input and a second open request
// change nothing; the lead sees both on Mijn werk with the three-month date; refused needs
// reasons and tells Lotte (a mail without content); granted is refused while the court measure
// runs, and once it ended destroys the file, after which `stip verify` still passes and names
// the request.
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using DestructionRequestTest = FamilyE2eTest;

TEST_F(DestructionRequestTest, AFamilyMemberAsksTheLeadAnswersAndAGrantedFileIsDestroyed) {
  const std::string base = "/api/v1/families/" + family_id_;
  const std::string requests = base + "/destruction-requests";
  auto marloes = LogInFamily(kMarloes);
  auto lotte = LogInFamily(kLotte);

  // Nothing asked yet; Marloes may ask for the file and for her own data.
  HttpResponse mine = marloes->Get(requests);
  ASSERT_EQ(mine.status, 200u) << mine.Describe();
  EXPECT_TRUE(Arr(ParseJson(mine), "destruction_requests").empty());
  EXPECT_TRUE(Field(Field(ParseJson(mine), "refused"), "file").is_null());

  // Bad input: 400 with the field, and nothing changes.
  HttpResponse bad = marloes->PostJson(requests, json::object{{"scope", "alles"}});
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_EQ(ErrorFields(bad), std::vector<std::string>{"scope"});
  HttpResponse missing = marloes->PostJson(requests, json::object{{"reason", "Weg ermee."}});
  EXPECT_EQ(missing.status, 400u) << missing.Describe();
  EXPECT_TRUE(Arr(ParseJson(marloes->Get(requests)), "destruction_requests").empty());

  // Marloes asks for the whole file; a second open request is 409.
  HttpResponse asked = marloes->PostJson(
      requests, json::object{{"scope", "file"}, {"reason", "De hulp is klaar. Ik wil het weg."}});
  ASSERT_EQ(asked.status, 201u) << asked.Describe();
  const std::string marloes_request = Str(ParseJson(asked), "id");
  EXPECT_EQ(Str(ParseJson(asked), "status"), "open");
  HttpResponse twice = marloes->PostJson(requests, json::object{{"scope", "own_data"}});
  EXPECT_EQ(twice.status, 409u) << twice.Describe();
  EXPECT_EQ(Arr(ParseJson(marloes->Get(requests)), "destruction_requests").size(), 1u);
  EXPECT_EQ(Str(Field(ParseJson(marloes->Get(requests)), "refused"), "file"), "already_open");

  // Lotte (13) asks for her own data; she does not see Marloes's request.
  HttpResponse lotte_asked = lotte->PostJson(requests, json::object{{"scope", "own_data"}});
  ASSERT_EQ(lotte_asked.status, 201u) << lotte_asked.Describe();
  const std::string lotte_request = Str(ParseJson(lotte_asked), "id");
  EXPECT_EQ(Arr(ParseJson(lotte->Get(requests)), "destruction_requests").size(), 1u);

  // A professional does not ask in the family's name; the colleague does not see the file.
  EXPECT_EQ(lead_->PostJson(requests, json::object{{"scope", "file"}}).status, 403u);
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  EXPECT_EQ(iris->Get(requests).status, 404u);
  EXPECT_EQ(iris->PostJson(requests + "/" + lotte_request + "/answer",
                           json::object{{"answer", "refused"}, {"reasons", "Nee."}})
                .status,
            404u);

  // Both on the lead's Mijn werk, due three months after today.
  HttpResponse work = lead_->Get("/api/v1/my-work");
  ASSERT_EQ(work.status, 200u) << work.Describe();
  int items = 0;
  std::string due;
  for (const auto& f : Arr(ParseJson(work), "files")) {
    for (const auto& item : Arr(f, "items")) {
      if (Str(item, "kind") != "destruction_request") continue;
      ++items;
      due = Str(item, "due");
      EXPECT_FALSE(Field(item, "overdue").as_bool());
    }
  }
  EXPECT_EQ(items, 2);
  EXPECT_EQ(due, Str(ParseJson(asked), "answer_due"));
  EXPECT_EQ(Int(Field(ParseJson(work), "counts"), "destruction_requests"), 2);
  // And on the file's retention data.
  EXPECT_EQ(Arr(ParseJson(lead_->Get(base + "/retention")), "destruction_requests").size(), 2u);

  // Refused needs reasons (400, nothing changed); the duo may not answer (403).
  const std::string answer_lotte = requests + "/" + lotte_request + "/answer";
  HttpResponse no_reasons = lead_->PostJson(answer_lotte, json::object{{"answer", "refused"}});
  EXPECT_EQ(no_reasons.status, 400u) << no_reasons.Describe();
  EXPECT_EQ(ErrorFields(no_reasons), std::vector<std::string>{"reasons"});
  HttpResponse bad_answer = lead_->PostJson(answer_lotte, json::object{{"answer", "misschien"}});
  EXPECT_EQ(bad_answer.status, 400u) << bad_answer.Describe();
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  EXPECT_EQ(
      duo->PostJson(answer_lotte, json::object{{"answer", "refused"}, {"reasons", "Nee."}}).status,
      403u);
  EXPECT_TRUE(
      Field(Arr(ParseJson(lotte->Get(requests)), "destruction_requests")[0], "answer").is_null());

  // Refused with reasons: Lotte reads the answer, and gets a mail without its content.
  const int lotte_mails = MailsTo(kLotte);
  HttpResponse refused = lead_->PostJson(
      answer_lotte,
      json::object{{"answer", "refused"},
                   {"reasons", "Er loopt nog een maatregel voor Mees; het dossier blijft."}});
  ASSERT_EQ(refused.status, 200u) << refused.Describe();
  EXPECT_TRUE(Field(ParseJson(refused), "destroyed").is_null());
  const json::value lotte_view = Arr(ParseJson(lotte->Get(requests)), "destruction_requests")[0];
  EXPECT_EQ(Str(lotte_view, "answer"), "refused");
  EXPECT_NE(Str(lotte_view, "answer_reasons").find("maatregel"), std::string::npos);
  AwaitMails(kLotte, lotte_mails + 1);
  const auto mails = OutboxMails(data_dir() / "outbox", kLotte);
  ASSERT_FALSE(mails.empty());
  EXPECT_EQ(mails.front().find("maatregel"), std::string::npos) << "no content in the mail";
  EXPECT_NE(mails.front().find("/ons-gezin/vernietigen"), std::string::npos);
  // Answered once.
  EXPECT_EQ(
      lead_->PostJson(answer_lotte, json::object{{"answer", "refused"}, {"reasons", "x"}}).status,
      422u);

  // Granted is refused while the court measure runs (a legal duty to keep the file).
  const std::string answer_marloes = requests + "/" + marloes_request + "/answer";
  HttpResponse early = lead_->PostJson(answer_marloes, json::object{{"answer", "granted"}});
  EXPECT_EQ(early.status, 422u) << early.Describe();
  const std::int64_t head = Int(Overview(*lead_, family_id_), "head_seq");
  for (const auto& m : Arr(ParseJson(lead_->Get(base + "/measures")), "measures")) {
    // Ended on its first day, long enough ago that the term to appeal (three months) is over.
    HttpResponse ended = lead_->PostJson(
        base + "/measures/" + Str(m, "id") + "/end",
        json::object{{"ended_on", Str(m, "start")}, {"reason", "De rechter hief de OTS op."}});
    ASSERT_EQ(ended.status, 200u) << ended.Describe();
  }
  EXPECT_GT(Int(Overview(*lead_, family_id_), "head_seq"), head);

  // Now granted: the file is destroyed at once.
  HttpResponse granted = lead_->PostJson(answer_marloes, json::object{{"answer", "granted"}});
  ASSERT_EQ(granted.status, 200u) << granted.Describe();
  EXPECT_GT(Int(Field(ParseJson(granted), "destroyed"), "events"), 0);
  EXPECT_EQ(lead_->Get(base).status, 404u) << "the file is gone";

  ASSERT_TRUE(server_->Stop().Exited(0));
  CommandResult verify = RunStip({"verify", "--data", data_dir().string()});
  EXPECT_TRUE(verify.status.Exited(0)) << verify.Describe();
  EXPECT_NE(verify.out.find("request_granted"), std::string::npos) << verify.Describe();
  EXPECT_NE(verify.out.find(marloes_request), std::string::npos) << verify.Describe();
}

// Privacy review of part C: while help runs only the running lead answers (a team lead never
// ends a running file), and a measure that ended less than three months ago (the term to appeal)
// still keeps the file.
TEST_F(DestructionRequestTest, WhileHelpRunsOnlyTheLeadAnswersAndTheAppealTermKeepsTheFile) {
  const std::string base = "/api/v1/families/" + family_id_;
  const std::string requests = base + "/destruction-requests";
  auto marloes = LogInFamily(kMarloes);
  HttpResponse asked = marloes->PostJson(requests, json::object{{"scope", "file"}});
  ASSERT_EQ(asked.status, 201u) << asked.Describe();
  const std::string answer = requests + "/" + Str(ParseJson(asked), "id") + "/answer";

  // Iris, not involved, is made the team lead of Sanne's team: she may not answer.
  auto admin = NewClient();
  LogIn(*admin, kAdminUser);
  const std::string team = Str(ParseJson(lead_->Get("/api/v1/me")), "team_id");
  auto iris = NewClient();
  const std::string iris_id = Str(Field(LogIn(*iris, kColleagueUser), "user"), "id");
  HttpResponse named =
      admin->PostJson("/api/v1/teams/" + team + "/lead",
                      json::object{{"user_id", iris_id}, {"reason", "Teamleider."}});
  ASSERT_EQ(named.status, 200u) << named.Describe();
  HttpResponse by_team_lead = iris->PostJson(answer, json::object{{"answer", "granted"}});
  EXPECT_TRUE(by_team_lead.status == 403u || by_team_lead.status == 404u)
      << by_team_lead.Describe();
  EXPECT_EQ(lead_->Get(base).status, 200u) << "the file is still there";

  // The measure ends today: granted is still refused for the term to appeal.
  for (const auto& m : Arr(ParseJson(lead_->Get(base + "/measures")), "measures")) {
    const std::string today = Str(ParseJson(lead_->Get(base + "/measures")), "today");
    HttpResponse ended = lead_->PostJson(
        base + "/measures/" + Str(m, "id") + "/end",
        json::object{{"ended_on", today}, {"reason", "De rechter hief de OTS op."}});
    ASSERT_EQ(ended.status, 200u) << ended.Describe();
  }
  HttpResponse granted = lead_->PostJson(answer, json::object{{"answer", "granted"}});
  EXPECT_EQ(granted.status, 422u) << granted.Describe();
  EXPECT_NE(granted.body.find("three months"), std::string::npos) << granted.Describe();
  EXPECT_EQ(lead_->Get(base).status, 200u) << "the file is still there";
  EXPECT_EQ(Str(Arr(ParseJson(marloes->Get(requests)), "destruction_requests")[0], "status"),
            "open");
}

}  // namespace
}  // namespace stip::e2e
