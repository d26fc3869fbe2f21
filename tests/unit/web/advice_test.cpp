// Plain-language advice as the entry form shows it (templates/_advice.mustache): the words a
// writer reads, in Dutch and English, and the texts the live script gets.
#include "web/advice.h"

#include <gtest/gtest.h>

#include "web/messages.h"

namespace stip::web {
namespace {

std::string Render(std::string_view locale, std::string_view text) {
  Data data = AdviceData(locale, domain::CheckPlainLanguage(text), "advice_title");
  data.set("t", MessagesFor(locale));
  std::string error;
  auto html = RenderTemplate("_advice", data, &error);
  EXPECT_TRUE(html) << error;
  return html.value_or("");
}

TEST(AdviceTest, PointsAtLongSentencesAndLinksJargonToTheGlossary) {
  const std::string html =
      Render("nl",
             "Wij hebben in het kader van de casus met moeder en vader en oma en opa en de juf van "
             "school gesproken over hoe het nu gaat met Noor. Met de casus gaat het goed.");
  EXPECT_NE(html.find("<strong>Tips voor duidelijke taal</strong>"), std::string::npos) << html;
  EXPECT_NE(html.find("<q>Wij hebben in het kader van de casus …</q> heeft 29 woorden. Maak er "
                      "zinnen van hoogstens 20 woorden van."),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<a class=\"utrecht-link utrecht-link--html-a\" "
                      "href=\"/begrippen#in-het-kader-van\">in het kader van</a> – schrijf "
                      "liever: <q>"),
            std::string::npos)
      << html;
  // "casus" twice in the text, once in the advice.
  const auto first = html.find("href=\"/begrippen#casus\"");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(html.find("href=\"/begrippen#casus\"", first + 1), std::string::npos);
  EXPECT_NE(html.find("Leesbaarheid: "), std::string::npos);
  EXPECT_EQ(html.find("Goed zo"), std::string::npos);
}

TEST(AdviceTest, PraisesPlainTextAndSpeaksEnglish) {
  const std::string nl = Render("nl", "Noor gaat graag naar school. Ze speelt met Mees.");
  EXPECT_NE(nl.find("Goed zo: de zinnen zijn kort"), std::string::npos) << nl;
  EXPECT_NE(nl.find("Leesbaarheid: zeer makkelijk"), std::string::npos) << nl;
  const std::string en = Render("en", "Noor gaat graag naar school. Ze speelt met Mees.");
  EXPECT_NE(en.find("Readability: very easy ("), std::string::npos) << en;
  EXPECT_NE(en.find("Well done"), std::string::npos);
  // No words, no score and no praise.
  const std::string empty = Render("nl", "  ");
  EXPECT_EQ(empty.find("Leesbaarheid"), std::string::npos);
  EXPECT_EQ(empty.find("Goed zo"), std::string::npos);
}

TEST(AdviceTest, SentenceStartAndReadabilityLabels) {
  EXPECT_EQ(SentenceStart("Een twee drie"), "Een twee drie");
  EXPECT_EQ(SentenceStart("  een\ntwee  drie vier ", 2), "een twee …");
  EXPECT_EQ(SentenceStart(""), "");
  EXPECT_EQ(ReadabilityText("en", "redelijk moeilijk"), "fairly hard");
  EXPECT_EQ(ReadabilityText("nl", "redelijk moeilijk"), "redelijk moeilijk");
  // Every label the domain can give has a translation.
  for (double score : {95.0, 85.0, 75.0, 65.0, 55.0, 35.0, 5.0}) {
    const std::string_view label = domain::ReadabilityLevel(score);
    EXPECT_NE(ReadabilityText("en", label), std::string(label)) << label;
  }
}

TEST(AdviceTest, TheScriptGetsItsTextsInThePagesLanguage) {
  const auto nl = AdviceScriptTexts("nl");
  EXPECT_EQ(nl.texts.at("url"), "/api/v1/plain-language");
  EXPECT_EQ(nl.texts.at("max"), "20");
  EXPECT_EQ(nl.texts.at("title"), "Tips voor duidelijke taal");
  const auto en = AdviceScriptTexts("en");
  EXPECT_EQ(en.levels.at("zeer moeilijk"), "very hard");
  EXPECT_EQ(en.texts.at("long_item"), Text("en", "advice_long_item"));
}

}  // namespace
}  // namespace stip::web
