// The family's own copy as PDF (issue 13 item 3): "Ons gezin" as the member may read it, with
// the same texts as the page, complete (every entry, no cap), in Dutch or English, the date it
// was made on every page, and on the last page what it holds and what is on other pages.
#pragma once

#include <string>
#include <string_view>

#include "app/stip.h"
#include "http/message.h"
#include "pdf/document.h"

namespace stip::web {

// A turn to make a copy. A copy reads the whole file and lays out the PDF on a worker thread,
// so only a few are made at once in a process; past that the caller answers 503 (Unavailable:
// "try again in a minute") before reading anything. Held until destroyed.
class CopyTurn {
 public:
  static domain::Result<CopyTurn> Take();
  CopyTurn(CopyTurn&& other) noexcept : held_(other.held_) { other.held_ = false; }
  CopyTurn(const CopyTurn&) = delete;
  CopyTurn& operator=(const CopyTurn&) = delete;
  CopyTurn& operator=(CopyTurn&&) = delete;
  ~CopyTurn();

 private:
  CopyTurn() = default;
  bool held_ = true;
};

// The document for `home` (read with what = "copy_pdf") in `locale`.
pdf::Document FamilyCopyDocument(const app::FamilyHome& home, std::string_view locale);

// The PDF as an attachment ("stip-ons-gezin.pdf"), or the error of rendering it.
domain::Result<http::Response> FamilyCopyResponse(const app::FamilyHome& home,
                                                  std::string_view locale);

// A rough size of the copy for the link on "Ons gezin" ("ongeveer 120 kB").
std::string FamilyCopySizeHint(const app::FamilyHome& home, std::string_view locale);

}  // namespace stip::web
