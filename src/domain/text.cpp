#include "domain/text.h"

namespace stip::domain {

bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

std::size_t CountCharacters(std::string_view utf8) {
  std::size_t count = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string Trim(std::string_view s) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

std::optional<Problem> CheckText(std::string_view s, std::size_t max_chars, bool required,
                                 bool multiline) {
  if (!IsValidUtf8(s)) return Problem{FieldCode::kNotUtf8, "is not valid UTF-8 text", {}};
  if (required && Trim(s).empty()) return Required("is required and may not be empty");
  for (unsigned char c : s) {
    const bool allowed_space = multiline && (c == '\n' || c == '\r' || c == '\t');
    if ((c < 0x20 && !allowed_space) || c == 0x7F) {
      return Problem{FieldCode::kControlCharacter,
                     multiline ? "contains a control character; remove it"
                               : "must be a single line without control characters",
                     {}};
    }
  }
  const std::size_t n = CountCharacters(s);
  if (n > max_chars) {
    const auto length = static_cast<std::int64_t>(n);
    const auto max = static_cast<std::int64_t>(max_chars);
    return Problem{FieldCode::kTooLong,
                   "is too long: " + std::to_string(n) + " characters, at most " +
                       std::to_string(max_chars) + " allowed",
                   {{"max", max}, {"length", length}}};
  }
  return std::nullopt;
}

}  // namespace stip::domain
