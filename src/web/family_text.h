// The texts of the family's own pages (issue 3: code login, "Ons gezin", the family's access
// log, the demo start page), in plain Dutch (B1) first and English second.
#pragma once

#include <string>
#include <string_view>

#include "web/render.h"

namespace stip::web {

// The text for `key` in `locale` ("nl" or "en"); the key itself when unknown (a test checks).
std::string_view FamilyText(std::string_view locale, std::string_view key);
// Every text as an object, for {{f.key}} in the family templates.
Data FamilyTexts(std::string_view locale, bool child_view);

}  // namespace stip::web
