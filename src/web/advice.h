// Plain-language advice on a page: the data for templates/_advice.mustache, which the entry
// form shows after "Taal controleren" and after saving. assets/stip-advice.js builds the same
// markup from POST /api/v1/plain-language as the professional types.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "domain/plain_language.h"
#include "web/render.h"

namespace stip::web {

// The fields of _advice.mustache for `report`, under the heading `title_key` (a catalogue key).
Data AdviceData(std::string_view locale, const domain::PlainLanguageReport& report,
                std::string_view title_key);

// The readability label in the page's language ("normaal" -> "normal").
std::string ReadabilityText(std::string_view locale, std::string_view dutch_label);

// The opening words of a long sentence, to point at it: at most `words` words, then " …".
std::string SentenceStart(std::string_view sentence, int words = 8);

// The texts and the API address assets/stip-advice.js needs (the script has no texts of its
// own): `texts` by the script's keys ("url", "max", "title", ...), `levels` the readability
// labels by their Dutch label. Rendered into the page as HTML (AdviceScriptData).
struct ScriptTexts {
  std::map<std::string, std::string> texts;
  std::map<std::string, std::string> levels;
};
ScriptTexts AdviceScriptTexts(std::string_view locale);

// The fields of the entry form's inert <template id="tekst-advies-teksten"> for the script.
Data AdviceScriptData(std::string_view locale);

}  // namespace stip::web
