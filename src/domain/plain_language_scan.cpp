// Cutting Dutch text into words and sentences for the plain-language help.
#include <array>
#include <string_view>

#include "domain/plain_language_scan.h"

namespace stip::domain::scan {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Base letters of U+00C0..U+00FF; '*' and '/' stand for × and ÷, which are no letters.
constexpr std::string_view kLatin1Base =
    "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo/ouuuuyty";

// Abbreviations after which a full stop usually does not end the sentence.
constexpr std::array<std::string_view, 22> kAbbreviations{
    "bijv", "bv", "enz", "etc", "nr",  "mevr", "dhr",  "mr",   "dr", "drs", "ir",
    "prof", "ca", "art", "blz", "evt", "incl", "excl", "resp", "jl", "vs",  "zgn",
};

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsUpper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }
bool IsLower(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7); }
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool IsAbbreviation(const std::string& key) {
  if (key.size() == 1) return true;  // an initial: "J. Jansen"
  bool dotted = false;
  for (char c : key) {
    if (c >= '0' && c <= '9') return false;
    if (c == '.') dotted = true;
  }
  if (dotted) return true;  // t.a.v, o.a, d.w.z
  for (std::string_view a : kAbbreviations) {
    if (key == a) return true;
  }
  return false;
}

struct CodePoint {
  char32_t c;
  std::size_t at;  // byte offset
};

// Does the text between two words end a sentence? `next` is the next word's first character.
bool EndsSentence(const Token& previous, const std::vector<CodePoint>& between, char32_t next) {
  int newlines = 0;
  bool full_stop = false;
  bool list_mark = false;
  for (const CodePoint& cp : between) {
    if (cp.c == '!' || cp.c == '?' || cp.c == 0x2026) return true;
    if (cp.c == '.') full_stop = true;
    if (cp.c == '\n') {
      ++newlines;
      list_mark = false;
    } else if (newlines > 0 && (cp.c == '-' || cp.c == '*' || cp.c == 0x2022 || cp.c == 0x2013)) {
      list_mark = true;
    }
  }
  if (newlines >= 2) return true;
  if (newlines == 1 && (list_mark || IsUpper(next) || IsDigit(next))) return true;
  if (!full_stop) return false;
  // "bijv. de moeder", "ca. 20 keer", "S. de Vries": no new sentence.
  return !IsLower(next) && !IsAbbreviation(previous.key);
}

}  // namespace

char32_t Next(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  const std::size_t len = (c & 0xE0) == 0xC0   ? 2
                          : (c & 0xF0) == 0xE0 ? 3
                          : (c & 0xF8) == 0xF0 ? 4
                                               : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return kReplacement;
  }
  char32_t cp = c & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += len;
  return cp;
}

bool IsLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool IsAlnum(char32_t c) { return IsLetter(c) || IsDigit(c); }

void AppendKey(std::string& out, char32_t c) {
  if (c >= 'A' && c <= 'Z') {
    out += static_cast<char>(c - 'A' + 'a');
  } else if (c >= 0xC0 && c <= 0xFF) {
    out += kLatin1Base[c - 0xC0];
  } else if (c == 0x132 || c == 0x133) {
    out += "ij";
  } else if (c == 0x2019) {
    out += '\'';
  } else {
    AppendUtf8(out, c);
  }
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<CodePoint> cps;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    cps.push_back({Next(text, i), at});
  }
  const std::size_t n = cps.size();
  const auto letter_at = [&](std::size_t k) { return k < n && IsLetter(cps[k].c); };
  const auto digit_at = [&](std::size_t k) { return k < n && IsDigit(cps[k].c); };

  std::vector<Token> tokens;
  std::size_t k = 0;
  std::size_t gap_from = 0;  // first code point after the previous token
  while (k < n) {
    if (!IsAlnum(cps[k].c)) {
      ++k;
      continue;
    }
    Token t;
    t.begin = cps[k].at;
    t.char_begin = k;
    const std::size_t start = k;
    while (k < n) {
      const char32_t c = cps[k].c;
      const bool letters = k > start && letter_at(k - 1) && letter_at(k + 1);
      const bool digits = k > start && digit_at(k - 1) && digit_at(k + 1);
      if (IsAlnum(c) || (IsApostrophe(c) && letters) || (c == '.' && (letters || digits)) ||
          (c == ',' && digits)) {
        AppendKey(t.key, c);
        ++k;
      } else {
        break;
      }
    }
    t.end = k < n ? cps[k].at : text.size();
    t.char_end = k;
    if (!tokens.empty()) {
      const std::vector<CodePoint> between(cps.begin() + gap_from, cps.begin() + start);
      bool spaces = true;
      for (const CodePoint& cp : between) spaces = spaces && IsSpace(cp.c);
      t.gap = between.size() == 1 && between[0].c == '-' ? Gap::kHyphen
              : spaces                                   ? Gap::kSpace
                                                         : Gap::kOther;
      t.sentence =
          tokens.back().sentence + (EndsSentence(tokens.back(), between, cps[start].c) ? 1 : 0);
    }
    tokens.push_back(std::move(t));
    gap_from = k;
  }
  return tokens;
}

}  // namespace stip::domain::scan
