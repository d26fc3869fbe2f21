// Plain-language help: long sentences, jargon with plain alternatives, Dutch syllables and the
// Flesch-Douma score, and the jargon list itself.
#include "domain/plain_language.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "domain/plain_language_scan.h"

namespace stip::domain {
namespace {

std::vector<Advice> Jargon(std::string_view text) {
  std::vector<Advice> out;
  for (auto& a : CheckPlainLanguage(text).advice) {
    if (a.kind == AdviceKind::kJargon) out.push_back(a);
  }
  return out;
}

std::vector<std::string> Terms(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& a : Jargon(text)) out.push_back(a.term);
  return out;
}

std::vector<int> LongSentences(std::string_view text) {
  std::vector<int> out;
  for (const auto& a : CheckPlainLanguage(text).advice) {
    if (a.kind == AdviceKind::kLongSentence) out.push_back(a.word_count);
  }
  return out;
}

TEST(Syllables, CountsDutchVowelGroups) {
  const std::pair<const char*, int> cases[] = {
      {"kind", 1},
      {"huis", 1},
      {"eeuw", 1},
      {"nieuw", 1},
      {"mooi", 1},
      {"moeder", 2},
      {"koeien", 2},
      {"bureau", 2},
      {"kinderen", 3},
      {"ideeën", 3},
      {"reünie", 3},
      {"gezinsvoogd", 3},
      {"bijeen", 2},
      {"uithuisplaatsing", 4},
      {"jeugdbescherming", 4},
      {"beëindiging", 4},
      {"veiligheidsplan", 4},
      {"situatie", 4},
      {"geëscaleerd", 4},
      {"continuïteit", 5},
      {"geïnteresseerd", 5},
      {"ondertoezichtstelling", 6},
      {"multidisciplinair", 6},
      {"Coördinator", 5},
      {"quarantaine", 4},
      {"baby's", 2},
      {"GGZ", 1},
      {"2026", 1},
      {"", 0},
  };
  for (const auto& [word, expected] : cases) {
    EXPECT_EQ(CountSyllables(word), expected) << word;
  }
}

TEST(Readability, FleschDoumaFormulaAndClamp) {
  EXPECT_NEAR(FleschDouma(10, 1, 15), 206.835 - 9.3 - 115.5, 1e-9);  // 82.035
  EXPECT_NEAR(FleschDouma(40, 4, 60), 206.835 - 9.3 - 115.5, 1e-9);
  EXPECT_EQ(FleschDouma(3, 1, 3), 100.0);  // short words in short sentences
  EXPECT_EQ(FleschDouma(30, 1, 90), 0.0);  // would be negative
  EXPECT_EQ(FleschDouma(0, 0, 0), 0.0);
  EXPECT_EQ(ReadabilityLevel(95), "zeer makkelijk");
  EXPECT_EQ(ReadabilityLevel(80), "makkelijk");
  EXPECT_EQ(ReadabilityLevel(79.9), "redelijk makkelijk");
  EXPECT_EQ(ReadabilityLevel(65), "normaal");
  EXPECT_EQ(ReadabilityLevel(55), "redelijk moeilijk");
  EXPECT_EQ(ReadabilityLevel(30), "moeilijk");
  EXPECT_EQ(ReadabilityLevel(12), "zeer moeilijk");
}

TEST(Readability, SimpleTextScoresHighComplexTextLow) {
  const auto simple = CheckPlainLanguage("Het kind is blij. Mama leest een boek. Papa kookt.");
  EXPECT_EQ(simple.readability.words, 10);
  EXPECT_EQ(simple.readability.sentences, 3);
  EXPECT_EQ(simple.readability.syllables, 12);
  ASSERT_TRUE(simple.readability.score);
  EXPECT_EQ(*simple.readability.score, 100.0);
  EXPECT_EQ(simple.readability.level, "zeer makkelijk");
  EXPECT_TRUE(simple.advice.empty());

  const auto complex = CheckPlainLanguage(
      "In het kader van de ondertoezichtstelling heeft de gecertificeerde instelling, ten "
      "behoeve van de continuïteit van de hulpverlening, middels een multidisciplinair "
      "overleg geïnventariseerd welke interventies geïndiceerd zijn.");
  EXPECT_EQ(complex.readability.words, 27);
  EXPECT_EQ(complex.readability.sentences, 1);
  EXPECT_EQ(complex.readability.syllables, 69);
  ASSERT_TRUE(complex.readability.score);
  EXPECT_LT(*complex.readability.score, 30.0);
  EXPECT_EQ(complex.readability.level, "zeer moeilijk");

  const auto empty = CheckPlainLanguage("  \n ... ");
  EXPECT_FALSE(empty.readability.score);
  EXPECT_EQ(empty.readability.words, 0);
  EXPECT_TRUE(empty.readability.level.empty());
}

TEST(LongSentences, AdviseFromTwentyOneWords) {
  const std::string twenty =
      "Wij hebben vandaag met moeder en vader gesproken over school en over de plannen voor "
      "de komende weken in huis.";
  const std::string twenty_one =
      "Wij hebben vandaag met moeder en vader gesproken over school en over de plannen voor "
      "de komende weken in hun huis.";
  EXPECT_TRUE(LongSentences(twenty).empty());
  EXPECT_EQ(LongSentences(twenty_one), std::vector<int>{21});

  const std::string text = "Noor is blij. " + twenty_one;
  const auto report = CheckPlainLanguage(text);
  ASSERT_EQ(report.advice.size(), 1u);
  const Advice& a = report.advice[0];
  EXPECT_EQ(a.kind, AdviceKind::kLongSentence);
  EXPECT_EQ(a.offset, 14u);
  EXPECT_EQ(a.found, twenty_one.substr(0, twenty_one.size() - 1));  // up to the last word
  EXPECT_NE(a.message.find("21 woorden"), std::string::npos);
  EXPECT_FALSE(a.suggestion.empty());

  PlainLanguageOptions strict;
  strict.max_sentence_words = 10;
  EXPECT_EQ(CheckPlainLanguage(twenty, strict).advice.size(), 1u);
}

TEST(LongSentences, SentenceEnds) {
  // Words are counted per sentence; each case is 2 sentences or 1.
  const std::pair<const char*, int> cases[] = {
      {"Kom je? Ja, ik kom!", 2},
      {"Zij belt bijv. de school. Dat is goed.", 2},
      {"S. de Vries belde. Zij komt morgen.", 2},
      {"Gesprek met J. Jansen over de school.", 1},
      {"Het kost 1.500 euro. Dat is veel.", 2},
      {"Afspraken\n\nmoeder belt", 2},
      {"Afspraken:\n- moeder belt\n- vader haalt op", 3},
      {"Wij spraken met\nSanne over school", 2},
      {"Wij spraken met de\nschool over Noor", 1},
      {"Het duurde ca. 20 minuten", 1},
  };
  for (const auto& [text, sentences] : cases) {
    EXPECT_EQ(CheckPlainLanguage(text).readability.sentences, sentences) << text;
  }
  // A hyphenated word is one word; its parts are still read.
  EXPECT_EQ(CheckPlainLanguage("De OTS-verlenging komt.").readability.words, 3);
}

TEST(Jargon, FindsTermsWithTheirPlainAlternative) {
  const auto hits = Jargon("Er is een ondertoezichtstelling uitgesproken.");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].term, "ondertoezichtstelling");
  EXPECT_EQ(hits[0].found, "ondertoezichtstelling");
  EXPECT_EQ(hits[0].offset, 10u);
  EXPECT_EQ(hits[0].length, std::string("ondertoezichtstelling").size());
  EXPECT_EQ(hits[0].suggestion, "verplichte hulp met een gezinsvoogd");
  EXPECT_FALSE(hits[0].explanation.empty());
  EXPECT_NE(hits[0].message.find(hits[0].suggestion), std::string::npos);
}

TEST(Jargon, MatchesCaseInflectionsAndMultiWordTerms) {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"GEZAG ligt bij moeder.", {"gezag"}},
      {"Twee ondertoezichtstellingen.", {"ondertoezichtstelling"}},
      {"De casussen van vandaag.", {"casus"}},
      {"Alle veiligheidsplannen zijn klaar.", {"veiligheidsplan"}},
      {"School heeft zorgen gesignaleerd.", {"signaleren"}},
      {"De ruzie is geëscaleerd.", {"escaleren"}},
      {"De ruzie escaleert.", {"escaleren"}},
      {"Drie interventies.", {"interventie"}},
      {"Een multidisciplinaire aanpak.", {"multidisciplinair"}},
      {"De signalen waren duidelijk.", {"signaal"}},
      {"In Het Kader Van de hulp.", {"in het kader van"}},
      {"Dit is ten behoeve van Noor.", {"ten behoeve van"}},
      {"Wij vragen een machtiging uithuisplaatsing aan.", {"machtiging uithuisplaatsing"}},
      {"Een machtiging\nuithuisplaatsing is nodig.", {"machtiging uithuisplaatsing"}},
      {"Een uithuisplaatsing is nodig.", {"uithuisplaatsing"}},
      {"Het raadsonderzoek en de regievoering.", {"raadsonderzoek", "regievoering"}},
      {"Multidisciplinair overleg op dinsdag.", {"multidisciplinair overleg"}},
      {"Wij gaan samen de-escaleren.", {"de-escaleren"}},
      {"De OTS-verlenging is aangevraagd.", {"ots", "verlenging"}},
      {"De gezagsbeeindiging (zonder trema).", {"gezagsbeëindiging"}},
      {"Vader is gezagsdrager.", {"gezagsdrager"}},
      {"Het casusoverleg was kort.", {"casusoverleg"}},
  };
  for (const auto& [text, terms] : cases) {
    EXPECT_EQ(Terms(text), terms) << text;
  }
}

TEST(Jargon, NoHitInsideLongerWordsOrAcrossSentences) {
  // "gezag" is a whole word only; a compound not in the list gets no advice.
  EXPECT_TRUE(Terms("Dat is een gezagsvraagstuk.").empty());
  EXPECT_TRUE(Terms("De casusbespreking is morgen.").empty());
  EXPECT_TRUE(Terms("Wij planden ondertoezichtstellingsachtige stappen.").empty());
  // Words of a multi-word term must stand together in one sentence.
  EXPECT_TRUE(Terms("Dit past in het kader. Van de hulp weten we veel.").empty());
  EXPECT_TRUE(Terms("Een machtiging, uithuisplaatsing.") ==
              std::vector<std::string>{"uithuisplaatsing"});
}

TEST(Jargon, ExactTermsDoNotInflect) {
  EXPECT_EQ(Terms("Indien nodig belt moeder."), std::vector<std::string>{"indien"});
  EXPECT_TRUE(Terms("Vader wil een klacht indienen.").empty());
  EXPECT_EQ(Terms("Dat is reeds besproken."), std::vector<std::string>{"reeds"});
}

TEST(Jargon, GivesCharacterOffsetsForEditors) {
  const std::string text = "Café één: casus.";
  const auto hits = Jargon(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].offset, text.find("casus"));
  EXPECT_EQ(hits[0].char_offset, 10u);  // three é before it, two bytes each
  EXPECT_EQ(hits[0].char_length, 5u);
}

TEST(Jargon, SurvivesBrokenText) {
  const std::string broken = "casus \xff\xfe gezag \xe2\x82";
  EXPECT_EQ(Terms(broken), (std::vector<std::string>{"casus", "gezag"}));
}

TEST(Jargon, InflectionsOfOneWord) {
  const auto has = [](const std::string& key, const std::string& form) {
    const auto forms = scan::Inflections(key);
    return std::find(forms.begin(), forms.end(), form) != forms.end();
  };
  EXPECT_TRUE(has("plan", "plan"));
  EXPECT_FALSE(has("plan", "plannen"));  // too short to inflect safely
  EXPECT_TRUE(has("pleeggezin", "pleeggezinnen"));
  EXPECT_TRUE(has("adequaat", "adequate"));
  EXPECT_TRUE(has("perspectief", "perspectieven"));
  EXPECT_TRUE(has("residentieel", "residentiele"));
  EXPECT_TRUE(has("monitoren", "gemonitord"));
  EXPECT_TRUE(has("initieren", "geinitieerd"));
  EXPECT_TRUE(has("afstemmen", "afstemt"));
}

TEST(Glossary, HasAtLeast150CompleteUniqueTerms) {
  const auto& glossary = Glossary();
  EXPECT_GE(glossary.size(), 150u);
  std::set<std::string> terms;
  for (const auto& e : glossary) {
    EXPECT_FALSE(e.term.empty());
    EXPECT_FALSE(e.plain.empty()) << e.term;
    EXPECT_FALSE(e.explanation.empty()) << e.term;
    EXPECT_EQ(e.explanation.back(), '.') << e.term;
    EXPECT_TRUE(terms.insert(e.term).second) << "twice: " << e.term;
    // Terms are listed in lower case (except letters with diacritics, which fold anyway).
    EXPECT_TRUE(std::none_of(e.term.begin(), e.term.end(), [](char c) {
      return c >= 'A' && c <= 'Z';
    })) << e.term;
  }
  // Sorted as a dictionary: "casuïstiek" before "casusoverleg".
  const auto fold = [](std::string_view term) {
    std::string key;
    for (std::size_t i = 0; i < term.size();) scan::AppendKey(key, scan::Next(term, i));
    return key;
  };
  EXPECT_TRUE(std::is_sorted(glossary.begin(), glossary.end(), [&](const auto& a, const auto& b) {
    return fold(a.term) < fold(b.term);
  }));
}

TEST(Glossary, ContainsTheCoreTermsAndFindsEveryTermItself) {
  std::set<std::string> terms;
  for (const auto& e : Glossary()) terms.insert(e.term);
  for (const char* t :
       {"ondertoezichtstelling", "gezag", "casus", "regievoering", "machtiging uithuisplaatsing",
        "gezinsvoogd", "jeugdbescherming", "raadsonderzoek", "veiligheidsplan", "signaleren",
        "interventie", "multidisciplinair", "escaleren", "in het kader van", "ten behoeve van"}) {
    EXPECT_TRUE(terms.count(t)) << t;
  }
  for (const auto& e : Glossary()) {
    EXPECT_EQ(Terms(e.term), std::vector<std::string>{e.term}) << e.term;
  }
}

TEST(Glossary, ExplanationsFollowTheirOwnAdvice) {
  for (const auto& e : Glossary()) {
    EXPECT_TRUE(LongSentences(e.explanation).empty()) << e.term;
    EXPECT_TRUE(LongSentences(e.plain).empty()) << e.term;
  }
}

TEST(Glossary, ParsingReportsBrokenLines) {
  auto ok = ParseGlossary("# note\n\nzeta\tz\tUitleg.\r\nalfa\ta\tUitleg.\n");
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->size(), 2u);
  EXPECT_EQ((*ok)[0].term, "alfa");

  auto exact = ParseGlossary("\"indien\"\tals\tUitleg.\nindienen\tgeven\tUitleg.\n");
  ASSERT_TRUE(exact);
  EXPECT_EQ((*exact)[0].term, "indien");
  EXPECT_TRUE((*exact)[0].exact);
  EXPECT_FALSE((*exact)[1].exact);

  auto bad = ParseGlossary(
      "alfa\ta\tUitleg.\nbeta\tb\nAlfa\tA\tUitleg.\ngamma\t \tUitleg.\n\"\"\"\tx\ty\n");
  ASSERT_FALSE(bad);
  ASSERT_EQ(bad.error().fields.size(), 4u);
  EXPECT_EQ(bad.error().fields[3].field, "line 5");
  EXPECT_EQ(bad.error().fields[0].field, "line 2");
  EXPECT_EQ(bad.error().fields[1].field, "line 3");
  EXPECT_NE(bad.error().fields[1].message.find("line 1"), std::string::npos);
  EXPECT_EQ(bad.error().fields[2].field, "line 4");
}

}  // namespace
}  // namespace stip::domain
