// End-to-end (issue 10 item 6, "al bekend?") over HTTP: before opening a file, Iris checks
// whether the children are known in this installation. A match tells her only which team holds
// the file and how to reach it, never the family; the family's access log shows that someone
// asked; a second file for a known child is opened only on purpose, with a reason. Bad input
// changes nothing; administrators and family members may not check.
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using KnownElsewhereE2eTest = FamilyE2eTest;

constexpr std::string_view kCheck = "/api/v1/known-elsewhere/check";

json::value Children(json::array children) { return json::object{{"children", children}}; }

std::size_t LinesWhat(HttpClient& lead, const std::string& family_id, std::string_view what) {
  HttpResponse log = lead.Get("/api/v1/families/" + family_id + "/access-log?limit=200");
  EXPECT_EQ(log.status, 200u) << log.Describe();
  std::size_t n = 0;
  for (const auto& line : Arr(ParseJson(log), "lines")) {
    if (Str(line, "what") == what) ++n;
  }
  return n;
}

TEST_F(KnownElsewhereE2eTest, AMatchNamesOnlyTheTeamAndTheFamilyReadsThatSomeoneAsked) {
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);

  // Lotte's test BSN (demo): known, in the file of Wijkteam Lindewaard-Oost.
  HttpResponse known =
      iris->PostJson(std::string(kCheck), Children({json::object{{"bsn", "999990020"}}}));
  ASSERT_EQ(known.status, 200u) << known.Describe();
  const json::value body = ParseJson(known);
  EXPECT_EQ(Field(body, "known"), json::value(true));
  EXPECT_EQ(Str(body, "check_id").substr(0, 4), "chk_");
  const json::array teams = Arr(body, "teams");
  ASSERT_EQ(teams.size(), 1u) << known.Describe();
  EXPECT_EQ(Str(teams[0], "name"), kLeadTeam);
  EXPECT_EQ(Str(teams[0], "phone"), "0599 123 456");
  EXPECT_EQ(Str(teams[0], "email"), "wijkteam-oost@lindewaard.example");
  // Nothing of the family: not its name, id, members or lead.
  for (std::string_view secret :
       {std::string_view(kDemoFamilyName), std::string_view("Veldhoven"), std::string_view("Lotte"),
        std::string_view(kLeadName), std::string_view(family_id_)}) {
    EXPECT_EQ(known.body.find(secret), std::string::npos) << secret << " in " << known.body;
  }
  // An unknown BSN, and a child by name and birth date that no file holds: no match.
  HttpResponse unknown = iris->PostJson(
      std::string(kCheck),
      Children({json::object{{"bsn", "999990044"}},
                json::object{{"name", "Sem de Boer"}, {"birth_date", "2016-03-01"}}}));
  ASSERT_EQ(unknown.status, 200u) << unknown.Describe();
  EXPECT_EQ(Field(ParseJson(unknown), "known"), json::value(false));
  EXPECT_TRUE(Arr(ParseJson(unknown), "teams").empty());

  // The family reads that a professional asked (one line for the one match), and no more.
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 1u);
  HttpResponse log = lead_->Get("/api/v1/families/" + family_id_ + "/access-log?limit=200");
  for (const auto& line : Arr(ParseJson(log), "lines")) {
    if (Str(line, "what") != "known_elsewhere_check") continue;
    EXPECT_EQ(Str(line, "user_name"), "Iris Bos");
    EXPECT_EQ(Str(line, "role"), "known_elsewhere");
    EXPECT_EQ(Str(line, "purpose"), "nagaan of het gezin al bekend is");
  }
  // Iris still cannot open the file.
  EXPECT_EQ(iris->Get("/api/v1/families/" + family_id_).status, 404u);
}

TEST_F(KnownElsewhereE2eTest, BadInputIsRefusedAndChangesNothing) {
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  std::string code;
  // Not 11-proof, too short, and a child with neither a BSN nor a name.
  HttpResponse bad =
      iris->PostJson(std::string(kCheck),
                     Children({json::object{{"bsn", "999990018"}}, json::object{{"bsn", "12345"}},
                               json::object{{"birth_date", "2016-03-01"}}}));
  EXPECT_EQ(bad.status, 400u) << bad.Describe();
  EXPECT_EQ(ErrorFields(bad, &code),
            (std::vector<std::string>{"children[0].bsn", "children[1].bsn", "children[2].name"}));
  EXPECT_NE(bad.body.find("11-test"), std::string::npos) << bad.Describe();
  EXPECT_EQ(iris->PostJson(std::string(kCheck), Children({})).status, 400u);
  EXPECT_EQ(iris->PostJson(std::string(kCheck), json::object{{"kinderen", 1}}).status, 400u);
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 0u);
}

TEST_F(KnownElsewhereE2eTest, OnlyProfessionalsOfATeamCheck) {
  auto admin = NewClient();
  LogIn(*admin, kAdminUser);
  const json::value lotte = Children({json::object{{"bsn", "999990020"}}});
  EXPECT_EQ(admin->PostJson(std::string(kCheck), lotte).status, 403u);
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(marloes->PostJson(std::string(kCheck), lotte).status, 403u);
  auto anonymous = NewClient();
  EXPECT_EQ(anonymous->PostJson(std::string(kCheck), lotte).status, 401u);
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 0u);
}

TEST_F(KnownElsewhereE2eTest, ASecondFileForAKnownChildOnlyOnPurposeWithAReason) {
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  const std::string sanne_id = Str(Field(LogIn(*lead_, kLeadUser), "user"), "id");
  json::object family{{"name", "Gezin Kramer"},
                      {"members", json::array{json::object{{"name", "Lotte Kramer"},
                                                           {"role", "child"},
                                                           {"birth_date", "2013-08-01"},
                                                           {"bsn", "999990020"}}}},
                      {"lead_user_id", sanne_id}};
  // Known elsewhere and not seen: refused, nothing opened. The refusal tells of a match, so it
  // is on the matched file's record like a check (never an oracle that leaves no trace).
  HttpResponse refused = lead_->PostJson("/api/v1/families", family);
  EXPECT_EQ(refused.status, 409u) << refused.Describe();
  EXPECT_NE(refused.body.find("known_elsewhere_seen"), std::string::npos);
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 1u);
  // Seen, but no reason: the reason is asked for, and that answer is on the record too.
  family["known_elsewhere_seen"] = true;
  EXPECT_EQ(ErrorFields(lead_->PostJson("/api/v1/families", family)),
            (std::vector<std::string>{"known_elsewhere_reason"}));
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 2u);
  // A BSN for a parent, and a bad one for a child: named, nothing opened.
  json::object bad = family;
  bad["members"] = json::array{json::object{{"name", "Ruben Kramer"},
                                            {"role", "parent"},
                                            {"birth_date", "1983-01-01"},
                                            {"bsn", "999990007"}},
                               json::object{{"name", "Lotte Kramer"},
                                            {"role", "child"},
                                            {"birth_date", "2013-08-01"},
                                            {"bsn", "999990021"}}};
  EXPECT_EQ(ErrorFields(lead_->PostJson("/api/v1/families", bad)),
            (std::vector<std::string>{"members[0].bsn", "members[1].bsn"}));
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 2u)
      << "refused before any match: no check";

  family["known_elsewhere_reason"] = "Lotte woont nu bij haar vader in een andere gemeente.";
  HttpResponse opened = lead_->PostJson("/api/v1/families", family);
  ASSERT_EQ(opened.status, 201u) << opened.Describe();
  const std::string second = Str(ParseJson(opened), "id");
  // The match is on the first file's record.
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 3u);

  // A child who joins a file later gets a signal too: Sem, born in the new file, is found.
  HttpResponse added = lead_->PostJson("/api/v1/families/" + second + "/members",
                                       json::object{{"name", "Sem Kramer"},
                                                    {"role", "child"},
                                                    {"birth_date", "2026-01-02"},
                                                    {"reason", "geboren"},
                                                    {"bsn", "999990056"}});
  ASSERT_EQ(added.status, 201u) << added.Describe();
  HttpResponse found =
      duo->PostJson(std::string(kCheck), Children({json::object{{"bsn", "999990056"}}}));
  ASSERT_EQ(found.status, 200u) << found.Describe();
  EXPECT_EQ(Field(ParseJson(found), "known"), json::value(true));
  EXPECT_EQ(LinesWhat(*lead_, second, "known_elsewhere_check"), 1u);
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 3u);
}

// Ask to join: Iris got a match for Lotte and asks Sanne, the lead, to be added instead of
// opening a second file. Sanne sees the request on Mijn werk and accepts: Iris reads the file.
TEST_F(KnownElsewhereE2eTest, AskToJoinTheLeadAcceptsAndTheAskerReadsTheFile) {
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  HttpResponse known =
      iris->PostJson(std::string(kCheck), Children({json::object{{"bsn", "999990020"}}}));
  ASSERT_EQ(known.status, 200u) << known.Describe();
  const std::string check_id = Str(ParseJson(known), "check_id");
  const std::string team_id = Str(Arr(ParseJson(known), "teams")[0], "id");

  // Bad input: no message, a role Iris (of a local team) may not have, an unknown field.
  std::string code;
  EXPECT_EQ(ErrorFields(
                iris->PostJson("/api/v1/join-requests", json::object{{"check_id", check_id},
                                                                     {"role", "duo"},
                                                                     {"message", "Ik ken Lotte."}}),
                &code),
            // Not of a regional safety team. Whether the file has a duo partner already is not
            // told: that would say something about a file Iris may not read.
            (std::vector<std::string>{"role"}));
  EXPECT_EQ(ErrorFields(iris->PostJson(
                "/api/v1/join-requests",
                json::object{{"check_id", check_id}, {"role", "second_opinion"}, {"message", ""}})),
            (std::vector<std::string>{"message"}));
  EXPECT_EQ(
      iris->PostJson("/api/v1/join-requests", json::object{{"check_id", check_id},
                                                           {"role", "lead"},
                                                           {"message", "Ik ken Lotte van school."}})
          .status,
      400u);
  // Someone else's check, or a check that does not exist: nothing to ask about.
  auto youssef = NewClient();
  LogIn(*youssef, kDuoUser);
  const json::object ask{{"check_id", check_id},
                         {"team_id", team_id},
                         {"role", "second_opinion"},
                         {"message", "Ik ken Lotte van de school; graag werk ik mee."}};
  EXPECT_EQ(youssef->PostJson("/api/v1/join-requests", ask).status, 404u);
  json::object unknown_check = ask;
  unknown_check["check_id"] = "chk_nope";
  EXPECT_EQ(iris->PostJson("/api/v1/join-requests", unknown_check).status, 404u);
  // Administrators and family members may not ask.
  auto admin = NewClient();
  LogIn(*admin, kAdminUser);
  EXPECT_EQ(admin->PostJson("/api/v1/join-requests", ask).status, 403u);
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(marloes->PostJson("/api/v1/join-requests", ask).status, 403u);

  HttpResponse asked = iris->PostJson("/api/v1/join-requests", ask);
  ASSERT_EQ(asked.status, 201u) << asked.Describe();
  const std::string rid = Arr(ParseJson(asked), "ids")[0].as_string().c_str();
  // One open request per asker per file.
  EXPECT_EQ(iris->PostJson("/api/v1/join-requests", ask).status, 409u);
  // Iris sees her request waiting, without the family's name; she still cannot open the file.
  HttpResponse mine = iris->Get("/api/v1/my-work");
  ASSERT_EQ(mine.status, 200u) << mine.Describe();
  ASSERT_EQ(Arr(ParseJson(mine), "my_join_requests").size(), 1u);
  EXPECT_EQ(Str(Arr(ParseJson(mine), "my_join_requests")[0], "status"), "open");
  EXPECT_EQ(mine.body.find(kDemoFamilyName), std::string::npos) << mine.Describe();
  EXPECT_EQ(iris->Get("/api/v1/families/" + family_id_).status, 404u);

  // Sanne sees it on Mijn werk with the message; Youssef (not the lead) may not answer.
  HttpResponse work = lead_->Get("/api/v1/my-work");
  ASSERT_EQ(work.status, 200u) << work.Describe();
  const json::array requests = Arr(ParseJson(work), "join_requests");
  ASSERT_EQ(requests.size(), 1u) << work.Describe();
  EXPECT_EQ(Str(requests[0], "id"), rid);
  EXPECT_EQ(Str(requests[0], "message"), "Ik ken Lotte van de school; graag werk ik mee.");
  EXPECT_EQ(Str(requests[0], "family_name"), kDemoFamilyName);
  // On the page too, with a form to add and one to decline.
  HttpResponse page = lead_->Get("/mijn-werk");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Verzoeken om mee te doen"), std::string::npos);
  EXPECT_NE(page.body.find("Iris Bos vraagt om mee te doen"), std::string::npos);
  EXPECT_NE(page.body.find("/mijn-werk/verzoeken/" + family_id_ + "/" + rid + "/aannemen"),
            std::string::npos);
  const std::string base = "/api/v1/families/" + family_id_ + "/join-requests/" + rid;
  EXPECT_EQ(youssef->PostJson(base + "/accept", json::object{}).status, 403u);
  EXPECT_EQ(iris->PostJson(base + "/accept", json::object{}).status, 404u);
  HttpResponse accepted = lead_->PostJson(base + "/accept", json::object{});
  ASSERT_EQ(accepted.status, 200u) << accepted.Describe();
  EXPECT_EQ(lead_->PostJson(base + "/accept", json::object{}).status, 404u);

  // Access follows at once: Iris reads the file and sees the answer.
  HttpResponse file = iris->Get("/api/v1/families/" + family_id_);
  EXPECT_EQ(file.status, 200u) << file.Describe();
  HttpResponse answered = iris->Get("/api/v1/join-requests");
  ASSERT_EQ(answered.status, 200u) << answered.Describe();
  const json::array by_iris = Arr(ParseJson(answered), "mine");
  ASSERT_EQ(by_iris.size(), 1u);
  EXPECT_EQ(Str(by_iris[0], "status"), "accepted");
  EXPECT_EQ(Str(by_iris[0], "family_id"), family_id_);
  HttpResponse iris_page = iris->Get("/mijn-werk");
  EXPECT_NE(iris_page.body.find("Uw verzoek is aangenomen"), std::string::npos);
  EXPECT_NE(iris_page.body.find("/gezinnen/" + family_id_), std::string::npos);
  EXPECT_TRUE(Arr(ParseJson(lead_->Get("/api/v1/my-work")), "join_requests").empty());
}

TEST_F(KnownElsewhereE2eTest, ADeclinedRequestLeavesTheFileClosed) {
  auto iris = NewClient();
  LogIn(*iris, kColleagueUser);
  HttpResponse known =
      iris->PostJson(std::string(kCheck), Children({json::object{{"bsn", "999990020"}}}));
  ASSERT_EQ(known.status, 200u) << known.Describe();
  HttpResponse asked = iris->PostJson("/api/v1/join-requests",
                                      json::object{{"check_id", Str(ParseJson(known), "check_id")},
                                                   {"role", "second_opinion"},
                                                   {"message", "Mag ik meekijken?"}});
  ASSERT_EQ(asked.status, 201u) << asked.Describe();
  const std::string rid = Arr(ParseJson(asked), "ids")[0].as_string().c_str();
  const std::string base = "/api/v1/families/" + family_id_ + "/join-requests/" + rid;
  // Declining needs words.
  EXPECT_EQ(ErrorFields(lead_->PostJson(base + "/decline", json::object{{"words", ""}})),
            (std::vector<std::string>{"words"}));
  HttpResponse declined = lead_->PostJson(
      base + "/decline", json::object{{"words", "Er is al een gedragswetenschapper betrokken."}});
  ASSERT_EQ(declined.status, 200u) << declined.Describe();
  EXPECT_EQ(iris->Get("/api/v1/families/" + family_id_).status, 404u);
  HttpResponse mine = iris->Get("/api/v1/join-requests");
  const json::array by_iris = Arr(ParseJson(mine), "mine");
  ASSERT_EQ(by_iris.size(), 1u);
  EXPECT_EQ(Str(by_iris[0], "status"), "declined");
  EXPECT_EQ(Str(by_iris[0], "answer"), "Er is al een gedragswetenschapper betrokken.");
  EXPECT_EQ(Field(by_iris[0], "family_id"), json::value(nullptr));
  HttpResponse iris_page = iris->Get("/mijn-werk");
  EXPECT_NE(iris_page.body.find("Uw verzoek is afgewezen: Er is al een gedragswetenschapper "
                                "betrokken."),
            std::string::npos);
  EXPECT_EQ(mine.body.find(kDemoFamilyName), std::string::npos) << mine.Describe();
}

// Without JavaScript: the match screen of /gezinnen/nieuw offers to ask the lead; the request
// lands on the asker's Mijn werk, waiting.
TEST_F(KnownElsewhereE2eTest, TheMatchScreenAsksTheLeadToAddYou) {
  auto iris = NewClient();
  const std::string iris_id = Str(Field(LogIn(*iris, kColleagueUser), "user"), "id");
  HttpResponse match = iris->PostForm("/gezinnen", {{"naam", "Gezin Kramer"},
                                                    {"lid0_naam", "Lotte Kramer"},
                                                    {"lid0_rol", "child"},
                                                    {"lid0_geboortedatum", "2013-08-01"},
                                                    {"lid0_bsn", "999990020"},
                                                    {"vast_gezicht", iris_id},
                                                    {"gezag_paren", ""}});
  ASSERT_EQ(match.status, 409u) << match.Describe();
  EXPECT_NE(match.body.find("Vraag de regisseur om u toe te voegen"), std::string::npos);
  EXPECT_NE(match.body.find("formaction=\"/gezinnen/nieuw/toevoegen-vragen\""), std::string::npos);
  const std::string marker = "name=\"check_id\" value=\"";
  const auto at = match.body.find(marker);
  ASSERT_NE(at, std::string::npos) << match.Describe();
  const std::string check_id = match.body.substr(
      at + marker.size(), match.body.find('"', at + marker.size()) - (at + marker.size()));
  ASSERT_TRUE(check_id.starts_with("chk_")) << check_id;
  HttpResponse asked =
      iris->PostForm("/gezinnen/nieuw/toevoegen-vragen", {{"check_id", check_id},
                                                          {"team_id", ""},
                                                          {"rol", "second_opinion"},
                                                          {"bericht", "Ik ken Lotte van school."}});
  ASSERT_EQ(asked.status, 303u) << asked.Describe();
  HttpResponse work = iris->Get("/mijn-werk");
  EXPECT_NE(work.body.find("Uw verzoek wacht op antwoord van de regisseur."), std::string::npos);
  EXPECT_EQ(Arr(ParseJson(lead_->Get("/api/v1/my-work")), "join_requests").size(), 1u);
}

// A request that cannot be made shows the match screen again: what was typed stays, the error
// stands beside its field, and asking twice says the lead has not answered yet (409).
TEST_F(KnownElsewhereE2eTest, AnAskThatCannotBeMadeShowsTheMatchAgain) {
  auto iris = NewClient();
  const std::string iris_id = Str(Field(LogIn(*iris, kColleagueUser), "user"), "id");
  const std::vector<std::pair<std::string, std::string>> family = {
      {"naam", "Gezin Kramer"},  {"lid0_naam", "Lotte Kramer"},
      {"lid0_rol", "child"},     {"lid0_geboortedatum", "2013-08-01"},
      {"lid0_bsn", "999990020"}, {"vast_gezicht", iris_id},
      {"gezag_paren", ""}};
  HttpResponse match = iris->PostForm("/gezinnen", family);
  ASSERT_EQ(match.status, 409u) << match.Describe();
  const std::string marker = "name=\"check_id\" value=\"";
  const auto at = match.body.find(marker);
  ASSERT_NE(at, std::string::npos) << match.Describe();
  const std::string check_id = match.body.substr(
      at + marker.size(), match.body.find('"', at + marker.size()) - (at + marker.size()));
  auto ask = family;
  ask.push_back({"check_id", check_id});
  ask.push_back({"team_id", ""});
  ask.push_back({"rol", "tovenaar"});
  ask.push_back({"bericht", "Ik ken Lotte van school."});
  HttpResponse wrong = iris->PostForm("/gezinnen/nieuw/toevoegen-vragen", ask);
  EXPECT_EQ(wrong.status, 400u) << wrong.Describe();
  EXPECT_NE(wrong.body.find("id=\"vraag-rol-fout\""), std::string::npos) << wrong.body;
  EXPECT_NE(wrong.body.find("Ik ken Lotte van school.</textarea>"), std::string::npos)
      << "the message stays";
  EXPECT_NE(wrong.body.find("value=\"Lotte Kramer\""), std::string::npos) << "the family stays";
  EXPECT_NE(wrong.body.find("Vraag de regisseur om u toe te voegen"), std::string::npos)
      << "the match is shown again";
  EXPECT_EQ(Arr(ParseJson(lead_->Get("/api/v1/my-work")), "join_requests").size(), 0u)
      << "nothing was asked";

  ask[ask.size() - 2] = {"rol", "second_opinion"};
  ASSERT_EQ(iris->PostForm("/gezinnen/nieuw/toevoegen-vragen", ask).status, 303u);
  HttpResponse twice = iris->PostForm("/gezinnen/nieuw/toevoegen-vragen", ask);
  EXPECT_EQ(twice.status, 409u) << twice.Describe();
  EXPECT_NE(twice.body.find("De regisseur heeft nog niet geantwoord."), std::string::npos);
  const json::array open = Arr(ParseJson(lead_->Get("/api/v1/my-work")), "join_requests");
  ASSERT_EQ(open.size(), 1u);

  // The lead declines without words: Mijn werk again, the error beside the field, still open.
  const std::string rid = Str(open[0], "id");
  HttpResponse no_words = lead_->PostForm(
      "/mijn-werk/verzoeken/" + family_id_ + "/" + rid + "/afwijzen", {{"toelichting", "  "}});
  EXPECT_EQ(no_words.status, 400u) << no_words.Describe();
  EXPECT_NE(no_words.body.find("id=\"afwijzen-" + rid + "-fout\""), std::string::npos)
      << no_words.body;
  EXPECT_EQ(Arr(ParseJson(lead_->Get("/api/v1/my-work")), "join_requests").size(), 1u);

  // Someone else's check shows no match: the generic page, not the match screen.
  auto other = NewClient();
  LogIn(*other, kDuoUser);
  HttpResponse foreign = other->PostForm("/gezinnen/nieuw/toevoegen-vragen", ask);
  EXPECT_EQ(foreign.status, 404u) << foreign.Describe();
  EXPECT_EQ(foreign.body.find("Gezin Kramer"), std::string::npos);
}

// One professional may look for a limited number of children a day (40 by default; a check of
// 12 children counts 12): enough for intake, too few to search for people. Past it an explicit
// check says so honestly (429) and looks nothing up; opening a file is never blocked (the file
// opens without the check, and nothing is told).
TEST_F(KnownElsewhereE2eTest, OneProfessionalLooksForALimitedNumberOfChildrenADay) {
  auto iris = NewClient();
  const std::string iris_id = Str(Field(LogIn(*iris, kColleagueUser), "user"), "id");
  json::array twelve;
  for (int i = 0; i < 12; ++i) {
    twelve.push_back(json::object{{"name", "Kind " + std::to_string(i)},
                                  {"birth_date", "2015-01-0" + std::to_string(1 + i % 9)}});
  }
  for (int i = 0; i < 3; ++i) {
    HttpResponse r = iris->PostJson(std::string(kCheck), Children(twelve));
    ASSERT_EQ(r.status, 200u) << "check " << i + 1 << ": " << r.Describe();
  }
  // 36 so far: twelve more would be 48.
  HttpResponse limited = iris->PostJson(std::string(kCheck), Children(twelve));
  EXPECT_EQ(limited.status, 429u) << limited.Describe();
  EXPECT_NE(limited.body.find("40 children"), std::string::npos) << limited.body;
  // Lotte's file is not looked at past the limit: its record gains no line.
  EXPECT_EQ(
      iris->PostJson(std::string(kCheck), Children({json::object{{"bsn", "999990020"}}})).status,
      429u);
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 0u);
  // Opening a file for Lotte is not blocked and tells nothing: the file opens without the check.
  HttpResponse opened = iris->PostForm("/gezinnen", {{"naam", "Gezin Kramer"},
                                                     {"lid0_naam", "Lotte Kramer"},
                                                     {"lid0_rol", "child"},
                                                     {"lid0_geboortedatum", "2013-08-01"},
                                                     {"lid0_bsn", "999990020"},
                                                     {"vast_gezicht", iris_id},
                                                     {"gezag_paren", ""}});
  EXPECT_EQ(opened.status, 303u) << opened.Describe();
  EXPECT_EQ(LinesWhat(*lead_, family_id_, "known_elsewhere_check"), 0u);
  // Another professional is not limited by Iris's checks, and finds Lotte.
  auto duo = NewClient();
  LogIn(*duo, kDuoUser);
  HttpResponse found =
      duo->PostJson(std::string(kCheck), Children({json::object{{"bsn", "999990020"}}}));
  ASSERT_EQ(found.status, 200u) << found.Describe();
  EXPECT_EQ(Field(ParseJson(found), "known"), json::value(true));
}

}  // namespace
}  // namespace stip::e2e
