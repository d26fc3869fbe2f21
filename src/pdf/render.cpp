// The PDF renderer of document.h: two passes over one Cairo PDF surface. The layout pass turns
// every block into Pango layouts and places their lines on pages (so the number of pages is
// known); the drawing pass draws each page's lines, rules and footer. Every line is measured
// once and placed once: the work grows with the length of the document, never faster.
#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>
#include <string>
#include <utility>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "pdf/document.h"

namespace stip::pdf {
namespace {

using domain::Code;
using domain::Fail;

// A4 in points, margins of 2 cm; the footer sits in the bottom margin.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.89;
constexpr double kMarginX = 56.7;
constexpr double kTop = 56.7;
constexpr double kBottom = kPageHeight - 70.0;  // the text area ends here
constexpr double kFooterY = kPageHeight - 52.0;
constexpr double kTextWidth = kPageWidth - 2 * kMarginX;
constexpr double kGutter = 14.0;
constexpr double kParagraphGap = 5.0;
constexpr double kCellPad = 3.0;

constexpr double kInk = 0.0;     // black
constexpr double kMuted = 0.35;  // grey for notes
constexpr double kLineGrey = 0.6;

// Replaces invalid UTF-8 (and stops at a NUL byte, as Pango would).
std::string ValidUtf8(std::string_view text) {
  gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string out(valid);
  g_free(valid);
  return out;
}

struct LineRef {
  PangoLayoutLine* line = nullptr;  // owned by its layout, which outlives the page
  double x = 0;                     // offset of the line inside its layout (alignment, RTL)
  double baseline = 0;              // from the line's top
  double height = 0;
  double grey = kInk;
  double gap_before = 0;  // space before this line when it is the first of a paragraph
};

struct Item {
  enum class Kind { kText, kLine } kind = Kind::kText;
  PangoLayoutLine* line = nullptr;
  double x = 0, y = 0;    // kText: the baseline's start
  double x2 = 0, y2 = 0;  // kLine: the other end
  double grey = kInk;
};

struct Page {
  std::vector<Item> items;
};

struct Mark {
  std::string text;
  int level = 1;
  int page = 1;
  double y = 0;
};

struct FontDeleter {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
using Font = std::unique_ptr<PangoFontDescription, FontDeleter>;

Font MakeFont(const char* description) {
  return Font(pango_font_description_from_string(description));
}

class Layouter {
 public:
  explicit Layouter(PangoContext* context) : context_(context) {
    body_ = MakeFont("DejaVu Sans 10");
    strong_ = MakeFont("DejaVu Sans Bold 10");
    small_ = MakeFont("DejaVu Sans 8.5");
    muted_ = MakeFont("DejaVu Sans Italic 9");
    title_ = MakeFont("DejaVu Sans Bold 18");
    heading1_ = MakeFont("DejaVu Sans Bold 14");
    heading2_ = MakeFont("DejaVu Sans Bold 11.5");
    NewPage();
  }
  ~Layouter() {
    for (PangoLayout* layout : layouts_) g_object_unref(layout);
  }
  Layouter(const Layouter&) = delete;
  Layouter& operator=(const Layouter&) = delete;

  void Lay(const Block& block) {
    std::visit([this](const auto& b) { LayBlock(b); }, block);
  }

  std::vector<Page>& pages() { return pages_; }
  const std::vector<Mark>& marks() const { return marks_; }

  // The lines of `text` set in `font` at `width`, wrapped by word (and by character inside a
  // word that is longer than the line).
  std::vector<LineRef> Lines(std::string_view text, const PangoFontDescription* font, double width,
                             double grey) {
    PangoLayout* layout = pango_layout_new(context_);
    layouts_.push_back(layout);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    const std::string valid = ValidUtf8(text);
    pango_layout_set_text(layout, valid.c_str(), -1);  // plain text: never markup
    std::vector<LineRef> lines;
    PangoLayoutIter* it = pango_layout_get_iter(layout);
    do {
      LineRef ref;
      ref.line = pango_layout_iter_get_line_readonly(it);
      int y0 = 0, y1 = 0;
      pango_layout_iter_get_line_yrange(it, &y0, &y1);
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      ref.x = static_cast<double>(logical.x) / PANGO_SCALE;
      ref.baseline = static_cast<double>(pango_layout_iter_get_baseline(it) - y0) / PANGO_SCALE;
      ref.height = static_cast<double>(y1 - y0) / PANGO_SCALE;
      ref.grey = grey;
      lines.push_back(ref);
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return lines;
  }

  std::vector<LineRef> StyledLines(const Text& text, double width) {
    switch (text.style) {
      case Style::kStrong:
        return Lines(text.text, strong_.get(), width, kInk);
      case Style::kSmall:
        return Lines(text.text, small_.get(), width, kInk);
      case Style::kMuted:
        return Lines(text.text, muted_.get(), width, kMuted);
      case Style::kBody:
        break;
    }
    return Lines(text.text, body_.get(), width, kInk);
  }

 private:
  using Column = std::vector<LineRef>;

  double Room() const { return kBottom - y_; }
  bool AtTop() const { return y_ <= kTop + 0.01; }
  int PageNumber() const { return static_cast<int>(pages_.size()); }

  void NewPage() {
    pages_.emplace_back();
    y_ = kTop;
  }

  static double Height(const Column& column) {
    double h = 0;
    for (std::size_t i = 0; i < column.size(); ++i) {
      h += (i == 0 ? 0 : column[i].gap_before) + column[i].height;
    }
    return h;
  }

  void PlaceLine(const LineRef& line, double x, double top) {
    Item item;
    item.kind = Item::Kind::kText;
    item.line = line.line;
    item.x = x + line.x;
    item.y = top + line.baseline;
    item.grey = line.grey;
    pages_.back().items.push_back(item);
  }

  void PlaceRule(double x1, double y1, double x2, double y2) {
    Item item;
    item.kind = Item::Kind::kLine;
    item.x = x1;
    item.y = y1;
    item.x2 = x2;
    item.y2 = y2;
    item.grey = kLineGrey;
    pages_.back().items.push_back(item);
  }

  // A single column of lines that flows across pages.
  void Flow(const Column& lines, double x) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const double gap = i == 0 || AtTop() ? 0 : lines[i].gap_before;
      if (y_ + gap + lines[i].height > kBottom && !AtTop()) NewPage();
      y_ += AtTop() ? 0 : gap;
      PlaceLine(lines[i], x, y_);
      y_ += lines[i].height;
    }
  }

  // Columns side by side that start together and flow on to the next pages together: on each
  // page every column takes as many of its lines as fit. A block no taller than a third of a
  // page is kept whole; `on_new_page` runs at the top of every page the block continues on
  // (a table's header). `separators`: draw a thin line between the columns.
  void FlowColumns(const std::vector<Column>& columns, const std::vector<double>& xs,
                   const std::vector<double>& widths, bool separators,
                   const std::function<void()>& on_new_page = {}) {
    double tallest = 0;
    for (const auto& c : columns) tallest = std::max(tallest, Height(c));
    const double first_line = std::accumulate(
        columns.begin(), columns.end(), 0.0,
        [](double m, const Column& c) { return c.empty() ? m : std::max(m, c.front().height); });
    const double content = kBottom - kTop;
    if (!AtTop() && (Room() < first_line || (tallest > Room() && tallest <= content / 3))) {
      NewPage();
      if (on_new_page) on_new_page();
    }
    std::vector<std::size_t> next(columns.size(), 0);
    const auto remaining = [&] {
      for (std::size_t c = 0; c < columns.size(); ++c) {
        if (next[c] < columns[c].size()) return true;
      }
      return false;
    };
    while (true) {
      const double start = y_;
      const bool fresh = AtTop();
      double used = 0;
      for (std::size_t c = 0; c < columns.size(); ++c) {
        double yc = start;
        bool placed = false;
        while (next[c] < columns[c].size()) {
          const LineRef& line = columns[c][next[c]];
          const double gap = placed ? line.gap_before : 0;
          // A line taller than a whole page is placed anyway, so the layout always moves on.
          if (yc + gap + line.height > kBottom && (placed || !fresh)) break;
          yc += gap;
          PlaceLine(line, xs[c], yc);
          yc += line.height;
          placed = true;
          ++next[c];
        }
        used = std::max(used, yc - start);
      }
      if (separators && used > 0) {
        for (std::size_t c = 1; c < columns.size(); ++c) {
          const double x = xs[c] - kGutter / 2;
          PlaceRule(x, start, x, start + used);
        }
      }
      y_ = start + used;
      if (!remaining()) break;
      NewPage();
      if (on_new_page) on_new_page();
    }
    (void)widths;
  }

  void LayBlock(const Title& b) {
    if (!AtTop()) y_ += 10;
    Column lines = Lines(b.text, title_.get(), kTextWidth, kInk);
    Flow(lines, kMarginX);
    if (!b.subtitle.empty()) {
      y_ += 3;
      Flow(Lines(b.subtitle, body_.get(), kTextWidth, kMuted), kMarginX);
    }
    y_ += 14;
  }

  void LayBlock(const Heading& b) {
    const bool first = b.level <= 1;
    Column lines = Lines(b.text, first ? heading1_.get() : heading2_.get(), kTextWidth, kInk);
    const double space_before = first ? 12 : 8;
    // Never the last thing on a page: the heading and about three lines of text fit, or a new
    // page starts.
    if (!AtTop() && Room() < space_before + Height(lines) + 42) NewPage();
    if (!AtTop()) y_ += space_before;
    marks_.push_back({ValidUtf8(b.text), first ? 1 : 2, PageNumber(), y_});
    Flow(lines, kMarginX);
    y_ += first ? 6 : 4;
  }

  void LayBlock(const Text& b) {
    Flow(StyledLines(b, kTextWidth), kMarginX);
    y_ += kParagraphGap;
  }

  void LayBlock(const KeyValues& b) {
    const double key_width = kTextWidth * 0.32 - kGutter / 2;
    const double value_width = kTextWidth * 0.68 - kGutter / 2;
    const std::vector<double> xs{kMarginX, kMarginX + kTextWidth * 0.32 + kGutter / 2};
    for (const auto& [key, value] : b.rows) {
      std::vector<Column> columns{Lines(key, strong_.get(), key_width, kInk),
                                  Lines(value, body_.get(), value_width, kInk)};
      FlowColumns(columns, xs, {key_width, value_width}, false);
      y_ += 2;
    }
    y_ += kParagraphGap;
  }

  Column Stack(const std::string& label, const std::vector<Text>& paragraphs,
               const std::string& empty, double width) {
    Column column;
    const auto append = [&](Column lines, double gap) {
      if (!lines.empty()) lines.front().gap_before = column.empty() ? 0 : gap;
      column.insert(column.end(), lines.begin(), lines.end());
    };
    if (!label.empty()) append(Lines(label, strong_.get(), width, kInk), 0);
    for (const auto& p : paragraphs) append(StyledLines(p, width), kParagraphGap);
    if (paragraphs.empty() && !empty.empty()) {
      append(Lines(empty, muted_.get(), width, kMuted), kParagraphGap);
    }
    return column;
  }

  void LayBlock(const SideBySide& b) {
    const double share = std::clamp(b.left_share, 0.2, 0.8);
    const double left_width = kTextWidth * share - kGutter / 2;
    const double right_width = kTextWidth * (1 - share) - kGutter / 2;
    const std::vector<double> xs{kMarginX, kMarginX + kTextWidth * share + kGutter / 2};
    std::vector<Column> columns{Stack(b.left_label, b.left, "", left_width),
                                Stack(b.right_label, b.right, b.right_empty, right_width)};
    if (!b.heading.empty()) {
      // The heading stays with its columns: with at least three of their lines, or with all
      // of them when the block is short (as FlowColumns keeps a short block whole).
      const Column heading = Lines(b.heading, heading2_.get(), kTextWidth, kInk);
      double tallest = 0;
      for (const auto& c : columns) tallest = std::max(tallest, Height(c));
      const double need = Height(heading) + 4;
      const bool short_block = need + tallest <= (kBottom - kTop) / 3;
      if (!AtTop() && (short_block ? Room() < need + tallest + 8 : Room() < need + 40)) {
        NewPage();
      }
      if (!AtTop()) y_ += 6;
      Flow(heading, kMarginX);
      y_ += 4;
    } else if (!AtTop()) {
      y_ += 2;
    }
    FlowColumns(columns, xs, {left_width, right_width}, true);
    y_ += 4;
    PlaceRule(kMarginX, y_, kMarginX + kTextWidth, y_);
    y_ += 8;
  }

  void LayBlock(const Table& b) {
    std::size_t n = b.headers.size();
    for (const auto& row : b.rows) n = std::max(n, row.size());
    if (n == 0) return;
    std::vector<double> shares = b.widths;
    shares.resize(n, 0.0);
    double total = 0;
    for (double& s : shares) {
      if (!(s > 0)) s = 1.0;  // missing or not a positive number: an equal share
      total += s;
    }
    std::vector<double> xs, widths;
    double x = kMarginX;
    for (double s : shares) {
      const double w = kTextWidth * s / total;
      xs.push_back(x + kCellPad);
      widths.push_back(std::max(w - 2 * kCellPad, 10.0));
      x += w;
    }
    const auto cells = [&](const std::vector<std::string>& row, const PangoFontDescription* f) {
      std::vector<Column> columns;
      for (std::size_t c = 0; c < n; ++c) {
        columns.push_back(Lines(c < row.size() ? row[c] : std::string(), f, widths[c], kInk));
      }
      return columns;
    };
    const std::vector<Column> header =
        b.headers.empty() ? std::vector<Column>{} : cells(b.headers, strong_.get());
    const auto place_header = [&] {
      if (header.empty()) return;
      y_ += kCellPad;
      double used = 0;
      for (std::size_t c = 0; c < n; ++c) {
        double yc = y_;
        for (const auto& line : header[c]) {
          PlaceLine(line, xs[c], yc);
          yc += line.height;
        }
        used = std::max(used, yc - y_);
      }
      y_ += used + kCellPad;
      PlaceRule(kMarginX, y_, kMarginX + kTextWidth, y_);
    };
    if (!header.empty()) {
      double h = 0;
      for (const auto& c : header) h = std::max(h, Height(c));
      if (!AtTop() && Room() < h + 2 * kCellPad + 40) NewPage();
      place_header();
    }
    for (const auto& row : b.rows) {
      y_ += kCellPad;
      FlowColumns(cells(row, body_.get()), xs, widths, false, place_header);
      y_ += kCellPad;
      PlaceRule(kMarginX, y_, kMarginX + kTextWidth, y_);
    }
    y_ += kParagraphGap + 4;
  }

  void LayBlock(const PageBreak&) {
    if (!AtTop()) NewPage();
  }

  void LayBlock(const Rule&) {
    y_ += 4;
    if (y_ < kBottom) PlaceRule(kMarginX, y_, kMarginX + kTextWidth, y_);
    y_ += 8;
  }

  PangoContext* context_;
  std::vector<PangoLayout*> layouts_;
  std::vector<Page> pages_;
  std::vector<Mark> marks_;
  double y_ = kTop;
  Font body_, strong_, small_, muted_, title_, heading1_, heading2_;
};

std::string Fill(std::string_view pattern, int page, int pages) {
  std::string out(pattern);
  const auto put = [&out](std::string_view key, int value) {
    for (auto at = out.find(key); at != std::string::npos; at = out.find(key, at)) {
      const std::string text = std::to_string(value);
      out.replace(at, key.size(), text);
      at += text.size();
    }
  };
  put("{page}", page);
  put("{pages}", pages);
  return out;
}

struct Sink {
  const Writer* write;
  bool stopped = false;
  std::int64_t bytes = 0;
};

cairo_status_t WriteChunk(void* closure, const unsigned char* data, unsigned int length) {
  auto* sink = static_cast<Sink*>(closure);
  if (sink->stopped) return CAIRO_STATUS_WRITE_ERROR;
  if (!(*sink->write)(std::string_view(reinterpret_cast<const char*>(data), length))) {
    sink->stopped = true;
    return CAIRO_STATUS_WRITE_ERROR;
  }
  sink->bytes += length;
  return CAIRO_STATUS_SUCCESS;
}

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoDeleter {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct ObjectDeleter {
  void operator()(gpointer o) const { g_object_unref(o); }
};

void DrawFooter(cairo_t* cr, PangoLayout* layout, const PangoFontDescription* font,
                const Document& document, int page, int pages) {
  cairo_set_source_rgb(cr, kLineGrey, kLineGrey, kLineGrey);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, kMarginX, kFooterY - 6);
  cairo_line_to(cr, kMarginX + kTextWidth, kFooterY - 6);
  cairo_stroke(cr);
  cairo_set_source_rgb(cr, kMuted, kMuted, kMuted);
  pango_layout_set_font_description(layout, font);
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  // The page number on the right.
  const std::string number = ValidUtf8(Fill(document.page_label, page, pages));
  pango_layout_set_width(layout, -1);
  pango_layout_set_text(layout, number.c_str(), -1);
  int number_width = 0, ignored = 0;
  pango_layout_get_pixel_size(layout, &number_width, &ignored);
  cairo_move_to(cr, kMarginX + kTextWidth - number_width, kFooterY);
  pango_cairo_show_layout(cr, layout);
  // The caller's line on the left, wrapped in the width that is left.
  if (!document.footer.empty()) {
    const std::string footer = ValidUtf8(document.footer);
    pango_layout_set_width(layout,
                           static_cast<int>((kTextWidth - number_width - kGutter) * PANGO_SCALE));
    pango_layout_set_text(layout, footer.c_str(), -1);
    cairo_move_to(cr, kMarginX, kFooterY);
    pango_cairo_show_layout(cr, layout);
  }
}

}  // namespace

domain::Result<RenderInfo> Render(const Document& document, const Writer& write) {
  Sink sink{&write};
  std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
      cairo_pdf_surface_create_for_stream(&WriteChunk, &sink, kPageWidth, kPageHeight));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return Fail(Code::kInternal, "Cannot start a PDF document.");
  }
  cairo_pdf_surface_restrict_to_version(surface.get(), CAIRO_PDF_VERSION_1_5);
  const auto meta = [&](cairo_pdf_metadata_t key, const std::string& value) {
    if (!value.empty())
      cairo_pdf_surface_set_metadata(surface.get(), key, ValidUtf8(value).c_str());
  };
  meta(CAIRO_PDF_METADATA_TITLE, document.title);
  meta(CAIRO_PDF_METADATA_AUTHOR, document.author);
  meta(CAIRO_PDF_METADATA_SUBJECT, document.subject);
  std::string keywords = document.language.empty() ? "" : "lang:" + document.language;
  if (!document.keywords.empty()) keywords += (keywords.empty() ? "" : " ") + document.keywords;
  meta(CAIRO_PDF_METADATA_KEYWORDS, keywords);
  meta(CAIRO_PDF_METADATA_CREATOR, "Stip");
  meta(CAIRO_PDF_METADATA_CREATE_DATE, document.created);

  std::unique_ptr<cairo_t, CairoDeleter> cr(cairo_create(surface.get()));
  std::unique_ptr<PangoContext, ObjectDeleter> context(pango_cairo_create_context(cr.get()));
  // One point per unit: a 10 pt font is 10 units high, as the page is measured in points.
  pango_cairo_context_set_resolution(context.get(), 72.0);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context.get(), options);
  cairo_font_options_destroy(options);
  pango_context_set_language(
      context.get(),
      pango_language_from_string(document.language.empty() ? "nl" : document.language.c_str()));

  RenderInfo info;
  {
    Layouter layouter(context.get());
    for (const auto& block : document.blocks) layouter.Lay(block);
    auto& pages = layouter.pages();
    info.pages = static_cast<int>(pages.size());
    std::unique_ptr<PangoLayout, ObjectDeleter> footer(pango_layout_new(context.get()));
    Font footer_font = MakeFont("DejaVu Sans 7.5");
    for (int p = 0; p < info.pages; ++p) {
      for (const auto& item : pages[static_cast<std::size_t>(p)].items) {
        cairo_set_source_rgb(cr.get(), item.grey, item.grey, item.grey);
        if (item.kind == Item::Kind::kText) {
          cairo_move_to(cr.get(), item.x, item.y);
          pango_cairo_show_layout_line(cr.get(), item.line);
        } else {
          cairo_set_line_width(cr.get(), 0.5);
          cairo_move_to(cr.get(), item.x, item.y);
          cairo_line_to(cr.get(), item.x2, item.y2);
          cairo_stroke(cr.get());
        }
      }
      DrawFooter(cr.get(), footer.get(), footer_font.get(), document, p + 1, info.pages);
      cairo_show_page(cr.get());
      pages[static_cast<std::size_t>(p)].items = {};  // the lines are drawn: free as we go
    }
    // The outline (bookmarks): level 1 headings, and level 2 under the one before them.
    int parent = CAIRO_PDF_OUTLINE_ROOT;
    for (const auto& mark : layouter.marks()) {
      const std::string link = "page=" + std::to_string(mark.page) + " pos=[" +
                               std::to_string(static_cast<int>(kMarginX)) + " " +
                               std::to_string(static_cast<int>(mark.y)) + "]";
      const int id = cairo_pdf_surface_add_outline(
          surface.get(), mark.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent, mark.text.c_str(),
          link.c_str(), static_cast<cairo_pdf_outline_flags_t>(0));
      if (mark.level == 1) parent = id;
    }
  }
  cr.reset();
  context.reset();
  cairo_surface_finish(surface.get());
  if (sink.stopped) return Fail(Code::kInternal, "The PDF could not be written out.");
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return Fail(Code::kInternal, std::string("The PDF could not be made: ") +
                                     cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  info.bytes = sink.bytes;
  return info;
}

domain::Result<std::string> RenderToString(const Document& document) {
  std::string out;
  auto done = Render(document, [&out](std::string_view chunk) {
    out.append(chunk);
    return true;
  });
  if (!done) return tl::unexpected(done.error());
  return out;
}

}  // namespace stip::pdf
