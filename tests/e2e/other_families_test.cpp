// End-to-end (issue 10): one e-mail address with an account in two families. Sanne opens a
// file for Marloes's new household and invites her with the address she already uses in the
// Veldhoven file: accepted like any address (no probe). Marloes's invitation code logs her in
// to the new family; she lists her other family and changes to it, over the API and with the
// button on Ons gezin; nobody changes to an account that is not theirs.
#include <string>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

using OtherFamiliesTest = FamilyE2eTest;

TEST_F(OtherFamiliesTest, OneAddressInTwoFamiliesChangesBetweenThemAndNobodyElseCan) {
  // Marloes has used her Veldhoven account (a family is offered to change to once its
  // account was taken up with its code).
  auto veldhoven = LogInFamily(kMarloes);
  EXPECT_TRUE(Arr(ParseJson(veldhoven->Get("/api/v1/me/families")), "families").empty());
  const std::string sanne_id = Str(Field(LogIn(*lead_, kLeadUser), "user"), "id");
  HttpResponse opened = lead_->PostJson(
      "/api/v1/families",
      json::object{{"name", "Gezin Veldhoven-Smit"},
                   {"members", json::array{json::object{{"ref", "m"},
                                                        {"name", "Marloes Veldhoven"},
                                                        {"role", "parent"},
                                                        {"birth_date", "1986-05-14"}},
                                           json::object{{"ref", "f"},
                                                        {"name", "Fien Smit"},
                                                        {"role", "child"},
                                                        {"birth_date", "2025-02-01"}}}},
                   {"custody", json::array{json::object{{"parent_ref", "m"},
                                                        {"child_ref", "f"},
                                                        {"has_custody", true}}}},
                   {"lead_user_id", sanne_id}});
  ASSERT_EQ(opened.status, 201u) << opened.Describe();
  const std::string second = Str(ParseJson(opened), "id");
  HttpResponse file = lead_->Get("/api/v1/families/" + second);
  ASSERT_EQ(file.status, 200u) << file.Describe();
  std::string marloes_there;
  for (const auto& m : Arr(ParseJson(file), "members")) {
    if (Str(m, "name") == "Marloes Veldhoven") marloes_there = Str(m, "id");
  }
  ASSERT_FALSE(marloes_there.empty()) << file.body;
  HttpResponse invited = lead_->PostJson(
      "/api/v1/families/" + second + "/accounts",
      json::object{{"member_id", marloes_there}, {"contact", std::string(kMarloes)}});
  ASSERT_EQ(invited.status, 201u) << "an address with an account elsewhere: " << invited.Describe();
  const std::string new_account = Str(ParseJson(invited), "id");

  // The invitation's code logs Marloes in to the new family; the Veldhoven file is one change away.
  auto marloes = LogInFamily(kMarloes);
  HttpResponse others = marloes->Get("/api/v1/me/families");
  ASSERT_EQ(others.status, 200u) << others.Describe();
  const json::array families = Arr(ParseJson(others), "families");
  ASSERT_EQ(families.size(), 1u) << others.body;
  EXPECT_EQ(Str(families[0], "family_name"), kDemoFamilyName);
  EXPECT_EQ(Field(families[0], "network"), json::value(false));
  const std::string veldhoven_account = Str(families[0], "account_id");
  EXPECT_EQ(marloes->Get("/api/v1/families/" + family_id_ + "/home").status, 404u)
      << "a session reads its own family only";

  HttpResponse changed =
      marloes->PostJson("/api/v1/me/families/" + veldhoven_account + "/switch", json::object{});
  ASSERT_EQ(changed.status, 200u) << changed.Describe();
  marloes->SetDefaultHeader("X-CSRF-Token", Str(ParseJson(changed), "csrf"));
  EXPECT_EQ(marloes->Get("/api/v1/families/" + family_id_ + "/home").status, 200u);
  EXPECT_EQ(marloes->Get("/api/v1/families/" + second + "/home").status, 404u);

  // On Ons gezin: the other family with its button, which changes back.
  HttpResponse page = marloes->Get("/ons-gezin");
  ASSERT_EQ(page.status, 200u) << page.Describe();
  EXPECT_NE(page.body.find("Andere gezinnen met dit e-mailadres"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("Ga naar Gezin Veldhoven-Smit"), std::string::npos) << page.body;
  HttpResponse button = marloes->PostForm("/ons-gezin/wisselen/" + new_account, {});
  EXPECT_EQ(button.status, 303u) << button.Describe();
  EXPECT_EQ(button.Header("location"), "/ons-gezin");
  HttpResponse now = marloes->Get("/ons-gezin");
  EXPECT_NE(now.body.find("Gezin Veldhoven-Smit"), std::string::npos);
  EXPECT_NE(now.body.find("Ga naar Gezin Veldhoven"), std::string::npos);

  // Nobody else changes to Marloes's accounts: Lotte (her daughter), or the lead.
  auto lotte = LogInFamily(kLotte);
  EXPECT_TRUE(Arr(ParseJson(lotte->Get("/api/v1/me/families")), "families").empty());
  EXPECT_EQ(
      lotte->PostJson("/api/v1/me/families/" + new_account + "/switch", json::object{}).status,
      404u);
  EXPECT_EQ(lotte->PostForm("/ons-gezin/wisselen/" + veldhoven_account, {}).status, 404u);
  EXPECT_EQ(lead_->Get("/api/v1/me/families").status, 403u);
}

}  // namespace
}  // namespace stip::e2e
