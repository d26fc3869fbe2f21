// A small document model and its PDF renderer (A4, Cairo + Pango), written once for every
// document Stip hands out as PDF: the family's own copy (issue 13 item 3) and the court bundle
// (issue 12 item 5).
//
// The caller builds a Document from blocks in reading order; Render lays them out on A4 pages
// (text wraps by word, and by character inside a word longer than the line), numbers the pages
// ("pagina 3 van 12", worded by the caller) and puts the caller's footer line on every page.
// All text is plain text: nothing is interpreted as Pango markup, so "<b>" prints as typed.
// Invalid UTF-8 is replaced, never passed on. Layout is linear in the size of the document.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/error.h"

namespace stip::pdf {

enum class Style {
  kBody,    // 10 pt
  kStrong,  // 10 pt bold
  kSmall,   // 8.5 pt
  kMuted,   // 9 pt italic, grey: a note about the text ("withheld", "no reaction yet")
};

// One paragraph of plain text. Line breaks in `text` start a new line.
struct Text {
  std::string text = {};
  Style style = Style::kBody;
};

// The document's title, large, at the top of the first page (or wherever it is put).
struct Title {
  std::string text = {};
  std::string subtitle = {};  // optional, below it
};

// A heading. Level 1 headings are also the PDF's outline (bookmarks); level 2 are nested
// under the level 1 before them. A heading is never the last thing on a page.
struct Heading {
  std::string text = {};
  int level = 1;  // 1 or 2
};

// Rows of "key: value" (the key bold, in a narrow left column).
struct KeyValues {
  std::vector<std::pair<std::string, std::string>> rows = {};
};

// Two columns side by side: on the left a text (a professional's entry), on the right what
// others said about it (the family's reactions, own statements, corrections). Both columns start
// on the same page at the same height and flow on to the next pages together, so the right
// column never starts on a later page than the left one. A column with no paragraphs shows
// `empty` (when given) in the muted style.
struct SideBySide {
  std::string left_label = {};  // printed above the column (bold), optional
  std::vector<Text> left = {};
  std::string right_label = {};
  std::vector<Text> right = {};
  std::string right_empty = {};  // e.g. "Nog geen reactie."
  double left_share = 0.55;      // the left column's share of the width (0.2 .. 0.8)
  // A heading across both columns (an entry's kind and date), optional: it is kept on the page
  // where the columns start, unlike a separate Heading block before it.
  std::string heading = {};
};

// A simple table: a header row (bold, repeated at the top of every page the table continues
// on) and rows of plain-text cells; a row taller than what is left of the page splits by line.
struct Table {
  std::vector<std::string> headers = {};
  std::vector<double> widths = {};  // shares of the width, one per column; empty: equal columns
  std::vector<std::vector<std::string>> rows = {};
};

struct PageBreak {};

// A thin line across the text width, with some space around it.
struct Rule {};

using Block = std::variant<Title, Heading, Text, KeyValues, SideBySide, Table, PageBreak, Rule>;

struct Document {
  // PDF metadata. `language` is the document's language ("nl" or "en"); Cairo 1.16 cannot write
  // the catalogue's /Lang, so it goes into the metadata's keywords ("lang:nl") for now.
  std::string title = {};
  std::string author = {};
  std::string subject = {};
  std::string language = "nl";
  // Machine-readable words for the metadata's keywords, after "lang:xx" (e.g. the chain's head
  // a copy was made at, so that a checker can find it without reading the pages).
  std::string keywords = {};
  std::string created = {};  // ISO 8601, e.g. "2026-12-07T18:30:00+01:00"; empty: now
  // Footer on every page: `footer` on the left (e.g. the chain's sequence number and head
  // hash), the page number on the right, worded by `page_label` with {page} and {pages}.
  std::string footer = {};
  std::string page_label = "pagina {page} van {pages}";
  std::vector<Block> blocks = {};

  template <typename B>
  Document& Add(B block) {
    blocks.emplace_back(std::move(block));
    return *this;
  }
};

struct RenderInfo {
  int pages = 0;
  std::int64_t bytes = 0;
};

// Receives the PDF in pieces, in order; returns false to stop (the render then fails).
using Writer = std::function<bool(std::string_view chunk)>;

// Renders `document` as PDF into `write`. Fails (kInternal) only when Cairo fails or the
// writer stops.
domain::Result<RenderInfo> Render(const Document& document, const Writer& write);
// The same, collected into a string.
domain::Result<std::string> RenderToString(const Document& document);

}  // namespace stip::pdf
