// Test helper: the text of a PDF as `pdftotext` (Debian poppler-utils) reads it, page by page,
// and a look at one page as PNG (pdftoppm). Both write through temporary files.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace stip::testing {

inline bool HavePopplerTool(const char* tool) {
  const std::string command = std::string("command -v ") + tool + " >/dev/null 2>&1";
  return std::system(command.c_str()) == 0;
}

inline std::filesystem::path WriteTempPdf(const std::string& pdf) {
  static int counter = 0;
  const auto path =
      std::filesystem::temp_directory_path() /
      ("stip-pdf-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".pdf");
  std::ofstream(path, std::ios::binary) << pdf;
  return path;
}

// The pages' text (pdftotext -layout off; pages split at the form feed), or nothing when
// pdftotext fails.
inline std::optional<std::vector<std::string>> PdfPages(const std::string& pdf) {
  const auto in = WriteTempPdf(pdf);
  const auto out = std::filesystem::path(in).replace_extension(".txt");
  const std::string command =
      "pdftotext -enc UTF-8 '" + in.string() + "' '" + out.string() + "' 2>/dev/null";
  const int rc = std::system(command.c_str());
  std::filesystem::remove(in);
  if (rc != 0) return std::nullopt;
  std::ifstream file(out, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  std::filesystem::remove(out);
  std::vector<std::string> pages;
  std::string all = text.str();
  std::size_t start = 0;
  for (std::size_t at = all.find('\f'); at != std::string::npos; at = all.find('\f', start)) {
    pages.push_back(all.substr(start, at - start));
    start = at + 1;
  }
  if (start < all.size() && all.find_first_not_of(" \n", start) != std::string::npos) {
    pages.push_back(all.substr(start));
  }
  return pages;
}

inline std::string PdfText(const std::string& pdf) {
  std::string all;
  if (auto pages = PdfPages(pdf)) {
    for (const auto& p : *pages) all += p + "\n";
  }
  return all;
}

// Renders the first page at 60 dpi to `png` (pdftoppm -png -r 60 -f 1 -l 1); true on success.
inline bool FirstPageToPng(const std::string& pdf, const std::filesystem::path& png) {
  std::filesystem::create_directories(png.parent_path());
  const auto in = WriteTempPdf(pdf);
  auto stem = png;
  stem.replace_extension();
  const std::string command = "pdftoppm -png -r 60 -f 1 -l 1 -singlefile '" + in.string() + "' '" +
                              stem.string() + "' 2>/dev/null";
  const int rc = std::system(command.c_str());
  std::filesystem::remove(in);
  return rc == 0 && std::filesystem::exists(png);
}

}  // namespace stip::testing

namespace stip::testing {

// `text` with every run of white space taken out: pdftotext breaks lines where the PDF does,
// so a sentence is found whatever its line breaks were.
inline std::string Squash(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') out += c;
  }
  return out;
}

inline bool PdfHas(const std::string& text, const std::string& needle) {
  return Squash(text).find(Squash(needle)) != std::string::npos;
}

}  // namespace stip::testing
