// The family's own copy as PDF (issue 13 item 3): "Ons gezin" as the member may read it, with
// the same texts as the page, complete (every entry, no cap), in Dutch or English, the date it
// was made and the family chain's head on every page, and how to check it on the last page.
#pragma once

#include <string>
#include <string_view>

#include "app/stip.h"
#include "http/message.h"
#include "pdf/document.h"

namespace stip::web {

// The document for `home` (read with what = "copy_pdf") in `locale`.
pdf::Document FamilyCopyDocument(const app::FamilyHome& home, std::string_view locale);

// The PDF as an attachment ("stip-ons-gezin.pdf"), or the error of rendering it.
domain::Result<http::Response> FamilyCopyResponse(const app::FamilyHome& home,
                                                  std::string_view locale);

// A rough size of the copy for the link on "Ons gezin" ("ongeveer 120 kB").
std::string FamilyCopySizeHint(const app::FamilyHome& home, std::string_view locale);

}  // namespace stip::web
