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

// Finding 5 of the privacy review: another family member's visits to the page to destroy are
// theirs. Marloes does not see on "who read our file" that Lotte opened it (nor the other way
// round); each sees their own; a professional's read of the requests stays on the log.
TEST_F(DestructionRequestTest, OtherMembersDoNotSeeWhoOpenedThePageToDestroy) {
  const std::string base = "/api/v1/families/" + family_id_;
  const std::string requests = base + "/destruction-requests";
  auto marloes = LogInFamily(kMarloes);
  auto lotte = LogInFamily(kLotte);
  ASSERT_EQ(lotte->Get(requests).status, 200u);
  ASSERT_EQ(lotte->Get("/ons-gezin/vernietigen").status, 200u);
  ASSERT_EQ(marloes->Get(requests).status, 200u);
  ASSERT_EQ(lead_->Get(base + "/retention").status, 200u);

  // Lines about the requests to destroy in `reader`'s log, read in `role` (Lotte is the only
  // child who looks, Marloes the only parent).
  const auto lines_of = [&](HttpClient& reader, const std::string& role) {
    HttpResponse r = reader.Get(base + "/access-log?limit=200");
    EXPECT_EQ(r.status, 200u) << r.Describe();
    int n = 0;
    for (const auto& line : Arr(ParseJson(r), "lines")) {
      if (Str(line, "what") == "destruction_requests" && Str(line, "role") == role) ++n;
    }
    return n;
  };
  EXPECT_EQ(lines_of(*marloes, "child"), 0) << "Marloes does not learn that Lotte looked";
  EXPECT_GT(lines_of(*marloes, "parent"), 0) << "her own visits she sees";
  EXPECT_EQ(lines_of(*lotte, "parent"), 0) << "Lotte does not learn that Marloes looked";
  EXPECT_EQ(lines_of(*lotte, "child"), 2);
  // The lead's read of the requests (the retention page) stays visible to the family.
  HttpResponse log = marloes->Get(base + "/access-log?limit=200");
  bool lead_read = false;
  for (const auto& line : Arr(ParseJson(log), "lines")) {
    lead_read = lead_read || (Str(line, "what") == "retention" && Str(line, "role") == "lead");
  }
  EXPECT_TRUE(lead_read) << log.Describe();
  // Daan (16), who did not look, reads on "Wie las ons dossier" nothing of the others' visits;
  // Lotte reads her own ("de eigen vragen om te vernietigen").
  auto daan = LogInFamily(kDaan);
  HttpResponse page = daan->Get("/ons-gezin/inzage");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_EQ(page.body.find("vragen om te vernietigen"), std::string::npos);
  HttpResponse own = lotte->Get("/ons-gezin/inzage");
  EXPECT_NE(own.body.find("vragen om te vernietigen"), std::string::npos) << "her own, she sees";
}

// Finding 8 of the privacy review: when Marloes asks for the whole file, every other member with
// an account is told without content (a mail naming whom to contact), the lead's form says so,
// and granted waits 14 days unless every other parent with custody asked too.
TEST_F(DestructionRequestTest, TheOthersAreToldAndGrantedWaitsUnlessEveryParentWithCustodyAsked) {
  const std::string base = "/api/v1/families/" + family_id_;
  const std::string requests = base + "/destruction-requests";
  auto marloes = LogInFamily(kMarloes);
  auto ruben = LogInFamily(kRuben);
  auto lotte = LogInFamily(kLotte);
  // Ruben gets custody of every child too (a court ruling), and the measures end long enough
  // ago that only the new rule stands in the way of granted.
  const json::value household = ParseJson(lead_->Get(base + "/household"));
  std::string ruben_id;
  for (const auto& m : Arr(household, "members")) {
    if (Str(m, "name").starts_with("Ruben")) ruben_id = Str(m, "id");
  }
  ASSERT_FALSE(ruben_id.empty());
  for (const auto& m : Arr(household, "members")) {
    if (Str(m, "role") != "child") continue;
    HttpResponse set =
        lead_->PostJson(base + "/custody", json::object{{"parent_id", ruben_id},
                                                        {"child_id", Str(m, "id")},
                                                        {"has_custody", true},
                                                        {"ruling_date", "2026-11-02"},
                                                        {"reason", "Uitspraak van de rechtbank."}});
    ASSERT_EQ(set.status, 200u) << set.Describe();
  }
  for (const auto& m : Arr(ParseJson(lead_->Get(base + "/measures")), "measures")) {
    HttpResponse ended = lead_->PostJson(
        base + "/measures/" + Str(m, "id") + "/end",
        json::object{{"ended_on", Str(m, "start")}, {"reason", "De rechter hief de OTS op."}});
    ASSERT_EQ(ended.status, 200u) << ended.Describe();
  }

  const int ruben_mails = MailsTo(kRuben);
  const int lotte_mails = MailsTo(kLotte);
  const int marloes_mails = MailsTo(kMarloes);
  HttpResponse asked = marloes->PostJson(
      requests, json::object{{"scope", "file"}, {"reason", "Zebravink: wij willen het weg."}});
  ASSERT_EQ(asked.status, 201u) << asked.Describe();
  const std::string answer = requests + "/" + Str(ParseJson(asked), "id") + "/answer";
  AwaitMails(kRuben, ruben_mails + 1);
  AwaitMails(kLotte, lotte_mails + 1);
  bool told = false;
  for (const auto& mail : OutboxMails(data_dir() / "outbox", kRuben)) {
    if (mail.find("Er is gevraagd het dossier te vernietigen") == std::string::npos) continue;
    told = true;
    EXPECT_EQ(mail.find("Marloes"), std::string::npos) << "not who asked";
    EXPECT_EQ(mail.find("Zebravink"), std::string::npos) << "not why";
    EXPECT_NE(mail.find("Neem contact op met"), std::string::npos);
  }
  EXPECT_TRUE(told);
  EXPECT_EQ(MailsTo(kMarloes), marloes_mails) << "the asker is not told of her own request";
  // The lead's answer form says the others were told, and when.
  HttpResponse form = lead_->Get("/gezinnen/" + family_id_ + "/bewaren");
  EXPECT_NE(form.body.find("De andere gezinsleden met een account kregen op"), std::string::npos)
      << form.Describe();

  // Granted waits 14 days: Ruben has custody and did not ask himself.
  HttpResponse early = lead_->PostJson(answer, json::object{{"answer", "granted"}});
  EXPECT_EQ(early.status, 422u) << early.Describe();
  EXPECT_NE(early.body.find("14 days"), std::string::npos) << early.Describe();
  EXPECT_EQ(lead_->Get(base).status, 200u) << "the file is still there";

  // Ruben asks for the whole file too: every other parent with custody asked, granted may.
  HttpResponse ruben_asked = ruben->PostJson(requests, json::object{{"scope", "file"}});
  ASSERT_EQ(ruben_asked.status, 201u) << ruben_asked.Describe();
  HttpResponse granted = lead_->PostJson(answer, json::object{{"answer", "granted"}});
  ASSERT_EQ(granted.status, 200u) << granted.Describe();
  EXPECT_EQ(lead_->Get(base).status, 404u) << "the file is gone";
}

// Findings 6 and 7 and the texts: the page names who answers and says what Stip does not do,
// and that every professional who reads the file reads the reason; a partly granted answer
// tells the asker in a mail of its own, without the reasons.
TEST_F(DestructionRequestTest, ThePageSaysWhoAnswersAndWhatStipDoesNotDo) {
  const std::string requests = "/api/v1/families/" + family_id_ + "/destruction-requests";
  auto lotte = LogInFamily(kLotte);
  HttpResponse page = lotte->Get("/ons-gezin/vernietigen");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Zolang de hulp loopt, geeft je vaste gezicht"), std::string::npos);
  EXPECT_NE(page.body.find("de teamleider van het team van je laatste vaste gezicht"),
            std::string::npos);
  EXPECT_NE(page.body.find("Dan blijft alles wat in Stip staat, in Stip staan."),
            std::string::npos);
  EXPECT_NE(page.body.find("iedere hulpverlener die jullie dossier leest, kan je reden ook lezen"),
            std::string::npos);

  HttpResponse asked = lotte->PostJson(requests, json::object{{"scope", "own_data"}});
  ASSERT_EQ(asked.status, 201u) << asked.Describe();
  const int mails = MailsTo(kLotte);
  HttpResponse answered = lead_->PostJson(
      requests + "/" + Str(ParseJson(asked), "id") + "/answer",
      json::object{{"answer", "partly_granted"},
                   {"reasons", "De brieven over jou wissen we; het plan blijft voor Mees."}});
  ASSERT_EQ(answered.status, 200u) << answered.Describe();
  AwaitMails(kLotte, mails + 1);
  bool partly = false;
  for (const auto& mail : OutboxMails(data_dir() / "outbox", kLotte)) {
    if (mail.find("Het antwoord is: voor een deel.") == std::string::npos) continue;
    partly = true;
    EXPECT_EQ(mail.find("brieven"), std::string::npos) << "no reasons in the mail";
  }
  EXPECT_TRUE(partly);
}

}  // namespace
}  // namespace stip::e2e
