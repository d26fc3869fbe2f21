// The app's English field errors become plain Dutch (or English) sentences with the label.
#include "web/field_errors.h"

#include <gtest/gtest.h>

namespace stip::web {
namespace {

std::string Nl(const std::string& field, const std::string& message,
               const std::string& label = "Naam") {
  return LocalizeFieldError("nl", label, {field, message});
}

TEST(FieldErrorsTest, TextProblems) {
  EXPECT_EQ(Nl("name", "is required and may not be empty"), "Naam: vul dit in.");
  EXPECT_EQ(Nl("name", "is too long: 130 characters, at most 120 allowed"),
            "Naam: dit is te lang. Er mogen hoogstens 120 tekens in.");
  EXPECT_EQ(Nl("source", "must be a single line without control characters", "Bron"),
            "Bron: hier staat een teken in dat niet kan. Haal het weg.");
  EXPECT_EQ(Nl("text", "is not valid UTF-8 text", "Tekst"),
            "Tekst: hier staat een teken in dat niet kan. Haal het weg.");
}

TEST(FieldErrorsTest, ReactionAndWithholdingProblems) {
  EXPECT_EQ(Nl("kind", "must be understood, correction_request, disagreement or own_statement"),
            "Kies wat voor reactie het is.");
  EXPECT_EQ(Nl("kind", "must be fact, observation, opinion, agreement or conversation_report"),
            "Kies wat voor aantekening het is.");
  EXPECT_EQ(Nl("ground", "must be protects_third_person, serious_harm_to_child, ..."),
            "Kies een wettelijke grond uit de lijst.");
  EXPECT_EQ(Nl("ground", "needs an entry that concerns a child", "Wettelijke grond"),
            "Wettelijke grond: deze grond kan alleen bij een aantekening over een kind.");
  EXPECT_EQ(Nl("ground",
               "is only for information of a young person of 16 or older, withheld from "
               "someone else",
               "Wettelijke grond"),
            "Wettelijke grond: deze grond kan alleen bij informatie van een jongere van 16 jaar "
            "of ouder.");
  EXPECT_EQ(Nl("member_id", "is not a member of this family"), "Kies een gezinslid.");
  EXPECT_EQ(Nl("review_date", "must lie after today", "Herzien op"),
            "Herzien op: kies een dag na vandaag.");
  EXPECT_EQ(Nl("review_date",
               "a withholding for a running investigation lasts at most 70 days after it was "
               "first decided",
               "Herzien op"),
            "Herzien op: bij een lopend onderzoek kan dit hoogstens 70 dagen na het eerste "
            "besluit.");
  EXPECT_EQ(Nl("accepted", "choose yes or no", "Besluit"), "Besluit: kies ja of nee.");
}

TEST(FieldErrorsTest, HouseholdProblems) {
  EXPECT_EQ(Nl("members[0].birth_date", "must be a real date as YYYY-MM-DD", "Geboortedatum"),
            "Geboortedatum: vul een echte datum in, bijvoorbeeld 14-03-2019.");
  EXPECT_EQ(Nl("members[0].birth_date", "lies in the future", "Geboortedatum"),
            "Geboortedatum: deze datum ligt in de toekomst.");
  EXPECT_EQ(Nl("members[1].role",
               "a child in a family file is at most 23 years old; record an older person as "
               "other_adult",
               "Rol"),
            "Rol: een kind in een gezinsdossier is hoogstens 23 jaar. Kies voor iemand die ouder "
            "is: andere volwassene.");
  EXPECT_EQ(Nl("members", "a family file needs at least one child"),
            "Een gezinsdossier heeft minstens één kind nodig.");
  EXPECT_EQ(Nl("members", "add at least one household member"), "Vul minstens één gezinslid in.");
  EXPECT_EQ(Nl("custody[0].parent_ref", "must name a member with role parent or carer"),
            "Gezag kan alleen tussen een ouder of verzorger en een kind.");
}

TEST(FieldErrorsTest, ProfessionalProblems) {
  EXPECT_EQ(Nl("lead_user_id", "every family file needs a lead professional (vast gezicht)"),
            "Kies een vast gezicht. Ieder gezinsdossier heeft er één.");
  EXPECT_EQ(Nl("lead_user_id", "the lead professional must belong to a local team"),
            "Het vaste gezicht moet uit een wijkteam komen.");
  EXPECT_EQ(Nl("duo_user_id", "the duo partner must belong to a regional safety team"),
            "De duo-partner moet uit het regionaal veiligheidsteam komen.");
  EXPECT_EQ(Nl("duo_user_id", "the duo partner must be another person than the lead"),
            "Kies als duo-partner iemand anders dan het vaste gezicht.");
  EXPECT_EQ(Nl("kind", "must be fact, observation, opinion, agreement or conversation_report"),
            "Kies wat voor aantekening het is.");
}

TEST(FieldErrorsTest, UnknownProblemsGetAGeneralSentenceNotEnglish) {
  EXPECT_EQ(Nl("name", "something nobody expected"), "Naam: dit klopt niet. Kijk het nog eens na.");
  EXPECT_EQ(LocalizeFieldError("en", "Name", {"name", "is required and may not be empty"}),
            "Name: please fill this in.");
}

}  // namespace
}  // namespace stip::web
