// Internals of the plain-language help: how Dutch text is cut into words and sentences, and
// how jargon is matched. Only plain_language*.cpp and their tests include this header.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stip::domain::scan {

// Decodes the code point at s[i] and advances i; an invalid byte becomes U+FFFD.
char32_t Next(std::string_view s, std::size_t& i);
bool IsLetter(char32_t c);
bool IsAlnum(char32_t c);
// Appends the matching key of a character: lower case without diacritics ("Ë" -> "e"), so
// that "Beëindiging" and "beeindiging" are the same word.
void AppendKey(std::string& out, char32_t c);

// What separates a token from the one before it.
enum class Gap { kStart, kSpace, kHyphen, kOther };

// A word (or one part of a hyphenated word) in the text.
struct Token {
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
  std::size_t char_begin = 0;  // code points
  std::size_t char_end = 0;
  std::string key;  // AppendKey of every character
  Gap gap = Gap::kStart;
  int sentence = 0;  // index of the sentence it belongs to
};

// Words are runs of letters and digits, with an apostrophe (foto's), a dot (t.a.v., 1.500)
// or a comma between digits (2,5) inside. Sentences end at . ! ? … (not after an
// abbreviation or an initial, nor before a lower-case word), at a blank line, and at a line
// that starts with a capital, a digit or a list mark.
std::vector<Token> Tokenize(std::string_view text);

// One way a glossary term can be written: its words (keys, the last one maybe inflected)
// and the gaps between them.
struct Pattern {
  std::vector<std::string> words;
  std::vector<Gap> gaps;  // gaps[j] comes before words[j + 1]: kSpace or kHyphen
  std::size_t entry = 0;  // index into Glossary()
};

// The longest glossary term that starts at tokens[at] and stays within one sentence.
const Pattern* MatchJargon(const std::vector<Token>& tokens, std::size_t at);

// The word forms a term's last word is also matched in: plurals (-en, -s, doubled consonant,
// single vowel), adjective -e, and verb forms (signaleren: signaleert, gesignaleerd).
std::vector<std::string> Inflections(const std::string& key);

// One data line of a tab-separated list (jargon_nl.tsv, begrippen.tsv).
struct TsvLine {
  int number = 0;                   // 1-based line number, for error messages
  std::vector<std::string> fields;  // trimmed
  bool valid_utf8 = true;
};

// The data lines of `tsv`: blank lines and "#" notes are left out, "\r\n" is read as "\n".
std::vector<TsvLine> ReadTsv(std::string_view tsv);

}  // namespace stip::domain::scan
