// Checks on text that people type: valid UTF-8, length in characters, no control characters.
// Used by every validation so that the ledger never sees text it cannot encode.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/field_error.h"

namespace stip::domain {

bool IsValidUtf8(std::string_view s);
std::size_t CountCharacters(std::string_view utf8);  // code points; assumes valid UTF-8
// Trims ASCII white space at both ends.
std::string Trim(std::string_view s);
// nullopt when fine; otherwise the problem (kNotUtf8, kRequired, kControlCharacter, kTooLong).
// Newlines and tabs are allowed only when `multiline`.
std::optional<Problem> CheckText(std::string_view s, std::size_t max_chars, bool required,
                                 bool multiline);

}  // namespace stip::domain
