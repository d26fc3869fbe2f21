// Long sentences, jargon advice and the Flesch-Douma score with a Dutch syllable counter.
#include "domain/plain_language.h"

#include <algorithm>
#include <array>

#include "domain/plain_language_scan.h"

namespace stip::domain {
namespace {

using scan::Gap;
using scan::Token;

// Groups of vowel symbols that sound as one syllable; the longest group that fits wins.
constexpr std::array<std::string_view, 18> kVowelGroups{
    "ieu", "eeu", "oei", "ooi", "aai", "eau", "aa", "ee", "oo",
    "uu",  "ie",  "oe",  "eu",  "ui",  "ei",  "au", "ou", "ai",
};

bool IsTremaSymbol(char c) { return c >= 'A' && c <= 'Z'; }
char Lower(char c) { return IsTremaSymbol(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Syllables in one run of vowel symbols: lower case a e i o u y, 'j' for ij, upper case for
// a vowel with a trema. A trema starts a new syllable but can begin a group (be-ëin-di-gen).
int CountGroups(std::string_view run) {
  int groups = 0;
  std::size_t i = 0;
  while (i < run.size()) {
    std::size_t best = 1;
    for (std::string_view group : kVowelGroups) {
      if (group.size() <= best || i + group.size() > run.size()) continue;
      bool match = true;
      for (std::size_t k = 0; k < group.size() && match; ++k) {
        const char r = run[i + k];
        match = Lower(r) == group[k] && (k == 0 || !IsTremaSymbol(r));
      }
      if (match) best = group.size();
    }
    ++groups;
    i += best;
  }
  return groups;
}

// The vowel symbol for a code point (see CountGroups), or 0 for a consonant.
char VowelSymbol(char32_t c) {
  switch (c) {
    case 0xE4:
    case 0xC4:
      return 'A';  // ä
    case 0xEB:
    case 0xCB:
      return 'E';  // ë
    case 0xEF:
    case 0xCF:
      return 'I';  // ï
    case 0xF6:
    case 0xD6:
      return 'O';  // ö
    case 0xFC:
    case 0xDC:
      return 'U';  // ü
    case 0x133:
    case 0x132:
      return 'j';  // the ij ligature
    default:
      break;
  }
  std::string key;
  scan::AppendKey(key, c);
  if (key.size() != 1) return 0;
  const char b = key[0];
  return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y' ? b : 0;
}

// Readability labels after Douma's scale.
struct Level {
  double from;
  std::string_view label;
};
constexpr std::array<Level, 7> kLevels{{
    {90, "zeer makkelijk"},
    {80, "makkelijk"},
    {70, "redelijk makkelijk"},
    {60, "normaal"},
    {50, "redelijk moeilijk"},
    {30, "moeilijk"},
    {0, "zeer moeilijk"},
}};

Advice Passage(AdviceKind kind, std::string_view text, const Token& first, const Token& last) {
  Advice a;
  a.kind = kind;
  a.offset = first.begin;
  a.length = last.end - first.begin;
  a.char_offset = first.char_begin;
  a.char_length = last.char_end - first.char_begin;
  a.found = std::string(text.substr(a.offset, a.length));
  return a;
}

void AddSentences(std::string_view text, const std::vector<Token>& tokens,
                  const PlainLanguageOptions& options, PlainLanguageReport& report) {
  Readability& r = report.readability;
  std::size_t start = 0;
  while (start < tokens.size()) {
    std::size_t end = start + 1;
    while (end < tokens.size() && tokens[end].sentence == tokens[start].sentence) ++end;
    int words = 0;
    for (std::size_t j = start; j < end; ++j) {
      // "OTS-verlenging" is one word in two parts.
      if (j == start || tokens[j].gap != Gap::kHyphen) ++words;
      r.syllables += CountSyllables(text.substr(tokens[j].begin, tokens[j].end - tokens[j].begin));
    }
    r.words += words;
    ++r.sentences;
    if (words > options.max_sentence_words) {
      Advice a = Passage(AdviceKind::kLongSentence, text, tokens[start], tokens[end - 1]);
      a.word_count = words;
      a.message = "Deze zin heeft " + std::to_string(words) + " woorden. Zinnen van hoogstens " +
                  std::to_string(options.max_sentence_words) +
                  " woorden zijn makkelijker te lezen.";
      a.suggestion = "Maak er twee of meer korte zinnen van, met één boodschap per zin.";
      report.advice.push_back(std::move(a));
    }
    start = end;
  }
}

void AddJargon(std::string_view text, const std::vector<Token>& tokens,
               PlainLanguageReport& report) {
  const auto& glossary = Glossary();
  std::size_t i = 0;
  while (i < tokens.size()) {
    const scan::Pattern* hit = scan::MatchJargon(tokens, i);
    if (!hit) {
      ++i;
      continue;
    }
    const GlossaryEntry& entry = glossary[hit->entry];
    const std::size_t last = i + hit->words.size() - 1;
    Advice a = Passage(AdviceKind::kJargon, text, tokens[i], tokens[last]);
    a.term = entry.term;
    a.message =
        "'" + a.found + "' is vaktaal of moeilijke taal. Schrijf liever: " + entry.plain + ".";
    a.suggestion = entry.plain;
    a.explanation = entry.explanation;
    report.advice.push_back(std::move(a));
    i = last + 1;
  }
}

}  // namespace

int CountSyllables(std::string_view word) {
  int count = 0;
  bool any = false;
  std::string run;
  char32_t previous = 0;
  std::size_t i = 0;
  while (i < word.size()) {
    const char32_t c = scan::Next(word, i);
    const char32_t lower = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
    if (!scan::IsAlnum(c)) {
      count += CountGroups(run);
      run.clear();
    } else {
      any = true;
      char v = VowelSymbol(c);
      if (lower == 'j' && !run.empty() && run.back() == 'i') {
        run.back() = 'j';                                    // ij is one vowel
      } else if (v && !(lower == 'u' && previous == 'q')) {  // the u of qu is a consonant
        run += v;
      } else {
        count += CountGroups(run);
        run.clear();
      }
    }
    previous = lower;
  }
  count += CountGroups(run);
  // Numbers and abbreviations without vowels ("GGZ", "2026") still take a beat to read.
  return any ? std::max(count, 1) : 0;
}

double FleschDouma(int words, int sentences, int syllables) {
  if (words <= 0 || sentences <= 0) return 0.0;
  const double score = 206.835 - 0.93 * words / sentences - 77.0 * syllables / words;
  return std::clamp(score, 0.0, 100.0);
}

std::string_view ReadabilityLevel(double score) {
  for (const Level& level : kLevels) {
    if (score >= level.from) return level.label;
  }
  return kLevels.back().label;
}

PlainLanguageReport CheckPlainLanguage(std::string_view text, const PlainLanguageOptions& options) {
  PlainLanguageReport report;
  const std::vector<Token> tokens = scan::Tokenize(text);
  AddSentences(text, tokens, options, report);
  AddJargon(text, tokens, report);
  Readability& r = report.readability;
  if (r.words > 0) {
    r.score = FleschDouma(r.words, r.sentences, r.syllables);
    r.level = ReadabilityLevel(*r.score);
  }
  std::stable_sort(report.advice.begin(), report.advice.end(),
                   [](const Advice& a, const Advice& b) { return a.offset < b.offset; });
  return report;
}

}  // namespace stip::domain
