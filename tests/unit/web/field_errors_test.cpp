// The app's field error codes become plain Dutch (or English) sentences with the label.
#include "web/field_errors.h"

#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "domain/rules.h"
#include "domain/text.h"
#include "web/messages.h"

namespace stip::web {
namespace {

using domain::FieldCode;
using domain::FieldError;
using domain::ValueList;

std::string Nl(const FieldError& error, const std::string& label = "Naam") {
  return LocalizeFieldError("nl", label, error);
}

// The first error the domain's household rules give for `field`.
FieldError HouseholdError(const std::string& field, const std::vector<domain::Member>& members,
                          const std::vector<domain::Custody>& custody = {}) {
  for (auto& e : domain::CheckHousehold("Gezin", members, custody, {2026, 11, 29})) {
    if (e.field == field) return e;
  }
  ADD_FAILURE() << "no error for " << field;
  return {field, FieldCode::kInvalid, ""};
}

domain::Member M(std::string id, domain::MemberRole role, domain::Date birth) {
  return {std::move(id), "Naam", role, birth};
}

TEST(FieldErrorsTest, TextProblems) {
  EXPECT_EQ(Nl({"name", *domain::CheckText(" ", 120, true, false)}), "Naam: vul dit in.");
  EXPECT_EQ(Nl({"name", *domain::CheckText(std::string(130, 'a'), 120, true, false)}),
            "Naam: dit is te lang. Er mogen hoogstens 120 tekens in.");
  EXPECT_EQ(Nl({"source", *domain::CheckText("a\tb", 200, true, false)}, "Bron"),
            "Bron: hier staat een teken in dat niet kan. Haal het weg.");
  EXPECT_EQ(Nl({"text", *domain::CheckText("\xff", 5000, true, true)}, "Tekst"),
            "Tekst: hier staat een teken in dat niet kan. Haal het weg.");
}

TEST(FieldErrorsTest, ReactionAndWithholdingProblems) {
  EXPECT_EQ(Nl({"kind", domain::NotOneOf(ValueList::kReactionKind)}),
            "Kies wat voor reactie het is.");
  EXPECT_EQ(Nl({"kind", domain::NotOneOf(ValueList::kEntryKind)}),
            "Kies wat voor aantekening het is.");
  EXPECT_EQ(Nl({"ground", domain::NotOneOf(ValueList::kWithholdingGround)}),
            "Kies een wettelijke grond uit de lijst.");
  EXPECT_EQ(Nl({"ground", FieldCode::kGroundNeedsChild, "needs an entry that concerns a child"},
               "Wettelijke grond"),
            "Wettelijke grond: deze grond kan alleen bij een aantekening over een kind.");
  EXPECT_EQ(Nl({"ground", FieldCode::kGroundNeedsYoungPerson, "is only for ...", {{"age", 16}}},
               "Wettelijke grond"),
            "Wettelijke grond: deze grond kan alleen bij informatie van een jongere van 16 jaar "
            "of ouder.");
  EXPECT_EQ(Nl({"member_id", domain::NotAMember()}), "Kies een gezinslid.");
  EXPECT_EQ(Nl({"review_date",
                FieldCode::kDateNotAfterToday,
                "must lie after today",
                {{"today", "2026-11-29"}}},
               "Herzien op"),
            "Herzien op: kies een dag na vandaag.");
  EXPECT_EQ(Nl({"review_date",
                FieldCode::kInvestigationTooLong,
                "... lasts at most 70 days ...",
                {{"max_days", 70}}},
               "Herzien op"),
            "Herzien op: bij een lopend onderzoek kan dit hoogstens 70 dagen na het eerste "
            "besluit.");
  EXPECT_EQ(Nl({"accepted", domain::NotOneOf(ValueList::kYesNo)}, "Besluit"),
            "Besluit: kies ja of nee.");
}

TEST(FieldErrorsTest, HouseholdProblems) {
  using domain::MemberRole;
  EXPECT_EQ(Nl({"members[0].birth_date", domain::NotADate()}, "Geboortedatum"),
            "Geboortedatum: vul een echte datum in, bijvoorbeeld 14-03-2019.");
  EXPECT_EQ(Nl(HouseholdError("members[0].birth_date", {M("c", MemberRole::kChild, {2027, 1, 1})}),
               "Geboortedatum"),
            "Geboortedatum: deze datum ligt in de toekomst.");
  EXPECT_EQ(Nl(HouseholdError("members[1].role", {M("c", MemberRole::kChild, {2019, 1, 1}),
                                                  M("o", MemberRole::kChild, {1990, 1, 1})}),
               "Rol"),
            "Rol: een kind in een gezinsdossier is hoogstens 23 jaar. Kies voor iemand die ouder "
            "is: andere volwassene.");
  EXPECT_EQ(Nl(HouseholdError("members", {M("p", MemberRole::kParent, {1980, 1, 1})})),
            "Een gezinsdossier heeft minstens één kind nodig.");
  EXPECT_EQ(Nl(HouseholdError("members", {})), "Vul minstens één gezinslid in.");
  EXPECT_EQ(Nl(HouseholdError("custody[0].parent_ref", {M("c", MemberRole::kChild, {2019, 1, 1})},
                              {{"c", "c", true}})),
            "Gezag kan alleen tussen een ouder of verzorger en een kind.");
}

TEST(FieldErrorsTest, ProfessionalProblems) {
  EXPECT_EQ(Nl({"lead_user_id", domain::Required("every family file needs a lead professional")}),
            "Kies een vast gezicht. Ieder gezinsdossier heeft er één.");
  EXPECT_EQ(Nl({"lead_user_id", FieldCode::kLeadNotLocalTeam, "must belong to a local team"}),
            "Het vaste gezicht moet uit een wijkteam komen.");
  EXPECT_EQ(Nl({"duo_user_id", FieldCode::kDuoNotRegionalTeam, "must belong to a regional team"}),
            "De duo-partner moet uit het regionaal veiligheidsteam komen.");
  EXPECT_EQ(Nl({"duo_user_id", FieldCode::kDuoSameAsLead, "must be another person"}),
            "Kies als duo-partner iemand anders dan het vaste gezicht.");
  EXPECT_EQ(Nl({"kind", domain::NotOneOf(ValueList::kEntryKind)}),
            "Kies wat voor aantekening het is.");
}

TEST(FieldErrorsTest, UnknownProblemsGetAGeneralSentenceNotEnglish) {
  // A code this front-end does not know (an app newer than the pages) and the generic code.
  EXPECT_EQ(Nl({"name", static_cast<FieldCode>(9999), "something nobody expected"}),
            "Naam: dit klopt niet. Kijk het nog eens na.");
  EXPECT_EQ(Nl({"name", FieldCode::kInvalid, "something nobody expected"}),
            "Naam: dit klopt niet. Kijk het nog eens na.");
  EXPECT_EQ(LocalizeFieldError("en", "Name", {"name", domain::Required()}),
            "Name: please fill this in.");
  // A list of choices without a sentence of its own still asks to choose, in Dutch.
  EXPECT_EQ(Nl({"x", FieldCode::kNotOneOf, "must be a or b", {{"list", "colour"}}}),
            "Naam: kies een van de mogelijkheden.");
}

std::set<std::string> Placeholders(std::string_view text) {
  static const std::regex kPlaceholder(R"(\{([a-z_]+)\})");
  std::set<std::string> names;
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kPlaceholder);
       it != std::sregex_iterator(); ++it) {
    names.insert((*it)[1].str());
  }
  return names;
}

// `code` with every parameter it may carry, so that a text may use any of them.
FieldError WithAllParams(std::string field, FieldCode code) {
  std::vector<domain::FieldParam> params;
  for (const auto name : domain::FieldCodeParams(code)) params.push_back({std::string(name), 7});
  return {std::move(field), code, "English", std::move(params)};
}

void ExpectTexts(const FieldError& error, bool own_text) {
  const std::string_view key = FieldErrorKey(error);
  const std::string name(domain::FieldCodeName(error.code));
  if (own_text) {
    EXPECT_NE(key, "fe_generic") << name << " has no text of its own";
  }
  std::set<std::string> allowed{"label"};
  for (const auto p : domain::FieldCodeParams(error.code)) allowed.emplace(p);
  for (const std::string_view locale : {"nl", "en"}) {
    const std::string_view text = Text(locale, key);
    EXPECT_NE(text, kMissingMessage) << name << " (" << key << ") in " << locale;
    for (const auto& p : Placeholders(text)) {
      EXPECT_TRUE(allowed.contains(p))
          << key << " uses {" << p << "}, which " << name << " does not carry";
    }
    EXPECT_EQ(LocalizeFieldError(locale, "Veld", error).find('{'), std::string::npos) << key;
  }
}

TEST(FieldErrorsTest, EveryCodeTheAppCanGiveHasDutchAndEnglishText) {
  for (const FieldCode code : domain::kAllFieldCodes) {
    ExpectTexts(WithAllParams("x", code), code != FieldCode::kInvalid);
  }
  // The fields and lists that have a sentence of their own.
  ExpectTexts(WithAllParams("lead_user_id", FieldCode::kRequired), true);
  ExpectTexts(WithAllParams("members", FieldCode::kTooFew), true);
  ExpectTexts(WithAllParams("members", FieldCode::kTooMany), true);
  ExpectTexts({"lead_user_id", domain::UnknownId("professional")}, true);
  for (const ValueList list : domain::kAllValueLists) {
    const FieldError error{"x", domain::NotOneOf(list)};
    EXPECT_NE(FieldErrorKey(error), "fe_not_one_of") << domain::ValueListName(list);
    ExpectTexts(error, true);
  }
}

}  // namespace
}  // namespace stip::web
