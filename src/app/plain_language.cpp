// Plain-language help for professionals (DESIGN.md §2 rule 10): the advice itself is a pure
// domain function; here only who may ask and how much text they may send.
#include "app/stip.h"
#include "domain/text.h"

namespace stip::app {

Result<domain::PlainLanguageReport> Stip::AdviseOnText(const Principal& who,
                                                       const std::string& text) {
  if (who.IsFamily()) {
    return domain::Fail(domain::Code::kPermissionDenied,
                        "Writing advice is for professionals who write in a family file.");
  }
  // The same limits as an entry text, so that advice never covers text that cannot be saved.
  if (auto problem = domain::CheckText(text, options_.max_text, false, true)) {
    return domain::Fail(
        domain::Error::Invalid("This text cannot be checked.", {{"text", *problem}}));
  }
  return domain::CheckPlainLanguage(text);
}

}  // namespace stip::app
