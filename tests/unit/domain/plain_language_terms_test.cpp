// The glossary of legal terms (/begrippen): complete, in plain language, and linkable.
#include <gtest/gtest.h>

#include <set>

#include "domain/plain_language.h"

namespace stip::domain {
namespace {

TEST(LegalTerms, ExplainEveryTermTheFamilyMeetsInStip) {
  std::set<std::string> anchors;
  for (const auto& t : LegalTerms()) anchors.insert(TermAnchor(t.term));
  for (const char* term : {"ondertoezichtstelling",
                           "gezag",
                           "voogdij",
                           "machtiging uithuisplaatsing",
                           "gezinsvoogd",
                           "jeugdbescherming",
                           "Raad voor de Kinderbescherming",
                           "kinderrechter",
                           "vertrouwenspersoon",
                           "AKJ",
                           "inzage",
                           "correctie",
                           "achterhouden",
                           "bezwaar",
                           "eigen verklaring",
                           "toestemming",
                           "vast gezicht",
                           "regisseur",
                           "aantekening",
                           "reactie"}) {
    EXPECT_TRUE(anchors.count(TermAnchor(term))) << term;
  }
}

TEST(LegalTerms, AreCompleteSortedAndPlain) {
  const auto& terms = LegalTerms();
  ASSERT_GE(terms.size(), 30u);
  for (const auto& t : terms) {
    EXPECT_EQ(t.explanation.back(), '.') << t.term;
    EXPECT_EQ(t.explanation_en.back(), '.') << t.term;
    EXPECT_FALSE(t.term_en.empty()) << t.term;
    // The glossary follows Stip's own advice: no sentence over 20 words.
    for (const auto& a : CheckPlainLanguage(t.explanation).advice) {
      EXPECT_NE(a.kind, AdviceKind::kLongSentence) << t.term << ": " << a.found;
    }
  }
  for (std::size_t i = 1; i < terms.size(); ++i) {
    EXPECT_LT(TermSortKey(terms[i - 1].term), TermSortKey(terms[i].term)) << terms[i].term;
  }
}

TEST(LegalTerms, AnchorsAreLowerCaseAsciiWithHyphens) {
  EXPECT_EQ(TermAnchor("Raad voor de Kinderbescherming"), "raad-voor-de-kinderbescherming");
  EXPECT_EQ(TermAnchor("gezagsbeëindiging"), "gezagsbeeindiging");
  EXPECT_EQ(TermAnchor("eigen kracht-conferentie"), "eigen-kracht-conferentie");
  EXPECT_EQ(TermAnchor("  AKJ "), "akj");
  EXPECT_EQ(TermAnchor("?!"), "");
  // Every jargon word has an anchor, so advice can link to its explanation.
  for (const auto& e : Glossary()) EXPECT_FALSE(TermAnchor(e.term).empty()) << e.term;
}

TEST(LegalTerms, ParsingReportsBrokenLines) {
  auto ok = ParseLegalTerms(
      "# note\nzitting\tUitleg.\thearing\tExplained.\r\n"
      "AKJ\tUitleg.\tAKJ\tExplained.\n");
  ASSERT_TRUE(ok) << ok.error().message;
  ASSERT_EQ(ok->size(), 2u);
  EXPECT_EQ((*ok)[0].term, "AKJ");
  EXPECT_EQ((*ok)[1].term_en, "hearing");

  auto bad = ParseLegalTerms(
      "a\tb\tc\n"
      "x\tUitleg.\tx\tExplained.\n"
      "X\tU.\tX\tE.\n"
      "y\t\ty\tE.\n");
  ASSERT_FALSE(bad);
  ASSERT_EQ(bad.error().fields.size(), 3u);
  EXPECT_EQ(bad.error().fields[0].field, "line 1");
  EXPECT_EQ(bad.error().fields[1].field, "line 3");
  EXPECT_NE(bad.error().fields[1].message.find("line 2"), std::string::npos);
  EXPECT_EQ(bad.error().fields[2].field, "line 4");
}

}  // namespace
}  // namespace stip::domain
