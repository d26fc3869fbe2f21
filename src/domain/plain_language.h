// Plain-language help for professionals who write what families read (DESIGN.md §2 rule 10):
// long sentences, jargon with a plain alternative, a Dutch readability score. Advice, never a
// block.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace stip::domain {

enum class AdviceKind { kLongSentence, kJargon };

// One piece of advice about one passage of the text.
struct Advice {
  AdviceKind kind = AdviceKind::kJargon;
  std::size_t offset = 0;       // UTF-8 byte offset of the passage in the text
  std::size_t length = 0;       // in bytes
  std::size_t char_offset = 0;  // the same in characters (code points), for editors
  std::size_t char_length = 0;
  std::string found;        // the passage as written: "Ondertoezichtstellingen"
  std::string term;         // kJargon: the glossary term it matched: "ondertoezichtstelling"
  int word_count = 0;       // kLongSentence: the number of words in the sentence
  std::string message;      // the advice, in Dutch, for the writer
  std::string suggestion;   // kJargon: the plain alternative; kLongSentence: how to shorten
  std::string explanation;  // kJargon: the short explanation from the glossary
};

// Flesch-Douma: 206.835 - 0.93 * words/sentence - 77 * syllables/word, clamped to 0..100.
struct Readability {
  int words = 0;
  int sentences = 0;
  int syllables = 0;
  std::optional<double> score;  // none for a text without words
  std::string_view level;       // "zeer makkelijk" ... "zeer moeilijk"; empty without a score
};

struct PlainLanguageOptions {
  int max_sentence_words = 20;  // longer sentences get advice (B1 guidance)
};

struct PlainLanguageReport {
  std::vector<Advice> advice;  // in text order
  Readability readability;
};

// All advice for `text` (UTF-8; invalid bytes count as separators) and its readability.
PlainLanguageReport CheckPlainLanguage(std::string_view text,
                                       const PlainLanguageOptions& options = {});

// One term of the Dutch jargon list (src/domain/data/jargon_nl.tsv).
struct GlossaryEntry {
  std::string term;         // base form, lowercase: "machtiging uithuisplaatsing"
  std::string plain;        // plain alternative (B1)
  std::string explanation;  // short explanation for families (B1)
  bool exact = false;       // matched only as written, without derived word forms
};

// The jargon list compiled into Stip, sorted by term: for the glossary page.
const std::vector<GlossaryEntry>& Glossary();

// Reads a list in the jargon_nl.tsv format: term<TAB>plain<TAB>explanation per line, "#"
// lines are notes, a term in double quotes is `exact`. Fails with the line numbers of
// malformed lines and duplicate terms.
Result<std::vector<GlossaryEntry>> ParseGlossary(std::string_view tsv);

// A word about law or about Stip that a family can meet, explained in plain language on the
// glossary page (/begrippen). The list is data: src/domain/data/begrippen.tsv.
struct LegalTerm {
  std::string term;         // as shown, capitals only for names: "Raad voor de Kinderbescherming"
  std::string explanation;  // Dutch, B1
  std::string term_en;      // "Child Protection Board"
  std::string explanation_en;  // English
};

// The legal terms compiled into Stip, sorted as the jargon list is.
const std::vector<LegalTerm>& LegalTerms();

// Reads a list in the begrippen.tsv format: term<TAB>explanation<TAB>English term<TAB>English
// explanation per line, "#" lines are notes. Fails with the line numbers of malformed lines and
// duplicate terms.
Result<std::vector<LegalTerm>> ParseLegalTerms(std::string_view tsv);

// A term's place in an alphabetical list: lower case without diacritics ("beeindiging").
std::string TermSortKey(std::string_view term);

// The id of a term on the glossary page, for links to /begrippen#<anchor>: the sort key with
// "-" for every run of other characters ("Raad voor de Kinderbescherming" ->
// "raad-voor-de-kinderbescherming"). The jargon list and the legal terms share it.
std::string TermAnchor(std::string_view term);

// Syllables in one Dutch word, by vowel groups: diphthongs (ui, ij, ei, au, ou, ...) and
// doubled vowels are one, a trema starts a new one (beëindigen). At least 1 for any word.
int CountSyllables(std::string_view word);

double FleschDouma(int words, int sentences, int syllables);
std::string_view ReadabilityLevel(double score);

}  // namespace stip::domain
